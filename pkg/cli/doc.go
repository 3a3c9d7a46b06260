// Package cli is deid's command line: cobra commands (one file each), flags,
// configuration through one viper per invocation (flag > DEID_* environment
// variable > .deid.yaml > default), exit codes, logs and progress on stderr.
// It is the only package that reads the environment or writes to the
// terminal.
package cli
