package python

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// quoted is a fenced block that names the file it shows: ```toml PATH.
var quoted = regexp.MustCompile("(?s)```[a-z]+ ([^\\s`]+)\n(.*?)```")

// TestGuidesQuoteTheExamples: every block of the guides that names an
// example file is that file, as the tests build it.
func TestGuidesQuoteTheExamples(t *testing.T) {
	for _, guide := range []string{"../docs/migrating-from-pycc.md", "../docs/python-packages.md"} {
		data, err := os.ReadFile(guide)
		if err != nil {
			t.Fatal(err)
		}
		blocks := quoted.FindAllStringSubmatch(string(data), -1)
		if len(blocks) == 0 {
			t.Errorf("%s quotes no example file", guide)
		}
		for _, b := range blocks {
			file, err := os.ReadFile(filepath.Join("..", b[1]))
			if err != nil {
				t.Errorf("%s: %v", guide, err)
			} else if string(file) != b[2] {
				t.Errorf("%s shows %s as\n%s\nbut it is\n%s", guide, b[1], b[2], file)
			}
		}
	}
}
