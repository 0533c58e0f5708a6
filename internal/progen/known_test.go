package progen

import (
	"regexp"
	"testing"
)

// TestKnownBugsAreGated: every Known bug's constructs are generated only
// when Options.Reach names it: reaching it changes some programs.
func TestKnownBugsAreGated(t *testing.T) {
	for _, b := range Known {
		reach := Options{Reach: map[string]bool{b.Name: true}}
		changed := 0
		for s := range uint64(400) {
			if GenerateWith(s, "p", reach).Source() != Generate(s, "p").Source() {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("%s: reaching it changes none of 400 programs", b.Name)
		}
	}
}

// TestFixedBugsAreReached: the constructs of bugs once Known, now fixed,
// are in the default programs (those that show in the source: the
// others' gates are gone).
func TestFixedBugsAreReached(t *testing.T) {
	markers := map[string]*regexp.Regexp{
		"param-names":  regexp.MustCompile(`\bdef \w+\(.*\b(b0|b1|b2|entry|ok|error)\b`),
		"reduce-order": regexp.MustCompile(`np\.(sum|mean|prod)\(\w+\[[^]]*,[^]]*\]\)|\w+\[[^]]*,[^]]*\]\.(sum|mean|prod)\(\)`),
	}
	for name, m := range markers {
		found := 0
		for s := range uint64(400) {
			if m.MatchString(Generate(s, "p").Source()) {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%s: none of 400 programs has its construct", name)
		}
	}
}

func TestParseReach(t *testing.T) {
	r, unknown := ParseReach("all")
	if len(r) != len(Known) || len(unknown) != 0 {
		t.Errorf("all: %v, unknown %v", r, unknown)
	}
	r, unknown = ParseReach(" nope,zz,")
	if len(r) != 0 || len(unknown) != 2 || unknown[0] != "nope" || unknown[1] != "zz" {
		t.Errorf("got %v, unknown %v", r, unknown)
	}
	for _, b := range Known {
		r, unknown = ParseReach(" " + b.Name + ",nope,")
		if len(r) != 1 || !r[b.Name] || len(unknown) != 1 || unknown[0] != "nope" {
			t.Errorf("%s: got %v, unknown %v", b.Name, r, unknown)
		}
	}
}
