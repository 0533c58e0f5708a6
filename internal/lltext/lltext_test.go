package lltext

import (
	"runtime"
	"strings"
	"testing"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/metadata"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// modules are built to reach every fast path and every way out of one:
// each instruction plain and with the parts llir prints that the fast
// path leaves to it, names that llir quotes or escapes, constants it
// prints in hexadecimal, and the module's other sections.
var modules = []struct {
	name  string
	build func() *ir.Module
}{
	{"empty", ir.NewModule},
	{"instructions", instructions},
	{"names", names},
	{"extras", extras},
	{"sections", sections},
}

func TestBytesIsLLString(t *testing.T) {
	for _, tc := range modules {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Bytes(tc.build())
			if err != nil {
				t.Fatal(err)
			}
			want := tc.build().String()
			if string(got) != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestLarge checks a module far larger than its size hint, and that the
// buffer grew by the text's prediction, not by append's quarter (which
// allocated some four times the text).
func TestLarge(t *testing.T) {
	m := ir.NewModule()
	f := m.NewFunc(strings.Repeat("long", 30), types.I64, ir.NewParam("x", types.I64))
	b := f.NewBlock("")
	var v value.Value = f.Params[0]
	for i := range 20000 {
		v = b.NewCall(f, b.NewAdd(v, constant.NewInt(types.I64, int64(i))))
	}
	b.NewRet(v)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got, err := Bytes(m)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	hint := sizeHint(m, 40001)
	if len(got) <= hint || string(got) != m.String() {
		t.Errorf("%d bytes (hint %d), not llir's %d", len(got), hint, len(m.String()))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(len(got))*5/2 {
		t.Errorf("printing %d bytes allocated %d", len(got), alloc)
	}
}

func TestNoTerminator(t *testing.T) {
	m := ir.NewModule()
	m.NewFunc("f", types.Void).NewBlock("entry")
	if _, err := Bytes(m); err == nil || !strings.Contains(err.Error(), "no terminator") {
		t.Errorf("err = %v, want no terminator", err)
	}
}

func i64(x int64) *constant.Int { return constant.NewInt(types.I64, x) }

func instructions() *ir.Module {
	m := ir.NewModule()
	pair := types.NewStruct(types.I64, types.Double)
	packed := &types.StructType{Packed: true, Fields: []types.Type{types.I8, pair}}
	m.NewGlobal("empty", types.NewStruct())
	m.NewGlobal("packed", packed)
	m.NewGlobal("opaque", &types.StructType{Opaque: true})
	m.NewGlobal("nested", types.NewStruct(pair, types.NewArray(3, types.NewPointer(pair))))
	g := m.NewGlobalDef("g", i64(1))
	puts := m.NewFunc("puts", types.I32, ir.NewParam("", types.I8Ptr))
	printf := m.NewFunc("printf", types.I32, ir.NewParam("", types.I8Ptr))
	printf.Sig.Variadic = true
	sink := m.NewFunc("sink", types.Void, ir.NewParam("", types.I64))
	f := m.NewFunc("f", types.I64, ir.NewParam("x", types.I64), ir.NewParam("", types.Double), ir.NewParam("p", types.I8Ptr))
	x, d, p := f.Params[0], f.Params[1], f.Params[2]
	entry, loop, exit := f.NewBlock(""), f.NewBlock("loop"), f.NewBlock("")
	a := entry.NewAlloca(types.I64)
	a2 := entry.NewAlloca(pair)
	a2.Align = 16
	entry.NewStore(x, a)
	st := entry.NewStore(i64(5000), a)
	st.Align = 8
	l := entry.NewLoad(types.I64, a)
	l.Align = 8
	gep := entry.NewGetElementPtr(pair, a2, constant.NewInt(types.I32, 0), constant.NewInt(types.I32, 1))
	gep.InBounds = true
	entry.NewGetElementPtr(types.I8, p, l)
	ops := []value.Value{
		entry.NewAdd(l, x), entry.NewSub(l, i64(-7)), entry.NewMul(l, i64(0x10000)), entry.NewShl(l, i64(3)),
		entry.NewSDiv(l, x), entry.NewUDiv(l, x), entry.NewLShr(l, x), entry.NewAShr(l, x),
		entry.NewSRem(l, x), entry.NewURem(l, x), entry.NewAnd(l, x), entry.NewOr(l, x), entry.NewXor(l, i64(-1)),
	}
	fops := []value.Value{
		entry.NewFAdd(d, d), entry.NewFSub(d, constant.NewFloat(types.Double, 1.5)), entry.NewFMul(d, d),
		entry.NewFDiv(d, d), entry.NewFRem(d, d), entry.NewFNeg(d),
	}
	c := entry.NewICmp(enum.IPredSLT, ops[0], ops[1])
	fc := entry.NewFCmp(enum.FPredOLT, fops[0], fops[1])
	entry.NewSelect(c, ops[2], ops[3])
	entry.NewAnd(c, fc)
	entry.NewICmp(enum.IPredEQ, c, constant.True)
	convs := []value.Value{
		entry.NewTrunc(l, types.I32), entry.NewZExt(c, types.I64), entry.NewSExt(c, types.I8),
		entry.NewFPTrunc(d, types.Float), entry.NewFPExt(constant.NewFloat(types.Float, 2), types.Double),
		entry.NewFPToUI(d, types.I64), entry.NewFPToSI(d, types.I64), entry.NewUIToFP(l, types.Double),
		entry.NewSIToFP(l, types.Double), entry.NewPtrToInt(p, types.I64), entry.NewIntToPtr(l, types.I8Ptr),
		entry.NewBitCast(a, types.I8Ptr),
	}
	iv := entry.NewInsertValue(constant.NewUndef(pair), l, 0)
	entry.NewExtractValue(iv, 1)
	entry.NewCall(puts, convs[11])
	entry.NewCall(printf, p, l, d)
	entry.NewCall(sink, entry.NewLoad(types.I64, g))
	entry.NewBr(loop)
	phi := loop.NewPhi(ir.NewIncoming(x, entry), ir.NewIncoming(i64(0), loop))
	loop.NewCondBr(loop.NewICmp(enum.IPredNE, phi, i64(10)), loop, exit)
	sw := ir.NewBlock("sw")
	sw.Parent = f
	f.Blocks = append(f.Blocks, sw)
	exit.NewSwitch(phi, sw, ir.NewCase(i64(1), loop), ir.NewCase(i64(2), sw))
	sw.NewRet(phi)
	v := m.NewFunc("v", types.Void)
	v.NewBlock("").NewRet(nil)
	z := m.NewFunc("z", pair)
	z.NewBlock("").NewRet(constant.NewZeroInitializer(pair))
	u := m.NewFunc("u", types.Void)
	u.NewBlock("").NewUnreachable()
	return m
}

func names() *ir.Module {
	m := ir.NewModule()
	f := m.NewFunc("weird name", types.I64, ir.NewParam("42", types.I64), ir.NewParam("a b", types.I64),
		ir.NewParam("-5", types.I64), ir.NewParam("99999999999999999999", types.I64), ir.NewParam("é", types.I64))
	b := f.NewBlock("7")
	s := b.NewAdd(f.Params[0], f.Params[1])
	s.SetName("x\"y")
	t := b.NewAdd(s, f.Params[2])
	t.SetName("$ok.name-1_")
	u := b.NewAdd(t, f.Params[3])
	u.SetName("12")
	w := b.NewAdd(u, f.Params[4])
	b2 := f.NewBlock("label with space")
	b.NewBr(b2)
	b2.NewRet(w)
	g := m.NewFunc("123", types.I64)
	g.NewBlock("").NewRet(constant.NewInt(types.I64, 0x7FFF0000))
	h := m.NewFunc("h", types.I64)
	hb := h.NewBlock("")
	hb.NewRet(hb.NewAdd(constant.NewInt(types.I64, -9223372036854775808), constant.NewInt(types.I64, 0x100000000)))
	return m
}

func extras() *ir.Module {
	m := ir.NewModule()
	md := &metadata.Attachment{Name: "range", Node: &metadata.Tuple{MetadataID: -1}}
	cc := m.NewFunc("cc", types.I64, ir.NewParam("x", types.I64))
	cc.CallingConv = enum.CallingConvFast
	cc.NewBlock("").NewRet(cc.Params[0])
	attrs := m.NewFunc("attrs", types.I64, ir.NewParam("x", types.I64), ir.NewParam("", types.I8Ptr))
	attrs.Params[0].Attrs = append(attrs.Params[0].Attrs, enum.ParamAttrNoUndef, enum.ParamAttrSignExt)
	attrs.Params[1].Attrs = append(attrs.Params[1].Attrs, ir.Dereferenceable{N: 8})
	attrs.NewBlock("").NewRet(attrs.Params[0])
	f := m.NewFunc("f", types.I64, ir.NewParam("x", types.I64), ir.NewParam("d", types.Double))
	f.Linkage = enum.LinkageInternal
	f.Visibility = enum.VisibilityHidden
	f.UnnamedAddr = enum.UnnamedAddrUnnamedAddr
	f.FuncAttrs = append(f.FuncAttrs, enum.FuncAttrNoUnwind, ir.Align(16))
	f.ReturnAttrs = append(f.ReturnAttrs, enum.ReturnAttrNoUndef)
	f.Section = "text\x01\"x"
	x, d := f.Params[0], f.Params[1]
	b := f.NewBlock("")
	add := b.NewAdd(x, x)
	add.OverflowFlags = []enum.OverflowFlag{enum.OverflowFlagNSW}
	sd := b.NewSDiv(add, x)
	sd.Exact = true
	fa := b.NewFAdd(d, d)
	fa.FastMathFlags = []enum.FastMathFlag{enum.FastMathFlagFast}
	fn := b.NewFNeg(fa)
	fn.FastMathFlags = []enum.FastMathFlag{enum.FastMathFlagNNaN}
	l := b.NewLoad(types.I64, b.NewAlloca(types.I64))
	l.Volatile = true
	st := b.NewStore(l, b.NewAlloca(types.I64))
	st.Atomic, st.Ordering, st.Align = true, enum.AtomicOrderingSequentiallyConsistent, 8
	al := b.NewAlloca(types.I64)
	al.NElems = i64(4)
	call := b.NewCall(cc, sd)
	call.CallingConv = enum.CallingConvFast
	call.Tail = enum.TailTail
	m2 := b.NewMul(call, x)
	m2.Metadata = append(m2.Metadata, md)
	b.NewRet(m2)
	return m
}

func sections() *ir.Module {
	m := ir.NewModule()
	m.SourceFilename = "k\"\\\n.py"
	m.DataLayout = "e-m:e"
	m.TargetTriple = "x86_64-unknown-linux-gnu"
	m.ModuleAsms = []string{".globl x"}
	td := m.NewTypeDef("pair", types.NewStruct(types.I64, types.I64))
	g := m.NewGlobalDef("s", constant.NewCharArrayFromString("hi\x00"))
	g.Immutable = true
	m.NewGlobal("ext", td)
	m.NewAlias("al", g)
	m.NewFunc("decl", types.Void)
	f := m.NewFunc("f", types.Void)
	f.NewBlock("").NewRet(nil)
	return m
}

// TestBadID checks that an unnamed local numbered out of order is an
// error, as it is in llir (which panics).
func TestBadID(t *testing.T) {
	m := ir.NewModule()
	f := m.NewFunc("f", types.I64, ir.NewParam("x", types.I64))
	b := f.NewBlock("entry")
	a := b.NewAdd(f.Params[0], f.Params[0])
	a.LocalID = 5
	b.NewRet(a)
	if _, err := Bytes(m); err == nil || !strings.Contains(err.Error(), "expected %0, got %5") {
		t.Errorf("err = %v, want a bad local ID", err)
	}
}

// TestIntIdentIsLLIRs prints integer constants of every width the fast
// path takes (powers of two and their neighbours, repeated digits in
// either base, and a sweep across 0x1000) as llir's Ident does.
func TestIntIdentIsLLIRs(t *testing.T) {
	var xs []int64
	for s := range 63 {
		p := int64(1) << s
		xs = append(xs, p-1, p, p+1, -p, 3*p, 5*p)
	}
	for d := int64(1); d <= 15; d++ {
		for r, x, y := 0, int64(0), int64(0); r < 15; r++ {
			x, y = x*16+d, y*10+d%10
			xs = append(xs, x, y, x<<4, y*10)
		}
	}
	for x := int64(0x0f00); x < 0x12000; x += 7 {
		xs = append(xs, x)
	}
	xs = append(xs, 1<<63-1, -1<<63, 0x80000000, 0x7fffffff, 0xdeadbeef, 0x123456789abcdef)
	for _, bits := range []uint64{8, 16, 32, 64} {
		for _, x := range xs {
			c := constant.NewInt(types.NewInt(bits), x)
			p := &printer{}
			p.intIdent(c)
			if got, want := string(p.buf), c.Ident(); got != want {
				t.Fatalf("i%d %d: printed %s, llir prints %s", bits, x, got, want)
			}
		}
	}
}
