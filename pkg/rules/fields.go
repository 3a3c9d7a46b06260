package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/transform"
)

// Actions lists the actions a field rule may name.
var Actions = []string{"keep", "drop", "redact", "mask", "pseudonymize", "encrypt", "hash", "generalize", "truncate", "scan"}

// options each action accepts besides name, action and why.
var actionOptions = map[string][]string{
	"keep":         {},
	"drop":         {},
	"redact":       {"with", "value"},
	"mask":         {"char", "keep_first", "keep_last", "keep_separators"},
	"pseudonymize": {"kind", "namespace", "format", "prefix", "length", "domain", "country_code"},
	"encrypt":      {"kind", "namespace", "format"},
	"hash":         {"kind", "length", "acknowledge_unkeyed"},
	"generalize":   {"to", "subject", "subject_kind", "namespace", "max_days", "width", "bounds", "keep_chars", "ipv4_bits", "ipv6_bits"},
	"truncate":     {"max_chars", "suffix"},
	"scan":         {},
}

// generalizeOptions says which options each `to:` of generalize takes.
var generalizeOptions = map[string][]string{
	"hour": {}, "day": {}, "month": {}, "year": {},
	"date_shift": {"subject", "subject_kind", "namespace", "max_days"},
	"bucket":     {"width", "bounds"},
	"postcode":   {"keep_chars"},
	"ip_prefix":  {"ipv4_bits", "ipv6_bits"},
}

var kindNames = func() []string {
	out := make([]string, len(pseudo.Kinds))
	for i, k := range pseudo.Kinds {
		out[i] = string(k)
	}
	return out
}()

func allFieldKeys() []string {
	keys := []string{"name", "action", "why"}
	for _, a := range Actions {
		for _, o := range actionOptions[a] {
			if !slices.Contains(keys, o) {
				keys = append(keys, o)
			}
		}
	}
	return keys
}

// parseField reads one entry of `fields:`.
func parseField(d *decoder, n *yaml.Node) (*yaml.Node, string, transform.FieldRule, ResolvedField, bool) {
	var rule transform.FieldRule
	var rf ResolvedField
	m, ok := d.mapping(n, "field rule", allFieldKeys())
	if !ok {
		return nil, "", rule, rf, false
	}
	nameE, ok := m["name"]
	if !ok {
		d.errorf(n, "field rule: missing key \"name\"")
		return nil, "", rule, rf, false
	}
	sel, ok := d.str(nameE.val, "name")
	if !ok {
		return nil, "", rule, rf, false
	}
	actE, ok := m["action"]
	if !ok {
		d.errorf(n, "field %q: missing key \"action\" (one of %s)", sel, strings.Join(Actions, ", "))
		return nil, "", rule, rf, false
	}
	action, ok := d.oneOf(actE.val, "action", Actions)
	if !ok {
		return nil, "", rule, rf, false
	}
	if e, ok := m["why"]; ok {
		rf.Why, _ = d.str(e.val, "why")
	}
	allowed := actionOptions[action]
	before := len(d.errs)
	for key, e := range m {
		if key != "name" && key != "action" && key != "why" && !slices.Contains(allowed, key) {
			d.errorf(e.key, "field %q: option %q does not apply to action %s%s", sel, key, action, optionHint(allowed))
		}
	}
	o := opts{d: d, m: m, sel: sel, resolved: map[string]any{}}
	rule.Action = action
	rule.Op = o.operator(action, n, "constant")
	if len(d.errs) > before {
		return nil, "", rule, rf, false
	}
	rf.Field, rf.Action = sel, action
	if len(o.resolved) > 0 {
		rf.Options = o.resolved
	}
	return nameE.val, sel, rule, rf, true
}

// operator builds the operator of action from the options in o.m.
// redactDefault is the default `with:` of redact.
func (o *opts) operator(action string, n *yaml.Node, redactDefault string) transform.Operator {
	switch action {
	case "redact":
		return o.redact(redactDefault)
	case "mask":
		return o.mask()
	case "pseudonymize":
		return o.pseudonymize()
	case "encrypt":
		return transform.Encrypt{Kind: o.kind("kind"), Namespace: o.str("namespace", o.sel),
			Format: transform.EncryptFormat(o.choice("format", string(transform.EncryptToken), []string{"token", "digits"}))}
	case "hash":
		return o.hash(n)
	case "generalize":
		return o.generalize(n)
	case "truncate":
		return o.truncate(n)
	case "keep":
		return transform.Keep{}
	}
	return nil
}

