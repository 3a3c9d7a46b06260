package detect

import (
	"testing"
)

// TestDetectorExamples runs every detector's own examples, through a
// Scanner so overlap resolution is part of the test.
func TestDetectorExamples(t *testing.T) {
	for _, d := range Default() {
		ex := d.Examples()
		if len(ex.Match) == 0 || len(ex.NoMatch) == 0 {
			t.Errorf("%s: needs examples that must and must not match", d.Name())
		}
		s := NewScanner([]Detector{d}, nil)
		for _, m := range ex.Match {
			spans := s.Scan(m[0], nil)
			found := false
			var got []string
			for _, sp := range spans {
				got = append(got, m[0][sp.Start:sp.End])
				found = found || m[0][sp.Start:sp.End] == m[1]
			}
			if !found {
				t.Errorf("%s: in %q want %q, got %q", d.Name(), m[0], m[1], got)
			}
		}
		for _, text := range ex.NoMatch {
			for _, sp := range s.Scan(text, nil) {
				t.Errorf("%s: %q must not match, got %q", d.Name(), text, text[sp.Start:sp.End])
			}
		}
	}
}
