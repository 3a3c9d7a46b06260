package detect

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindValues(t *testing.T) {
	values := []Value{
		{Text: "María José Fernández", Entity: Person, Match: MatchName, Ref: 1},
		{Text: "maria.fernandez@correo.es", Entity: Email, Match: MatchExact, Ref: 2},
		{Text: "+34 612 345 678", Entity: Phone, Match: MatchDigits, Ref: 3},
		{Text: "Will Summers", Entity: Person, Match: MatchName, Ref: 4},
		{Text: "00412345", Entity: "ACCOUNT_NUMBER", Match: MatchDigits, Ref: 5},
	}
	text := "Hi, MARIA here (maria jose fernandez). Mail Maria.Fernandez@correo.es or 612-345-678. " +
		"Will you call? Yes, Will Summers will. Account 00412345, not 100412345678."
	var got []string
	for _, sp := range Resolve(FindValues(text, values, nil)) {
		got = append(got, text[sp.Start:sp.End]+"="+sp.Entity)
	}
	want := []string{
		"MARIA=PERSON", "maria jose fernandez=PERSON", "Maria.Fernandez@correo.es=EMAIL", "612-345-678=PHONE",
		"Will Summers=PERSON", "00412345=ACCOUNT_NUMBER",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
