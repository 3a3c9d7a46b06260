package record

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors wrapped by ParseError. They describe what is wrong with an
// input without ever quoting it.
var (
	ErrInvalidUTF8     = errors.New("invalid UTF-8")
	ErrRecordTooLarge  = errors.New("record exceeds the maximum record size")
	ErrFieldCount      = errors.New("wrong number of fields")
	ErrQuote           = errors.New("bad quoting")
	ErrSyntax          = errors.New("invalid syntax")
	ErrDuplicateField  = errors.New("duplicate field name")
	ErrNotObject       = errors.New("line is not a JSON object")
	ErrTooDeep         = errors.New("nesting too deep")
	ErrUnexpectedField = errors.New("field not named by the rules (default: fail)")
)

// ParseError is a problem with one record of an input. It names the file, the
// line and (when known) the field, and never contains an input value.
type ParseError struct {
	File  string // input name, "-" for stdin
	Line  int64  // 1-based line where the record starts; 0 if unknown
	Field string // field path or "column N"; empty if not about one field
	// Where, when set, replaces ":line" in the message for inputs that have
	// rows rather than lines: "row 12 (row group 0)".
	Where string
	// Fatal says the input cannot be read past this error (a corrupt
	// Parquet page): skipping the record does not apply.
	Fatal bool
	Err   error
}

func (e *ParseError) Error() string {
	s := e.File
	switch {
	case e.Where != "":
		s += ": " + e.Where
	case e.Line > 0:
		s += ":" + strconv.FormatInt(e.Line, 10)
	}
	if e.Field != "" {
		s += fmt.Sprintf(": field %s", QuoteName(e.Field))
	}
	return s + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// QuoteName quotes a field name or path for a message. A segment that looks
// like data rather than a name (LooksLikeData) is shown as "*", so the keys
// of a map keyed by emails or ids never reach a message.
func QuoteName(name string) string { return strconv.Quote(SafeName(name)) }

// SafeName is a field name or path as messages show it: a segment that
// looks like data rather than a name (LooksLikeData) becomes "*".
func SafeName(name string) string {
	// an email address spans dots: hide it whole first
	for {
		at := strings.IndexByte(name, '@')
		if at < 0 {
			break
		}
		i, j := at, at+1
		for i > 0 && strings.IndexByte("._%+-", name[i-1]) >= 0 || i > 0 && isAlnum(name[i-1]) {
			i--
		}
		for j < len(name) && (name[j] == '.' || name[j] == '-' || isAlnum(name[j])) {
			j++
		}
		name = name[:i] + "*" + name[j:]
	}
	segs := strings.Split(name, ".")
	for i, seg := range segs {
		if LooksLikeData(seg) {
			segs[i] = "*"
		}
	}
	return strings.Join(segs, ".")
}

// LooksLikeData reports whether a field name looks like a value: it holds an
// '@', six or more digits, or more than 64 bytes.
func LooksLikeData(seg string) bool {
	if len(seg) > 64 || strings.IndexByte(seg, '@') >= 0 {
		return true
	}
	digits := 0
	for i := 0; i < len(seg); i++ {
		if seg[i] >= '0' && seg[i] <= '9' {
			digits++
		}
	}
	return digits >= 6
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
