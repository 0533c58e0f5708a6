package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// interpreter finds CPython of version v as the oracle tests do (Debian's
// 3.11, pyenv's 3.12 and 3.13), or skips (fails with
// PYNJIT_REQUIRE_ORACLE=1).
func interpreter(t *testing.T, v Version) string {
	t.Helper()
	name := "python" + v.String()
	cands := []string{"/usr/bin/" + name}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, ".pyenv")
	}
	found, _ := filepath.Glob(filepath.Join(root, "versions", v.String()+".*", "bin", name))
	for _, path := range append(cands, found...) {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	}
	if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
		t.Fatalf("oracle required but unavailable: CPython %s", v)
	}
	t.Skipf("CPython %s not found", v)
	return ""
}

// TestCodecNamesMatchCPython: knownCodec accepts every name each
// version's codecs.lookup finds among its encodings modules and aliases,
// spelled as it normalizes them and with other punctuation and case, and
// refuses names it does not find.
func TestCodecNamesMatchCPython(t *testing.T) {
	for _, v := range Versions {
		py := interpreter(t, v)
		out, err := exec.Command(py, "-c", `
import codecs, encodings, encodings.aliases, pkgutil
names = set(encodings.aliases.aliases) | {m.name for m in pkgutil.iter_modules(encodings.__path__)}
for n in sorted(names):
    try:
        codecs.lookup(n)
        print(n)
    except LookupError:
        pass
`).Output()
		if err != nil {
			t.Fatalf("%s: %v", py, err)
		}
		names := strings.Fields(string(out))
		if len(names) < 400 {
			t.Fatalf("%s lists only %d codecs", py, len(names))
		}
		for _, n := range names {
			for _, spelling := range []string{n, strings.ToUpper(n), strings.ReplaceAll(n, "_", "-"), "-" + strings.ReplaceAll(n, "_", "--") + "-"} {
				if !knownCodec(spelling, v) {
					t.Errorf("%s knows %q; knownCodec(%q) is false", v, n, spelling)
				}
			}
		}
		for _, n := range []string{"uft-8", "latin-9x", "utf9", "foo"} {
			if knownCodec(n, v) {
				t.Errorf("%s: knownCodec(%q) is true", v, n)
			}
		}
		ours := 0
		for n := range pythonCodecs {
			ours++
			if !strings.Contains("\n"+string(out), "\n"+n+"\n") {
				t.Errorf("%s does not know %q", v, n)
			}
		}
		for n := range codecsSince313 {
			if v >= Python313 {
				ours++
			}
			if strings.Contains("\n"+string(out), "\n"+n+"\n") != (v >= Python313) {
				t.Errorf("%s: %q is listed for 3.13 on", v, n)
			}
		}
		if ours != len(names) {
			t.Errorf("%s lists %d codecs, the table %d", v, len(names), ours)
		}
	}
}
