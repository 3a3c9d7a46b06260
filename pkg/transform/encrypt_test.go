package transform

import (
	"strings"
	"testing"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
	"github.com/google/go-cmp/cmp"
)

func keyOf(t *testing.T, hexByte string) *pseudo.Key {
	t.Helper()
	k, err := pseudo.ParseKey([]byte(strings.Repeat(hexByte, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestEncryptRoundTrip(t *testing.T) {
	ctx := NewContext(keyOf(t, "ab"))
	for _, tc := range []struct {
		name string
		op   Encrypt
		in   record.Value
	}{
		{"string", Encrypt{Namespace: "email"}, record.String("Ann@Example.com ")},
		{"number keeps its kind", Encrypt{Namespace: "id"}, record.Value{Kind: record.KindNumber, Str: "12.50"}},
		{"bool", Encrypt{Namespace: "flag"}, record.Value{Kind: record.KindBool, Str: "true"}},
		{"unicode", Encrypt{Namespace: "person"}, record.String("María José Fernández")},
		{"digits keep the layout", Encrypt{Namespace: "account", Format: EncryptDigits}, record.String("4346-4097")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tok, err := tc.op.Apply(ctx, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if tok.Str == tc.in.Str {
				t.Fatal("not encrypted")
			}
			again, _ := tc.op.Apply(ctx, tc.in)
			if again.Str != tok.Str {
				t.Error("not deterministic: equal values must give equal tokens")
			}
			if tc.op.Format == EncryptDigits && (len(tok.Str) != len(tc.in.Str) || tok.Str[4] != '-') {
				t.Errorf("digits token %q lost the layout", tok.Str)
			}
			back, err := (Decrypt{Enc: tc.op}).Apply(ctx, tok)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.in, back); diff != "" {
				t.Errorf("reveal (-want +got):\n%s", diff)
			}
			other := tc.op
			other.Namespace += "-other"
			if o, _ := other.Apply(ctx, tc.in); o.Str == tok.Str {
				t.Error("namespaces share tokens")
			}
		})
	}
	if _, err := (Encrypt{Format: EncryptDigits}).Apply(ctx, record.String("12-34")); err == nil {
		t.Error("FF1 accepted 4 digits")
	}
	// Another key: the token does not decrypt.
	tok, _ := Encrypt{Namespace: "email"}.Apply(ctx, record.String("ann@example.com"))
	if _, err := (Decrypt{Enc: Encrypt{Namespace: "email"}}).Apply(NewContext(keyOf(t, "cd")), tok); err != ErrNotToken {
		t.Errorf("another key: %v, want ErrNotToken", err)
	}
}

func TestErasureMatches(t *testing.T) {
	key := keyOf(t, "ab")
	ctx := NewContext(key)
	subjects := []string{" ANN@example.com"}
	for _, op := range []Operator{
		Pseudonymize{Kind: pseudo.KindEmail, Namespace: "email", Format: FormatEmail, Prefix: "u_"},
		Encrypt{Kind: pseudo.KindEmail, Namespace: "email"},
	} {
		match, ok := Erasure(op, key, subjects)
		if !ok {
			t.Fatalf("%T: no matcher", op)
		}
		ann, _ := op.Apply(ctx, record.String("ann@example.com"))
		bob, _ := op.Apply(ctx, record.String("bob@example.com"))
		if !match(ann) || match(bob) {
			t.Errorf("%T: ann %v, bob %v", op, match(ann), match(bob))
		}
	}
	if _, ok := Erasure(Mask{}, key, subjects); ok {
		t.Error("a mask cannot be matched")
	}
}

// TestNeedsKeyThroughScan: a plan whose only keyed operators are the
// entity operators of a scan still needs a key (before, such a run started
// without one and failed at the first detection).
func TestNeedsKeyThroughScan(t *testing.T) {
	sel, _ := ParseSelector("text")
	for _, op := range []Operator{Pseudonymize{Namespace: "email"}, Encrypt{Namespace: "email"}} {
		p, err := NewPlan(DefaultKeep, []FieldRule{{Selector: sel, Action: "scan", Op: Scan{Entities: map[string]Operator{"EMAIL": op}}}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !p.NeedsKey() {
			t.Errorf("%T inside scan: NeedsKey false", op)
		}
	}
}
