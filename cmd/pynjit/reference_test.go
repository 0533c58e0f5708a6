package main

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/pynjit/pynjit/internal/golden"
)

// reference renders the command-line reference, docs/cli.md, from the
// commands themselves: usage, description, examples and flags.
func reference() string {
	a := &app{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	root := a.root()
	root.InitDefaultCompletionCmd()
	var b strings.Builder
	b.WriteString("# Command-line reference\n\nGenerated from the commands by `go test ./cmd/pynjit -run TestCLIReference -update`; do not edit.\n")
	b.WriteString("Every command also takes `--color auto|always|never` (colour of diagnostics on stderr; `NO_COLOR` is honoured).\n")
	fmt.Fprintf(&b, "\n```\n%s\n```\n", root.Long)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "help" {
			return
		}
		if c.HasParent() && c.Runnable() {
			fmt.Fprintf(&b, "\n## %s\n\n%s\n\n```\n%s\n```\n", c.CommandPath(), c.Short, c.UseLine())
			if c.Long != "" {
				fmt.Fprintf(&b, "\n%s\n", c.Long)
			}
			if c.Example != "" {
				fmt.Fprintf(&b, "\nExamples:\n\n```\n%s\n```\n", c.Example)
			}
			if flags := c.LocalNonPersistentFlags().FlagUsages(); flags != "" {
				fmt.Fprintf(&b, "\nFlags:\n\n```\n%s```\n", flags)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return b.String()
}

// TestCLIReference keeps docs/cli.md equal to what the commands say
// (-update rewrites it).
func TestCLIReference(t *testing.T) {
	golden.Check(t, "../../docs/cli.md", reference())
}

// TestCompletion prints the shell completion scripts cobra generates.
func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{"bash": "__start_pynjit", "zsh": "#compdef pynjit", "fish": "complete -c pynjit"} {
		code, out, errOut := runCLI(t, nil, "completion", shell)
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("completion %s: exit %d, no %q\n%.300s%s", shell, code, want, out, errOut)
		}
	}
}
