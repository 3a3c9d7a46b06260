package detect

import (
	"strings"

	"github.com/deidtool/deid/pkg/numwords"
)

// Names given as the answer to a question for them. An agent asks "May I
// have your full name?" and the customer's next line holds the name alone:
//
//	Agent: Who am I speaking with?
//	Customer: Ji-woo Park
//
// No cue stands before that name, and a name alone on a chat line cannot
// be read as one in general: most chat lines start with a capitalised
// label and a capitalised word. So the reader starts from the question,
// which is rare, and reads only the line after it. A password or a PIN
// given as an answer is read the same way (findSecretAnswers), and a name
// said before "is my name" (findNamesBeforeMyName).

// nameAsks are the words of a question for someone's name. The nouns
// need an owner before them ("your name", "su nombre"); the verbs need a
// question word in the sentence ("who am I speaking with", "¿cómo se
// llama?").
var nameAsks = newKeywords("name", "surname", "nombre", "apellido", "nom", "nome", "naam",
	"speaking", "calling", "llama", "llamas", "appelez", "appelles", "chiama", "chiami", "heißen", "heissen", "heißt", "heisst")

// nameAskVerbs are the nameAsks that need a question word before them.
var nameAskVerbs = map[string]bool{"speaking": true, "calling": true, "llama": true, "llamas": true, "appelez": true,
	"appelles": true, "chiama": true, "chiami": true, "heißen": true, "heissen": true, "heißt": true, "heisst": true}

// nameAskOwners stand before a name noun that asks for the reader's name:
// "your full name", "the name on the account" is read by nameAskedAt.
var nameAskOwners = map[string]bool{"your": true, "ur": true, "yr": true, "full": true, "first": true, "last": true,
	"given": true, "family": true, "middle": true, "legal": true, "complete": true, "real": true, "su": true, "tu": true,
	"votre": true, "ton": true, "seu": true, "sua": true, "suo": true, "tuo": true, "ihr": true, "ihren": true,
	"dein": true, "deinen": true, "uw": true, "je": true, "jouw": true, "caller's": true, "cardholder's": true}

// nameAskWho are the question words a nameAskVerbs needs before it.
var nameAskWho = []string{"who", "whom", "cómo", "como", "comment", "come", "wie"}

// answerLeads may open an answer before the name: "sure, it's Ji-woo".
var answerLeads = []string{"sure", "yes", "yeah", "yep", "ok", "okay", "certainly", "of course", "it's", "it’s", "its",
	"it is", "this is", "i'm", "i’m", "im", "i am", "sí", "si", "oui", "ja", "sim"}

