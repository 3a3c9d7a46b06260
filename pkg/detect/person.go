package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personCue is a kind of cue before a name and the phrases (lower case)
// that make it, tried in order at each hit: the first after which a name
// parses wins.
type personCue struct {
	anchors *keywords
	phrases []string
	// how the name after the phrase is read
	title    bool // case-sensitive phrase (Mr, Dr), an optional '.' after it
	greeting bool // optional ',' after the phrase; one or two name words, then punctuation
	signoff  bool // optional ','; one or two name words ending the line
	label    bool // a form's label ("Name:", "Full name:"); one to four name words ending the field
	relation bool // a relation noun: "is" or "was" may come between it and the name ("my daughter is Saoirse")
	// after, when set, holds the words that must stand right before the
	// phrase: "someone called X", "an agent named X", not "I called X"
	after map[string]bool
	// byFirst holds the phrases by their first byte (init), so that a
	// hit is compared only with the phrases that can start there
	byFirst [256][]string
}

func init() {
	for ci := range personCues {
		c := &personCues[ci]
		for _, p := range c.phrases {
			c.byFirst[p[0]] = append(c.byFirst[p[0]], p)
		}
	}
}

// personCues find names after cue words: "my name is X", "my daughter X",
// "Dr. X", "Hi X,", "Regards,\nX".
var personCues = []personCue{
	{anchors: newKeywords("name", "name's", "name’s", "this is", "i am", "i'm", "i’m", "speaking", "call me", "ask", "talked", "spoke", "forward", "tell", "contact", "cc", "c/o", "attn", "attention:",
		"signed by", "signed for by", "received by", "зовут", "account holder", "cardholder", "card holder",
		// Spanish, French, Portuguese, Italian, German, Dutch introductions
		"me llamo", "mi nombre", "soy", "je suis", "je m'appelle", "mon nom", "aqui é", "sou", "mi chiamo", "hier spricht", "naam", "spreekt met", "ik ben",
		"nome", "chamo-me", "me chamo", "sono",
		// Greek, Vietnamese, Russian
		"λένε", "ονομάζομαι", "Ονομάζομαι", "όνομά", "tên", "tôi là", "имя",
		// German, Nordic, Finnish, Polish, Turkish
		"ich heiße", "ich heisse", "jeg hedder", "jeg heter", "jag heter", "mit navn er", "mitt navn er", "mitt namn är", "nimeni on",
		"olen", "nazywam się", "benim adım", "adım",
		// a surname or given name asked for alone, a booking's name
		"surname", "nachname", "vorname", "familienname", "apellido", "apellidos", "cognome", "achternaam", "sobrenome",
		"under the name", "booked under", "reserved under", "registered under", "reservation for", "booking is under",
		"reservation is under",
		// whom a ticket or an order went to or came from
		"escalated", "escalating", "escalate", "assigned", "reassigned", "handed", "placed", "approved", "authorized",
		"authorised", "behalf of", "registered to", "belongs to", "speak", "chatting", "connected", "copy", "identity",
		"addressed", "requested", "ownership", "hablé", "he hablado", "j'ai parlé", "ho parlato", "falei", "conversei"),
		phrases: []string{"name is", "name ist", "name's", "name’s", "this is", "i am", "i'm", "i’m", "speaking with", "speaking to", "call me", "ask for",
			"talked to", "talked with", "spoke to", "spoke with", "forward this to", "forward it to", "tell", "ask", "contact", "cc", "c/o", "attn:", "attn.", "attn", "attention:",
			"signed for by", "signed by", "received by", "зовут", "account holder is", "account holder", "cardholder is", "cardholder",
			"card holder is", "card holder",
			"me llamo", "mi nombre es", "soy", "je suis", "je m'appelle", "mon nom est", "aqui é a", "aqui é o", "aqui é", "sou a", "sou o", "sou",
			"mi chiamo", "hier spricht", "naam is", "spreekt met", "ik ben", "nome é", "nome è", "chamo-me", "me chamo", "sono",
			"λένε", "ονομάζομαι", "Ονομάζομαι", "όνομά μου είναι", "tên tôi là", "tên là", "tôi là", "имя",
			"ich heiße", "ich heisse", "jeg hedder", "jeg heter", "jag heter", "mit navn er", "mitt navn er", "mitt namn är", "nimeni on",
			"olen", "nazywam się", "benim adım", "adım",
			"surname is", "surname", "nachname ist", "nachname", "vorname ist", "vorname", "familienname", "apellido es",
			"apellidos son", "apellido", "cognome è", "cognome", "achternaam is", "achternaam", "sobrenome é", "sobrenome",
			"under the name of", "under the name", "booked under", "reserved under", "registered under",
			"reservation for", "booking is under", "reservation is under",
			"escalated to", "escalated this to", "escalated it to", "escalating to", "escalate to", "assigned to",
			"reassigned to", "handed over to", "handed it to", "handed this to", "placed by", "approved by",
			"authorized by", "authorised by", "behalf of", "account holder to", "holder to", "registered to", "belongs to",
			"speak to", "speak with", "chatting with", "connected with", "copy to", "identity of", "addressed to",
			"requested by", "ownership to", "hablé con", "he hablado con", "j'ai parlé avec", "j'ai parlé à", "ho parlato con",
			"falei com", "conversei com",
			"name"}}, // last, only after namePrefixes: "last name Kowalski"
	{anchors: newKeywords(relationNouns...), phrases: relationNouns, after: relationOwners, relation: true},
	{anchors: newKeywords("mr", "mrs", "ms", "miss", "dr", "prof", "sr", "sra", "herr", "frau", "mme", "mlle", "agent",
		"sig", "sig.ra", "dott", "dott.ssa", "dhr", "mevr", "m.", "monsieur", "madame", "mademoiselle", "señor", "señora", "senhor",
		"senhora", "signor", "signora", "signore", "pani", "panie", "smt", "shri", "shrimati", "kumari"),
		phrases: []string{"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sr", "Sra", "Herr", "Frau", "Mme", "Mlle", "Agent", "agent",
			"Sig.ra", "Sig", "Dott.ssa", "Dott", "Dhr", "Mevr", "M.", "Monsieur", "Madame", "Mademoiselle", "Señor", "Señora", "Senhor",
			"Senhora", "Signor", "Signora", "Signore", "Panie", "Pani", "Shrimati", "Smt", "Shri", "Kumari"}, title: true},
	{anchors: newKeywords("hi", "hello", "hey", "dear", "thanks", "thank you", "bye", "goodbye", "good morning", "good afternoon", "good evening", "welcome back", "hello again", "hi again", "hey, it's", "hi, it's", "hello, it's", "hey it's", "hi it's", "hola", "bonjour", "hallo", "ciao", "olá", "oi",
		"gracias", "merci", "grazie", "danke", "vielen dank", "obrigado", "obrigada", "bedankt",
		"cher", "chère", "estimado", "estimada", "querido", "querida", "prezado", "prezada", "caro", "cara", "gentile", "liebe", "lieber", "geachte", "beste"),
		phrases: []string{"hi", "hello", "hey", "dear", "thanks", "thank you", "bye", "goodbye", "good morning", "good afternoon", "good evening", "welcome back",
			"hello again", "hi again", "hey, it's", "hi, it's", "hello, it's", "hey it's", "hi it's",
			"gracias", "merci", "grazie", "danke", "vielen dank", "obrigado", "obrigada", "bedankt",
			"hola", "bonjour", "hallo", "ciao", "olá", "oi", "cher", "chère", "estimado", "estimada", "querido", "querida", "prezado", "prezada",
			"caro", "cara", "gentile", "liebe", "lieber", "geachte", "beste"}, greeting: true},
	{anchors: newKeywords("regards", "best", "cheers", "sincerely", "thanks", "saludos", "cordialement", "grüße", "gruesse", "atenciosamente"),
		phrases: []string{"regards", "best", "cheers", "sincerely", "thanks", "best wishes", "kind regards", "saludos", "cordialement", "grüße",
			"gruesse", "atenciosamente"}, signoff: true},
	{anchors: labelWords, phrases: labelWords.phrases, label: true},
	{anchors: newKeywords("called", "named"), phrases: []string{"called", "named"}, after: map[string]bool{
		"someone": true, "somebody": true, "guy": true, "lady": true, "woman": true, "man": true, "gentleman": true,
		"agent": true, "rep": true, "representative": true, "person": true, "technician": true, "tech": true,
		"girl": true, "boy": true, "colleague": true, "friend": true, "manager": true, "supervisor": true,
		"engineer": true, "advisor": true, "adviser": true, "driver": true, "courier": true, "nurse": true,
		"doctor": true, "son": true, "daughter": true, "brother": true, "sister": true, "husband": true, "wife": true,
		"partner": true, "neighbour": true, "neighbor": true}},
}

// relationNouns name a relation whose name follows "my" and them: "my
// wife Ana", "my supervisor marcus". They are the anchors, not "my": a
// phrase per relation under "my" made every "my" in a text cost a
// comparison with each.
var relationNouns = []string{"daughter", "son", "wife", "husband", "partner", "mother", "mum", "mom", "father", "dad",
	"brother", "sister", "colleague", "friend", "boss", "manager", "neighbour", "neighbor", "assistant", "supervisor",
	"coworker", "co-worker", "teammate", "team lead", "roommate", "flatmate", "landlord", "landlady", "tenant",
	"girlfriend", "boyfriend", "fiancé", "fiance", "fiancée", "fiancee", "grandson", "granddaughter", "grandmother",
	"grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "nephew", "niece", "stepson", "stepdaughter",
	"caregiver", "carer", "bf", "gf", "hubby",
	// who stands for a business: "our CEO Satya Okonedo", "my accountant"
	"ceo", "cfo", "cto", "coo", "founder", "co-founder", "president", "director", "accountant", "lawyer", "attorney",
	"bookkeeper", "secretary", "receptionist", "technician", "admin", "engineer", "courier", "installer"}

// labelWords are the labels of a name field in forms, CRM notes and
// pasted records ("Name: Dolores Abernathy", "Customer name: …", "Previous agent: …",
// "Nachname: …"); the word before "name" must not say it names a thing
// (labelOwners).
var labelWords = newKeywords("name:", "name :", "signed:", "previous agent:", "assigned agent:", "handling agent:",
	"last agent:", "original agent:", "assigned to:", "surname:", "nombre:", "apellido:", "apellidos:", "nom:", "prénom:",
	"nome:", "cognome:", "naam:", "vorname:", "nachname:", "account holder:", "cardholder:", "card holder:",
	// a ticket's or a form's people
	"requested by:", "reported by:", "submitted by:", "created by:", "opened by:", "closed by:", "approved by:",
	"reviewed by:", "handled by:", "owner:", "owner =", "name =", "reporter:", "assignee:", "requester:", "recipient:",
	"caller:", "caller name:", "contact person:", "contact name:")

// ticketLabels are the labelWords of a ticket's or a form's fields that a
// tool or a team fills in too: one word after them must be a listed name.
var ticketLabels = map[string]bool{"requested by:": true, "reported by:": true, "submitted by:": true, "created by:": true,
	"opened by:": true, "closed by:": true, "approved by:": true, "reviewed by:": true, "handled by:": true, "owner:": true,
	"owner =": true, "reporter:": true, "assignee:": true, "requester:": true, "recipient:": true}

