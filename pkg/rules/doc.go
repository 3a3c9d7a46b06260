// Package rules reads deid rule files: strict YAML (version 1) naming what
// happens to each field, parsed with positions so that every mistake is
// reported as file:line:col, with a did-you-mean where one helps. A parsed
// file compiles into an immutable transform.Plan.
//
// Rule files are read with a yaml.v3 node walk, not through viper: unknown
// keys, unknown actions, options that do not belong to an action, duplicate
// keys and duplicate fields are all errors.
package rules
