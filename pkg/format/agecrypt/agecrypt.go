// Package agecrypt encrypts deid's output files to age recipients (X25519
// "age1…" keys and SSH public keys) and reads age-encrypted files with
// identities. It is the only package that imports filippo.io/age. Errors
// never quote key material.
package agecrypt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"filippo.io/age"
	"filippo.io/age/agessh"
)

// Ext is the file name extension of age-encrypted outputs.
const Ext = ".age"

// magic starts every binary age file.
const magic = "age-encryption.org/v1\n"

// Sniff reports whether a file starting with prefix is age-encrypted.
func Sniff(prefix []byte) bool { return bytes.HasPrefix(prefix, []byte(magic)) }

// Recipients are the public keys outputs are encrypted to.
type Recipients struct {
	list  []age.Recipient
	names []string // the public keys as given, for the manifest
}

// ParseRecipients reads recipients given one by one (specs) and in files
// (one per line; blank lines and # comments skipped): age X25519 public keys
// ("age1…") and SSH public keys ("ssh-ed25519 …", "ssh-rsa …").
func ParseRecipients(specs, files []string) (*Recipients, error) {
	r := &Recipients{}
	add := func(s, where string) error {
		s = strings.TrimSpace(s)
		var rec age.Recipient
		var err error
		if strings.HasPrefix(s, "ssh-") {
			rec, err = agessh.ParseRecipient(s)
		} else {
			rec, err = age.ParseX25519Recipient(s)
		}
		if err != nil {
			return fmt.Errorf("%s: not an age (age1…) or SSH public key", where)
		}
		r.list = append(r.list, rec)
		if i := strings.IndexByte(s, ' '); strings.HasPrefix(s, "ssh-") && i > 0 {
			// keep "type key", not the comment (often an email)
			if j := strings.IndexByte(s[i+1:], ' '); j > 0 {
				s = s[:i+1+j]
			}
		}
		r.names = append(r.names, s)
		return nil
	}
	for i, s := range specs {
		if err := add(s, fmt.Sprintf("--encrypt-to #%d", i+1)); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("recipients file: %w", err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if err := add(line, fmt.Sprintf("%s:%d", f, n+1)); err != nil {
				return nil, err
			}
		}
	}
	if len(r.list) == 0 {
		return nil, errors.New("no recipients")
	}
	return r, nil
}

// Names returns the recipients' public keys, for the manifest.
func (r *Recipients) Names() []string { return r.names }

// Encrypt returns a writer that encrypts to the recipients into w; Close
// finishes the file.
func (r *Recipients) Encrypt(w io.Writer) (io.WriteCloser, error) { return age.Encrypt(w, r.list...) }

// Identities are the private keys that open age files.
type Identities struct{ list []age.Identity }

// LoadIdentities reads identity files: age identities ("AGE-SECRET-KEY-1…",
// as age-keygen writes them) or an unencrypted SSH private key.
func LoadIdentities(files []string) (*Identities, error) {
	ids := &Identities{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("identity file: %w", err)
		}
		if bytes.Contains(b, []byte("PRIVATE KEY-----")) {
			id, err := agessh.ParseIdentity(b)
			if err != nil {
				return nil, fmt.Errorf("identity file %s: not a usable SSH private key (passphrase-protected keys are not supported)", f)
			}
			ids.list = append(ids.list, id)
			continue
		}
		parsed, err := age.ParseIdentities(bufio.NewReader(bytes.NewReader(b)))
		if err != nil {
			return nil, fmt.Errorf("identity file %s: no age identity (AGE-SECRET-KEY-1…) in it", f)
		}
		ids.list = append(ids.list, parsed...)
	}
	if len(ids.list) == 0 {
		return nil, errors.New("no identities")
	}
	return ids, nil
}

// ErrNoIdentity is the error for an age file none of the identities opens.
var ErrNoIdentity = errors.New("age-encrypted, and none of the identities given opens it")

// Decrypt returns the plaintext of the age file read from r.
func (ids *Identities) Decrypt(r io.Reader) (io.Reader, error) {
	if ids == nil {
		return nil, errors.New("age-encrypted: give --identity FILE to read it")
	}
	p, err := age.Decrypt(r, ids.list...)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) {
			return nil, ErrNoIdentity
		}
		return nil, fmt.Errorf("age: %v", err)
	}
	return p, nil
}

// DecryptAt gives random access to the plaintext of an age file (Parquet is
// read by seeking), without writing it anywhere.
func (ids *Identities) DecryptAt(r io.ReaderAt, size int64) (io.ReaderAt, int64, error) {
	if ids == nil {
		return nil, 0, errors.New("age-encrypted: give --identity FILE to read it")
	}
	p, n, err := age.DecryptReaderAt(r, size, ids.list...)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) {
			return nil, 0, ErrNoIdentity
		}
		return nil, 0, fmt.Errorf("age: %v", err)
	}
	return p, n, nil
}
