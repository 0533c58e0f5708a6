package runtime

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
	"github.com/pynjit/pynjit/internal/types"
)

// TestArrayHasMaxDims checks that the runtime's array_t has the layout
// of compiled code's arrays: shape and strides of types.MaxDims each
// (which the units' PYNJIT_MAX_DIMS says), and no literal dimension
// count is left in the C sources.
func TestArrayHasMaxDims(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatalf("no toolchain (scripts/setup.sh installs clang-14): %v", err)
	}
	src := string(Units()[0].Source) + fmt.Sprintf(`
_Static_assert(sizeof(((array_t *)0)->shape) == %[1]d * sizeof(int64_t), "shape has MaxDims");
_Static_assert(sizeof(((array_t *)0)->strides) == %[1]d * sizeof(int64_t), "strides has MaxDims");
_Static_assert(sizeof(array_t) == 32 + 16 * %[1]d, "array_t is pynjit_array");
`, types.MaxDims)
	if _, err := tc.CompileC(context.Background(), []byte(src), toolchain.Options{}); err != nil {
		t.Errorf("array_t disagrees with types.MaxDims = %d: %v", types.MaxDims, err)
	}
	for _, name := range append(unitNames, "runtime.h") {
		file := name
		if !strings.HasSuffix(name, ".h") {
			file += ".c"
		}
		text := string(read(file))
		for _, literal := range []string{fmt.Sprintf("[%d]", types.MaxDims), fmt.Sprintf("> %d ?", types.MaxDims)} {
			if strings.Contains(text, "shape"+literal) || strings.Contains(text, "ndim "+literal) {
				t.Errorf("%s spells the most dimensions as %d: write PYNJIT_MAX_DIMS", file, types.MaxDims)
			}
		}
	}
}
