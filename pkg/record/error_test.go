package record

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrorHidesDataLikeNames(t *testing.T) {
	tests := []struct {
		field, want string
	}{
		{"messages[2].text", `in.jsonl:7: field "messages[2].text": invalid syntax`},
		{"by_email.jane.doe@example.com", `in.jsonl:7: field "*": invalid syntax`},
		{"emails[3].jane@example.com.seen", `in.jsonl:7: field "emails[3]*": invalid syntax`},
		{"calls.4155550132", `in.jsonl:7: field "calls.*": invalid syntax`},
		{"", `in.jsonl:7: invalid syntax`},
	}
	for _, tt := range tests {
		err := &ParseError{File: "in.jsonl", Line: 7, Field: tt.field, Err: ErrSyntax}
		if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if !errors.Is(err, ErrSyntax) {
			t.Error("ParseError does not wrap its cause")
		}
	}
}

func TestPathTokens(t *testing.T) {
	for _, p := range []string{"a", "a.b", "messages[].text", "m[][].x", "tags[]"} {
		if got := JoinTokens(PathTokens(p)); got != p {
			t.Errorf("JoinTokens(PathTokens(%q)) = %q", p, got)
		}
	}
	if diff := cmp.Diff([]string{"messages", "[]", "text"}, PathTokens("messages[].text")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
