// Package pipeline runs a de-identification: one reader goroutine cuts the
// input into batches, N worker goroutines apply the plan, and one writer
// goroutine writes the batches back in input order. It is the only package
// of deid that starts goroutines.
//
// Memory is bounded: at most a fixed number of batches is in flight, however
// large the input. The first error in input order wins, cancels the rest, and
// is the one reported, so a failing run reports the same error every time.
// With OnError set to Skip, bad records are counted and listed by line
// instead.
//
// The package also makes outputs atomic (AtomicFile): data goes to a hidden
// temporary file in the destination folder, renamed into place only on
// success and removed on every error path.
package pipeline
