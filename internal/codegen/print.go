package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// print writes print()'s output through the runtime's pynjit_write_*
// and pynjit_format_*_checked functions: str() of each value, or its
// format spec.
func (c *fn) print(p *pir.Print) (value.Value, types.Type, error) {
	n := len(p.Args)
	for _, arg := range p.Args {
		for _, part := range arg.Parts {
			n++ // a call, most often, after a load of a variable in a slot
			if part.Value != nil && !c.direct[part.Value.ID] {
				n++
			}
		}
	}
	c.reserve(n)
	for i, arg := range p.Args {
		if i > 0 {
			c.writeText(p.Sep)
		}
		for _, part := range arg.Parts {
			if part.Value == nil {
				c.writeText(part.Text)
				continue
			}
			if err := c.writeValue(c.loadRaw(part.Value), c.typeOf(part.Value), part.Spec); err != nil {
				return nil, nil, err
			}
		}
	}
	c.writeText(p.End)
	return constant.NewInt(lt.I8, 0), types.None, nil
}

func (c *fn) writeText(s string) {
	if s == "" {
		return
	}
	f := c.g.runtime("pynjit_write", lt.Void, lt.I8Ptr, lt.I64)
	c.cur.NewCall(f, c.g.cstring(s), constant.NewInt(lt.I64, int64(len(s))))
}

// writeValue writes str(v), or format(v, spec) when spec is not empty.
func (c *fn) writeValue(v value.Value, t types.Type, spec string) error {
	switch t := t.(type) {
	case types.Int:
		wide, name, write, arg := lt.I64, "int", "pynjit_write_int", v
		if t.Bits < 64 {
			if t.Signed {
				arg = c.cur.NewSExt(v, lt.I64)
			} else {
				arg = c.cur.NewZExt(v, lt.I64)
			}
		}
		if !t.Signed {
			name, write = "uint", "pynjit_write_uint"
		}
		if spec == "" {
			c.cur.NewCall(c.g.runtime(write, lt.Void, wide), arg)
		} else {
			c.format("pynjit_format_"+name+"_checked", wide, arg, spec)
		}
	case types.Float:
		arg := v
		if t.Bits == 32 {
			arg = c.cur.NewFPExt(v, lt.Double)
		}
		if spec == "" {
			c.cur.NewCall(c.g.runtime("pynjit_write_float", lt.Void, lt.Double), arg)
		} else {
			c.format("pynjit_format_float_checked", lt.Double, arg, spec)
		}
	case types.Boolean:
		c.cur.NewCall(c.g.runtime("pynjit_write_bool", lt.Void, lt.I8), c.cur.NewZExt(v, lt.I8))
	case types.NoneType:
		c.cur.NewCall(c.g.runtime("pynjit_write_none", lt.Void))
	case types.Complex:
		f := c.g.runtime("pynjit_write_complex", lt.Void, lt.Double, lt.Double)
		c.cur.NewCall(f, c.cur.NewExtractValue(v, 0), c.cur.NewExtractValue(v, 1))
	case types.ArgvItem:
		c.cur.NewCall(c.g.runtime("pynjit_write_argv", lt.Void, lt.I64), v)
	case *types.Tuple:
		c.writeText("(")
		for i, e := range t.Elems {
			if i > 0 {
				c.writeText(", ")
			}
			if err := c.writeValue(c.cur.NewExtractValue(v, uint64(i)), e, ""); err != nil {
				return err
			}
		}
		if len(t.Elems) == 1 {
			c.writeText(",")
		}
		c.writeText(")")
	default:
		return fmt.Errorf("print of %s", t)
	}
	return nil
}

// format writes format(v, spec) through the runtime's helper name,
// which raises CPython's error for a spec it cannot apply to v (a width
// or precision too big, %c of a number beyond Unicode): the exception
// propagates at once, as in CPython, before anything else is printed.
func (c *fn) format(name string, t lt.Type, v value.Value, spec string) {
	f := c.g.runtime(name, lt.I32, t, lt.I8Ptr, lt.I64)
	c.check(c.cur.NewCall(f, v, c.g.cstring(spec), constant.NewInt(lt.I64, int64(len(spec)))))
}

// argvIndex checks an index into sys.argv (negative counts from the end)
// and returns the item's position.
func (c *fn) argvIndex(i value.Value) value.Value {
	return c.checked("pynjit_argv_index", lt.I64, []value.Value{i}, lt.I64)
}