// labelOwners are the words before "name:" that make it the name of a
// thing, not a person: "Company name: Northwind Traders".
var labelOwners = map[string]bool{"company": true, "business": true, "product": true, "brand": true, "file": true,
	"host": true, "device": true, "network": true, "wifi": true, "store": true, "shop": true, "project": true,
	"team": true, "plan": true, "model": true, "domain": true, "account": true, "app": true, "server": true,
	"organisation": true, "organization": true, "org": true, "group": true, "package": true, "street": true,
	"city": true, "bank": true, "branch": true, "user": true, "display": true, "screen": true, "event": true,
	"campaign": true, "pet": true, "item": true, "course": true, "school": true, "hotel": true, "site": true,
	"website": true, "page": true, "folder": true, "printer": true, "computer": true, "router": true, "ssid": true,
	"queue": true, "field": true, "column": true, "table": true, "variable": true, "class": true, "function": true,
	"role": true, "tag": true, "label": true, "category": true, "game": true, "song": true, "album": true,
	"book": true, "movie": true, "show": true, "channel": true, "service": true, "merchant": true, "vendor": true,
	"supplier": true, "employer": true, "firma": true, "produkt": true, "datei": true}

// isSpace is regexp's \s: space, tab, newline, form feed, carriage return.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// runeAt decodes the rune at i, cheaply for ASCII.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func upperAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r), n
}

func lowerAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r), n
}

// nameWordAt returns the end of a capitalised name word starting at i
// ("María", "O'Brien", "Jean-Luc", "McDonald"): an upper-case letter, any
// letters, then any number of ' ’ or - followed by an optional capital and
// lower-case letters. It returns -1 when none starts at i.
func nameWordAt(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	up, n := upperAt(s, i)
	if !up {
		return -1
	}
	j := i + n
	for j < len(s) {
		if ok, n := lowerAt(s, j); ok {
			j += n
			continue
		}
		if ok, n := upperAt(s, j); ok {
			j += n
			continue
		}
		break
	}
	for j < len(s) {
		k := j
		switch {
		case s[k] == '\'' || s[k] == '-':
			k++
		case strings.HasPrefix(s[k:], "’"):
			k += len("’")
		default:
			if isDigit(s[j]) || s[j] == '_' {
				return -1 // T1, Model_X: an identifier, not a name
			}
			return j
		}
		if k < len(s) {
			if ok, n := upperAt(s, k); ok {
				k += n
			}
		}
		m := k
		for m < len(s) {
			ok, n := lowerAt(s, m)
			if !ok {
				break
			}
			m += n
		}
		if m == k {
			return j
		}
		j = m
	}
	return j
}

// particleAt returns the end of a surname particle ("de", "van") starting
// at i and followed by white space, or -1.
func particleAt(s string, i int) int {
	j := i
	for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j == i || j >= len(s) || !isSpace(s[j]) || !isParticle(s[i:j]) {
		return -1
	}
	return j
}

// skipSpace returns the first index at or after i that is not white space.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// nameSeqAt reads up to three name words starting at i, particles allowed
// before each ("Priya de Vries", "van der Berg"), and returns the end of
// the last one, or -1.
func nameSeqAt(s string, i int) int {
	end := -1
	for w := 0; w < 3; w++ {
		j := i
		if w > 0 {
			if j >= len(s) || !isSpace(s[j]) {
				break
			}
			j = skipSpace(s, j)
		}
		for {
			k := particleAt(s, j)
			if k < 0 {
				break
			}
			j = skipSpace(s, k)
		}
		k := withInitials(s, j, nameWordAt(s, j), false)
		if k < 0 {
			break
		}
		end, i = k, k
	}
	return end
}

// withInitials returns the end of the name word after the initials that
// start at j and end at k ("J. Alvarez", "J.R. Smith", "J. R. Tolkien"):
// an initial is a capital and a dot, and counts only with a name word after
// it. A word that is not an initial comes back as is; initials without a
// word after them give -1. With line set, one space at most between them.
func withInitials(s string, j, k int, line bool) int {
	for k == j+1 && k < len(s) && s[k] == '.' && s[j] < utf8.RuneSelf {
		m := k + 1
		if line {
			if m < len(s) && s[m] == ' ' {
				m++
			}
		} else {
			m = skipSpace(s, m)
		}
		j, k = m, nameWordAt(s, m)
		if k < 0 {
			return -1
		}
	}
	return k
}

// nameLineAt reads one to four name words starting at i, each after one
// space, particles allowed ("Dolores Abernathy", "Ludwig van Beethoven"),
// and returns the end of the last, or -1. Unlike nameSeqAt it stays on
// its line: a form's next label ("Phone:") starts with a capital too.
func nameLineAt(s string, i int) int {
	end := -1
	for w := 0; w < 4; w++ {
		j := i
		if w > 0 {
			if j+1 >= len(s) || s[j] != ' ' {
				break
			}
			j++
		}
		for {
			k := particleAt(s, j)
			if k < 0 || k >= len(s) || s[k] != ' ' {
				break
			}
			j = k + 1
		}
		k := withInitials(s, j, nameWordAt(s, j), true)
		if k < 0 {
			break
		}
		end, i = k, k
	}
	return end
}

// titleBrands are products named with a title, keyed by the title's
// first three bytes and the name, in lower case.
var titleBrands = map[string]bool{"dr. pepper": true, "dr pepper": true, "dr. oetker": true, "dr oetker": true,
	"dr. scholl": true, "dr scholl": true, "dr. martens": true, "dr martens": true, "dr. who": true, "dr who": true,
	"mr. clean": true, "mr clean": true, "mr. bean": true, "mr bean": true, "mr. coffee": true, "mr coffee": true,
	"mr. muscle": true, "mr muscle": true, "mr. potato head": true, "mr potato head": true, "mr. potato": true, "mr potato": true}