// findNameAnswers flags the name that answers a question for it on the
// next line, after the line's speaker label: capitalised, one to four
// words ending the line or its sentence; or in lower case, a listed first
// name alone or two or three words none of which is a stop word.
func findNameAnswers(t *Text, dst []Span) []Span {
	s := t.S
	nl, answered := -1, -1 // the end of the hit's line; of the last line answered
	for _, h32 := range keywordHits(t, nameAsks) {
		h := int(h32)
		if h > nl {
			k := strings.IndexByte(s[h:], '\n')
			if k < 0 {
				break // the last line: no answer after it
			}
			nl = h + k
		}
		if nl == answered || !nameAskedAt(t, h, nl) {
			continue
		}
		answered = nl
		if a, b, ok := answerName(t, nl+1); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// findNamesBeforeMyName flags the name said before "is my name": a
// capitalised one to four words, then "is my name", "is my full name",
// "es mi nombre", "est mon nom", "ist mein Name" ("Oluwadamilare Adeyemi
// is my legal name").
func findNamesBeforeMyName(t *Text, dst []Span) []Span {
	s, lower := t.S, t.Lower
	for _, h32 := range keywordHits(t, nameAsks) {
		h := int(h32)
		if h < 8 || lower[h:min(len(lower), h+4)] != "name" && lower[h:min(len(lower), h+3)] != "nom" && !strings.HasPrefix(lower[h:], "nombre") {
			continue
		}
		// back over an adjective, the owner and the verb
		k := h - 1
		if k < 0 || s[k] != ' ' {
			continue
		}
		w := wordBefore(t, h)
		if nameAdjectives[w] {
			k -= len(w) + 1 // "full", "legal", "first" …
			w = wordBefore(t, k+1)
		}
		switch w {
		case "my", "mi", "mon", "mein":
		default:
			continue
		}
		k -= len(w) + 1
		verb := wordBefore(t, k+1)
		switch verb {
		case "is", "es", "est", "ist":
		default:
			continue
		}
		e := k + 1 - len(verb) - 1 // the end of the word before the verb
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		if e <= 0 || !isAlpha(s[e-1]) && s[e-1] < 0x80 {
			continue
		}
		a, b, words := nameBefore(t, e+1)
		if words == 0 || b != e || !clauseOpens(s, a) {
			continue // ("The Email Address is my name at …": no name opens the clause)
		}
		if a, b = trimNotNames(t, a, b); b-a >= 2 {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// nameAdjectives may stand between "my" and "name": "my legal name".
var nameAdjectives = map[string]bool{"full": true, "first": true, "last": true, "given": true, "family": true,
	"middle": true, "legal": true, "complete": true, "real": true}

// clauseOpens reports whether i opens a clause: only blanks between it
// and the text's start, a line break or a punctuation mark.
func clauseOpens(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || strings.IndexByte("\n:,.!?(\"", s[i-1]) >= 0
}

// nameAskedAt reports whether the nameAsks word at h asks for a person's
// name, in a question that ends the sentence before the line end nl.
func nameAskedAt(t *Text, h, nl int) bool {
	s, lower := t.S, t.Lower
	e := h
	for e < nl && wordByte(s[e]) || e < nl && s[e] == '\'' {
		e++
	}
	// the question mark, in the word's sentence and line
	q := h
	for q < nl && s[q] != '?' && s[q] != '.' && s[q] != '!' && q-h < 80 {
		q++
	}
	if q == nl || s[q] != '?' {
		if q != nl || strings.TrimRight(s[e:nl], " \t\r") != ":" {
			return false // no question; a prompt ending in a colon will do ("Full name:")
		}
	}
	word := lower[h:e]
	if nameAskVerbs[word] {
		// the question word, in the sentence before the verb
		from := h
		for from > 0 && h-from < 60 && strings.IndexByte(".?!\n", s[from-1]) < 0 {
			from--
		}
		for from > 0 && s[from] >= 0x80 && s[from] < 0xC0 {
			from-- // not inside a character
		}
		for _, w := range nameAskWho {
			if containsWord(lower[from:h], w) {
				return true
			}
		}
		return false
	}
	before := wordBefore(t, h)
	if nameAskOwners[before] {
		return true
	}
	// "the name on the account?", "what name is the booking under?"
	rest := lower[e:min(q, nl)]
	return strings.HasPrefix(rest, " on the ") || strings.HasPrefix(rest, " on your ") ||
		(before == "what" || before == "which") && (strings.Contains(rest, " under") || strings.Contains(rest, "account"))
}

// answerName reads the answer line that starts at i: blank lines, a
// timestamp and a speaker label ("Customer:") skipped, then a name.
func answerName(t *Text, i int) (int, int, bool) {
	s := t.S
	j, _ := answerStart(t, i)
	if j >= len(s) {
		return 0, 0, false
	}
	if e := nameLineAt(s, j); e > 0 {
		if !answerEnds(s, e) {
			return 0, 0, false
		}
		a, b := trimNotNames(t, j, e)
		if b-a < 2 {
			return 0, 0, false
		}
		// a single word that is a word of the language: "Sure.", "Why?"
		if strings.IndexByte(s[a:b], ' ') < 0 {
			if w := t.Lower[a:b]; lowerStops[w] && !commonWords[w] {
				return 0, 0, false
			}
		}
		return a, b, true
	}
	// in lower case: a listed first name, or two or three words of no
	// stop word
	e, words := j, 0
	for words < 3 {
		f := lowerWordAt(s, e)
		if f < 0 || f-e < 2 || lowerStops[s[e:f]] && !commonWords[s[e:f]] {
			return 0, 0, false
		}
		e, words = f, words+1
		if e+1 < len(s) && s[e] == ' ' && s[e+1] >= 'a' && s[e+1] <= 'z' {
			e++
			continue
		}
		break
	}
	if !answerEnds(s, e) || words == 1 && !listedLower(t, j, e) {
		return 0, 0, false
	}
	return j, e, true
}

// answerStart returns where the answer that starts at i begins: one blank
// line, a timestamp ("[10:02]"), a speaker label ("Customer:") and leads
// ("sure, it's") skipped; and whether a speaker label was.
func answerStart(t *Text, i int) (int, bool) {
	s := t.S
	j := i
	for k := 0; k < 2; k++ { // one blank line at most
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if k == 0 && j < len(s) && s[j] == '\n' {
			j++
			continue
		}
		break
	}
	if j < len(s) && (s[j] == '[' || s[j] == '(') { // "[10:02] "
		if k := strings.IndexAny(s[j:min(len(s), j+28)], "])"); k > 0 {
			j = skipBlank(s, j+k+1)
		}
	}
	// the speaker label: a few words and a colon
	k, label := j, false
	for k < len(s) && k-j < 32 && (isAlnum(s[k]) || s[k] == ' ' || s[k] == '_' || s[k] == '.' || s[k] >= 0x80) {
		k++
	}
	if k > j && k < len(s) && s[k] == ':' && (k+1 == len(s) || s[k+1] == ' ' || s[k+1] == '\t') {
		j, label = skipBlank(s, k+1), true
	}
	// "sure, it's …"
	for n := 0; n < 2; n++ {
		lead := ""
		for _, w := range answerLeads {
			if strings.HasPrefix(t.Lower[j:], w) && !letterAfter(t.Lower, j+len(w)) {
				lead = w
				break
			}
		}
		if lead == "" {
			break
		}
		j += len(lead)
		if j < len(s) && s[j] == ',' {
			j++
		}
		j = skipBlank(s, j)
	}
	return j, label
}

// findSecretAnswers flags a password or a PIN given as the answer to a
// question for it:
//
//	Agent: Can you confirm the PIN on the account?
//	Customer: 4821
//
// on the next line, or after the question on its line ("what's your PIN?
// Customer: 4821", as a speech recognizer joins turns), after a speaker
// label either way. The answer is one token ending the answer: four
// to eight digits, or a made-up value with a letter (strongPassword), so
// "yes", "12 characters" and a date are none.
func findSecretAnswers(t *Text, dst []Span) []Span {
	s := t.S
	answered := -1 // where the last question asked ended
	for _, h32 := range keywordHits(t, passwordWords) {
		h := int(h32)
		if h < answered || h > 0 && (s[h-1] == '_' || s[h-1] == '-' || s[h-1] == '.') {
			continue // DB_PASSWORD=…: a setting, read by passwordAt
		}
		// the question mark, in the word's sentence and line; or, where a
		// speech recognizer wrote no punctuation, the next speaker's
		// label ("and the account pin customer: it's …")
		q := h
		for q < len(s) && q-h < 80 && strings.IndexByte("?.!\n:", s[q]) < 0 {
			q++
		}
		if q == len(s) || s[q] != '?' && (s[q] != ':' || !speakerLabelBefore(t.Lower, q)) && (s[q] != '\n' || !lineEndsWord(s, h, q)) {
			continue // (a line ending in the word asks too: "agent: what's your pin")
		}
		answered = q
		from := q + 1
		if s[q] == ':' {
			from = wordStart(s, q) // the label, read again by answerStart
		}
		if nl := strings.IndexByte(s[q:min(len(s), q+4)], '\n'); nl >= 0 || strings.TrimRight(s[q+1:min(len(s), q+3)], " \t\r") == "" {
			if nl < 0 {
				continue
			}
			from = q + nl + 1
		}
		j, label := answerStart(t, from)
		if j >= len(s) || !label {
			continue // no speaker answers: "What's your PIN? I can reset it.", a manual's next line
		}
		if a, b := spokenPIN(t, j); b > a {
			dst = append(dst, Span{Start: a, End: b, Entity: Password, Priority: prioSecret})
			continue
		}
		a, b, ok := passwordValue(s, j)
		if !ok {
			continue
		}
		v := strings.TrimRight(s[a:b], ".,;?)") // a "!" may be the password's
		b = a + len(v)
		if !answerEnds(s, b) && !(b < len(s) && strings.IndexByte(".!?", s[b]) >= 0) {
			continue
		}
		digits := allDigits(v)
		if digits && len(v) >= 4 && len(v) <= 8 || !digits && hasLetter(v) && strongPassword(v) {
			dst = append(dst, Span{Start: a, End: b, Entity: Password, Priority: prioSecret})
		}
	}
	return dst
}

// lineEndsWord reports whether the word at h ends the line that ends at q,
// blanks apart.
func lineEndsWord(s string, h, q int) bool {
	e := h
	for e < q && isAlpha(s[e]) {
		e++
	}
	return strings.TrimRight(s[e:q], " \t\r") == ""
}

// speakerWords label a customer's turn in a transcript.
var speakerWords = map[string]bool{"customer": true, "caller": true, "client": true, "user": true, "member": true,
	"patient": true, "guest": true}

// speakerLabelBefore reports whether the colon at q ends a customer's
// speaker label ("customer:").
func speakerLabelBefore(lower string, q int) bool {
	a := q
	for a > 0 && isLower(lower[a-1]) {
		a--
	}
	return speakerWords[lower[a:q]] && (a == 0 || lower[a-1] == ' ')
}

// spokenPIN returns the bounds of four to eight digits said as words at
// j that end the answer ("four eight two one"), or j, j.
func spokenPIN(t *Text, j int) (int, int) {
	s, e, n := t.S, j, 0 // e: the end of the last digit word
	for i := j; n < 8; {
		k := i
		for k < len(s) && isAlpha(s[k]) {
			k++
		}
		if k == i || numwords.Digit(t.Lower[i:k]) == 0 {
			break
		}
		e, n = k, n+1
		if k+1 >= len(s) || s[k] != ' ' {
			break
		}
		i = k + 1
	}
	if n < 4 || e < len(s) && isAlpha(s[e]) || !answerEnds(s, e) {
		return j, j
	}
	return j, e
}

// hasLetter reports whether s holds an ASCII letter.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlpha(s[i]) {
			return true
		}
	}
	return false
}

// answerEnds reports whether an answer's name ending at e ends its line or
// its sentence (".", "!", ",").
func answerEnds(s string, e int) bool {
	k := skipBlank(s, e)
	return k == len(s) || strings.IndexByte("\r\n.!,;", s[k]) >= 0
}

// skipBlank skips spaces and tabs.
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// letterAfter reports whether s has a letter at j (a word goes on there).
func letterAfter(s string, j int) bool {
	return j < len(s) && (isAlpha(s[j]) || s[j] >= 0x80)
}
