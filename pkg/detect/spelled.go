package detect

import "strings"

// Spelled-out email addresses: people who expect a chat or a form to
// hide "@" write "jane dot doe at gmail dot com", "jane.doe [at] gmail
// [dot] com" or "j_doe(at)example.org". They are found from the word
// "at" (one keyword hit, so the common text pays nothing more) and read
// by hand in both directions. Callers in other languages say "arroba"
// (Spanish, Portuguese), "arobase" (French) or "chiocciola" (Italian)
// for "@", and "punto", "point", "ponto", "punkt" or "punt" for ".".

// atWords is the keyword set of the word between the two halves.
var atWords = newKeywords("at", "arroba", "arobase", "chiocciola")

// dotWords are the words said for ".", longest first where one begins
// another ("punto" before "punt").
var dotWords = []string{"punto", "ponto", "point", "punkt", "punt", "dot"}

// dotWordAt returns the length of the dot word at lower[j:], or 0.
func dotWordAt(lower string, j int) int {
	for _, d := range dotWords {
		if strings.HasPrefix(lower[j:], d) && (j+len(d) == len(lower) || !isAlpha(lower[j+len(d)])) {
			return len(d)
		}
	}
	return 0
}

// dotWordBefore returns the length of the dot word ending at lower[:j],
// or 0.
func dotWordBefore(lower string, j int) int {
	for _, d := range dotWords {
		if strings.HasSuffix(lower[:j], d) {
			return len(d)
		}
	}
	return 0
}

// spelledTLDs are the last labels a spelled-out domain may end with:
// the generic ones and the country codes of the markets deid's users
// serve. A longer list would mostly add words ("me", "is", "it" are
// left out for that reason).
var spelledTLDs = map[string]bool{"com": true, "net": true, "org": true, "edu": true, "gov": true, "io": true,
	"co": true, "uk": true, "de": true, "fr": true, "es": true, "nl": true, "be": true, "ch": true,
	"au": true, "ca": true, "jp": true, "br": true, "mx": true, "ie": true, "info": true, "biz": true,
	"us": true, "eu": true, "pl": true, "se": true, "dk": true, "fi": true, "pt": true, "nz": true, "za": true}

// foreignTLDs are the country codes that are English words ("it", "at")
// or rare in English text, taken after a foreign word for "@" only
// ("luca punto rossi chiocciola libero punto it").
var foreignTLDs = map[string]bool{"it": true, "at": true, "ar": true, "cl": true, "pe": true, "uy": true,
	"ve": true, "ec": true, "lu": true, "ro": true, "cz": true, "ao": true, "mz": true}

// mailProviders are domains' first labels that make "x at gmail.com" an
// address even without other signs.
var mailProviders = map[string]bool{"gmail": true, "googlemail": true, "yahoo": true, "hotmail": true,
	"outlook": true, "icloud": true, "aol": true, "protonmail": true, "proton": true, "gmx": true,
	"yandex": true, "zoho": true, "btinternet": true, "comcast": true, "verizon": true, "orange": true,
	"wanadoo": true, "libero": true, "web": true, "t-online": true, "mail": true, "fastmail": true}

// notMailboxes are words that stand before "at" in prose ("look at",
// "log in at", "the dot com era") and so are no mailbox on their own, and
// domain first labels that are no domain.
var notMailboxes = map[string]bool{"look": true, "looking": true, "in": true, "me": true, "us": true,
	"him": true, "her": true, "them": true, "it": true, "you": true, "is": true, "was": true, "be": true,
	"here": true, "there": true, "online": true, "home": true, "log": true, "logged": true, "sign": true,
	"signed": true, "email": true, "mail": true, "write": true, "reach": true, "contact": true, "find": true,
	"visit": true, "it's": true, "arrive": true, "arrived": true, "stay": true, "work": true, "works": true,
	"live": true, "lives": true, "meet": true, "start": true, "starts": true, "available": true, "up": true,
	"out": true, "that": true, "this": true, "the": true, "a": true, "an": true, "my": true, "our": true,
	"your": true, "his": true, "their": true, "com": true, "dot": true, "at": true}

