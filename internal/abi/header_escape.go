package abi

import (
	"strings"
)

// The header is C (and C++, through extern "C") that user names go
// into: file names into comments, Python names into declarations.

// cComment is s as the text of a /* */ comment on one line: no "*/"
// (which would end it) or "/*" (which compilers warn about), no line
// ends or other control characters (after which a trigraph or a
// backslash could splice lines), only UTF-8.
func cComment(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' {
			r = ' '
		}
		if prev == '*' && r == '/' || prev == '/' && r == '*' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// cKeywords are the words of C (C11 and C23) that no declaration can
// use as a name, and cxxKeywords those C++ adds (the header is read by
// C++ too).
var cKeywords, cxxKeywords = wordSet(`auto break case char const continue default do double else enum extern
	float for goto if inline int long register restrict return short signed sizeof static struct switch
	typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic
	_Imaginary _Noreturn _Static_assert _Thread_local alignas alignof bool constexpr false nullptr
	static_assert thread_local true typeof typeof_unqual`),
	wordSet(`and and_eq asm bitand bitor catch char8_t char16_t char32_t class compl concept consteval
	constinit const_cast co_await co_return co_yield decltype delete dynamic_cast explicit export friend
	mutable namespace new noexcept not not_eq operator or or_eq private protected public reflexpr
	reinterpret_cast requires static_cast template this throw try typeid typename using virtual wchar_t
	xor xor_eq`)

// headerNames are the names the header itself declares or includes,
// its scalars' C types and its structs among them: a parameter of one
// of these names would not parse.
var headerNames = func() map[string]bool {
	names := wordSet(`intptr_t uintptr_t intmax_t uintmax_t size_t NULL pynjit_out
	pynjit_array_release pynjit_nrt_live pynjit_err_occurred pynjit_err_type pynjit_err_message
	pynjit_err_clear`)
	for _, s := range Scalars {
		names[s.C] = true
	}
	for _, s := range Structs {
		names[s.Name] = true
	}
	return names
}()

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// reserved reports whether C, C++ or the header mean something by name.
func reserved(name string) bool {
	return cKeywords[name] || cxxKeywords[name] || headerNames[name]
}

// paramName is the name a prototype gives a Python parameter: the name
// itself unless C, C++ or the header already mean something by it (or
// an earlier parameter took it), then with underscores appended.
// Parameter names in a prototype only document, so renaming is free.
func paramName(name string, taken map[string]bool) string {
	for reserved(name) || taken[name] {
		name += "_"
	}
	taken[name] = true
	return name
}

// uniqueType is a typedef name the header has not used yet: name, or
// name with underscores appended.
func uniqueType(name string, taken map[string]bool) string {
	for taken[name] || reserved(name) {
		name += "_"
	}
	taken[name] = true
	return name
}
