package codegen

// Names in the generated LLVM IR. A Python identifier never contains '.'
// or '$', so every local name made from a user's identifier is a fixed
// prefix ending in '.' followed by the identifier, and no other generated
// name starts with one of those prefixes: whatever a program names its
// variables, they cannot meet a block, a temporary or each other.
//
//	%v.NAME       the stack slot of the user variable NAME
//	%v.$L.N       the stack slot of ir's temporary $L.N
//	%arg.NAME     the parameter NAME (Numba spells its parameters so)
//	entry, bN     blocks: the function's entry and ir's block N
//	HINT.N        helper blocks (HINT is never "v" or "arg")
//	%N            unnamed values
//
// Global names: @pynjit.F.N for the specialization N of F (mangled
// with its argument types), @.str.N for string constants, and a user
// function's own name only for its C-ABI export.

// slotName names the stack slot of an ir variable (a user's or a
// temporary, whose ir name starts with '$').
func slotName(name string) string { return "v." + name }

// argName names a function's parameter in LLVM IR.
func argName(name string) string { return "arg." + name }
