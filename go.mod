module github.com/pynjit/pynjit

go 1.26.8
