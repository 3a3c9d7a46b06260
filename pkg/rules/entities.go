package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/transform"
)

// entityActions are the actions an entity type may take on a span.
var entityActions = []string{"keep", "redact", "mask", "pseudonymize", "encrypt", "hash"}

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
	only       []string
	allow      []string
	extra      []detect.Detector // custom detectors and the deny list
	failed     []string          // the entity types of custom detectors in error, not reported again as unknown
}

// entityNames are the entity types a rule file may name: the built-in
// detectors' and its own custom ones.
func (det *detection) entityNames() []string {
	names := detect.Entities()
	for _, d := range det.extra {
		if !slices.Contains(names, d.Entity()) {
			names = append(names, d.Entity())
		}
	}
	for _, e := range det.failed {
		if !slices.Contains(names, e) {
			names = append(names, e)
		}
	}
	return names
}

// parseEntities reads `entities:` (ENTITY: {action, options, from_fields}).
func (f *File) parseEntities(d *decoder, n *yaml.Node, det *detection) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "entities must be a mapping of entity type to treatment")
		return
	}
	known := det.entityNames()
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

// parseDetection reads `detection:` {detectors, allow, deny, custom}.
func (f *File) parseDetection(d *decoder, n *yaml.Node, det *detection) {
	m, ok := d.mapping(n, "detection", []string{"detectors", "allow", "deny", "custom"})
	if !ok {
		return
	}
	known := detect.Entities()
	if e, ok := m["detectors"]; ok {
		names, nodes, _ := d.strList(e.val, "detection detectors")
		for i, name := range names {
			if !slices.Contains(known, name) {
				d.errorf(nodes[i], "detection: unknown detector %q%s; known: %s", name, suggest(name, known), strings.Join(known, ", "))
			}
		}
		det.only = names
		if det.only == nil {
			det.only = []string{}
		}
	}
	if e, ok := m["allow"]; ok {
		det.allow, _, _ = d.strList(e.val, "detection allow")
	}
	if e, ok := m["deny"]; ok {
		terms, _, _ := d.strList(e.val, "detection deny")
		if len(terms) > 0 {
			det.extra = append(det.extra, detect.NewDenyList(terms))
		}
	}
	if e, ok := m["custom"]; ok {
		items, _ := d.seq(e.val, "detection custom")
		for _, it := range items {
			if c, entity := parseCustom(d, it, known); c != nil {
				det.extra = append(det.extra, c)
			} else if entity != "" {
				det.failed = append(det.failed, entity)
			}
		}
	}
}

