package diag

import "sort"

// Closest returns the candidate nearest to s by edit distance, for "did
// you mean" suggestions, or "" when none is near enough to help.
func Closest(s string, candidates []string) string {
	sort.Strings(candidates)
	best, bestD := "", max(len(s)/3, 1)+1
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD && d < len(s) && c != s {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
