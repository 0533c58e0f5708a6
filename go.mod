module github.com/pynjit/pynjit

go 1.26.8

require (
	github.com/go-python/gpython v0.2.0
	golang.org/x/text v0.44.0
)

require (
	github.com/google/go-cmp v0.6.0 // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/spf13/cobra v1.10.2 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	golang.org/x/sys v0.49.0 // indirect
)
