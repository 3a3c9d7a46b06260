package cli

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/deidtool/deid/pkg/pseudo"
)

// keySource says where the key comes from; never a flag value.
type keySource struct {
	file      string // --key-file / DEID_KEY_FILE / key-file setting
	ephemeral bool
}

// load returns the key, or nil when none was given and need is false.
// Errors name the source, never the key.
func (s keySource) load(need bool, log *slog.Logger) (*pseudo.Key, error) {
	env := os.Getenv("DEID_KEY")
	switch {
	case s.ephemeral && (s.file != "" || env != ""):
		return nil, usagef(errors.New("--ephemeral-key cannot be combined with a key file or DEID_KEY"))
	case s.ephemeral:
		return pseudo.NewEphemeralKey()
	case s.file != "" && env != "":
		return nil, usagef(errors.New("both a key file and DEID_KEY are set; use one"))
	case s.file != "":
		st, err := os.Stat(s.file)
		if err != nil {
			return nil, usagef(fmt.Errorf("read key file: %w", err))
		}
		if st.Mode().Perm()&0o077 != 0 {
			log.Warn("key file is readable by other users; chmod 600 it", "file", s.file)
		}
		data, err := os.ReadFile(s.file)
		if err != nil {
			return nil, usagef(fmt.Errorf("read key file: %w", err))
		}
		k, err := pseudo.ParseKey(data)
		if err != nil {
			return nil, usagef(fmt.Errorf("key file %s: %w", s.file, err))
		}
		return k, nil
	case env != "":
		k, err := pseudo.ParseKey([]byte(env))
		if err != nil {
			return nil, usagef(fmt.Errorf("DEID_KEY: %w (give 32 or more bytes as hex or base64)", err))
		}
		return k, nil
	case need:
		return nil, usagef(errors.New("the rules pseudonymize, so a key is needed: set --key-file FILE, DEID_KEY_FILE or DEID_KEY " +
			"(make one with `deid keygen -o FILE`), or use --ephemeral-key for a one-off export"))
	}
	return nil, nil
}
