package infer

import (
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// sigShape is a signature of at most two arguments whose types are all
// scalars (comparable values): the signature of most operations.
type sigShape struct {
	ret, a0, a1 types.Type
	n           int
}

// intern returns the program's one copy of a signature equal to sig when
// sig has a sigShape, else sig. The operations of a large function share
// a few signatures (100,000 statements of int64 arithmetic: one), which
// would otherwise each hold their own until code generation ends.
// Signatures are not modified once made.
func (p *Program) intern(sig *types.Signature) *types.Signature {
	s, _ := p.internShared(sig)
	return s
}

// internShared is intern, and whether the signature returned is the
// program's shared copy.
func (p *Program) internShared(sig *types.Signature) (*types.Signature, bool) {
	if len(sig.Args) > 2 || !scalar(sig.Return) {
		return sig, false
	}
	k := sigShape{ret: sig.Return, n: len(sig.Args)}
	for i, a := range sig.Args {
		if !scalar(a) {
			return sig, false
		}
		if i == 0 {
			k.a0 = a
		} else {
			k.a1 = a
		}
	}
	if s, ok := p.sigs[k]; ok {
		return s, true
	}
	if p.sigs == nil {
		p.sigs = map[sigShape]*types.Signature{}
	}
	p.sigs[k] = sig
	return sig, true
}

// impl returns an Impl of key k at sig, the program's one copy when sig
// has a sigShape: Result.Impls holds pointers (8 bytes an instruction
// rather than an Impl's 64), and the operations of a large function share a few
// Impls (a comparison of 100,000 links: three).
func (p *Program) impl(k lib.Key, sig *types.Signature) *lib.Impl {
	for _, r := range p.recent {
		if r != nil && r.Key == k && sameShape(r.Sig, sig) {
			return r
		}
	}
	sig, shared := p.internShared(sig)
	if !shared {
		return &lib.Impl{Key: k, Sig: sig}
	}
	key := lib.Impl{Key: k, Sig: sig}
	if i, ok := p.impls[key]; ok {
		p.remember(i)
		return i
	}
	if p.impls == nil {
		p.impls = map[lib.Impl]*lib.Impl{}
	}
	i := new(lib.Impl) // not &key: key would be moved to the heap on every call
	*i = key
	p.impls[key] = i
	p.remember(i)
	return i
}

// remember makes i one of the recent Impls, in place of the oldest.
func (p *Program) remember(i *lib.Impl) {
	p.recent[p.next] = i
	p.next = (p.next + 1) % len(p.recent)
}

// sameShape reports whether sig has the sigShape of shared, a signature
// intern made: the same scalar types (comparable values, so == is their
// equality) and as many arguments.
func sameShape(shared, sig *types.Signature) bool {
	if len(sig.Args) != len(shared.Args) || sig.Return != shared.Return {
		return false
	}
	for i, a := range sig.Args {
		if a != shared.Args[i] {
			return false
		}
	}
	return true
}

// scalar reports whether t is a number or a bool: a value of a comparable
// type, which a map key may hold.
func scalar(t types.Type) bool {
	switch t.(type) {
	case types.Int, types.Float, types.Complex, types.Boolean:
		return true
	}
	return false
}

// acceptedOp is an operator's typing by lib.Accept: its key, its one or
// two operand types (scalars) and the signature Accept gave them.
type acceptedOp struct {
	key    lib.Key
	x, y   types.Type // y is nil for a unary operator
	sig    *types.Signature
	filled bool
}

// acceptOperator is lib.Accept of the operator k on operands of types x
// and y (y nil for a unary operator). Accept's answer depends on the
// types alone, and the operators of generated code repeat a few typings
// (100,000 statements of int64 arithmetic: two), which it returns from
// the recent ones without Accept's lookup by key and allocations.
func (p *Program) acceptOperator(k lib.Key, x, y types.Type) (*types.Signature, error) {
	cacheable := scalar(x) && (y == nil || scalar(y))
	if cacheable {
		for i := range p.accepted {
			if a := &p.accepted[i]; a.filled && a.x == x && a.y == y && a.key == k {
				return a.sig, nil
			}
		}
	}
	args := []types.Type{x}
	if y != nil {
		args = append(args, y)
	}
	sig, err := lib.Accept(k, args)
	if err == nil && cacheable {
		p.accepted[p.nextAccepted] = acceptedOp{key: k, x: x, y: y, sig: sig, filled: true}
		p.nextAccepted = (p.nextAccepted + 1) % len(p.accepted)
	}
	return sig, err
}
