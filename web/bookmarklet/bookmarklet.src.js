// bookmarklet.src.js — the code a reader's bookmark runs on the page in front
// of them. It is never loaded as a script there: href.js takes this function's
// source text, minifies it and makes it a javascript: address that calls it
// with winnow's origin. So it must stand alone (no outside names but the
// page's own globals), and it is written for href.js's small minifier: no
// regular-expression literals, no template strings, every statement ended by
// a semicolon.
//
// It injects nothing into the page and requests nothing from it, so a strict
// Content-Security-Policy (no inline script, connect-src and frame-src
// 'none') has nothing to block: it reads the DOM, opens winnow in a new tab
// and talks to that tab with postMessage, which no CSP directive governs.
export function bookmarklet(origin) {
  var doc = document;
  var sel = window.getSelection();
  var payload = { type: 'winnow:page', version: 1, html: '', url: location.href, title: doc.title };
  // A selection is sent alone (its HTML, and its text for the case where
  // the HTML is empty); else the live DOM, after the page's scripts ran.
  if (sel && sel.rangeCount && !sel.isCollapsed) {
    var box = doc.createElement('div');
    for (var i = 0; i < sel.rangeCount; i++) box.appendChild(sel.getRangeAt(i).cloneContents());
    payload.html = box.innerHTML;
    payload.selection = sel.toString();
  } else {
    payload.html = doc.documentElement.outerHTML;
  }
  var say = function (text) {
    window.alert('winnow: ' + text);
  };
  var tab = window.open(origin + '/#from=bookmarklet');
  if (!tab) {
    say('the browser blocked the new tab. Allow pop-ups for this site, then click the bookmark again.');
    return;
  }
  var waited = 0;
  var timer;
  var stop = function () {
    window.removeEventListener('message', listen);
    clearInterval(timer);
  };
  // listen waits for the tab's own "ready": from that window, from winnow's
  // origin. The page is then posted to winnow's origin only, so if the tab
  // was navigated elsewhere meanwhile, the browser drops the message.
  var listen = function (event) {
    var data = event.data;
    if (event.source !== tab || event.origin !== origin || !data || data.type !== 'winnow:ready') return;
    stop();
    tab.postMessage(payload, origin);
  };
  window.addEventListener('message', listen);
  // A site that sends Cross-Origin-Opener-Policy cuts the link to the new
  // tab at once: it then reads as closed, and would never answer.
  timer = setInterval(function () {
    waited += 250;
    if (tab.closed || waited >= 60000) {
      stop();
      say('the link to the new tab was cut (this site isolates itself from other tabs, or the tab was closed) before the page could be handed over. Copy the article and paste it into winnow instead.');
    }
  }, 250);
}