var entityName = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,39}$`)

// parseCustom reads one custom detector and runs its examples. It returns
// the detector, or nil and its entity type (when it has one) if it is in
// error.
func parseCustom(d *decoder, n *yaml.Node, builtin []string) (detect.Detector, string) {
	m, ok := d.mapping(n, "custom detector", []string{"name", "entity", "pattern", "validator", "keywords", "context", "examples"})
	if !ok {
		return nil, ""
	}
	before := len(d.errs)
	get := func(key string) string {
		e, ok := m[key]
		if !ok {
			d.errorf(n, "custom detector: missing key %q", key)
			return ""
		}
		s, _ := d.str(e.val, "custom detector "+key)
		return s
	}
	name, entity, pattern := get("name"), get("entity"), get("pattern")
	if entity != "" && !entityName.MatchString(entity) {
		d.errorf(m["entity"].val, "custom detector %s: entity must be UPPER_CASE letters, digits and _", name)
	}
	if slices.Contains(builtin, entity) {
		d.errorf(m["entity"].val, "custom detector %s: %s is a built-in entity type; name yours differently", name, entity)
	}
	var v detect.Validator
	if e, ok := m["validator"]; ok {
		s, _ := d.oneOf(e.val, "custom detector validator", []string{"luhn", "mod97", "verhoeff"})
		v = detect.Validator(s)
	}
	var keywords, context []string
	if e, ok := m["keywords"]; ok {
		keywords, _, _ = d.strList(e.val, "custom detector keywords")
	}
	if e, ok := m["context"]; ok {
		context, _, _ = d.strList(e.val, "custom detector context")
	}
	var ex detect.Examples
	exNode := n
	if e, ok := m["examples"]; ok {
		exNode = e.val
		em, ok := d.mapping(e.val, "custom detector examples", []string{"match", "no_match"})
		if ok {
			if me, ok := em["match"]; ok {
				items, _ := d.seq(me.val, "examples match")
				for _, it := range items {
					if it = resolve(it); it.Kind == yaml.ScalarNode {
						// a text alone: something in it must be flagged
						text, _ := d.str(it, "example text")
						ex.Match = append(ex.Match, [2]string{text, ""})
						continue
					}
					im, ok := d.mapping(it, "example", []string{"text", "flags"})
					if !ok {
						continue
					}
					te, ok1 := im["text"]
					fe, ok2 := im["flags"]
					if !ok1 || !ok2 {
						d.errorf(it, "example: needs text and flags (the part of text that must be flagged)")
						continue
					}
					text, _ := d.str(te.val, "example text")
					flags, _ := d.str(fe.val, "example flags")
					ex.Match = append(ex.Match, [2]string{text, flags})
				}
			}
			if ne, ok := em["no_match"]; ok {
				ex.NoMatch, _, _ = d.strList(ne.val, "examples no_match")
			}
		}
	}
	if len(ex.Match) == 0 {
		d.errorf(exNode, "custom detector %s: give examples with at least one match (and no_match texts), so deid check can test it", name)
	}
	if len(d.errs) > before {
		return nil, entity
	}
	c, err := detect.NewCustom(name, entity, pattern, v, keywords, context, ex)
	if err != nil {
		d.errorf(m["pattern"].val, "custom detector %s: %v%s", name, err, lookaroundHint(pattern))
		return nil, entity
	}
	for _, fail := range detect.CheckExamples(c) {
		d.errorf(exNode, "custom detector example fails: %s", fail)
	}
	return c, entity
}

// lookaroundHint explains an expression error caused by a lookaround,
// which RE2 (Go's regexp) does not have.
func lookaroundHint(pattern string) string {
	for _, p := range []string{"(?<=", "(?<!", "(?=", "(?!"} {
		if strings.Contains(pattern, p) {
			return " (patterns are RE2, which has no lookahead or lookbehind: use \\b, or a group around the part to flag, as the first group is the span)"
		}
	}
	return ""
}

// parseLimits reads `limits:` [{entity, max, action: drop|flag, reason}].
func parseLimits(d *decoder, n *yaml.Node, names []string) ([]transform.Limit, []ResolvedLimit) {
	items, _ := d.seq(n, "limits")
	var out []transform.Limit
	var res []ResolvedLimit
	for _, it := range items {
		m, ok := d.mapping(it, "limit", []string{"entity", "max", "action", "reason"})
		if !ok {
			continue
		}
		var l transform.Limit
		e, ok := m["entity"]
		if !ok {
			d.errorf(it, "limit: missing key \"entity\"")
			continue
		}
		l.Entity, _ = d.oneOf(e.val, "limit entity", names)
		l.Max = 0
		if e, ok := m["max"]; ok {
			l.Max, _ = d.integer(e.val, "limit max", 0, 1<<30)
		} else {
			d.errorf(it, "limit: missing key \"max\"")
		}
		action := "drop"
		if e, ok := m["action"]; ok {
			action, _ = d.oneOf(e.val, "limit action", []string{"drop", "flag"})
		}
		l.Drop = action == "drop"
		l.Reason = fmt.Sprintf("more than %d %s", l.Max, l.Entity)
		if e, ok := m["reason"]; ok {
			l.Reason, _ = d.str(e.val, "limit reason")
		}
		out = append(out, l)
		res = append(res, ResolvedLimit{Entity: l.Entity, Max: l.Max, Action: action, Reason: l.Reason})
	}
	return out, res
}

// ResolvedLimit is one limit, for the manifest.
type ResolvedLimit struct {
	Entity string `json:"entity"`
	Max    int    `json:"max"`
	Action string `json:"action"`
	Reason string `json:"reason"`
}

// buildScanner makes the scanner from the detection settings.
func buildScanner(det *detection) *detect.Scanner {
	var dets []detect.Detector
	for _, d := range detect.Default() {
		if det.only == nil || slices.Contains(det.only, d.Entity()) {
			dets = append(dets, d)
		}
	}
	return detect.NewScanner(append(dets, det.extra...), det.allow)
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
		case transform.Encrypt:
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
