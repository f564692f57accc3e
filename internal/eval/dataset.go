package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// commentsMark separates the article from the comments in a dragnet gold file.
const commentsMark = "!@#$%^&*()  COMMENTS"

// Layout names a dataset's file layout.
const (
	LayoutZyte    = "zyte"    // html/<id>.html.gz + ground-truth.json
	LayoutDragnet = "dragnet" // html/<id>.html.gz + gold/<id>.txt
)

// Page is one labelled page.
type Page struct {
	ID       string
	HTML     []byte // decompressed
	URL      string // where the set records it
	Article  string // gold article text
	Comments string // gold comment text (dragnet), empty when none
}

// DetectLayout tells a dataset's layout from the files in dir.
func DetectLayout(dir string) (string, error) {
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err == nil {
		return LayoutZyte, nil
	}
	if st, err := os.Stat(filepath.Join(dir, "gold")); err == nil && st.IsDir() {
		return LayoutDragnet, nil
	}
	return "", fmt.Errorf("%s: not a dataset: expected ground-truth.json or gold/ beside html/", dir)
}

// Load reads every page of the dataset in dir, sorted by id. limit > 0 keeps
// only the first limit pages.
func Load(dir string, limit int) (layout string, pages []Page, err error) {
	layout, err = DetectLayout(dir)
	if err != nil {
		return "", nil, err
	}
	switch layout {
	case LayoutZyte:
		pages, err = loadZyte(dir, limit)
	default:
		pages, err = loadDragnet(dir, limit)
	}
	return layout, pages, err
}

func loadZyte(dir string, limit int) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	ids = sortIDs(ids, limit)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		t := truth[id]
		pages = append(pages, Page{ID: id, HTML: html, URL: t.URL, Article: t.ArticleBody})
	}
	return pages, nil
}

func loadDragnet(dir string, limit int) ([]Page, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.txt"))
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(golds))
	for _, g := range golds {
		ids = append(ids, strings.TrimSuffix(filepath.Base(g), ".txt"))
	}
	ids = sortIDs(ids, limit)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		gold, err := os.ReadFile(filepath.Join(dir, "gold", id+".txt"))
		if err != nil {
			return nil, err
		}
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if errors.Is(err, os.ErrNotExist) {
			html = nil // scored as an empty output, as the reference does
		} else if err != nil {
			return nil, err
		}
		text := strings.ToValidUTF8(string(gold), "\uFFFD")
		article, comments, _ := strings.Cut(text, commentsMark)
		pages = append(pages, Page{ID: id, HTML: html, Article: article, Comments: comments})
	}
	return pages, nil
}

// sortIDs orders ids numerically where they are numbers, then cuts to limit.
func sortIDs(ids []string, limit int) []string {
	sort.Slice(ids, func(i, j int) bool {
		if len(ids[i]) != len(ids[j]) {
			return len(ids[i]) < len(ids[j])
		}
		return ids[i] < ids[j]
	})
	if limit > 0 && limit < len(ids) {
		ids = ids[:limit]
	}
	return ids
}

func readGzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
