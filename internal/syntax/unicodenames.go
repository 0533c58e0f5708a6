package syntax

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// unicodeByName returns the character named name (upper case), as
// Python's "\N{...}" escape finds it. Algorithmic names (CJK ideographs,
// Hangul syllables) are computed; other names come from the Unicode
// character database.
func unicodeByName(name string) (rune, bool) {
	for _, prefix := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"} {
		if strings.HasPrefix(name, prefix) {
			v, err := strconv.ParseUint(name[len(prefix):], 16, 32)
			return rune(v), err == nil && runenames.Name(rune(v)) != ""
		}
	}
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		return hangulSyllable(name[len("HANGUL SYLLABLE "):])
	}
	for _, r := range unicodeAliases {
		if r.name == name {
			return r.r, true
		}
	}
	if r, ok := unicodeNames()[name]; ok {
		return r, true
	}
	return 0, false
}

// unicodeNames maps every named character to its name. It is built on
// first use, once per process, and never changes afterwards.
var unicodeNames = sync.OnceValue(func() map[string]rune {
	names := make(map[string]rune, 150000)
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r == 0x40000 {
			r = 0xE0000
		}
		if n := runenames.Name(r); n != "" && n[0] != '<' {
			names[n] = r
		}
	}
	return names
})

// unicodeAliases are the formal name aliases Python accepts in \N{...}
// for control characters, which have no character name of their own.
var unicodeAliases = [...]struct {
	name string
	r    rune
}{
	{"NULL", 0}, {"BELL", 7}, {"BACKSPACE", 8}, {"CHARACTER TABULATION", 9}, {"LINE FEED", 10},
	{"LINE FEED (LF)", 10}, {"LINE TABULATION", 11}, {"FORM FEED", 12}, {"FORM FEED (FF)", 12}, {"CARRIAGE RETURN", 13},
	{"CARRIAGE RETURN (CR)", 13}, {"ESCAPE", 27}, {"DELETE", 127}, {"NO-BREAK SPACE", 0xA0}, {"BYTE ORDER MARK", 0xFEFF},
	{"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"SPACE", 32}, {"NEW LINE", 10}, {"END OF LINE", 10}, {"EOL", 10},
}

var (
	hangulL = strings.Fields("G GG N D DD R M B BB S SS _ J JJ C K T P H")
	hangulV = strings.Fields("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I")
	hangulT = strings.Fields("_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H")
)

// hangulSyllable composes a Hangul syllable from its romanized jamo name.
func hangulSyllable(s string) (rune, bool) {
	for l, ls := range hangulL {
		if ls == "_" {
			ls = ""
		}
		if !strings.HasPrefix(s, ls) {
			continue
		}
		for v, vs := range hangulV {
			if !strings.HasPrefix(s[len(ls):], vs) {
				continue
			}
			rest := s[len(ls)+len(vs):]
			for t, ts := range hangulT {
				if ts == "_" {
					ts = ""
				}
				if rest == ts {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}
