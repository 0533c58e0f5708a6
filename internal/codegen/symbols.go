package codegen

import "strings"

// cLibrary are the functions of the C standard library (every function
// C17's headers declare, as glibc declares them, libm's among them), the
// other symbols pynjit's runtime takes from the C library
// (TestRuntimeImportsAreReserved checks it), and main, which every C
// program defines.
var cLibrary = wordSet(`
	abort abs acos acosf acosh acoshf acoshl acosl aligned_alloc asctime asin asinf asinh asinhf
	asinhl asinl at_quick_exit atan atan2 atan2f atan2l atanf atanh atanhf atanhl atanl atexit
	atof atoi atol atoll bsearch btowc c16rtomb c32rtomb cabs cabsf cabsl cacos cacosf cacosh
	cacoshf cacoshl cacosl call_once calloc carg cargf cargl casin casinf casinh casinhf casinhl
	casinl catan catanf catanh catanhf catanhl catanl cbrt cbrtf cbrtl ccos ccosf ccosh ccoshf
	ccoshl ccosl ceil ceilf ceill cexp cexpf cexpl cimag cimagf cimagl clearerr clock clog clogf
	clogl cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait conj conjf conjl
	copysign copysignf copysignl cos cosf cosh coshf coshl cosl cpow cpowf cpowl cproj cprojf
	cprojl creal crealf creall csin csinf csinh csinhf csinhl csinl csqrt csqrtf csqrtl ctan ctanf
	ctanh ctanhf ctanhl ctanl ctime difftime div erf erfc erfcf erfcl erff erfl exit exp exp2
	exp2f exp2l expf expl expm1 expm1f expm1l fabs fabsf fabsl fclose fdim fdimf fdiml
	feclearexcept fegetenv fegetexceptflag fegetround feholdexcept feof feraiseexcept ferror
	fesetenv fesetexceptflag fesetround fetestexcept feupdateenv fflush fgetc fgetpos fgets fgetwc
	fgetws floor floorf floorl fma fmaf fmal fmax fmaxf fmaxl fmin fminf fminl fmod fmodf fmodl
	fopen fprintf fputc fputs fputwc fputws fread free freopen frexp frexpf frexpl fscanf fseek
	fsetpos ftell fwide fwprintf fwrite fwscanf getc getchar getenv getwc getwchar gmtime hypot
	hypotf hypotl ilogb ilogbf ilogbl imaxabs imaxdiv isalnum isalpha isblank iscntrl isdigit
	isgraph islower isprint ispunct isspace isupper iswalnum iswalpha iswblank iswcntrl iswctype
	iswdigit iswgraph iswlower iswprint iswpunct iswspace iswupper iswxdigit isxdigit labs ldexp
	ldexpf ldexpl ldiv lgamma lgammaf lgammal llabs lldiv llrint llrintf llrintl llround llroundf
	llroundl localeconv localtime log log10 log10f log10l log1p log1pf log1pl log2 log2f log2l
	logb logbf logbl logf logl longjmp lrint lrintf lrintl lround lroundf lroundl malloc mblen
	mbrlen mbrtoc16 mbrtoc32 mbrtowc mbsinit mbsrtowcs mbstowcs mbtowc memchr memcmp memcpy
	memmove memset mktime modf modff modfl mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock
	mtx_unlock nan nanf nanl nearbyint nearbyintf nearbyintl nextafter nextafterf nextafterl
	nexttoward nexttowardf nexttowardl perror pow powf powl printf putc putchar puts putwc
	putwchar qsort quick_exit raise rand realloc remainder remainderf remainderl remove remquo
	remquof remquol rename rewind rint rintf rintl round roundf roundl scalbln scalblnf scalblnl
	scalbn scalbnf scalbnl scanf setbuf setjmp setlocale setvbuf signal sin sinf sinh sinhf sinhl
	sinl snprintf sprintf sqrt sqrtf sqrtl srand sscanf strcat strchr strcmp strcoll strcpy
	strcspn strerror strftime strlen strncat strncmp strncpy strpbrk strrchr strspn strstr strtod
	strtof strtoimax strtok strtol strtold strtoll strtoul strtoull strtoumax strxfrm swprintf
	swscanf system tan tanf tanh tanhf tanhl tanl tgamma tgammaf tgammal thrd_create thrd_current
	thrd_detach thrd_equal thrd_exit thrd_join thrd_sleep thrd_yield time timespec_get tmpfile
	tmpnam tolower toupper towlower towupper trunc truncf truncl tss_create tss_delete tss_get
	tss_set ungetc ungetwc vfprintf vfscanf vfwprintf vfwscanf vprintf vscanf vsnprintf vsprintf
	vsscanf vswprintf vswscanf vwprintf vwscanf wcrtomb wcscat wcschr wcscmp wcscoll wcscpy
	wcscspn wcsftime wcslen wcsncat wcsncmp wcsncpy wcspbrk wcsrchr wcsrtombs wcsspn wcsstr wcstod
	wcstof wcstoimax wcstok wcstol wcstold wcstoll wcstombs wcstoul wcstoull wcstoumax wcsxfrm
	wctob wctomb wctrans wctype wmemchr wmemcmp wmemcpy wmemmove wmemset wprintf wscanf
	main getpid posix_memalign pthread_attr_destroy pthread_attr_getstack pthread_getattr_np
	pthread_self sigsetjmp siglongjmp strcasecmp syscall stderr stdout stdin errno`)

// PublicSymbol is the symbol an exported function takes for the name
// sym: sym itself, unless sym names a function of the C library (exp,
// floor, div, malloc, printf: see cLibrary), a symbol of pynjit's
// runtime (pynjit_*) or a name C reserves (__x, _X), whose definition in
// a library would replace theirs, for the library's own runtime as for a
// C program linking it, in the one namespace of ELF symbols; then sym
// with underscores appended until it is neither a C library function
// nor in taken (the other exports' names).
func PublicSymbol(sym string, taken map[string]bool) string {
	if !librarySymbol(sym) {
		return sym
	}
	for sym += "_"; cLibrary[sym] || taken[sym]; sym += "_" {
	}
	return sym
}

// librarySymbol reports whether the C library, libm, the runtime or the
// C implementation may define sym.
func librarySymbol(sym string) bool {
	return cLibrary[sym] || strings.HasPrefix(sym, "pynjit_") || strings.HasPrefix(sym, "__") ||
		len(sym) > 1 && sym[0] == '_' && sym[1] >= 'A' && sym[1] <= 'Z'
}
