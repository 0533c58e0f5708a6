package infer

import (
	"fmt"
	"maps"
	"slices"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// projectMember types attr of a module of the project (import pkg.mod
// as m; m.helper, m.EPS): what the name is in that module, as if it
// were read there, or a submodule of a package.
func (t *typer) projectMember(a *ir.Assign, pm *resolve.Module, attr string) types.Type {
	if g := pm.Globals[attr]; g != nil {
		switch g.Kind {
		case resolve.GlobalConst:
			t.r.Folded[a] = g.Const
			return resolve.ConstType(g.Const)
		case resolve.GlobalFunc:
			return &types.Callable{Key: types.Key{Name: g.Func.Key()}}
		case resolve.GlobalModule:
			return &types.Module{Name: g.Module}
		case resolve.GlobalModuleAttr:
			if ty, val := lib.Member(g.Module, g.Attr); ty != nil {
				if val != nil {
					t.r.Folded[a] = val
				}
				return ty
			}
			return &types.Module{Name: g.Module + "." + g.Attr}
		}
		t.errorf(a, CodeTyping, "global '%s' of module %s cannot be used in nopython mode", attr, pm.Name)
		return nil
	}
	if sub := pm.Project[pm.Name+"."+attr]; sub != nil {
		return &types.Module{Name: sub.Name}
	}
	d := t.attrError(a, fmt.Sprintf("Unknown attribute '%s' of type Module(%s) (%s)", attr, pm.Name, pm.File.Name))
	if d != nil {
		if s := diag.Closest(attr, slices.Collect(maps.Keys(pm.Globals))); s != "" {
			d.Suggestions = append(d.Suggestions, fmt.Sprintf("did you mean '%s'?", s))
		}
	}
	return nil
}
