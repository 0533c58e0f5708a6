package pymodule

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/pynjit/pynjit/internal/abi"
	"github.com/pynjit/pynjit/internal/types"
)

// extArg is the extension module's conversion of a scalar parameter of
// type t (abi.Ext.Unbox, which raises TypeError or OverflowError as the
// Python module's checks do), or nil when it takes none of type t.
func extArg(t types.Type) *abi.Ext {
	if s := abi.ScalarOf(t); s != nil && s.Ext != nil && s.Ext.Unbox != nil {
		return s.Ext
	}
	return nil
}

// extResult is the extension module's conversion of a scalar result
// of type t (abi.Ext.Box), or nil.
func extResult(t types.Type) *abi.Ext {
	if s := abi.ScalarOf(t); s != nil && s.Ext != nil && s.Ext.Box != nil {
		return s.Ext
	}
	return nil
}

// extFormats are the buffer-protocol formats of the arrays of elements
// of type t the extension module takes, "" for none.
func extFormats(t types.Type) string {
	if s := abi.ScalarOf(t); s != nil {
		return s.Formats
	}
	return ""
}

// ExtensionScope says which functions the extension module holds (with
// one signature each), for the warning about those it leaves out: "it
// takes only int64 and float64 scalars and arrays, and returns an int64,
// float64 or bool scalar, an array or nothing".
var ExtensionScope = func() string {
	var args, results []string
	for _, s := range abi.Scalars {
		if extArg(s.Type) != nil {
			args = append(args, s.Name())
		}
		if extResult(s.Type) != nil {
			results = append(results, s.Name())
		}
	}
	return "it takes only " + wordList(args, "and") + " scalars and arrays, and returns " + article(results[0]) + " " +
		wordList(results, "or") + " scalar, an array or nothing"
}()

// wordList is words as English lists them: a, b and c.
func wordList(words []string, conj string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}