func optionHint(allowed []string) string {
	if len(allowed) == 0 {
		return " (it takes no options)"
	}
	return " (it takes " + strings.Join(allowed, ", ") + ")"
}

// opts reads the options of one field rule and records their resolved values.
type opts struct {
	d        *decoder
	m        map[string]entry
	sel      string
	resolved map[string]any
}

func (o *opts) what(key string) string { return "field " + quote(o.sel) + ": " + key }

func quote(s string) string { return `"` + s + `"` }

func (o *opts) str(key, def string) string {
	v := def
	if e, ok := o.m[key]; ok {
		if s, ok := o.d.scalar(e.val, o.what(key)); ok {
			v = s.Value
		}
	}
	o.resolved[key] = v
	return v
}

func (o *opts) choice(key, def string, choices []string) string {
	v := def
	if e, ok := o.m[key]; ok {
		v, _ = o.d.oneOf(e.val, o.what(key), choices)
	}
	o.resolved[key] = v
	return v
}

func (o *opts) integer(key string, def, lo, hi int) int {
	v := def
	if e, ok := o.m[key]; ok {
		v, _ = o.d.integer(e.val, o.what(key), lo, hi)
	}
	o.resolved[key] = v
	return v
}

func (o *opts) boolean(key string, def bool) bool {
	v := def
	if e, ok := o.m[key]; ok {
		v, _ = o.d.boolean(e.val, o.what(key))
	}
	o.resolved[key] = v
	return v
}

func (o *opts) redact(def string) transform.Operator {
	mode := o.choice("with", def, []string{"constant", "tag", "null"})
	r := transform.Redact{Mode: transform.RedactMode(mode), Tag: strings.ToUpper(lastSegment(o.sel))}
	if mode == "constant" {
		r.Value = o.str("value", transform.DefaultRedaction)
	} else if e, ok := o.m["value"]; ok {
		o.d.errorf(e.key, "field %q: value only applies to with: constant", o.sel)
	}
	return r
}

func lastSegment(sel string) string {
	if i := strings.LastIndexByte(sel, '.'); i >= 0 {
		sel = sel[i+1:]
	}
	return strings.TrimRight(sel, "[]")
}

func (o *opts) mask() transform.Operator {
	char := o.str("char", "*")
	r, size := utf8.DecodeRuneInString(char)
	if size == 0 || size != len(char) || r == utf8.RuneError {
		o.d.errorf(o.m["char"].val, "field %q: char must be a single character", o.sel)
	}
	return transform.Mask{
		Char:           r,
		KeepFirst:      o.integer("keep_first", 0, 0, 1<<20),
		KeepLast:       o.integer("keep_last", 0, 0, 1<<20),
		KeepSeparators: o.boolean("keep_separators", true),
	}
}

func (o *opts) kind(key string) pseudo.Kind {
	return pseudo.Kind(o.choice(key, string(pseudo.KindText), kindNames))
}

