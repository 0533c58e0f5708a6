package codegen

import (
	"testing"

	"github.com/pynjit/pynjit/internal/lib"
)

// TestEveryUfuncHasAKernel checks that every row of lib's ufunc table
// has a kernel here (its own, or its C library function's), so that the
// generic loops can compute its elements.
func TestEveryUfuncHasAKernel(t *testing.T) {
	for _, u := range lib.Ufuncs() {
		if kernels[u.Key].elem == nil {
			t.Errorf("ufunc %s (%s) has no kernel", u.Name, u.Key)
		}
	}
	for k := range kernels {
		if lib.UfuncOf(k) == nil {
			t.Errorf("kernel of %s, which is no ufunc of lib's table", k)
		}
	}
}
