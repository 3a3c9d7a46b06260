package cli

import (
	"context"
	"flag"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/ from the current output")

// repoRoot is the repository's top folder, seen from this package.
var repoRoot = func() string {
	abs, err := filepath.Abs("../..")
	if err != nil {
		panic(err)
	}
	return abs
}()

// deidMain runs deid as a process would, for testscript and for the
// subprocess tests.
func deidMain() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, BuildInfo{Version: "test"})
	stop()
	os.Exit(code)
}

func TestMain(m *testing.M) {
	if os.Getenv("DEID_TEST_AS_MAIN") == "1" {
		deidMain() // the test binary plays deid for subprocess tests
	}
	testscript.Main(m, map[string]func(){"deid": deidMain})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repoRoot)
			// scripts that run shell scripts find deid on PATH as "deid"
			env.Setenv("DEID", "deid")
			env.Setenv("SOURCE_DATE_EPOCH", "1767225600")
			for _, dir := range []string{"rules", "examples"} {
				if err := copyDir(filepath.Join(repoRoot, dir), filepath.Join(env.WorkDir, dir)); err != nil {
					return err
				}
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"golden": cmdGolden,
		},
	})
}

// cmdGolden compares a file of the script's work folder with a golden file
// under the repository's testdata/golden; with -update it rewrites the
// golden file instead.
func cmdGolden(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: golden FILE GOLDEN-NAME")
	}
	got := ts.ReadFile(args[0])
	path := filepath.Join(repoRoot, "testdata", "golden", args[1])
	if *update {
		ts.Check(os.MkdirAll(filepath.Dir(path), 0o755))
		ts.Check(os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	ts.Check(err)
	if got != string(want) {
		ts.Fatalf("%s differs from testdata/golden/%s; run go test ./pkg/cli -run TestScripts -update and review the diff", args[0], args[1])
	}
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, info.Mode().Perm())
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}
