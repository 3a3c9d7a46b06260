package detect

import (
	"slices"
	"sync"
)

// Entity types.
const (
	Email         = "EMAIL"
	Phone         = "PHONE"
	CreditCard    = "CREDIT_CARD"
	USSSN         = "US_SSN"
	IBAN          = "IBAN"
	IPv4          = "IPV4"
	IPv6          = "IPV6"
	URL           = "URL"
	MAC           = "MAC"
	DateOfBirth   = "DATE_OF_BIRTH"
	StreetAddress = "STREET_ADDRESS"
	Person        = "PERSON"
	Secret        = "SECRET"
	Password      = "PASSWORD"
)

// Span is a piece of a text that holds one entity: text[Start:End].
type Span struct {
	Start, End int
	Entity     string
	// Priority breaks ties between overlapping spans of equal length: the
	// more specific detector has the higher priority.
	Priority int
	// Ref is the caller's tag for spans of known values (FindValues); 0 for
	// detector spans.
	Ref int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Resolve removes overlaps from spans: the longest span wins, then the one
// with the higher priority, then the earlier one. The result is sorted by
// Start and reuses spans' storage.
func Resolve(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	if len(spans) > 24 && uint64(len(spans)) < 1<<32 && uint64(slices.MaxFunc(spans, byStart).Start) < 1<<31 {
		// sort by start through packed keys (start, then input order):
		// moving 8-byte keys is cheaper than moving spans
		sc := resolveScratch.Get().(*resolveBuf)
		keys := sc.keys[:0]
		for i, s := range spans {
			keys = append(keys, uint64(s.Start)<<32|uint64(i))
		}
		slices.Sort(keys)
		sorted := append(sc.spans[:0], spans...)
		for i, k := range keys {
			spans[i] = sorted[uint32(k)]
		}
		clear(sorted) // the scratch must not keep the entities alive
		sc.keys, sc.spans = keys, sorted[:0]
		resolveScratch.Put(sc)
	} else {
		sortByStart(spans)
	}
	// Only spans that overlap, directly or through others, compete: resolve
	// each such cluster alone, longest first. Most clusters are one span.
	kept := spans[:0] // filtered in place: kept never outruns the loop
	for i := 0; i < len(spans); {
		end, j := spans[i].End, i+1
		for j < len(spans) && spans[j].Start < end {
			end = max(end, spans[j].End)
			j++
		}
		if j == i+1 {
			kept = append(kept, spans[i])
			i = j
			continue
		}
		cluster := spans[i:j]
		base := cluster[0].Start // the cluster's first byte, before it is sorted by strength
		sortByStrength(cluster)
		from := len(kept)
		var covered []bool // for large clusters: the bytes kept spans cover
		if len(cluster) > 64 {
			covered = make([]bool, end-base)
		}
		for _, s := range cluster {
			overlaps := false
			if covered != nil {
				// kept spans are disjoint: a byte test per span keeps a
				// cluster of thousands of overlapping spans linear
				for b := s.Start; b < s.End && !overlaps; b++ {
					overlaps = covered[b-base]
				}
			} else {
				for _, k := range kept[from:] {
					if s.Start < k.End && k.Start < s.End {
						overlaps = true
						break
					}
				}
			}
			if !overlaps {
				kept = append(kept, s)
				for b := s.Start; covered != nil && b < s.End; b++ {
					covered[b-base] = true
				}
			}
		}
		sortByStart(kept[from:])
		i = j
	}
	return kept
}

// resolveBuf is Resolve's scratch for many spans.
type resolveBuf struct {
	keys  []uint64
	spans []Span
}

var resolveScratch = sync.Pool{New: func() any { return new(resolveBuf) }}

// sortByStart sorts spans stably by start: by insertion when they are few,
// as a text's spans mostly are.
func sortByStart(spans []Span) {
	if len(spans) > 24 {
		slices.SortStableFunc(spans, byStart)
		return
	}
	for i := 1; i < len(spans); i++ {
		s, j := spans[i], i
		for ; j > 0 && s.Start < spans[j-1].Start; j-- {
			spans[j] = spans[j-1]
		}
		spans[j] = s
	}
}

// sortByStrength is sortByStart by byStrength.
func sortByStrength(spans []Span) {
	if len(spans) > 24 {
		slices.SortStableFunc(spans, byStrength)
		return
	}
	for i := 1; i < len(spans); i++ {
		s, j := spans[i], i
		for ; j > 0 && byStrength(s, spans[j-1]) < 0; j-- {
			spans[j] = spans[j-1]
		}
		spans[j] = s
	}
}

// byStrength orders spans longest first, then by priority, then by start.
func byStrength(a, b Span) int {
	if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
		return lb - la
	}
	if a.Priority != b.Priority {
		return b.Priority - a.Priority
	}
	return a.Start - b.Start
}

func byStart(a, b Span) int { return a.Start - b.Start }
