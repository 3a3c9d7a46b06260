// Package record is deid's format-neutral data model: a Record is an ordered
// list of named Values, and a Value is a null, bool, number, string, list or
// map. Readers in pkg/format build Records; writers turn them back into bytes;
// nothing else knows about formats.
//
// A Value read from JSON keeps its original encoding in Raw so that a writer
// can reproduce kept values byte for byte (number digits, escapes); any
// operator that changes a value clears Raw.
//
// Field paths name a place in a record: "ticket_id", "customer.address.zip",
// "messages[].text". A path segment followed by "[]" descends into every
// element of a list.
package record
