package detect

import (
	"crypto/md5"
	"encoding/csv"
	"fmt"
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

// BenchmarkScanKnownShort scans short texts with their record's values, as
// a Parquet or JSONL record's messages are scanned: two messages of about
// 110 bytes per record, with the record's name, email and phone in them
// and a hash each, like the rows bench/parquet-gen.sql writes. It measures
// what a text and a record cost whatever their length (Known.Reset once
// per record, then ScanKnown per text).
func BenchmarkScanKnownShort(b *testing.B) {
	type rec struct {
		texts  []string
		values []Value
	}
	var recs []rec
	size := 0
	for i := range 1000 {
		email := fmt.Sprintf("user%d@example.com", i*7919%1000000)
		phone := fmt.Sprintf("+1 415 555 %04d", i*31%10000)
		t1 := fmt.Sprintf("Hi, this is Customer %d. Reach me at %s or %s. Ref %x", i%50000, email, phone, md5.Sum([]byte(fmt.Sprint(i))))
		t2 := fmt.Sprintf("Thanks, order #A-%d ships on firmware 2.4.1.7 today. Case %x", i, md5.Sum([]byte(fmt.Sprint(i+1))))
		recs = append(recs, rec{[]string{t1, t2}, []Value{
			{Text: fmt.Sprintf("Customer %d", i%50000), Entity: Person, Match: MatchName, Ref: 1},
			{Text: email, Entity: Email, Match: MatchExact, Ref: 2},
			{Text: phone, Entity: Phone, Match: MatchDigits, Ref: 3},
		}})
		size += len(t1) + len(t2)
	}
	s := NewScanner(Default(), nil)
	b.SetBytes(int64(size))
	var k Known
	var spans []Span
	for range b.N {
		for _, r := range recs {
			k.Reset(r.values)
			for _, t := range r.texts {
				spans = s.ScanKnown(t, &k, spans)
			}
		}
	}
}
