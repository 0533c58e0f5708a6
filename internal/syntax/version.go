package syntax

import (
	"fmt"
	"strings"
)

// Version is the CPython release whose grammar the parser follows, named
// by its minor number (Python311 is 3.11). Each accepts what that
// release's ast.parse accepts and refuses the rest with that release's
// message: a type statement is a syntax error for Python311, a quote
// reused inside an f-string's replacement field is one before Python312,
// a type parameter's default before Python313.
type Version int

// The versions the parser knows.
const (
	Python311 Version = 11
	Python312 Version = 12
	Python313 Version = 13
	// Latest is the version Parse follows.
	Latest = Python313
)

// Versions lists the known versions, oldest first.
var Versions = []Version{Python311, Python312, Python313}

// String returns the version as "3.11".
func (v Version) String() string { return fmt.Sprintf("3.%d", int(v)) }

// LookupVersion returns the version named "3.11", "3.12" or "3.13".
func LookupVersion(name string) (Version, error) {
	for _, v := range Versions {
		if v.String() == name {
			return v, nil
		}
	}
	names := make([]string, len(Versions))
	for i, v := range Versions {
		names[i] = v.String()
	}
	return 0, fmt.Errorf("unknown Python version %q (want %s)", name, strings.Join(names, ", "))
}

// valid reports whether v is one of Versions.
func (v Version) valid() bool { return v >= Python311 && v <= Latest }
