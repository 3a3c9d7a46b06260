package record

import "strconv"

// Kind is the type of a Value.
type Kind uint8

// The kinds of Value. KindNull is the zero value.
const (
	KindNull Kind = iota
	KindBool
	KindNumber
	KindString
	KindList
	KindMap
)

var kindNames = [...]string{"null", "bool", "number", "string", "list", "map"}

// String returns the lower-case name of the kind, as used in manifests.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one value of a record. Only the members that belong to its Kind are
// set: Str for bools ("true"/"false"), numbers (the literal digits, never
// reformatted) and strings (decoded text); List for lists; Map for maps.
type Value struct {
	Kind Kind
	Str  string
	List []Value
	Map  []Field
	// Raw is the value's original encoding when it came from a JSON reader,
	// nil otherwise. Writers of the same format emit it verbatim.
	Raw []byte
}

// Field is a named Value inside a Record or a map.
type Field struct {
	Name  string
	Value Value
}

// Record is one row of a dataset: its fields in input order, and the 1-based
// line of the input where it starts (for error messages).
type Record struct {
	Fields []Field
	Line   int64
	// Omitted names the top-level fields the reader left out of Fields
	// because the rules drop them and nothing reads them (Parquet columns
	// that are never decoded); the record had them. The slice is shared by
	// every record of a file and must not be changed.
	Omitted []string
}

// Null returns a null Value.
func Null() Value { return Value{} }

// String returns a string Value holding s.
func String(s string) Value { return Value{Kind: KindString, Str: s} }

// IsScalar reports whether v is neither a list nor a map.
func (v Value) IsScalar() bool { return v.Kind != KindList && v.Kind != KindMap }

// Get returns the top-level field called name and whether it exists.
func (r *Record) Get(name string) (Value, bool) {
	for i := range r.Fields {
		if r.Fields[i].Name == name {
			return r.Fields[i].Value, true
		}
	}
	return Value{}, false
}

// Lookup returns the value at a path of map keys (no list segments), such as
// ["customer", "email"], and whether it exists.
func (r *Record) Lookup(path []string) (Value, bool) {
	if len(path) == 0 {
		return Value{}, false
	}
	v, ok := r.Get(path[0])
	for _, name := range path[1:] {
		if !ok || v.Kind != KindMap {
			return Value{}, false
		}
		ok = false
		for i := range v.Map {
			if v.Map[i].Name == name {
				v, ok = v.Map[i].Value, true
				break
			}
		}
	}
	return v, ok
}
