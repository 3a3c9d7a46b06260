package record

import (
	"errors"
	"fmt"
	"strconv"
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
	Err   error
}

func (e *ParseError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + strconv.FormatInt(e.Line, 10)
	}
	if e.Field != "" {
		s += fmt.Sprintf(": field %s", QuoteName(e.Field))
	}
	return s + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// QuoteName quotes a field name for a message, shortening very long names so
// that a hostile header cannot flood a log.
func QuoteName(name string) string {
	const max = 64
	r := []rune(name)
	if len(r) > max {
		return strconv.Quote(string(r[:max])) + "..."
	}
	return strconv.Quote(name)
}
