package progen

import (
	"regexp"
	"strings"
	"testing"
)

// TestKnownBugsAreGated: every Known bug's constructs are generated only
// when Options.Reach names it: reaching it changes some programs, and the
// default programs have none of the constructs that can be told from the
// source.
func TestKnownBugsAreGated(t *testing.T) {
	collisions := regexp.MustCompile(`\bdef \w+\(.*\b(` + strings.Join(nameCollisions, "|") + `)\b`)
	markers := map[string]*regexp.Regexp{"param-names": collisions}
	for _, b := range Known {
		reach := Options{Reach: map[string]bool{b.Name: true}}
		changed, marked := 0, 0
		for s := range uint64(400) {
			src := GenerateWith(s, "p", reach).Source()
			if src != Generate(s, "p").Source() {
				changed++
			}
			if m := markers[b.Name]; m != nil && m.MatchString(src) {
				marked++
			}
		}
		if changed == 0 {
			t.Errorf("%s: reaching it changes none of 400 programs", b.Name)
		}
		if markers[b.Name] != nil && marked == 0 {
			t.Errorf("%s: reaching it gives none of 400 programs its construct", b.Name)
		}
	}
	for s := range uint64(3000) {
		src := Generate(s, "p").Source()
		for name, m := range markers {
			if loc := m.FindStringIndex(src); loc != nil {
				t.Fatalf("seed %d: the default program has %q, a construct of Known bug %s", s, src[loc[0]:loc[1]], name)
			}
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
