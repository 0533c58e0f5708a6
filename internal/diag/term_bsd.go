//go:build darwin || freebsd || netbsd || openbsd

package diag

import "golang.org/x/sys/unix"

// ioctlGetTermios is the request that reads a terminal's settings: it
// fails on anything that is not a terminal.
const ioctlGetTermios = unix.TIOCGETA
