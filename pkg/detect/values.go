package detect

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Match says how a known value is looked for in text.
type Match int

// The ways known values match.
const (
	MatchExact  Match = iota // case-insensitive, whole words
	MatchName                // case- and accent-insensitive, whole name and each part
	MatchDigits              // the same digits in any layout (phones, account numbers)
)

// Value is a value known to identify someone in this record (a field's
// value), to be found in the record's text.
type Value struct {
	Text   string
	Entity string
	Match  Match
	Ref    int // returned in Span.Ref, for the caller
}

// wordSurnames are surnames that are also ordinary words; as a part of a
// record's name they only match when capitalised mid-sentence, as
// commonWords do ("I park on the street" holds no Grace Park). They are
// not stops for the lower-case readers: "john baker", "baker street".
var wordSurnames = map[string]bool{
	"park": true, "young": true, "king": true, "brown": true, "white": true, "black": true, "green": true, "wood": true,
	"hall": true, "hill": true, "stone": true, "rice": true, "bell": true, "cook": true, "baker": true, "long": true,
	"little": true, "price": true, "best": true, "bond": true, "church": true, "field": true, "fox": true, "bush": true,
	"frost": true, "gold": true, "house": true, "hunt": true, "knight": true, "lord": true, "love": true, "major": true,
	"marsh": true, "moss": true, "penny": true, "pike": true, "pool": true, "sharp": true, "short": true, "small": true,
	"snow": true, "steel": true, "storm": true, "strong": true, "swan": true, "wall": true, "ward": true, "wells": true,
	"west": true, "wolf": true, "wise": true, "power": true, "banks": true, "bishop": true, "cross": true, "day": true,
	"dean": true, "ford": true, "glass": true, "good": true, "horn": true, "lamb": true, "law": true, "low": true,
	"moon": true, "north": true, "rock": true, "sage": true, "salt": true, "sand": true, "spring": true, "street": true,
	"temple": true, "tower": true, "winter": true, "woods": true, "sun": true, "song": true, "so": true, "ma": true,
	"do": true, "go": true, "ha": true, "ho": true, "hu": true, "yu": true, "bang": true, "an": true, "be": true,
	"on": true, "oh": true, "to": true, "of": true,
}

// nameWord reports whether a record's name or part p (folded) is an
// ordinary word too: it is the name only where it starts with a capital
// ("the amber light", "300 miles" are not Amber Miles).
func nameWord(p string) bool { return commonWords[p] || wordSurnames[p] || notNames[p] || wordNames[p] }

// allNameWords reports whether every part of a name of two parts or more
// is a nameWord: "the hunter green case" names a colour, not Hunter
// Green (nameNeedle.wordy).
func allNameWords(full string) bool {
	n := 0
	for p := range strings.FieldsSeq(full) {
		if !nameWord(strings.TrimRight(p, ",;")) {
			return false
		}
		n++
	}
	return n >= 2
}

// wordNames are given names and surnames that are ordinary words in lower
// case, besides commonWords and wordSurnames: flowers and colours, trades,
// the words of a support chat ("roger that", "a nick in the screen").
var wordNames = map[string]bool{"amber": true, "ivy": true, "heather": true, "jasmine": true, "lily": true, "marina": true,
	"poppy": true, "rosemary": true, "terry": true, "dirk": true, "clement": true, "nick": true, "carol": true,
	"roger": true, "sally": true, "miles": true, "rivers": true, "heard": true, "mills": true, "brooks": true,
	"fields": true, "lake": true, "gray": true, "grey": true, "cash": true, "hand": true, "bird": true, "crane": true,
	"finch": true, "hawk": true, "bass": true, "savage": true, "wild": true, "bliss": true, "haven": true,
	"holiday": true, "angel": true, "driver": true, "walker": true, "painter": true, "singer": true, "farmer": true,
	"gardener": true, "carpenter": true, "mason": true, "butler": true, "potter": true, "fisher": true, "miller": true,
	"archer": true, "cooper": true, "turner": true, "porter": true, "weaver": true, "shepherd": true, "glover": true,
	"marshall": true, "joiner": true, "ranger": true, "hope": true, "cole": true, "reed": true, "wren": true,
	"robin": true, "jay": true, "sparrow": true, "summers": true, "winters": true, "frank": true, "earnest": true}

// commonWords are first names that are also ordinary words; as a part of a
// name they only match when capitalised mid-sentence.
var commonWords = map[string]bool{
	"will": true, "may": true, "june": true, "april": true, "august": true, "mark": true,
	"bill": true, "grace": true, "hope": true, "joy": true, "faith": true, "rose": true, "summer": true, "dawn": true,
	"art": true, "sky": true, "river": true, "max": true, "ray": true, "rich": true, "frank": true, "sue": true,
	"pat": true, "guy": true, "don": true, "jack": true, "chase": true, "hunter": true, "page": true, "lane": true,
	"alexa": true, "victoria": true, "de": true, "van": true, "von": true, "da": true, "del": true, "la": true, "le": true,
	"di": true, "du": true, "al": true, "bin": true, "el": true, "dos": true, "das": true, "der": true}