// spelledSep reads a separator between two labels starting at i: ".",
// " dot ", "[dot]", "(dot)", " [dot] ". It returns the separator's end
// and whether it was spelled out, or -1.
func spelledSep(s, lower string, i int) (int, bool) {
	if i < len(s) && s[i] == '.' {
		return i + 1, false
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	open := j < len(s) && strings.IndexByte("[({<", s[j]) >= 0
	if open {
		j++
	} else if j == i {
		return -1, false // "dot" needs a space or a bracket before it
	}
	d := dotWordAt(lower, j)
	if d == 0 {
		return -1, false
	}
	j += d
	if open {
		if j >= len(s) || strings.IndexByte("])}>", s[j]) < 0 {
			return -1, false
		}
		j++
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == j && !open {
		return -1, false
	}
	return k, true
}

// spelledSepBefore is spelledSep read backwards from e (the separator
// ends there): it returns where the separator starts, or -1.
func spelledSepBefore(s, lower string, e int) (int, bool) {
	if e > 0 && s[e-1] == '.' {
		return e - 1, false
	}
	j := e
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	closed := j > 0 && strings.IndexByte("])}>", s[j-1]) >= 0
	if closed {
		j--
	} else if j == e {
		return -1, false
	}
	switch d := dotWordBefore(lower, j); {
	case d > 0:
		j -= d
	case !closed && j >= 10 && lower[j-10:j] == "underscore":
		j -= 10 // a mailbox's "_" and "-" said as words, as callers do
	case !closed && j >= 4 && lower[j-4:j] == "dash":
		j -= 4
	case !closed && j >= 6 && lower[j-6:j] == "hyphen":
		j -= 6
	default:
		return -1, false
	}
	if j > 0 && isAlpha(lower[j-1]) {
		return -1, false // "polkadot", "slapdash": a word's end
	}
	if closed {
		if j == 0 || strings.IndexByte("[({<", s[j-1]) < 0 {
			return -1, false
		}
		j--
	}
	k := j
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == j && !closed {
		return -1, false
	}
	return k, true
}

func domainLabelByte(c byte) bool { return isAlnum(c) || c == '-' }

// spelledAt reads the address around the word "at" at h, or returns ok
// false.
func spelledAt(s, lower string, h int) (start, end int, ok bool) {
	// the "at" (or "arroba" …) and what stands around it
	a, b := h, h
	for b < len(lower) && isAlpha(lower[b]) {
		b++
	}
	atEnd := b
	bracketed := a > 0 && b < len(s) && strings.IndexByte("[({<", s[a-1]) >= 0 && strings.IndexByte("])}>", s[b]) >= 0
	if bracketed {
		a, b = a-1, b+1
	}
	for a > 0 && s[a-1] == ' ' {
		a--
	}
	for b < len(s) && s[b] == ' ' {
		b++
	}
	if !bracketed && (a == h || b == atEnd) {
		return 0, 0, false // "at" stands between spaces unless bracketed
	}
	// the domain: two labels or more, the last a known TLD
	spelled := false
	labels, firstLabel, last := 0, "", ""
	j := b
	for {
		k := j
		for k < len(s) && domainLabelByte(s[k]) {
			k++
		}
		if k == j {
			break
		}
		if labels == 0 {
			firstLabel = lower[j:k]
		}
		labels, last, end = labels+1, lower[j:k], k
		n, sp := spelledSep(s, lower, k)
		if n < 0 || n >= len(s) || !domainLabelByte(s[n]) {
			break
		}
		spelled = spelled || sp
		j = n
	}
	if labels < 2 || !spelledTLDs[last] && !(lower[h:atEnd] != "at" && foreignTLDs[last]) || notMailboxes[firstLabel] {
		return 0, 0, false
	}
	// the mailbox, read backwards: labels of local-part bytes joined by
	// separators
	start = a
	localSigns := false
	for {
		k := start
		for k > 0 && emailLocal(s[k-1]) && s[k-1] != '\'' {
			k--
		}
		if k == start {
			break
		}
		// a label spelled letter by letter, as a caller spells it:
		// "s m i t h" is one label
		if start-k == 1 {
			for k >= 2 && s[k-1] == ' ' && emailLocal(s[k-2]) && s[k-2] != '\'' && (k == 2 || !emailLocal(s[k-3])) {
				k -= 2
				localSigns = true
			}
		}
		// a number said in words ends a label: "smith eighty two" is
		// smith82, the words before it and the name they follow
		if mailboxNumberWord(lower[k:start]) {
			for {
				p := k
				for p > 0 && s[p-1] == ' ' && p > k-2 {
					p--
				}
				q := p
				for q > 0 && isAlpha(s[q-1]) {
					q--
				}
				if p == k || q == p || q > 0 && emailLocal(s[q-1]) && s[q-1] != '.' ||
					!mailboxNumberWord(lower[q:p]) && notMailboxes[lower[q:p]] {
					break // ("reach me at nine at …": "at" is no name)
				}
				k = q
				localSigns = true
				if !mailboxNumberWord(lower[q:p]) {
					break // the name the number follows
				}
			}
		}
		w := lower[k:start]
		if strings.ContainsAny(w, "._0123456789") {
			localSigns = true
		}
		start = k
		p, sp := spelledSepBefore(s, lower, k)
		if p < 0 || p == 0 || !emailLocal(s[p-1]) {
			break
		}
		if sp {
			localSigns = true
		}
		start = p
		// the separator is kept only with a label before it (loop)
	}
	if start == a || !isAlnum(s[start]) {
		return 0, 0, false
	}
	if w := lower[start:a]; !bracketed && notMailboxes[w] {
		return 0, 0, false
	}
	ok = bracketed || spelled || localSigns || mailProviders[firstLabel]
	return start, end, ok
}

// findSpelledEmails appends the spelled-out addresses of t.
func findSpelledEmails(t *Text, dst []Span) []Span {
	next := 0
	for _, h32 := range keywordHits(t, atWords) {
		h := int(h32)
		if h < next {
			continue
		}
		if a, b, ok := spelledAt(t.S, t.Lower, h); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: Email, Priority: prioEmail})
			next = b
		}
	}
	return dst
}

// mailboxNumberWord reports whether w is a word of a number said in a
// mailbox ("smith eighty two"): digits, teens and tens.
func mailboxNumberWord(w string) bool {
	if spokenDigit(w) != 0 {
		return true
	}
	switch w {
	case "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return true
	}
	return false
}
