package compress

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundTripAndDeterminism(t *testing.T) {
	data := []byte(strings.Repeat("ticket,text\n1,hello world\n", 5000))
	for _, c := range Codecs {
		t.Run(string(c), func(t *testing.T) {
			enc := func() []byte {
				var buf bytes.Buffer
				w, err := NewWriter(&buf, c)
				if err != nil {
					t.Fatal(err)
				}
				w.Write(data)
				if err := w.Close(); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
			a, b := enc(), enc()
			if !bytes.Equal(a, b) {
				t.Error("two compressions of the same data differ")
			}
			br := bufio.NewReader(bytes.NewReader(a))
			got, err := Sniff(br, "x"+c.Ext())
			if err != nil || got != c {
				t.Fatalf("Sniff = %v, %v; want %v", got, err, c)
			}
			r, err := NewReader(br, got)
			if err != nil {
				t.Fatal(err)
			}
			out, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(out, data) {
				t.Fatalf("round trip failed: %v", err)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                Codec
		wantErr             bool
	}{
		{"plain csv", "a.csv", "a,b\n", None, false},
		{"gzip magic without extension", "a.csv", "\x1f\x8b\x08", Gzip, false},
		{"extension without magic", "a.csv.gz", "a,b\n", None, true},
		{"empty file", "a.csv.zst", "", None, false},
	}
	for _, tt := range tests {
		got, err := Sniff(bufio.NewReader(strings.NewReader(tt.content)), tt.file)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%s: Sniff = %v, %v; want %v, error %v", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
	base, c := SplitExt("Tickets.CSV.GZ")
	if diff := cmp.Diff([]string{"Tickets.CSV", "gzip"}, []string{base, string(c)}); diff != "" {
		t.Errorf("SplitExt (-want +got):\n%s", diff)
	}
}

func TestMultiMemberGzip(t *testing.T) {
	var buf bytes.Buffer
	for _, part := range []string{"a,b\n", "1,2\n"} {
		w, _ := NewWriter(&buf, Gzip)
		w.Write([]byte(part))
		w.Close()
	}
	r, _ := NewReader(&buf, Gzip)
	out, err := io.ReadAll(r)
	if err != nil || string(out) != "a,b\n1,2\n" {
		t.Errorf("got %q, %v", out, err)
	}
}
