// Package rules embeds deid's shipped rule packs, so that the binary can
// list and use them without the repository at hand.
package rules

import "embed"

// Packs holds the shipped rule packs (*.yaml).
//
//go:embed *.yaml
var Packs embed.FS
