package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"winnow/cleaner"
	"winnow/internal/fetch"
)

// errorStatus maps an error the endpoint can meet to its HTTP status.
type errorStatus struct {
	err    error
	status int
}

// errorStatuses is built on use: its values are other packages' variables.
// Order matters only in that the first match wins.
func errorStatuses() []errorStatus {
	return []errorStatus{
		{cleaner.ErrEmpty, http.StatusBadRequest},
		{cleaner.ErrTooLarge, http.StatusRequestEntityTooLarge},
		{cleaner.ErrBinary, http.StatusUnsupportedMediaType},
		{cleaner.ErrNoContent, http.StatusUnprocessableEntity},
		{fetch.ErrScheme, http.StatusBadRequest},
		{fetch.ErrForbidden, http.StatusForbidden},
		{fetch.ErrTimeout, http.StatusGatewayTimeout},
		{fetch.ErrTooLarge, http.StatusBadGateway},
		{fetch.ErrStatus, http.StatusBadGateway},
		{errBusy, http.StatusServiceUnavailable},
		{errInternal, http.StatusInternalServerError},
	}
}

// statusFor picks the status for err. For a fetched page (fetched), an
// empty or binary page is the site's doing, not the client's: nothing
// readable was found (422); any other fetch failure (no such host, refused
// connection) is the site failing (502).
func statusFor(err error, fetched bool) int {
	if fetched && (errors.Is(err, cleaner.ErrEmpty) || errors.Is(err, cleaner.ErrBinary)) {
		return http.StatusUnprocessableEntity
	}
	for _, m := range errorStatuses() {
		if errors.Is(err, m.err) {
			return m.status
		}
	}
	if fetched {
		return http.StatusBadGateway
	}
	return http.StatusInternalServerError
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, "method not allowed: use "+allow)
}

// writeError writes {"error": message} with status.
func writeError(w http.ResponseWriter, status int, message string) {
	body, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{message})
	w.Header().Set("Cache-Control", "no-store")
	writeBody(w, status, "application/json; charset=utf-8", append(body, '\n'))
}

// writeBody writes the whole response in one Write, with its length (the
// Worker then streams it as a fixed-length body).
func writeBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	hd := w.Header()
	hd.Set("Content-Type", contentType)
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	hd.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body)
}
