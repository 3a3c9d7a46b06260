package detect

import "strings"

// Names under a key in a pasted payload: JSON ("name": "Jane Doe"), YAML
// (contact_name: Marco Bellini), a query string (first_name=Aiyana), a
// log line's or an export's key=value (first_name=Hedy; last_name=Lamarr)
// or XML (<fullName>Tomasz Nowak</fullName>). A form's label with a colon
// ("Name: Jane Doe") is the person cues' (personCues, label); these keys
// are glued to quotes, underscores and brackets, which that reader does
// not read past.

// keyNameWords are the keys' last words: the lexer splits "first_name" at
// the underscore, and keeps "fullName" whole.
var keyNameWords = newKeywords("name", "fullname", "firstname", "lastname", "surname", "givenname", "familyname",
	"middlename", "displayname", "contactname", "customername")

// keyNameOwners are what may stand before "name" in a person's key
// ("first_name", "contact_name"); "file_name", "product_name" and
// "user_name" (a login) name no one.
var keyNameOwners = map[string]bool{"": true, "first": true, "last": true, "full": true, "given": true, "family": true,
	"middle": true, "maiden": true, "legal": true, "contact": true, "customer": true, "client": true, "patient": true,
	"guest": true, "display": true, "holder": true, "cardholder": true, "recipient": true, "sender": true,
	"owner": true, "agent": true, "caller": true, "employee": true, "member": true, "applicant": true, "spouse": true,
	"parent": true, "guardian": true, "billing": true, "shipping": true, "person": true, "sur": true}

