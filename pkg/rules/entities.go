package rules

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/transform"
)

// entityActions are the actions an entity type may take on a span.
var entityActions = []string{"keep", "redact", "mask", "pseudonymize", "hash"}

// ResolvedEntity is one entity type's treatment, for the manifest.
type ResolvedEntity struct {
	Action     string         `json:"action"`
	Options    map[string]any `json:"options,omitempty"`
	FromFields []string       `json:"from_fields,omitempty"`
}

// ResolvedDetection is the detection settings, for the manifest.
type ResolvedDetection struct {
	Detectors []string `json:"detectors"`
	Allow     int      `json:"allow_entries"`
}

// detection holds the parsed entities: and detection: blocks.
type detection struct {
	ops        map[string]transform.Operator
	personFrom []string
	scanner    *detect.Scanner
}

// parseEntities reads `entities:` (ENTITY: {action, options, from_fields}).
func (f *File) parseEntities(d *decoder, n *yaml.Node, det *detection) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "entities must be a mapping of entity type to treatment")
		return
	}
	known := detect.Entities()
	f.Resolved.Entities = map[string]ResolvedEntity{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		entity := k.Value
		if _, dup := det.ops[entity]; dup {
			d.errorf(k, "entities: %s is named twice", entity)
			continue
		}
		if !slices.Contains(known, entity) {
			d.errorf(k, "entities: unknown entity type %q%s; known: %s", entity, suggest(entity, known), strings.Join(known, ", "))
			continue
		}
		keys := []string{"action", "why", "from_fields"}
		for _, a := range entityActions {
			keys = append(keys, actionOptions[a]...)
		}
		m, ok := d.mapping(v, "entity "+entity, keys)
		if !ok {
			continue
		}
		ae, ok := m["action"]
		if !ok {
			d.errorf(v, "entity %s: missing key \"action\" (one of %s)", entity, strings.Join(entityActions, ", "))
			continue
		}
		action, ok := d.oneOf(ae.val, "entity "+entity+" action", entityActions)
		if !ok {
			continue
		}
		for key, e := range m {
			if key != "action" && key != "why" && key != "from_fields" && !slices.Contains(actionOptions[action], key) {
				d.errorf(e.key, "entity %s: option %q does not apply to action %s%s", entity, key, action, optionHint(actionOptions[action]))
			}
		}
		o := opts{d: d, m: m, sel: entity, resolved: map[string]any{}}
		if action == "pseudonymize" {
			if _, ok := m["kind"]; !ok {
				m["kind"] = entry{key: k, val: &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: defaultKind(entity), Line: k.Line, Column: k.Column}}
			}
		}
		det.ops[entity] = o.operator(action, v, "tag")
		re := ResolvedEntity{Action: action}
		if len(o.resolved) > 0 {
			re.Options = o.resolved
		}
		if e, ok := m["from_fields"]; ok {
			if entity != detect.Person {
				d.errorf(e.key, "entity %s: from_fields applies to PERSON only", entity)
			}
			det.personFrom, _, _ = d.strList(e.val, "from_fields")
			re.FromFields = det.personFrom
		}
		f.Resolved.Entities[entity] = re
	}
}

// defaultKind is the normalization a pseudonymized entity gets by default.
func defaultKind(entity string) string {
	switch entity {
	case detect.Email:
		return string(pseudo.KindEmail)
	case detect.Phone:
		return string(pseudo.KindPhone)
	case detect.Person:
		return string(pseudo.KindName)
	}
	return string(pseudo.KindText)
}

// parseDetection reads `detection:` {detectors: [ENTITY...], allow: [text...]}.
func (f *File) parseDetection(d *decoder, n *yaml.Node) (only, allow []string) {
	m, ok := d.mapping(n, "detection", []string{"detectors", "allow"})
	if !ok {
		return nil, nil
	}
	known := detect.Entities()
	if e, ok := m["detectors"]; ok {
		names, nodes, _ := d.strList(e.val, "detection detectors")
		for i, name := range names {
			if !slices.Contains(known, name) {
				d.errorf(nodes[i], "detection: unknown detector %q%s; known: %s", name, suggest(name, known), strings.Join(known, ", "))
			}
		}
		only = names
	}
	if e, ok := m["allow"]; ok {
		allow, _, _ = d.strList(e.val, "detection allow")
	}
	return only, allow
}

// buildScanner makes the scanner from the detection settings.
func buildScanner(only, allow []string) *detect.Scanner {
	var dets []detect.Detector
	for _, det := range detect.Default() {
		if only == nil || slices.Contains(only, det.Entity()) {
			dets = append(dets, det)
		}
	}
	return detect.NewScanner(dets, allow)
}

// knownSources lists the fields whose values scan looks for in the text: the
// identifiers the rules treat (pseudonymize, hash, mask, redact or drop by
// name), and PERSON's from_fields.
func knownSources(fields []transform.FieldRule, personFrom []string, personOp transform.Operator) []transform.KnownSource {
	var out []transform.KnownSource
	index := map[string]int{}
	for _, r := range fields {
		sel := r.Selector.String()
		if r.Selector.IsGlob() || strings.Contains(sel, "[]") {
			continue
		}
		src := transform.KnownSource{Path: strings.Split(sel, "."), Op: r.Op, Match: detect.MatchExact,
			Entity: strings.ToUpper(lastSegment(sel))}
		switch op := r.Op.(type) {
		case transform.Pseudonymize:
			src.Entity, src.Match = kindEntity(op.Kind, src.Entity)
		case transform.Hash:
			src.Entity, src.Match = kindEntity(op.Kind, src.Entity)
		case transform.Mask, transform.Redact:
		case nil:
			if r.Action != transform.ActionDrop {
				continue
			}
			src.Op = transform.Redact{Mode: transform.RedactTag}
		default:
			continue
		}
		index[sel] = len(out)
		out = append(out, src)
	}
	for _, name := range personFrom {
		if i, ok := index[name]; ok {
			out[i].Entity, out[i].Match = detect.Person, detect.MatchName
			continue
		}
		out = append(out, transform.KnownSource{Path: strings.Split(name, "."), Entity: detect.Person, Match: detect.MatchName, Op: personOp})
	}
	return out
}

func kindEntity(k pseudo.Kind, def string) (string, detect.Match) {
	switch k {
	case pseudo.KindEmail:
		return detect.Email, detect.MatchExact
	case pseudo.KindPhone:
		return detect.Phone, detect.MatchDigits
	case pseudo.KindName:
		return detect.Person, detect.MatchName
	}
	return def, detect.MatchExact
}
