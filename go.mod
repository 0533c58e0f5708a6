module github.com/pynjit/pynjit

go 1.26.8

require (
	github.com/go-python/gpython v0.2.0
	golang.org/x/text v0.44.0
)

require github.com/google/go-cmp v0.6.0 // indirect
