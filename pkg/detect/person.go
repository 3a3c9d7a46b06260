package detect

import (
	"regexp"
	"strings"
)

// A capitalised name word: "María", "O'Brien", "Jean-Luc", "McDonald".
const nameWord = `\p{Lu}[\p{Ll}\p{Lu}]*(?:['’-]\p{Lu}?[\p{Ll}]+)*`

// Particles inside surnames: "de Vries", "van der Berg", "da Silva".
const particle = `(?:de|van|von|der|den|da|di|du|del|della|la|le|dos|das|bin|ibn|al|ter|ten)`

// A name of one to three words, particles allowed before a surname.
const nameSeq = `(?:` + particle + `\s+)*` + nameWord + `(?:\s+(?:` + particle + `\s+)*` + nameWord + `){0,2}`

// personPatterns find names after cue words. Group 1 is the name. Each
// expression is anchored at the start (^) and runs only at its cue words
// (lower case), on the next `after` bytes.
var personPatterns = []struct {
	re            *regexp.Regexp
	anchors       *keywords
	before, after int
	lineEnd       bool // the name must end its line (sign-offs)
}{
	{regexp.MustCompile(`^(?i:\bmy name is|\bmy name's|\bname is|\bthis is|\bi am|\bi'm|\bspeaking with|\bspeaking to|\byou're speaking to|\byou are speaking with|\bcall me|\bask for|\btalked to|\btalked with|\bspoke to|\bspoke with|\bforward (?:this|it) to|\btell|\bask|\bcontact|\bcc)\s+(` + nameSeq + `)`),
		newKeywords("name", "this is", "i am", "i'm", "speaking", "call me", "ask", "talked", "spoke", "forward", "tell", "contact", "cc"), 0, 80, false},
	{regexp.MustCompile(`^(?i:\bmy (?:daughter|son|wife|husband|partner|mother|mum|mom|father|dad|brother|sister|colleague|friend|boss|manager|neighbour|neighbor|assistant))\s+(` + nameSeq + `)`),
		newKeywords("my daughter", "my son", "my wife", "my husband", "my partner", "my mother", "my mum", "my mom", "my father",
			"my dad", "my brother", "my sister", "my colleague", "my friend", "my boss", "my manager", "my neighbour", "my neighbor",
			"my assistant"), 0, 80, false},
	{regexp.MustCompile(`^(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle)\.?)\s+(` + nameSeq + `)`),
		newKeywords("mr", "mrs", "ms", "miss", "dr", "prof", "sr", "sra", "herr", "frau", "mme", "mlle"), 0, 80, false},
	{regexp.MustCompile(`^(?i:\b(?:hi|hello|hey|dear|thanks|thank you|bye|goodbye|good morning|good afternoon|good evening|hola|bonjour|hallo|ciao|olá|oi),?)\s+(` + nameWord + `(?:\s+` + nameWord + `)?)\s*[,.!:;]`),
		newKeywords("hi", "hello", "hey", "dear", "thanks", "thank you", "bye", "goodbye", "good morning", "good afternoon", "good evening", "hola", "bonjour", "hallo", "ciao", "olá", "oi"), 0, 60, false},
	{regexp.MustCompile(`^(?i:\b(?:regards|best|cheers|sincerely|thanks|best wishes|kind regards|saludos|cordialement|grüße|gruesse|atenciosamente),?)[ \t]*\n?[ \t]*(` + nameWord + `(?:[ \t]+` + nameWord + `)?)[ \t]*(?:\n|$)`),
		newKeywords("regards", "best", "cheers", "sincerely", "thanks", "saludos", "cordialement", "grüße", "gruesse", "atenciosamente"), 0, 80, true},
}

// notNames are capitalised words that follow the context words above without
// being names.
var notNames = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "i": true, "i'm": true, "i’m": true, "i'd": true, "i've": true, "i'll": true, "we": true, "we're": true, "the": true, "a": true, "an": true, "support": true, "team": true, "customer": true, "agent": true,
	"sir": true, "madam": true, "there": true, "all": true, "everyone": true, "again": true, "so": true, "much": true,
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
	"morning": true, "afternoon": true, "evening": true, "folks": true, "guys": true, "team,": true, "bot": true,
}