// greetedHere finds "Hi team, Xiadani here": a name, then "here", right
// after a greeting (hi, hello, hey, good morning …) in the same line. Without
// the greeting, a capitalised word before "here" is mostly an imperative
// ("Click here", "Sign here"): then only a listed given name opening its
// line or a speaker's turn counts ("Customer: Bob here again").
func greetedHere(t *Text, dst []Span) []Span {
	for _, h := range keywordHits(t, hereWords) {
		a, e, words := nameBefore(t, int(h))
		if words == 0 {
			continue
		}
		// the greeting: within the two words before the name, same line
		before := t.Lower[max(0, a-24):a]
		if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
			before = before[nl+1:]
		}
		if hasGreeting(before) || turnOpens(t.S, a) && listedFirst(t, a, e) {
			dst = append(dst, Span{Start: a, End: e, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// turnOpens reports whether i opens a line or a speaker's turn: only
// blanks between it and the text's start, a line break or a colon.
func turnOpens(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || s[i-1] == '\n' || s[i-1] == ':'
}

// hereWords is the keyword set of greetedHere.
var hereWords = newKeywords("here")

// hasGreeting reports whether the lower-case text s holds a greeting as a
// whole word.
func hasGreeting(s string) bool {
	return containsWord(s, "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "morning", "hiya",
		"hola", "bonjour", "hallo", "ciao", "olá", "oi", "greetings")
}

// wordBefore returns the word (lower case, ASCII letters) that ends right
// before h, spaces, tabs, '_' or '-' apart ("someone called", "Company
// name:", "company_name:"), or "".
func wordBefore(t *Text, h int) string {
	e := h
	for e > 0 && (t.S[e-1] == ' ' || t.S[e-1] == '\t' || t.S[e-1] == '_' || t.S[e-1] == '-') {
		e--
	}
	if e == h {
		return ""
	}
	a := e
	for a > 0 && isAlpha(t.S[a-1]) {
		a--
	}
	return t.Lower[a:e]
}

// cueName reads the name after a cue phrase ending at i, the way c says,
// and returns its bounds, or ok false.
func (c *personCue) name(s string, i int) (start, end int, ok bool) {
	switch {
	case c.greeting, c.signoff:
		if c.greeting && i+5 < len(s) && s[i] == ' ' && s[i+1:i+5] == "for " && thanksEnd(s, i) {
			return vocativeAfter(s, i+5)
		}
		if i < len(s) && s[i] == ',' {
			i++
		}
		var j int
		if c.greeting {
			if i >= len(s) || !isSpace(s[i]) {
				return 0, 0, false
			}
			j = skipSpace(s, i)
		} else {
			j = i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] == '\n' {
				j++
			}
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
		}
		e1 := nameWordAt(s, j)
		if e1 < 0 {
			return 0, 0, false
		}
		ends := [3]int{-1, -1, e1}
		k := e1
		if c.greeting {
			if k < len(s) && isSpace(s[k]) {
				ends[1] = nameWordAt(s, skipSpace(s, k))
				if e2 := ends[1]; e2 > 0 && e2 < len(s) && s[e2] == ' ' {
					ends[0] = nameWordAt(s, e2+1) // three words: "Gracias, Reina Guzmán Rosas."
				}
			}
		} else {
			for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
				k++
			}
			if k > e1 {
				ends[0] = nameWordAt(s, k)
			}
		}
		for _, e := range ends {
			if e < 0 {
				continue
			}
			if c.greeting {
				k := skipSpace(s, e)
				if k < len(s) && (strings.IndexByte(",.!:;", s[k]) >= 0 || strings.HasPrefix(s[k:], "—") || s[k] == '-' && k > e && k+1 < len(s) && s[k+1] == ' ') &&
					!greetedNoOneAt(s[j:e]) { // (a dash: "Hey, it's Flora Adam — the router …")
					return j, e, true
				}
				continue
			}
			if endsLine(s, e) {
				return j, e, true
			}
		}
		// an initial, then a surname ending the line: "Regards,\nK. Tanaka"
		if !c.greeting && isUpper(s[j]) && e1 == j+1 && j+3 < len(s) && s[j+1] == '.' && s[j+2] == ' ' {
			if e := nameWordAt(s, j+3); e > 0 && endsLine(s, e) {
				return j, e, true
			}
		}
		// up to four name words, particles allowed, ending the line:
		// "Regards,\nRuairí Mac Giolla Phádraig\nOperations" (asked only
		// when a third word may be a name's)
		if e2 := ends[0]; !c.greeting && e2 > 0 && e2+1 < len(s) && s[e2] == ' ' && (isUpper(s[e2+1]) || s[e2+1] >= 0xC3 || particleAt(s, e2+1) > 0) {
			if e := nameLineAt(s, j); e > e2 && endsLine(s, e) {
				return j, e, true
			}
		}
		return 0, 0, false
	case c.label:
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		e := nameLineAt(s, j)
		if e < 0 {
			return 0, 0, false
		}
		k := e
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k < len(s) && strings.IndexByte("\r\n,;|(/.", s[k]) < 0 && !(s[k] == '\t' || k-e >= 2) {
			return 0, 0, false // the field goes on: "Name: Galaxy Tab S9"
		}
		return j, e, true
	case c.title:
		if i < len(s) && s[i] == '.' {
			i++
		}
	case c.relation:
		if i+1 < len(s) && s[i] == ',' && s[i+1] == ' ' {
			i++ // "my mother, Margarethe Vogel"
		}
	}
	if i >= len(s) || !isSpace(s[i]) {
		return 0, 0, false
	}
	j := skipSpace(s, i)
	if c.relation && j+4 < len(s) {
		if strings.HasPrefix(s[j:], "is ") {
			j += 3
		} else if strings.HasPrefix(s[j:], "was ") {
			j += 4
		}
	}
	e := nameSeqAt(s, j)
	if e > j+3 && (s[e-2:e] == "'s") {
		e -= 2 // a possessive: "Dr. Nkechi Okonjo-Iweala's assistant"
	} else if e > j+5 && s[e-4:e] == "’s" {
		e -= 4
	}
	return j, e, e >= 0
}

// greetedNoOneAt reports whether w, in any case, is a word a greeting
// addresses when it names no one: "Welcome back, Guest!", "Hi Friend,".
// (Not notNames: Guest and Friend are surnames too.) It is asked of every
// greeting's name: a switch, no hash, no allocation.
func greetedNoOneAt(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte[w[i]]
	}
	switch string(buf[:len(w)]) {
	case "guest", "friend", "friends", "user", "visitor", "shopper", "buddy", "mate", "pal", "stranger", "member",
		"neighbor", "neighbour":
		return true
	}
	return false
}

// wordyCues are weak cues that a project's or a thing's name follows as
// often as a person's ("requested by Samba", "a copy to Legal"): one
// word after them must be a listed given name.
var wordyCues = map[string]bool{"requested by": true, "addressed to": true, "identity of": true, "copy to": true}

// vocativeOpeners open an agent's or a customer's stock clause that
// ends addressing someone: "Sorry about that, Allen.", "Anything else,
// Allen Upton?", "Got it, Mani." (Phrases whose first word is a very
// common one, "no problem", "of course", "my pleasure", are left out: a
// keyword of "no" or "my" would cost every such word of a text.)
var vocativeOpeners = newKeywords("sorry about", "sorry for", "sorry to", "anything else", "you're welcome", "got it",
	"happy to help", "take care", "glad to hear", "thanks again", "thank you again", "bear with me", "apologies for",
	"certainly", "absolutely", "understood", "noted", "perfect", "good news")

// findVocatives flags the name that a stock clause (vocativeOpeners) ends
// with after a comma, that clause's end after it.
func findVocatives(t *Text, dst []Span) []Span {
	for _, h := range keywordHits(t, vocativeOpeners) {
		if a, b, ok := vocativeAfter(t.S, phraseEnd(t, vocativeOpeners, int(h))); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	s := t.S
	for _, h := range keywordHits(t, whoIsWords) {
		// "Who is Rebeca Tirado Arellano? Someone by that name emailed me."
		j := skipSpace(s, phraseEnd(t, whoIsWords, int(h)))
		if e := nameSeqAt(s, j); e > j && e < len(s) && s[e] == '?' && !innerCapital(s, j) && !upperWord(s[j:e]) {
			if a, b := trimNotNames(t, j, e); a == j && b == e {
				dst = append(dst, Span{Start: j, End: e, Entity: Person, Priority: prioPerson})
			}
		}
	}
	for _, h := range keywordHits(t, roleAdjectives) {
		// "I'm adding Mircea Iordache as a secondary contact"
		if a, b, ok := nameAsRole(t, int(h)); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// whoIsWords ask who someone is; the name then ends the question.
var whoIsWords = newKeywords("who is", "who's")

// roleAdjectives qualify a role an account gives someone ("as a
// secondary contact", "as an authorized user").
var roleAdjectives = newKeywords("secondary", "authorized", "authorised", "additional", "joint", "primary", "emergency")

// roleNounsAfter are the roles that follow roleAdjectives.
var roleNounsAfter = map[string]bool{"contact": true, "user": true, "holder": true, "member": true, "owner": true,
	"beneficiary": true, "signatory": true, "admin": true, "administrator": true, "cardholder": true, "driver": true}

// nameAsRole reads the name before "as a(n)" and the role adjective at h
// when a role noun follows it: "adding Mircea Iordache as a secondary
// contact".
func nameAsRole(t *Text, h int) (int, int, bool) {
	s, lower := t.S, t.Lower
	e := h
	for e < len(s) && isAlpha(s[e]) {
		e++
	}
	n := skipSpace(s, e)
	ne := n
	for ne < len(s) && isAlpha(s[ne]) {
		ne++
	}
	if !roleNounsAfter[lower[n:ne]] {
		return 0, 0, false
	}
	var k int
	switch {
	case strings.HasSuffix(lower[:h], " as a "):
		k = h - len(" as a ")
	case strings.HasSuffix(lower[:h], " as an "):
		k = h - len(" as an ")
	default:
		return 0, 0, false
	}
	a, b, words := nameBefore(t, k+1)
	if words == 0 || innerCapital(s, a) || upperWord(s[a:b]) {
		return 0, 0, false
	}
	if a2, b2 := trimNotNames(t, a, b); a2 != a || b2 != b {
		return 0, 0, false
	}
	return a, b, true
}

// findRelationAfter flags the name that a relation in brackets follows:
// "Sami Heinonen (my flatmate) also uses this account".
func findRelationAfter(t *Text, dst []Span) []Span {
	s := t.S
	for _, h32 := range keywordHits(t, personCues[1].anchors) {
		h := int(h32)
		e := h
		for e < len(s) && (isAlpha(s[e]) || s[e] == '-') {
			e++
		}
		owner := wordBefore(t, h)
		if e >= len(s) || s[e] != ')' || !relationOwners[owner] {
			continue
		}
		o := h - 1 - len(owner) // the owner's start
		if o < 2 || s[o-1] != '(' || s[o-2] != ' ' {
			continue
		}
		if a, b, words := nameBefore(t, o-1); words > 0 && !innerCapital(s, a) && !upperWord(s[a:b]) {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// thanksEnd reports whether s[:i] ends with "thanks" or "thank you", in
// any case.
func thanksEnd(s string, i int) bool {
	return i >= 6 && strings.EqualFold(s[i-6:i], "thanks") || i >= 9 && strings.EqualFold(s[i-9:i], "thank you")
}

// vocativeAfter reads the name a thanks addresses at the end of its
// sentence, after a comma: "Thanks for your patience, Maria." (i is after
// "for"). One or two name words, then the sentence's end.
func vocativeAfter(s string, i int) (int, int, bool) {
	k := i
	for k < len(s) && k-i < 64 && s[k] != ',' && s[k] != '.' && s[k] != '!' && s[k] != '?' && s[k] != '\n' {
		k++
	}
	if k >= len(s) || s[k] != ',' || k+1 >= len(s) || s[k+1] != ' ' {
		return 0, 0, false
	}
	j := skipSpace(s, k+1)
	e := nameWordAt(s, j)
	if e < 0 {
		return 0, 0, false
	}
	if e+1 < len(s) && s[e] == ' ' {
		if e2 := nameWordAt(s, e+1); e2 > 0 {
			e = e2
		}
	}
	if e < len(s) && s[e] != '.' && s[e] != '!' && s[e] != '?' && s[e] != '\n' && s[e] != '\r' && !strings.HasPrefix(s[e:], " — ") {
		return 0, 0, false // (a dash goes on to what is said to them: "Good news, X — your refund …")
	}
	// a name's words, not a company's or a team's: "Thank you for
	// calling Acme Support, Inc.", "Thanks for your order, Team Acme!",
	// "Thanks for the info, FYI."
	first, last := s[j:e], lastWord(s[j:e])
	if k := strings.IndexByte(first, ' '); k >= 0 {
		first = first[:k]
	}
	var b1, b2 [16]byte
	if notNames[string(foldAppend(b1[:0], first))] || orgWords[string(foldAppend(b2[:0], last))] || e-j >= 2 && isUpper(s[j+1]) {
		return 0, 0, false
	}
	return j, e, true
}

// endsLine reports whether only blanks stand between e and the end of
// its line.
func endsLine(s string, e int) bool {
	for e < len(s) && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r') {
		e++
	}
	return e == len(s) || s[e] == '\n'
}

// weakCue reports whether the cue phrase p takes a name that stands alone after them ("last name
// Kowalski", "under the name Garcia", "reservation for Hernandez"), where
// a term or a product may stand too: no word in capitals or with a
// capital inside ("under the name APIPA", "CellType"), unless a listed
// name, and none of weakCueStops.
func weakCue(p string) bool {
	switch p {
	case "surname", "name", "nachname", "vorname", "familienname", "apellido", "cognome", "achternaam", "sobrenome",
		"under the name of", "under the name", "booked under", "reserved under", "registered under", "reservation for",
		"booking is under", "reservation is under", "escalated to", "escalated this to", "escalated it to", "escalating to",
		"escalate to", "assigned to", "reassigned to", "handed over to", "handed it to", "handed this to", "placed by",
		"approved by", "authorized by", "authorised by", "behalf of", "account holder to", "holder to", "registered to",
		"belongs to", "speak to", "speak with", "chatting with", "connected with", "copy to", "identity of", "addressed to",
		"requested by", "ownership to", "hablé con", "he hablado con", "j'ai parlé avec", "j'ai parlé à", "ho parlato con",
		"falei com", "conversei com":
		return true
	}
	return false
}

// namePrefixes make "name" alone a cue: "last name Kowalski", "first
// name Piotr".
var namePrefixes = map[string]bool{"last": true, "first": true, "family": true, "given": true, "middle": true, "maiden": true}

// weakCueStops are no names after a weakCue: "last name Field is
// required", "reservation for Two".
var weakCueStops = map[string]bool{"field": true, "fields": true, "box": true, "column": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// innerCapital reports whether the word at i has a capital after a
// lower-case letter ("CellType", "iPhone"), but not as names do after
// Mc, Mac, De, La, Le, Di, Da, Van or O ("McDonald", "DeShawn").
func innerCapital(s string, i int) bool {
	e := i
	for e < len(s) && isAlpha(s[e]) {
		e++
	}
	for k := i + 1; k < e; k++ {
		if isUpper(s[k]) && isLower(s[k-1]) {
			switch s[i:k] {
			case "Mc", "Mac", "De", "La", "Le", "Di", "Da", "Van", "Von", "Du":
				continue
			}
			return true
		}
	}
	return false
}

// strongCues say that a name follows whatever its case: in a text typed
// in capitals any word after them is taken ("MY NAME IS ZORBLAX"), after
// the other cues only a listed first name ("I'M JOHN", not "I'M SO ANGRY").
var strongCues = map[string]bool{"name is": true, "name's": true, "name’s": true, "name ist": true, "me llamo": true,
	"mi nombre es": true, "je m'appelle": true, "mi chiamo": true, "mon nom est": true, "naam is": true, "call me": true}

// noLower reports whether s has no lower-case letter.
func noLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		} else if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsLower(r) {
					return false
				}
			}
			return true
		}
	}
	return true
}

// listedFirst reports whether the first word of t.S[start:end] is on the
// given-name list.
func listedFirst(t *Text, start, end int) bool {
	j := start
	for j < end && isAlpha(t.S[j]) {
		j++
	}
	if j == start || j-start > 16 {
		return false
	}
	head, _ := t.wordKeys(start, j)
	e := lexicon.lookup(head, t.Lower[start:j])
	return e != nil && e.name
}

// upperWord reports whether w is one word in capitals, two letters or
// more.
func upperWord(w string) bool {
	if len(w) < 2 || strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// frenchBeforeM are the words after which "M." is Monsieur: "Cher M.
// Dubois", "merci à M. Dubois".
var frenchBeforeM = map[string]bool{"cher": true, "bonjour": true, "bonsoir": true, "merci": true, "salut": true, "à": true,
	"avec": true, "pour": true, "par": true, "de": true, "et": true, "au": true}

// notNames are capitalised words that follow the context words above without
// being names.
var notNames = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "sr": true, "sra": true, "srta": true, "sig": true, "m.": true,
	"sr.": true, "sra.": true, "srta.": true, "sig.": true, "sig.ra": true, "mme": true, "mlle": true, "dott": true, "dhr": true, "mevr": true, "i": true, "i'm": true, "i’m": true, "i'd": true, "i've": true, "i'll": true, "we": true, "we're": true, "you're": true, "you’re": true, "they're": true, "they’re": true,
	"he's": true, "she's": true, "who's": true, "that's": true, "we’re": true, "the": true, "a": true, "an": true, "support": true, "team": true, "customer": true, "agent": true,
	"sir": true, "madam": true, "there": true, "all": true, "everyone": true, "again": true, "so": true, "much": true,
	// what a letter in another language is addressed to: customer, greetings, sir and madam, team
	"kunde": true, "kundin": true, "kunden": true, "grüße": true, "gruß": true, "gruesse": true, "cliente": true,
	"clienti": true, "client": true, "clientes": true, "monsieur": true, "madame": true, "mademoiselle": true,
	"messieurs": true, "mesdames": true, "señor": true, "señora": true, "señorita": true, "senhor": true, "senhora": true,
	"signore": true, "signora": true, "signor": true,
	"kollege": true, "kollegin": true, "kollegen": true, "equipo": true, "équipe": true, "squadra": true, "amigo": true,
	"amiga": true, "amigos": true, "collega": true, "colleghi": true, "klant": true, "heer": true, "mevrouw": true,
	"usuario": true, "utilisateur": true, "utente": true,
	// verbs and labels before an address in angle brackets ("Contact <…>")
	"contact": true, "email": true, "e-mail": true, "mail": true, "write": true, "reply": true, "send": true,
	"to": true, "cc": true, "bcc": true,
	"not": true, "just": true, "still": true, "calling": true, "sorry": true, "happy": true, "glad": true, "here": true,
	"from": true, "with": true, "about": true, "for": true, "your": true, "my": true, "our": true, "on": true, "in": true,
	"at": true, "it": true, "this": true, "that": true, "very": true, "really": true, "good": true, "great": true,
	"ok": true, "okay": true, "yes": true, "no": true, "please": true, "thanks": true, "thank": true, "you": true,
	"billing": true, "sales": true, "technical": true, "tech": true, "service": true, "help": true, "desk": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"router": true, "app": true, "account": true, "order": true, "internet": true, "wifi": true, "mobile": true,
	"alexa": true, "siri": true, "google": true, "will": true, "hope": true, "afraid": true, "trying": true,
	"going": true, "having": true, "looking": true, "writing": true, "back": true, "new": true, "done": true,
	"am": true, "pm": true, "regards": true, "wishes": true, "kind": true, "best": true, "cheers": true, "sincerely": true, "yours": true,
	"warm": true, "warmest": true, "warmly": true, "greetings": true, "respectfully": true, "cordially": true,
	"morning": true, "afternoon": true, "evening": true, "folks": true, "guys": true, "team,": true, "bot": true,
	"world": true, "everybody": true, "friends": true, "and": true, "or": true, "but": true,
	// how "I'm" goes on when a word is capitalised for stress ("I'm Sure", "I'm Hungry")
	"sure": true, "hungry": true, "tired": true, "upset": true, "angry": true, "ready": true, "busy": true,
	"confused": true, "frustrated": true, "worried": true, "disappointed": true, "annoyed": true, "unhappy": true,
	"satisfied": true, "pleased": true, "excited": true, "lost": true, "stuck": true, "locked": true, "unable": true,
	"able": true, "aware": true, "certain": true, "positive": true, "home": true, "away": true, "out": true,
	"outside": true, "abroad": true, "traveling": true, "travelling": true, "retired": true, "pregnant": true,
	"sick": true, "ill": true, "fine": true, "well": true, "interested": true, "curious": true, "concerned": true,
	"serious": true, "finished": true, "exhausted": true, "furious": true, "shocked": true, "surprised": true,
	"grateful": true, "thankful": true, "disgusted": true, "fed": true,
	// whom a letter is addressed to when no one is named ("Dear Hiring Manager")
	"hiring": true, "manager": true, "recruiter": true, "recruiting": true, "committee": true, "valued": true,
	"applicant": true, "candidate": true, "colleagues": true, "partners": true, "members": true,
	// departments a letter is sent to ("attn: Legal Services")
	"legal": true, "services": true, "accounts": true, "accounting": true, "payable": true, "receivable": true,
	"department": true, "dept": true, "hr": true, "purchasing": true, "procurement": true, "receiving": true,
	"returns": true, "shipping": true, "finance": true, "marketing": true, "operations": true, "compliance": true,
	"admissions": true, "registrar": true, "payroll": true, "human": true, "licensor": true, "licensee": true,
	// what a field holds when no one is named ("socket_name is NULL")
	"null": true, "nil": true, "none": true, "undefined": true, "unknown": true, "empty": true, "someone": true,
	"somebody": true, "anyone": true, "anybody": true, "nobody": true, "baby": true, "today": true, "tomorrow": true,
	"tonight": true, "yesterday": true,
	// what follows a thanks in other languages ("Danke schön", "Grazie mille", "Merci beaucoup")
	"sehr": true, "vielmals": true, "beaucoup": true, "mille": true, "tante": true,
	"mucho": true, "muchas": true, "muito": true, "infinite": true,
	// departments in other languages ("hablé con Soporte Técnico")
	"soporte": true, "técnico": true, "tecnico": true, "atención": true, "atencion": true, "servicio": true,
	"ventas": true, "facturación": true, "facturacion": true, "assistance": true, "kundenservice": true,
	"kundendienst": true, "supporto": true, "assistenza": true, "suporte": true, "atendimento": true,
	"missing": true, "invalid": true,
	"engineering": true, "tier": true, "tiers": true, "level": true, "escalations": true, "fraud": true, "security": true,
	"management": true, "product": true, "development": true, "devops": true, "ops": true, "qa": true,
	"logistics": true, "dispatch": true, "claims": true, "collections": true, "retention": true, "onboarding": true,
	"licensors": true, "recipient": true, "recipients": true, "sender": true, "courier": true,
	// Indian titles ("Smt. Lakshmi Devi", "Shri Arvind Mehta")
	"smt": true, "shri": true, "shrimati": true,
	// teams that sign a mail ("Kind regards,\nCustomer Success")
	"success": true, "care": true, "experience": true, "helpdesk": true, "relations": true, "happiness": true,
	"fulfillment": true, "fulfilment": true, "concierge": true,
	// chat logs' speakers that are no one ("[09:21] System: …")
	"system": true, "automated": true, "autoreply": true, "chatbot": true, "virtual": true, "operator": true,
	"moderator": true, "admin": true, "administrator": true, "notification": true,
	// brands a customer thanks or an agent speaks for ("thanks Apple!",
	// "this is Netflix")
	"apple": true, "amazon": true, "netflix": true, "microsoft": true, "samsung": true, "spotify": true, "paypal": true,
	"verizon": true, "comcast": true, "xfinity": true, "vodafone": true, "t-mobile": true, "at&t": true, "uber": true,
	"airbnb": true, "ebay": true, "facebook": true, "meta": true, "instagram": true, "whatsapp": true, "youtube": true,
	"twitter": true, "linkedin": true, "lenovo": true, "sony": true, "nintendo": true, "xbox": true, "playstation": true,
	"adobe": true, "zoom": true, "slack": true, "dropbox": true, "tesla": true, "ikea": true, "visa": true,
	"mastercard": true, "amex": true, "stripe": true, "shopify": true, "fedex": true, "ups": true, "dhl": true,
	"usps": true, "roku": true, "fitbit": true, "garmin": true, "nokia": true, "huawei": true, "xiaomi": true,
	"dell": true, "asus": true, "acer": true, "epson": true, "logitech": true, "intel": true,
	"nvidia": true, "cisco": true, "netgear": true, "linksys": true, "motorola": true, "oneplus": true, "panasonic": true,
	"iphone": true, "ipad": true, "android": true, "windows": true, "outlook": true, "gmail": true, "chrome": true,
	// and the services a support ticket reports about ("Mailgun said …")
	"mailgun": true, "sendgrid": true, "twilio": true, "zendesk": true, "salesforce": true, "hubspot": true,
	"intercom": true, "github": true, "gitlab": true, "bitbucket": true, "atlassian": true, "jira": true, "okta": true,
	"auth0": true, "cloudflare": true, "aws": true, "azure": true, "heroku": true, "digitalocean": true, "vercel": true,
	"netlify": true, "godaddy": true, "squarespace": true, "wix": true, "klarna": true, "venmo": true, "zelle": true,
	"revolut": true, "monzo": true, "hsbc": true, "barclays": true, "santander": true, "dpd": true, "gls": true,
	"evri": true, "purolator": true, "telegram": true, "discord": true, "signal": true, "wechat": true,
}

// orgWords after a cue's name make it an organisation's: "this is Netflix
// support", "I'm with Acme billing".
var orgWords = map[string]bool{"support": true, "team": true, "customer": true, "service": true, "services": true,
	"billing": true, "care": true, "help": true, "helpdesk": true, "store": true, "sales": true, "technical": true,
	"tech": true, "inc": true, "ltd": true, "llc": true, "gmbh": true, "corp": true, "bank": true, "airlines": true}

type personDetector struct{}

func (personDetector) Entity() string { return Person }

func (personDetector) Name() string { return "person" }

func (personDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"Hi, my name is Olivia Bennett and I need help", "Olivia Bennett"},
			{"Name: GARCIA LOPEZ, Maria Jose\nDOB: on file", "GARCIA LOPEZ, Maria Jose"},
			{"Applied Bjorn Reese's patch", "Bjorn Reese"},
			{"cc: Juan Pablo de la Cruz, Pieter van der Berg", "Juan Pablo de la Cruz"},
			{"@sarah.connor can you take this one?", "sarah.connor"},
			{"Per Ahmed's request I reopened it", "Ahmed"},
			{"Cher M. Dubois, votre colis est en route", "Dubois"},
			{"Chère Madame Leroy, merci", "Leroy"},
			// in lower case, as speech recognition writes (lowercase.go)
			{"customer: my name is maria gonzalez and i need help", "maria gonzalez"},
			{"yeah it's john smith", "john smith"},
			{"hi im sarah", "sarah"},
			{"thanks priya appreciate it", "priya"},
			{"my last name is okonkwo", "okonkwo"},
			{"thank you mister alvarez one moment", "alvarez"},
			{"yes the name on the account is rebecca thornton", "rebecca thornton"},
			{"hey it's me tom again", "tom"},
			{"hi is this daniel", "daniel"},
			{"hello am i speaking with maria", "maria"},
			{"agent you've reached sarah at tech support", "sarah"},
			// lower case, in other languages
			{"hola soy maría y llamo por mi factura", "maría"},
			{"buenos días, habla con pedro", "pedro"},
			{"bonjour c'est julien, j'appelle pour ma box", "julien"},
			{"ciao sono marco, ho un problema", "marco"},
			{"hallo hier ist stefan wegen meiner rechnung", "stefan"},
			{"olá aqui é a fernanda", "fernanda"},
			{"hoi, met sanne", "sanne"},
			{"merci madame lefèvre", "lefèvre"},
			{"my husband david set it up", "david"}, {"yes this is mister rodriguez returning a call from angela", "angela"}, {"agent: am i speaking with ariel remy", "ariel remy"}, {"agent: thank you for calling this is childebert marty how can i help", "childebert marty"}, {"caller: the account is under my wife alicia osorio negrón", "alicia osorio negrón"}, {"caller: can you transfer me to abhirath please", "abhirath"}, {"my sister maria lol", "maria"}, {"thank you, Smt. Lakshmi Devi.", "Lakshmi Devi"},
			{"let me transfer you to my supervisor marcus please hold", "marcus"},
			{"my roommate Priyanka pays the bill", "Priyanka"},
			{"perfect ms okafor let me check", "okafor"},
			{"that's n g u y e n", "n g u y e n"},
			{"Surname: K-O-W-A-L-S-K-I.", "K-O-W-A-L-S-K-I"},
			{"this is Dana from support", "Dana"},
			{"Thanks, Marco!", "Marco"},
			{"Please ask Dr. Patel about it", "Patel"},
			{"you're speaking with Aisha Bello.", "Aisha Bello"},
			{"Agent: May I have your full name?\nCustomer: Ji-woo Park", "Ji-woo Park"},
			{"my daughter is Saoirse", "Saoirse"},
			// introductions in scripts without capitals (scripts.go), and in Greek, Vietnamese, Russian
			{"客户：你好，我叫王芳，我的电话是", "王芳"},
			{"お客様：私の名前は田中花子です。", "田中花子"},
			{"株式会社ABCの田中と申します。", "田中"},
			{"고객: 제 이름은 김민준입니다.", "김민준"},
			{"العميل: اسمي محمد الأحمد ورقم هاتفي", "محمد الأحمد"},
			{"ग्राहक: मेरा नाम राहुल शर्मा है", "राहुल शर्मा"},
			{"ลูกค้า: สวัสดีครับ ผมชื่อสมชาย ใจดี ครับ", "สมชาย ใจดี"},
			{"ลูกค้า: ดิฉันชื่อมาลีค่ะ", "มาลี"},
			{"Με λένε Γιώργο Παπαδόπουλο", "Γιώργο Παπαδόπουλο"},
			{"Tên tôi là Trần Thị Mai", "Trần Thị Mai"},
			{"Khách hàng: tên tôi là Nguyễn Văn An, số điện thoại", "Nguyễn Văn An"},
			{"Моё имя Ольга Смирнова", "Ольга Смирнова"},
			{"I'm Dr. Nkechi Okonjo-Iweala's assistant", "Nkechi Okonjo-Iweala"},
			{"Agent: Who do I have the pleasure of speaking with?\nCaller: Bjørn", "Bjørn"},
			{"[10:02] Agent: And the name on the account?\n[10:03] Customer: Szczepański.", "Szczepański"},
			{"agent: whats your name?\nuser: dmitri volkov", "dmitri volkov"},
			// a pasted table's name column (tables.go)
			{"the export:\nname,email,phone\nJi-woo Park,jiwoo@example.com,+1 415 555 0134\n", "Ji-woo Park"},
			{"| Full Name | Plan |\n|---|---|\n| Kwame Mensah | Pro |", "Kwame Mensah"},
			{"first_name\tlast_name\tdob\nWei\tZhang\t1988-04-12", "Zhang"},
			{"Agente: ¿Cuál es su nombre completo?\nCliente: Sí, Xiomara Restrepo", "Xiomara Restrepo"},
			{"Kind regards,\nJürgen Müller", "Jürgen Müller"}, {"Regards,\nK. Tanaka", "K. Tanaka"}, {"last name Kowalski, please", "Kowalski"}, {"uh the name is okonkwo o k o n k w o", "okonkwo"},
			{"no this is her son miguel", "miguel"}, {"our CEO Satya Okonedo wants an update.", "Satya Okonedo"}, {"ok maria let me pull that up", "maria"}, {"ship to:\nJane Doe\n500 Oak Ave\nAustin TX 78701", "Jane Doe"}, {`payload {"name": "Jane Doe", "email": "j@example.com"}`, "Jane Doe"},
			{"GET /signup?first_name=Aiyana&lang=en", "Aiyana"}, {"CRM: first_name=Hedy; tier=gold", "Hedy"}, {"Agent: Thanks for your patience, Aude.", "Aude"}, {"My landlord, Akande, has the spare key.", "Akande"}, {"Agent: Noted. Caller: Mira Fodor. Issue: no signal.", "Mira Fodor"}, {"Customer: I need to speak to Douwe urgently.", "Douwe"}, {"Agent: Welcome back, Laurène Hubert!", "Laurène Hubert"}, {"The technician Rosamunda left without fixing anything.", "Rosamunda"}, {"caller: can i speak to claude renault", "claude renault"}, {"caller: my husband maja lundqvist set it up", "maja lundqvist"}, {"agent: thanks silvan have a good day", "silvan"}, {"caller: hello this is tatum from apartment four", "tatum"}, {"agent: is this gunilla wallin", "gunilla wallin"}, {"caller: i spoke with mariano mendoza soria yesterday and she said", "mariano mendoza soria"}, {"caller: i spoke with élise barbier yesterday", "élise barbier"}, {"Copyright 1995, 1996 Guy Eric Schalnat, Group 42", "Eric Schalnat"}, {"Agent: Sorry about that, Allen. Can you confirm the email?", "Allen"}, {"Agent: Anything else, Allen Upton?", "Allen Upton"}, {"Agent: Hi, you're chatting with Grace. How can I help?", "Grace"}, {"Agent: Hello again Benito Pirrone, I hope you are well.", "Benito Pirrone"}, {"Agent: Good news, Lucja Lewandowski — your refund has been approved.", "Lucja Lewandowski"}, {"Cliente: Ayer hablé con Mariano García Frías y me dijo que estaba resuelto.", "Mariano García Frías"}, {"Agente: Gracias, Reina Guzmán Rosas. ¿Algo más?", "Reina Guzmán Rosas"}, {"Agent : Merci Priscille Perrot, bonne journée.", "Priscille Perrot"}, {"Customer: Who is Rebeca Tirado Arellano? Someone by that name emailed me.", "Rebeca Tirado Arellano"}, {"Agent: I'm adding Mircea Iordache as a secondary contact.", "Mircea Iordache"}, {"Customer: I'd like to transfer ownership to Mareta Bongiorno.", "Mareta Bongiorno"}, {"Customer: Hey, it's Flora Adam — the router is blinking red again.", "Flora Adam"}, {"Customer: Sami Heinonen (my flatmate) also uses this account.", "Sami Heinonen"}, {"Customer: Invoice addressed to Hipolit Zając, not to the company.", "Hipolit Zając"}, {"caller: hi i am baala i have a problem with my router", "baala"}, {"I see the account is registered to Honoré Roche.", "Honoré Roche"}, {"Klement Kořínek from the warehouse will contact you.", "Klement Kořínek"}, {"I am writing on behalf of Alana Jerde, who is in hospital.", "Alana Jerde"}, {"Can you update the account holder to Paulina Karczewski?", "Paulina Karczewski"}, {"Lizbeth Ortiz from your sales team promised me a discount.", "Lizbeth Ortiz"}, {"I've escalated this to Acace in tier 2.", "Acace"}, {"the order was placed by Jill Kern, my colleague", "Jill Kern"}, {`level=info customer_name="Ada Byron" msg=ok`, "Ada Byron"}, {"Yesterday Tavish McAllister called about his bill.", "Tavish McAllister"}, {"Oluwadamilare Adeyemi is my legal name.", "Oluwadamilare Adeyemi"}, {"agent: i'll transfer you to linda in billing", "linda"},
			{"customer: last name is smith s m i t h", "smith"},
			{"it should be under the name Garcia.", "Garcia"}, {"on behalf of my mother, Margarethe Vogel.", "Margarethe Vogel"}, {"Customer: Bob here again, still down.", "Bob"},
			{"I'm Sofía from billing", "Sofía"},
			{"speaking with Priya de Vries about it", "Priya de Vries"},
			{"my wife, Ms. de Vries.", "de Vries"},
			{"I talked to Jürgen yesterday", "Jürgen"},
			{"I’m Zorblax, how can I help?", "Zorblax"},
			{"my name's Zorblax.", "Zorblax"},
			{"“Hi Zorblax,” she said", "Zorblax"},
			{"Olu Mensah said it would be fixed", "Olu Mensah"},
			{"my daughter Saoirse set it up", "Saoirse"},
			{"Contact Dr. Okonkwo today", "Okonkwo"},
			{"Gentile Sig. Rossi, abbiamo", "Rossi"},
			{"Gentile Sig.ra Bianchi,", "Bianchi"},
			{"Geachte Dhr. Jansen,", "Jansen"},
			{"please ask J. Alvarez.", "J. Alvarez"},
			{"Send it c/o Hamid Karimi, Calle 93", "Hamid Karimi"},
			{"Attn: Zorblax Quux, Accounts Payable", "Zorblax Quux"},
			{"Signed: J.R. Hartley, Case Manager", "J.R. Hartley"},
			{"you're through to Kestrel Broadband, Tomasz speaking.", "Tomasz"},
			{"Oi, aqui é a Fernanda.", "Fernanda"},
			{"Hola, me llamo Xiomara Quispe y", "Xiomara Quispe"},
			{"Guten Tag, mein Name ist Zorblax.", "Zorblax"},
			{"Bonjour, je m'appelle Zorblax", "Zorblax"},
			{"Name: Zorblax Quux\nPhone: 555", "Zorblax Quux"},
			{"Customer name: Zorblax Quux (since 2019)", "Zorblax Quux"},
			{"Nachname: Zorblax, Vorname: Hans", "Zorblax"},
			{"Thanks for your help!\n\n-- \nZorblax Quux\nSenior Buyer", "Zorblax Quux"},
			{"thx for the fix! -Zorblax", "Zorblax"},
			{"Regards,\r\nZorblax Quux\r\n", "Zorblax Quux"},
			{"Best wishes,\nRuairí Mac Giolla Phádraig\nOperations", "Ruairí Mac Giolla Phádraig"},
			{"Can Jean-Baptiste call me?", "Jean-Baptiste"},
			{"Меня зовут Анна Иванова, мой заказ", "Анна Иванова"},
			{"The package was signed for by Tran Thi Mai.", "Tran Thi Mai"},
			{"Cheers\nZorblax", "Zorblax"},
			{"I spoke to someone called Zorblax and", "Zorblax"},
			{"an agent named Zorblax Quux said", "Zorblax Quux"},
			{"Agent Zorblax will take it from here.", "Zorblax"},
			{"Chat ended by agent K. Mensah at 09:21", "K. Mensah"},
			{"Ticket merged. Previous agent: Tomás. Customer prefers Spanish.", "Tomás"},
			{"MY NAME IS ZORBLAX QUUX AND I NEED HELP", "ZORBLAX QUUX"},
			{"HI, I'M JOHN FROM ACCOUNTING", "JOHN"},
			{"Hi team, Zorblax here. Please cc", "Zorblax"},
			{"hello, Zorblax Quux here, calling about", "Zorblax Quux"},
			{"[10:02] Zorblax: hello?", "Zorblax"}, {"cc <@U024BE7LH|sarah.connor> please", "sarah.connor"},
			{"[10:02 AM] Zorblax Quux: hi", "Zorblax Quux"},
			{"Zorblax has joined the chat", "Zorblax"},
			{"On Tue, Mar 5, 2024 at 10:02 AM Zorblax Quux <zq@example.com> wrote:", "Zorblax Quux"},
			{"From: \"Zorblax Quux\" <zq@example.com>", "Zorblax Quux"},
			{"Cc: \"Quux, Zorblax\" <zq@example.com>", "Quux, Zorblax"},
			{"I have you down as Okonkwo, Chidi, is that right?", "Okonkwo, Chidi"},
			{"[3/4/24, 9:16 AM] Zorblax Quux: checking now", "Zorblax Quux"},
			{"12/03/2024, 14:22 - Zorblax Quux: hola", "Zorblax Quux"},
			{"thanks to ARIN, Ben Laurie and others", "Ben Laurie"},
			{"Requested by: Zorblax Quux\nPriority: high", "Zorblax Quux"}, {"Owner = Zorblax Quux", "Zorblax Quux"},
			{"Oluwaseun helped me last week.", "Oluwaseun"}, {"Nnamdi will call back.", "Nnamdi"},
			{"שלום, קוראים לי יוסי כהן, הטלפון", "יוסי כהן"}, {"Xin chào, tôi là Nguyễn Thị Mai, số", "Nguyễn Thị Mai"},
			{"you've reached the voicemail of dana whitfield, please", "dana whitfield"}, {"i'm calling for my dad george okafor, he's here", "george okafor"}, {"my husband david set it up", "david"},
			{`log: {\"customer_name\": \"Zorblax Quux\", \"email\": \"zq@example.com\"}`, "Zorblax Quux"},
			{"thx kevin!!", "kevin"}, {"pls tell amanda i called", "amanda"}, {"my son aiden's tablet is locked", "aiden"},
			{"it's under my wife's name, lucy chen", "lucy chen"}, {"he said his name was dave", "dave"},
			{"my son's name is zorblax", "zorblax"},
		},
		NoMatch: []string{"file_name=report.pdf name=build-42", "Thank you for calling Acme Support, Inc.", "writing on behalf of Acme Corp", "Caller: I want a refund", "agent: who am i speaking with today?", "I want to speak to a Manager", "caller: this is ridiculous from start to finish", "note: this is derived from henry's code", "it is this thread\n itself and thus", "agent: is this the right number", "// TODO: is this redundant? How could we", "I bought it from Douglas and Sons", "Noted, Inc.", "Agent: Anything else, Today?", "Add support for MAC API, as requested by Samba", "Who is Amazon?", "Grazie Mille!", "Merci Beaucoup.", "hablé con Soporte Técnico ayer", "add Windows as a primary user", "Good news, Everyone — it's fixed", "Remove ko/Compose, as requested by Korean users.", "(thanks GCC's -Werror=maybe-uninitialized)", "Hey, it's Monday - finally", "the Router (my landlord) is old", "The case is assigned to Network Operations.", "The order was placed by Amazon Business.", "Perfect, Thanks!", "Certainly, Monday works.", "Sorry to hear that, FedEx.", "I was chatting with Support", "Customer: I work at Louis EI in Paris.", "I work at Santamaria, Calabria e De Simone Group", "Customer: I live in Pedro do Norte", "Stop testing Python 3.3 in Travis CI", "// Note that this is distinct from the last value", "caller: i am sorry i forgot", "Welcome back, Guest!", "the admin PIN for cards", "the driver SDK builds again", "agent: this is the billing team how can i help", "the domain is registered to GoDaddy", "The email from the warehouse was late", "Emails from your support team are late", "Updates from the Sales team", "Thanks for the info, FYI.", "Thanks for your order, Team Acme!", "assigned to Engineering", "escalated to Tier 2 now", "if socket_name is NULL, rather than", "if first_name==Hedy", "Customer: Sign here please.", "i got a call from the bank and a text from support", "I cook with Olive oil and Jasmine rice.", "Hi! I'm Ava, a virtual assistant.", "Please ship to Austin\n500 units by Friday", `{"name": "Nest Thermostat", "sku": "T3007ES"}`, `{"customer_name": "ACME Corp"}`, "He said it twice. FedEx called. When called with -v it prints more.", "That is my name.", "The Email Address is my name at example.com", "the Marriott in Charlotte double charged me", "Dear Hiring Manager, please see attached.",
			"I bank with Morgan Stanley.", "Windows knows it under the name APIPA.", "the last name Field is required",
			"I'm Sure it's fine, I'm Hungry", "my wife, British by birth, disagrees", "Closed for Martin Luther King Jr. Day", "I had a Dr Pepper at lunch", "ping @here and @support-team", "Liebe Grüße und danke", "Lieber Kunde, danke.", "Gentile Cliente, grazie.",
			"Section M. Next steps follow.", "La Rosa de los vientos",
			"shipped to the Charlotte, NC warehouse", "use the Georgia font", "Ben & Jerry's is closed", "a bottle of Jack Daniel's arrived", "optimized for Adam7 interlace", "the MAX6654 sensor", "May I help you?", "Alexa, play music", "Will it work?", "Hi there, thanks!", "[3/4/24, 9:16 AM] Acme Support: thanks", "Grace period ends Monday.",
			"my name is wrong on the bill", "open ms teams", "it took 30 ms to load", "options a b c d", "press a, b or c", "tell J. to call me", "Silicon Graphics, Inc., attn: Legal Services, 1600", "You're speaking to the billing team", "message signed by FINGERPRINT, and", "[09:21] System: chat ended", "the agent I spoke to", "I'M SO ANGRY ABOUT THIS", "THIS IS UNACCEPTABLE", "Agent: Let me check that for you", "Agent: Thanks for waiting", "declined at Ben & Jerry's", "our Georgia warehouse has it",
			"I use Charles Schwab for transfers", "I shop at Sam's Club and Trader Joe's", "I bought Mario Kart and Alan Wake 2", "the Edward Jones statement", "the gpg-agent Do not", "lists itself in the agent\nDo not", "submitted to and received by Licensor for",
			"see fig. 3 a b", "i miss you", "the u s a", "this is amazing", "thank you for calling", "hi will you call back", "i'm frustrated",
			"the name is semantically irrelevant", "the doctor said to rest", "my doctor recommended it",
			"the name on the account matches", "it's me again", "is this the billing department", "is this may the right one",
			"you are speaking with support", "is this still the right number", "we reached out to him", "i reached mark",
			"overeenkomst met elke echte architectuur", "sr, sv", "gcc patch sr mangling", "c'est la vie", "sono le dieci", "hey mark it as done", "it's fine", "my name is spelled wrong", "the product's name is rocket", "Owner: Acme Corp", "Created by: Jenkins", "Assignee: Unassigned", "then flying to Charlotte.", "we ship from Regina.", "the Marion County office", "I moved to Eugene OR last year.", "Max screen size is 27 inches.", "PAM modules load.", "Max-Age: 3600", "Según el técnico, no.", "Georgia and Carolina stores were out of stock.", "השמירה על הנתונים חשובה", "Tôi là khách hàng cũ", "Remove my name, move to the end",
			"The Router said nothing.", "Mark the box, please.",
			"this is Support calling", "I'm happy with it", "Thanks so much!", "Hello again,",
			"Generally speaking, it works.", "Who am I speaking with?", "Billing speaking? No, support.",
			"Agent: What's the name of your router?\nCustomer: Netgear Nighthawk", "Agent: What's your company name?\nCustomer: Northwind Traders",
			"Agent: May I have your name?\nCustomer: Sure.", "Agent: Your name?\nCustomer: One moment please",
			"Agent: what is your name?\nCustomer: why do you need it?", "Agent: Who am I speaking with?\nCustomer: hold on",
			"my wife is British and my son is Autistic", "我叫外卖了，还没到。", "我叫出租车去机场。", "お名前はなんですか？", "製品の名前はスマートウォッチです。", "앱 이름은 카카오톡입니다.", "имя пользователя admin", "ชื่อผู้ใช้ของฉันคือ admin", "Name,Price,Qty\nWidget,3.99,2\n", "product_name,qty\nBlue Kettle,1\n", "name,email\nThanks for the help, see you",
			"Hi, this is Netflix support.", "this is Acme Telecom customer care", "thanks Apple!",
			"the field name is T1", "Hello, World!",
			"Company name: Northwind Traders", "Name: Galaxy Tab S9 Ultra", "Product name: Premium Plus",
			"Fixed! -Windows Update", "Shopping list:\n- Milk\n- Eggs", "I paid 20-30 dollars. - Support Team",
			"I called Verizon yesterday", "a file named Report", "Thanks\nPlease reset it", "Best\nRegards",
			"best\nWishes", "Acme Support <support@acme.com> wrote:", "Billing Team <billing@x.io>", "if x <y and z>w then",
			"(10:02) Support: hello", "Step 10:00 Note: x", "Agent: hello", "Click here to reset", "Sign here please.",
			"Hi, Support here", "I love Dr. Pepper", "Mr. Clean works", "our office in San Francisco", "Santa Clara County", "due on Jan 5"},
	}
}

