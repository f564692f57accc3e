package cleaner

import (
	"flag"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		checkIndexWhileTesting() // vocabulary_test.go; it would slow the benchmarks
	}
	os.Exit(m.Run())
}
