package transform

import (
	"maps"
	"slices"
)

// FieldStats counts what happened to the field at one path.
type FieldStats struct {
	Path    string   `json:"path"`
	Action  string   `json:"action"`          // "pseudonymize", "drop (default)", ...
	Rule    string   `json:"rule,omitempty"`  // the selector of the rule, empty for the default
	Values  int64    `json:"values"`          // non-null occurrences seen
	Nulls   int64    `json:"nulls"`           // null occurrences seen
	Changed int64    `json:"changed"`         // values an operator changed
	Dropped int64    `json:"dropped"`         // occurrences removed from the output
	Types   []string `json:"types,omitempty"` // kinds of the values written out
	// Entities counts the spans found per entity type by scan.
	Entities map[string]int64 `json:"entities,omitempty"`
	kinds    uint8
}

// Stats is what one Applier counted; Merge adds another's.
type Stats struct {
	Fields      map[string]*FieldStats
	RowsDropped []int64 // per row rule, in rule order
	RuleMatched []bool  // per field rule: did it name any field?
	LimitHits   []int64 // per limit, in rule order: records over the limit
	Records     int64   // records seen
	Kept        int64   // records kept
	// Classes counts kept records per equivalence class (Plan.Risk).
	Classes map[ClassKey]int64
	// Suppressed counts records dropped for k-anonymity.
	Suppressed int64
}

func newStats(p *Plan) *Stats {
	return &Stats{
		Fields:      map[string]*FieldStats{},
		RowsDropped: make([]int64, len(p.Rows)),
		RuleMatched: make([]bool, len(p.Fields)),
		LimitHits:   make([]int64, len(p.Limits)),
	}
}

// Merge adds o's counts to s.
func (s *Stats) Merge(o *Stats) {
	for path, f := range o.Fields {
		g, ok := s.Fields[path]
		if !ok {
			c := *f
			c.Entities = maps.Clone(f.Entities)
			s.Fields[path] = &c
			continue
		}
		for e, n := range f.Entities {
			if g.Entities == nil {
				g.Entities = map[string]int64{}
			}
			g.Entities[e] += n
		}
		g.Values += f.Values
		g.Nulls += f.Nulls
		g.Changed += f.Changed
		g.Dropped += f.Dropped
		g.kinds |= f.kinds
	}
	for i := range o.RowsDropped {
		s.RowsDropped[i] += o.RowsDropped[i]
	}
	for i := range o.LimitHits {
		s.LimitHits[i] += o.LimitHits[i]
	}
	for i := range o.RuleMatched {
		s.RuleMatched[i] = s.RuleMatched[i] || o.RuleMatched[i]
	}
	s.Records += o.Records
	s.Kept += o.Kept
	s.Suppressed += o.Suppressed
	for c, n := range o.Classes {
		if s.Classes == nil {
			s.Classes = map[ClassKey]int64{}
		}
		s.Classes[c] += n
	}
}

// Sorted returns the field counts sorted by path, with Types filled in.
func (s *Stats) Sorted() []FieldStats {
	out := make([]FieldStats, 0, len(s.Fields))
	for _, path := range slices.Sorted(maps.Keys(s.Fields)) {
		f := *s.Fields[path]
		f.Types = nil
		for k := range uint8(8) {
			if f.kinds&(1<<k) != 0 {
				f.Types = append(f.Types, kindName(k))
			}
		}
		out = append(out, f)
	}
	return out
}
