// Package pymodule writes the Python module that goes beside a built
// library: it loads the library with ctypes and gives every exported
// function its Python name, parameters and docstring, converts and checks
// arguments, picks the overload for several signatures, turns compiled
// exceptions back into Python exceptions, and runs @jit functions that
// fell back to object mode in the interpreter. Extension writes the C of
// a stable-ABI extension module doing the same for the functions it can
// take. Both take each type's ctypes spelling, C type and conversions
// from package abi.
package pymodule

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/pynjit/pynjit/internal/abi"
	"github.com/pynjit/pynjit/internal/types"
)

// Module describes what the generated module exposes.
type Module struct {
	// Name is the module's own name, e.g. "kernels_pynjit".
	Name string
	// Library is the shared library's file name, found beside the module.
	Library string
	// Source is the Python file, relative to the module's directory when
	// possible; fallbacks import it.
	Source string
	// Version is pynjit's version, recorded in the module's docstring.
	Version string
	Funcs   []Func
}

// Func is one Python-visible function.
type Func struct {
	Name string
	// Params are all its named parameters: the first PosOnly of them
	// positional-only, the last KwOnly keyword-only, as its def has them
	// (the compiled function takes them all in this order).
	Params          []string
	PosOnly, KwOnly int
	// Defaults are the default values of the last len(Defaults)
	// positional parameters (see DefaultValue), and KwDefaults those of
	// the keyword-only parameters that have one.
	Defaults   []Value
	KwDefaults map[string]Value
	Doc        string
	// Overloads are its compiled signatures, in the order declared.
	Overloads []Overload
	// Fallback, when set, says why the function fell back to object
	// mode: the module calls the interpreted original instead.
	Fallback string
}

// Overload is one compiled signature and the symbol that implements it.
type Overload struct {
	Symbol string
	Args   []types.Type
	Return types.Type
}

//go:embed module.py.tmpl
var moduleTemplate string

// dispatchTemplate is how both modules choose a signature and convert
// arguments as Numba's dispatcher does; extTemplate is what the
// extension module runs of it.
var (
	//go:embed dispatch.py.tmpl
	dispatchTemplate string
	//go:embed ext.py.tmpl
	extTemplate string
)

// tmpl is the Python module's template ("py"), with the dispatch
// ("dispatch") and the extension module's Python ("ext") it shares.
var tmpl = parseTemplates(template.New("py").Funcs(template.FuncMap{
	"py":          pyString,
	"path":        pyPath,
	"dtext":       docText,
	"surrogates":  hasSurrogate,
	"ptype":       pyType,
	"join":        strings.Join,
	"fast":        fastCheck,
	"sig":         pySignature,
	"scalars":     func() []*abi.Scalar { return abi.Scalars },
	"array":       func() *abi.Struct { return abi.Array },
	"ctfields":    ctypesFields,
	"conversions": pyConversions,
	"numbers":     pyNumbers,
}))

func parseTemplates(t *template.Template) *template.Template {
	template.Must(t.Parse(moduleTemplate))
	template.Must(t.New("dispatch.py.tmpl").Parse(dispatchTemplate))
	template.Must(t.New("ext.py.tmpl").Parse(extTemplate))
	return t
}

// Generate returns the module's source text.
func Generate(m Module) ([]byte, error) {
	var b bytes.Buffer
	if err := tmpl.Execute(&b, m); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// pySignature is f's parameter list as its def spells it, defaults
// included.
func pySignature(f Func) string {
	positional := len(f.Params) - f.KwOnly
	var parts []string
	first := positional - len(f.Defaults)
	for i, p := range f.Params[:positional] {
		if i >= first {
			p += "=" + pyValue(f.Defaults[i-first])
		}
		parts = append(parts, p)
		if i == f.PosOnly-1 {
			parts = append(parts, "/")
		}
	}
	if f.KwOnly > 0 {
		parts = append(parts, "*")
	}
	for _, p := range f.Params[positional:] {
		if d, ok := f.KwDefaults[p]; ok {
			p += "=" + pyValue(d)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// pyType describes a type for the module's ctypes helpers: a type name,
// ("tuple", elem, ...) for tuples, ("array", dtype, ndim, layout, kind,
// itemsize) for arrays, kind and itemsize as NumPy's dtype says them.
func pyType(t types.Type) string {
	if a, ok := t.(*types.Array); ok {
		return fmt.Sprintf(`("array", %q, %d, "%c", "%c", %d)`, a.Dtype.String(), a.NDim, a.Layout, types.NumPyKind(a.Dtype), types.ItemSize(a.Dtype))
	}
	if tt, ok := t.(*types.Tuple); ok {
		parts := []string{`"tuple"`}
		for _, e := range tt.Elems {
			parts = append(parts, pyType(e))
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	if types.Equal(t, types.None) {
		return `"none"`
	}
	return fmt.Sprintf("%q", t.String())
}

// ctypesFields is the _fields_ list of a ctypes Structure of s, two
// fields a line.
func ctypesFields(s *abi.Struct) string {
	var b strings.Builder
	b.WriteString("[")
	for i, f := range s.Fields {
		if i > 0 && i%2 == 0 {
			b.WriteString(",\n                ")
		} else if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "(%q, %s)", f.Name, f.Ctypes("_pynjit_ctypes"))
	}
	b.WriteString("]")
	return b.String()
}

// fastClass is the Python class whose instances pass unconverted to a
// parameter of type t (abi.Scalar.Fast), or "".
func fastClass(t types.Type) string {
	if s := abi.ScalarOf(t); s != nil {
		return s.Fast
	}
	return ""
}

// fastCheck is, for a function with one signature of parameters of
// types with a fast class (abi.Scalar.Fast: int64, float64 and bool) and
// such a result or none, the condition under which its arguments go to
// the compiled code as they are: each of exactly its parameter's class
// (an int also within its type's range). The generated function
// then calls the library directly, skipping overload resolution and
// conversion (about 4 µs per call); other arguments take the general
// path, with its conversions and errors. It is "" for other functions.
func fastCheck(f Func) string {
	if len(f.Overloads) != 1 || len(f.Params) != len(f.Overloads[0].Args) {
		return ""
	}
	o := f.Overloads[0]
	if fastClass(o.Return) == "" && !types.Equal(o.Return, types.None) {
		return ""
	}
	var conds []string
	for i, t := range o.Args {
		class := fastClass(t)
		if class == "" {
			return ""
		}
		p := f.Params[i]
		conds = append(conds, "_pynjit_type("+p+") is "+class)
		if lo, hi, ok := abi.ScalarOf(t).Range(); ok {
			conds = append(conds, lo+" <= "+p+" <= "+hi)
		}
	}
	if len(conds) == 0 {
		return "True"
	}
	return strings.Join(conds, " and ")
}