func (o *opts) pseudonymize() transform.Operator {
	kind := o.kind("kind")
	defNS := o.sel
	defFormat := transform.FormatToken
	switch kind {
	case pseudo.KindEmail:
		defNS, defFormat = "email", transform.FormatEmail
	case pseudo.KindPhone:
		defNS, defFormat = "phone", transform.FormatDigits
	case pseudo.KindName:
		defNS = "name"
	}
	p := transform.Pseudonymize{Kind: kind}
	p.Namespace = o.str("namespace", defNS)
	p.Format = transform.TokenFormat(o.choice("format", string(defFormat), []string{"token", "email", "digits"}))
	defPrefix := ""
	switch p.Format {
	case transform.FormatEmail:
		defPrefix = "u_"
	case transform.FormatToken:
		defPrefix = p.Namespace + "_"
	}
	p.Prefix = o.str("prefix", defPrefix)
	p.Length = o.integer("length", transform.DefaultTokenLength, 8, 64)
	if p.Format == transform.FormatEmail {
		p.Domain = o.str("domain", transform.DefaultEmailDomain)
	} else if e, ok := o.m["domain"]; ok {
		o.d.errorf(e.key, "field %q: domain only applies to format: email", o.sel)
	}
	if e, ok := o.m["country_code"]; ok {
		if kind != pseudo.KindPhone {
			o.d.errorf(e.key, "field %q: country_code only applies to kind: phone", o.sel)
		}
		p.CountryCode = o.str("country_code", "")
		if !isDigits(p.CountryCode) || len(p.CountryCode) > 3 {
			o.d.errorf(e.val, "field %q: country_code must be 1 to 3 digits, like 44", o.sel)
		}
	}
	return p
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func (o *opts) hash(n *yaml.Node) transform.Operator {
	if !o.boolean("acknowledge_unkeyed", false) {
		o.d.errorf(n, "field %q: hash is unkeyed, so anyone with a list of likely values (emails, phones, names) can reverse it; "+
			"use pseudonymize (keyed), or add acknowledge_unkeyed: true", o.sel)
	}
	return transform.Hash{Kind: o.kind("kind"), Length: o.integer("length", 64, 8, 64)}
}

func (o *opts) truncate(n *yaml.Node) transform.Operator {
	if _, ok := o.m["max_chars"]; !ok {
		o.d.errorf(n, "field %q: truncate needs max_chars", o.sel)
	}
	return transform.Truncate{MaxChars: o.integer("max_chars", 0, 0, 1<<30), Suffix: o.str("suffix", "")}
}

func (o *opts) generalize(n *yaml.Node) transform.Operator {
	tos := []string{"hour", "day", "month", "year", "date_shift", "bucket", "postcode", "ip_prefix"}
	e, ok := o.m["to"]
	if !ok {
		o.d.errorf(n, "field %q: generalize needs to: (one of %s)", o.sel, strings.Join(tos, ", "))
		return nil
	}
	to := o.choice("to", "", tos)
	for key, e := range o.m {
		switch key {
		case "name", "action", "why", "to":
			continue
		}
		if allowed, ok := generalizeOptions[to]; ok && !slices.Contains(allowed, key) && slices.Contains(actionOptions["generalize"], key) {
			o.d.errorf(e.key, "field %q: option %q does not apply to to: %s%s", o.sel, key, to, optionHint(allowed))
		}
	}
	switch to {
	case "hour", "day", "month", "year":
		return transform.TruncateTime{Unit: transform.TimeUnit(to)}
	case "date_shift":
		if _, ok := o.m["subject"]; !ok {
			o.d.errorf(e.key, "field %q: date_shift needs subject: the field that identifies whose dates these are", o.sel)
		}
		subj := o.str("subject", "")
		if strings.Contains(subj, "[]") || strings.ContainsAny(subj, "*?") {
			o.d.errorf(o.m["subject"].val, "field %q: subject must name one field (no lists or globs)", o.sel)
		}
		return transform.DateShift{
			Subject:     subj,
			SubjectKind: o.kind("subject_kind"),
			Namespace:   o.str("namespace", "date_shift"),
			MaxDays:     o.integer("max_days", 30, 1, 3650),
		}
	case "bucket":
		return o.bucket(e.key)
	case "postcode":
		return transform.Postcode{KeepChars: o.integer("keep_chars", 3, 1, 16)}
	case "ip_prefix":
		return transform.IPPrefix{V4Bits: o.integer("ipv4_bits", 24, 0, 32), V6Bits: o.integer("ipv6_bits", 48, 0, 128)}
	}
	return nil
}

func (o *opts) bucket(at *yaml.Node) transform.Operator {
	_, hasW := o.m["width"]
	b, hasB := o.m["bounds"]
	if hasW == hasB {
		o.d.errorf(at, "field %q: bucket needs exactly one of width or bounds", o.sel)
		return nil
	}
	if hasW {
		w, ok := o.d.number(o.m["width"].val, o.what("width"))
		if ok && w <= 0 {
			o.d.errorf(o.m["width"].val, "field %q: width must be positive", o.sel)
		}
		o.resolved["width"] = w
		return transform.Bucket{Width: w}
	}
	items, _ := o.d.seq(b.val, o.what("bounds"))
	var bounds []float64
	for _, it := range items {
		v, ok := o.d.number(it, o.what("bounds item"))
		if !ok {
			continue
		}
		if len(bounds) > 0 && v <= bounds[len(bounds)-1] {
			o.d.errorf(it, "field %q: bounds must be in increasing order", o.sel)
		}
		bounds = append(bounds, v)
	}
	if len(items) == 0 {
		o.d.errorf(b.val, "field %q: bounds must not be empty", o.sel)
	}
	o.resolved["bounds"] = bounds
	return transform.Bucket{Bounds: bounds}
}

var rowKeys = []string{"drop_if", "reason"}
var condKeys = []string{"field", "equals", "not_equals", "in", "not_in", "empty", "not_empty", "matches", "not_matches", "ignore_case"}

// parseRow reads one entry of `rows:`.
func parseRow(d *decoder, n *yaml.Node) (transform.RowRule, ResolvedRow, bool) {
	var r transform.RowRule
	var rr ResolvedRow
	m, ok := d.mapping(n, "row rule", rowKeys)
	if !ok {
		return r, rr, false
	}
	ce, ok := m["drop_if"]
	if !ok {
		d.errorf(n, "row rule: missing key \"drop_if\"")
		return r, rr, false
	}
	c, ok := d.mapping(ce.val, "drop_if", condKeys)
	if !ok {
		return r, rr, false
	}
	before := len(d.errs)
	fe, ok := c["field"]
	if !ok {
		d.errorf(ce.val, "drop_if: missing key \"field\"")
		return r, rr, false
	}
	field, _ := d.str(fe.val, "drop_if field")
	if strings.Contains(field, "[]") || strings.ContainsAny(field, "*?") {
		d.errorf(fe.val, "drop_if field must name one field (no lists or globs)")
	}
	r.Field = strings.Split(field, ".")
	var conds []string
	for _, k := range condKeys[1 : len(condKeys)-1] {
		if _, ok := c[k]; ok {
			conds = append(conds, k)
		}
	}
	if len(conds) != 1 {
		d.errorf(ce.val, "drop_if needs exactly one condition of %s", strings.Join(condKeys[1:len(condKeys)-1], ", "))
		return r, rr, false
	}
	r.Op = transform.CondOp(conds[0])
	v := c[conds[0]].val
	switch r.Op {
	case transform.CondEquals, transform.CondNotEquals:
		if s, ok := d.scalar(v, "drop_if "+conds[0]); ok {
			r.Values = []string{s.Value}
		}
	case transform.CondIn, transform.CondNotIn:
		r.Values, _, _ = d.strList(v, "drop_if "+conds[0])
	case transform.CondEmpty, transform.CondNotEmpty:
		if b, ok := d.boolean(v, "drop_if "+conds[0]); ok && !b {
			d.errorf(v, "drop_if %s takes true; use the opposite condition instead of false", conds[0])
		}
	case transform.CondMatches, transform.CondNotMatches:
		if s, ok := d.str(v, "drop_if "+conds[0]); ok {
			re, err := regexp.Compile(s)
			if err != nil {
				d.errorf(v, "drop_if %s: invalid regular expression: %v", conds[0], err)
			}
			r.Regexp = re
			r.Values = []string{s}
		}
	}
	if e, ok := c["ignore_case"]; ok {
		r.IgnoreCase, _ = d.boolean(e.val, "drop_if ignore_case")
		if r.IgnoreCase && r.Regexp != nil {
			if re, err := regexp.Compile("(?i)" + r.Regexp.String()); err == nil {
				r.Regexp = re
			}
		}
	}
	r.Reason = field + " " + conds[0]
	if e, ok := m["reason"]; ok {
		r.Reason, _ = d.str(e.val, "reason")
	}
	if len(d.errs) > before {
		return r, rr, false
	}
	rr = ResolvedRow{Field: field, Condition: conds[0], Values: r.Values, Reason: r.Reason}
	return r, rr, true
}
