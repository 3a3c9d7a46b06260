package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/record"
)

// readRecords reads every record of a file (CSV, JSONL or Parquet) as
// path -> value text, one map per record.
func readRecords(t *testing.T, path, format string) []map[string]string {
	t.Helper()
	src, _, closeSrc, err := openRecords(path, format, compress.None, 0, "", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeSrc()
	var out []map[string]string
	for {
		rec, err := src.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		walkValues("", rec.Fields, func(p string, v record.Value) {
			if _, dup := m[p]; dup {
				m[p] += "\x00" + v.Str
			} else {
				m[p] = v.Str
			}
		})
		out = append(out, m)
	}
}

// TestEncryptRevealRoundTrip: the analyst-export pack encrypts the
// customer's identifiers in CSV, JSONL and Parquet; deid reveal with the key
// gives them back byte for byte (text spans included), with mode 0600; the
// wrong key and a tampered token fail cleanly without printing a value.
func TestEncryptRevealRoundTrip(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(repoRoot, "examples", "DEMO-KEY-NOT-SECRET.key")
	write(t, filepath.Join(dir, "other.key"), strings.Repeat("cd", 32))
	os.Chmod(filepath.Join(dir, "other.key"), 0o600)
	inputs := map[string]string{"csv": "tickets.csv", "jsonl": "tickets.jsonl", "parquet": "tickets.parquet"}
	args := []string{"run", "-q", "-r", "analyst-export", "--key-file", key, "-o", "enc"}
	for _, f := range inputs {
		args = append(args, filepath.Join(repoRoot, "examples", f))
	}
	if out, err := deidProcess(dir, args...).CombinedOutput(); err != nil {
		t.Fatalf("run: %v\n%s", err, out)
	}
	reveal := func(keyFile, outDir string, files ...string) (int, string) {
		cmd := deidProcess(dir, append([]string{"reveal", "-q", "-r", "analyst-export", "--key-file", keyFile, "--i-am-authorized", "-o", outDir}, files...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		return cmd.ProcessState.ExitCode(), stderr.String()
	}
	var encFiles []string
	for _, f := range inputs {
		encFiles = append(encFiles, filepath.Join("enc", f))
	}
	if code, stderr := reveal(key, "plain", encFiles...); code != 0 {
		t.Fatalf("reveal: exit %d\n%s", code, stderr)
	}
	identifiers := []string{"ticket_id", "customer_name", "customer_email", "customer_phone", "account_number"}
	for format, f := range inputs {
		orig := readRecords(t, filepath.Join(repoRoot, "examples", f), format)
		enc := readRecords(t, filepath.Join(dir, "enc", f), format)
		plain := readRecords(t, filepath.Join(dir, "plain", f), format)
		if len(plain) != len(orig) {
			t.Fatalf("%s: %d records revealed, %d in the input", f, len(plain), len(orig))
		}
		st, err := os.Stat(filepath.Join(dir, "plain", f))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", f, st.Mode().Perm())
		}
		for i := range orig {
			for _, id := range identifiers {
				if enc[i][id] == orig[i][id] && orig[i][id] != "" {
					t.Errorf("%s record %d: %s was not encrypted", f, i+1, id)
				}
				if plain[i][id] != orig[i][id] {
					t.Errorf("%s record %d: %s revealed as %q, want %q", f, i+1, id, plain[i][id], orig[i][id])
				}
			}
			for _, text := range []string{"messages[].text", "transcript"} {
				if strings.Contains(plain[i][text], "~") && !strings.Contains(orig[i][text], "~") {
					t.Errorf("%s record %d: %s still holds an encrypt token", f, i+1, text)
				}
			}
		}
		// Where the text held nothing but the customer's own identifiers,
		// it comes back exactly.
		same, total := 0, 0
		textField := "messages[].text"
		if format == "csv" {
			textField = "transcript"
		}
		for i := range orig {
			o, p := strings.Split(orig[i][textField], "\x00"), strings.Split(plain[i][textField], "\x00")
			for j := range min(len(o), len(p)) {
				total++
				if o[j] == p[j] {
					same++
				}
			}
		}
		t.Logf("%s: %d of %d texts came back exactly (the rest hold pseudonymized agents or redacted data)", f, same, total)
		// A CSV transcript is the whole conversation in one field, so the
		// agent's (pseudonymized) name is in every one.
		if format != "csv" && same < total/2 {
			t.Errorf("%s: only %d of %d messages came back exactly", f, same, total)
		}
	}

	// The wrong key: exit 3, the field named, no value printed.
	code, stderr := reveal(filepath.Join(dir, "other.key"), "wrong", filepath.Join("enc", "tickets.jsonl"))
	if code != ExitData || !strings.Contains(stderr, `field "ticket_id": not an encrypt token of this key and namespace`) {
		t.Errorf("wrong key: exit %d, stderr %q", code, stderr)
	}
	for _, v := range []string{"TCK-", "María", "@"} {
		if strings.Contains(stderr, v) {
			t.Errorf("wrong key: stderr shows %q", v)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "wrong", "tickets.jsonl")); err == nil {
		t.Error("wrong key: an output was left")
	}
	// A tampered token: exit 3.
	b, _ := os.ReadFile(filepath.Join(dir, "enc", "tickets.jsonl"))
	i := bytes.Index(b, []byte(`"customer_email":"`)) + len(`"customer_email":"`) + 3
	b[i] ^= 'A' ^ 'B'
	write(t, filepath.Join(dir, "tampered.jsonl"), string(b))
	if code, stderr := reveal(key, "tampered", "tampered.jsonl"); code != ExitData || !strings.Contains(stderr, `field "customer_email"`) {
		t.Errorf("tampered token: exit %d, stderr %q", code, stderr)
	}
	// Without --i-am-authorized: exit 2, nothing read.
	cmd := deidProcess(dir, "reveal", "-r", "analyst-export", "--key-file", key, "-o", "x", filepath.Join("enc", "tickets.csv"))
	var se bytes.Buffer
	cmd.Stderr = &se
	cmd.Run()
	if cmd.ProcessState.ExitCode() != ExitUsage || !strings.Contains(se.String(), "--i-am-authorized") {
		t.Errorf("unauthorized: exit %d, %q", cmd.ProcessState.ExitCode(), se.String())
	}
}

// TestRekey moves an analyst export to a new key: the new folder verifies
// under the new key, reveals to what the old one revealed, and no longer
// reveals under the old key; a dataset with one-way pseudonyms is refused.
func TestRekey(t *testing.T) {
	dir := t.TempDir()
	oldKey := filepath.Join(repoRoot, "examples", "DEMO-KEY-NOT-SECRET.key")
	write(t, filepath.Join(dir, "new.key"), strings.Repeat("ef", 32))
	os.Chmod(filepath.Join(dir, "new.key"), 0o600)
	run := func(args ...string) (int, string) {
		cmd := deidProcess(dir, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		return cmd.ProcessState.ExitCode(), stderr.String()
	}
	var ins []string
	for _, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		ins = append(ins, filepath.Join(repoRoot, "examples", f))
	}
	must := func(args ...string) {
		t.Helper()
		if code, stderr := run(args...); code != 0 {
			t.Fatalf("deid %v: exit %d\n%s", args, code, stderr)
		}
	}
	must(append([]string{"run", "-q", "-r", "analyst-export", "--key-file", oldKey, "--card", "--croissant",
		"--dataset-name", "n", "--dataset-description", "d", "--dataset-license", "MIT", "--dataset-url", "https://example.org/x",
		"--dataset-creator", "c", "-o", "v1"}, ins...)...)
	must("rekey", "-q", "--from", oldKey, "--to", "new.key", "-o", "v2", "v1")
	must("verify", "--key-file", "new.key", "v2")
	if code, _ := run("verify", "--key-file", oldKey, "v2"); code != ExitFindings {
		t.Errorf("v2 verified under the old key: exit %d", code)
	}
	for _, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		a, _ := os.ReadFile(filepath.Join(dir, "v1", f))
		b, _ := os.ReadFile(filepath.Join(dir, "v2", f))
		if bytes.Equal(a, b) {
			t.Errorf("%s: rekey changed nothing", f)
		}
		must("reveal", "-q", "-r", "analyst-export", "--key-file", oldKey, "--i-am-authorized", "-o", "p1", filepath.Join("v1", f))
		must("reveal", "-q", "-r", "analyst-export", "--key-file", "new.key", "--i-am-authorized", "-o", "p2", filepath.Join("v2", f))
		p1, _ := os.ReadFile(filepath.Join(dir, "p1", f))
		p2, _ := os.ReadFile(filepath.Join(dir, "p2", f))
		if !bytes.Equal(p1, p2) || len(p1) == 0 {
			t.Errorf("%s: revealing v2 with the new key differs from revealing v1 with the old", f)
		}
		if code, _ := run("reveal", "-q", "-r", "analyst-export", "--key-file", oldKey, "--i-am-authorized", "-o", "p3", filepath.Join("v2", f)); code != ExitData {
			t.Errorf("%s: v2 revealed under the old key: exit %d", f, code)
		}
	}
	m, _ := os.ReadFile(filepath.Join(dir, "v2", "manifest.json"))
	if !bytes.Contains(m, []byte(`"rekeyed"`)) || !bytes.Contains(m, []byte(`"previous_manifest_sha256"`)) {
		t.Error("the new manifest does not record the move")
	}
	// One-way pseudonyms: refused, with the reason.
	must("run", "-q", "-r", "support-transcripts", "--key-file", oldKey, "-o", "s1", ins[1])
	code, stderr := run("rekey", "--from", oldKey, "--to", "new.key", "-o", "s2", "s1")
	if code != ExitUsage || !strings.Contains(stderr, "one-way") || !strings.Contains(stderr, "regenerate the dataset from its source") {
		t.Errorf("rekey of pseudonyms: exit %d, %q", code, stderr)
	}
}

// TestForget: an erasure request given as the subject's email removes
// exactly that subject's records from every file (found through keyed
// pseudonyms and through encrypted fields), or blanks them when the rule
// file says so; the manifest records the erasure without the value.
func TestForget(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(repoRoot, "examples", "DEMO-KEY-NOT-SECRET.key")
	const subject = "MARIA.fernandez@correo.es " // case and spaces as a request might give them
	var ins []string
	for _, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		ins = append(ins, filepath.Join(repoRoot, "examples", f))
	}
	// How many records the subject has, file by file.
	want := map[string]int{}
	for i, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		for _, rec := range readRecords(t, ins[i], map[int]string{0: "csv", 1: "jsonl", 2: "parquet"}[i]) {
			if strings.EqualFold(strings.TrimSpace(rec["customer_email"]), strings.TrimSpace(subject)) {
				want[f]++
			}
		}
	}
	if want["tickets.jsonl"] == 0 {
		t.Fatal("the subject is not in the example")
	}
	write(t, filepath.Join(dir, "blank.yaml"), "version: 1\ndefault: keep\nerasure: blank\nfields:\n  - {name: customer_email, action: pseudonymize, kind: email}\n")
	for _, pack := range []string{"support-transcripts", "analyst-export", "blank.yaml"} {
		t.Run(pack, func(t *testing.T) {
			run := func(args ...string) {
				t.Helper()
				cmd := deidProcess(dir, args...)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("deid %v: %v\n%s", args, err, stderr.String())
				}
				if strings.Contains(stderr.String(), "maria") || strings.Contains(stderr.String(), "MARIA") {
					t.Errorf("stderr shows the subject: %s", stderr.String())
				}
			}
			v1, v2 := "v1-"+pack, "v2-"+pack
			run(append([]string{"run", "-q", "-r", pack, "--key-file", key, "-o", v1}, ins...)...)
			if pack == "analyst-export" { // the request as a file, one value a line
				write(t, filepath.Join(dir, "request.txt"), "\n"+subject+"\n")
				run("forget", "-q", "--key-file", key, "--values-file", "request.txt", "-o", v2, v1)
			} else {
				run("forget", "-q", "--key-file", key, "--value", subject, "-o", v2, v1)
			}
			if pack != "blank.yaml" { // that one keeps raw text: verify rightly objects
				run("verify", "-q", "--key-file", key, v2)
			}
			for i, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
				format := map[int]string{0: "csv", 1: "jsonl", 2: "parquet"}[i]
				before := readRecords(t, filepath.Join(dir, v1, f), format)
				after := readRecords(t, filepath.Join(dir, v2, f), format)
				if pack == "blank.yaml" {
					blank := 0
					for _, rec := range after {
						if rec["customer_email"] == "" && rec["ticket_id"] == "" {
							blank++
						}
					}
					if len(after) != len(before) || blank != want[f] {
						t.Errorf("%s: %d of %d records blanked, want %d of %d", f, blank, len(after), want[f], len(before))
					}
					continue
				}
				if len(before)-len(after) != want[f] {
					t.Errorf("%s: %d records removed, want %d", f, len(before)-len(after), want[f])
				}
			}
			m, _ := os.ReadFile(filepath.Join(dir, v2, "manifest.json"))
			if !bytes.Contains(m, []byte(`"erasures"`)) || bytes.Contains(bytes.ToLower(m), []byte("maria")) {
				t.Errorf("manifest: erasure not recorded, or the value is in it")
			}
		})
	}
}
