package parquet

import (
	"errors"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/deidtool/deid/pkg/record"
	"github.com/google/go-cmp/cmp"
)

// TestOmit reads the fixture with top-level fields left unread: each record
// is the full record without them, and names them in Omitted.
func TestOmit(t *testing.T) {
	path := writeFixture(t, fixtureTickets())
	full := readAll(t, openFile(t, path))
	all := []string{"id", "small", "customer_email", "notes", "opened", "opened_ns", "day", "amount",
		"score", "ratio", "flag", "legacy_ts", "blob", "tags", "messages", "attrs", "bare"}
	tests := []struct {
		name string
		omit []string
		want []string // Omitted
	}{
		{"none", nil, nil},
		{"scalars and containers", []string{"notes", "messages", "attrs", "bare"}, []string{"notes", "messages", "attrs", "bare"}},
		{"a name not in the file", []string{"nope", "blob"}, []string{"blob"}},
		// every field: the first is read all the same, to count the rows
		{"all", all, all[1:]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openFile(t, path)
			got := r.Omit(func(name string) bool { return slices.Contains(tt.omit, name) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Omit (-want +got):\n%s", diff)
			}
			recs := readAll(t, r)
			if len(recs) != len(full) {
				t.Fatalf("%d records, want %d", len(recs), len(full))
			}
			for i, rec := range recs {
				want := &record.Record{Line: full[i].Line, Omitted: tt.want}
				for _, f := range full[i].Fields {
					if !slices.Contains(tt.want, f.Name) {
						want.Fields = append(want.Fields, f)
					}
				}
				if diff := cmp.Diff(want, rec); diff != "" {
					t.Errorf("record %d (-want +got):\n%s", i+1, diff)
				}
			}
		})
	}
}

// TestOmittedColumnsAreNotRead overwrites the pages of one column with
// garbage: the file fails to read, unless that column is left unread.
func TestOmittedColumnsAreNotRead(t *testing.T) {
	path := writeFixture(t, fixtureTickets())
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := openFile(t, path)
	col := -1
	for i, c := range r.file.Schema().Columns() {
		if len(c) == 1 && c[0] == "notes" {
			col = i
		}
	}
	if col < 0 {
		t.Fatal("no notes column")
	}
	for _, rg := range r.file.Metadata().RowGroups {
		m := rg.Columns[col].MetaData
		start := m.DataPageOffset
		if m.DictionaryPageOffset > 0 && m.DictionaryPageOffset < start {
			start = m.DictionaryPageOffset
		}
		for i := start; i < start+m.TotalCompressedSize; i++ {
			data[i] = 0xff
		}
	}
	bad := path + ".bad"
	if err := os.WriteFile(bad, data, 0o644); err != nil {
		t.Fatal(err)
	}
	read := func(omit bool) error {
		r := openFile(t, bad)
		if omit {
			r.Omit(func(name string) bool { return name == "notes" })
		}
		defer r.Close()
		for {
			if _, err := r.Read(); err != nil {
				if errors.Is(err, io.EOF) {
					return nil
				}
				return err
			}
		}
	}
	if err := read(false); err == nil {
		t.Fatal("the garbled column read without an error: the test corrupts nothing")
	}
	if err := read(true); err != nil {
		t.Fatalf("with notes left unread: %v", err)
	}
}
