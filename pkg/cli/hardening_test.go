package cli

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/deidtool/deid/pkg/pipeline"
)

// bigInput writes a CSV large enough that a run takes a noticeable time.
func bigInput(t *testing.T, dir string, rows int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,email,text\n")
	for i := 0; i < rows; i++ {
		b.WriteString("T-")
		b.WriteString(strings.Repeat("7", 1+i%5))
		b.WriteString(",user")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString("@example.com,\"call me at +1 415 555 0132, my card is 4111 1111 1111 1111\"\n")
	}
	p := filepath.Join(dir, "big.csv")
	write(t, p, b.String())
	return p
}

func deidProcess(dir string, args ...string) *exec.Cmd {
	bin, _ := os.Executable()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DEID_TEST_AS_MAIN=1", "SOURCE_DATE_EPOCH=1767225600")
	return cmd
}

// TestKillAtRandomMoments kills deid with SIGKILL at 50 random moments: a
// manifest never stands beside a partial output, leftovers are only
// .deid-tmp-* files, and a re-run gives the byte-identical result.
func TestKillAtRandomMoments(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: drop\nkeep: [id]\nfields:\n  - {name: email, action: pseudonymize, kind: email}\n  - {name: text, action: scan}\n")
	write(t, filepath.Join(dir, "k"), strings.Repeat("ab", 32))
	bigInput(t, dir, 40000)
	args := []string{"run", "-q", "-r", "r.yaml", "--key-file", "k", "-o", "out", "big.csv"}

	ref := deidProcess(dir, append(args[:len(args)-3:len(args)-3], "-o", "ref", "big.csv")...)
	start := time.Now()
	if out, err := ref.CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	full := time.Since(start)
	want, _ := os.ReadFile(filepath.Join(dir, "ref", "big.csv"))
	wantManifest, _ := os.ReadFile(filepath.Join(dir, "ref", "manifest.json"))

	r := rand.New(rand.NewPCG(7, 7))
	completed := 0
	for trial := 0; trial < 50; trial++ {
		cmd := deidProcess(dir, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(r.Int64N(int64(full) * 12 / 10)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		entries, _ := os.ReadDir(filepath.Join(dir, "out"))
		hasManifest := false
		for _, e := range entries {
			switch name := e.Name(); {
			case name == "manifest.json":
				hasManifest = true
			case name == "big.csv", strings.HasPrefix(name, pipeline.TempPrefix):
			default:
				t.Fatalf("trial %d: unexpected file %s", trial, name)
			}
		}
		if hasManifest {
			completed++
			got, _ := os.ReadFile(filepath.Join(dir, "out", "big.csv"))
			if !bytes.Equal(got, want) {
				t.Fatalf("trial %d: a manifest stands beside an output that differs from the complete one", trial)
			}
		}
		os.RemoveAll(filepath.Join(dir, "out", "manifest.json")) // next trial starts from a killed state
	}
	// A run after all that gives the same bytes.
	if out, err := deidProcess(dir, args...).CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out", "big.csv"))
	gotManifest, _ := os.ReadFile(filepath.Join(dir, "out", "manifest.json"))
	if !bytes.Equal(got, want) || !bytes.Equal(gotManifest, wantManifest) {
		t.Error("the run after the kills differs from the reference (output or manifest)")
	}
	t.Logf("50 kills, %d of them after completion; full run %v", completed, full)
}

// TestBrokenPipeAndFileSizeLimit: a reader that stops early and a file size
// limit stop deid with an error; neither leaves a manifest.
func TestBrokenPipeAndFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: keep\n")
	bigInput(t, dir, 20000)
	bin, _ := os.Executable()
	// deid ... -o - | head -c 100
	sh := exec.Command("sh", "-c", `"$0" run -r r.yaml -o - --manifest m.json big.csv | head -c 100 >/dev/null`, bin)
	sh.Dir = dir
	sh.Env = append(os.Environ(), "DEID_TEST_AS_MAIN=1")
	if out, err := sh.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "m.json")); err == nil {
		t.Error("a broken pipe left a manifest")
	}
	// ulimit -f: the kernel stops the write; no manifest, and only a
	// temporary file remains.
	sh = exec.Command("sh", "-c", `ulimit -f 64; exec "$0" run -q -r r.yaml -o limited big.csv`, bin)
	sh.Dir = dir
	sh.Env = append(os.Environ(), "DEID_TEST_AS_MAIN=1")
	if err := sh.Run(); err == nil {
		t.Fatal("deid succeeded beyond the file size limit")
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "limited"))
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), pipeline.TempPrefix) {
			t.Errorf("file size limit left %s", e.Name())
		}
	}
}

// TestGzipBomb: a small gzip file that expands to a huge line is refused at
// the record size limit, in bounded memory, with exit 3.
func TestGzipBomb(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: keep\n")
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	io.WriteString(zw, "a,b\n1,")
	zeros := make([]byte, 1<<20)
	for i := range zeros {
		zeros[i] = '0'
	}
	for i := 0; i < 512; i++ { // 512 MiB of one field
		zw.Write(zeros)
	}
	zw.Close()
	write(t, filepath.Join(dir, "bomb.csv.gz"), buf.String())
	code, _, stderr := deid(t, dir, "", "run", "-r", "r.yaml", "-o", "out", "--max-record-bytes", "1048576", "bomb.csv.gz")
	if code != ExitData || !strings.Contains(stderr, "record exceeds the maximum record size") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
