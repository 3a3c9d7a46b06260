package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJSONArrayInput runs a .json export holding one array of records: the
// output is an array again, that encoding/json reads, with the records'
// lines counted from where each element starts; verify passes on it, and
// the same records as JSON Lines get the same tokens.
func TestJSONArrayInput(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: drop\nfields:\n  - {name: id, action: keep}\n  - {name: text, action: scan}\n")
	write(t, filepath.Join(dir, "k"), strings.Repeat("ab", 32))
	write(t, filepath.Join(dir, "in.json"), "[\n  {\"id\": 1, \"text\": \"mail ana@example.com\"},\n  {\n    \"id\": 2,\n    \"text\": \"call +1 415 555 0132\"\n  }\n]\n")
	write(t, filepath.Join(dir, "in.jsonl"), "{\"id\": 1, \"text\": \"mail ana@example.com\"}\n{\"id\": 2, \"text\": \"call +1 415 555 0132\"}\n")
	for _, in := range []string{"in.json", "in.jsonl"} {
		if code, _, stderr := deid(t, dir, "", "run", "-q", "-r", "r.yaml", "--key-file", "k", "-o", "out-"+in, in); code != 0 {
			t.Fatalf("run %s: exit %d\n%s", in, code, stderr)
		}
		if code, stdout, stderr := deid(t, dir, "", "verify", "--key-file", "k", "out-"+in); code != 0 {
			t.Fatalf("verify %s: exit %d\n%s%s", in, code, stdout, stderr)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "out-in.json", "in.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, b)
	}
	lines, err := os.ReadFile(filepath.Join(dir, "out-in.jsonl", "in.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var want []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		want = append(want, m)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("array output against JSON Lines output (-jsonl +json):\n%s", diff)
	}
	if strings.Contains(string(b), "ana@example.com") || strings.Contains(string(b), "555 0132") {
		t.Errorf("personal data left: %s", b)
	}
	// a malformed array stops the run at its line, and leaves no output
	write(t, filepath.Join(dir, "bad.json"), "[\n{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2}\n]\n")
	code, _, stderr := deid(t, dir, "", "run", "-q", "-r", "r.yaml", "--key-file", "k", "--on-error", "skip", "-o", "out-bad", "bad.json")
	if code != 3 || !strings.Contains(stderr, "bad.json:3") {
		t.Errorf("malformed array: exit %d, stderr %q; want 3 and line 3", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out-bad", "bad.json")); err == nil {
		t.Error("a failed run left an output")
	}
}
