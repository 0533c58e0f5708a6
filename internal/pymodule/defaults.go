package pymodule

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/syntax"
)

// A Value is a constant the generated modules write out: a parameter's
// default. It is nil (None), a bool, a *big.Int, a float64, a complex128
// or a []Value (a tuple).
type Value any

// errNotConstant is why a default is refused.
var errNotConstant = errors.New("only a number, bool, None or tuple of them (written as literals, such as -1, 2.5, 1+2j or (0, 1)) can be a default of a compiled function")

// A DefaultError is a default DefaultValue refuses: At is the part of
// it that is not a constant.
type DefaultError struct {
	At syntax.Expr
}

func (e *DefaultError) Error() string { return errNotConstant.Error() }

// DefaultValue evaluates a parameter's default expression, as Python
// would when the def runs, for the generated modules to write it out.
// It accepts literal numbers, bools and None, their negation (-1), sums
// and differences of numbers (as complex literals are written, 1-2j) and
// tuples of these; anything else (names, calls, strings) is refused with
// a *DefaultError.
func DefaultValue(e syntax.Expr) (Value, error) {
	v, err := defaultValue(e)
	if err == errNotConstant {
		err = &DefaultError{At: e}
	}
	return v, err
}

func defaultValue(e syntax.Expr) (Value, error) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case syntax.NoneValue:
			return nil, nil
		case bool, *big.Int, float64:
			return v, nil
		case syntax.Imaginary:
			return complex(0, float64(v)), nil
		}
	case *syntax.Tuple:
		out := []Value{}
		for _, x := range e.Elts {
			v, err := DefaultValue(x)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case *syntax.UnaryOp:
		v, err := DefaultValue(e.Operand)
		if err != nil {
			return nil, err
		}
		switch e.Op {
		case syntax.USub:
			return negate(v)
		case syntax.UAdd:
			return positive(v)
		}
	case *syntax.BinOp:
		if e.Op != syntax.Add && e.Op != syntax.Sub {
			break
		}
		x, err := DefaultValue(e.Left)
		if err != nil {
			return nil, err
		}
		y, err := DefaultValue(e.Right)
		if err != nil {
			return nil, err
		}
		return arith(x, y, e.Op)
	}
	return nil, errNotConstant
}

// arith is x + y or x - y with Python's rules for int, float and
// complex (bool counts as int).
func arith(x, y Value, op syntax.Operator) (Value, error) {
	sub := op == syntax.Sub
	switch {
	case isKind[complex128](x) || isKind[complex128](y):
		a, aok := toComplex(x)
		b, bok := toComplex(y)
		if !aok || !bok {
			return nil, errNotConstant
		}
		if sub {
			return complex(real(a)-real(b), imag(a)-imag(b)), nil
		}
		return complex(real(a)+real(b), imag(a)+imag(b)), nil
	case isKind[float64](x) || isKind[float64](y):
		a, aok := toFloat(x)
		b, bok := toFloat(y)
		if !aok || !bok {
			return nil, errNotConstant
		}
		if sub {
			return a - b, nil
		}
		return a + b, nil
	}
	a, aok := toInt(x)
	b, bok := toInt(y)
	if !aok || !bok {
		return nil, errNotConstant
	}
	if sub {
		return new(big.Int).Sub(a, b), nil
	}
	return new(big.Int).Add(a, b), nil
}

// negate is Python's -v (bool counts as int).
func negate(v Value) (Value, error) {
	switch v := v.(type) {
	case bool:
		return new(big.Int).Neg(boolInt(v)), nil
	case *big.Int:
		return new(big.Int).Neg(v), nil
	case float64:
		return -v, nil
	case complex128:
		return complex(-real(v), -imag(v)), nil
	}
	return nil, errNotConstant
}

// positive is Python's +v: a bool becomes an int.
func positive(v Value) (Value, error) {
	switch v := v.(type) {
	case bool:
		return boolInt(v), nil
	case *big.Int, float64, complex128:
		return v, nil
	}
	return nil, errNotConstant
}

func isKind[T any](v Value) bool {
	_, ok := v.(T)
	return ok
}

func boolInt(b bool) *big.Int {
	if b {
		return big.NewInt(1)
	}
	return big.NewInt(0)
}

