package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Names written in lower case. Speech recognition writes a call's
// transcript without capitals ("my name is maria gonzalez"), and so do
// customers typing fast ("hi im sarah"). The capitalised-name readers find
// nothing there; this one reads the word after a cue when it is in lower
// case: a listed first name after any cue ("i'm", "this is", "thanks"),
// or, after a cue that says a name follows ("my name is", "me llamo"),
// any word that is not a stop word. A second word that is no stop word is
// taken for the surname.

// lowerCues introduce a name written in lower case: the anchors of the
// first and the greeting personCues (so their words cost the per-word
// loop nothing more), and these.
var lowerCues = newKeywords("im", "it's", "its", "ich heiße", "mister", "missus", "doctor", "is this", "reached", "ok",
	"okay", "alright", "thx", "thanx",
	// Spanish, French, Italian, German, Portuguese and Dutch: "I am",
	// "it's", "here is", "you're speaking with", thanks, titles
	"sono", "c'est", "hier ist", "hier is", "aqui é", "aquí", "habla con", "met", "gracias", "merci", "grazie", "danke",
	"obrigado", "obrigada", "bedankt", "madame", "monsieur", "señor", "señora", "signora", "signor", "senhor",
	"senhora", "meneer", "mevrouw", "transfer you to", "transferring you to", "connect you with", "connecting you with",
	"connect you to", "connecting you to", "voicemail of", "call from", "calls from", "message from", "voicemail from",
	"text from", "email from", "transfer me to", "put me through to", "connect me to", "connect me with", "speak to",
	"speak with")

// lowerPhrases are the phrases read after those anchors, and relationNouns.
var lowerPhrases = []string{"name is", "name's", "name ist", "name was", "name:", "name,", "this is", "i am", "i'm", "call me", "me llamo", "ok", "okay",
	"alright", "thx", "thanx", "voicemail of", "call from", "calls from", "message from", "voicemail from", "text from",
	"email from", "transfer me to", "put me through to", "connect me to", "connect me with", "speak to", "speak with",
	"thanks so much", "thank you so much", "thanks a lot", "thank you very much", "tell", "ask", "ask for",
	"mi nombre es", "je m'appelle", "mi chiamo", "ik ben", "soy", "je suis", "hi", "hello", "hey", "thanks",
	"thank you", "im", "it's", "its", "ich heiße", "it's me", "its me", "is this", "reached", "speaking with", "speaking to",
	"talked to", "talked with", "spoke to", "spoke with", "name on the account is", "transfer you to",
	"transferring you to", "connect you with", "connecting you with", "connect you to", "connecting you to",
	"name on the account's", "name on the card is", "name on file is", "name on it is",
	"soy", "sono", "sou", "c'est", "je suis", "ik ben", "hier ist", "hier is", "hier spricht", "aqui é a", "aqui é o",
	"aqui é", "aquí", "habla con", "met", "gracias", "merci", "grazie", "danke", "obrigado", "obrigada", "bedankt",
	"madame", "monsieur", "señor", "señora", "signora", "signor", "senhor", "senhora", "meneer", "mevrouw", "herr",
	"frau",
	// titles ("ms okafor"); relations ("my husband david") are added below
	"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "mister", "missus", "doctor"}

// lowerTitles are the lowerPhrases that are titles: a surname follows, and
// any word that is no stop word may be one ("ms okafor", not "ms teams").
var lowerTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "mr.": true, "mrs.": true,
	"ms.": true, "dr.": true, "mister": true, "missus": true, "madame": true, "monsieur": true, "señor": true,
	"señora": true, "signora": true, "signor": true, "senhor": true, "senhora": true, "meneer": true,
	"mevrouw": true, "herr": true, "frau": true} // "doctor" is a word too: a listed name after it only

// strongLowerCues say that a name follows: any word after them may be one
// ("name is" only after "my", "his", "her", "first", "last", "full").
var strongLowerCues = map[string]bool{"me llamo": true, "mi nombre es": true, "je m'appelle": true,
	"mi chiamo": true, "ich heiße": true, "name on the account is": true, "name on the account's": true,
	"name on the card is": true, "name on file is": true, "name on it is": true}

// nameOwners make "name is" strong when they stand before it.
var nameOwners = map[string]bool{"my": true, "his": true, "her": true, "first": true, "last": true, "full": true,
	"mein": true}

