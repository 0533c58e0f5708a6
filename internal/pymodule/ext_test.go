package pymodule

import "testing"

// TestExtensionScope checks the warning's text, made from the ABI
// table's conversions.
func TestExtensionScope(t *testing.T) {
	want := "it takes only int64 and float64 scalars and arrays, and returns an int64, float64 or bool scalar, an array or nothing"
	if ExtensionScope != want {
		t.Errorf("ExtensionScope = %q, want %q", ExtensionScope, want)
	}
}
