package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/manifest"
)

// TestInputEncodings runs a spreadsheet export written in Windows-1252
// (named with --encoding) and one in UTF-16 (known by its byte-order
// mark): both come out as the same UTF-8, with the same tokens and a
// UTF-8 byte-order mark, and the manifest names the encoding read. Without --encoding the Windows-1252
// file stops the run with a hint.
func TestInputEncodings(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), "version: 1\ndefault: drop\nfields:\n  - {name: name, action: pseudonymize, kind: name}\n  - {name: note, action: keep}\n")
	write(t, filepath.Join(dir, "k"), strings.Repeat("ab", 32))
	const text = "name;note\r\nJosé Müller;€5 — “ok”\r\n"
	write(t, filepath.Join(dir, "utf8.csv"), text)
	write(t, filepath.Join(dir, "cp1252.csv"), "name;note\r\nJos\xe9 M\xfcller;\x805 \x97 \x93ok\x94\r\n")
	var u16 strings.Builder
	u16.WriteString("\xff\xfe")
	for _, r := range text {
		u16.WriteByte(byte(r))
		u16.WriteByte(byte(r >> 8))
	}
	write(t, filepath.Join(dir, "utf16.csv"), u16.String())

	out := func(run string, args ...string) (string, manifest.Input) {
		t.Helper()
		args = append([]string{"run", "-q", "-r", "r.yaml", "--key-file", "k", "-o", run}, args...)
		if code, _, stderr := deid(t, dir, "", args...); code != 0 {
			t.Fatalf("deid %v: exit %d\n%s", args, code, stderr)
		}
		m, err := manifest.Read(filepath.Join(dir, run, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, run, m.Outputs[0].Path))
		if err != nil {
			t.Fatal(err)
		}
		return string(b), m.Inputs[0]
	}
	want, in := out("a", "utf8.csv")
	if in.Encoding != "" || !strings.Contains(want, "€5 — “ok”") {
		t.Fatalf("UTF-8 run: encoding %q, output %q", in.Encoding, want)
	}
	for _, tc := range []struct{ file, encoding string }{{"cp1252.csv", "windows-1252"}, {"utf16.csv", ""}} {
		args := []string{tc.file}
		if tc.encoding != "" {
			args = append([]string{"--encoding", tc.encoding}, args...)
		}
		got, in := out("out-"+tc.file, args...)
		// with a byte-order mark, for the spreadsheet the file came from
		if diff := cmp.Diff("\ufeff"+want, got); diff != "" {
			t.Errorf("%s (-utf-8 +got):\n%s", tc.file, diff)
		}
		if wantEnc := map[string]string{"cp1252.csv": "windows-1252", "utf16.csv": "utf-16"}[tc.file]; in.Encoding != wantEnc {
			t.Errorf("%s: manifest encoding %q, want %q", tc.file, in.Encoding, wantEnc)
		}
	}
	// a UTF-8 input's byte-order mark is kept
	write(t, filepath.Join(dir, "bom.csv"), "\ufeff"+text)
	if got, _ := out("out-bom", "bom.csv"); got != "\ufeff"+want {
		t.Errorf("bom.csv: %q, want %q", got, "\ufeff"+want)
	}
	code, _, stderr := deid(t, dir, "", "run", "-q", "-r", "r.yaml", "--key-file", "k", "-o", "bad", "cp1252.csv")
	if code != 3 || !strings.Contains(stderr, "invalid UTF-8") || !strings.Contains(stderr, "--encoding") || strings.Contains(stderr, "Jos") {
		t.Errorf("no --encoding: exit %d, stderr %q; want 3, the error and the hint, no value", code, stderr)
	}
	if code, _, _ := deid(t, dir, "", "run", "-q", "-r", "r.yaml", "--key-file", "k", "--encoding", "klingon", "-o", "bad2", "utf8.csv"); code != 2 {
		t.Errorf("unknown encoding: exit %d, want 2", code)
	}
}