// relationOwners may stand before a relation noun in lower case: "my
// husband david", "her son miguel".
var relationOwners = map[string]bool{"my": true, "her": true, "his": true, "our": true, "their": true, "your": true}

// roleNouns are the relationNouns of a trade, which "the" may stand
// before too: "the technician Rosamunda", not "the admin PIN".
var roleNouns = map[string]bool{"technician": true, "engineer": true, "courier": true, "installer": true,
	"supervisor": true, "manager": true, "landlord": true, "landlady": true, "receptionist": true, "accountant": true,
	"lawyer": true, "attorney": true, "bookkeeper": true, "secretary": true, "caregiver": true, "carer": true}

// relationOwned reports whether the relation noun at h stands after one
// of relationOwners, or is a roleNoun after "the".
func relationOwned(t *Text, h int) bool {
	w := wordBefore(t, h)
	if relationOwners[w] {
		return true
	}
	if w != "the" {
		return false
	}
	e := h
	for e < len(t.Lower) && isAlpha(t.Lower[e]) {
		e++
	}
	return roleNouns[t.Lower[h:e]]
}

// greetingLower are the lowerCues that greet or thank: one word follows.
var greetingLower = map[string]bool{"hi": true, "hello": true, "hey": true, "thanks": true, "thank you": true,
	"ok": true, "okay": true, "alright": true, "thx": true, "thanx": true, "thanks so much": true, "thank you so much": true,
	"thanks a lot": true, "thank you very much": true, "tell": true, "ask": true, "ask for": true,
	"gracias": true, "merci": true, "grazie": true, "danke": true, "obrigado": true, "obrigada": true, "bedankt": true}

// lowerStops are the words after a cue that are no name: function words,
// and what follows "my name is" in a complaint ("my name is wrong on the
// bill", "spelled", "still showing").
var lowerStops = func() map[string]bool {
	m := map[string]bool{}
	for w := range notNames {
		m[w] = true
	}
	for w := range commonWords {
		m[w] = true
	}
	for _, w := range []string{"and", "but", "or", "is", "was", "be", "been", "being", "are", "were", "to", "of",
		"by", "as", "if", "then", "than", "because", "when", "where", "what", "who", "how", "why", "which", "one",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "zero", "oh", "uh", "um", "er", "ah", "yeah",
		"yep", "hmm", "well", "like", "actually", "also", "already", "spelled", "spelt", "spell", "wrong", "incorrect",
		"misspelled", "missing", "listed", "showing", "shown", "different", "correct", "right", "under", "attached",
		"linked", "changed", "same", "there", "their", "they", "he", "she", "him", "her", "his", "hers", "me", "we",
		"us", "you're", "it's", "its", "im", "i", "a", "an", "the", "too", "calling", "call", "called", "speaking",
		"fine", "good", "ok", "okay", "sure", "sorry", "unable", "trying", "waiting", "still", "now", "just", "only",
		"really", "frustrated", "confused", "interested", "wondering", "writing", "following", "asking", "getting",
		"going", "doing", "having", "about", "regarding", "concerning", "re", "your", "our", "my", "mine",
		"new", "not", "never", "no", "yes", "so", "very", "here", "from", "with", "on", "in", "at", "for", "back",
		"again", "please", "any", "anyone", "someone", "everyone", "all", "both", "each", "some", "more", "less",
		"customer", "agent", "support", "service", "manager", "supervisor", "account", "holder", "owner", "user",
		"guest", "member", "admin", "team", "everybody", "there's", "that's", "what's", "here's", "great",
		"perfect", "awesome", "much", "lot", "ever", "first", "last", "name", "surname", "email", "phone",
		"number", "address", "order", "underscore", "dash", "hyphen", "que", "el", "la", "de", "en", "un", "una",
		"le", "les", "des", "et", "ist", "der", "die", "das", "und", "het", "een",
		// the function words of the other languages after a name ("soy maría y llamo …")
		"y", "e", "o", "ou", "oder", "of", "pero", "mais", "ma", "aber", "maar", "ik", "je", "ich", "yo", "eu", "io",
		"por", "pour", "per", "für", "voor", "con", "avec", "mit", "met", "com", "ho", "tengo", "llamo", "j'appelle",
		"wegen", "habe", "bel", "ligo", "chiamo", "del", "du", "dal", "vom", "aus", "from", "ici", "aquí", "aqui",
		// what follows "ms" and "dr" that is no surname
		"teams", "office", "word", "excel", "outlook", "edge", "windows", "access", "paint", "store", "dos", "sql",
		"drive", "later", "delay", "latency", "ago", "per", "max", "timeout",
		// a chat's fillers after a name ("my sister maria lol")
		"lol", "lmao", "haha", "hahaha", "btw", "pls", "plz", "thx", "asap", "tho", "rn", "tbh", "imo", "idk", "ok",
		"okay", "xx", "xo",
		// when ("who am i speaking with today")
		"today", "tonight", "tomorrow", "yesterday", "currently", "this", "that", "these", "those"} {
		m[w] = true
	}
	for w := range strings.FieldsSeq(commonVerbs) {
		m[w] = true
	}
	for w := range strings.FieldsSeq(commonAdjectives) {
		m[w] = true
	}
	return m
}()

