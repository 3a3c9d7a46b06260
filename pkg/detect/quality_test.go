package detect

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

type labeledDoc struct {
	Fields map[string]string `json:"fields"`
	Text   string            `json:"text"`
	Spans  []struct {
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Type   string `json:"type"`
		Source string `json:"source"`
	} `json:"spans"`
}

func loadCorpus(t testing.TB, path string) []labeledDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []labeledDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var d labeledDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// recordValues are the known values a rule file like the support pack
// derives from a record's fields.
func recordValues(fields map[string]string) []Value {
	return []Value{
		{Text: fields["customer_name"], Entity: Person, Match: MatchName, Ref: 1},
		{Text: fields["agent_name"], Entity: Person, Match: MatchName, Ref: 2},
		{Text: fields["customer_email"], Entity: Email, Match: MatchExact, Ref: 3},
		{Text: fields["customer_phone"], Entity: Phone, Match: MatchDigits, Ref: 4},
	}
}

type tally struct{ tp, fn, fp int }

// minimums are the per-type floors (recall, precision) this detector set
// reached on testdata/corpus.jsonl; a change that falls below fails.
var corpusMinimums = map[string][2]float64{
	"EMAIL": {1, 1}, "PHONE": {1, 1}, "CREDIT_CARD": {1, 1}, "US_SSN": {1, 1}, "IBAN": {1, 1},
	"IPV4": {1, 1}, "IPV6": {1, 1}, "MAC": {1, 1}, "URL": {1, 1}, "SECRET": {1, 1}, "PASSWORD": {1, 1},
	"DATE_OF_BIRTH": {1, 1}, "STREET_ADDRESS": {1, 1}, "PERSON (record)": {1, 1}, "PERSON (other)": {1, 1},
}

// TestCorpusQuality measures recall and precision per entity type on the
// synthetic corpus (pkg/detect/internal/corpusgen): at least 300 labeled
// transcripts, many layouts per type, hard negatives.
func TestCorpusQuality(t *testing.T) {
	docs := loadCorpus(t, "testdata/corpus.jsonl")
	if len(docs) < 300 {
		t.Fatalf("corpus has %d transcripts, want at least 300", len(docs))
	}
	evaluate(t, docs, corpusMinimums, 0.01)
}

// TestHeldOutQuality measures the same on testdata/heldout.jsonl: sentences
// written by hand after the detectors, in layouts the generator does not
// make. Its floors are what the detectors reached on first contact, plus
// the fixes named in docs/detection.md.
func TestHeldOutQuality(t *testing.T) {
	evaluate(t, loadCorpus(t, "testdata/heldout.jsonl"), heldOutMinimums, heldOutMaxNegatives)
}

