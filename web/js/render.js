// render.js — shows a cleaned Article: the reading view, the "what was
// removed" panel and the comments aside. The article body is inserted only
// as Article.html, which the cleaner has sanitized; every other field goes in
// through textContent.

const $ = (id) => document.getElementById(id);

// fragmentFrom parses sanitized HTML in an inert template (nothing loads or
// runs there), then readies it for display.
export function fragmentFrom(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  prepareMarkers(tpl.content);
  prepareMedia(tpl.content);
  return tpl.content;
}

// prepareMarkers hides the cleaner's removal markers (empty spans) and, where
// one stands directly in a list, makes it a list item, so that the list stays
// a valid list for assistive technology and can take a removed item back.
function prepareMarkers(root) {
  for (const marker of root.querySelectorAll('[data-winnow-removed]')) {
    marker.hidden = true;
    const parent = marker.parentElement;
    if (parent && /^(ul|ol)$/.test(parent.localName) && marker.localName !== 'li') {
      const li = document.createElement('li');
      li.hidden = true;
      li.dataset.winnowRemoved = marker.dataset.winnowRemoved;
      marker.replaceWith(li);
    }
  }
}

// prepareMedia keeps only absolute media URLs: a relative one left without a
// base URL would point at winnow's own server, where it cannot exist. Links
// open in a new tab, so following one keeps the reading view.
function prepareMedia(root) {
  const absolute = /^(https?:|data:image\/)/i;
  for (const el of root.querySelectorAll('img[src], source[src], video[src], audio[src]')) {
    if (!absolute.test(el.getAttribute('src').trim())) el.removeAttribute('src');
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const urls = el.getAttribute('srcset').split(',').map((c) => c.trim().split(/\s+/)[0]);
    if (!urls.every((u) => absolute.test(u))) el.removeAttribute('srcset');
  }
  for (const el of root.querySelectorAll('video[poster]')) {
    if (!absolute.test(el.getAttribute('poster').trim())) el.removeAttribute('poster');
  }
  for (const a of root.querySelectorAll('a[href]')) {
    if (/^https?:/i.test(a.getAttribute('href'))) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    }
  }
}

// formatDate writes a date as the reader's locale does. The cleaner gives a
// day ("2024-03-05") or a month ("2024-03") without a time of day when the
// page gave none; JavaScript reads those as midnight UTC, so they are
// written in UTC, or readers west of Greenwich would see the day before.
function formatDate(iso) {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso || '';
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const monthOnly = /^\d{4}-\d{2}$/.test(iso);
  const options = monthOnly ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  if (dayOnly || monthOnly) options.timeZone = 'UTC';
  return d.toLocaleDateString(undefined, options);
}

// metaLine fills the byline · site · date · reading time line.
function metaLine(el, article) {
  el.replaceChildren();
  const parts = [];
  if (article.byline) parts.push(document.createTextNode(article.byline));
  if (article.siteName) parts.push(document.createTextNode(article.siteName));
  if (article.published) {
    const time = document.createElement('time');
    time.dateTime = article.published;
    time.textContent = formatDate(article.published);
    parts.push(time);
  }
  if (article.readingMinutes > 0) {
    parts.push(document.createTextNode(`${article.readingMinutes} min read`));
  }
  parts.forEach((node, i) => {
    if (i > 0) el.append(' · ');
    el.append(node);
  });
  el.hidden = parts.length === 0;
}

// The state of the current article: which removals are restored.
let current = null;
const restored = new Set();

export function renderArticle(article) {
  current = article;
  restored.clear();
  const reader = $('reader');
  if (article.lang) reader.lang = article.lang;
  else reader.removeAttribute('lang');
  reader.dir = article.dir === 'rtl' ? 'rtl' : article.dir === 'ltr' ? 'ltr' : 'auto';
  $('reader-title').textContent = article.title || 'Untitled';
  metaLine($('reader-meta'), article);
  $('reader-body').replaceChildren(fragmentFrom(article.html || ''));
  reader.hidden = false;
  renderRemoved(article.removed || []);
  renderComments(article.comments || []);
  if ($('show-removed').checked) showInPlace(true);
}

export function currentArticle() {
  return current;
}

