// exports.js — copy the clean article as HTML, Markdown or plain text, and
// download it as a standalone .html (styles inlined, works offline) or .md.
import { currentArticle } from './render.js';

const $ = (id) => document.getElementById(id);

// articleFragment is the reading view as the reader sees it now (restored
// blocks in, in-place previews and markers out), headed by the title.
function articleFragment(doc = document) {
  const article = currentArticle();
  const wrap = doc.createElement('div');
  const h1 = doc.createElement('h1');
  h1.textContent = article.title || 'Untitled';
  wrap.append(h1);
  const meta = $('reader-meta');
  if (!meta.hidden) {
    const p = doc.createElement('p');
    p.className = 'meta';
    p.textContent = meta.textContent;
    wrap.append(p);
  }
  const body = doc.importNode($('reader-body'), true);
  body.querySelectorAll('.removed-inplace, [data-winnow-removed]').forEach((el) => el.remove());
  body.querySelectorAll('.restored').forEach((el) => {
    if (el.localName === 'li') {
      el.removeAttribute('class');
      el.removeAttribute('data-for');
      el.removeAttribute('data-label');
    } else {
      el.replaceWith(...el.childNodes);
    }
  });
  body.removeAttribute('id');
  wrap.append(...body.childNodes);
  return wrap;
}

export function articleHTML() {
  return articleFragment().innerHTML;
}

export function articleMarkdown() {
  const a = currentArticle();
  const title = (a.title || 'Untitled').replace(/([\\`*_#[\]<>])/g, '\\$1');
  return `# ${title}\n\n${a.markdown.trim()}\n`;
}

export function articleText() {
  const a = currentArticle();
  return `${a.title || 'Untitled'}\n\n${a.text.trim()}\n`;
}

// standaloneHTML builds a whole document around the article, with the
// reading styles inlined and a CSP that lets nothing run.
export async function standaloneHTML(prefs) {
  const a = currentArticle();
  const css = await (await fetch('article.css')).text();
  const doc = document.implementation.createHTMLDocument(a.title || 'Untitled');
  const root = doc.documentElement;
  if (a.lang) root.lang = a.lang;
  if (a.dir === 'rtl') root.dir = 'rtl';
  if (prefs.theme && prefs.theme !== 'auto') root.setAttribute('data-theme', prefs.theme);
  if (prefs.font === 'sans') root.setAttribute('data-font', 'sans');

  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const csp = doc.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = "default-src 'none'; img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'";
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  // The stylesheet goes in as text after serializing: a <style> element
  // built in a document made from this page would fall under the page's CSP.
  // It is winnow's own article.css plus numbers from a fixed list (prefs.js).
  const styles = `${css}\n:root { --reader-size: ${Number(prefs.size) || 20}px; `
    + `--reader-width: ${Number(prefs.width) || 38}em; --reader-leading: ${Number(prefs.leading) || 1.6}; }\n`
    + 'body { margin: 0; padding: 2rem 1rem; }\n';
  const slot = doc.createComment('winnow-styles');
  doc.head.prepend(charset);
  doc.head.append(viewport, csp, slot);

  const article = doc.createElement('article');
  article.className = 'reader';
  article.append(...articleFragment(doc).childNodes);
  doc.body.append(article);
  // The marker is the slot's own serialization, not written out here: the
  // page's script is inlined into index.html (web/tools/build.mjs), which
  // takes no comment opener in it.
  const marker = new XMLSerializer().serializeToString(slot);
  const html = root.outerHTML.replace(marker,
    () => `<style>\n${styles.replace(/<\/style/gi, '<\\/style')}</style>`);
  return `<!doctype html>\n${html}\n`;
}

function fileName(ext) {
  const a = currentArticle();
  const slug = (a.title || 'article').toLowerCase().normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${slug || 'article'}.${ext}`;
}

function download(text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// copyHTML puts the HTML on the clipboard both as rich text and as source.
// It goes through a copy event: navigator.clipboard.write would re-serialize
// the HTML with inline styles, which the page's CSP (rightly) refuses.
async function copyHTML(html) {
  let copied = false;
  const onCopy = (event) => {
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', html);
    event.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (!copied) await navigator.clipboard.writeText(html);
}

// runExport performs one export by its name (the buttons' data-export) and
// returns a line for the status bar.
export async function runExport(name, prefs) {
  switch (name) {
    case 'copy-html':
      await copyHTML(articleHTML());
      return 'Copied the article as HTML.';
    case 'copy-markdown':
      await navigator.clipboard.writeText(articleMarkdown());
      return 'Copied the article as Markdown.';
    case 'copy-text':
      await navigator.clipboard.writeText(articleText());
      return 'Copied the article as plain text.';
    case 'download-html':
      download(await standaloneHTML(prefs), 'text/html;charset=utf-8', fileName('html'));
      return 'Downloaded the article as a standalone HTML file.';
    case 'download-markdown':
      download(articleMarkdown(), 'text/markdown;charset=utf-8', fileName('md'));
      return 'Downloaded the article as Markdown.';
    default:
      throw new Error(`unknown export ${name}`);
  }
}
