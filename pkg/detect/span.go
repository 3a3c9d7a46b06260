package detect

import "slices"

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
	if len(spans) <= 32 {
		for i := 1; i < len(spans); i++ { // insertion sort: few spans
			for j := i; j > 0 && byStrength(spans[j], spans[j-1]) < 0; j-- {
				spans[j], spans[j-1] = spans[j-1], spans[j]
			}
		}
	} else {
		slices.SortFunc(spans, byStrength)
	}
	kept := spans[:0] // filtered in place: kept never outruns the loop
	for _, s := range spans {
		overlaps := false
		for _, k := range kept {
			if s.Start < k.End && k.Start < s.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, s)
		}
	}
	if len(kept) <= 32 {
		for i := 1; i < len(kept); i++ {
			for j := i; j > 0 && kept[j].Start < kept[j-1].Start; j-- {
				kept[j], kept[j-1] = kept[j-1], kept[j]
			}
		}
	} else {
		slices.SortFunc(kept, byStart)
	}
	return kept
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
