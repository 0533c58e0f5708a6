package toolchain

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// WriteFileAtomic writes data to path so that readers see either the old
// file or the whole new one, never a part: it writes a temporary file in
// the same directory, syncs it and renames it over path. The new file
// has perm less the umask, as a file a compiler creates does. Only a
// regular file (or a symbolic link, which the new file replaces) is ever
// replaced: a directory, device, FIFO or socket at path is an error. A
// failure to write is an *fs.PathError for path.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	if err := CheckOutput(path); err != nil {
		return err
	}
	tmp, err := createTemp(path, perm)
	if err != nil {
		return writeError(path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = writeError(path, err)
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeError is err as a failure to write path.
func writeError(path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return &fs.PathError{Op: "cannot write", Path: path, Err: err}
}

// CheckOutput tells whether path may be written: it does not exist yet,
// or is a regular file or a symbolic link. Anything else (a directory,
// /dev/null, a FIFO) is refused: replacing it is never what was meant.
func CheckOutput(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case fi.Mode().IsRegular(), fi.Mode()&fs.ModeSymlink != 0:
		return nil
	case fi.IsDir():
		return fmt.Errorf("cannot write %s: it is a directory", path)
	}
	return fmt.Errorf("cannot write %s: it is not a regular file (%v); pynjit writes only regular files", path, fi.Mode().Type())
}

// createTemp creates a new file beside path, with perm less the umask
// (os.CreateTemp's files are always 0600).
func createTemp(path string, perm os.FileMode) (*os.File, error) {
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	for {
		f, err := os.OpenFile(prefix+strconv.FormatUint(rand.Uint64(), 36), os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}
