package codegen

import (
	"errors"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// TestEveryKeyIsLowered checks that every operation package lib
// registers has a lowering here, so that what inference accepts code
// generation builds.
func TestEveryKeyIsLowered(t *testing.T) {
	for _, k := range lib.Keys() {
		if lowerings[k] == nil {
			t.Errorf("%s (%#v) has no lowering", k, k)
		}
	}
	for k := range lowerings {
		if lib.Lookup(k) == nil {
			t.Errorf("%s is lowered but not registered in lib", k)
		}
	}
}

// TestMissingLoweringIsInternal checks that a key without a lowering is
// an InternalError (a bug, exit 4), not a diagnostic of the input.
func TestMissingLoweringIsInternal(t *testing.T) {
	c := &fn{}
	_, _, err := c.lower(types.Key{Module: "nowhere", Name: "f"}, operation{sig: &types.Signature{Args: []types.Type{types.Int64}, Return: types.Int64}})
	var ie *InternalError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "no lowering of nowhere.f for int64(int64)") {
		t.Errorf("err = %v, want an InternalError naming nowhere.f", err)
	}
}
