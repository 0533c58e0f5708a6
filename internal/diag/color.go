package diag

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// ColorEnabled decides whether output written to f gets ANSI colours.
// mode is the --color flag: "always", "never" or "auto". In auto mode
// colour is on only when f is a terminal and NO_COLOR is unset or empty
// (https://no-color.org); "always" wins over NO_COLOR, as an explicit
// flag should. Each stream is decided on its own: diagnostics go to
// stderr, which may be a terminal while stdout is a pipe.
func ColorEnabled(mode string, f *os.File, getenv func(string) string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if getenv("NO_COLOR") != "" {
			return false, nil
		}
		_, err := unix.IoctlGetTermios(int(f.Fd()), ioctlGetTermios)
		return err == nil && getenv("TERM") != "dumb", nil
	}
	return false, fmt.Errorf("invalid --color value %q (want auto, always or never)", mode)
}
