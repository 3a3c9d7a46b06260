package agecrypt

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"io"
	"os"
	"path/filepath"
	"testing"

	"filippo.io/age"
	"golang.org/x/crypto/ssh"
)

// TestRoundTrip encrypts to an X25519 and an SSH ed25519 recipient; each
// identity alone opens the file, sequentially and by random access.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	x, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	sshPub, _ := ssh.NewPublicKey(pub)
	block, err := ssh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("# test identity\n"+x.String()+"\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "id_ed25519"), pem.EncodeToMemory(block), 0o600)
	os.WriteFile(filepath.Join(dir, "recipients"), []byte("# team\n\n"+string(ssh.MarshalAuthorizedKey(sshPub))), 0o644)

	r, err := ParseRecipients([]string{x.Recipient().String()}, []string{filepath.Join(dir, "recipients")})
	if err != nil {
		t.Fatal(err)
	}
	plain := bytes.Repeat([]byte("id,email\n1,ann@example.com\n"), 5000)
	var buf bytes.Buffer
	w, err := r.Encrypt(&buf)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	w.Close()
	if !Sniff(buf.Bytes()) || bytes.Contains(buf.Bytes(), []byte("ann@")) {
		t.Fatal("not an age file, or the plaintext shows")
	}
	for _, idFile := range []string{"x.txt", "id_ed25519"} {
		ids, err := LoadIdentities([]string{filepath.Join(dir, idFile)})
		if err != nil {
			t.Fatal(err)
		}
		pr, err := ids.Decrypt(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: %v", idFile, err)
		}
		got, _ := io.ReadAll(pr)
		if !bytes.Equal(got, plain) {
			t.Errorf("%s: plaintext differs", idFile)
		}
		ra, n, err := ids.DecryptAt(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil || n != int64(len(plain)) {
			t.Fatalf("%s: DecryptAt: %v, %d", idFile, err, n)
		}
		part := make([]byte, 100)
		ra.ReadAt(part, 70000)
		if !bytes.Equal(part, plain[70000:70100]) {
			t.Errorf("%s: random access differs", idFile)
		}
	}
	other, _ := age.GenerateX25519Identity()
	os.WriteFile(filepath.Join(dir, "other"), []byte(other.String()), 0o600)
	ids, _ := LoadIdentities([]string{filepath.Join(dir, "other")})
	if _, err := ids.Decrypt(bytes.NewReader(buf.Bytes())); err != ErrNoIdentity {
		t.Errorf("a stranger's identity: %v, want ErrNoIdentity", err)
	}
	if _, err := ParseRecipients([]string{"age1notakey"}, nil); err == nil || bytes.Contains([]byte(err.Error()), []byte("age1notakey")) {
		t.Errorf("bad recipient: %v", err)
	}
}
