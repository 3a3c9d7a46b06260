package detect

import (
	"encoding/binary"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Detector finds one kind of entity in text.
type Detector interface {
	// Name identifies the detector ("email", "phone").
	Name() string
	// Entity is the entity type of the spans it finds ("EMAIL").
	Entity() string
	// Find appends the spans it finds in t to dst. Spans may overlap;
	// a Scanner resolves overlaps across detectors.
	Find(t *Text, dst []Span) []Span
	// Examples are texts the detector must and must not flag.
	Examples() Examples
}

// Examples are a detector's own test cases.
type Examples struct {
	// Match pairs a text with the exact substring that must be flagged;
	// an empty substring asks only that something in the text is.
	Match [][2]string
	// NoMatch texts must produce no span of the detector.
	NoMatch []string
}

// Priorities of the built-in detectors: the more specific wins a tie.
const (
	prioPhone      = 10
	prioIP         = 20
	prioDate       = 25
	prioSSN        = 30
	prioNationalID = 35
	prioCard       = 40
	prioAddress    = 45
	prioIBAN       = 50
	prioPerson     = 55
	prioURL        = 60
	prioEmail      = 70
	prioMAC        = 75
	prioSecret     = 90
	prioRecord     = 100 // values from the record's own fields
)

// Entities lists the entity types of the built-in detectors.
func Entities() []string {
	var out []string
	for _, d := range Default() {
		out = append(out, d.Entity())
	}
	return out
}

// Default returns the built-in detectors, every entity type on.
func Default() []Detector {
	return []Detector{
		emailDetector{}, phoneDetector{}, cardDetector{}, ssnDetector{}, nationalIDDetector{}, ibanDetector{},
		ipv4Detector{}, ipv6Detector{}, macDetector{}, urlDetector{}, dobDetector{},
		addressDetector{}, personDetector{}, secretDetector{}, passwordDetector{},
	}
}

// Scanner runs a set of detectors over texts. It is immutable and safe for
// concurrent use.
type Scanner struct {
	detectors []Detector
	allow     map[string]bool
}

// NewScanner returns a Scanner over detectors; texts listed in allow are
// never reported, whatever detector finds them.
func NewScanner(detectors []Detector, allow []string) *Scanner {
	s := &Scanner{detectors: detectors, allow: map[string]bool{}}
	for _, a := range allow {
		s.allow[strings.ToLower(a)] = true
	}
	return s
}

// Detectors returns the scanner's detectors.
func (s *Scanner) Detectors() []Detector { return s.detectors }

// Text is a text to scan with its ASCII-lower-cased copy (same length and
// offsets), made once and shared by every detector. A Text handed to
// Detector.Find is valid only during the call: the Scanner reuses it, and
// its strings, for the next text.
type Text struct {
	S     string
	Lower string

	lowerBuf    []byte
	masks       []blockMasks // lex's scratch
	tail        [2][64]byte  // lex's copy of a partial block, and its lower case
	words       []int32      // start and end of each word of Lower
	bareAts     []int32      // the '@'s with no address's local part before them (emailsAround), for findMentions
	bareAtsDone bool
	orig        []int32 // for S made plain (plain): the offset in the original text of each byte of S, and of its end
	plainBuf    []byte
	hits        []hit   // keyword hits of every set, in word order
	digits      []int32 // digitSpans
	bounds      []int32 // lex's scratch
	highs       []int32 // positions of bytes >= 0x80
	apos        []int32 // positions of apostrophes
	seps        []int32 // positions of ':', '-' and '.'
	colons      []int32 // the ':' of seps (sepsSplit)
	dashes      []int32 // the '-' of seps (sepsSplit)
	dots        []int32 // the '.' of seps (sepsSplit)
	sepsDone    bool
	nameCands   []int32     // the capitalised words findListedNames looks at, made by allHits
	secretWords []int32     // the words secretDetector looks at (secretWord), made by allHits
	spoken      []spokenRun // numbers read out digit by digit (spokenRuns)
	spokenBytes []byte      // their digits
	spokenDone  bool
	hitsDone    bool
	setStart    []int32 // the hits of set k are setPos[setStart[k]:setStart[k+1]] (keywordHits)
	setPos      []int32
	setsDone    bool
	fold        foldedText
	foldDone    bool
	runs        [sepsKinds][]numberRun
	runsDone    [sepsKinds]bool
	runBytes    []byte // digits and separators of every run in runs
	runGroups   []int
	phoneMax    [2]int     // phoneRunsMax: the most digits and dots in a phone run
	spanMax     [][2]int32 // the same per digit stretch (buildRuns)
	scriptSet   textScripts
	scriptsDone bool
}

// hit is a keyword set's hit at a position of the text.
type hit struct{ set, pos int32 }

// NewText prepares s for detectors.
func NewText(s string) *Text {
	t := &Text{}
	t.reset(s)
	return t
}

// MaxText is the longest text a Scanner takes: offsets are kept in 32 bits.
// deid's readers bound a record far below it (64 MiB).
const MaxText = 1<<31 - 1

// reset makes t a Text for s, reusing its buffers.
func (t *Text) reset(s string) {
	if len(s) > MaxText {
		panic("detect: text longer than MaxText")
	}
	t.S = s
	t.hits = t.hits[:0]
	t.hitsDone, t.foldDone, t.setsDone, t.sepsDone, t.spokenDone, t.bareAtsDone = false, false, false, false, false, false
	t.scriptsDone = false
	t.bareAts = t.bareAts[:0]
	t.runsDone = [sepsKinds]bool{}
	t.runBytes, t.runGroups = t.runBytes[:0], t.runGroups[:0]
	t.phoneMax = [2]int{}
	t.lex()
}

// release returns t to the pool; nothing of it may be used after.
func (t *Text) release() {
	t.S, t.Lower, t.fold.s = "", "", ""
	textPool.Put(t)
}

// textPool recycles Texts between scans: their buffers are the larger part
// of a scan's allocations.
var textPool = sync.Pool{New: func() any { return new(Text) }}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// Scan returns the entities in text, without overlaps, sorted by position.
// extra spans (such as a record's own values) join the resolution.
func (s *Scanner) Scan(text string, dst []Span, extra ...Span) []Span {
	dst = append(dst[:0], extra...)
	t := textPool.Get().(*Text)
	t.reset(text)
	t.plain(text)
	dst = s.scan(t, dst, len(dst), text)
	t.release()
	return dst
}

// scan runs the detectors on t, appending to dst, maps the spans found
// from dst[from] on back to text when t holds text made plain (Text.plain),
// and resolves overlaps.
func (s *Scanner) scan(t *Text, dst []Span, from int, text string) []Span {
	for _, d := range s.detectors {
		dst = d.Find(t, dst)
	}
	t.mapBack(dst[from:])
	if len(s.allow) > 0 {
		out := dst[:0]
		for _, sp := range dst {
			if !s.allow[strings.ToLower(text[sp.Start:sp.End])] {
				out = append(out, sp)
			}
		}
		dst = out
	}
	return Resolve(trimURLQueries(text, dst))
}

// trimURLQueries ends a link before its query when an email or a phone
// lies in the query (checkout?email=maria.lopez%40gmail.com): the longer
// link would win over them, and a rule file that keeps links would keep
// them too. The query's other parts stay text.
func trimURLQueries(text string, spans []Span) []Span {
	var inner [][2]int // the emails' and phones' ends and starts, sorted, made at the first link with a query
	for i := range spans {
		u := &spans[i]
		if u.Entity != URL {
			continue
		}
		q := strings.IndexByte(text[u.Start:u.End], '?')
		if q < 0 {
			continue
		}
		q += u.Start
		if inner == nil {
			inner = make([][2]int, 0, 8)
			for _, sp := range spans {
				if sp.Entity == Email || sp.Entity == Phone {
					inner = append(inner, [2]int{sp.End, sp.Start})
				}
			}
			slices.SortFunc(inner, func(a, b [2]int) int { return a[0] - b[0] })
		}
		// the first email or phone ending after the '?': inside the
		// query when it ends by u.End and starts after the '?'
		k, _ := slices.BinarySearchFunc(inner, q+1, func(e [2]int, t int) int { return e[0] - t })
		if k < len(inner) && inner[k][0] <= u.End && inner[k][1] > q {
			u.End = q
		}
	}
	return spans
}

// Rewrite returns text with every span replaced by repl(span). Spans must
// be sorted and must not overlap (as Scan returns them).
func Rewrite(text string, spans []Span, repl func(Span) (string, error)) (string, error) {
	if len(spans) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text) + 24*len(spans)) // room for tokens longer than their spans
	prev := 0
	for _, sp := range spans {
		r, err := repl(sp)
		if err != nil {
			return "", err
		}
		b.WriteString(text[prev:sp.Start])
		b.WriteString(r)
		prev = sp.End
	}
	b.WriteString(text[prev:])
	return b.String(), nil
}