// placeholderNames are what CRMs and chat tools put in a name field when
// they have no name (folded). A record whose name is one of them, or whose
// name parts all are ("Guest User"), has no name to look for: searching
// for it would turn every "Customer:" speaker label into a PERSON token.
// A part that is a placeholder is not searched alone either ("Guest" of
// "Guest 4821").
var placeholderNames = map[string]bool{"customer": true, "client": true, "guest": true, "visitor": true, "user": true,
	"unknown": true, "anonymous": true, "anon": true, "n/a": true, "none": true, "null": true, "nil": true,
	"undefined": true, "test": true, "tester": true, "noname": true, "name": true, "no": true, "not": true, "provided": true,
	"available": true, "given": true, "default": true, "member": true, "caller": true, "website": true, "web": true,
	"chat": true, "live": true, "site": true, "app": true, "mobile": true, "-": true, "--": true, "?": true, ".": true,
	"x": true, "xx": true, "xxx": true, "tbd": true, "unk": true, "empty": true, "blank": true, "private": true,
	"redacted": true, "withheld": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "madam": true}

// FindValues returns a span (Priority above every detector) for each
// occurrence of a known value in text. Names also match by their parts
// ("María" for "María José Fernández"); every part maps to the same Ref.
func FindValues(text string, values []Value, dst []Span) []Span {
	var k Known
	k.Reset(values)
	t := textPool.Get().(*Text)
	t.reset(text)
	dst = findValues(t, &k, dst)
	t.release()
	return dst
}

// ScanValues is FindValues followed by Scan with the spans found, sharing
// the work of preparing the text.
func (s *Scanner) ScanValues(text string, values []Value, dst []Span) []Span {
	var k Known
	k.Reset(values)
	return s.ScanKnown(text, &k, dst)
}

// ScanKnown is ScanValues with values prepared once (Known.Reset) for all
// the texts of a record.
func (s *Scanner) ScanKnown(text string, k *Known, dst []Span) []Span {
	t := textPool.Get().(*Text)
	t.reset(text)
	t.plain(text)
	dst = findValues(t, k, dst[:0])
	dst = s.scan(t, dst, 0, text)
	t.release()
	return dst
}

// Known is a record's known values prepared for searching: names folded
// and cut into parts, emails lower-cased, digits picked out. Reset it with
// each record's values and use it for all of the record's texts. It is not
// safe for concurrent use.
type Known struct {
	values  []Value
	needles []nameNeedle
	pairs   [4]uint64 // a filter of the needles' first two bytes (pairBit)
	// with grouped, needles[group[g]:group[g+1]] are those of group g:
	// pairBit of their first two bytes, groupShort or groupUnspaced
	// (groupNeedles)
	grouped bool
	group   [groups + 1]int32
	sorted  []nameNeedle // the needles' other array, for the sort
	starts  [256]uint8   // by byte: startsFolded, startsOrig (see findNames)
	// some needle starts with no letter, and may start anywhere
	loose bool
	// some needle is Chinese or Japanese (nameNeedle.unspaced)
	unspaced bool
	// the Cyrillic spellings of the Latin names were added (addCyrillic)
	cyrillicDone bool
	exact        []string // per value: the lower-cased text of a MatchExact value, "" when too short
	anchor       []int    // per exact value: the offset of its rarest byte
	digits       []string // per value: the digits of a MatchDigits value, "" when too few
	buf          []byte   // the bytes of needles, exact and digits
}

