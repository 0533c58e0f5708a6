package pymodule

import (
	"unicode"
)

// pyKeywords are the words Python's grammar reserves: `import` cannot
// name a module so.
var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// ModuleNameProblem says why `import NAME` cannot load a generated module
// of this name, or "" when it can. ext is for an extension module,
// whose init function (PyInit_NAME) this generator names in ASCII only.
func ModuleNameProblem(name string, ext bool) string {
	if name == "" {
		return "it is empty"
	}
	for i, r := range name {
		switch {
		case ext && r >= 0x80:
			return "an extension module's name must be ASCII"
		case r == '_' || unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Other_ID_Start):
		case i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Other_ID_Continue)):
		default:
			return "it is not a Python identifier"
		}
	}
	if pyKeywords[name] {
		return "it is a Python keyword"
	}
	return ""
}
