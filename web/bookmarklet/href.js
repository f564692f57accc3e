// href.js — turns bookmarklet.src.js into the javascript: address a reader
// drags to the bookmarks bar. Used by the page at load (install.js), with its
// own location.origin, and by build.mjs in Node for any other origin.
import { bookmarklet } from './bookmarklet.src.js';

// MAX_HREF is the length the address must stay under: browsers keep far
// longer bookmarks, but some bookmark editors and sync services truncate
// around 2,000 characters.
export const MAX_HREF = 2000;

const isWord = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '$';
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

// minify drops comments and every space a parser does not need. It knows
// quoted strings and comments and nothing more, which is all
// bookmarklet.src.js uses; it refuses what it does not know (template
// strings) rather than guess. A space is kept only between two word
// characters, and between two signs that would otherwise fuse (a + +b).
export function minify(src) {
  let out = '';
  let gap = false;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
      gap = true;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minify: unclosed comment');
      i = end + 2;
      gap = true;
    } else if (isSpace(c)) {
      i++;
      gap = true;
    } else if (c === '`') {
      throw new Error('minify: template strings are not supported');
    } else {
      let token = c;
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < src.length && src[j] !== c) {
          if (src[j] === '\n') throw new Error('minify: unclosed string');
          j += src[j] === '\\' ? 2 : 1;
        }
        if (j >= src.length) throw new Error('minify: unclosed string');
        token = src.slice(i, j + 1);
      }
      const last = out[out.length - 1];
      if (gap && last && ((isWord(last) && isWord(c)) || ((c === '+' || c === '-') && last === c))) out += ' ';
      out += token;
      i += token.length;
      gap = false;
    }
  }
  return out;
}

// escapeForURL percent-encodes what a javascript: address cannot carry
// as is: '%' (the browser decodes the address before running it), '#' (it
// would start a fragment), spaces, controls and anything beyond ASCII.
function escapeForURL(code) {
  let out = '';
  for (const ch of code) {
    const n = ch.codePointAt(0);
    out += ch === '%' || ch === '#' || n <= 0x20 || n >= 0x7f ? encodeURIComponent(ch) : ch;
  }
  return out;
}

// bookmarkletSource is the bookmarklet function's text as written. The page
// runs this module bundled (web/tools/build.mjs), and bundling reprints code
// (60000 becomes 6e4, quotes change), so the build defines
// BOOKMARKLET_SOURCE as the text it has here: the page offers the address
// build.mjs prints.
/* global BOOKMARKLET_SOURCE */
const bookmarkletSource = typeof BOOKMARKLET_SOURCE === 'string' ? BOOKMARKLET_SOURCE : String(bookmarklet);

// bookmarkletCode is the minified program for winnow served at origin.
export function bookmarkletCode(origin) {
  const o = new URL(origin).origin;
  if (o === 'null') throw new Error(`bookmarklet: ${origin} has no origin to open`);
  return `void(${minify(bookmarkletSource)})(${JSON.stringify(o)})`;
}

// bookmarkletHref is the address for the link: javascript: and the code.
export function bookmarkletHref(origin) {
  return `javascript:${escapeForURL(bookmarkletCode(origin))}`;
}