func (personDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	dst = findListedNames(t, dst)
	dst = findSaid(t, dst)
	dst = findSignature(t, dst)
	dst = findChatSpeakers(t, dst)
	dst = findMentions(t, dst)
	dst = findDisplayNames(t, dst)
	dst = greetedHere(t, dst)
	dst = findLowerNames(t, dst)
	dst = findSpelledLetters(t, dst)
	dst = findNameAnswers(t, dst)
	dst = findNamesBeforeMyName(t, dst)
	dst = findKeyedNames(t, dst)
	dst = findVocatives(t, dst)
	dst = findRelationAfter(t, dst)
	dst = findAddressees(t, dst)
	dst = findScriptNames(t, dst)
	dst = findTableNames(t, dst)
	for ci := range personCues {
		c := &personCues[ci]
		for _, h32 := range keywordHits(t, c.anchors) {
			h := int(h32)
			if c.label && labelOwners[wordBefore(t, h)] || c.after != nil && !c.after[wordBefore(t, h)] && !(c.relation && relationOwned(t, h)) {
				continue
			}
			start, end, ok := 0, 0, false
			weak := false // the cue is a weakCue
			in, first := t.Lower, t.Lower[h]
			if c.title {
				in, first = text, text[h] // titles are matched in their case
			}
			for _, p := range c.byFirst[first] {
				if !strings.HasPrefix(in[h:], p) {
					continue
				}
				if p == "agent" && (h > 0 && strings.IndexByte("-_./", text[h-1]) >= 0 || h+6 >= len(text) || text[h+5] != ' ' || isSpace(text[h+6])) {
					continue // gpg-agent, User-Agent; lower-case "agent" takes a name on its line, one space on
				}
				if p == "name" && !namePrefixes[wordBefore(t, h)] {
					continue
				}
				if p == "sono" && wordBefore(t, h) != "" {
					continue // "I am" opening a clause ("Buongiorno, sono Marco"), not "they are" ("i tecnici sono …")
				}
				if start, end, ok = c.name(text, h+len(p)); ok {
					weak = weakCue(p)
					if weak {
						cut := false
						if nl := strings.IndexByte(text[start:end], '\n'); nl > 0 {
							end, cut = start+nl, true // a weak cue's name ends its line ("requested by Bartosz Taudul\nAPI : new")
							for end > start && isSpace(text[end-1]) {
								end--
							}
						}
						if (wordyCues[p] || cut) && strings.IndexByte(text[start:end], ' ') < 0 && !listedFirst(t, start, end) {
							// "requested by Samba", "requested by Korean users": a project's, a
							// people's; "approved by Creative\n Commons"
							ok = false
						}
					}
					if strings.HasSuffix(p, " by") && upperWord(text[start:end]) {
						ok = false // "signed by FINGERPRINT", "received by HTTP": a capitalised term
					}
					if ok && noLower(text[start:end]) && noLower(text[h:h+len(p)]) && !c.label && !strongCues[p] && !listedFirst(t, start, end) {
						ok = false // caps lock: "I'M SO ANGRY"; a listed name still counts ("I'M JOHN")
					}
					if ok && weakCue(p) && (!listedFirst(t, start, end) && (upperWord(text[start:end]) || innerCapital(text, start) ||
						weakCueStops[strings.ToLower(text[start:min(end, wordEnd(text, start))])]) || hasOrgWord(t.Lower[start:end])) {
						ok = false // "under the name APIPA", "last name Field is required", "on behalf of Acme Corp"
					}
					if ok && c.label && (hasOrgWord(t.Lower[start:end]) || ticketLabels[p] && strings.IndexByte(text[start:end], ' ') < 0 && !listedFirst(t, start, end)) {
						ok = false // "Owner: Acme Corp"; "Created by: Jenkins", a bot or a tool
					}
					if ok && c.relation && !listedFirst(t, start, end) && (upperWord(text[start:end]) || innerCapital(text, start)) {
						ok = false // "the installer SDK", "our admin ColumnConverter": terms
					}
					if ok && c.relation && start > skipSpace(text, h+len(p)) && !listedFirst(t, start, end) &&
						(text[h+len(p)] != ',' || strings.IndexByte(text[start:end], ' ') < 0 && (end >= len(text) || text[end] != ',')) {
						// "my wife is British": after "is", a listed name only; after a comma, two words
						// ("my mother, Margarethe Vogel"), or one set off by commas ("my landlord, Akande, has")
						ok = false
					}
					break
				}
			}
			// no capitalised word soon after the cue, in its sentence: no
			// name (asked only now: most hits have failed the reading)
			if !ok || !c.signoff && !capitalSoon(text, h, 32) {
				continue
			}
			if c.title && titleBrands[strings.TrimRight(strings.ToLower(text[h:min(len(text), h+3)]), " ")+" "+strings.ToLower(text[start:end])] {
				continue // "Dr. Pepper", "Mr. Clean": products
			}
			if c.title && text[h] == 'M' && text[h+1] == '.' && !frenchBeforeM[wordBefore(t, h)] {
				continue // "M." is Monsieur after French words, else an initial: "Section M. Next steps"
			}
			if c.label {
				end = givenAfterComma(t, end)
			}
			s0, e0 := start, end
			start, end = trimNotNames(t, start, end)
			if c.signoff && end < e0 || weak && (end < e0 || start > s0) {
				// a team signs: "Kind regards,\nGuest Relations"; after a weak
				// cue, a team's or a firm's name ("assigned to Network
				// Operations", "placed by Amazon Business")
				continue
			}
			if end-start == 1 {
				continue // an initial alone: "Cher M. Dubois" read from "Cher"
			}
			if start < end && !c.title && orgWordAfter(text, end) {
				continue // "this is Netflix support"
			}
			if start >= 3 && start < end && introducedAt(t.Lower, start) && botAfter(t.Lower, end) {
				continue // "I'm Ava, a virtual assistant"
			}
			if start < end {
				dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
			}
		}
	}
	return dst
}

