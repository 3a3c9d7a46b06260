package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestScanHTMLInChromium renders deid scan's HTML report in headless
// Chromium (Debian's chromium package; .ci/run installs it) and checks what
// the browser built: the chart's bars and a table row per field, and that
// the page loads nothing from outside.
func TestScanHTMLInChromium(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "scan.html")
	code, _, stderr := deid(t, repoRoot, "", "scan", "-q", "--html", report, "examples/tickets.csv", "examples/tickets.jsonl")
	if code != 0 {
		t.Fatalf("scan exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`(?i)(src|href)\s*=|@import|url\(`).Match(page) {
		t.Error("the report refers to something outside itself")
	}
	for _, leak := range []string{"maria.fernandez@correo.es", "Fernández", "+34 612"} {
		if strings.Contains(string(page), leak) {
			t.Errorf("the report shows a value: %q", leak)
		}
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile")}
	dom, err := exec.Command(chromium, append(flags, "--dump-dom", "file://"+report)...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	if n := strings.Count(string(dom), "<rect"); n < 10 {
		t.Errorf("chart has %d bars, want at least 10", n)
	}
	if n := strings.Count(string(dom), "<tr>"); n != 1+16 {
		t.Errorf("fields table has %d rows, want a header and 16 fields", n)
	}
	shot := filepath.Join(dir, "scan.png")
	if err := exec.Command(chromium, append(flags, "--window-size=1200,1000", "--screenshot="+shot, "file://"+report)...).Run(); err != nil {
		t.Fatalf("chromium --screenshot: %v", err)
	}
	if st, err := os.Stat(shot); err != nil || st.Size() < 10000 {
		t.Errorf("screenshot missing or blank: %v", err)
	}
}
