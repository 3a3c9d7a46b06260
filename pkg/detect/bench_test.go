package detect

import "testing"

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
	var spans, extra []Span
	for range b.N {
		for _, d := range docs {
			extra = FindValues(d.Text, recordValues(d.Fields), extra[:0])
			spans = s.Scan(d.Text, spans, extra...)
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
