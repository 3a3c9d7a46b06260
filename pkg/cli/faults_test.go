package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// canary is a value planted in every bad input below; it must never reach
// stderr, stdout reports or the manifest.
const canary = "Zq7Canary.Vx@leak.example"

// TestCanaryNeverLeaks runs deid down its failure paths with the canary in
// the offending record (and, at -v, with debug logs on) and checks that the
// value is nowhere in what deid prints or writes about the run.
func TestCanaryNeverLeaks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"keep.yaml":          "version: 1\ndefault: keep\n",
		"fail.yaml":          "version: 1\ndefault: fail\nkeep: [id]\n",
		"time.yaml":          "version: 1\ndefault: keep\nfields:\n  - {name: at, action: generalize, to: day}\n",
		"quote.csv":          "id,note\n1,\"" + canary + "\n2,\"x\"y\"\n",
		"count.csv":          "id,note\n1," + canary + ",extra\n",
		"utf8.csv":           "id,note\n1," + canary + "\xff\xfe\n",
		"syntax.jsonl":       `{"id":1,"note":"` + canary + `",}` + "\n",
		"dupkey.jsonl":       `{"id":1,"note":"` + canary + `","note":"` + canary + `"}` + "\n",
		"unnamed.jsonl":      `{"id":1,"secret":"` + canary + `"}` + "\n",
		"datakey.jsonl":      `{"id":1,"` + canary + `":"x"}` + "\n",
		"badtime.jsonl":      `{"at":"` + canary + `"}` + "\n",
		"big.jsonl":          `{"note":"` + canary + strings.Repeat("x", 4096) + `"}` + "\n",
		"late.jsonl":         `{"n":1}` + "\n" + `{"n":"` + canary + `"}` + "\n",
		"latecol.jsonl":      `{"n":1}` + "\n" + `{"n":2,"` + canary + `":"x"}` + "\n",
		"notparquet.parquet": "PAR1" + canary + "PAR1",
	}
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	runs := [][]string{
		{"run", "-r", "keep.yaml", "-o", "o1", "quote.csv"},
		{"run", "-r", "keep.yaml", "-o", "o2", "count.csv"},
		{"run", "-r", "keep.yaml", "-o", "o3", "utf8.csv"},
		{"run", "-r", "keep.yaml", "-o", "o4", "syntax.jsonl"},
		{"run", "-r", "keep.yaml", "-o", "o5", "dupkey.jsonl"},
		{"run", "-r", "fail.yaml", "-o", "o6", "unnamed.jsonl"},
		{"run", "-r", "fail.yaml", "-o", "o7", "datakey.jsonl"},
		{"run", "-r", "time.yaml", "-o", "o8", "badtime.jsonl"},
		{"run", "-r", "keep.yaml", "--max-record-bytes", "1024", "-o", "o9", "big.jsonl"},
		{"run", "-r", "keep.yaml", "--to", "parquet", "--parquet-sample", "1", "-o", "o10", "late.jsonl"},
		{"run", "-r", "keep.yaml", "--to", "parquet", "--parquet-sample", "1", "-o", "o11", "latecol.jsonl"},
		{"run", "-r", "keep.yaml", "--to", "csv", "-o", "o12", "latecol.jsonl"},
		{"run", "-r", "keep.yaml", "-o", "o13", "notparquet.parquet"},
		{"run", "-r", "keep.yaml", "--on-error", "skip", "-o", "o14", "quote.csv", "syntax.jsonl", "utf8.csv"},
		{"scan", "--fail-on", "any", "unnamed.jsonl", "count.csv"},
		{"scan", "--suggest-rules", "s.yaml", "datakey.jsonl"},
	}
	for _, args := range runs {
		for _, verbose := range []bool{false, true} {
			full := args
			if verbose {
				full = append([]string{"-v"}, args...)
			}
			cmd := deidProcess(dir, full...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Run()
			for what, b := range map[string][]byte{"stderr": stderr.Bytes(), "stdout": stdout.Bytes()} {
				if bytes.Contains(b, []byte(canary)) || bytes.Contains(b, []byte("Zq7Canary")) {
					t.Errorf("deid %v: the canary reached %s:\n%s", full, what, b)
				}
			}
		}
	}
	// Nothing deid wrote about a run (manifests, suggested rules) holds it.
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") && !strings.HasSuffix(p, ".yaml") {
			return nil
		}
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("Zq7Canary")) && filepath.Base(p) != "keep.yaml" {
			t.Errorf("%s holds the canary", p)
		}
		return nil
	})
}

