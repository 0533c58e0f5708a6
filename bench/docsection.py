"""The sections of docs/benchmarks.md: each benchmark script rewrites its
own, between <!-- begin NAME --> and <!-- end NAME -->, and keeps the
others, so that the file holds the latest run of every script."""
import os


def write_section(path, name, body):
    """Replaces section name of the Markdown file at path with body (or
    adds it at the end), writing the file atomically."""
    begin, end = "<!-- begin %s -->\n" % name, "<!-- end %s -->\n" % name
    text = "# Benchmarks\n\n"
    if os.path.exists(path):
        with open(path) as f:
            text = f.read()
    block = begin + body.rstrip("\n") + "\n" + end
    i, j = text.find(begin), text.find(end)
    if i >= 0 and j > i:
        text = text[:i] + block + text[j + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)
