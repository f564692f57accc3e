package cleaner

import (
	"syscall"
	"time"
)

// processCPUTime is the CPU time the process has used, user and system,
// on all its threads: the garbage collector's workers count too. Unlike
// the wall clock it does not count the time other programs had the CPU,
// so figures from a busy machine stay comparable.
func processCPUTime() (time.Duration, bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, false
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), true
}
