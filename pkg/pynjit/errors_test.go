package pynjit

import (
	"fmt"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestErrorClasses checks that each class of error a build can return is
// told apart through wrapping, as the command line's exit codes need: a
// codegen bug is internal (4), a failing tool is the toolchain's (3).
func TestErrorClasses(t *testing.T) {
	internal := fmt.Errorf("build k.py: %w", &codegen.InternalError{Msg: "no lowering of f"})
	tool := fmt.Errorf("build k.py: %w", &toolchain.MissingError{})
	if !IsInternalError(internal) || IsToolchainError(internal) {
		t.Errorf("codegen.InternalError: internal %v, toolchain %v; want true, false", IsInternalError(internal), IsToolchainError(internal))
	}
	if IsInternalError(tool) || !IsToolchainError(tool) {
		t.Errorf("toolchain.MissingError: internal %v, toolchain %v; want false, true", IsInternalError(tool), IsToolchainError(tool))
	}
}