function renderRemoved(removed) {
  const panel = $('removed-panel');
  const list = $('removed-list');
  list.replaceChildren();
  $('removed-title').textContent = removed.length
    ? `What was removed (${removed.length})`
    : 'What was removed: nothing';
  for (const r of removed) {
    const li = document.createElement('li');
    li.id = `removed-${r.id}`;
    li.dataset.removal = r.id;
    const rule = document.createElement('span');
    rule.className = 'rule';
    rule.textContent = r.rule;
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.textContent = r.reason;
    // A block with no words (an ad's image, an empty frame) still gets a
    // line that says so, rather than an empty pair of quotes.
    const worded = r.text.trim() !== '';
    const excerpt = document.createElement(worded ? 'q' : 'span');
    excerpt.className = worded ? 'excerpt' : 'excerpt wordless';
    excerpt.textContent = worded ? r.text : 'No words: an image, a frame or an empty block.';
    excerpt.id = `removed-text-${r.id}`;
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = r.inArticle ? 'Inside the article. ' : 'Outside the article. ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'restore';
    button.dataset.restore = r.id;
    button.textContent = 'Restore';
    button.setAttribute('aria-describedby', excerpt.id);
    button.addEventListener('click', () => toggleRestore(r, button));
    li.append(rule, reason, excerpt, where, button);
    list.append(li);
  }
  panel.hidden = false;
}

function renderComments(comments) {
  const details = $('comments');
  details.open = false;
  $('comments-summary').textContent = `Comments (${comments.length})`;
  const list = $('comments-list');
  list.replaceChildren();
  for (const c of comments) {
    const li = document.createElement('li');
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = c.author || 'Anonymous';
    li.append(who);
    if (c.published) {
      const when = document.createElement('time');
      when.className = 'when';
      when.dateTime = c.published;
      when.textContent = ` · ${formatDate(c.published)}`;
      li.append(when);
    }
    const said = document.createElement('p');
    said.className = 'said';
    said.textContent = c.text;
    li.append(said);
    list.append(li);
  }
  details.hidden = comments.length === 0;
}

// markerOf finds where removal r stood: its marker in the article, or inside
// another removed block already shown.
function markerOf(id) {
  return [...$('reader-body').querySelectorAll('[data-winnow-removed]')]
    .find((m) => m.dataset.winnowRemoved === id) || null;
}

// place shows removal r (kind "removed-inplace" or "restored") where it
// stood, else at the end of the article. In a list it becomes a list item,
// and loose list items are given a list, so the markup stays valid.
function place(r, kind, label) {
  const marker = markerOf(r.id);
  const inList = marker && /^(ul|ol)$/.test(marker.parentElement?.localName);
  const el = document.createElement(inList ? 'li' : 'div');
  el.className = kind;
  el.dataset.for = r.id;
  el.dataset.label = label;
  if (r.html) {
    const content = fragmentFrom(r.html);
    const items = [...content.children].filter((c) => c.localName === 'li');
    if (inList && items.length === 1 && content.children.length === 1) {
      el.append(...items[0].childNodes); // the item itself becomes el
    } else {
      if (!inList && items.length > 0) {
        const ul = document.createElement('ul');
        ul.append(...items);
        content.append(ul);
      }
      el.append(content);
    }
  } else {
    const p = document.createElement('p');
    p.textContent = r.text;
    el.append(p);
  }
  if (marker) marker.after(el);
  else $('reader-body').append(el);
}

const removedLabel = (r) => `Removed by ${r.rule}: ${r.reason}`;

function previewOf(id) {
  return $('reader-body').querySelector(`.removed-inplace[data-for="${CSS.escape(id)}"]`);
}

// showInPlace shows (or hides) every removed block, not yet restored, in the
// reading view, visibly marked as removed. Later removals go first: a block
// removed later may hold the marker of one removed before it.
export function showInPlace(on) {
  for (const el of $('reader-body').querySelectorAll('.removed-inplace')) el.remove();
  if (!on || !current) return;
  for (const r of [...(current.removed || [])].reverse()) {
    if (!restored.has(r.id)) place(r, 'removed-inplace', removedLabel(r));
  }
}

function toggleRestore(r, button) {
  if (restored.has(r.id)) {
    $('reader-body').querySelector(`.restored[data-for="${CSS.escape(r.id)}"]`)?.remove();
    restored.delete(r.id);
    button.textContent = 'Restore';
    if ($('show-removed').checked) place(r, 'removed-inplace', removedLabel(r));
    return;
  }
  previewOf(r.id)?.remove();
  place(r, 'restored', `Restored (${r.rule})`);
  restored.add(r.id);
  button.textContent = 'Remove again';
  // Previews nested in this block went with it; lay them out again.
  if ($('show-removed').checked) showInPlace(true);
}