// article is the indefinite article before a type's name.
func article(word string) string {
	if strings.ContainsRune("aeio", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Extension returns the C source of a CPython extension module named
// m.Name, built against the stable ABI (abi3, Python 3.10 and later)
// without Python's headers: the few functions and structures it uses
// are declared here. Each function with one signature of int64, float64
// and array parameters and an int64, float64, bool or array result (or
// none), and plain positional-or-keyword parameters, becomes a
// METH_FASTCALL function calling the compiled symbol directly;
// the others are listed in skipped (the module of --emit py has them).
// An array argument is any object with the buffer protocol (a NumPy
// array, memoryview, array.array, bytes) of the parameter's element type
// and dimensions, C-contiguous where the signature says so; compiled
// code works on its memory, or on a copy when the buffer is read-only,
// as the Python module does. An array result is a NumPy array over the
// memory compiled code returned, as from the Python module. An int for
// an int64 parameter and a float for a float64 one convert in C; any
// other argument, or an array the C does not take as it is, goes through
// the Python module's own dispatch (writeDispatch), which converts what
// Numba's dispatcher converts and raises what it raises.
func Extension(m Module) (src []byte, skipped []string) {
	if why := ModuleNameProblem(m.Name, true); why != "" { // callers check first: this only keeps the name out of the C
		return []byte("#error " + cString("cannot name an extension module "+m.Name+": "+why) + "\n"), nil
	}
	var held []Func
	for _, f := range m.Funcs {
		if f.Fallback != "" || len(f.Overloads) != 1 || !extSupported(f.Overloads[0]) || f.PosOnly > 0 || f.KwOnly > 0 {
			skipped = append(skipped, f.Name)
			continue
		}
		held = append(held, f)
	}
	var b strings.Builder
	b.WriteString(extPrologue)
	writeDispatch(&b, m.Name, held)
	var methods []string
	var inits strings.Builder // what PyInit runs first: making the defaults
	for _, f := range held {
		o := f.Overloads[0]
		k := len(methods) // the function's C names end in k: user names stay in strings
		writeWrapper(&b, k, f, o)
		for i, d := range f.Defaults {
			fmt.Fprintf(&inits, "    if ((d_%d[%d] = %s) == NULL) return NULL;\n", k, i, cValue(d))
		}
		methods = append(methods, fmt.Sprintf("    {%s, (void *)w_%d, METH_FASTCALL | METH_KEYWORDS, %s},\n", cString(f.Name), k, cString(cText(extDoc(f)))))
	}
	b.WriteString("\nstatic PyMethodDef methods[] = {\n")
	for _, m := range methods {
		b.WriteString(m)
	}
	b.WriteString("    {0, 0, 0, 0},\n};\n")
	fmt.Fprintf(&b, extEpilogue, m.Name, cString(m.Name), inits.String())
	return []byte(b.String()), skipped
}

// writeWrapper writes, for the k-th function of the module, the
// declaration of o's symbol as s_k (an asm label gives the symbol's own
// name, which may be anything: a C keyword, a name this file uses) and
// the METH_FASTCALL | METH_KEYWORDS function w_k that binds the
// arguments to f's parameters (a call of exactly its parameters, by
// position, goes straight on), converts them (in C when each is
// exactly of its parameter's class, else through dispatch, once, and
// then in C), calls s_k and boxes its result; array arguments are given
// back on every way out. Its
// parameter names are p_k and its defaults d_k, which PyInit makes.
func writeWrapper(b *strings.Builder, k int, f Func, o Overload) {
	ret := extResult(o.Return)
	retC := "void"
	if ret != nil {
		retC = ret.C
	}
	var params, names, held, passed []string
	for i, a := range o.Args {
		if _, ok := a.(*types.Array); ok {
			params = append(params, abi.Array.Name+" *")
			names = append(names, fmt.Sprintf("&a%d", i))
			held = append(held, fmt.Sprintf("&g%d", i))
			passed = append(passed, fmt.Sprintf("&a%d", i))
			continue
		}
		params = append(params, extArg(a).C)
		names = append(names, fmt.Sprintf("a%d", i))
	}
	retArray, arrayResult := o.Return.(*types.Array)
	if arrayResult { // returned through a last pointer
		params = append(params, abi.Array.Name+" *")
		names = append(names, "&r")
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	n := len(o.Args)
	fmt.Fprintf(b, "\n%s s_%d(%s) SYMBOL(%s);\n", retC, k, strings.Join(params, ", "), cString(o.Symbol))
	var pnames []string
	for _, p := range f.Params {
		pnames = append(pnames, cString(p))
	}
	fmt.Fprintf(b, "static const char *const p_%d[] = {%s};\n", k, strings.Join(append(pnames, "NULL"), ", "))
	defaults := "NULL"
	if len(f.Defaults) > 0 {
		defaults = fmt.Sprintf("d_%d", k)
		fmt.Fprintf(b, "static PyObject *d_%d[%d];\n", k, len(f.Defaults))
	}
	fmt.Fprintf(b, "static PyObject *w_%d(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n", k)
	fmt.Fprintf(b, "    PyObject *bound[%d];\n", max(n, 1))
	fmt.Fprintf(b, "    if (kwnames != NULL || nargs != %d) {\n", n)
	fmt.Fprintf(b, "        if (bind_args(%s, p_%d, %d, %d, %s, args, nargs, kwnames, bound) < 0) return NULL;\n", cString(f.Name), k, n, len(f.Defaults), defaults)
	b.WriteString("        args = bound;\n    }\n")
	b.WriteString("    PyObject *res = NULL;\n")
	if arrayResult {
		fmt.Fprintf(b, "    %s r = {0};\n", abi.Array.Name)
	}
	for i, a := range o.Args { // before the first goto, which must not skip their initializers
		if _, ok := a.(*types.Array); ok {
			fmt.Fprintf(b, "    array_arg g%d = {0};\n    %s a%d;\n", i, abi.Array.Name, i)
		}
	}
	for i, a := range o.Args {
		if _, ok := a.(*types.Array); !ok {
			fmt.Fprintf(b, "    %s a%d;\n", extArg(a).C, i)
		}
	}
	if n > 0 {
		b.WriteString("    PyObject *conv = NULL; /* the arguments dispatch converted */\nconvert:\n")
	}
	var release []string
	for i, a := range o.Args {
		if arr, ok := a.(*types.Array); ok {
			fmt.Fprintf(b, "    if (arg_array(args[%d], %s, %d, %s, %d, %d, '%c', %s, &g%d, &a%d) < 0) goto slow;\n",
				i, cString(f.Name), i+1, cString(extFormats(arr.Dtype)), types.ItemSize(arr.Dtype), arr.NDim, arr.Layout, cString(a.String()), i, i)
			release = append(release, fmt.Sprintf("release_array(&g%d);", i))
			continue
		}
		conv, v, arg := extArg(a), fmt.Sprintf("a%d", i), fmt.Sprintf("args[%d]", i)
		fmt.Fprintf(b, "    if (!is_exact(%s, &%s) || (%s = %s, %s)) goto slow;\n", arg, conv.Exact, v, abi.Expand(conv.Unbox, arg), abi.Expand(conv.Failed, v))
	}
	call := fmt.Sprintf("s_%d(%s)", k, strings.Join(names, ", "))
	switch {
	case arrayResult:
		views := "0, NULL, NULL"
		if len(held) > 0 {
			views = fmt.Sprintf("%d, (array_arg *[]){%s}, (const pynjit_array *[]){%s}", len(held), strings.Join(held, ", "), strings.Join(passed, ", "))
		}
		fmt.Fprintf(b, "    %s;\n    res = pynjit_err_occurred() ? raise_compiled() : box_array(&r, %s, %s);\n", call, typestr(retArray), views)
	case ret != nil:
		fmt.Fprintf(b, "    %s r = %s;\n    res = pynjit_err_occurred() ? raise_compiled() : %s;\n", ret.C, call, abi.Expand(ret.Box, "r"))
	default:
		fmt.Fprintf(b, "    %s;\n    if (pynjit_err_occurred()) {\n        res = raise_compiled();\n    } else {\n        Py_IncRef(Py_None);\n        res = Py_None;\n    }\n", call)
	}
	if n > 0 {
		// an argument the fast path above does not take: dispatch converts
		// them all as Numba's dispatcher does, or raises its exception, and
		// the fast path runs again on what it made
		b.WriteString("    goto done;\nslow:\n")
		for k := len(release) - 1; k >= 0; k-- {
			fmt.Fprintf(b, "    %s\n", release[k])
		}
		for i, a := range o.Args {
			if _, ok := a.(*types.Array); ok {
				fmt.Fprintf(b, "    g%d = (array_arg){0};\n", i)
			}
		}
		b.WriteString("    if (conv == NULL) {\n        PyErr_Clear(); /* a conversion's, which dispatch raises again if Numba would */\n")
		fmt.Fprintf(b, "        if ((conv = dispatch(%d, args, %d)) == NULL) goto done;\n", k, n)
		fmt.Fprintf(b, "        for (int i = 0; i < %d; i++) bound[i] = PyTuple_GetItem(conv, i);\n        args = bound;\n        goto convert;\n    }\n", n)
		b.WriteString("done:\n")
	}
	for k := len(release) - 1; k >= 0; k-- {
		fmt.Fprintf(b, "    %s\n", release[k])
	}
	if n > 0 {
		b.WriteString("    Py_DecRef(conv);\n")
	}
	b.WriteString("    return res;\n}\n")
}

// extDoc is the ml_doc of f: its text signature, which CPython strips
// into __text_signature__ (so inspect.signature gives the original's
// parameters and defaults), then its docstring. A function with a
// default pyLiteral cannot spell, or a parameter name outside ASCII
// (inspect reads text signatures as ASCII), has no text signature.
func extDoc(f Func) string {
	first := len(f.Params) - len(f.Defaults)
	parts := []string{"$module"}
	for i, p := range f.Params {
		if !isASCII(p) {
			return f.Doc
		}
		if i >= first {
			lit, ok := pyLiteral(f.Defaults[i-first])
			if !ok {
				return f.Doc
			}
			p += "=" + lit
		}
		parts = append(parts, p)
	}
	return f.Name + "(" + strings.Join(parts, ", ") + ")\n--\n\n" + f.Doc
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// extSupported reports whether the extension module can call o.
func extSupported(o Overload) bool {
	for _, a := range o.Args {
		if arr, ok := a.(*types.Array); ok {
			if extFormats(arr.Dtype) == "" {
				return false
			}
			continue
		}
		if extArg(a) == nil {
			return false
		}
	}
	if arr, ok := o.Return.(*types.Array); ok {
		return extFormats(arr.Dtype) != ""
	}
	return extResult(o.Return) != nil || types.Equal(o.Return, types.None)
}

// typestr is the C expression of the __array_interface__ type string of
// an array's elements, in this machine's byte order.
func typestr(a *types.Array) string {
	kind, size := types.NumPyKind(a.Dtype), types.ItemSize(a.Dtype)
	if size == 1 {
		return fmt.Sprintf(`"|%c1"`, kind)
	}
	return fmt.Sprintf(`NATIVE_ORDER "%c%d"`, kind, size)
}

// extPrologue declares what the module uses of the stable ABI, the
// compiled code's error state and the C ABI's array (a template: its
// struct from abi.Array), and defines the helpers the functions call.
var extPrologue = expandPrologue(`/* A CPython extension module generated by pynjit (stable ABI, no
 * Python headers needed). Do not edit. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef struct _object { Py_ssize_t ob_refcnt; void *ob_type; } PyObject;
typedef struct { PyObject ob_base; PyObject *(*m_init)(void); Py_ssize_t m_index; PyObject *m_copy; } PyModuleDef_Base;
typedef struct { const char *ml_name; void *ml_meth; int ml_flags; const char *ml_doc; } PyMethodDef;
typedef struct {
    PyModuleDef_Base m_base;
    const char *m_name, *m_doc;
    Py_ssize_t m_size;
    PyMethodDef *m_methods;
    void *m_slots, *m_traverse, *m_clear, *m_free;
} PyModuleDef;
#define METH_FASTCALL 0x0080
#define METH_KEYWORDS 0x0002
#define PYTHON_ABI_VERSION 3

extern PyObject _Py_NoneStruct;
#define Py_None (&_Py_NoneStruct)
extern PyObject *PyExc_TypeError, *PyExc_RuntimeError;
typedef struct _typeobject PyTypeObject;
extern PyTypeObject PyLong_Type, PyFloat_Type;
#define Py_file_input 257
PyObject *Py_CompileString(const char *, const char *, int);
PyObject *PyEval_EvalCode(PyObject *, PyObject *, PyObject *);
PyObject *PyModule_Create2(PyModuleDef *, int);
long long PyLong_AsLongLong(PyObject *);
PyObject *PyLong_FromLongLong(long long);
double PyFloat_AsDouble(PyObject *);
PyObject *PyFloat_FromDouble(double);
int PyObject_IsTrue(PyObject *);
PyObject *PyBool_FromLong(long);
PyObject *PyErr_Occurred(void);
void PyErr_SetString(PyObject *, const char *);
PyObject *PyErr_Format(PyObject *, const char *, ...);
PyObject *PyEval_GetBuiltins(void);
PyObject *PyDict_GetItemString(PyObject *, const char *);
int PyType_IsSubtype(void *, void *);
void Py_IncRef(PyObject *);
PyObject *PyLong_FromString(const char *, char **, int);
PyObject *PyLong_FromVoidPtr(void *);
PyObject *PyUnicode_FromString(const char *);
PyObject *PyUnicode_DecodeUTF8(const char *, Py_ssize_t, const char *);
void PyErr_SetObject(PyObject *, PyObject *);
PyObject *PyDict_New(void);
int PyDict_SetItemString(PyObject *, const char *, PyObject *);
PyObject *PyImport_ImportModule(const char *);
PyObject *PyObject_GetAttrString(PyObject *, const char *);
PyObject *PyObject_CallFunctionObjArgs(PyObject *, ...);
typedef struct { int slot; void *pfunc; } PyType_Slot;
typedef struct { const char *name; int basicsize, itemsize; unsigned int flags; PyType_Slot *slots; } PyType_Spec;
typedef struct { const char *name; int type; Py_ssize_t offset; int flags; const char *doc; } PyMemberDef;
PyObject *PyType_FromSpec(PyType_Spec *);
PyObject *PyType_GenericAlloc(void *, Py_ssize_t);
void *PyType_GetSlot(void *, int);
#define Py_tp_dealloc 52
#define Py_tp_members 72
#define Py_tp_free 74
#define T_OBJECT_EX 16
#define READONLY 1
PyObject *PyComplex_FromDoubles(double, double);
PyObject *PyTuple_New(Py_ssize_t);
int PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
Py_ssize_t PyTuple_Size(PyObject *);
PyObject *PyTuple_GetItem(PyObject *, Py_ssize_t);
const char *PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *);

int pynjit_err_occurred(void);
const char *pynjit_err_type(void);
const char *pynjit_err_message(void);
void pynjit_err_clear(void);
void pynjit_nrt_decref(void *);

typedef struct {
    void *buf;
    PyObject *obj;
    Py_ssize_t len, itemsize;
    int readonly, ndim;
    char *format;
    Py_ssize_t *shape, *strides, *suboffsets;
    void *internal;
} Py_buffer;
#define PyBUF_RECORDS_RO 0x1c
int PyObject_GetBuffer(PyObject *, Py_buffer *, int);
void PyBuffer_Release(Py_buffer *);
int PyBuffer_ToContiguous(void *, const Py_buffer *, Py_ssize_t, char);
void *PyMem_Malloc(size_t);
void PyMem_Free(void *);
PyObject *PyErr_NoMemory(void);
void PyErr_Clear(void);
PyObject *PyObject_Type(PyObject *);
void Py_DecRef(PyObject *);

/* the C ABI's array */
{{.Array}}

/* An array argument: the buffer it views and, for a read-only buffer,
 * the copy compiled code works on instead. */
typedef struct {
    Py_buffer view;
    int held;
    void *copy;
} array_arg;

/* format_is tells whether a buffer's struct format is one of formats
 * (space-separated), in native byte order. */
static int format_is(const char *f, const char *formats) {
    if (f == NULL) f = "B";
    if (*f == '@' || *f == '=') f++;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    else if (*f == '<') f++;
#endif
    size_t n = strlen(f);
    for (const char *p = formats;;) {
        const char *end = strchr(p, ' ');
        size_t m = end ? (size_t)(end - p) : strlen(p);
        if (m == n && memcmp(p, f, n) == 0) return 1;
        if (end == NULL) return 0;
        p = end + 1;
    }
}

/* contiguous tells whether a buffer is contiguous in order ('C' or
 * 'F') as NumPy's flags say: dimensions of one element do not count, an
 * empty array is. */
static int contiguous(const Py_buffer *v, char order) {
    for (int k = 0; k < v->ndim; k++)
        if (v->shape[k] == 0) return 1;
    Py_ssize_t step = v->itemsize;
    for (int i = 0; i < v->ndim; i++) {
        int k = order == 'C' ? v->ndim - 1 - i : i;
        if (v->shape[k] != 1 && v->strides[k] != step) return 0;
        step *= v->shape[k];
    }
    return 1;
}

/* arg_array makes the array argument argno (from 1) of fname from obj:
 * a buffer of one of formats, of itemsize bytes per element and ndim
 * dimensions, of the layout when it is 'C' or 'F' (as Numba types it:
 * C if C-contiguous, else F if Fortran-contiguous). A read-only buffer is copied (in Fortran order for layout 'F',
 * else in C order), as the Python module does. On failure it sets
 * TypeError (want says what was expected) or MemoryError and returns -1;
 * release_array gives back what it took either way. */
static int arg_array(PyObject *obj, const char *fname, int argno, const char *formats, Py_ssize_t itemsize,
                     int ndim, char layout, const char *want, array_arg *g, pynjit_array *a) {
    if (PyObject_GetBuffer(obj, &g->view, PyBUF_RECORDS_RO) < 0) {
        PyErr_Clear();
        PyObject *type = PyObject_Type(obj);
        PyErr_Format(PyExc_TypeError, "%s() argument %d must be %s, not %R", fname, argno, want, type);
        Py_DecRef(type);
        return -1;
    }
    g->held = 1;
    Py_buffer *v = &g->view;
    if (!format_is(v->format, formats) || v->itemsize != itemsize || v->ndim != ndim) {
        PyErr_Format(PyExc_TypeError, "%s() argument %d must be %s, not a buffer of format '%s' with %d dimension%s",
                     fname, argno, want, v->format ? v->format : "B", v->ndim, v->ndim == 1 ? "" : "s");
        return -1;
    }
    a->owner = NULL;
    a->data = v->buf;
    a->ndim = ndim;
    a->itemsize = itemsize;
    for (int k = 0; k < ndim; k++) {
        a->shape[k] = v->shape[k];
        a->strides[k] = v->strides[k];
    }
    if (v->readonly) {
        g->copy = PyMem_Malloc(v->len > 0 ? (size_t)v->len : 1);
        if (g->copy == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        char order = layout == 'F' ? 'F' : 'C';
        if (PyBuffer_ToContiguous(g->copy, v, v->len, order) < 0) return -1;
        a->data = g->copy;
        long long step = itemsize;
        for (int i = 0; i < ndim; i++) {
            int k = order == 'C' ? ndim - 1 - i : i;
            a->strides[k] = step;
            step *= a->shape[k];
        }
    } else if (layout != 'A') {
        /* as Numba types arrays: C if C-contiguous, else F if Fortran-contiguous */
        char has = contiguous(v, 'C') ? 'C' : contiguous(v, 'F') ? 'F' : 'A';
        if (has != layout) {
            PyErr_Format(PyExc_TypeError, "%s() argument %d must be %s, not a %s buffer", fname, argno, want,
                         has == 'C' ? "C-contiguous" : has == 'F' ? "Fortran-contiguous" : "non-contiguous");
            return -1;
        }
    }
    return 0;
}

static void release_array(array_arg *g) {
    if (g->held) PyBuffer_Release(&g->view);
    PyMem_Free(g->copy);
}

/* bind_args binds the arguments of a METH_FASTCALL | METH_KEYWORDS call
 * of fname to its n parameters (named in params), the last ndefaults of
 * which default to defaults, as CPython binds a Python function's: the
 * same order of checks and the same TypeError messages. bound[i] is a
 * borrowed reference to parameter i's value. */
static int bind_args(const char *fname, const char *const *params, int n, int ndefaults, PyObject *const *defaults,
                     PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, PyObject **bound) {
    for (int i = 0; i < n; i++) bound[i] = i < nargs ? args[i] : NULL;
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_Size(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GetItem(kwnames, k);
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(key, &len);
        if (s == NULL) PyErr_Clear(); /* not UTF-8 (a lone surrogate): no parameter has that name */
        int j = 0;
        while (j < n && !(s != NULL && strlen(params[j]) == (size_t)len && memcmp(params[j], s, (size_t)len) == 0)) j++;
        if (j == n) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%S'", fname, key);
            return -1;
        }
        if (bound[j] != NULL) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%S'", fname, key);
            return -1;
        }
        bound[j] = args[nargs + k];
    }
    if (nargs > n) {
        if (ndefaults > 0)
            PyErr_Format(PyExc_TypeError, "%s() takes from %d to %d positional arguments but %zd were given",
                         fname, n - ndefaults, n, nargs);
        else
            PyErr_Format(PyExc_TypeError, "%s() takes %d positional argument%s but %zd %s given",
                         fname, n, n == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    int required = n - ndefaults, missing = 0;
    size_t size = 1;
    for (int i = 0; i < required; i++) {
        if (bound[i] == NULL) {
            missing++;
            size += strlen(params[i]) + 8; /* quotes and ", and " */
        }
    }
    if (missing > 0) {
        char *list = PyMem_Malloc(size), *p = list;
        if (list == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        for (int i = 0, k = 0; i < required; i++) {
            if (bound[i] != NULL) continue;
            const char *sep = k == 0 ? "" : missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ";
            p += sprintf(p, "%s'%s'", sep, params[i]);
            k++;
        }
        PyErr_Format(PyExc_TypeError, "%s() missing %d required positional argument%s: %s",
                     fname, missing, missing == 1 ? "" : "s", list);
        PyMem_Free(list);
        return -1;
    }
    for (int i = required; i < n; i++)
        if (bound[i] == NULL) bound[i] = defaults[i - required];
    return 0;
}

/* is_exact tells whether o's type is exactly t, no subclass: the
 * arguments the wrappers convert in C. */
static int is_exact(PyObject *o, PyTypeObject *t) {
    return o->ob_type == (void *)t;
}

/* Helpers that make default values. */
static PyObject *none_ref(void) {
    Py_IncRef(Py_None);
    return Py_None;
}

/* tuple_of makes a tuple of n new references, which it takes even when
 * it fails. */
static PyObject *tuple_of(int n, ...) {
    va_list ap;
    va_start(ap, n);
    PyObject *t = PyTuple_New(n);
    for (int i = 0; i < n; i++) {
        PyObject *x = va_arg(ap, PyObject *);
        if (x == NULL || t == NULL) {
            Py_DecRef(x);
            Py_DecRef(t);
            t = NULL;
            continue;
        }
        PyTuple_SetItem(t, i, x);
    }
    va_end(ap);
    return t;
}

/* SYMBOL("name") makes a declaration stand for the symbol of that name
   that this module's compiled code defines: hidden, so the link binds it
   here, never to a function of the C library or libm of the same name
   (fdiv, index, read) that the process loaded first. */
#define LABEL_PREFIX_STRING(p) #p
#define LABEL_PREFIX(p) LABEL_PREFIX_STRING(p)
#define SYMBOL(name) __asm__(LABEL_PREFIX(__USER_LABEL_PREFIX__) name) __attribute__((visibility("hidden")))

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NATIVE_ORDER "<"
#else
#define NATIVE_ORDER ">"
#endif

/* The base of an array a function returns: NumPy reads the array (a
 * view, of any strides) from its __array_interface__, and the base keeps
 * the memory alive while any view of it lives: the runtime's reference
 * to memory compiled code allocated, or the buffers of the arguments the
 * array views (an argument's object, or the copy of a read-only one). */
typedef struct {
    PyObject ob_base;
    PyObject *iface;
    void *owner;
    array_arg *held;
    int nheld;
} array_base;

static void array_base_dealloc(PyObject *self) {
    array_base *b = (array_base *)self;
    Py_DecRef(b->iface);
    pynjit_nrt_decref(b->owner);
    for (int i = 0; i < b->nheld; i++) release_array(&b->held[i]);
    PyMem_Free(b->held);
    PyObject *type = PyObject_Type(self);
    ((void (*)(void *))PyType_GetSlot(type, Py_tp_free))(self);
    Py_DecRef(type);
    Py_DecRef(type); /* the instance's reference to its heap type */
}

static PyMemberDef array_base_members[] = {
    {"__array_interface__", T_OBJECT_EX, offsetof(array_base, iface), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};
static PyType_Slot array_base_slots[] = {
    {Py_tp_dealloc, (void *)array_base_dealloc},
    {Py_tp_members, array_base_members},
    {0, NULL},
};
static PyType_Spec array_base_spec = {"pynjit.array_base", sizeof(array_base), 0, 0, array_base_slots};
static PyObject *array_base_type, *numpy_asarray;

/* extent gives the bytes [lo, hi) an array's elements span. */
static void extent(const pynjit_array *a, char **lo, char **hi) {
    *lo = *hi = a->data;
    for (int k = 0; k < a->ndim; k++) {
        if (a->shape[k] == 0) {
            *hi = *lo = a->data;
            return;
        }
        if (a->strides[k] < 0) *lo += (a->shape[k] - 1) * a->strides[k];
        else *hi += (a->shape[k] - 1) * a->strides[k];
    }
    *hi += a->itemsize;
}

/* set_new sets d[key] to value, a new reference it takes (NULL: the
 * exception of making it). */
static int set_new(PyObject *d, const char *key, PyObject *value) {
    if (value == NULL) return -1;
    int err = PyDict_SetItemString(d, key, value);
    Py_DecRef(value);
    return err;
}

/* int_tuple makes a tuple of the first n of v. */
static PyObject *int_tuple(const long long *v, int n) {
    PyObject *t = PyTuple_New(n);
    for (int k = 0; t != NULL && k < n; k++) {
        PyObject *x = PyLong_FromLongLong(v[k]);
        if (x == NULL || PyTuple_SetItem(t, k, x) < 0) {
            Py_DecRef(t);
            t = NULL;
        }
    }
    return t;
}

/* box_array makes the NumPy array of r, which a call returned: a view of
 * its memory, which it keeps alive. Memory compiled code did not
 * allocate is that of one of the call's n array arguments (passed as
 * passed[i], their buffers in held[i]): the argument whose memory holds
 * the array's elements (or, should none, every one) is moved to the
 * array's base, and the call no longer gives it back. typestr is NumPy's
 * name of the element type. */
static PyObject *box_array(pynjit_array *r, const char *typestr, int n, array_arg **held, const pynjit_array **passed) {
    static char nothing[16]; /* the memory of an array of no elements: NumPy takes no NULL pointer */
    if (numpy_asarray == NULL) {
        PyObject *np = PyImport_ImportModule("numpy");
        if (np == NULL) {
            pynjit_nrt_decref(r->owner);
            return NULL;
        }
        numpy_asarray = PyObject_GetAttrString(np, "asarray");
        Py_DecRef(np);
        if (numpy_asarray == NULL) {
            pynjit_nrt_decref(r->owner);
            return NULL;
        }
    }
    array_base *b = (array_base *)PyType_GenericAlloc(array_base_type, 0);
    if (b == NULL) {
        pynjit_nrt_decref(r->owner);
        return NULL;
    }
    b->owner = r->owner;
    if (r->owner == NULL && n > 0) {
        char *lo, *hi;
        extent(r, &lo, &hi);
        int from = 0, to = n;
        for (int i = 0; i < n; i++) {
            char *alo, *ahi;
            extent(passed[i], &alo, &ahi);
            if (alo <= lo && hi <= ahi) {
                from = i;
                to = i + 1;
                break;
            }
        }
        b->held = PyMem_Malloc(sizeof(array_arg) * (size_t)(to - from));
        if (b->held == NULL) {
            Py_DecRef((PyObject *)b);
            return PyErr_NoMemory();
        }
        for (int i = from; i < to; i++) {
            b->held[b->nheld++] = *held[i];
            held[i]->held = 0;
            held[i]->copy = NULL;
        }
    }
    PyObject *iface = PyDict_New();
    b->iface = iface;
    if (iface == NULL || set_new(iface, "version", PyLong_FromLongLong(3)) < 0 ||
        set_new(iface, "shape", int_tuple(r->shape, (int)r->ndim)) < 0 ||
        set_new(iface, "strides", int_tuple(r->strides, (int)r->ndim)) < 0 ||
        set_new(iface, "typestr", PyUnicode_FromString(typestr)) < 0 ||
        set_new(iface, "data", tuple_of(2, PyLong_FromVoidPtr(r->data ? r->data : nothing), PyBool_FromLong(0))) < 0) {
        Py_DecRef((PyObject *)b);
        return NULL;
    }
    PyObject *res = PyObject_CallFunctionObjArgs(numpy_asarray, (PyObject *)b, NULL);
    Py_DecRef((PyObject *)b);
    return res;
}

/* Raises the exception compiled code recorded: the builtin class of that
 * name, with its message. */
static PyObject *raise_compiled(void) {
    PyObject *cls = PyDict_GetItemString(PyEval_GetBuiltins(), pynjit_err_type());
    if (cls == NULL) cls = PyExc_RuntimeError;
    const char *msg = pynjit_err_message();
    PyObject *text = PyUnicode_DecodeUTF8(msg, (Py_ssize_t)strlen(msg), "surrogatepass"); /* lone surrogates too */
    pynjit_err_clear();
    if (text != NULL) {
        PyErr_SetObject(cls, text);
        Py_DecRef(text);
    }
    return NULL;
}
`)

// expandPrologue executes the prologue's template.
func expandPrologue(text string) string {
	var b strings.Builder
	t := template.Must(template.New("prologue").Parse(text))
	if err := t.Execute(&b, struct{ Array string }{abi.Array.Typedef(abi.ExtC)}); err != nil {
		panic(err) // a fixed template of a string: cannot happen
	}
	return b.String()
}

// extEpilogue defines the module and its init function (format: the
// module name, its C string literal, then the statements making the
// functions' defaults).
const extEpilogue = `
static PyModuleDef module = {
    {{1, NULL}, NULL, 0, NULL},
    %[2]s, "Compiled by pynjit.", 0, methods, NULL, NULL, NULL, NULL,
};

__attribute__((visibility("default"))) PyObject *PyInit_%[1]s(void) {
%[3]s    if (array_base_type == NULL && (array_base_type = PyType_FromSpec(&array_base_spec)) == NULL) return NULL;
    return PyModule_Create2(&module, PYTHON_ABI_VERSION);
}
`

// writeDispatch writes the C of dispatch, which converts the arguments
// of a call the wrappers' fast path does not take: the Python of
// dispatch.py.tmpl with the module's signatures (ext.py.tmpl), which the
// module compiles on its first such call, so that the extension module
// takes, converts and refuses exactly what the Python module does, as
// Numba's dispatcher does.
func writeDispatch(b *strings.Builder, name string, funcs []Func) {
	var sigs []Overload
	for _, f := range funcs {
		sigs = append(sigs, f.Overloads[0])
	}
	var src strings.Builder
	data := struct {
		Name string
		Sigs []Overload
	}{name, sigs}
	if err := tmpl.ExecuteTemplate(&src, "ext", data); err != nil {
		panic(err) // the template and types are ours: cannot happen
	}
	b.WriteString("\n/* The Python dispatch runs (ext.py.tmpl). */\nstatic const char dispatch_source[] =")
	for _, line := range strings.SplitAfter(src.String(), "\n") {
		if line != "" {
			b.WriteString("\n    " + cString(line))
		}
	}
	b.WriteString(";\n")
	b.WriteString(extDispatch)
}

// extDispatch is the C of dispatch, after dispatch_source.
const extDispatch = `
static PyObject *ext_args; /* _pynjit_ext_args of dispatch_source */

/* dispatch converts the n arguments of a call of the k-th function to
 * its parameters' types as Numba's dispatcher does, into a new tuple, or
 * raises Numba's exception (TypeError: No matching definition ...) and
 * returns NULL. */
static PyObject *dispatch(int k, PyObject *const *args, int n) {
    if (ext_args == NULL) {
        PyObject *code = Py_CompileString(dispatch_source, "<pynjit dispatch>", Py_file_input);
        if (code == NULL) return NULL;
        PyObject *globals = PyDict_New();
        if (globals == NULL || PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) < 0) {
            Py_DecRef(code);
            Py_DecRef(globals);
            return NULL;
        }
        PyObject *done = PyEval_EvalCode(code, globals, globals);
        Py_DecRef(code);
        if (done == NULL) {
            Py_DecRef(globals);
            return NULL;
        }
        Py_DecRef(done);
        ext_args = PyDict_GetItemString(globals, "_pynjit_ext_args");
        Py_IncRef(ext_args); /* kept, with its globals, for the module's life */
    }
    PyObject *t = PyTuple_New(n);
    for (int i = 0; t != NULL && i < n; i++) {
        Py_IncRef(args[i]);
        PyTuple_SetItem(t, i, args[i]);
    }
    PyObject *index = PyLong_FromLongLong(k);
    PyObject *res = t != NULL && index != NULL ? PyObject_CallFunctionObjArgs(ext_args, index, t, NULL) : NULL;
    Py_DecRef(index);
    Py_DecRef(t);
    return res;
}
`
