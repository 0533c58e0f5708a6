package progen

import (
	"sort"
	"strings"
)

// A Bug is a construct on which pynjit is known to be wrong. The
// generator leaves the construct out unless Options.Reach names the bug,
// so that the default run passes while the bug is open, and reaching it
// verifies the fix.
type Bug struct {
	Name string // what Options.Reach and -progen.reach name
	What string // the symptom, and a minimal reproducer
}

// Known lists the bugs the generator avoids by default.
var Known = []Bug{
	{"param-names", "a parameter named like a label of the generated IR (b1, entry, ok, error) " +
		"gives invalid IR that clang rejects (NPBench nussinov)"},
	{"overlapping-copy", "`v[1:] = v[:-1]` copies element by element from the front, repeating " +
		"v[0], where NumPy copies as if through a temporary"},
	{"pow-half", "`a ** 0.5` of a float array is pow(a, 0.5): inf at -inf and 0.0 at -0.0, " +
		"where NumPy computes np.sqrt(a) (nan and -0.0)"},
	{"reduce-order", "sum, mean and prod of a float array that is not C-contiguous add (multiply) in its " +
		"logical order, NumPy in memory order: for x = [0.1, 0.2, 0.3, 1e-17, 0.7, 1e16, -1e16, 0.25, 3.3, " +
		"1.1, 0.9, 2.2, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06], x.reshape(3, 6).T.sum() is 10.26, NumPy's " +
		"8.210000000000003; prod differs in the last bits"},
}

// Options select what the generator produces beyond its default set.
type Options struct {
	// Reach names Known bugs whose constructs are generated anyway.
	Reach map[string]bool
}

// ParseReach reads a comma-separated list of Known bug names, or "all".
func ParseReach(list string) (map[string]bool, []string) {
	reach := map[string]bool{}
	var unknown []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		switch {
		case name == "":
		case name == "all":
			for _, b := range Known {
				reach[b.Name] = true
			}
		case knownBug(name):
			reach[name] = true
		default:
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	return reach, unknown
}

func knownBug(name string) bool {
	for _, b := range Known {
		if b.Name == name {
			return true
		}
	}
	return false
}

// reach reports whether the generator may produce the constructs of the
// Known bug name.
func (g *gen) reach(name string) bool {
	if !knownBug(name) {
		panic("progen: no known bug " + name)
	}
	return g.opts.Reach[name]
}
