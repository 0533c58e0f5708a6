package codegen

import (
	"testing"

	"github.com/pynjit/pynjit/internal/lib"
)

// TestEveryKeyIsLowered checks that every operation package lib
// registers has a lowering here, so that what inference accepts code
// generation builds.
func TestEveryKeyIsLowered(t *testing.T) {
	for _, k := range lib.Keys() {
		if lowerings[k] == nil && k.Module != lib.Operator {
			t.Errorf("%s (%#v) has no lowering", k, k)
		}
	}
	for k := range lowerings {
		if lib.Lookup(k) == nil {
			t.Errorf("%s is lowered but not registered in lib", k)
		}
	}
}
