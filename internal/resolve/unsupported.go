package resolve

import (
	"strings"

	"github.com/pynjit/pynjit/internal/types"
)

// unsupportedIn returns a type of sig's arguments or result that
// compiled code cannot hold (types.Unrepresentable), or nil.
func unsupportedIn(sig *types.Signature) types.Type {
	for _, t := range append([]types.Type{sig.Return}, sig.Args...) {
		if t == nil {
			continue
		}
		if u := types.Unrepresentable(t); u != nil {
			return u
		}
	}
	return nil
}

// typeNameAt is the offset in a signature string of where type t is
// first written, or 0: the name of complex64 (or its alias c8), or the
// dtype of an array written with more than types.MaxDims dimensions.
func typeNameAt(s string, t types.Type) int {
	if _, ok := t.(*types.Array); ok {
		return arrayAt(s)
	}
	for i := 0; i < len(s); i++ {
		for _, name := range []string{t.String(), "c8"} {
			end := i + len(name)
			if strings.HasPrefix(s[i:], name) && (i == 0 || !isNameByte(s[i-1])) && (end == len(s) || !isNameByte(s[end])) {
				return i
			}
		}
	}
	return 0
}

// arrayAt is the offset of the dtype name of the first array in s
// written with more than types.MaxDims dimensions ("float64[:,:,:,:,:]"),
// or 0.
func arrayAt(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		end := strings.IndexByte(s[i:], ']')
		if end < 0 {
			return 0
		}
		if strings.Count(s[i:i+end], ",") >= types.MaxDims {
			for i > 0 && (s[i-1] == ' ' || isNameByte(s[i-1])) {
				i--
			}
			for i < len(s) && s[i] == ' ' {
				i++
			}
			return i
		}
	}
	return 0
}
