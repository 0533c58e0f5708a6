package infer

import (
	"fmt"
	"regexp"

	"github.com/pynjit/pynjit/internal/types"
)

// formatSpec is Python's format-spec mini-language:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
var formatSpec = regexp.MustCompile(`^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?([0-9]+)?([,_])?(?:\.([0-9]+))?(.)?$`)

// checkFormatSpec says why spec cannot format a value of type t, with
// CPython's message where CPython would raise, or returns "" when the
// runtime formats it exactly as CPython does.
func checkFormatSpec(spec string, t types.Type) string {
	if spec == "" {
		return ""
	}
	m := formatSpec.FindStringSubmatch(spec)
	if m == nil {
		return "Invalid format specifier"
	}
	zflag, alt, grouping, precision, typ := m[4], m[5], m[8], m[9], m[10]
	if zflag != "" {
		return "the 'z' format option is unsupported in nopython mode"
	}
	switch t.(type) {
	case types.Int:
		switch typ {
		case "", "d", "x", "X", "o", "b":
			if precision != "" {
				return "Precision not allowed in integer format specifier"
			}
			if grouping == "," && typ != "" && typ != "d" {
				return fmt.Sprintf("Cannot specify ',' with '%s'.", typ)
			}
			return ""
		case "e", "E", "f", "F", "g", "G", "%":
			if alt != "" {
				return "the '#' format option is unsupported for floats in nopython mode"
			}
			return ""
		}
		return fmt.Sprintf("Unknown format code '%s' for object of type 'int'", typ)
	case types.Float:
		switch typ {
		case "", "e", "E", "f", "F", "g", "G", "%":
			if alt != "" {
				return "the '#' format option is unsupported for floats in nopython mode"
			}
			return ""
		}
		return fmt.Sprintf("Unknown format code '%s' for object of type 'float'", typ)
	}
	return fmt.Sprintf("format specs on %s are unsupported in nopython mode", t)
}

// printable reports whether print() can show a value of type t.
func printable(t types.Type) bool {
	switch t := t.(type) {
	case types.Int, types.Float, types.Complex, types.Boolean, types.NoneType, types.ArgvItem:
		return true
	case *types.Tuple:
		for _, e := range t.Elems {
			if !printable(e) {
				return false
			}
		}
		return true
	}
	return false
}
