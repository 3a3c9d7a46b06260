package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAgeAtRest: --encrypt-to writes every output, the dataset card and the
// manifest encrypted to an X25519 and an SSH recipient; verify, scan and
// reveal read them with either identity; nothing readable is left on disk.
func TestAgeAtRest(t *testing.T) {
	dir := t.TempDir()
	ageDir := filepath.Join(repoRoot, "pkg", "cli", "testdata", "age")
	recipient, _ := os.ReadFile(filepath.Join(ageDir, "recipient.txt"))
	key := filepath.Join(repoRoot, "examples", "DEMO-KEY-NOT-SECRET.key")
	run := func(args ...string) (int, string, string) {
		cmd := deidProcess(dir, args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Run()
		return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
	}
	args := []string{"run", "-q", "-r", "analyst-export", "--key-file", key, "--card", "-o", "enc",
		"--encrypt-to", strings.TrimSpace(string(recipient)), "--recipients-file", filepath.Join(ageDir, "id_ed25519.pub")}
	for _, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		args = append(args, filepath.Join(repoRoot, "examples", f))
	}
	if code, _, stderr := run(args...); code != 0 {
		t.Fatalf("run: exit %d\n%s", code, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "enc"))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		b, _ := os.ReadFile(filepath.Join(dir, "enc", e.Name()))
		if !strings.HasSuffix(e.Name(), ".age") || !bytes.HasPrefix(b, []byte("age-encryption.org/v1\n")) {
			t.Errorf("%s is not an age file", e.Name())
		}
		for _, clear := range []string{"Router", "ticket_id", "rows_written"} {
			if bytes.Contains(b, []byte(clear)) {
				t.Errorf("%s holds %q in the clear", e.Name(), clear)
			}
		}
	}
	want := "DATASET_CARD.md.age manifest.json.age tickets.csv.age tickets.jsonl.age tickets.parquet.age"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("files %q, want %q", got, want)
	}
	for _, id := range []string{"identity.txt", "id_ed25519"} {
		idFile := filepath.Join(ageDir, id)
		code, stdout, stderr := run("verify", "--json", "--key-file", key, "--identity", idFile, "enc")
		if code != 0 {
			t.Errorf("verify with %s: exit %d\n%s%s", id, code, stdout, stderr)
		}
		var rep struct {
			Rows int64 `json:"rows_checked"`
		}
		json.Unmarshal([]byte(stdout), &rep)
		if rep.Rows != 70 {
			t.Errorf("verify with %s checked %d rows, want 70", id, rep.Rows)
		}
	}
	// The manifest records the ciphertext's hash and the plaintext's rows.
	sealed, _ := os.ReadFile(filepath.Join(dir, "enc", "manifest.json.age"))
	raw, err := decryptAllFiles(t, filepath.Join(ageDir, "identity.txt"), sealed)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Encryption struct{ Recipients []string } `json:"encryption"`
		Outputs    []struct {
			Path, SHA256 string
			Rows         int64
		} `json:"outputs"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Encryption.Recipients) != 2 {
		t.Errorf("manifest lists %d recipients, want 2", len(m.Encryption.Recipients))
	}
	for _, o := range m.Outputs {
		b, _ := os.ReadFile(filepath.Join(dir, "enc", o.Path))
		sum := sha256.Sum256(b)
		if o.SHA256 != hex.EncodeToString(sum[:]) || o.Rows == 0 {
			t.Errorf("%s: manifest sha256/rows %s/%d do not describe the encrypted file", o.Path, o.SHA256, o.Rows)
		}
	}
	// Without an identity: a clear finding, not a crash.
	if code, stdout, _ := run("verify", "--key-file", key, "enc"); code != ExitFindings || !strings.Contains(stdout, "identity") {
		t.Errorf("verify without identity: exit %d, %s", code, stdout)
	}
	// scan and reveal read the encrypted files.
	if code, _, stderr := run("scan", "--identity", filepath.Join(ageDir, "identity.txt"), filepath.Join("enc", "tickets.jsonl.age")); code != 0 {
		t.Errorf("scan: exit %d\n%s", code, stderr)
	}
	for _, f := range []string{"tickets.csv.age", "tickets.jsonl.age", "tickets.parquet.age"} {
		if code, _, stderr := run("reveal", "-q", "-r", "analyst-export", "--key-file", key, "--i-am-authorized",
			"--identity", filepath.Join(ageDir, "id_ed25519"), "-o", "plain", filepath.Join("enc", f)); code != 0 {
			t.Fatalf("reveal %s: exit %d\n%s", f, code, stderr)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "plain", "tickets.jsonl"))
	if !bytes.Contains(b, []byte("maria.fernandez@correo.es")) {
		t.Error("reveal of the encrypted JSONL did not give the email back")
	}
	// An encrypted Parquet file on stdin: spooled encrypted, read by
	// random access.
	write(t, filepath.Join(dir, "keep.yaml"), "version: 1\ndefault: keep\n")
	f, err := os.Open(filepath.Join(dir, "enc", "tickets.parquet.age"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := deidProcess(dir, "run", "-q", "-r", "keep.yaml", "--from", "parquet", "--to", "jsonl",
		"--identity", filepath.Join(ageDir, "identity.txt"), "-o", "stdin", "-")
	cmd.Stdin = f
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("encrypted Parquet on stdin: %v\n%s", err, out)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "stdin", "stdin.jsonl")); bytes.Count(b, []byte("\n")) != 20 {
		t.Errorf("encrypted Parquet on stdin gave %d records, want 20", bytes.Count(b, []byte("\n")))
	}
}

// decryptAllFiles opens an age file's bytes with an identity file.
func decryptAllFiles(t *testing.T, identity string, sealed []byte) ([]byte, error) {
	t.Helper()
	_, ids, err := (&runOptions{identities: []string{identity}}).loadAge()
	if err != nil {
		return nil, err
	}
	return decryptAll(ids, sealed)
}
