//go:build !linux

package cleaner

import "time"

// processCPUTime is not measured here; see cputime_linux_test.go.
func processCPUTime() (time.Duration, bool) { return 0, false }
