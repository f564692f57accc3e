// precompress.mjs — writes a file's gzip and brotli forms beside it (FILE.gz,
// FILE.br), as `winnow serve` sends them to a browser that accepts them: the
// strongest settings of each, since they are made once and read on every
// first visit. Used by build.mjs for winnow.wasm and by web/bench/bench.mjs
// for the floors it times beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function precompress(path, bytes = readFileSync(path)) {
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
}
