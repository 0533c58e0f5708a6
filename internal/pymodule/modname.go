package pymodule

import (
	"strings"
	"unicode"
)

// ModuleNameProblem says why Python cannot import a generated module of
// this name, or "" when it can. A Python module is found by
// importlib.import_module(name) under any name without a dot (`import
// name` needs an identifier; importlib does not); an extension module's
// name is also in its init function, PyInit_<name>, which this
// generator writes for ASCII identifiers only.
func ModuleNameProblem(name string, ext bool) string {
	switch {
	case name == "":
		return "it is empty"
	case !ext && strings.Contains(name, "."):
		return "a dot names a package"
	case ext && !isASCII(name):
		return "an extension module's name must be ASCII"
	case ext && !isIdentifier(name):
		return "an extension module's name must be an identifier"
	}
	return ""
}

// isIdentifier reports whether name is a Python identifier, as
// str.isidentifier() says.
func isIdentifier(name string) bool {
	for i, r := range name {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Other_ID_Start):
		case i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Other_ID_Continue)):
		default:
			return false
		}
	}
	return name != ""
}
