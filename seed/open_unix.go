//go:build unix

package seed

import "syscall"

// openFlags keep the open of a report's file from following a link or
// waiting on a pipe swapped in after its mode was checked.
const openFlags = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
