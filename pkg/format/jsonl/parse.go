package jsonl

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/deidtool/deid/pkg/record"
)

// MaxDepth is the deepest nesting of objects and arrays the reader accepts.
const MaxDepth = 512

// parser decodes one JSON value from a byte slice that it owns: strings
// without escapes are views into it, so the slice must never change after.
type parser struct {
	data  []byte
	pos   int
	depth int
	path  []pathEntry // field path for error messages

	// the fields and list items of the objects and lists being parsed:
	// each is copied out, exactly sized, when it is closed
	fieldStack []record.Field
	valueStack []record.Value
}

// pathEntry is a field name, or the index of a list item in the field
// before it.
type pathEntry struct {
	name    string
	index   int
	isIndex bool
}

// fieldError is a syntax problem at a field path.
type fieldError struct {
	path string
	err  error
}

func (e *fieldError) Error() string { return e.err.Error() }

func (p *parser) fail(err error) error {
	var b strings.Builder
	for i, e := range p.path {
		switch {
		case e.isIndex:
			b.WriteString("[" + strconv.Itoa(e.index) + "]")
		case i > 0:
			b.WriteString("." + e.name)
		default:
			b.WriteString(e.name)
		}
	}
	return &fieldError{path: b.String(), err: err}
}

func (p *parser) syntax(what string) error {
	return p.fail(fmt.Errorf("%w: %s at byte %d", record.ErrSyntax, what, p.pos+1))
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// object parses an object's fields; p.pos is at '{'.
func (p *parser) object() ([]record.Field, error) {
	p.depth++
	if p.depth > MaxDepth {
		return nil, p.fail(record.ErrTooDeep)
	}
	defer func() { p.depth-- }()
	p.pos++ // '{'
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return []record.Field{}, nil
	}
	base := len(p.fieldStack)
	defer func() { clear(p.fieldStack[base:]); p.fieldStack = p.fieldStack[:base] }()
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.syntax("expected a key")
		}
		name, _, err := p.str()
		if err != nil {
			return nil, err
		}
		if dupField(p.fieldStack[base:], name) {
			p.path = append(p.path, pathEntry{name: name})
			return nil, p.fail(record.ErrDuplicateField)
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.syntax("expected ':'")
		}
		p.pos++
		p.path = append(p.path, pathEntry{name: name})
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		p.path = p.path[:len(p.path)-1]
		p.fieldStack = append(p.fieldStack, record.Field{Name: name, Value: v})
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.syntax("object is not closed")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return slices.Clone(p.fieldStack[base:]), nil
		default:
			return nil, p.syntax("expected ',' or '}'")
		}
	}
}

func dupField(fields []record.Field, name string) bool {
	for i := range fields {
		if fields[i].Name == name {
			return true
		}
	}
	return false
}

// value parses any JSON value at p.pos (after white space).
func (p *parser) value() (record.Value, error) {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return record.Value{}, p.syntax("expected a value")
	}
	start := p.pos
	switch c := p.data[p.pos]; {
	case c == '{':
		fields, err := p.object()
		if err != nil {
			return record.Value{}, err
		}
		return record.Value{Kind: record.KindMap, Map: fields, Raw: p.data[start:p.pos:p.pos]}, nil
	case c == '[':
		list, err := p.array()
		if err != nil {
			return record.Value{}, err
		}
		return record.Value{Kind: record.KindList, List: list, Raw: p.data[start:p.pos:p.pos]}, nil
	case c == '"':
		s, _, err := p.str()
		if err != nil {
			return record.Value{}, err
		}
		return record.Value{Kind: record.KindString, Str: s, Raw: p.data[start:p.pos:p.pos]}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		if err := p.number(); err != nil {
			return record.Value{}, err
		}
		raw := p.data[start:p.pos:p.pos]
		return record.Value{Kind: record.KindNumber, Str: view(raw), Raw: raw}, nil
	case p.literal("true"):
		return record.Value{Kind: record.KindBool, Str: "true", Raw: p.data[start:p.pos:p.pos]}, nil
	case p.literal("false"):
		return record.Value{Kind: record.KindBool, Str: "false", Raw: p.data[start:p.pos:p.pos]}, nil
	case p.literal("null"):
		return record.Value{Kind: record.KindNull, Raw: p.data[start:p.pos:p.pos]}, nil
	}
	return record.Value{}, p.syntax("unexpected character")
}

