module winnow

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.14.0
	github.com/microcosm-cc/bluemonday v1.0.27
	golang.org/x/net v0.62.0
)

require (
	github.com/andybalholm/cascadia v1.3.5
	github.com/aymerick/douceur v0.2.0 // indirect
	github.com/evanw/esbuild v0.28.2 // indirect
	github.com/gorilla/css v1.0.1 // indirect
	github.com/syumai/workers v0.32.0
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0
)

// esbuild bundles the web page's modules into one file (web/tools/build.mjs).
tool github.com/evanw/esbuild/cmd/esbuild
