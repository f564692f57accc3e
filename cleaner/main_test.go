package cleaner

import (
	"flag"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		// Checks that would slow the benchmarks.
		checkIndexWhileTesting()   // vocabulary_test.go
		checkAdoptedWhileTesting() // reparse_test.go
		checkCountsWhileTesting()  // content_test.go
		checkCoverWhileTesting()   // wording_test.go
		checkHrefsWhileTesting()   // sanitize_test.go
		checkResolveWhileTesting() // normalize_test.go
	}
	os.Exit(m.Run())
}
