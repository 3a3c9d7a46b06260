package rules

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deidtool/deid/pkg/transform"
)

// ResolvedRisk is the risk block, for the manifest.
type ResolvedRisk struct {
	QuasiIdentifiers []string `json:"quasi_identifiers"`
	K                int      `json:"k"`
	Enforce          string   `json:"enforce"`
}

// parseRisk reads `risk:` {quasi_identifiers: [...], k: N, enforce: report|suppress}.
func parseRisk(d *decoder, n *yaml.Node) (*transform.Risk, *ResolvedRisk) {
	m, ok := d.mapping(n, "risk", []string{"quasi_identifiers", "k", "enforce"})
	if !ok {
		return nil, nil
	}
	var qis []string
	if e, ok := m["quasi_identifiers"]; ok {
		var nodes []*yaml.Node
		qis, nodes, _ = d.strList(e.val, "risk quasi_identifiers")
		for i, q := range qis {
			if strings.Contains(q, "[]") || strings.ContainsAny(q, "*?") {
				d.errorf(nodes[i], "risk: quasi-identifier %q must name one field (no lists or globs)", q)
			}
		}
		if len(qis) == 0 {
			d.errorf(e.val, "risk: quasi_identifiers must not be empty")
		}
	} else {
		d.errorf(n, "risk: missing key \"quasi_identifiers\"")
	}
	k := 0
	if e, ok := m["k"]; ok {
		k, _ = d.integer(e.val, "risk k", 2, 1<<20)
	} else {
		d.errorf(n, "risk: missing key \"k\"")
	}
	enforce := "report"
	if e, ok := m["enforce"]; ok {
		enforce, _ = d.oneOf(e.val, "risk enforce", []string{"report", "suppress"})
	}
	return transform.NewRisk(qis, k, enforce == "suppress"), &ResolvedRisk{QuasiIdentifiers: qis, K: k, Enforce: enforce}
}
