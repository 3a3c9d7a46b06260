package detect

import (
	"encoding/binary"
)

// The lexicon is one hash table of the words the detectors look up by
// themselves: the first words of every keyword set (keywordIndex) and the
// ASCII given names (firstNames). A text's word is looked up in it once,
// by its first eight bytes and its length, which the lexer's lower-cased
// copy gives with one load: a multiplication, one slot and, for the few
// words the table holds, a comparison. (It replaced a filter of word shapes
// in front of two Go maps, which cost a hash of the whole word for every
// word that passed the filter.)
type lexEntry struct {
	word     string
	keywords []keywordEntry // the phrases starting with word, when it is a keyword set's first word
	name     bool           // word is a given name
}

// lexBits is the log2 of the table's size; lexicon.init checks that the
// table stays under a quarter full, so that most words miss in one probe.
const lexBits = 13

var (
	// lexKeys holds a slot's word's first eight bytes, zero-padded, and
	// lexMeta its length (bits 24-31, 0 for an empty slot) and the index
	// of its lexEntry (bits 0-23): twelve bytes a probe touches.
	lexKeys    [1 << lexBits]uint64
	lexMeta    [1 << lexBits]uint32
	lexEntries []lexEntry
)

// lexHash is the slot where a word of n bytes whose first eight bytes
// (zero-padded) are key is looked for first.
func lexHash(key uint64, n int) uint32 {
	return uint32((key ^ uint64(n)<<59) * 0x9E3779B97F4A7C15 >> (64 - lexBits))
}

// lexKey returns the first eight bytes of w, zero-padded.
func lexKey(w string) uint64 {
	var b [8]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:])
}

// lexAdd returns w's entry, adding it when it is new. Words are between
// 1 and 255 bytes long.
func lexAdd(w string) *lexEntry {
	if len(w) == 0 || len(w) > 255 {
		panic("detect: a lexicon word must be 1 to 255 bytes long")
	}
	key := lexKey(w)
	for h := lexHash(key, len(w)); ; h = (h + 1) & (1<<lexBits - 1) {
		m := lexMeta[h]
		if m == 0 {
			lexEntries = append(lexEntries, lexEntry{word: w})
			lexKeys[h], lexMeta[h] = key, uint32(len(w))<<24|uint32(len(lexEntries)-1)
			if len(lexEntries) > 1<<lexBits/4 {
				panic("detect: the lexicon is over a quarter full; raise lexBits")
			}
			return &lexEntries[len(lexEntries)-1]
		}
		if lexKeys[h] == key && int(m>>24) == len(w) && lexEntries[m&(1<<24-1)].word == w {
			return &lexEntries[m&(1<<24-1)]
		}
	}
}

// wordKeys returns the first eight bytes of the word t.Lower[a:b],
// zero-padded, and the eight bytes that end it (zero bytes first when the
// text before it is shorter): one load each from the padded copy lex makes.
func (t *Text) wordKeys(a, b int) (head, tail uint64) {
	buf := t.lowerBuf
	head = binary.LittleEndian.Uint64(buf[a+8:])
	if n := b - a; n < 8 {
		head &= 1<<(8*uint(n)) - 1
	}
	return head, binary.LittleEndian.Uint64(buf[b:])
}

// lexLookup returns the entry of word (lower case), whose first eight
// bytes are head (wordKeys), or nil.
func lexLookup(head uint64, word string) *lexEntry {
	n := len(word)
	if n > 255 {
		return nil
	}
	for h := lexHash(head, n); ; h = (h + 1) & (1<<lexBits - 1) {
		m := lexMeta[h]
		if m == 0 {
			return nil
		}
		if lexKeys[h] == head && int(m>>24) == n {
			if e := &lexEntries[m&(1<<24-1)]; n <= 8 || e.word == word {
				return e
			}
		}
	}
}

func init() {
	// keywordIndex and firstNames are package variables, all set before
	// any init function runs; the entries are made once the slice no
	// longer grows.
	type add struct {
		w    string
		kw   []keywordEntry
		name bool
	}
	var adds []add
	for w, kw := range keywordIndex {
		adds = append(adds, add{w: w, kw: kw})
	}
	for w := range firstNames {
		if isASCIIWord(w) {
			adds = append(adds, add{w: w, name: true})
		}
	}
	for _, a := range adds {
		e := lexAdd(a.w)
		e.keywords = append(e.keywords, a.kw...)
		e.name = e.name || a.name
	}
}