func evaluate(t *testing.T, docs []labeledDoc, minimums map[string][2]float64, maxNegativeRate float64) {
	s := NewScanner(Default(), nil)
	stats := map[string]*tally{}
	get := func(k string) *tally {
		if stats[k] == nil {
			stats[k] = &tally{}
		}
		return stats[k]
	}
	negatives, negFlagged := 0, 0
	var misses []string
	for _, d := range docs {
		pred := s.Scan(d.Text, nil, FindValues(d.Text, recordValues(d.Fields), nil)...)
		used := make([]bool, len(pred))
		for _, g := range d.Spans {
			if g.Type == "NEGATIVE" {
				negatives++
				for _, p := range pred {
					if p.Start < g.End && g.Start < p.End {
						negFlagged++
						misses = append(misses, fmt.Sprintf("negative flagged as %s: %q", p.Entity, d.Text[g.Start:g.End]))
						break
					}
				}
				continue
			}
			key := g.Type
			if g.Type == Person {
				key = "PERSON (other)"
				if g.Source == "record" {
					key = "PERSON (record)"
				}
			}
			found := false
			for i, p := range pred {
				if p.Entity == g.Type && p.Start < g.End && g.Start < p.End && overlap(p, g.Start, g.End)*2 >= g.End-g.Start {
					found, used[i] = true, true
				}
			}
			if found {
				get(key).tp++
			} else {
				get(key).fn++
				misses = append(misses, fmt.Sprintf("missed %s: %q", key, d.Text[g.Start:g.End]))
			}
		}
		for i, p := range pred {
			if used[i] {
				continue
			}
			inNegative := false
			for _, g := range d.Spans {
				inNegative = inNegative || g.Type == "NEGATIVE" && p.Start < g.End && g.Start < p.End
			}
			if !inNegative {
				key := p.Entity
				if key == Person {
					key = "PERSON (other)"
				}
				get(key).fp++
				misses = append(misses, fmt.Sprintf("false %s: %q", p.Entity, d.Text[p.Start:p.End]))
			}
		}
	}
	var keys []string
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var report strings.Builder
	fmt.Fprintf(&report, "%-18s %6s %6s %6s %8s %9s\n", "type", "tp", "fn", "fp", "recall", "precision")
	for _, k := range keys {
		st := stats[k]
		rec, prec := ratio(st.tp, st.tp+st.fn), ratio(st.tp, st.tp+st.fp)
		fmt.Fprintf(&report, "%-18s %6d %6d %6d %7.1f%% %8.1f%%\n", k, st.tp, st.fn, st.fp, 100*rec, 100*prec)
		if m, ok := minimums[k]; ok && (rec < m[0] || prec < m[1]) {
			t.Errorf("%s: recall %.3f (min %.3f), precision %.3f (min %.3f)", k, rec, m[0], prec, m[1])
		}
	}
	fmt.Fprintf(&report, "hard negatives flagged: %d of %d (%.2f%%)\n", negFlagged, negatives, 100*ratio(negFlagged, negatives))
	t.Log("\n" + report.String())
	if ratio(negFlagged, negatives) > maxNegativeRate {
		t.Errorf("hard negatives flagged: %.2f%% (max %.2f%%)", 100*ratio(negFlagged, negatives), 100*maxNegativeRate)
	}
	if t.Failed() || os.Getenv("DEID_SHOW_MISSES") != "" {
		sort.Strings(misses)
		for i, m := range misses {
			if i == 60 {
				break
			}
			t.Log(m)
		}
	}
}

func overlap(p Span, a, b int) int { return max(0, min(p.End, b)-max(p.Start, a)) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// heldOutMinimums and heldOutMaxNegatives are set from the measured figures
// (docs/detection.md). The record's names fall short of 1 by initials
// (JL), a misspelling (Shivawn for Siobhan), a Greek vocative and a name
// in Han characters for a record in Latin letters; two parts found where
// they name no one (Robin of Robin Hood, "the lee side") and two surnames
// found without the title the file includes ("Rao" of "Dr. Rao", under
// half its span) count against other names' precision. One birth date is
// missed on purpose: a date in a table row with no header and no cue word
// (round 108), which the detector cannot tell from an order's date.
// Round 164, made from Faker's data, has three values the detectors leave
// on purpose: a number of eight digits with no cue and no separator
// (03154375, an order's as likely as a phone's) and two of Faker's Spanish
// "streets" whose first word names none (Huerta Lilia, 11; Lado Beatriz
// Bonilla Alarcón 7); round 171 a third (Salida Eva, 72 1º B). Round 176
// has two of Faker's German phones of thirteen digits with a trunk 0
// (07926 13279125), longer than a national number is.
var heldOutMinimums = map[string][2]float64{
	"EMAIL": {1, 1}, "PHONE": {0.995, 1}, "CREDIT_CARD": {1, 1}, "US_SSN": {1, 1}, "IBAN": {1, 1},
	"IPV4": {1, 1}, "IPV6": {1, 1}, "MAC": {1, 1}, "URL": {1, 1}, "SECRET": {1, 1}, "PASSWORD": {1, 1},
	"DATE_OF_BIRTH": {0.99, 1}, "STREET_ADDRESS": {0.99, 1}, "PERSON (record)": {0.97, 1}, "PERSON (other)": {0.95, 0.98},
	"NATIONAL_ID": {1, 1},
}

// Eight hard negatives are flagged: "the 3 Way Street adapter" (round 52)
// and "2 Park Avenue throw pillows" (round 89), whose words are a house
// number, a street's name and a street suffix; "Paz y Esperanza son
// virtudes" (round 59), a given name that is a word; "near Dolores Park"
// (round 88), a place with the record's full name; one more of before;
// and three firms of round 173 named as their owners are, after "bought
// … from" ("Toy, Zemlak and Bailey", "Oliveira, Xavier e Barros",
// "Xavier-Barros"), which read as people there.
const heldOutMaxNegatives = 0.005
