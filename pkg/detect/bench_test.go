package detect

import (
	"encoding/csv"
	"os"
	"regexp"
	"testing"
)

// BenchmarkScan runs every built-in detector, plus the record's own values,
// over the labeled corpus's transcripts; MB/s is per core.
//
//	go test -bench Scan -run XXX ./pkg/detect
func BenchmarkScan(b *testing.B) {
	docs := loadCorpus(b, "testdata/corpus.jsonl")
	s := NewScanner(Default(), nil)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	values := make([][]Value, len(docs))
	for i, d := range docs {
		values[i] = recordValues(d.Fields)
	}
	var spans []Span
	var known Known
	for range b.N {
		for i, d := range docs {
			known.Reset(values[i]) // once per record, as pkg/transform does
			spans = s.ScanKnown(d.Text, &known, spans)
		}
	}
}

// BenchmarkDetector times each detector alone on the same texts.
func BenchmarkDetector(b *testing.B) {
	docs := loadCorpus(b, "testdata/corpus.jsonl")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	for _, det := range Default() {
		b.Run(det.Name(), func(b *testing.B) {
			b.SetBytes(int64(size))
			var spans []Span
			for range b.N {
				for _, d := range docs {
					spans = det.Find(NewText(d.Text), spans[:0])
				}
			}
		})
	}
}

// BenchmarkScanGenerated scans the transcript column of a CSV made by
// bench/gen (longer, less cue-dense texts than the labeled corpus):
//
//	go run ./bench/gen -format csv -mb 50 > /tmp/t50.csv
//	DEID_BENCH_CSV=/tmp/t50.csv go test -bench ScanGenerated -run XXX ./pkg/detect
func BenchmarkScanGenerated(b *testing.B) {
	texts, size := generatedTexts(b)
	s := NewScanner(Default(), nil)
	b.SetBytes(int64(size))
	var spans []Span
	for range b.N {
		for _, t := range texts {
			spans = s.Scan(t, spans)
		}
	}
}

// generatedTexts returns the transcript column of the first 3,000 rows of
// the CSV that DEID_BENCH_CSV names, and their size in bytes.
func generatedTexts(b *testing.B) (texts []string, size int) {
	path := os.Getenv("DEID_BENCH_CSV")
	if path == "" {
		b.Skip("set DEID_BENCH_CSV to a CSV made by bench/gen")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	if _, err := r.Read(); err != nil {
		b.Fatal(err)
	}
	for len(texts) < 3000 {
		rec, err := r.Read()
		if err != nil {
			break
		}
		texts = append(texts, rec[len(rec)-1])
		size += len(rec[len(rec)-1])
	}
	return texts, size
}

// plainEmail is the plain email regular expression issue 4 quotes as its
// yardstick ("a plain email regex runs at ~26 MB/s here").
var plainEmail = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// BenchmarkYardstickEmailRegexp runs plainEmail over the texts of
// BenchmarkScanGenerated. The machines these figures come from are shared
// and change speed from day to day; the ratio of ScanGenerated's MB/s to
// this one's, in one run, does not depend on the day.
func BenchmarkYardstickEmailRegexp(b *testing.B) {
	texts, size := generatedTexts(b)
	b.SetBytes(int64(size))
	n := 0
	for range b.N {
		for _, t := range texts {
			n += len(plainEmail.FindAllStringIndex(t, -1))
		}
	}
	if n == 0 {
		b.Fatal("no email found")
	}
}
