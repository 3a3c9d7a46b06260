package cli

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestWalkthrough runs every "$ deid ..." line of examples/README.md in a copy
// of the repository's rules/ and examples/, expecting exit 0 or the code
// named by a trailing "# exit N".
func TestWalkthrough(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot, "examples", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dir := t.TempDir()
	for _, d := range []string{"rules", "examples"} {
		if err := copyDir(filepath.Join(repoRoot, d), filepath.Join(dir, d)); err != nil {
			t.Fatal(err)
		}
	}
	exitNote := regexp.MustCompile(`\s+#\s*exit (\d+)\s*$`)
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "$ deid ")
		if !ok {
			continue
		}
		want := 0
		if m := exitNote.FindStringSubmatch(line); m != nil {
			want, _ = strconv.Atoi(m[1])
			line = line[:len(line)-len(m[0])]
		}
		n++
		code, _, stderr := deid(t, dir, "", shellWords(line)...)
		if code != want {
			t.Errorf("deid %s: exit %d, want %d\n%s", line, code, want, stderr)
		}
	}
	if n < 5 {
		t.Fatalf("found only %d commands in examples/README.md", n)
	}
	for _, p := range []string{"out/tickets.csv", "out/tickets.jsonl", "out/manifest.json", "export/tickets.csv", "minimal/tickets.csv"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("walkthrough did not produce %s", p)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "ci", "manifest.json")); err == nil {
		t.Error("the failing CI run left a manifest")
	}
}

// shellWords splits a command line on spaces, keeping "double-quoted"
// words whole (the walkthrough's commands use no other shell syntax).
func shellWords(line string) []string {
	var words []string
	var cur strings.Builder
	quoted, inWord := false, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words
}
