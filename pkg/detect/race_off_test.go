//go:build !race

package detect

// raceEnabled reports whether the race detector is on: timings mean
// nothing then.
const raceEnabled = false
