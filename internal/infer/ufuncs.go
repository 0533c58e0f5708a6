package infer

import (
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// ufunc types np.sqrt(x), np.minimum(x, y), np.where(c, x, y) by the
// ufunc's template.
func (t *typer) ufunc(a *ir.Assign, k lib.Key, args []types.Type) types.Type {
	sig, err := lib.Accept(k, args)
	if err != nil {
		t.errorf(a, CodeCall, "%s", err)
		return nil
	}
	return t.resolve(a, &Callee{Kind: CallBuiltin, Key: k}, sig.Args, sig.Return)
}
