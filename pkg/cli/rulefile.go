package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/deidtool/deid/pkg/rules"
	packs "github.com/deidtool/deid/rules"
)

// loadRules reads the rule file at path; when no such file exists and path
// names a shipped pack ("support-transcripts", "minimal.yaml"), it uses the
// pack built into the binary (also when named as manifests name it,
// "builtin:NAME.yaml").
func loadRules(path string) (*rules.File, error) {
	// A manifest names a shipped pack "builtin:NAME.yaml".
	if name, ok := strings.CutPrefix(path, "builtin:"); ok && !strings.ContainsAny(name, `/\`) {
		path = name
	}
	if _, err := os.Stat(path); err == nil || !errors.Is(err, fs.ErrNotExist) || strings.ContainsAny(path, `/\`) {
		return rules.Load(path)
	}
	name := strings.TrimSuffix(path, ".yaml") + ".yaml"
	data, err := fs.ReadFile(packs.Packs, name)
	if err != nil {
		return rules.Load(path) // reports the missing file
	}
	return rules.Parse("builtin:"+name, data)
}
