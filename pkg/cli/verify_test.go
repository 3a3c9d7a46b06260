package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVerifyFindingsInFileOrder checks that verify, which scans an output's
// records on all cores, reports every residual finding, the listed ones in
// file order, across many batches.
func TestVerifyFindingsInFileOrder(t *testing.T) {
	dir := t.TempDir()
	const rows = 3000
	var in strings.Builder
	var leaked []int64
	for i := 1; i <= rows; i++ {
		text := "nothing to see"
		if i%7 == 0 || i == rows {
			text = fmt.Sprintf("mail someone%d@example.com today", i)
			leaked = append(leaked, int64(i))
		}
		fmt.Fprintf(&in, "{\"id\":%d,\"text\":%q}\n", i, text)
	}
	write(t, filepath.Join(dir, "in.jsonl"), in.String())
	write(t, filepath.Join(dir, "phones-only.yaml"), "version: 1\ndefault: drop\nkeep: [id]\nfields:\n  - {name: text, action: scan}\ndetection:\n  detectors: [PHONE]\n")
	if out, err := deidProcess(dir, "run", "-q", "-r", "phones-only.yaml", "-o", "leak", "in.jsonl").CombinedOutput(); err != nil {
		t.Fatalf("deid run: %v\n%s", err, out)
	}
	out, err := deidProcess(dir, "verify", "--json", "leak").Output()
	if err == nil {
		t.Fatal("verify passed an output with residual emails")
	}
	var rep verifyReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("verify --json: %v\n%s", err, out)
	}
	if rep.Rows != rows || rep.Total != len(leaked) {
		t.Fatalf("verify checked %d rows and found %d, want %d and %d", rep.Rows, rep.Total, rows, len(leaked))
	}
	var lines []int64
	for _, f := range rep.Findings {
		if f.Check != "residual_pii" || f.Field != "text" || f.Message != "EMAIL found in the output" {
			t.Fatalf("unexpected finding %+v", f)
		}
		lines = append(lines, f.Line)
	}
	if diff := cmp.Diff(leaked[:maxFindings], lines); diff != "" {
		t.Errorf("listed findings' lines (-want +got):\n%s", diff)
	}
}
