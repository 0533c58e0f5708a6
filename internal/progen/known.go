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
var Known = []Bug{}

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