// commonAdjectives say how things are after "this is" or "i'm", where a
// name may stand: "this is ridiculous from start to finish". Those that
// are surnames too (Young, Long, Best, Small) are not here.
const commonAdjectives = `ridiculous unacceptable frustrating urgent important terrible horrible awful insane crazy absurd annoying outrageous
strange weird odd amazing incredible unbelievable impossible useless pointless hopeless disgusting pathetic late
slow fast quick easy hard difficult simple possible necessary serious funny sad bad worse worst better lovely
wonderful fantastic excellent brilliant helpful unhelpful rude polite mad upset scared afraid nervous anxious calm
patient impatient honest false fake expensive available unavailable open closed busy empty full big huge tiny old
ready done`

// lowerSets are the ids of the keyword sets whose hits findLowerNames
// reads: the first four person cues' anchors, and lowerCues.
var lowerSets = [...]int{personCues[0].anchors.id, personCues[1].anchors.id, personCues[2].anchors.id,
	personCues[3].anchors.id, lowerCues.id}

// lowerPhrase is a phrase of lowerCues and how the word after it is read.
type lowerPhrase struct {
	p        string
	strong   bool // any word that is no stop word may be a name (strongLowerCues)
	greeting bool // no surname is read (greetings, titles, relations)
	relation bool // a relationNouns word: "my" must come before it
}

// lowerByFirst holds lowerCues' phrases by their first byte, so that a hit
// is compared only with the phrases that can start there.
var lowerByFirst = func() (m [256][]lowerPhrase) {
	for _, p := range lowerPhrases {
		// a title's surname or a greeting's first name: one word, what
		// follows is the sentence ("thanks john appreciate it")
		one := greetingLower[p] || lowerTitles[p]
		m[p[0]] = append(m[p[0]], lowerPhrase{p: p, strong: strongLowerCues[p] || lowerTitles[p], greeting: one})
	}
	for _, p := range relationNouns {
		// a relation's first name, after "my" ("my husband david set it up")
		m[p[0]] = append(m[p[0]], lowerPhrase{p: p, greeting: true, relation: true})
	}
	return m
}()

