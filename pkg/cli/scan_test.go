package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/detect"
)

// TestScanProfileInFileOrder profiles a file large enough to be split
// over several workers and checks every count against what was written,
// and the example lines against file order.
func TestScanProfileInFileOrder(t *testing.T) {
	dir := t.TempDir()
	const rows = 3000
	type want struct {
		records, values, emailValues, emailSpans, whole, times int64
		lines                                                  []int64
	}
	build := func(sample int) want {
		var w want
		for i := 1; i <= rows && (sample == 0 || i <= sample); i++ {
			w.records++
			w.values++ // text is never blank
			n := 0
			switch {
			case i%21 == 0:
				n, w.whole = 1, w.whole+1 // the value is an email, whole
			case i%49 == 0:
				n = 2
			case i%7 == 0:
				n = 1
			}
			if n > 0 {
				w.emailValues++
				w.emailSpans += int64(n)
				if len(w.lines) < 3 {
					w.lines = append(w.lines, int64(i))
				}
			}
			if i%2 == 0 {
				w.times++
			}
		}
		return w
	}
	var in strings.Builder
	for i := 1; i <= rows; i++ {
		text := "nothing to see"
		switch {
		case i%21 == 0:
			text = fmt.Sprintf("someone%d@example.com", i)
		case i%49 == 0:
			text = fmt.Sprintf("mail a%d@example.com or b%d@example.org", i, i)
		case i%7 == 0:
			text = fmt.Sprintf("mail someone%d@example.com today", i)
		}
		when := "soon"
		if i%2 == 0 {
			when = "2026-11-23T10:00:00Z"
		}
		fmt.Fprintf(&in, "{\"id\":%d,\"text\":%q,\"when\":%q,\"blank\":\"  \"}\n", i, text, when)
	}
	write(t, filepath.Join(dir, "in.jsonl"), in.String())
	s := detect.NewScanner(detect.Default(), nil)
	for _, sample := range []int{0, 1000} {
		o := &scanOptions{inputs: []string{filepath.Join(dir, "in.jsonl")}, sample: sample}
		rep, err := profileInputs(o, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		w := build(sample)
		var paths []string
		for _, fp := range rep.Fields {
			paths = append(paths, fp.Path)
		}
		if diff := cmp.Diff([]string{"id", "text", "when", "blank"}, paths); diff != "" {
			t.Errorf("sample %d: fields (-want +got):\n%s", sample, diff)
		}
		text, when, blank := rep.Fields[1], rep.Fields[2], rep.Fields[3]
		email := text.Entities[detect.Email]
		if email == nil {
			t.Fatalf("sample %d: no email found", sample)
		}
		got := want{records: rep.Records, values: text.Values, emailValues: email.Values, emailSpans: email.Spans,
			whole: text.whole[detect.Email], times: when.times, lines: email.Lines}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("sample %d: profile (-want +got):\n%s", sample, diff)
		}
		if blank.Values != 0 || rep.Found[detect.Email] != w.emailValues {
			t.Errorf("sample %d: blank values %d, emails found %d, want 0 and %d", sample, blank.Values, rep.Found[detect.Email], w.emailValues)
		}
	}
}