// findKeyedNames flags the value of a person's name key in a pasted
// payload: one to four words of letters (hyphens and apostrophes inside),
// no stop word first, in capitals or not.
func findKeyedNames(t *Text, dst []Span) []Span {
	s := t.S
	for _, h32 := range keywordHits(t, keyNameWords) {
		h := int(h32)
		e := h
		for e < len(s) && isAlpha(s[e]) {
			e++
		}
		// the key's start: letters and underscores back ("contact_name")
		k := h
		for k > 0 && h-k < 24 && (isAlpha(s[k-1]) || s[k-1] == '_') {
			k--
		}
		owner := strings.Trim(t.Lower[k:h], "_")
		if !keyNameOwners[owner] && !keyNameOwners[t.Lower[k:e-4]] {
			continue
		}
		if k > 0 && strings.IndexByte("\"'<&?{, \t\n;|", s[k-1]) < 0 {
			continue
		}
		a, b := keyedValue(s, k, e)
		if b <= a || owner == "" && e-h == 4 && (!peopleKeysNear(t.Lower, k) || s[e] == '=') {
			// (name=build-42, <edit name="bar">: a thing's; the key=value
			// reader takes a person's key only: first_name=…)
			continue // ({"name": "Nest Thermostat", "sku": …}: a product's)
		}
		if a, b = trimNotNames(t, a, b); b-a >= 2 && nameWords(s[a:b]) && !orgWords[strings.ToLower(lastWord(s[a:b]))] {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// keyedValue returns the bounds of the value of the key s[k:e], as JSON,
// YAML, a query string or XML writes it, or 0, 0 when there is none.
func keyedValue(s string, k, e int) (int, int) {
	switch {
	case k > 0 && (s[k-1] == '"' || s[k-1] == '\'') && e < len(s) && s[e] == s[k-1]:
		// JSON: "name": "Jane Doe"
		q := s[e]
		i := skipBlank(s, e+1)
		if i >= len(s) || s[i] != ':' {
			return 0, 0
		}
		i = skipBlank(s, i+1)
		if i >= len(s) || s[i] != q {
			return 0, 0
		}
		j := strings.IndexByte(s[i+1:min(len(s), i+1+64)], q)
		if j < 0 {
			return 0, 0
		}
		return i + 1, i + 1 + j
	case k > 1 && s[k-1] == '"' && s[k-2] == '\\' && e+1 < len(s) && s[e] == '\\' && s[e+1] == '"':
		// JSON inside a JSON string: {\"name\": \"Jane Doe\"}
		i := skipBlank(s, e+2)
		if i >= len(s) || s[i] != ':' {
			return 0, 0
		}
		i = skipBlank(s, i+1)
		if !strings.HasPrefix(s[i:], `\"`) {
			return 0, 0
		}
		j := strings.Index(s[i+2:min(len(s), i+2+64)], `\"`)
		if j < 0 {
			return 0, 0
		}
		return i + 2, i + 2 + j
	case k > 0 && s[k-1] == '<' && e < len(s) && s[e] == '>':
		// XML: <fullName>Tomasz Nowak</fullName>
		j := strings.IndexByte(s[e+1:min(len(s), e+1+64)], '<')
		if j < 0 || !strings.HasPrefix(s[e+1+j:], "</") {
			return 0, 0
		}
		return e + 1, e + 1 + j
	case k > 0 && (s[k-1] == '&' || s[k-1] == '?') && e < len(s) && s[e] == '=':
		// a query string: first_name=Aiyana&last_name=…
		j := e + 1
		for j < len(s) && j-e < 64 && s[j] != '&' && s[j] != '#' && !isSpace(s[j]) {
			j++
		}
		return e + 1, j
	case e+1 < len(s) && s[e] == '=' && s[e+1] != '=' && s[e+1] != ' ':
		// key=value, as a log line or a CRM's export writes it:
		// first_name=Hedy; last_name=Lamarr, contact_name="Ada Byron"
		i := e + 1
		if s[i] == '"' || s[i] == '\'' {
			j := strings.IndexByte(s[i+1:min(len(s), i+1+64)], s[i])
			if j < 0 {
				return 0, 0
			}
			return i + 1, i + 1 + j
		}
		j := i
		for j < len(s) && j-i < 64 && strings.IndexByte(";&,|#)}]", s[j]) < 0 && !isSpace(s[j]) {
			j++
		}
		return i, j
	case e+1 < len(s) && s[e] == ':' && s[e+1] == ' ' && strings.IndexByte(s[k:e], '_') > 0 && turnOpens(s, k):
		// YAML: contact_name: Marco Bellini (a key with an underscore,
		// opening its line; "Name:" alone is a form's label)
		i := skipBlank(s, e+1)
		j := i
		for j < len(s) && j-i < 64 && s[j] != '\n' && s[j] != '\r' && s[j] != '#' {
			j++
		}
		for j > i && s[j-1] == ' ' {
			j--
		}
		if i < len(s) && (s[i] == '"' || s[i] == '\'') && j > i+1 && s[j-1] == s[i] {
			i, j = i+1, j-1
		}
		return i, j
	}
	return 0, 0
}

// nameWords reports whether v is one to four words of letters (a '+'
// of a query string, a space, a hyphen or an apostrophe apart), the first
// no stop word.
func nameWords(v string) bool {
	words, inWord := 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isAlpha(c) || c >= 0x80:
			if !inWord {
				words++
				inWord = true
			}
		case c == ' ' || c == '+':
			inWord = false
		case c == '-' || c == '\'' || c == '.':
		default:
			return false
		}
	}
	first := v
	if i := strings.IndexAny(v, " +"); i > 0 {
		first = v[:i]
	}
	return words >= 1 && words <= 4 && !lowerStops[strings.ToLower(first)]
}

// peopleKeysNear reports whether a key that says the object is a
// person's stands within 120 bytes of i: a bare "name" key names a
// product as often as a person.
func peopleKeysNear(lower string, i int) bool {
	w := lower[max(0, i-120):min(len(lower), i+120)]
	for _, k := range [...]string{"email", "phone", "mobile", "dob", "birth", "address", "customer", "user", "contact",
		"ssn", "gender", "first_name", "last_name", "firstname", "lastname", "surname", "patient", "passport"} {
		if strings.Contains(w, k) {
			return true
		}
	}
	return false
}

// lastWord returns the last word of v, spaces or a query's '+' apart.
func lastWord(v string) string {
	return v[strings.LastIndexAny(v, " +")+1:]
}
