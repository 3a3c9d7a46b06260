package transform_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/deidtool/deid/pkg/transform"
)

// TestPlanUnread checks which top-level fields a reader may leave unread:
// those the plan drops whole and nothing else reads.
func TestPlanUnread(t *testing.T) {
	tests := []struct {
		name, rules string
		unread      []string // of a, b, c, "d.e"
	}{
		{"default drop", "default: drop\nkeep: [a]\n", []string{"b", "c", "d.e"}},
		{"default keep", "default: keep\nfields:\n  - {name: b, action: drop}\n", []string{"b"}},
		{"default fail", "default: fail\nkeep: [a, c, d.e]\nfields:\n  - {name: b, action: drop}\n", []string{"b"}},
		{"operators are read", "default: keep\nfields:\n  - {name: b, action: mask}\n  - {name: c, action: scan}\n", nil},
		{"a rule inside the field", "default: drop\nkeep: [\"c[].x\", \"b.y\"]\n", []string{"a", "d.e"}},
		{"a glob", "default: keep\nfields:\n  - {name: \"?\", action: drop}\n", []string{"a", "b", "c"}},
		{"a row rule reads it", "default: drop\nkeep: [a]\nrows:\n  - drop_if: {field: b, equals: x}\n", []string{"c", "d.e"}},
		{"a date-shift subject", "default: drop\nfields:\n  - {name: a, action: generalize, to: date_shift, subject: b}\n", []string{"c", "d.e"}},
		{"a record value for scan", "default: drop\nfields:\n  - {name: a, action: scan}\nentities:\n  PERSON: {action: redact, from_fields: [c]}\n",
			[]string{"b", "d.e"}},
		{"risk", "default: drop\nkeep: [a]\nrisk:\n  quasi_identifiers: [a, b, d.e]\n  k: 2\n", []string{"c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := plan(t, tt.rules)
			var got []string
			for _, name := range []string{"a", "b", "c", "d.e"} {
				if p.Unread(name) {
					got = append(got, name)
				}
			}
			if diff := cmp.Diff(tt.unread, got); diff != "" {
				t.Errorf("unread (-want +got):\n%s", diff)
			}
		})
	}
}

// TestApplyOmitted: a field the reader left out counts as the same field
// dropped would; one the rules do not drop is an error.
func TestApplyOmitted(t *testing.T) {
	p := plan(t, "default: drop\nkeep: [a]\nfields:\n  - {name: b, action: drop}\n  - {name: never, action: drop}\n")
	whole, omitted := p.NewApplier(nil), p.NewApplier(nil)
	for _, line := range []string{`{"a":"1","b":"x","c":2}`, `{"a":"2","b":null,"c":{"x":1}}`} {
		if _, err := whole.Apply(parse(t, line)); err != nil {
			t.Fatal(err)
		}
		rec := parse(t, line)
		rec.Fields, rec.Omitted = rec.Fields[:1], []string{"b", "c"}
		if _, err := omitted.Apply(rec); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(parse(t, line).Fields[:1], rec.Fields); diff != "" {
			t.Errorf("record (-want +got):\n%s", diff)
		}
	}
	opt := cmpopts.IgnoreUnexported(transform.FieldStats{})
	if diff := cmp.Diff(whole.Stats().Sorted(), omitted.Stats().Sorted(), opt); diff != "" {
		t.Errorf("stats (-whole +omitted):\n%s", diff)
	}
	if diff := cmp.Diff([]bool{true, true, false}, omitted.Stats().RuleMatched); diff != "" {
		t.Errorf("rules matched (-want +got):\n%s", diff)
	}

	rec := parse(t, `{"b":"x"}`)
	rec.Fields, rec.Omitted = nil, []string{"a"}
	_, err := p.NewApplier(nil).Apply(rec)
	var fe *transform.FieldError
	if !errors.As(err, &fe) || fe.Path != "a" {
		t.Errorf("a kept field left out: err = %v, want a FieldError for a", err)
	}
}
