package cli

import (
	"context"
	"errors"
	"io/fs"

	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/rules"
)

// Exit codes. Each means one thing; `deid --help` lists them.
const (
	ExitOK          = 0
	ExitFindings    = 1 // a check found something
	ExitUsage       = 2 // bad command line or rule file
	ExitData        = 3 // bad input data, or an I/O error
	ExitInterrupted = 130
)

const exitStatusHelp = `
EXIT STATUS
  0    success
  1    a check found something (verify, scan --fail-on)
  2    usage error or invalid rule file
  3    input data error or I/O error (nothing that looks complete is left)
  130  interrupted (SIGINT or SIGTERM)`

// usageError is a mistake on the command line or in configuration.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(err error) error { return &usageError{err} }

// findingsError means a check ran and found something.
type findingsError struct{ msg string }

func (e *findingsError) Error() string { return e.msg }

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	var ue *usageError
	var fe *findingsError
	var pe *record.ParseError
	var pathErr *fs.PathError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	case errors.As(err, &fe):
		return ExitFindings
	case errors.As(err, &ue), rules.IsRuleError(err):
		return ExitUsage
	case errors.As(err, &pe), errors.As(err, &pathErr):
		return ExitData
	}
	return ExitData
}
