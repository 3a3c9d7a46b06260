package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBalance(t *testing.T) {
	tests := []struct {
		sizes []int64
		n     int
		want  []int
	}{
		{[]int64{10, 10, 10, 10}, 2, []int{0, 1, 0, 1}},
		{[]int64{100, 1, 1, 1, 50, 50}, 2, []int{0, 0, 1, 0, 1, 1}},
		{[]int64{5}, 3, []int{0}},
		{[]int64{}, 2, []int{}},
		{[]int64{3, 3, 3}, 1, []int{0, 0, 0}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Balance(tt.sizes, tt.n)); diff != "" {
			t.Errorf("Balance(%v, %d) (-want +got):\n%s", tt.sizes, tt.n, diff)
		}
	}
	// the largest shard is never more than the largest file above the ideal
	sizes := []int64{97, 13, 58, 77, 5, 31, 64, 22, 89, 41, 9, 70}
	load := make([]int64, 4)
	var total int64
	for i, s := range Balance(sizes, 4) {
		load[s] += sizes[i]
		total += sizes[i]
	}
	for _, l := range load {
		if l > total/4+97 {
			t.Errorf("unbalanced: %v", load)
		}
	}
}

// writeShard writes a shard manifest with one output file.
func writeShard(t *testing.T, dir string, i int, planSHA, fp, content string) {
	t.Helper()
	out := filepath.Join(dir, "out"+string(rune('0'+i))+".csv")
	if err := os.WriteFile(out, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Schema: Schema, Rules: Rules{SHA256: "rules"}, Key: &Key{Fingerprint: fp},
		Inputs:  []Input{{Path: "in" + string(rune('0'+i)), SHA256: "in-sha"}},
		Outputs: []Output{{Path: filepath.Base(out), Bytes: int64(len(content)), SHA256: sha(content)}},
		Totals:  Totals{Inputs: 1, RowsRead: 2, RowsWritten: 2},
		Shard:   &Shard{Index: i, Count: 2, PlanSHA256: planSHA}}
	data, _ := m.Marshal()
	if err := os.WriteFile(filepath.Join(dir, ShardFileName(i)), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestMerge(t *testing.T) {
	plan := &Plan{Schema: PlanSchema, Shards: 2, Rules: PlanRules{SHA256: "rules"}, KeyFingerprint: "fp",
		Inputs: []PlanInput{{Path: "in0", SHA256: "in-sha", Shard: 0}, {Path: "in1", SHA256: "in-sha", Shard: 1}}}
	tests := []struct {
		name  string
		setup func(dir string)
		want  string // a problem that must be reported, "" for none
	}{
		{"complete", func(dir string) {}, ""},
		{"missing shard", func(dir string) { os.Remove(filepath.Join(dir, ShardFileName(1))) }, "shard 1: manifest.shard-00001.json is missing"},
		{"other key", func(dir string) { writeShard(t, dir, 1, "plan-sha", "other", "b") }, "shard 1: made with another key"},
		{"other plan", func(dir string) { writeShard(t, dir, 1, "old-plan", "fp", "b") }, "shard 1: made from another plan"},
		{"tampered output", func(dir string) { os.WriteFile(filepath.Join(dir, "out0.csv"), []byte("A"), 0o644) }, "shard 0: output out0.csv sha256 differs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeShard(t, dir, 0, "plan-sha", "fp", "a")
			writeShard(t, dir, 1, "plan-sha", "fp", "b")
			tt.setup(dir)
			m, problems := Merge(plan, "plan-sha", dir)
			if tt.want == "" {
				if len(problems) > 0 || m == nil {
					t.Fatalf("problems: %v", problems)
				}
				if m.Totals.RowsRead != 4 || len(m.Outputs) != 2 || m.Shard != nil {
					t.Errorf("merged manifest: %+v", m.Totals)
				}
				return
			}
			if m != nil || !strings.Contains(strings.Join(problems, "\n"), tt.want) {
				t.Errorf("problems %q, want one with %q", problems, tt.want)
			}
		})
	}
}

func TestSignRoundTrip(t *testing.T) {
	m := &Manifest{Schema: Schema, Inputs: []Input{{Path: "a"}}, Outputs: []Output{}}
	sign := func(b []byte) string { return "sig:" + sha(string(b)) }
	signed, err := m.Sign(sign)
	if err != nil {
		t.Fatal(err)
	}
	unsigned, sig, ok := Unsigned(signed)
	if !ok || sig != sign(unsigned) {
		t.Fatalf("Unsigned: ok %v, sig %q", ok, sig)
	}
	m.Signature = ""
	plain, _ := m.Marshal()
	if string(plain) != string(unsigned) {
		t.Errorf("unsigned bytes differ from the manifest without its signature")
	}
	edited := []byte(strings.Replace(string(signed), `"path": "a"`, `"path": "b"`, 1))
	u2, sig2, _ := Unsigned(edited)
	if sig2 == sign(u2) {
		t.Error("an edited manifest kept a valid signature")
	}
	if _, _, ok := Unsigned(plain); ok {
		t.Error("an unsigned manifest reported a signature")
	}
}