// asNobody runs cmd as an unprivileged user when the tests run as root,
// where file permissions would not apply; it returns false when that is not
// possible.
func asNobody(t *testing.T, cmd *exec.Cmd, dir string) bool {
	if os.Geteuid() != 0 {
		return true
	}
	bin, err := os.Executable()
	if err != nil {
		return false
	}
	// The test binary must be reachable by nobody: copy it into dir.
	b, err := os.ReadFile(bin)
	if err != nil {
		return false
	}
	copyPath := filepath.Join(dir, "deid-test-bin")
	if err := os.WriteFile(copyPath, b, 0o755); err != nil {
		return false
	}
	// The test's own folders (under the temporary folder) must be
	// traversable; folders above them are checked, never changed.
	tmp := filepath.Clean(os.TempDir())
	for p := dir; p != "/" && p != "."; p = filepath.Dir(p) {
		if strings.HasPrefix(p, tmp+string(filepath.Separator)) {
			os.Chmod(p, 0o755)
		}
		if st, err := os.Stat(p); err != nil || st.Mode().Perm()&0o001 == 0 {
			return false
		}
	}
	cmd.Path = copyPath
	cmd.Args[0] = copyPath
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	return true
}

// TestPermissionFaults: a read-only output folder and an unreadable input
// end in a clear error and exit 3, with no output and no manifest.
func TestPermissionFaults(t *testing.T) {
	dir := t.TempDir()
	os.Chmod(dir, 0o777)
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: keep\n")
	write(t, filepath.Join(dir, "in.csv"), "a,b\n1,2\n")
	write(t, filepath.Join(dir, "secret.csv"), "a,b\n1,2\n")
	os.Chmod(filepath.Join(dir, "r.yaml"), 0o644)
	os.Chmod(filepath.Join(dir, "in.csv"), 0o644)
	os.Chmod(filepath.Join(dir, "secret.csv"), 0o000)
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	os.Chmod(ro, 0o555)
	for _, tc := range []struct {
		name string
		args []string
		msg  string
		out  string
	}{
		{"read-only output folder", []string{"run", "-r", "r.yaml", "-o", "ro", "in.csv"}, "permission denied", "ro"},
		{"unreadable input", []string{"run", "-r", "r.yaml", "-o", "out", "secret.csv"}, "permission denied", "out"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := deidProcess(dir, tc.args...)
			if !asNobody(t, cmd, dir) {
				t.Skip("running as root and cannot drop to nobody here: permissions would not apply")
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != ExitData {
				t.Errorf("exit %d, want %d; stderr: %s", code, ExitData, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.msg) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tc.msg)
			}
			entries, _ := os.ReadDir(filepath.Join(dir, tc.out))
			if len(entries) != 0 {
				t.Errorf("left %v in %s", entries, tc.out)
			}
		})
	}
}

// TestTempOnAnotherFilesystem: outputs are written as temporary files in
// the output folder itself, so the final rename never crosses filesystems;
// only stdin Parquet is spooled to $TMPDIR, which may be anywhere.
func TestTempOnAnotherFilesystem(t *testing.T) {
	shm := "/dev/shm"
	var a, b syscall.Stat_t
	dir := t.TempDir()
	if syscall.Stat(shm, &a) != nil || syscall.Stat(dir, &b) != nil || a.Dev == b.Dev {
		t.Skip("no second filesystem (/dev/shm) here")
	}
	tmp, err := os.MkdirTemp(shm, "deid-test-")
	if err != nil {
		t.Skip("cannot write to /dev/shm")
	}
	defer os.RemoveAll(tmp)
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: keep\n")
	f, err := os.Open(filepath.Join(repoRoot, "examples", "tickets.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := deidProcess(dir, "run", "-q", "-r", "r.yaml", "--from", "parquet", "-o", "out", "-")
	cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
	cmd.Stdin = f
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "manifest.json")); err != nil {
		t.Error("no manifest")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left %d files in $TMPDIR", len(left))
	}
}