func toInt(v Value) (*big.Int, bool) {
	switch v := v.(type) {
	case bool:
		return boolInt(v), true
	case *big.Int:
		return v, true
	}
	return nil, false
}

// toFloat converts as Python's float(int) does; an int too large for a
// float is refused (Python raises OverflowError).
func toFloat(v Value) (float64, bool) {
	if f, ok := v.(float64); ok {
		return f, true
	}
	n, ok := toInt(v)
	if !ok {
		return 0, false
	}
	f, _ := new(big.Float).SetInt(n).Float64()
	return f, !math.IsInf(f, 0)
}

func toComplex(v Value) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := toFloat(v)
	return complex(f, 0), ok
}

// pyValue is a Python expression for v, evaluated in the module's
// global scope (so builtins are reached through the module's aliases,
// which user functions of the same names cannot shadow).
func pyValue(v Value) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return pyFloat(v)
	case complex128:
		return "_pynjit_complex(" + pyFloat(real(v)) + ", " + pyFloat(imag(v)) + ")"
	case []Value:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = pyValue(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	panic(fmt.Sprintf("pymodule: not a Value: %T", v))
}

// pyFloat is a Python expression for f that evaluates to exactly f.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return `_pynjit_float("nan")`
	case math.IsInf(f, 1):
		return "1e999"
	case math.IsInf(f, -1):
		return "-1e999"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// cValue is a C expression making a new reference to v (NULL with an
// exception set when Python runs out of memory).
func cValue(v Value) string {
	switch v := v.(type) {
	case nil:
		return "none_ref()"
	case bool:
		if v {
			return "PyBool_FromLong(1)"
		}
		return "PyBool_FromLong(0)"
	case *big.Int:
		if !v.IsInt64() {
			return "PyLong_FromString(" + cString(v.String()) + ", NULL, 10)"
		}
		if v.Int64() == math.MinInt64 {
			return "PyLong_FromLongLong(-9223372036854775807LL - 1)"
		}
		return "PyLong_FromLongLong(" + v.String() + "LL)"
	case float64:
		return "PyFloat_FromDouble(" + cFloat(v) + ")"
	case complex128:
		return "PyComplex_FromDoubles(" + cFloat(real(v)) + ", " + cFloat(imag(v)) + ")"
	case []Value:
		parts := []string{strconv.Itoa(len(v))}
		for _, x := range v {
			parts = append(parts, cValue(x))
		}
		return "tuple_of(" + strings.Join(parts, ", ") + ")"
	}
	panic(fmt.Sprintf("pymodule: not a Value: %T", v))
}

// cFloat is a C expression for f: a hexadecimal literal, exact.
func cFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return `__builtin_nan("")`
	case math.IsInf(f, 1):
		return "__builtin_inf()"
	case math.IsInf(f, -1):
		return "(-__builtin_inf())"
	}
	return strconv.FormatFloat(f, 'x', -1, 64)
}

// pyLiteral is v as the extension module's text signature spells it,
// which inspect reads with ast.literal_eval after folding sums and
// differences of constants; false when no such text gives exactly v: a
// NaN, a complex number with a part of -0.0 (a complex is written as a
// difference from 0.0, "(0.0-1.5+2.0j)", as negation would make -0.0 of
// its other part), or a tuple of one element (inspect drops a comma
// before a closing parenthesis).
func pyLiteral(v Value) (string, bool) {
	switch v := v.(type) {
	case float64:
		return pyFloat(v), !math.IsNaN(v)
	case complex128:
		re, im := real(v), imag(v)
		if math.IsNaN(re) || math.IsNaN(im) || re == 0 && math.Signbit(re) || im == 0 && math.Signbit(im) {
			return "", false
		}
		s := pyFloat(re)
		if re < 0 {
			s = "0.0-" + pyFloat(-re)
		}
		if im < 0 {
			return "(" + s + "-" + pyFloat(-im) + "j)", true
		}
		return "(" + s + "+" + pyFloat(im) + "j)", true
	case []Value:
		parts := make([]string, len(v))
		for i, x := range v {
			s, ok := pyLiteral(x)
			if !ok {
				return "", false
			}
			parts[i] = s
		}
		if len(parts) == 1 {
			return "", false
		}
		return "(" + strings.Join(parts, ", ") + ")", true
	}
	return pyValue(v), true
}
