// prefs.js — the reader's choices of theme and typography, applied to the
// page through CSS variables and remembered in localStorage.

const KEY = 'winnow.prefs';

// Each preference names its control and how it reaches the CSS. Only values
// offered by the control are accepted, so a tampered localStorage cannot
// inject anything.
const PREFS = [
  { name: 'theme', control: 'theme', apply: (root, v) => (v === 'auto' ? root.removeAttribute('data-theme') : root.setAttribute('data-theme', v)) },
  { name: 'size', control: 'font-size', apply: (root, v) => root.style.setProperty('--reader-size', `${v}px`) },
  { name: 'font', control: 'font-family', apply: (root, v) => root.setAttribute('data-font', v) },
  { name: 'width', control: 'width', apply: (root, v) => root.style.setProperty('--reader-width', `${v}em`) },
  { name: 'leading', control: 'line-height', apply: (root, v) => root.style.setProperty('--reader-leading', v) },
];

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || '{}');
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

function save(prefs) {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage may be off (private mode, quota); choices then last for this visit.
  }
}

// allowed lists the values a control offers: radio values or select options.
function allowed(doc, control) {
  const select = doc.getElementById(control);
  if (select) return [...select.options].map((o) => o.value);
  return [...doc.querySelectorAll(`input[name="${control}"]`)].map((r) => r.value);
}

function current(doc, control) {
  const select = doc.getElementById(control);
  if (select) return select.value;
  return doc.querySelector(`input[name="${control}"]:checked`)?.value;
}

function setControl(doc, control, value) {
  const select = doc.getElementById(control);
  if (select) {
    select.value = value;
    return;
  }
  const radio = [...doc.querySelectorAll(`input[name="${control}"]`)].find((r) => r.value === value);
  if (radio) radio.checked = true;
}

// initPrefs restores saved choices, applies them, and keeps them in sync with
// the controls from then on. It returns a getter for the current values.
export function initPrefs(doc = document) {
  const root = doc.documentElement;
  const prefs = load();
  for (const p of PREFS) {
    const ok = allowed(doc, p.control);
    if (!ok.includes(prefs[p.name])) prefs[p.name] = current(doc, p.control);
    setControl(doc, p.control, prefs[p.name]);
    p.apply(root, prefs[p.name]);
  }
  for (const p of PREFS) {
    const targets = doc.getElementById(p.control)
      ? [doc.getElementById(p.control)]
      : [...doc.querySelectorAll(`input[name="${p.control}"]`)];
    for (const el of targets) {
      el.addEventListener('change', () => {
        prefs[p.name] = current(doc, p.control);
        p.apply(root, prefs[p.name]);
        save(prefs);
      });
    }
  }
  return () => ({ ...prefs });
}