// givenAfterComma returns the end of a CRM's "SURNAME, Given" name whose
// surname ends at e: the given names after the comma, when they start with
// a listed first name and end the field ("Name: GARCIA LOPEZ, Maria
// Jose"); e otherwise ("Name: Jane Doe, Account Manager").
func givenAfterComma(t *Text, e int) int {
	s := t.S
	if e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return e
	}
	e2 := nameLineAt(s, e+2)
	if e2 < 0 || !listedFirst(t, e+2, e2) {
		return e
	}
	if k := e2; k < len(s) && strings.IndexByte("\r\n;|(/.", s[k]) < 0 && s[k] != '\t' {
		return e
	}
	return e2
}

// signatureCue reads a signature's name the way a sign-off's is read.
var signatureCue = &personCues[4]

// findSignature flags the name a signature gives after a dash: on the
// line after the mail delimiter ("--\nSiobhán Kelleher\n"), or ending
// the line after a sentence ("Thanks! -Dana", "… today. — Björn").
func findSignature(t *Text, dst []Span) []Span {
	s := t.S
	last := -1
	_, dashes := t.sepsSplit()
	for _, sp := range dashes {
		p := int(sp)
		if p <= last {
			continue
		}
		var start, end int
		var ok bool
		switch {
		case p+1 < len(s) && s[p+1] == '-' && (p == 0 || s[p-1] == '\n'):
			// "--" or "-- " alone on its line, the name on the next
			k := p + 2
			for k < len(s) && (s[k] == ' ' || s[k] == '\r') {
				k++
			}
			if k >= len(s) || s[k] != '\n' {
				continue
			}
			start, end, ok = signatureCue.name(s, k)
		case p >= 2 && s[p-1] == ' ' && strings.IndexByte(".!?)", s[p-2]) >= 0 && p+1 < len(s) && s[p+1] != '-':
			// "Thanks! -Dana": the name ends the line
			k := p + 1
			if k < len(s) && s[k] == ' ' {
				k++
			}
			if e := nameLineAt(s, k); e > 0 && e-k <= 40 {
				m := e
				for m < len(s) && (s[m] == ' ' || s[m] == '\r' || s[m] == '\t') {
					m++
				}
				start, end, ok = k, e, m == len(s) || s[m] == '\n'
			}
		}
		if !ok {
			continue
		}
		last = p + 1
		// every word must be a name: "-Windows Update" is not cut to "Update"
		if a, b := trimNotNames(t, start, end); a == start && b == end {
			dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// findChatSpeakers flags the speaker of a chat log's line when it is a
// name, not a role: "[10:02] Bartholomew: hello?", "10:02 AM Dana Lee:".
// The time in front is what makes the words before the colon a speaker
// and not a form's label ("Note:", "Subject:").
func findChatSpeakers(t *Text, dst []Span) []Span {
	s := t.S
	colons, _ := t.sepsSplit()
	for _, c := range colons {
		i := int(c) // the colon inside the time
		if i < 1 || i+3 > len(s) || !isDigit(s[i-1]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
			continue
		}
		a := i - 1
		if a > 0 && isDigit(s[a-1]) {
			a--
		}
		a = chatDateBefore(s, a)
		if a > 0 && s[a-1] != '\n' && s[a-1] != '[' && s[a-1] != '(' {
			continue // the time starts the line, or a bracket does
		}
		if a > 1 && (s[a-1] == '[' || s[a-1] == '(') && s[a-2] != '\n' {
			continue
		}
		j := i + 3
		if j+3 <= len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
			j += 3 // seconds
		}
		if j+3 <= len(s) && s[j] == ' ' && (s[j+1] == 'A' || s[j+1] == 'P' || s[j+1] == 'a' || s[j+1] == 'p') && (s[j+2] == 'M' || s[j+2] == 'm') {
			j += 3
		} else if j+5 <= len(s) && s[j:j+3] == "\u202f" && (s[j+3] == 'A' || s[j+3] == 'P') && s[j+4] == 'M' {
			j += 5 // a phone's export: "9:15\u202fAM"
		}
		if j < len(s) && (s[j] == ']' || s[j] == ')') {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		j++
		if j+2 <= len(s) && s[j] == '-' && s[j+1] == ' ' {
			j += 2 // "3/4/24, 9:15 AM - Dana Lee: …"
		}
		e := nameLineAt(s, j)
		if e < 0 || e >= len(s) || s[e] != ':' {
			continue
		}
		if a, b := trimNotNames(t, j, e); a == j && b == e {
			dst = append(dst, Span{Start: j, End: e, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// chatDateBefore returns where a chat export's date starts when one
// comes before the time at a ("[12/03/2024, 14:22:01]", "3/4/24, 9:15 AM -",
// "12.03.24 14:22"), and a otherwise.
func chatDateBefore(s string, a int) int {
	if a < 7 || s[a-1] != ' ' {
		return a
	}
	d := a - 1
	if s[d-1] == ',' {
		d--
	}
	k, seps := d, 0
	for k > 0 && d-k < 10 && (isDigit(s[k-1]) || s[k-1] == '/' || s[k-1] == '.' || s[k-1] == '-') {
		k--
		if !isDigit(s[k]) {
			seps++
		}
	}
	if seps != 2 || d-k < 6 || !isDigit(s[k]) || !isDigit(s[d-1]) {
		return a
	}
	return k
}

// findMentions flags a chat's @mention of a person: "@sarah.connor",
// "@Priya": a handle whose first part (before '.', '_' or '-') is a
// listed first name. "@here", "@support-team" and e-mail addresses are not.
func findMentions(t *Text, dst []Span) []Span {
	s := t.S
	if !t.bareAtsDone {
		// the email detector, which finds them, is off
		t.bareAtsDone = true
		for off := 0; ; {
			k := strings.IndexByte(s[off:], '@')
			if k < 0 {
				break
			}
			t.bareAts = append(t.bareAts, int32(off+k))
			off += k + 1
		}
	}
	for _, at32 := range t.bareAts {
		at := int(at32)
		if at > 0 && s[at-1] == '<' {
			// Slack's "<@U024BE7LH|sarah.connor>": the handle after the bar
			w := s[at:min(len(s), at+48)]
			bar, gt := strings.IndexByte(w, '|'), strings.IndexByte(w, '>')
			if bar < 2 || gt < bar+3 {
				continue
			}
			at += bar // read on as if the bar were the '@'
		} else if at > 0 && !isSpace(s[at-1]) && s[at-1] != '(' && s[at-1] != '[' {
			continue // inside an address, or a word
		}
		e := at + 1
		for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '_' || s[e] == '-') {
			e++
		}
		for e > at+1 && (s[e-1] == '.' || s[e-1] == '-' || s[e-1] == '_') {
			e--
		}
		if e < len(s) && (s[e] == '@' || s[e] >= utf8.RuneSelf) || e-at < 3 {
			continue
		}
		f := at + 1
		for f < e && isAlpha(s[f]) {
			f++
		}
		var buf [32]byte
		if f-at-1 < 2 || f-at-1 > len(buf) || !firstNames[string(foldAppend(buf[:0], s[at+1:f]))] {
			continue
		}
		dst = append(dst, Span{Start: at + 1, End: e, Entity: Person, Priority: prioPerson})
	}
	return dst
}

// findDisplayNames flags a mail's display name, the capitalised words
// right before "<address>": "Bartholomew Quigley <bq@example.com>". Team
// and company names (Acme Support, Billing Team) are left alone.
func findDisplayNames(t *Text, dst []Span) []Span {
	s := t.S
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '<')
		if k < 0 {
			return dst
		}
		lt := off + k
		off = lt + 1
		if lt < 2 || s[lt-1] != ' ' {
			continue
		}
		gt := strings.IndexByte(s[lt:min(len(s), lt+256)], '>')
		if gt < 0 || strings.IndexByte(s[lt:lt+gt], '@') < 0 || strings.IndexByte(s[lt:lt+gt], ' ') >= 0 {
			continue // no address inside
		}
		// up to four name words, single spaces apart, ending there
		e := lt - 1
		if e > 0 && s[e-1] == '"' {
			e-- // "Bartholomew Quigley" <bq@…>
		}
		start := e
		for words := 0; words < 4; words++ {
			end := start
			if words > 0 {
				if end < 2 || s[end-1] != ' ' {
					break
				}
				end--
			}
			w := end
			for w > 0 && !nameStop(s[w-1]) {
				w--
			}
			if w == end || nameWordAt(s, w) != end && !isParticle(s[w:end]) {
				break
			}
			start = w
		}
		for start < e && s[start] == ' ' {
			start++
		}
		if start >= e || orgWordAfter(s, e) {
			continue
		}
		if a, b := trimNotNames(t, start, e); a < b && !hasOrgWord(t.Lower[start:e]) {
			if a == start && a >= 4 && s[a-2:a] == ", " {
				// "Nguyen, Thi Lan" <lan@…>: the surname first, in quotes
				if w := wordStart(s, a-2); w > 0 && w < a-2 && s[w-1] == '"' && startsUpper(s[w:a-2]) && !t.notNameAt(w, a-2) {
					a = w
				}
			}
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
}

// nameStop reports whether c ends a word of a display name.
func nameStop(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == ',' || c == ':' || c == ';' ||
		c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']'
}

// hasOrgWord reports whether one of orgWords is a word of the lower-case
// phrase p.
func hasOrgWord(p string) bool {
	for w := range strings.FieldsSeq(p) {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// orgWordAfter reports whether one of orgWords follows text[:end] after a
// space.
func orgWordAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(text) && isAlpha(text[k]) {
		k++
	}
	return k > end+1 && orgWords[strings.ToLower(text[end+1:k])]
}

// botAfter reports whether what follows a name ending at end says it is
// a program's: "I'm Ava, a virtual assistant", "Ava, your AI assistant".
func botAfter(lower string, end int) bool {
	// (asked of every lone listed name: the article or the owner is
	// looked for first, then the words)
	w := lower[end:min(len(lower), end+40)]
	k := 0
	if strings.HasPrefix(w, ", ") {
		k = 2
	} else if len(w) > 0 && w[0] == ' ' {
		k = 1
	}
	if k == 0 || !strings.HasPrefix(w[k:], "a ") && !strings.HasPrefix(w[k:], "an ") && !strings.HasPrefix(w[k:], "the ") &&
		!strings.HasPrefix(w[k:], "your ") {
		return false
	}
	for _, b := range [...]string{"virtual assistant", "virtual agent", "ai assistant", "digital assistant", "chatbot",
		"automated assistant"} {
		if strings.Contains(w, b) {
			return true
		}
	}
	return containsWord(w, "bot")
}

// trimNotNames drops the leading and trailing words of t.S[start:end]
// that are not names ("Support", "there").
func trimNotNames(t *Text, start, end int) (int, int) {
	text := t.S
	for start < end {
		k := end
		for k > start && !isSpace(text[k-1]) {
			k--
		}
		if !t.notNameAt(k, end) || text[k:end] == "An" && vietnameseBefore(text, start, k) {
			break // (a Vietnamese given name An: Nguyễn Văn An)
		}
		end = k
		for end > start && isSpace(text[end-1]) {
			end--
		}
	}
	for start < end {
		k := start
		for k < end && !isSpace(text[k]) {
			k++
		}
		if !t.notNameAt(start, k) {
			break
		}
		start = skipSpace(text[:end], k)
	}
	return start, end
}

// vietnameseBefore reports whether the word before k, in text[start:k],
// is a Vietnamese name's: a middle name (Văn, Thị, Van, Thi) or a word with
// Vietnamese letters (ă, ơ, ư, đ and the tone marks' ranges).
func vietnameseBefore(text string, start, k int) bool {
	e := k
	for e > start && isSpace(text[e-1]) {
		e--
	}
	a := e
	for a > start && !isSpace(text[a-1]) {
		a--
	}
	w := text[a:e]
	switch w {
	case "Văn", "Thị", "Van", "Thi", "Đức", "Duc", "Minh", "Hoàng", "Ngọc":
		return true
	}
	for _, r := range w {
		if r == 'ă' || r == 'ơ' || r == 'ư' || r == 'đ' || r == 'Đ' || r >= 0x1EA0 && r <= 0x1EF9 {
			return true
		}
	}
	return false
}

// notNameAt reports whether t.S[i:j], in any case (ASCII), is one of
// notNames.
func (t *Text) notNameAt(i, j int) bool {
	head, _ := t.wordKeys(i, j)
	return notNameWords.lookup(head, t.Lower[i:j]) != nil
}

// capitalSoon reports whether a word starting with a capital letter begins
// within n bytes after the cue word at h (the cue itself not counted).
func capitalSoon(text string, h, n int) bool {
	i := h
	for i < len(text) && text[i] != ' ' && text[i] != '\n' && text[i] != ',' {
		i++
	}
	for end := min(len(text), i+n); i < end; i++ {
		prev := text[i-1]
		if prev == '\r' && i-2 > h {
			prev = text[i-2] // a CRLF line end
		}
		if c := text[i]; c == '.' || c == '?' || c == '!' || c == '\n' && i+1 < len(text) && text[i+1] != ' ' && i > h+1 && prev != ',' {
			return false // the cue's sentence or line ended without a name
		}
		if (text[i] >= 'A' && text[i] <= 'Z' || text[i] >= 0xC3 && text[i] <= 0xDF) && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t') {
			return true
		}
	}
	return false
}

// saidWords follow a name: "Olu Mensah said", "Dana from billing",
// "Tomasz speaking, how can I help?", and a chat's system lines ("Zanele
// has joined the chat").
var saidWords = newKeywords("said", "told me", "told us", "promised", "confirmed", "mentioned", "called", "asked",
	"wrote", "emailed", "phoned", "replied",
	"from billing", "from accounting", "from support", "from sales", "from the store", "from tech", "speaking",
	"from your sales", "from your support", "from your billing", "from your team", "from your tech", "from your accounts",
	"from your office", "from your store", "from your company", "from the sales", "from the support", "from the billing",
	"from the accounts", "from the tech", "from the office", "from customer service", "from your customer service",
	"from the warehouse", "from your warehouse", "from the depot", "from dispatch", "from logistics", "from shipping",
	"from the shop", "from returns",
	"has joined", "joined the chat", "has left the", "left the chat", "is typing")

// findSaid flags the capitalised words (one or two, particles allowed)
// right before a verb of speech.
func findSaid(t *Text, dst []Span) []Span {
	text := t.S
	for _, h32 := range keywordHits(t, saidWords) {
		h := int(h32)
		start, end, words := nameBefore(t, h)
		if words == 0 || sentenceStart(text, start) && words == 1 && commonWords[strings.ToLower(text[start:end])] {
			continue
		}
		if words == 1 && strings.HasSuffix(text[start:end], "ly") && strings.HasPrefix(t.Lower[h:], "speaking") {
			continue // "Generally speaking", "Strictly speaking"
		}
		if words == 1 && (upperWord(text[start:end]) || innerCapital(text, start) || pronouns[t.Lower[start:end]]) {
			continue // "UPS said", "FedEx said": a company; "He said"
		}
		if weakSaid(t.Lower[h:]) && !weakSaidName(t, start, end, words) {
			continue // "When called with …", "Fix called twice", "Chase called me"
		}
		dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
	}
	return dst
}

// pronouns are capitalised words before a verb of speech that name no
// one: "He said", "She asked".
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "it": true,
	"who": true, "someone": true, "somebody": true, "nobody": true, "everyone": true, "mom": true, "dad": true, "mum": true}

// weakSaid reports whether the saidWords hit at lower's start is one of
// the verbs that follow words other than names too: "When called with",
// "If asked", "the function called".
func weakSaid(lower string) bool {
	for _, v := range [...]string{"called", "asked", "wrote", "emailed", "phoned", "replied", "from your", "from the s", "from the b",
		"from the a", "from the t", "from the o", "from the w", "from the d", "from customer", "from dispatch", "from logistics",
		"from shipping", "from returns"} {
		if strings.HasPrefix(lower, v) {
			return true
		}
	}
	return false
}

// weakSaidName reports whether the words text[start:end] before a weak
// verb of speech are a name: two words with a lower-case letter, no
// possessive and no stop word first ("Tavish McAllister called"), or a
// listed given name that is no word ("Karen asked").
func weakSaidName(t *Text, start, end, words int) bool {
	w := t.S[start:end]
	if words == 1 {
		return listedFirst(t, start, end) && !commonWords[t.Lower[start:end]]
	}
	first := t.Lower[start : start+strings.IndexByte(w, ' ')]
	return !noLower(w) && !strings.Contains(w, "'") && !strings.Contains(w, "’") && !lowerStops[first] && !sentenceWords[first]
}

// sentenceWords open sentences in manuals and changelogs before a verb of
// speech, capitalised as a name would be ("Per John's request", "Fix
// called twice").
var sentenceWords = map[string]bool{"per": true, "fix": true, "fixed": true, "when": true, "if": true, "once": true,
	"previously": true, "frequently": true, "unless": true, "always": true, "never": true, "often": true}

// nameBefore reads the capitalised words (one or two, particles allowed,
// not notNames) that end, spaces apart, right before the keyword at h:
// "Olu Mensah said", "Xiadani here". words is 0 when there are none.
func nameBefore(t *Text, h int) (start, end, words int) {
	text := t.S
	end = h
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	if end == h {
		return 0, 0, 0
	}
	start = end
	for words < 2 {
		i := start
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		j := wordStart(text, i)
		if j == i {
			break
		}
		w := text[j:i]
		if isParticle(w) {
			start = j
			continue
		}
		if !startsUpper(w) || notNames[strings.ToLower(w)] {
			break
		}
		start = j
		words++
	}
	for start < end && (text[start] == ' ' || !startsUpper(text[start:end])) {
		// drop leading particles or spaces
		k := strings.IndexByte(text[start:end], ' ')
		if k < 0 {
			start = end
			break
		}
		start += k + 1
	}
	if start >= end {
		return 0, 0, 0
	}
	return start, end, words
}
