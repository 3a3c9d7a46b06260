package transform

import (
	"crypto/sha256"
	"strings"

	"github.com/deidtool/deid/pkg/record"
)

// Risk is the re-identification check of a Plan: records are grouped into
// equivalence classes by the values of their quasi-identifiers (after the
// operators ran), and classes smaller than K are reported, or suppressed.
type Risk struct {
	QuasiIdentifiers []string   // field paths as written in the rule file
	paths            [][]string // map paths
	K                int
	Suppress         bool // drop records of classes smaller than K (needs two passes)
}

// NewRisk checks and compiles a risk configuration.
func NewRisk(qis []string, k int, suppress bool) *Risk {
	r := &Risk{QuasiIdentifiers: qis, K: k, Suppress: suppress}
	for _, q := range qis {
		r.paths = append(r.paths, strings.Split(q, "."))
	}
	return r
}

// ClassKey identifies an equivalence class without holding its values: a
// SHA-256 of the quasi-identifier tuple, cut to 16 bytes.
type ClassKey [16]byte

// Key returns the class of rec.
func (r *Risk) Key(rec *record.Record) ClassKey {
	h := sha256.New()
	var buf []byte
	for _, p := range r.paths {
		v, ok := rec.Lookup(p)
		buf = buf[:0]
		switch {
		case !ok:
			buf = append(buf, 0)
		case v.Kind == record.KindNull:
			buf = append(buf, 1)
		default:
			buf = append(buf, 2)
			buf = append(buf, record.ScalarText(v)...)
		}
		buf = append(buf, 0xff)
		h.Write(buf)
	}
	var k ClassKey
	copy(k[:], h.Sum(nil))
	return k
}

// RiskFigures summarize the classes of a dataset.
type RiskFigures struct {
	Records       int64   `json:"records"`
	Classes       int     `json:"classes"`
	SmallestClass int64   `json:"smallest_class"`
	RecordsBelowK int64   `json:"records_in_classes_below_k"`
	ClassesBelowK int     `json:"classes_below_k"`
	UniqueShare   float64 `json:"unique_records_share"`
	K             int     `json:"k"`
	Suppressed    int64   `json:"records_suppressed,omitempty"`
}

// Figures computes the figures of class counts.
func (r *Risk) Figures(classes map[ClassKey]int64) RiskFigures {
	f := RiskFigures{Classes: len(classes), K: r.K}
	unique := int64(0)
	for _, n := range classes {
		f.Records += n
		if f.SmallestClass == 0 || n < f.SmallestClass {
			f.SmallestClass = n
		}
		if n < int64(r.K) {
			f.RecordsBelowK += n
			f.ClassesBelowK++
		}
		if n == 1 {
			unique++
		}
	}
	if f.Records > 0 {
		f.UniqueShare = float64(unique) / float64(f.Records)
	}
	return f
}

// SmallClasses returns the classes below K, for the suppression pass.
func (r *Risk) SmallClasses(classes map[ClassKey]int64) map[ClassKey]bool {
	out := map[ClassKey]bool{}
	for c, n := range classes {
		if n < int64(r.K) {
			out[c] = true
		}
	}
	return out
}
