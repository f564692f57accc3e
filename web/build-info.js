// build-info.js — facts about this build. `make web` rewrites this file in
// dist/web; these are the values when web/ is served straight from source.
export const version = 'dev';
// wasmSize is winnow.wasm's size before compression: the total for the
// download progress bar when the server sends it compressed.
export const wasmSize = 0;
