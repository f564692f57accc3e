package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"slices"

	"winnow/cleaner"
)

// cleanConfig is the parsed command line of the clean command.
type cleanConfig struct {
	format     outputFormat
	outDir     string // "" prints to stdout
	baseURL    string
	dropImages bool
	maxBytes   int
	inputs     []string // file paths, URLs, or "-" for stdin; never empty
}

// runClean cleans each input and prints it, or writes it into -o DIR. Inputs
// are cleaned in parallel and emitted in the order given.
func runClean(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseCleanArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(stdout)
		return 0
	}
	if err != nil {
		fail(stderr, "%v", err)
		fmt.Fprintln(stderr, "Run 'winnow -h' for usage.")
		return 2
	}
	if slices.Contains(cfg.inputs, "-") && isTerminal(stdin) {
		// Without this a person who typed just "winnow" sees a hung command.
		fail(stderr, "reading the article from standard input (end it with Ctrl-D; 'winnow -h' for help)")
	}

	if cfg.outDir != "" {
		if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
			fail(stderr, "-o: %v", err)
			return 1
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	results := cleanAll(ctx, cfg, stdin)

	out := newEmitter(cfg, stdout)
	code := 0
	for i, name := range cfg.inputs {
		r := <-results[i]
		if out.broken {
			continue // already reported; just let the canceled workers finish
		}
		if r.err != nil {
			fail(stderr, "%s: %s", name, errorMessage(r.err))
			code = 1
			continue
		}
		if err := out.emit(name, r.article); err != nil {
			fail(stderr, "%s: %v", name, err)
			code = 1
			if out.broken {
				cancel() // the output is gone: stop cleaning what nobody will read
			}
		}
	}
	return code
}

// parseCleanArgs reads the flags and inputs. Flags may come before or after
// the inputs; after "--" every argument is an input. Its errors are usage
// errors (exit 2), or flag.ErrHelp for -h.
func parseCleanArgs(args []string) (cleanConfig, error) {
	fs, flags := newCleanFlagSet()
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return cleanConfig{}, err
	}
	cfg := cleanConfig{outDir: flags.outDir, baseURL: flags.baseURL, dropImages: flags.dropImages,
		maxBytes: flags.maxBytes, inputs: inputs}
	var ok bool
	if cfg.format, ok = lookupFormat(flags.format); !ok {
		return cfg, fmt.Errorf("unknown -format %q: use text, html, markdown or json", flags.format)
	}
	if cfg.maxBytes <= 0 {
		return cfg, fmt.Errorf("-max-bytes must be a positive number of bytes, not %d", cfg.maxBytes)
	}
	if cfg.baseURL != "" {
		u, err := url.Parse(cfg.baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return cfg, fmt.Errorf("-url %q is not an absolute http(s) URL", cfg.baseURL)
		}
	}
	if len(cfg.inputs) == 0 {
		cfg.inputs = []string{"-"}
	}
	if i := slices.Index(cfg.inputs, "-"); i >= 0 && slices.Contains(cfg.inputs[i+1:], "-") {
		return cfg, errors.New(`"-" (standard input) can be given only once`)
	}
	return cfg, nil
}

// cleanFlags are the raw flag values, checked by parseCleanArgs.
type cleanFlags struct {
	format, outDir, baseURL string
	dropImages              bool
	maxBytes                int
}

// newCleanFlagSet defines the clean command's flags. Their help is
// usageText, written by hand with examples.
func newCleanFlagSet() (*flag.FlagSet, *cleanFlags) {
	fs := flag.NewFlagSet("winnow", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // runClean reports errors itself, with the winnow: prefix
	fs.Usage = func() {}
	var f cleanFlags
	fs.StringVar(&f.format, "format", "text", "output format: text, html, markdown or json")
	fs.StringVar(&f.outDir, "o", "", "write one file per input into `DIR` instead of printing")
	fs.StringVar(&f.baseURL, "url", "", "base `URL` for relative links and images of files and stdin")
	fs.BoolVar(&f.dropImages, "drop-images", false, "remove every image from the article")
	fs.IntVar(&f.maxBytes, "max-bytes", cleaner.DefaultMaxBytes, "the largest input accepted, in `bytes`")
	return fs, &f
}

// parseInterspersed parses fs over args, collecting the non-flag arguments
// wherever they stand, so that "winnow page.html -format json" works.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(inputs, rest...), nil
		}
		if len(rest) == 0 {
			return inputs, nil
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}

// cleanResult is one input's outcome.
type cleanResult struct {
	article *cleaner.Article
	err     error
}

// cleanAll starts a bounded pool of workers, one per core, and returns a
// channel per input that delivers its result. Reading the channels in order
// keeps the output in input order while later inputs are still being
// cleaned.
func cleanAll(ctx context.Context, cfg cleanConfig, stdin io.Reader) []chan cleanResult {
	results := make([]chan cleanResult, len(cfg.inputs))
	for i := range results {
		results[i] = make(chan cleanResult, 1) // buffered: workers never wait for the printer
	}
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range cfg.inputs {
			jobs <- i
		}
	}()
	workers := min(runtime.GOMAXPROCS(0), len(cfg.inputs))
	for range workers {
		go func() {
			for i := range jobs {
				a, err := cleanOne(ctx, cfg, cfg.inputs[i], stdin)
				results[i] <- cleanResult{a, err}
			}
		}()
	}
	return results
}

// cleanOne reads one input and hands it to the cleaner. The CLI holds no
// cleaning logic: decoding, detection and extraction are all cleaner.Clean's.
func cleanOne(ctx context.Context, cfg cleanConfig, name string, stdin io.Reader) (*cleaner.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	src, err := readSource(ctx, name, cfg, stdin) // source.go
	if err != nil {
		return nil, err
	}
	return cleanRecovering(src.body, cleaner.Options{
		BaseURL:     src.baseURL,
		ContentType: src.contentType,
		DropImages:  cfg.dropImages,
		MaxBytes:    cfg.maxBytes,
		// Only JSON carries the removed blocks' HTML.
		SkipRemovedHTML: !cfg.format.removedHTML,
	})
}

// cleanPage is the cleaner; the tests put one that panics in its place.
var cleanPage = cleaner.Clean

// cleanRecovering runs cleanPage and turns a panic, a bug in winnow, into
// that input's error: the other inputs are still cleaned and written, and
// the exit status says one failed.
func cleanRecovering(body []byte, opts cleaner.Options) (a *cleaner.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			a, err = nil, fmt.Errorf("internal error, a bug in winnow (please report it with this input): %v", v)
		}
	}()
	return cleanPage(body, opts)
}

// errorMessage says what went wrong with an input, for a person. The
// cleaner's sentinel errors get a fixed wording (whatever pass reported
// them); everything else keeps its own detail.
func errorMessage(err error) string {
	switch {
	case errors.Is(err, cleaner.ErrEmpty):
		return "empty input: there is nothing to clean"
	case errors.Is(err, cleaner.ErrNoContent):
		return "no readable article found"
	}
	return err.Error()
}

// isTerminal reports whether r is an interactive terminal: a character
// device other than the null device (which is one too).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
