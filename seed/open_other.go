//go:build !unix

package seed

// openFlags: elsewhere the mode checks before and after the open stand alone.
const openFlags = 0
