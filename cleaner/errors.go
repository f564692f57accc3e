package cleaner

import "errors"

// Errors returned by Clean. Doors map them to messages and status codes with
// errors.Is; the wrapped message names the detail (a limit, a byte offset).
var (
	// ErrEmpty: the input is empty or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: the input is not text (an image, an archive, a PDF…).
	ErrBinary = errors.New("input is binary, not HTML or text")
	// ErrTooLarge: the input is over Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrNoContent: the input parsed, but no readable article was found.
	ErrNoContent = errors.New("no readable article found")
)
