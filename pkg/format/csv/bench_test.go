package csv

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
)

// benchInput is about 8 MB of ticket-like CSV: short fields and a quoted
// transcript of several lines per record.
func benchInput() []byte {
	var b bytes.Buffer
	b.WriteString("ticket_id,customer_name,customer_email,transcript\n")
	line := "Customer: I was charged twice for the same month, can you check?\n"
	for i := 0; b.Len() < 8<<20; i++ {
		b.WriteString("TCK-" + strconv.Itoa(i) + ",Ana Lima,ana" + strconv.Itoa(i) + "@example.com,\"")
		b.WriteString(strings.Repeat(line, 2+i%20))
		b.WriteString("Agent: \"\"Thanks\"\", bye.\"\n")
	}
	return b.Bytes()
}

// BenchmarkReadRaw times the part of reading that runs in input order, on
// one goroutine: finding where each record ends.
//
//	go test -bench ReadRaw -run XXX ./pkg/format/csv
func BenchmarkReadRaw(b *testing.B) {
	benchRead(b, func(r *Reader) error { _, err := r.ReadRaw(); return err })
}

// BenchmarkRead times ReadRaw and Decode together.
func BenchmarkRead(b *testing.B) {
	benchRead(b, func(r *Reader) error { _, err := r.Read(); return err })
}

// benchRead reads benchInput to the end with read, b.N times.
func benchRead(b *testing.B, read func(*Reader) error) {
	in := benchInput()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for range b.N {
		r := NewReader(bytes.NewReader(in), ReaderOptions{})
		for {
			if err := read(r); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}