// Reset prepares k for values, reusing its storage. values must not change
// while k is in use.
func (k *Known) Reset(values []Value) {
	k.values = values
	k.needles, k.exact, k.digits, k.anchor = k.needles[:0], k.exact[:0], k.digits[:0], k.anchor[:0]
	k.pairs = [4]uint64{}
	// The strings below point into buf. Sized so that it seldom grows;
	// when it does, the strings made before keep the old array, which
	// nothing writes again, so they stay valid until the next Reset.
	size := 0
	for _, v := range values {
		size += 2 * len(v.Text)
	}
	if cap(k.buf) < size {
		k.buf = make([]byte, 0, size)
	}
	buf := k.buf[:0]
	str := func(from int) string { return unsafe.String(unsafe.SliceData(buf[from:]), len(buf)-from) }
	for vi, v := range values {
		exact, digits := "", ""
		switch v.Match {
		case MatchName:
			n := len(buf)
			if orig := strings.TrimSpace(v.Text); orig != "" {
				if r, _ := utf8.DecodeRuneInString(orig); unspacedScript(r) {
					// 王伟, 山田太郎: no parts, and not folded (folding
					// would strip a kana's voicing mark)
					if utf8.RuneCountInString(orig) >= 2 {
						buf = append(buf, orig...)
						k.needles = append(k.needles, nameNeedle{s: str(n), v: vi, unspaced: true})
					}
					// and its parts, when a space parts them (山田 太郎)
					if strings.ContainsAny(orig, " \u3000") {
						for p := range strings.FieldsSeq(strings.ReplaceAll(orig, "\u3000", " ")) {
							// (a part in another script, "王 Wei", would be
							// found inside words: left out)
							if r, _ := utf8.DecodeRuneInString(p); unspacedScript(r) && utf8.RuneCountInString(p) >= 2 {
								n := len(buf)
								buf = append(buf, p...)
								k.needles = append(k.needles, nameNeedle{s: str(n), v: vi, unspaced: true})
							}
						}
					}
					break
				}
			}
			buf = foldAppend(buf, v.Text)
			full := strings.TrimSpace(str(n))
			if full == "" || placeholderName(full) {
				break
			}
			// a one-word name that is also a word ("Will", "Grace") must
			// start with a capital mid-sentence, as its parts must
			own := len(k.needles)
			k.needles = append(k.needles, nameNeedle{s: full, v: vi, capitalised: nameWord(full), wordy: allNameWords(full)})
			// a CRM's "Last, First" is also looked for as "First Last"
			if c := strings.IndexByte(full, ','); c > 0 && strings.IndexByte(full[c+1:], ',') < 0 {
				last, given := strings.TrimSpace(full[:c]), strings.TrimSpace(full[c+1:])
				if last != "" && given != "" {
					n := len(buf)
					buf = append(append(append(buf, given...), ' '), last...)
					k.needles = append(k.needles, nameNeedle{s: str(n), v: vi})
				}
			}
			// and each part of two characters or more, when there are parts
			first := len(k.needles)
			parts := 0
			for p := range strings.FieldsSeq(full) {
				parts++
				p = strings.TrimRight(p, ",;")
				if utf8.RuneCountInString(p) >= 2 && !placeholderNames[strings.Trim(p, ".")] && strings.IndexFunc(p, unicode.IsLetter) >= 0 {
					k.needles = append(k.needles, nameNeedle{s: p, v: vi, capitalised: nameWord(p), whole: full})
				}
			}
			if n := len(k.needles); parts >= 2 && n > first && k.needles[n-1].capitalised && !strings.Contains(full, ",") &&
				strings.HasSuffix(full, k.needles[n-1].s) && !commonWords[k.needles[n-1].s] && len(k.needles[n-1].s) >= 4 {
				// a surname that is a word is the person's after a title or
				// a greeting only ("Ms. Baker", "Thanks, Power"; not "Power
				// outage", "the Baker Street shop")
				k.needles[n-1].titled = true
			}
			if parts < 2 {
				k.needles = k.needles[:first] // one part: the whole name, already there
			}
			// and the names a part goes by ("Chris" for Christopher,
			// "William" for Bill): the same person, the same token
			k.spellings(v.Text, vi, own)
			for i, end := own, len(k.needles); i < end; i++ {
				for _, nick := range nicknames[k.needles[i].s] {
					strict := nickStrict[nick] || wordSurnames[nick] || notNames[nick]
					k.needles = append(k.needles, nameNeedle{s: nick, v: vi, capitalised: strict,
						upper: !strict && (nickWords[nick] || commonWords[nick])})
				}
			}
			// and the short form with the rest of the name, which is no
			// word even where the short form alone is ("Bill Osei called")
			if first, rest, ok := strings.Cut(full, " "); ok && rest != "" {
				for _, nick := range nicknames[first] {
					k.needles = append(k.needles, nameNeedle{s: nick + " " + rest, v: vi})
				}
			}
		case MatchDigits:
			n := len(buf)
			for i := 0; i < len(v.Text); i++ {
				if isDigit(v.Text[i]) {
					buf = append(buf, v.Text[i])
				}
			}
			if len(buf)-n >= 6 {
				digits = str(n)
			}
		default:
			n := len(buf)
			buf = append(buf, strings.TrimSpace(v.Text)...)
			for i := n; i < len(buf); i++ {
				buf[i] = lowerByte[buf[i]]
			}
			if len(buf)-n >= 3 && !placeholderName(str(n)) {
				exact = str(n) // not "n/a" or "unknown" in an email field
			}
		}
		k.exact, k.digits, k.anchor = append(k.exact, exact), append(k.digits, digits), append(k.anchor, rarestByte(exact))
	}
	k.buf = buf
	k.cyrillicDone = false
	k.index()
}

// index makes the filters and groups of k's needles.
func (k *Known) index() {
	k.pairs = [4]uint64{}
	for _, n := range k.needles {
		if len(n.s) < 2 {
			k.pairs = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} // a one-byte needle: no filter
			break
		}
		b := pairBit(n.s[0], n.s[1])
		k.pairs[b>>6] |= 1 << (b & 63)
	}
	k.groupNeedles()
	k.setStarts()
}

// ungroupedNeedles is how many needles are compared one by one at every
// word that may start one (a record's name and its parts): grouping them
// costs more than it saves.
const ungroupedNeedles = 8

// The groups of Known.group past the 256 of pairBit.
const (
	groupShort    = 256 // needles of one byte: compared at every word
	groupUnspaced = 257 // Chinese and Japanese needles: searched, not compared
	groups        = 258
)