type personDetector struct{}

func (personDetector) Entity() string { return Person }

func (personDetector) Name() string { return "person" }

func (personDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"Hi, my name is Olivia Bennett and I need help", "Olivia Bennett"},
			{"this is Dana from support", "Dana"},
			{"Thanks, Marco!", "Marco"},
			{"Please ask Dr. Patel about it", "Patel"},
			{"you're speaking with Aisha Bello.", "Aisha Bello"},
			{"Kind regards,\nJürgen Müller", "Jürgen Müller"},
			{"I'm Sofía from billing", "Sofía"},
			{"speaking with Priya de Vries about it", "Priya de Vries"},
			{"my wife, Ms. de Vries.", "de Vries"},
			{"I talked to Jürgen yesterday", "Jürgen"},
			{"Olu Mensah said it would be fixed", "Olu Mensah"},
			{"my daughter Saoirse set it up", "Saoirse"},
			{"Contact Dr. Okonkwo today", "Okonkwo"},
		},
		NoMatch: []string{"May I help you?", "Alexa, play music", "Will it work?", "Hi there, thanks!", "Grace period ends Monday.",
			"The Router said nothing.", "Mark the box, please.",
			"this is Support calling", "I'm happy with it", "Thanks so much!", "Hello again,"},
	}
}

func (personDetector) Find(t *Text, dst []Span) []Span {
	text := t.S
	dst = findListedNames(text, dst)
	dst = findSaid(t, dst)
	var hits []int
	for _, p := range personPatterns {
		hits = keywordHits(t, p.anchors, hits[:0])
		for _, h := range hits {
			if !capitalSoon(text, h, 32) {
				continue // no capitalised word right after the cue: no name
			}
			m := p.re.FindStringSubmatchIndex(text[h:min(len(text), h+p.after)])
			if m == nil {
				continue
			}
			start, end := h+m[2], h+m[3]
			if p.lineEnd {
				rest := strings.TrimLeft(text[end:], " \t")
				if rest != "" && rest[0] != '\n' {
					continue
				}
			}
			// drop leading and trailing words that are not names
			words := strings.Fields(text[start:end])
			for len(words) > 0 && notNames[strings.ToLower(words[len(words)-1])] {
				end -= len(words[len(words)-1])
				words = words[:len(words)-1]
				end = start + len(strings.TrimRight(text[start:end], " \t\n"))
			}
			for len(words) > 0 && notNames[strings.ToLower(words[0])] {
				start += len(words[0])
				for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n') {
					start++
				}
				words = words[1:]
			}
			if len(words) == 0 {
				continue
			}
			dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// capitalSoon reports whether a word starting with a capital letter begins
// within n bytes after the cue word at h (the cue itself not counted).
func capitalSoon(text string, h, n int) bool {
	i := h
	for i < len(text) && text[i] != ' ' && text[i] != '\n' && text[i] != ',' {
		i++
	}
	for end := min(len(text), i+n); i < end; i++ {
		if c := text[i]; c == '.' || c == '?' || c == '!' || c == '\n' && i+1 < len(text) && text[i+1] != ' ' && i > h+1 && text[i-1] != ',' {
			return false // the cue's sentence or line ended without a name
		}
		if (text[i] >= 'A' && text[i] <= 'Z' || text[i] >= 0xC3 && text[i] <= 0xDF) && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t') {
			return true
		}
	}
	return false
}

// saidWords follow a name: "Olu Mensah said", "Dana from billing".
var saidWords = newKeywords("said", "told me", "told us", "promised", "confirmed", "mentioned",
	"from billing", "from accounting", "from support", "from sales", "from the store", "from tech")

// findSaid flags the capitalised words (one or two, particles allowed)
// right before a verb of speech.
func findSaid(t *Text, dst []Span) []Span {
	text := t.S
	for _, h := range keywordHits(t, saidWords, nil) {
		end := h
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		if end == h {
			continue
		}
		start, words := end, 0
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
		if words == 0 || start >= end || sentenceStart(text, start) && words == 1 && commonWords[strings.ToLower(text[start:end])] {
			continue
		}
		dst = append(dst, Span{Start: start, End: end, Entity: Person, Priority: prioPerson})
	}
	return dst
}