// findLowerNames flags names in lower case after lowerCues.
func findLowerNames(t *Text, dst []Span) []Span {
	if !t.setsDone {
		t.bucketHits()
	}
	s, lower, pos, starts := t.S, t.Lower, t.setPos, t.setStart
	for _, id := range lowerSets {
		// keywordHits, written out: most texts have no hit of most sets
		a, b := starts[id], starts[id+1]
		if a == b {
			continue
		}
		for _, h32 := range pos[a:b] {
			h := int(h32)
			if s[h] < 'a' || s[h] > 'z' || h > 0 && (s[h-1] == '-' || s[h-1] == '.' || s[h-1] == '/') {
				continue // "Hi", "I'm": who capitalises the cue capitalises the name; "-ms", "x.dr": no cue
			}
			// the longest phrase at h
			var ph lowerPhrase
			for _, p := range lowerByFirst[lower[h]] {
				if len(p.p) > len(ph.p) && strings.HasPrefix(lower[h:], p.p) {
					ph = p
				}
			}
			j := h + len(ph.p)
			if ph.p == "" || j+1 >= len(s) || ph.relation && !relationOwned(t, h) {
				continue
			}

			if lowerTitles[ph.p] && (s[j] == ',' || h >= 2 && s[h-1] == ' ' && isDigit(s[h-2])) {
				continue // "12 ms, jitter": a unit, not Ms
			}
			if s[j] == ',' {
				j++ // "hi, sarah"
			}
			if s[j] != ' ' || j+1 >= len(s) || (s[j+1] < 'a' || s[j+1] > 'z') && !lowerAccentAt(s, j+1) {
				continue // the common case: a capital, or no word, after the cue
			}
			j++
			e1 := lowerWordAt(s, j)
			if e1 < 0 {
				continue
			}
			if e1-j > 3 && s[e1-2] == '\'' && s[e1-1] == 's' {
				e1 -= 2 // "my son aiden's tablet": the possessive is no part
			}
			w1 := s[j:e1]
			if ph.p == "met" && !dutchMet(t, h) {
				continue // "met" is "with" but where a call opens ("hoi, met sanne")
			}
			if strings.HasPrefix(ph.p, "name") && ph.p != "name:" && ph.p != "name," && ph.p != "name was" && (nameOwners[wordBefore(t, h)] || relationPossessive(t, h)) {
				ph.strong = true // "my name is", "my son's name is aiden"
			}
			// the surname's words: up to three more in lower case that are
			// no stop words, particles between them (julio césar zavala
			// lebrón, agustín reyes de adorno)
			var ends [3]int
			n := lowerSurnameEnds(s, e1, &ends)
			strong := ph.strong || lowerStrongAfter(t, h, ph.p, e1, ends[:n])
			if !strong && !listedLower(t, j, e1) || strong && len(w1) < 2 || lowerStops[w1] || !boundaryBefore(s, h) {
				continue
			}
			e := e1
			// after a cue that introduces someone, the surname's words;
			// a greeting or thanks is followed by more words of the
			// sentence ("thanks john appreciate it"): after one, only
			// before "here" ("hi, maria lopez here"); after a relation,
			// ending the clause ("my dad george okafor, he's …")
			for k := n - 1; k >= 0; k-- {
				if !ph.greeting && !ph.relation || hereAt(lower, ends[k]) || ph.relation && (clauseEndAt(s, ends[k]) || wordAfterIn(s, ends[k], commonVerbSet)) {
					e = ends[k]
					break
				}
			}
			dst = append(dst, Span{Start: j, End: e, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// lowerSurnameEnds puts in ends the ends of the up to three words in lower
// case after e1 that may be a surname's: no stop word, more than one
// letter ("smith s m i t h" spells what it says), no number after, and
// particles only between two of them. It returns how many there are.
func lowerSurnameEnds(s string, e1 int, ends *[3]int) int {
	n := 0
	for k := e1; n < len(ends) && k+1 < len(s) && s[k] == ' '; {
		e2 := lowerWordAt(s, k+1)
		if e2 < 0 {
			break
		}
		w := s[k+1 : e2]
		if nameParticles[w] {
			if e3 := lowerWordAt(s, e2+1); e2+1 < len(s) && s[e2] == ' ' && e3 > e2+3 && !lowerStops[s[e2+1:e3]] {
				k = e2 // "de adorno": the particle joins the next word
				continue
			}
			break
		}
		if e2 <= k+2 || lowerStops[w] || notMailboxes[w] || e2+1 < len(s) && s[e2] == ' ' && isDigit(s[e2+1]) {
			break
		}
		ends[n] = e2
		n++
		k = e2
	}
	return n
}

// nameParticles join a surname's words in lower case.
var nameParticles = map[string]bool{"de": true, "del": true, "della": true, "da": true, "das": true, "do": true,
	"dos": true, "di": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "la": true, "le": true,
	"bin": true, "binti": true, "al": true, "el": true, "y": true}

// lowerStrongAfter reports whether what surrounds a name in lower case
// says it is one, whatever the word: a question of who is speaking ("am
// i speaking with ariel remy"), an agent's greeting ("this is childebert
// marty how can i help"), a transfer asked for ("transfer me to
// abhirath"). ends are the surname's possible ends after the first word's
// end e1.
func lowerStrongAfter(t *Text, h int, p string, e1 int, ends []int) bool {
	s := t.S
	switch p {
	case "speaking with", "speaking to", "spoke with", "spoke to", "talked to", "talked with":
		// "am i speaking with ariel remy"; a full name of words that are
		// no stop words ends its clause or meets one: "i spoke with
		// mariano mendoza soria yesterday"
		return strings.HasSuffix(t.Lower[max(0, h-5):h], "am i ") || strings.HasSuffix(t.Lower[max(0, h-8):h], "i'm not ") ||
			len(ends) > 0 && (clauseEndAt(s, ends[len(ends)-1]) || wordAfterIn(s, ends[len(ends)-1], lowerStops))
	case "transfer me to", "put me through to", "connect me to", "connect me with":
		return true
	case "speak to", "speak with":
		// "can i speak to claude renault", "may i speak with …"
		b := t.Lower[max(0, h-8):h]
		return strings.HasSuffix(b, "can i ") || strings.HasSuffix(b, "may i ") || strings.HasSuffix(b, "could i ")
	case "thanks", "thank you":
		// a farewell after the name: "thanks silvan have a good day"
		r := t.Lower[e1:min(len(t.Lower), e1+16)]
		return strings.HasPrefix(r, " have a ") || strings.HasPrefix(r, " take care") || strings.HasPrefix(r, " bye")
	case "this is":
		// "this is childebert marty how can i help", "this is tatum from
		// apartment four", opening a turn ("note that this is distinct
		// from" is no introduction)
		if !turnOpensAt(t, h) {
			return false
		}
		if helpAfter(t.Lower, e1) || strings.HasPrefix(t.Lower[e1:], " from ") {
			return true
		}
		for _, e := range ends {
			if helpAfter(t.Lower, e) || strings.HasPrefix(t.Lower[e:], " from ") {
				return true
			}
		}
	case "is this":
		// a question ending with a full name, opening its turn: "agent:
		// is this gunilla wallin" (one word is as often a word: "is this
		// redundant?"; "but it is this thread\n itself": no)
		if len(ends) == 0 || !turnOpensAt(t, h) {
			return false
		}
		end := ends[len(ends)-1]
		return end == len(s) || s[end] == '?' || s[end] == '\n'
	case "i'm", "im", "i am":
		// "hi i'm baala i have a problem", "im liberto calling about"
		r := t.Lower[e1:min(len(t.Lower), e1+10)]
		return strings.HasPrefix(r, " i ") || strings.HasPrefix(r, " calling") || strings.HasPrefix(r, " from ") ||
			strings.HasPrefix(r, " here")
	}
	return false
}

// turnOpensAt reports whether the cue at h opens a turn or a clause: after
// a speaker's colon, a line's start, a stop or comma, or a greeting or
// filler word.
func turnOpensAt(t *Text, h int) bool {
	k := h
	for k > 0 && t.S[k-1] == ' ' {
		k--
	}
	if k == 0 || strings.IndexByte(":\n.?!,", t.S[k-1]) >= 0 {
		return true
	}
	switch wordBefore(t, h) {
	case "hi", "hello", "hey", "yes", "yeah", "yep", "ok", "okay", "um", "uh", "oh", "so", "well", "morning", "afternoon", "evening",
		"calling", "thanks": // "thank you for calling this is …"
		return true
	}
	return false
}

// lowerAccentAt reports whether a lower-case letter of more than one byte
// starts at i (élise, ígor, øystein).
func lowerAccentAt(s string, i int) bool {
	if s[i] < 0xC3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLower(r)
}

// wordAfterIn reports whether a word of set follows at i, after a space:
// the name before it has ended (a stop word, lowerStops; a verb,
// commonVerbSet).
func wordAfterIn(s string, i int, set map[string]bool) bool {
	if i+1 >= len(s) || s[i] != ' ' {
		return false
	}
	e := lowerWordAt(s, i+1)
	return e > 0 && set[s[i+1:e]]
}

// helpAfter reports whether an agent's offer of help follows at i: " how
// can i help", " how may i assist", " speaking".
func helpAfter(lower string, i int) bool {
	r := lower[i:min(len(lower), i+24)]
	r = strings.TrimLeft(r, " ,")
	return strings.HasPrefix(r, "how can i ") || strings.HasPrefix(r, "how may i ") || strings.HasPrefix(r, "speaking")
}

// commonVerbSet holds commonVerbs.
var commonVerbSet = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(commonVerbs) {
		m[w] = true
	}
	return m
}()

// commonVerbs are the verbs that follow a name in lower case ("my husband
// maja lundqvist set it up", "thanks silvan have a good day"), in their
// common forms: a surname's word stops before them. Verbs that are
// surnames too (cook, hunt, fry, rose, chase, bill, mark) are not here.
const commonVerbs = `be am being been have has had having do does did done doing say says said saying get gets got
getting gotten make makes made making go goes went gone going know knows knew known take takes took taken taking see sees
saw seen come comes came coming think thinks thought look looks looked looking want wants wanted give gives gave given
use uses used using find finds found tell tells told ask asks asked work works worked working seem seems seemed feel
feels felt try tries tried trying leave leaves left call calls called need needs needed set sets put puts mean means
meant keep keeps kept let lets begin began help helps helped show shows showed shown hear hears heard play plays played
run runs ran move moves moved like likes liked live lives lived believe hold holds held bring brings brought happen
happened write writes wrote written sit sat stand stood lose loses lost pay pays paid meet meets met include included
continue learn learned change changes changed lead understand understood watch watched follow followed stop stops stopped
create created speak speaks spoke spoken read reads allow allowed add adds added spend spent grow open opens opened walk
walked win won offer offered remember remembered love loves loved consider appear appears appeared buy buys bought wait
waits waited serve served die died expect expected build built stay stays stayed fall fell cut reach reached remain
suggest suggested raise pass passed sell sold require required report reported decide decided pull pulled fix fixes fixed
break breaks broke broken charge charged order ordered cancel cancelled canceled ship shipped return returned install
installed check checked update updated replace replaced sign signed log logged text texted email emailed contact
contacted reply replied receive received arrive arrived deliver delivered sent send sends can could will would shall
moving coming messaging contacting texting emailing reaching derived based copied adapted translated imported
generated exported forwarded
should may might must wasn't isn't doesn't didn't hasn't haven't can't won't couldn't wouldn't also always usually
never just still already really please thank thanks hope`

// relationPossessive reports whether a relation's possessive ends before
// h: "my son's name", "her husband's name".
func relationPossessive(t *Text, h int) bool {
	e := h
	for e > 0 && t.S[e-1] == ' ' {
		e--
	}
	if e < 4 || t.Lower[e-2:e] != "'s" {
		return false
	}
	a := e - 2
	for a > 0 && isAlpha(t.S[a-1]) {
		a--
	}
	return relationNounSet[t.Lower[a:e-2]]
}

// relationNounSet holds relationNouns.
var relationNounSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range relationNouns {
		m[w] = true
	}
	return m
}()

// clauseEndAt reports whether a clause ends at i: a comma, a full stop,
// a question or exclamation mark, a line's or the text's end.
func clauseEndAt(s string, i int) bool {
	return i == len(s) || strings.IndexByte(",.!?;\n", s[i]) >= 0
}

// hereAt reports whether " here" follows at i, a word of its own.
func hereAt(lower string, i int) bool {
	return strings.HasPrefix(lower[i:], " here") && (i+5 == len(lower) || !isAlpha(lower[i+5]))
}

// dutchMet reports whether the "met" at h opens a call, as the Dutch say
// who is speaking ("hoi, met sanne", "goedemiddag, met jan"): after a
// greeting, a comma or the start of the text.
func dutchMet(t *Text, h int) bool {
	i := h
	for i > 0 && t.S[i-1] == ' ' {
		i--
	}
	if i == 0 || t.S[i-1] == ',' || t.S[i-1] == '.' || t.S[i-1] == ':' || t.S[i-1] == '!' {
		return true
	}
	switch wordBefore(t, h) {
	case "hoi", "hallo", "dag", "goedemorgen", "goedemiddag", "goedenavond", "ja", "hey", "klant", "agent":
		return true
	}
	return false
}

// listedLower reports whether the lower-case word t.S[i:j] is a listed
// first name that is no ordinary word.
func listedLower(t *Text, i, j int) bool {
	w := t.S[i:j]
	if commonWords[w] {
		return false
	}
	if isASCIIWord(w) && strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, '-') < 0 {
		head, _ := t.wordKeys(i, j)
		e := lexicon.lookup(head, w)
		return e != nil && e.name
	}
	var buf [64]byte
	if h := strings.IndexByte(w, '-'); h > 0 && !firstNames[string(foldAppend(buf[:0], w))] {
		w = w[:h] // anne-marie, jean-luc: a listed first part
	}
	return len(w) <= len(buf) && firstNames[string(foldAppend(buf[:0], w))]
}

// lowerWordAt returns the end of a word in lower case at i: a lower-case
// ASCII letter, then letters (accented ones too), apostrophes or hyphens
// inside; -1 when there is none or the word goes on in capitals or digits.
func lowerWordAt(s string, i int) int {
	if i >= len(s) || (s[i] < 'a' || s[i] > 'z') && !lowerAccentAt(s, i) {
		return -1
	}
	j := i + 1
	for j < len(s) {
		c := s[j]
		switch {
		case c >= 'a' && c <= 'z', c >= 0x80:
			j++
		case (c == '\'' || c == '-') && j+1 < len(s) && s[j+1] >= 'a' && s[j+1] <= 'z':
			j += 2
		case c >= 'A' && c <= 'Z', isDigit(c), c == '_', c == '@':
			return -1
		default:
			return j
		}
	}
	return j
}

// spells reports whether the single letters of s[start:end] spell the
// word s[a:b] before them, a space, a comma or a dash apart.
func spells(s string, a, b, start, end int) bool {
	if a >= b || b > start {
		return false
	}
	gap := s[b:start]
	if strings.TrimLeft(gap, " ,-–:") != "" || len(gap) > 3 {
		return false
	}
	k := a
	for i := start; i < end; i++ {
		if !isAlpha(s[i]) {
			continue
		}
		if k >= b || lowerByte[s[i]] != lowerByte[s[k]] {
			return false
		}
		k++
	}
	return k == b
}

// minSpelledLetters is the fewest letters a name spelled out letter by
// letter has here ("n g u y e n", "K-O-W-A-L-S-K-I"): fewer are too often
// initials or a list's labels.
const minSpelledLetters = 4

// findSpelledLetters flags names spelled out letter by letter: on the
// phone, callers spell what a speech recognizer would get wrong. A run of
// single letters of one case, parted by one separator throughout (a
// space, a hyphen, a dot, or a dot and a space), that is not the alphabet
// in order ("a b c d").
func findSpelledLetters(t *Text, dst []Span) []Span {
	if !spelledLettersMay(t.masks[:(len(t.S)+63)/64]) {
		return dst
	}
	return spelledLetters(t, dst)
}

// spelledLetters is findSpelledLetters without its filter.
func spelledLetters(t *Text, dst []Span) []Span {
	s := t.S
	ws := unsafe.Slice((*[2]int32)(unsafe.Pointer(unsafe.SliceData(t.words))), len(t.words)/2)
	for w := 0; w < len(ws); w++ {
		if ws[w][1]-ws[w][0] != 1 {
			continue // the common word: longer than a letter
		}
		start, end, n, inOrder := int(ws[w][0]), int(ws[w][1]), 1, true
		upper := isUpper(s[start])
		sep := ""
		k := w + 1
		for ; k < len(ws) && ws[k][1]-ws[k][0] == 1; k++ {
			// one separator throughout, one case throughout: not a list
			// ("L, M, N, P") or keys ("C-x v g")
			gap := s[end:ws[k][0]]
			if gap != " " && gap != "-" && gap != "." && gap != ". " || sep != "" && gap != sep || isUpper(s[ws[k][0]]) != upper {
				break
			}
			sep = gap
			inOrder = inOrder && lowerByte[s[ws[k][0]]] == lowerByte[s[end-1]]+1
			end, n = int(ws[k][1]), n+1
		}
		first := w
		w = k - 1 // the run's words are done
		if n >= minSpelledLetters && !inOrder && boundaryBefore(s, start) && boundaryAfter(s, end) {
			dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
			// the word just before, when the letters spell it: "the name
			// is okonkwo o k o n k w o"
			if first > 0 && spells(s, int(ws[first-1][0]), int(ws[first-1][1]), start, end) {
				dst = append(dst, Span{Start: int(ws[first-1][0]), End: int(ws[first-1][1]), Entity: Person, Priority: prioPerson})
			}
		}
	}
	return dst
}

// spelledLettersMay reports whether lex's masks show two one-letter words
// two or three bytes apart in one block ("n g", "n. g"), as four spelled
// letters always do at least once; most texts have none, and are done
// with here at a few instructions a block.
func spelledLettersMay(masks []blockMasks) bool {
	var carry uint64 // the last bit of the previous block's words
	for i := range masks {
		wm := masks[i].word
		var next uint64
		if i+1 < len(masks) {
			next = masks[i+1].word & 1
		}
		single := wm &^ (wm<<1 | carry) &^ (wm>>1 | next<<63)
		if single&(single>>2|single>>3) != 0 {
			return true
		}
		carry = wm >> 63
	}
	return false
}
