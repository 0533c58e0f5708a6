package main

import "github.com/spf13/cobra"

// pythonFlag adds --python, the CPython version whose grammar the file is
// read in.
func pythonFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "python", "", "read the file as CPython 3.11, 3.12 or 3.13 does: its grammar and syntax errors (default: the newest, 3.13)")
}
