// build.mjs — prints the bookmarklet's javascript: address for winnow served
// at ORIGIN (the page makes its own from location.origin; this is for
// installing one by hand, or checking its size).
//
//   node web/bookmarklet/build.mjs ORIGIN
//   node web/bookmarklet/build.mjs --code ORIGIN   (the program, not encoded)

import { MAX_HREF, bookmarkletCode, bookmarkletHref } from './href.js';

const args = process.argv.slice(2);
const codeOnly = args[0] === '--code';
const origin = codeOnly ? args[1] : args[0];
if (!origin) {
  console.error('usage: node web/bookmarklet/build.mjs [--code] ORIGIN   (e.g. http://127.0.0.1:8080)');
  process.exit(2);
}
let href;
try {
  href = bookmarkletHref(origin);
} catch (err) {
  console.error(`${err.message}`);
  process.exit(2);
}
if (href.length >= MAX_HREF) {
  console.error(`bookmarklet: ${href.length} characters, over the ${MAX_HREF} limit`);
  process.exit(1);
}
console.log(codeOnly ? bookmarkletCode(origin) : href);
