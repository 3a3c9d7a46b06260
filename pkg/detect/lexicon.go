package detect

import (
	"encoding/binary"
	"unsafe"
)

// A wordTable is a hash table of words looked up by their first eight bytes
// and their length, which the lexer's lower-cased copy of a text gives
// with one load (Text.wordKeys): a multiplication, one slot and, for the
// few words the table holds, a comparison.
//
// Two tables are built at start-up. The lexicon holds what every word of
// a text is looked up for: the first words of every keyword set
// (keywordIndex) and the ASCII given names (firstNames). notNameWords holds
// the words that are not names after a cue (notNames), looked up only
// for the words around a cue's name; being common words (the, my, you),
// they would make most lexicon look-ups hit. (The lexicon replaced a
// filter of word shapes in front of two Go maps, which cost a hash of the
// whole word for every word that passed the filter.)
type wordTable struct {
	// keys holds a slot's word's first eight bytes, zero-padded, and
	// meta its length (bits 24-31, 0 for an empty slot), lexChain (bit
	// 23) and the index of its entry (bits 0-22): twelve bytes a probe
	// touches.
	keys    [1 << wordTableBits]uint64
	meta    [1 << wordTableBits]uint32
	entries []lexEntry
}

// lexEntry is what a wordTable knows of a word.
type lexEntry struct {
	word     string
	keywords []keywordEntry // the phrases starting with word, when it is a keyword set's first word
	name     bool           // word is a given name
	brand    bool           // a given name that starts or ends one of brandNames (Trader Joe's, Mario Kart)
	rare     bool           // a given name of worldFirstNames only (rareNames)
}

// wordTableBits is the log2 of a table's size; add keeps a table under a
// quarter full, so that most words miss in one probe.
const wordTableBits = 16

var lexicon, notNameWords wordTable

// lexHash is the slot where a word of n bytes whose first eight bytes
// (zero-padded) are key is looked for first.
func lexHash(key uint64, n int) uint32 {
	return uint32((key ^ uint64(n)<<59) * 0x9E3779B97F4A7C15 >> (64 - wordTableBits))
}

// lexKey returns the first eight bytes of w, zero-padded.
func lexKey(w string) uint64 {
	var b [8]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:])
}

// add returns w's entry, adding it when it is new. Words are between 1
// and 255 bytes long. Entries must not be kept across calls (the slice
// may move).
func (wt *wordTable) add(w string) *lexEntry {
	if len(w) == 0 || len(w) > 255 {
		panic("detect: a table word must be 1 to 255 bytes long")
	}
	key := lexKey(w)
	for h := lexHash(key, len(w)); ; h = (h + 1) & (1<<wordTableBits - 1) {
		m := wt.meta[h]
		if m == 0 {
			wt.entries = append(wt.entries, lexEntry{word: w})
			wt.keys[h], wt.meta[h] = key, uint32(len(w))<<24|uint32(len(wt.entries)-1)
			if len(wt.entries) > 1<<wordTableBits/4 {
				panic("detect: a word table is over a quarter full; raise wordTableBits")
			}
			return &wt.entries[len(wt.entries)-1]
		}
		if wt.keys[h] == key && int(m>>24) == len(w) && wt.entries[m&lexIndex].word == w {
			return &wt.entries[m&lexIndex]
		}
		wt.meta[h] |= lexChain // a word whose probe starts here may be further on
	}
}

// The bits of a wordTable's meta below the length: lexChain says a word
// was placed past this slot while its probe passed it, so a look-up that
// finds another word here must go on; lexIndex is the entry's index.
const (
	lexChain = 1 << 23
	lexIndex = lexChain - 1
)

// lookup returns the entry of word (lower case), whose first eight bytes
// are head (wordKeys), or nil.
func (wt *wordTable) lookup(head uint64, word string) *lexEntry {
	h := lexHash(head, len(word))
	if wt.meta[h] == 0 {
		return nil
	}
	return wt.probe(h, head, word)
}

// probe is lookup from slot h on, when that slot is not empty.
func (wt *wordTable) probe(h uint32, head uint64, word string) *lexEntry {
	n := len(word)
	if n > 255 {
		return nil
	}
	for ; ; h = (h + 1) & (1<<wordTableBits - 1) {
		m := wt.meta[h]
		if m == 0 {
			return nil
		}
		if wt.keys[h] == head && int(m>>24) == n {
			if e := &wt.entries[m&lexIndex]; n <= 8 || e.word == word {
				return e
			}
		}
		if m&lexChain == 0 {
			return nil
		}
	}
}

// headMask[n] keeps the first n bytes of eight (little-endian). It has
// sixteen entries so that an index masked with 15 needs no bounds check.
var headMask = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// wordKeys returns the first eight bytes of the word t.Lower[a:b],
// zero-padded, and the eight bytes that end it (zero bytes first when the
// text before it is shorter): one load each from the padded copy lex
// makes. a and b are a word's bounds, so 0 <= a < b <= len(t.S) and both
// loads lie in t.lowerBuf, which holds eight bytes more on each side.
func (t *Text) wordKeys(a, b int) (head, tail uint64) {
	if uint(a) > uint(b) || uint(b) > uint(len(t.lowerBuf)-16) {
		panic("detect: wordKeys outside the text")
	}
	p := unsafe.Pointer(unsafe.SliceData(t.lowerBuf))
	return load64(unsafe.Add(p, a+8)) & headMask[min(b-a, 8)&15], load64(unsafe.Add(p, b))
}

func init() {
	// keywordIndex, firstNames and notNames are package variables, all
	// set before any init function runs.
	for w, kw := range keywordIndex {
		e := lexicon.add(w)
		e.keywords = append(e.keywords, kw...)
	}
	// a cue word with "'s" is the word too, as "is" or a possessive
	// ("birthday's 1990-02-28", "password's Hunter22!"): the lexer keeps
	// the apostrophe in the word. The phrases still start with the bare
	// word, so a one-word cue hits and a longer one does not. Only the cues
	// a value follows: every entry more makes the table's slots busier.
	for _, w := range possessiveCues {
		kw, ok := keywordIndex[w]
		if !ok {
			continue
		}
		for _, s := range [...]string{"'s", "’s"} {
			if _, ok := keywordIndex[w+s]; !ok {
				e := lexicon.add(w + s)
				e.keywords = append(e.keywords, kw...)
			}
		}
	}
	for w := range firstNames {
		if isASCIIWord(w) {
			e := lexicon.add(w)
			e.name, e.brand, e.rare = true, brandsOf[w] != nil, rareNames[w]
		}
	}
	for w := range notNames {
		notNameWords.add(w)
	}
}

// possessiveCues are the cue words that lexicon also holds with "'s".
var possessiveCues = []string{"birthday", "dob", "birthdate", "password", "passcode", "passphrase", "pin", "pw",
	"number", "phone", "cell", "mobile", "email", "address", "ssn", "social", "card", "iban", "surname", "account",
	"wachtwoord", "passwort"}