// groupNeedles orders the needles by their first two bytes' pairBit (a
// counting sort), so that a word is compared with the needles that start
// as it does: a record's names and their nicknames make tens of needles.
func (k *Known) groupNeedles() {
	if len(k.needles) <= ungroupedNeedles {
		k.grouped = false
		return
	}
	k.grouped = true
	key := func(n *nameNeedle) int {
		switch {
		case n.unspaced:
			return groupUnspaced
		case len(n.s) < 2:
			return groupShort
		}
		return int(pairBit(n.s[0], n.s[1]))
	}
	from := &k.group
	*from = [groups + 1]int32{}
	for i := range k.needles {
		from[key(&k.needles[i])+1]++
	}
	for g := 1; g <= groups; g++ {
		from[g] += from[g-1]
	}
	sorted := slices.Grow(k.sorted[:0], len(k.needles))[:len(k.needles)]
	next := *from
	for i := range k.needles {
		g := key(&k.needles[i])
		sorted[next[g]] = k.needles[i]
		next[g]++
	}
	k.needles, k.sorted = sorted, k.needles
}

// The bits of Known.starts.
const (
	startsFolded = 1 << iota // a needle starts with this byte
	startsOrig               // a word of the original text that starts with it may fold to a needle's start
)

// setStarts fills k.starts and k.loose from the needles. A word can only
// start a needle if its first byte folds to a needle's first byte: that
// letter in either case, or any byte of a multi-byte character (which may
// fold to anything); ASCII letters fold only to their lower case.
func (k *Known) setStarts() {
	k.starts, k.loose = [256]uint8{}, false
	for b := utf8.RuneSelf; b < len(k.starts); b++ {
		k.starts[b] = startsOrig
	}
	for i := range k.needles {
		n := &k.needles[i]
		if n.unspaced {
			k.unspaced = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(n.s); !unicode.IsLetter(r) {
			k.loose = true
		}
		c := n.s[0]
		k.starts[c] |= startsFolded | startsOrig
		if 'a' <= c && c <= 'z' {
			k.starts[c-'a'+'A'] |= startsOrig
		}
	}
}

// placeholderName reports whether a folded name is a placeholder, or made
// only of placeholder words.
func placeholderName(full string) bool {
	if len(full) <= maxPlaceholder && placeholderNames[full] {
		return true
	}
	for rest := full; ; {
		var p string
		if p, rest = nextField(rest); p == "" {
			return true
		}
		for len(p) > 0 && placeholderPunct[p[0]] {
			p = p[1:]
		}
		for len(p) > 0 && placeholderPunct[p[len(p)-1]] {
			p = p[:len(p)-1]
		}
		// an email, an ID or a long word is no placeholder: no lookup
		if len(p) > maxPlaceholder || !placeholderNames[p] {
			return false
		}
	}
}

// nextField returns the first field of s, as strings.Fields splits, and
// what follows it; an empty field when s has no more.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
		} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += n
		} else {
			break
		}
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			j++
		} else if r, n := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
			j += n
		} else {
			break
		}
	}
	return s[i:j], s[j:]
}

// asciiSpace holds the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// maxPlaceholder is the length of the longest placeholder word.
var maxPlaceholder = func() (n int) {
	for w := range placeholderNames {
		n = max(n, len(w))
	}
	return n
}()

// placeholderPunct holds the bytes trimmed from a word before it is
// looked up among the placeholders.
var placeholderPunct = func() (set [256]bool) {
	for _, c := range []byte(".,:;()[]<>\"'") {
		set[c] = true
	}
	return set
}()

// pairBit hashes two bytes to one of 256 bits.
func pairBit(a, b byte) uint { return (uint(a)*31 + uint(b)) & 255 }

// byteRank orders bytes by how common they are in lower-cased prose: 0 for
// the space, higher for rarer letters, highest for bytes prose seldom has.
var byteRank = func() (r [256]uint8) {
	for i := range r {
		r[i] = 200
	}
	for i := '0'; i <= '9'; i++ {
		r[i] = 60
	}
	for i, c := range " etaoinshrdlcumwfgypbvkjxqz.,'-" {
		r[c] = uint8(i)
	}
	return r
}()

// rarestByte returns the offset of the rarest byte of s (byteRank), or 0.
func rarestByte(s string) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if byteRank[s[i]] > byteRank[s[best]] {
			best = i
		}
	}
	return best
}

// nameNeedle is a folded name, or a part of one, to look for.
type nameNeedle struct {
	s           string
	v           int    // index in values
	capitalised bool   // must start with a capital mid-sentence (Will, May)
	upper       bool   // must start with a capital (a nickname that is a word: Mike, Nick)
	unspaced    bool   // written in a script without spaces between words (王伟): found anywhere
	wordy       bool   // a full name whose every part is an ordinary word (Hunter Green): not after an article in lower case
	whole       string // a part's full name, folded: its other parts may stand next to it
	titled      bool   // a surname that is a word: only after a title or a greeting
}

