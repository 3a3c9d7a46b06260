package transform_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/deidtool/deid/pkg/format/jsonl"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/rules"
	"github.com/deidtool/deid/pkg/transform"
)

func plan(t *testing.T, yaml string) *transform.Plan {
	t.Helper()
	f, err := rules.Parse("test.yaml", []byte("version: 1\n"+yaml))
	if err != nil {
		t.Fatal(err)
	}
	return f.Plan
}

func parse(t *testing.T, line string) *record.Record {
	t.Helper()
	rec, err := jsonl.NewReader(strings.NewReader(line), jsonl.ReaderOptions{}).Read()
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func key(t *testing.T) *pseudo.Key {
	k, err := pseudo.ParseKey(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestApply(t *testing.T) {
	tests := []struct {
		name  string
		rules string
		in    string
		want  string // JSON of the output record, "" when the row is dropped
	}{
		{
			name:  "default drop keeps only named leaves of a list of maps",
			rules: "default: drop\nkeep: [id, \"messages[].role\"]\n",
			in:    `{"id":7,"secret":"x","messages":[{"role":"agent","text":"hi","ts":1},{"role":"customer"}],"empty":[]}`,
			want:  `{"id":7,"messages":[{"role":"agent"},{"role":"customer"}]}`,
		},
		{
			name:  "kept values keep their exact encoding",
			rules: "default: keep\n",
			in:    `{"big":12345678901234567890123,"f":1.50,"e":1E+2,"s":"caf\u00e9\n","n":null,"b":false,"deep":{"a":[1,[2,{"b":"c"}]]}}`,
			want:  `{"big":12345678901234567890123,"f":1.50,"e":1E+2,"s":"caf\u00e9\n","n":null,"b":false,"deep":{"a":[1,[2,{"b":"c"}]]}}`,
		},
		{
			name:  "glob applies, exact rule wins over glob",
			rules: "default: keep\nfields:\n  - {name: \"*_email\", action: redact}\n  - {name: agent_email, action: keep}\n",
			in:    `{"customer_email":"a@b.c","agent_email":"d@e.f","other":"x"}`,
			want:  `{"customer_email":"[REDACTED]","agent_email":"d@e.f","other":"x"}`,
		},
		{
			name:  "operator on a list applies to every element",
			rules: "default: drop\nfields:\n  - {name: tags, action: mask, keep_first: 1}\n",
			in:    `{"tags":["alpha","beta",null]}`,
			want:  `{"tags":["a****","b***",null]}`,
		},
		{
			name:  "exact rule inside a glob-matched map; siblings follow the glob",
			rules: "default: keep\nfields:\n  - {name: \"cust*\", action: drop}\n  - {name: customer.zip, action: generalize, to: postcode, keep_chars: 2}\n",
			in:    `{"customer":{"name":"Ann","zip":"94107"},"custom":"x","id":1}`,
			want:  `{"customer":{"zip":"94"},"id":1}`,
		},
		{
			name:  "empty values pass every operator untouched",
			rules: "default: drop\nfields:\n  - {name: t, action: generalize, to: day}\n  - {name: e, action: pseudonymize, kind: email}\n",
			in:    `{"t":"","e":" "}`,
			want:  `{"t":"","e":" "}`,
		},
		{
			name:  "redact to null",
			rules: "default: drop\nfields:\n  - {name: phone, action: redact, with: \"null\"}\n",
			in:    `{"phone":"+1 415 555 0100"}`,
			want:  `{"phone":null}`,
		},
		{
			name:  "row rule drops a record without consent",
			rules: "default: keep\nrows:\n  - drop_if: {field: consent, not_equals: \"yes\"}\n",
			in:    `{"consent":"no","x":1}`,
			want:  "",
		},
		{
			name:  "row rule on a missing field",
			rules: "default: keep\nrows:\n  - drop_if: {field: consent, not_equals: \"yes\"}\n",
			in:    `{"x":1}`,
			want:  "",
		},
		{
			name:  "row rule on a nested field keeps matching rows",
			rules: "default: keep\nrows:\n  - drop_if: {field: meta.lang, not_in: [en, de], ignore_case: true}\n",
			in:    `{"meta":{"lang":"EN"}}`,
			want:  `{"meta":{"lang":"EN"}}`,
		},
		{
			name:  "a scalar where rules expect a list falls back to the default",
			rules: "default: drop\nkeep: [\"messages[].role\", id]\n",
			in:    `{"messages":"not a list","id":1}`,
			want:  `{"id":1}`,
		},
		{
			name:  "top-level name with a dot matches literally",
			rules: "default: drop\nkeep: [customer.email]\n",
			in:    `{"customer.email":"kept-as-named","other":1}`,
			want:  `{"customer.email":"kept-as-named"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := plan(t, tt.rules).NewApplier(key(t))
			rec := parse(t, tt.in)
			keep, err := a.Apply(rec)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if keep {
				got = string(record.AppendJSONObject(nil, rec.Fields))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestApplyDefaultFail(t *testing.T) {
	a := plan(t, "default: fail\nkeep: [id, \"messages[].role\"]\n").NewApplier(nil)
	_, err := a.Apply(parse(t, `{"id":1,"messages":[{"role":"a","text":"SECRET-CANARY"}]}`))
	var fe *transform.FieldError
	if !errors.As(err, &fe) || !errors.Is(err, record.ErrUnexpectedField) {
		t.Fatalf("err = %v, want a FieldError wrapping ErrUnexpectedField", err)
	}
	if fe.Path != "messages[].text" {
		t.Errorf("path = %q, want messages[].text", fe.Path)
	}
	if strings.Contains(err.Error(), "CANARY") {
		t.Errorf("error holds the value: %v", err)
	}
}

func TestApplyStats(t *testing.T) {
	p := plan(t, "default: drop\nkeep: [a]\nfields:\n  - {name: b, action: mask}\nrows:\n  - drop_if: {field: a, equals: \"skip\"}\n    reason: test rows\n")
	a := p.NewApplier(nil)
	for _, line := range []string{`{"a":"1","b":"xy","c":1}`, `{"a":"skip","b":"z"}`, `{"a":null,"b":null}`, `{"a":"2","b":"**"}`} {
		if _, err := a.Apply(parse(t, line)); err != nil {
			t.Fatal(err)
		}
	}
	want := []transform.FieldStats{
		{Path: "a", Action: "keep", Rule: "a", Values: 2, Nulls: 1, Types: []string{"null", "string"}},
		{Path: "b", Action: "mask", Rule: "b", Values: 2, Nulls: 1, Changed: 1, Types: []string{"null", "string"}},
		{Path: "c", Action: "drop (default)", Dropped: 1},
	}
	if diff := cmp.Diff(want, a.Stats().Sorted(), cmpopts.IgnoreUnexported(transform.FieldStats{})); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int64{1}, a.Stats().RowsDropped); diff != "" {
		t.Errorf("rows dropped (-want +got):\n%s", diff)
	}
}

func TestColumns(t *testing.T) {
	p := plan(t, "default: drop\nkeep: [a, \"x*\"]\nfields:\n  - {name: b, action: drop}\n  - {name: never, action: keep}\n")
	matched := make([]bool, len(p.Fields))
	got, err := p.Columns([]string{"a", "b", "c", "xy"}, matched)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a", "xy"}, got); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]bool{true, true, true, false}, matched); diff != "" {
		t.Errorf("matched (-want +got):\n%s", diff)
	}
	pf := plan(t, "default: fail\nkeep: [a]\n")
	if _, err := pf.Columns([]string{"a", "new_col"}, make([]bool, 1)); !errors.Is(err, record.ErrUnexpectedField) {
		t.Errorf("default fail: err = %v", err)
	}
}

func TestDataKeysStayOutOfCountsAndErrors(t *testing.T) {
	p := plan(t, "default: fail\nkeep: [id]\n")
	a := p.NewApplier(nil)
	_, err := a.Apply(parse(t, `{"id":1,"by_email":{"jane.doe@example.com":1}}`))
	if err == nil || strings.Contains(err.Error(), "jane") {
		t.Fatalf("err = %v", err)
	}
	a = plan(t, "default: drop\nkeep: [id, m.k1]\n").NewApplier(nil)
	var b strings.Builder
	b.WriteString(`{"id":1,"m":{`)
	for i := range 3000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":1`, i)
	}
	b.WriteString(`,"jane.doe@example.com":2,"4155550132":3}}`)
	if _, err := a.Apply(parse(t, b.String())); err != nil {
		t.Fatal(err)
	}
	if n := len(a.Stats().Fields); n > 1100 {
		t.Errorf("%d field paths counted; the cache must stay bounded", n)
	}
	for path := range a.Stats().Fields {
		if strings.Contains(path, "jane") || strings.Contains(path, "4155550132") {
			t.Errorf("data key in counts: %q", path)
		}
	}
	if _, ok := a.Stats().Fields["m.*"]; !ok {
		t.Error(`overflow keys are not counted under "m.*"`)
	}
}

// TestKnownTokensPerRecord runs records through one Applier, as a worker
// does: a known value's token, made once per record, must be the token its
// field gets, at every mention, and must not carry over to the next
// record, whose values differ.
func TestKnownTokensPerRecord(t *testing.T) {
	rules := `default: drop
fields:
  - {name: name, action: pseudonymize, kind: name, namespace: person}
  - {name: email, action: pseudonymize, kind: email, namespace: email}
  - {name: text, action: scan}
entities:
  PERSON: {action: pseudonymize, kind: name, namespace: person, from_fields: [name]}
  EMAIL: {action: pseudonymize, kind: email, namespace: email}
`
	a := plan(t, rules).NewApplier(key(t))
	// the token's hex digits, which field and span tokens share
	fieldToken := func(kind pseudo.Kind, ns, v string) string {
		out, err := transform.Pseudonymize{Kind: kind, Namespace: ns}.Apply(transform.NewContext(key(t)), record.String(v))
		if err != nil {
			t.Fatal(err)
		}
		return out.Str
	}
	spanToken := func(entity, tok string) string { return "<" + entity + "_" + tok + ">" }
	for _, c := range []struct{ name, email string }{
		{"Ann Lee", "ann@x.org"}, {"Bo Park", "bo@y.net"}, {"Ann Lee", "ann@x.org"}, {"Cy Diaz", "cy@z.io"},
	} {
		in := fmt.Sprintf(`{"name":%q,"email":%q,"text":"I am %s. Mail %s, or %s. Thanks, %s"}`,
			c.name, c.email, c.name, c.email, c.email, c.name)
		rec := parse(t, in)
		if _, err := a.Apply(rec); err != nil {
			t.Fatal(err)
		}
		name, email := fieldToken(pseudo.KindName, "person", c.name), fieldToken(pseudo.KindEmail, "email", c.email)
		// the rule file's defaults: a "person_" prefix, email-shaped email tokens
		want := fmt.Sprintf(`{"name":%q,"email":%q,"text":"I am %s. Mail %s, or %s. Thanks, %s"}`,
			"person_"+name, "u_"+email+"@example.invalid",
			spanToken("PERSON", name), spanToken("EMAIL", email), spanToken("EMAIL", email), spanToken("PERSON", name))
		if diff := cmp.Diff(want, string(record.AppendJSONObject(nil, rec.Fields))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