func (p *parser) literal(word string) bool {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return true
	}
	return false
}

func (p *parser) array() ([]record.Value, error) {
	p.depth++
	if p.depth > MaxDepth {
		return nil, p.fail(record.ErrTooDeep)
	}
	defer func() { p.depth-- }()
	p.pos++ // '['
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []record.Value{}, nil
	}
	base := len(p.valueStack)
	defer func() { clear(p.valueStack[base:]); p.valueStack = p.valueStack[:base] }()
	p.path = append(p.path, pathEntry{isIndex: true})
	at := len(p.path) - 1
	for i := 0; ; i++ {
		p.path[at].index = i
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		p.valueStack = append(p.valueStack, v)
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.syntax("array is not closed")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			p.path = p.path[:at]
			return slices.Clone(p.valueStack[base:]), nil
		default:
			return nil, p.syntax("expected ',' or ']'")
		}
	}
}

// number checks a JSON number's grammar and advances past it.
func (p *parser) number() error {
	d := p.data
	i := p.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		return p.syntax("invalid number")
	}
	if i < len(d) && d[i] == '.' {
		i++
		j := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		if i == j {
			return p.syntax("invalid number")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		j := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		if i == j {
			return p.syntax("invalid number")
		}
	}
	p.pos = i
	return nil
}

// str parses a string at p.pos (a '"') and returns its decoded text and
// whether it had escapes.
func (p *parser) str() (string, bool, error) {
	d := p.data
	i := p.pos + 1
	start := i
	var seen uint64 // the bytes passed, OR-ed: a high bit means non-ASCII
	for i < len(d) {
		// eight bytes at a time, then straight to the first that needs a
		// look of its own
		if i+8 <= len(d) {
			x := binary.LittleEndian.Uint64(d[i:])
			if m := record.SpecialJSON8(x); m == 0 {
				seen |= x
				i += 8
				continue
			} else {
				k := bits.TrailingZeros64(m) / 8
				seen |= x & (1<<(8*k) - 1)
				i += k
			}
		}
		c := d[i]
		seen |= uint64(c)
		switch {
		case c == '"':
			s := d[start:i]
			if seen&0x8080808080808080 != 0 && !utf8.Valid(s) { // ASCII is valid UTF-8
				return "", false, p.fail(record.ErrInvalidUTF8)
			}
			p.pos = i + 1
			return view(s), false, nil
		case c == '\\':
			return p.strEscaped(start)
		case c < 0x20:
			p.pos = i
			return "", false, p.syntax("control character in string")
		}
		i++
	}
	p.pos = i
	return "", false, p.syntax("string is not closed")
}

func (p *parser) strEscaped(start int) (string, bool, error) {
	d := p.data
	buf := make([]byte, 0, 64)
	i := start
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			if !utf8.Valid(buf) {
				return "", true, p.fail(record.ErrInvalidUTF8)
			}
			p.pos = i + 1
			return string(buf), true, nil
		case c < 0x20:
			p.pos = i
			return "", true, p.syntax("control character in string")
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(d) {
			break
		}
		e := d[i+1]
		i += 2
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := hex4(d, i)
			if !ok {
				p.pos = i
				return "", true, p.syntax("invalid \\u escape")
			}
			i += 4
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if i+6 <= len(d) && d[i] == '\\' && d[i+1] == 'u' {
					r2, ok = hex4(d, i+2)
				}
				if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					p.pos = i
					return "", true, p.fail(record.ErrInvalidUTF8)
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.pos = i
			return "", true, p.syntax("invalid escape")
		}
	}
	p.pos = i
	return "", true, p.syntax("string is not closed")
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range d[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// view returns b as a string without copying; b must never change.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