// unspacedScript reports whether r is written without spaces between
// words: Chinese and Japanese, where a name has no word boundary to find,
// and Korean, whose particles and honorifics follow a name unspaced
// (김민준님이).
func unspacedScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func findValues(t *Text, k *Known, dst []Span) []Span {
	text := t.S
	for vi, v := range k.values {
		switch {
		case k.digits[vi] != "":
			dst = findDigits(t, v, k.digits[vi], dst)
		case k.exact[vi] != "":
			// look for the needle's rarest byte ('@' in an email), then
			// compare around it
			needle, a := k.exact[vi], k.anchor[vi]
			lower := t.Lower
			for off := a; off < len(lower); {
				p := strings.IndexByte(lower[off:], needle[a])
				if p < 0 {
					break
				}
				p += off
				off = p + 1
				i, j := p-a, p-a+len(needle)
				if i < 0 || j > len(lower) || lower[i:j] != needle {
					continue
				}
				if boundaryBefore(text, i) && boundaryAfter(text, j) {
					dst = append(dst, Span{Start: i, End: j, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
				}
			}
		}
	}
	if len(k.needles) > 0 {
		from := len(dst)
		dst = joinParts(text, findNames(t, k, dst), from, k.values)
	}
	return dst
}

// joinParts joins the spans of dst[from:] that are parts of one name (the
// same Ref) next to each other into one span, which takes one token as the
// name in order does: a space apart ("Fang Wang" for Wang Fang), or a comma
// and a space after the name's last word ("Shevchenko, Kateryna" for
// Kateryna Shevchenko; not "Bill, Will", two mentions).
func joinParts(text string, dst []Span, from int, values []Value) []Span {
	parts := dst[from:]
	if len(parts) < 2 {
		return dst
	}
	slices.SortStableFunc(parts, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End), cmp.Compare(a.Ref, b.Ref))
	})
	out := parts[:1]
	for _, sp := range parts[1:] {
		last := &out[len(out)-1]
		if sp.Ref == last.Ref && sp.Entity == last.Entity && sp.Start >= last.End &&
			(text[last.End:sp.Start] == " " || text[last.End:sp.Start] == ", " && lastWordOf(values, sp.Ref, text[last.Start:last.End])) {
			last.End = sp.End
			continue
		}
		out = append(out, sp)
	}
	return dst[:from+len(out)]
}

