package codegen

import (
	"strings"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/abi"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/types"
)

// wrapper emits the C-ABI function of an export. Scalars pass and
// return as themselves (bool as one byte); a tuple argument passes as a
// pointer to its C struct, and a tuple result is written through a
// trailing "out" pointer to its struct while the function returns void.
// On an exception the function returns zero (or leaves *out alone) and
// the error stays set for pynjit_err_*.
func (g *module) wrapper(e Export) error {
	s := e.Spec
	tupleResult := abi.ByPointer(s.Return) // tuples and arrays come back through out
	cret := cABIType(s.Return)
	if types.Equal(s.Return, types.None) || tupleResult {
		cret = lt.Void
	}
	var params []*ir.Param
	for i, a := range s.Args {
		pt := cABIType(a)
		if abi.ByPointer(a) {
			pt = lt.NewPointer(pt)
		}
		params = append(params, ir.NewParam(argName(s.Func.Params[i]), pt))
	}
	var outParam *ir.Param
	if tupleResult {
		outParam = ir.NewParam("pynjit.out", lt.NewPointer(cABIType(s.Return)))
		params = append(params, outParam)
	}
	f := g.m.NewFunc(e.Symbol, cret, params...)
	b := f.NewBlock("entry")
	var args []value.Value
	for i, a := range s.Args {
		var x value.Value = params[i]
		if abi.ByPointer(a) {
			x = b.NewLoad(cABIType(a), x)
		}
		args = append(args, fromCABI(b, x, a))
	}
	x, status := g.enter(b, s, args)
	ok, fail := f.NewBlock("ok"), f.NewBlock("error")
	isErr := b.NewICmp(enum.IPredNE, status, constant.NewInt(lt.I32, 0))
	b.NewCondBr(isErr, fail, ok)
	switch {
	case tupleResult:
		ok.NewStore(toCABI(ok, x, s.Return), outParam)
		ok.NewRet(nil)
		fail.NewRet(nil)
	case cret == lt.Void:
		ok.NewRet(nil)
		fail.NewRet(nil)
	default:
		ok.NewRet(toCABI(ok, x, s.Return))
		fail.NewRet(constant.NewZeroInitializer(cret))
	}
	return nil
}

// calledFromCode is the set of specializations that compiled code calls
// (computed once). The wrapper of such a one does not inline it: LLVM
// would otherwise optimize its body twice (in the wrapper and in each
// caller it is inlined into), and keep two copies. On 10,000 lines of
// scripts/gen_kernels.py, where each function calls the one before,
// that was a quarter of opt's time. The wrapper's call costs a call
// and a return; where only the wrapper calls it, LLVM still inlines it
// (moving the body, not copying it).
func (g *module) calledFromCode() map[*infer.Result]bool {
	if g.fromCode == nil {
		g.fromCode = map[*infer.Result]bool{}
		for _, s := range g.specs {
			for _, c := range s.Callees {
				if c.Kind == infer.CallUser && c.Spec != nil {
					g.fromCode[c.Spec] = true
				}
			}
		}
	}
	return g.fromCode
}

// cABIType is the LLVM type of t in the C ABI: bool is a byte, a tuple
// a struct of its elements' C types.
func cABIType(t types.Type) lt.Type {
	switch t := t.(type) {
	case types.Boolean:
		return lt.I8
	case *types.Tuple:
		fields := make([]lt.Type, len(t.Elems))
		for i, e := range t.Elems {
			fields[i] = cABIType(e)
		}
		return lt.NewStruct(fields...)
	}
	return llType(t)
}

// sameInC reports whether type t has the same representation in the C
// ABI as in compiled code: anything without a bool (a byte in C, an i1
// here) in it. Such a tuple passes as it is, not element by element
// (which takes text quadratic in its length: each instruction spells the
// whole struct type).
func sameInC(t types.Type) bool {
	switch t := t.(type) {
	case types.Boolean:
		return false
	case *types.Tuple:
		for _, e := range t.Elems {
			if !sameInC(e) {
				return false
			}
		}
	}
	return true
}

// toCABI converts a value of type t to its C-ABI representation.
func toCABI(b *ir.Block, v value.Value, t types.Type) value.Value {
	if sameInC(t) {
		return v
	}
	switch t := t.(type) {
	case types.Boolean:
		return b.NewZExt(v, lt.I8)
	case *types.Tuple:
		var agg value.Value = constant.NewUndef(cABIType(t).(*lt.StructType))
		for i, e := range t.Elems {
			agg = b.NewInsertValue(agg, toCABI(b, b.NewExtractValue(v, uint64(i)), e), uint64(i))
		}
		return agg
	}
	return v
}

// fromCABI converts a C-ABI value of type t to pynjit's representation.
func fromCABI(b *ir.Block, v value.Value, t types.Type) value.Value {
	if sameInC(t) {
		return v
	}
	switch t := t.(type) {
	case types.Boolean:
		return b.NewICmp(enum.IPredNE, v, constant.NewInt(lt.I8, 0))
	case *types.Tuple:
		var agg value.Value = constant.NewUndef(llType(t).(*lt.StructType))
		for i, e := range t.Elems {
			agg = b.NewInsertValue(agg, fromCABI(b, b.NewExtractValue(v, uint64(i)), e), uint64(i))
		}
		return agg
	}
	return v
}

// wordSet is the set of the space-separated words of words.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// main emits an executable's C entry point: main(argc, argv) runs the entry
// specialization through the runtime's pynjit_run_main, which prints an
// uncaught exception as CPython's last traceback line and exits 1.
func (g *module) main(entry *infer.Result) {
	run := g.m.NewFunc("pynjit_entry", lt.I32)
	b := run.NewBlock("entry")
	_, status := g.enter(b, entry, nil)
	b.NewRet(status)
	argv := lt.NewPointer(lt.I8Ptr)
	runMain := g.runtime("pynjit_run_main", lt.I32, lt.I32, argv, lt.NewPointer(run.Sig))
	argc, args := ir.NewParam("argc", lt.I32), ir.NewParam("argv", argv)
	m := g.m.NewFunc("main", lt.I32, argc, args)
	mb := m.NewBlock("entry")
	mb.NewRet(mb.NewCall(runMain, argc, args, run))
}