// Byte classes used by the detectors.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// wordByte reports whether c continues a word: ASCII letters and digits,
// '_', and any byte of a multi-byte UTF-8 character (letters such as é).
func wordByte(c byte) bool { return isAlnum(c) || c == '_' || c >= 0x80 }

// boundaryBefore reports whether a match may start at i.
func boundaryBefore(text string, i int) bool { return i == 0 || !wordByte(text[i-1]) }

// unspacedBefore reports whether a number may start at i where
// boundaryBefore says no: after a character that is no letter, digit or
// mark (“, —, a no-break space) or is of a script written without spaces
// (携帯は090-1234-5678; unspacedScript, Thai). It costs a call, so the
// number detectors ask it only where boundaryBefore fails.
func unspacedBefore(text string, i int) bool {
	if text[i-1] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unspacedScript(r) || isThai(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// isThai reports whether r is Thai, written without spaces between words.
func isThai(r rune) bool { return r >= 0x0E00 && r <= 0x0E7F }

// unspacedAt is unspacedBefore for a number ending at j.
func unspacedAt(text string, j int) bool {
	if text[j] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unspacedScript(r) || isThai(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// boundaryBeforeRune is boundaryBefore where the character before i is
// decoded: after a curly quote or a dash a match may start, after a letter
// such as é it may not.
func boundaryBeforeRune(text string, i int) bool {
	if i == 0 || text[i-1] < utf8.RuneSelf {
		return boundaryBefore(text, i)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// boundaryAfter reports whether a match may end at j.
func boundaryAfter(text string, j int) bool { return j >= len(text) || !wordByte(text[j]) }

// lowerWindow returns up to n bytes of lower-cased text before i, for
// context words.
func lowerWindow(t *Text, i, n int) string {
	return t.Lower[max(0, i-n):i]
}

// clauseWindow is like lowerWindow but stops at the start of the sentence
// or line, so context words of an earlier sentence do not count.
func clauseWindow(t *Text, i, n int) string {
	w := lowerWindow(t, i, n)
	// after the last ". ", "! ", "? " or newline
	for k := len(w) - 1; k >= 0; k-- {
		if c := w[k]; c == '\n' || c == ' ' && k > 0 && (w[k-1] == '.' && !numberAbbrevBefore(w, k-1) || w[k-1] == '!' || w[k-1] == '?') {
			return w[k+1:]
		}
	}
	return w
}

// numberAbbrevBefore reports whether the '.' at d (of lower-case w) ends
// an abbreviation that stands before a number ("part no. 860-00298-01",
// "tel. 030 901820"), not a sentence.
func numberAbbrevBefore(w string, d int) bool {
	a := d
	for a > 0 && d-a < 4 && isLower(w[a-1]) {
		a--
	}
	if a > 0 && isAlpha(w[a-1]) {
		return false
	}
	switch w[a:d] {
	case "no", "nr", "num", "tel", "ph", "fax", "mob", "ref", "inv", "acct":
		return true
	}
	return false
}

// clauseHas reports whether one of kw's words or phrases lies in the n
// bytes before i, within the same sentence or line (see clauseWindow).
func clauseHas(t *Text, kw *keywords, i, n int) bool {
	return clauseHasFrom(t, kw, i-len(clauseWindow(t, i, n)), i)
}

// clauseHasFrom is clauseHas for a clause known to start at from, for a
// caller asking about several sets in one clause.
func clauseHasFrom(t *Text, kw *keywords, from, i int) bool {
	hits := keywordHits(t, kw)
	if len(hits) > 16 {
		// the hits from the clause's start on: a text of many hits
		// asked about many clauses stays linear
		k, _ := slices.BinarySearch(hits, int32(from))
		hits = hits[k:]
	}
	for _, p := range hits {
		if int(p) >= i {
			break
		}
		if int(p) >= from && phraseEnd(t, kw, int(p)) <= i {
			return true
		}
	}
	return false
}

// containsWord reports whether s contains any of words as a whole word
// (not inside a longer word: "ver" is not in "server").
func containsWord(s string, words ...string) bool {
	for _, w := range words {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			i, j := off+k, off+k+len(w)
			if (i == 0 || !isAlpha(s[i-1])) && (j == len(s) || !isAlpha(s[j]) || !isAlpha(w[len(w)-1])) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// containsAny reports whether s contains any of words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordStarts returns the start and end offsets of the text's words, in
// pairs: runs of letters and apostrophes that start with a letter, made by
// lex.
func (t *Text) wordStarts() []int32 { return t.words }

func letterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// keywords is a set of cue words or phrases (lower case). Every set is
// registered in one index at start-up, so a text's words are looked up once
// for all of them (Text.hits).
type keywords struct {
	id       int
	phrases  []string
	suffixes []string // words ending in one of these also hit (Friedrichstraße)
}

// keywordIndex maps a first word to the phrases that start with it.
var keywordIndex = map[string][]keywordEntry{}

type keywordEntry struct {
	set    int
	phrase string
	// the phrase's bytes after its first word, up to eight of them,
	// and a mask of those bytes: compared with the eight bytes after a
	// word at once (allHits)
	rest, restMask uint64
}

var keywordSets []*keywords

func newKeywords(list ...string) *keywords {
	k := &keywords{id: len(keywordSets), phrases: list}
	keywordSets = append(keywordSets, k)
	for _, w := range list {
		first := w
		for i := 0; i < len(w); i++ {
			if !letterByte(w[i]) && w[i] != '\'' {
				first = w[:i]
				break
			}
		}
		rest := w[len(first):]
		rest = rest[:min(len(rest), 8)]
		var mask uint64
		if len(rest) > 0 {
			mask = ^uint64(0) >> (64 - 8*len(rest))
		}
		keywordIndex[first] = append(keywordIndex[first], keywordEntry{set: k.id, phrase: w, rest: lexKey(rest), restMask: mask})
	}
	return k
}

// newSuffixes is a keyword set that hits on words ending in one of list.
func newSuffixes(list ...string) *keywords {
	k := newKeywords()
	k.suffixes = list
	addSuffixTails(k)
	return k
}

// allHits computes, in one pass over the words, where every keyword set
// hits, and gathers the words the name list and the secret detector look
// at (Text.nameCands, Text.secretWords).
func (t *Text) allHits() []hit {
	if t.hitsDone {
		return t.hits
	}
	t.hitsDone = true
	ws := t.wordStarts()
	t.nameCands, t.secretWords = t.nameCands[:0], t.secretWords[:0]
	p := wordPass{t: t, highs: t.highs, apos: t.apos}
	s := t.S
	// the common word, in lower case, in no table and no secret's
	// keyword, costs this loop alone; the others go to wordPass.word.
	// The loop reads through pointers: every word lies inside s (lex
	// made them in order), and lowerBuf holds s lower-cased with eight
	// bytes more on each side, which the checks below make sure of once.
	if len(ws)%2 != 0 || len(t.lowerBuf) < len(s)+16 || len(ws) > 0 && (ws[0] < 0 || int(ws[len(ws)-1]) > len(s)) {
		panic("detect: allHits: words outside the text")
	}
	low := unsafe.Pointer(unsafe.SliceData(t.lowerBuf))
	src := unsafe.Pointer(unsafe.StringData(s))
	for _, w := range unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(ws))), len(ws)/2) {
		a, b := wordBounds(w) // a word's two bounds, one load
		n := b - a
		// wordKeys, without its check: the first eight bytes, zero-padded,
		// and the eight that end the word
		head := load64(unsafe.Add(low, a+8)) & headMask[min(n, 8)&15]
		tail := load64(unsafe.Add(low, b))
		h := lexHash(head, n)
		c := *(*byte)(unsafe.Add(src, a))
		// the words the secret detector looks at: two bit tests, then
		// secretWordAt (written out here, as the compiler will not inline it)
		lp, lt := uint16(head), uint16(tail>>48)
		sec := (secretHeads[lp>>6]&(1<<(lp&63)) != 0 || secretTails[lt>>6]&(1<<(lt&63)) != 0) && secretWordAt(s, a, n, head, tail)
		// a slot holding a word of another length, with no word placed
		// past it, settles the look-up here
		if m := lexicon.meta[h]; m != 0 && (int(m>>24) == n || m&lexChain != 0) || c-'A' < 26 || c >= 0x80 || sec {
			p.word(a, b, h, head, sec)
		}
	}
	return t.hits
}

// wordPass is allHits's state from word to word.
type wordPass struct {
	t           *Text
	highs, apos []int32 // from the current word on
}

// word is allHits on a word that may be in the lexicon (its slot h is not
// empty), starts with a capital or may start a secret's keyword (sec).
func (p *wordPass) word(a, b int, h uint32, head uint64, sec bool) {
	t := p.t
	s := t.S
	n := b - a
	var e *lexEntry
	if lexicon.meta[h] != 0 {
		e = lexicon.probe(h, head, t.Lower[a:b])
	}
	c := s[a]
	if c-'A' < 26 || c >= 0x80 {
		// for the name list: a listed name, or a word that listedNameAt
		// reads further than the lexer (multi-byte characters,
		// apostrophes, a hyphen after it)
		for len(p.highs) > 0 && int(p.highs[0]) < a {
			p.highs = p.highs[1:]
		}
		for len(p.apos) > 0 && int(p.apos[0]) < a {
			p.apos = p.apos[1:]
		}
		plain := (len(p.highs) == 0 || int(p.highs[0]) >= b) && (len(p.apos) == 0 || int(p.apos[0]) >= b) &&
			(b == len(s) || s[b] != '-' && s[b] < 0x80)
		if !plain || e != nil && e.name {
			t.nameCands = append(t.nameCands, int32(a), int32(b))
		}
	}
	if sec {
		t.secretWords = append(t.secretWords, int32(a), int32(b))
	}
	if e != nil {
		last := -1
		next := binary.LittleEndian.Uint64(t.lowerBuf[b+8:]) // the eight bytes after the word
		for _, e := range e.keywords {
			// a phrase of one word is the word itself, which the lexer
			// ended before a byte that is no ASCII letter; a longer one
			// must go on as the text does
			p := e.phrase
			j := a + len(p)
			if len(p) == n || next&e.restMask == e.rest && (len(p)-n <= 8 || strings.HasPrefix(t.Lower[a:], p)) &&
				(j == len(t.Lower) || !isAlpha(t.Lower[j]) || !isAlpha(p[len(p)-1])) {
				if e.set != last {
					t.hits = append(t.hits, hit{int32(e.set), int32(a)})
					last = e.set
				}
			}
		}
	}
	if n >= 5 && c-'A' < 26 { // street names are capitalised
		tail := uint16(t.Lower[b-2])<<8 | uint16(t.Lower[b-1])
		if suffixTailBits[tail>>6]&(1<<(tail&63)) == 0 {
			return
		}
		word := t.Lower[a:b]
		last := -1
		for _, e := range suffixTails[suffixTailIndex[tail]] {
			if e.set != last && (strings.HasSuffix(word, e.phrase) || strings.HasSuffix(t.Lower[a:min(len(t.Lower), b+1)], e.phrase)) {
				t.hits = append(t.hits, hit{int32(e.set), int32(b - len(e.phrase))})
				last = e.set
			}
		}
	}
}

// suffixTails holds, for the last two bytes of a word (suffixTailIndex),
// the suffixes (of the sets in suffixSets) it may end with; a suffix
// ending in '.' is listed under the two bytes before the dot, the dot
// following the word.
var suffixTails = [][]keywordEntry{nil}

// suffixTailIndex maps two bytes, first<<8|second, to their list in
// suffixTails (0: none). A table, not a map: it is read for every
// capitalised word of five bytes or more.
var suffixTailIndex [1 << 16]uint8

// suffixTailBits has a bit for every two bytes that suffixTailIndex maps,
// a filter small enough to stay in the nearest cache.
var suffixTailBits [1024]uint64

func addSuffixTails(k *keywords) {
	for _, suf := range k.suffixes {
		s := strings.TrimSuffix(suf, ".")
		if len(s) >= 2 {
			bit := uint16(s[len(s)-2])<<8 | uint16(s[len(s)-1])
			if suffixTailIndex[bit] == 0 {
				if len(suffixTails) == 255 {
					panic("detect: more than 254 street-suffix endings")
				}
				suffixTailIndex[bit] = uint8(len(suffixTails))
				suffixTails = append(suffixTails, nil)
			}
			i := suffixTailIndex[bit]
			suffixTails[i] = append(suffixTails[i], keywordEntry{set: k.id, phrase: suf})
			suffixTailBits[bit>>6] |= 1 << (bit & 63)
		}
	}
}

// phraseEnd returns the end of the longest of kw's phrases starting at
// pos in t, or pos when none does.
func phraseEnd(t *Text, kw *keywords, pos int) int {
	end := pos
	for _, p := range kw.phrases {
		if strings.HasPrefix(t.Lower[pos:], p) {
			end = max(end, pos+len(p))
		}
	}
	return end
}

// keywordHits returns the positions in t.Lower where one of kw's words or
// phrases starts as a whole word (or, for suffix sets, where the suffix
// is), in text order. The slice is t's: it must not be changed or kept
// past the next Text.reset.
func keywordHits(t *Text, kw *keywords) []int32 {
	if !t.setsDone {
		t.bucketHits()
	}
	return t.setPos[t.setStart[kw.id]:t.setStart[kw.id+1]]
}

// sepsSplit returns the positions of the colons and of the dashes among
// t.seps, split once for the detectors that look at one kind (t.dots gets
// the periods).
func (t *Text) sepsSplit() (colons, dashes []int32) {
	if !t.sepsDone {
		t.sepsDone = true
		// every position is written to all three lists and kept by the
		// one of its byte: no branch to mispredict on text where the
		// three alternate ("Agent: … 4.2.1 … A-99812.")
		n := len(t.seps)
		colons, dashes, dots := slices.Grow(t.colons[:0], n)[:n], slices.Grow(t.dashes[:0], n)[:n], slices.Grow(t.dots[:0], n)[:n]
		nc, nd, np := 0, 0, 0
		for _, p := range t.seps {
			c := t.S[p]
			colons[nc], dashes[nd], dots[np] = p, p, p
			nc += b2i(c == ':')
			nd += b2i(c == '-')
			np += b2i(c == '.')
		}
		t.colons, t.dashes, t.dots = colons[:nc], dashes[:nd], dots[:np]
	}
	return t.colons, t.dashes
}

// b2i is 1 for true and 0 for false (the compiler makes it a SETcc).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bucketHits sorts the positions of t's hits by keyword set (a counting
// sort, positions staying in text order within a set), so that each
// detector reads its own sets' hits instead of all of them.
func (t *Text) bucketHits() {
	t.setsDone = true
	hits := t.allHits()
	n := len(keywordSets)
	if cap(t.setStart) < n+1 {
		t.setStart = make([]int32, n+1)
	}
	start := t.setStart[:n+1]
	clear(start)
	for _, h := range hits {
		start[h.set+1]++
	}
	for k := 1; k <= n; k++ {
		start[k] += start[k-1]
	}
	if cap(t.setPos) < len(hits) {
		t.setPos = make([]int32, len(hits), len(hits)+len(hits)/4)
	}
	pos := t.setPos[:len(hits)]
	// start[k] is where set k's next hit goes; afterwards it is where
	// set k+1's hits begin, so the array is shifted back by one set
	for _, h := range hits {
		pos[start[h.set]] = h.pos
		start[h.set]++
	}
	copy(start[1:], start[:n])
	start[0] = 0
	t.setStart, t.setPos = start, pos
}

// findAround runs re on the parts of t around hits (before and after bytes
// on each side, overlapping windows merged) and calls fn with every match's
// submatch indexes, made absolute.
func findAround(t *Text, hits []int, before, after int, re *regexp.Regexp, fn func(m []int)) {
	if len(hits) == 0 {
		return
	}
	slices.Sort(hits)
	start, end := max(0, hits[0]-before), min(len(t.S), hits[0]+after)
	flush := func() {
		for _, m := range re.FindAllStringSubmatchIndex(t.S[start:end], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += start
				}
			}
			fn(m)
		}
	}
	for _, h := range hits[1:] {
		s, e := max(0, h-before), min(len(t.S), h+after)
		if s <= end {
			end = max(end, e)
			continue
		}
		flush()
		start, end = s, e
	}
	flush()
}

// plainRune returns the ASCII that r stands for in a number or between
// words, and whether r is one of those characters: spaces other than ' '
// (a no-break space copied from a web page or a document), dashes and
// minus signs, full-width digits and signs (typed with a Japanese or
// Chinese keyboard), Arabic-Indic and Devanagari digits, and characters
// of no width, which stand for nothing. "4111\u00a01111\u00a01111\u00a01111",
// "415–555–0132" and "４１５−５５５−０１３２" are then found as their ASCII is.
func plainRune(r rune) (string, bool) {
	switch {
	case r == 0xA0, r >= 0x2002 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return " ", true
	case r >= 0x2010 && r <= 0x2013, r == 0x2212, r == 0xFF0D, r == 0xFE63:
		return "-", true
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0xAD:
		return "", true
	case r >= 0xFF10 && r <= 0xFF19:
		return string(rune('0' + r - 0xFF10)), true
	case r >= 0x0660 && r <= 0x0669:
		return string(rune('0' + r - 0x0660)), true
	case r >= 0x06F0 && r <= 0x06F9:
		return string(rune('0' + r - 0x06F0)), true
	case r >= 0x0966 && r <= 0x096F:
		return string(rune('0' + r - 0x0966)), true
	case r == 0xFF0B:
		return "+", true
	case r == 0xFF08:
		return "(", true
	case r == 0xFF09:
		return ")", true
	case r == 0xFF0E:
		return ".", true
	case r == 0xFF20:
		return "@", true
	}
	return "", false
}

// plainLead marks the first bytes of plainRune's characters in UTF-8; the
// accented letters of names (0xC3, 0xC4, 0xC5 …) are none of them.
var plainLead = func() (m [256]bool) {
	for _, c := range []byte{0xC2, 0xD9, 0xDB, 0xE0, 0xE2, 0xE3, 0xEF} {
		m[c] = true
	}
	return m
}()

// plain makes t, reset on text, hold text with the characters of
// plainRune written in ASCII, when it has any: the detectors then read it,
// and mapBack puts their spans back on text. The multi-byte characters
// lex found (t.highs) are all it looks at, so a text without them costs
// nothing.
func (t *Text) plain(text string) {
	t.orig = t.orig[:0]
	if len(t.highs) == 0 {
		return
	}
	found := false
	for _, h := range t.highs {
		if plainLead[text[h]] {
			r, _ := utf8.DecodeRuneInString(text[h:])
			if _, ok := plainRune(r); ok {
				found = true
				break
			}
		}
	}
	if !found {
		return
	}
	b := t.plainBuf[:0]
	orig := t.orig[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			orig = append(orig, int32(i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if p, ok := plainRune(r); ok {
			for k := 0; k < len(p); k++ {
				b = append(b, p[k])
				orig = append(orig, int32(i))
			}
		} else {
			for k := 0; k < size; k++ {
				b = append(b, text[i+k])
				orig = append(orig, int32(i+k))
			}
		}
		i += size
	}
	orig = append(orig, int32(len(text)))
	t.plainBuf, t.orig = b, orig
	t.reset(unsafe.String(unsafe.SliceData(b), len(b))) // (reset leaves orig alone)
}

// mapBack moves spans found on a text made plain back to the original
// text's offsets.
func (t *Text) mapBack(spans []Span) {
	if len(t.orig) == 0 {
		return
	}
	for i := range spans {
		spans[i].Start = int(t.orig[spans[i].Start])
		spans[i].End = int(t.orig[spans[i].End])
	}
}
