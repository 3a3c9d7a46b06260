package detect

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestDetectorExamples runs every detector's own examples, through a
// Scanner so overlap resolution is part of the test.
func TestDetectorExamples(t *testing.T) {
	for _, d := range Default() {
		ex := d.Examples()
		if len(ex.Match) == 0 || len(ex.NoMatch) == 0 {
			t.Errorf("%s: needs examples that must and must not match", d.Name())
		}
		for _, f := range CheckExamples(d) {
			t.Error(f)
		}
	}
}

func TestCustomAndDenyList(t *testing.T) {
	emp, err := NewCustom("employee_id", "EMPLOYEE_ID", `\bEMP-(\d{6})\b`, ValidateNone, []string{"emp-"}, []string{"employee", "staff"},
		Examples{Match: [][2]string{{"employee EMP-123456", "123456"}}, NoMatch: []string{"order EMP-123456", "employee EMP-12"}})
	if err != nil {
		t.Fatal(err)
	}
	imei, err := NewCustom("imei", "IMEI", `\b\d{15}\b`, ValidateLuhn, nil, nil,
		Examples{Match: [][2]string{{"imei 490154203237518", "490154203237518"}}, NoMatch: []string{"imei 490154203237519"}})
	if err != nil {
		t.Fatal(err)
	}
	member, err := NewCustom("member", "MEMBER_ID", `\bM(\d{8})\b`, ValidateVerhoeff, nil, nil,
		Examples{Match: [][2]string{{"member M23456780", "23456780"}}, NoMatch: []string{"member M23456785"}})
	if err != nil {
		t.Fatal(err)
	}
	deny := NewDenyList([]string{"Project Falcon"})
	for _, d := range []Detector{emp, imei, member, deny} {
		for _, f := range CheckExamples(d) {
			t.Error(f)
		}
	}
	if _, err := NewCustom("x", "X", "(", ValidateNone, nil, nil, Examples{}); err == nil {
		t.Error("bad pattern accepted")
	}
	if _, err := NewCustom("x", "X", "a", "crc", nil, nil, Examples{}); err == nil {
		t.Error("unknown validator accepted")
	}
}

// TestScannerConcurrent scans the corpus from several goroutines at once
// (the Scanner recycles its per-text buffers) and compares every result
// with a scan made alone.
func TestScannerConcurrent(t *testing.T) {
	docs := loadCorpus(t, "testdata/corpus.jsonl")[:100]
	s := NewScanner(Default(), nil)
	want := make([][]Span, len(docs))
	for i, d := range docs {
		want[i] = s.ScanValues(d.Text, recordValues(d.Fields), nil)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var known Known
			var spans []Span
			for i, d := range docs {
				known.Reset(recordValues(d.Fields))
				spans = s.ScanKnown(d.Text, &known, spans)
				if diff := cmp.Diff(want[i], spans); diff != "" {
					errs <- diff
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatalf("concurrent scan differs (-alone +concurrent):\n%s", e)
	}
}

// TestKeywordHitsBySet checks the per-set buckets keywordHits reads
// against a filter of all hits, for every set, on texts strung together
// from the sets' own phrases.
func TestKeywordHitsBySet(t *testing.T) {
	var words []string
	for _, k := range keywordSets {
		words = append(words, k.phrases...)
	}
	words = append(words, "Friedrichstraße", "x", "12", ".", "\n")
	rng := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(" ,:"[rng.IntN(3)])
		}
		text := NewText(b.String())
		for _, k := range keywordSets {
			var want []int32
			for _, h := range text.allHits() {
				if int(h.set) == k.id {
					want = append(want, h.pos)
				}
			}
			if diff := cmp.Diff(want, keywordHits(text, k), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("set %d in %q (-want +got):\n%s", k.id, text.S, diff)
			}
		}
	}
}