// findNames appends a span for each whole-word occurrence of the needles
// in t. It compares the needles at the starts of the text's words (and
// after apostrophes, where a word boundary is too), in the folded text,
// instead of searching the text once per needle.
func findNames(t *Text, k *Known, dst []Span) []Span {
	if !k.cyrillicDone && hasCyrillic(t) {
		k.addCyrillic()
	}
	text, needles, values, pairs, starts := t.S, k.needles, k.values, &k.pairs, &k.starts
	f := t.folded()
	if k.unspaced {
		for _, n := range needles {
			if n.unspaced {
				dst = findUnspaced(text, n.s, values[n.v], dst)
			}
		}
	}
	if k.loose {
		for _, n := range needles {
			if !n.unspaced {
				dst = f.findWords(t, &n, values[n.v], dst)
			}
		}
		return dst
	}
	// match compares the needles at c, whose folded offset is fc and
	// where a needle's first byte is
	group := &k.group
	compare := func(c, fc int, needles []nameNeedle) {
		for i := range needles {
			n := &needles[i]
			if f.s[fc] != n.s[0] || n.unspaced || !strings.HasPrefix(f.s[fc:], n.s) {
				continue
			}
			if j := f.orig(fc + len(n.s)); n.fits(t, c, j) {
				v := values[n.v]
				dst = append(dst, Span{Start: c, End: j, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
			}
		}
	}
	match := func(c, fc int) {
		if fc+1 < len(f.s) { // (at the text's last byte: any needle)
			b := pairBit(f.s[fc], f.s[fc+1])
			if pairs[b>>6]&(1<<(b&63)) == 0 {
				return
			}
			if k.grouped {
				compare(c, fc, needles[group[b]:group[b+1]])
				compare(c, fc, needles[group[groupShort]:group[groupShort+1]])
				return
			}
		}
		compare(c, fc, needles)
	}
	ai := 0 // the first anchor at or after the candidate, which only grows
	// try compares the needles at c, the start of a word in text
	try := func(c int) {
		fc := c
		if len(f.anchors) > 0 {
			for ai < len(f.anchors) && int(f.anchors[ai].o) < c {
				ai++
			}
			switch {
			case ai < len(f.anchors) && int(f.anchors[ai].o) == c:
				fc = int(f.anchors[ai].f)
			case ai > 0:
				a := f.anchors[ai-1]
				fc = int(a.f) + c - int(a.o)
			}
		}
		// no needle starts so, or a character that folds to nothing
		// ends the text
		if fc < len(f.s) && starts[f.s[fc]]&startsFolded != 0 {
			match(c, fc)
		}
	}
	ws, ap := t.words, t.apos
	if len(ap) == 0 {
		for w := 0; w < len(ws); w += 2 {
			if c := int(ws[w]); starts[text[c]]&startsOrig != 0 {
				try(c)
			}
		}
		return dst
	}
	for w, k := 0, 0; w < len(ws) || k < len(ap); {
		// word starts and the bytes after apostrophes, in order
		var c int
		if k == len(ap) || w < len(ws) && ws[w] <= ap[k]+1 {
			c = int(ws[w])
			w += 2
		} else {
			c = int(ap[k]) + 1
			k++
			if c >= len(text) || !isAlpha(text[c]) && text[c] < utf8.RuneSelf {
				continue
			}
		}
		if starts[text[c]]&startsOrig != 0 {
			try(c)
		}
	}
	return dst
}

// lastWordOf reports whether w, folded, is the last word of a value of
// values with the Ref ref, and not its only one.
func lastWordOf(values []Value, ref int, w string) bool {
	var a, b [64]byte
	fw := foldAppend(a[:0], w)
	for _, v := range values {
		if v.Ref != ref {
			continue
		}
		if k := strings.LastIndexByte(strings.TrimSpace(v.Text), ' '); k >= 0 && string(foldAppend(b[:0], strings.TrimSpace(v.Text)[k+1:])) == string(fw) {
			return true
		}
	}
	return false
}

// foldAppend appends s folded (lower case, no accents) to buf.
func foldAppend(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = append(buf, lowerByte[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= latinFoldFirst && r < latinFoldFirst+rune(len(latinFolds)) {
			buf = append(buf, latinFolds[r-latinFoldFirst]...)
		} else {
			buf = append(buf, foldRune(r)...)
		}
		i += size
	}
	return buf
}

// findDigits finds runs whose digits end with the value's digits (at least
// six of them), so "+1 (415) 555-0132" in a field matches "415 555 0132" in
// the text.
func findDigits(t *Text, v Value, want string, dst []Span) []Span {
	text := t.S
	scanRuns(t, sepsPhone, func(r *numberRun) {
		d := r.digits
		if len(d) < 6 || !boundaryAfter(text, r.end) && !unspacedAt(text, r.end) {
			return
		}
		if digitsMatch(d, want) {
			dst = append(dst, Span{Start: r.start, End: r.end, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
		}
	})
	for i := range t.spokenRuns() { // and read out, "five five five …"
		if r := &t.spoken[i]; digitsMatch(r.digits, want) {
			dst = append(dst, Span{Start: r.start, End: r.end, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
		}
	}
	return dst
}

// digitsMatch reports whether the digits d of a text's number are those of
// want, a record value's: the trailing digits compared, since country
// codes and trunk zeros differ, all but three of each at least, six at
// least.
func digitsMatch(d []byte, want string) bool {
	n := min(len(d), len(want))
	return n >= 6 && n >= len(d)-3 && n >= len(want)-3 && string(d[len(d)-n:]) == want[len(want)-n:]
}

// foldedText is a text lower-cased and stripped of accents, with a way
// back to the offsets of the original: anchors at every multi-byte
// character (its folded bytes all map to its start) and after it (the
// ASCII that follows maps at a fixed distance). No anchors: the identity.
type foldedText struct {
	s       string
	anchors []foldAnchor

	buf []byte
}

// foldAnchor maps folded offset f to original offset o; with rune set, it
// maps f alone (a byte of a character's folding), else f and the ASCII
// bytes after it.
type foldAnchor struct {
	f, o int32
	rune bool
}

// orig returns the offset in the original text of folded offset k.
func (f *foldedText) orig(k int) int {
	if len(f.anchors) == 0 {
		return k
	}
	i, found := slices.BinarySearchFunc(f.anchors, int32(k), func(a foldAnchor, k int32) int { return int(a.f - k) })
	if !found {
		if i == 0 {
			return k
		}
		i--
	}
	a := f.anchors[i]
	if a.rune {
		return int(a.o)
	}
	return int(a.o) + k - int(a.f)
}

func fold(text string) *foldedText {
	f := &foldedText{}
	var highs []int32
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			highs = append(highs, int32(i))
		}
	}
	f.fold(text, asciiLower(text), highs)
	return f
}

// folded returns t.S folded, made on first use.
func (t *Text) folded() *foldedText {
	if !t.foldDone {
		t.foldDone = true
		t.fold.fold(t.S, t.Lower, t.highs)
	}
	return &t.fold
}

// fold sets f to text folded, reusing f's buffers; lower is text
// lower-cased (ASCII only), highs the positions of its bytes >= 0x80.
func (f *foldedText) fold(text, lower string, highs []int32) {
	f.anchors = f.anchors[:0]
	if len(highs) == 0 {
		f.s = lower // offsets are the identity
		return
	}
	b := f.buf[:0]
	i := 0
	for k := 0; k < len(highs); k++ {
		j := int(highs[k])
		if j < i {
			continue // a later byte of the character folded last
		}
		b = append(b, lower[i:j]...) // the ASCII run before it
		r, size := utf8.DecodeRuneInString(text[j:])
		var folded string
		if r >= latinFoldFirst && r < latinFoldFirst+rune(len(latinFolds)) {
			folded = latinFolds[r-latinFoldFirst]
		} else {
			folded = foldRune(r)
		}
		for k := 0; k < len(folded); k++ {
			f.anchors = append(f.anchors, foldAnchor{f: int32(len(b) + k), o: int32(j), rune: true})
		}
		b = append(b, folded...)
		f.anchors = append(f.anchors, foldAnchor{f: int32(len(b)), o: int32(j + size)})
		i = j + size
	}
	b = append(b, lower[i:]...)
	f.buf = b
	f.s = unsafe.String(unsafe.SliceData(b), len(b))
}

// foldRune lower-cases r and removes its accents (NFKD, marks dropped).
// Letters that carry no mark to drop but are written without it in ASCII
// fold as written so (ø to o, ł to l, ß to ss, æ to ae).
func foldRune(r rune) string {
	if s, ok := asciiLetters[unicode.ToLower(r)]; ok {
		return s
	}
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			d = unicode.ToLower(d)
			if s, ok := asciiLetters[d]; ok {
				b.WriteString(s) // ί: ι and its accent, written i
			} else {
				b.WriteRune(d)
			}
		}
	}
	return b.String()
}

// asciiLetters are the lower-case letters foldRune writes in ASCII though
// NFKD leaves them whole.
var asciiLetters = map[rune]string{'ø': "o", 'ł': "l", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ŧ': "t",
	// and Cyrillic's soft and hard signs fold to nothing, as Latin
	// spellings leave them out (Ольга, Olga)
	'ь': "", 'ъ': "",
	// Greek letters fold to the Latin letters a Greek name is spelled with
	// in a passport (ELOT 743, simplified): Μαρία Παπαδοπούλου is Maria
	// Papadopoulou, Χρήστος Χρήστου is Christos Christou. (υ is u, as in
	// the -ου of so many surnames; Kyriakos, Stavros are missed.)
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l",
	'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "u", 'φ': "f",
	'χ': "ch", 'ψ': "ps", 'ω': "o"}

// latinFolds holds foldRune of U+0080 to U+024F (Latin-1 and Latin
// Extended-A and -B), the accented letters of most names, made once.
const latinFoldFirst = 0x80

var latinFolds = func() []string {
	out := make([]string, 0x250-latinFoldFirst)
	for i := range out {
		out[i] = foldRune(rune(latinFoldFirst + i))
	}
	return out
}()

// findWords appends a span for each whole-word occurrence of needle (folded)
// in f. With capitalised, the original text must start with an upper-case
// letter there.
func (f *foldedText) findWords(t *Text, n *nameNeedle, v Value, dst []Span) []Span {
	if n.s == "" {
		return dst
	}
	for off := 0; ; {
		k := strings.Index(f.s[off:], n.s)
		if k < 0 {
			return dst
		}
		a, b := off+k, off+k+len(n.s)
		off = a + 1
		if i, j := f.orig(a), f.orig(b); n.fits(t, i, j) {
			dst = append(dst, Span{Start: i, End: j, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
		}
	}
}

// fits reports whether n, found at t.S[i:j], is the name: whole words,
// capitalised as n asks, and not inside a brand.
func (n *nameNeedle) fits(t *Text, i, j int) bool {
	text := t.S
	switch {
	case !boundaryBefore(text, i) || !boundaryAfter(text, j):
		return false
	case (n.capitalised || n.upper) && !isUpper(text[i]), n.capitalised && sentenceStart(text, i) && !nameActsAfter(t.Lower, j) && strings.IndexByte(n.s, ' ') < 0:
		return false
	case (n.capitalised || n.wordy && !isUpper(text[i])) && articleBefore(t.Lower, i):
		return false // "the Grace period" for a record's Grace, "the hunter green case" for Hunter Green
	case n.capitalised && strings.IndexByte(n.s, ' ') < 0 && (capitalisedWordAt(t, j, n.whole) || capitalisedWordBefore(t, i, n.whole)):
		return false // "Sky TV", "Labor Day": a part of another name
	case n.titled && !titleOrGreetingBefore(t, i) && !partAfterComma(t, j, n.whole):
		return false // "Power outage" for a record's Max Power (but "Power, Max")
	case n.capitalised && monthAt(t, i, j):
		return false // "in April" for a record's April
	case placeBefore(t.Lower, i):
		return false // "St. Lucia" for a record's Lucia
	}
	return !brandAt(t.Lower, i, j)
}

// monthAt reports whether t.S[i:j], a month's name that is a name too
// (April, May, June, August), is the month: a date's words before it ("in
// April", "since June") or a day or a year after it ("May 5", "June 2024").
func monthAt(t *Text, i, j int) bool {
	switch t.Lower[i:j] {
	case "april", "may", "june", "august":
	default:
		return false
	}
	if j+1 < len(t.S) && t.S[j] == ' ' && isDigit(t.S[j+1]) {
		return true
	}
	return monthWordsBefore[wordBefore(t, i)]
}

// monthWordsBefore come before a month's name.
var monthWordsBefore = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true, "of": true,
	"during": true, "early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "every": true,
	"through": true, "before": true, "end": true, "throughout": true}

// capitalisedWordAt reports whether a capitalised word follows j, one
// space apart, that is no listed given name and no word of whole, the
// record's name ("Sky| TV", "Ivy| League").
func capitalisedWordAt(t *Text, j int, whole string) bool {
	s := t.S
	if j+2 >= len(s) || s[j] != ' ' || !isUpper(s[j+1]) {
		return false
	}
	e := wordEnd(s, j+1)
	return (e == len(s) || s[e] != '.') && !listedFirst(t, j+1, e) && !wordOfName(s[j+1:e], whole)
}

// capitalisedWordBefore is capitalisedWordAt for the word that ends one
// space before i ("Labor |Day"), which starts no sentence; a title
// ("Ms. Baker", "Aunt Rose") is none.
func capitalisedWordBefore(t *Text, i int, whole string) bool {
	s := t.S
	if i < 3 || s[i-1] != ' ' || s[i-2] == '.' || s[i-2] == ',' {
		return false
	}
	a := wordStart(s, i-1)
	if a >= i-2 || !isUpper(s[a]) || sentenceStart(s, a) || listedFirst(t, a, i-1) || wordOfName(s[a:i-1], whole) {
		return false
	}
	w := t.Lower[a : i-1]
	return !lowerTitles[w] && !kinTitles[w]
}

// titleOrGreetingBefore reports whether a title (Mr., Ms, Dr., Aunt) or a
// greeting or thanks (Hi, Thanks,) stands right before i.
func titleOrGreetingBefore(t *Text, i int) bool {
	s := t.S
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e == i {
		return false
	}
	dot := e > 0 && s[e-1] == '.'
	if e > 0 && (s[e-1] == '.' || s[e-1] == ',') {
		e--
	}
	a := wordStart(s, e)
	if a == e || e-a > 8 {
		return false
	}
	if dot && e-a == 1 && isUpper(s[a]) {
		return true // an initial: "W. Price"
	}
	w := t.Lower[a:e]
	return titleAbbrev(s[a:e]) || lowerTitles[w] || kinTitles[w] || greetingLower[w] || w == "dear" || w == "sorry"
}

// partAfterComma reports whether ", " and another word of whole follow
// j: a surname written first ("Walker, John").
func partAfterComma(t *Text, j int, whole string) bool {
	s := t.S
	if j+3 > len(s) || s[j] != ',' || s[j+1] != ' ' {
		return false
	}
	e := wordEnd(s, j+2)
	return e > j+2 && wordOfName(s[j+2:e], whole)
}

// wordOfName reports whether w, folded, is one of the words of whole.
func wordOfName(w, whole string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return false
	}
	f := string(foldAppend(buf[:0], w))
	for p := range strings.FieldsSeq(whole) {
		if strings.TrimRight(p, ",;") == f {
			return true
		}
	}
	return false
}

// kinTitles stand before a name as titles do ("Aunt Rose", "Sir Elton").
var kinTitles = map[string]bool{"miss": true, "prof": true, "sir": true, "dame": true, "lady": true, "lord": true,
	"aunt": true, "auntie": true, "uncle": true, "cousin": true, "grandma": true, "grandpa": true, "nana": true,
	// Vietnamese ("Chào anh An")
	"anh": true, "chị": true, "em": true, "ông": true, "bà": true, "cô": true, "chú": true}

// titleAbbrev reports whether w, in any case, is a title written with a
// dot after it (Mr, Mrs, Ms, Dr, Prof, Sr, Sra, Mme).
func titleAbbrev(w string) bool {
	var b [4]byte
	if len(w) > len(b) {
		return false
	}
	for k := 0; k < len(w); k++ {
		b[k] = lowerByte[w[k]]
	}
	switch string(b[:len(w)]) {
	case "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "mme":
		return true
	}
	return false
}

// nameActsAfter reports whether what follows a word ending at j makes it
// a name even where a sentence opens with it: a comma (addressing
// someone: "Will, can you hear me?"), a possessive, or a verb of speech or
// "from" ("Bill from the front desk asked", "Will called").
func nameActsAfter(lower string, j int) bool {
	rest := lower[j:min(len(lower), j+8)]
	for _, p := range [...]string{",", "'s ", "’s ", " said", " told", " from", " called", " asked", " wrote", " here"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// findUnspaced appends a span for each occurrence of needle, a name in
// Chinese, Japanese or Korean, in text: those scripts put no space between
// words, or none between a name and its particle ("客户王伟说", "김민준님이"),
// so no word boundary is asked for. (Their characters have
// no case: the original text is searched for the original name.)
func findUnspaced(text, needle string, v Value, dst []Span) []Span {
	for off := 0; ; {
		k := strings.Index(text[off:], needle)
		if k < 0 {
			return dst
		}
		a := off + k
		off = a + len(needle)
		dst = append(dst, Span{Start: a, End: off, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
	}
}

// sentenceStart reports whether i begins a sentence or line, where a
// capital letter says nothing about names.
func sentenceStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '"' || text[i-1] == '(') {
		i--
	}
	if i >= 2 && text[i-1] == '.' && isUpper(text[i-2]) && (i == 2 || !isAlpha(text[i-3])) {
		return false // after an initial: "W. Price"
	}
	if i >= 3 && text[i-1] == '.' && isAlpha(text[i-2]) {
		a := i - 2
		for a > 0 && isAlpha(text[a-1]) {
			a--
		}
		if i-1-a <= 4 && titleAbbrev(text[a:i-1]) {
			return false // after a title: "Ms. Miles", "Dr. Hope"
		}
	}
	return i == 0 || strings.IndexByte(".!?:\n", text[i-1]) >= 0
}
