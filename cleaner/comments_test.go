package cleaner

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// passDocument builds a document of the given kind from markup, without the
// other passes.
func passDocument(t *testing.T, kind, src string) *document {
	t.Helper()
	dom, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return &document{kind: kind, dom: dom, art: &Article{}}
}

// assertRemovals checks that each of gone was removed (its text starts a
// removal's text or is inside it) under the rule at the same index, and that
// each of kept is still in the page.
func assertRemovals(t *testing.T, d *document, gone, rules, kept []string) {
	t.Helper()
	body := collapseSpace(d.dom.Find("body").Text())
	for i, g := range gone {
		found := false
		for _, r := range d.removals {
			if strings.Contains(r.Text, g) {
				found = true
				if i < len(rules) && r.Rule != rules[i] {
					t.Errorf("%q removed as %s, want %s", g, r.Rule, rules[i])
				}
				break
			}
		}
		if !found {
			t.Errorf("%q not removed; removals: %v", g, ruleList(d))
		}
		if strings.Contains(body, g) {
			t.Errorf("%q still in the page", g)
		}
	}
	for _, k := range kept {
		if !strings.Contains(body, k) {
			t.Errorf("%q was removed; removals: %v", k, ruleList(d))
		}
	}
}

func ruleList(d *document) []string {
	var out []string
	for _, r := range d.removals {
		out = append(out, r.Rule+": "+truncateRunes(r.Text, 50))
	}
	return out
}

// storyHTML is a short article for the comment and furniture tests.
const storyHTML = `<article class="post"><h1>The Orchard in Winter</h1>
<p>In winter the orchard is quiet, and the old trees stand in rows of grey against the snow while the pruners work.</p>
<p>The pruners start in January, cutting back the water shoots so that light reaches the fruiting wood in summer.</p>
<p>By March the cuttings are piled at the end of each row, and the farm burns them on a still, damp morning.</p>
</article>`

func TestRemoveComments(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		gone    []string
		rules   []string
		kept    []string
		authors []string // of the extracted comments, in order
	}{
		{
			name: "wordpress list and respond form",
			src: `<body>` + storyHTML + `<div id="comments" class="comments-area">
				<h2 class="comments-title">2 thoughts on “The Orchard in Winter”</h2>
				<ol class="comment-list">
				<li id="comment-11" class="comment even depth-1"><article id="div-comment-11" class="comment-body">
					<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ida Holm</b> <span class="says">says:</span></div>
					<div class="comment-metadata"><a href="#"><time datetime="2026-01-12T08:10:00+00:00">January 12, 2026 at 8:10 am</time></a></div></footer>
					<div class="comment-content"><p>We pruned ours last week.</p><p>The snow made it hard.</p></div>
					<div class="reply"><a class="comment-reply-link">Reply</a></div></article>
					<ol class="children"><li id="comment-12" class="comment odd depth-2"><article id="div-comment-12" class="comment-body">
					<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Per Sand</b></div>
					<div class="comment-metadata"><time datetime="2026-01-13T09:00:00+00:00">January 13, 2026</time></div></footer>
					<div class="comment-content"><p>Same here.</p></div></article></li></ol></li>
				</ol>
				<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div>
			</div></body>`,
			gone:    []string{"2 thoughts on"},
			rules:   []string{"comments.wordpress"},
			kept:    []string{"In winter the orchard is quiet", "The Orchard in Winter"},
			authors: []string{"Ida Holm", "Per Sand"},
		},
		{
			name:  "disqus",
			src:   `<body>` + storyHTML + `<div id="disqus_thread"><p>Comments powered by Disqus.</p></div></body>`,
			gone:  []string{"powered by Disqus"},
			rules: []string{"comments.disqus"},
			kept:  []string{"The pruners start in January"},
		},
		{
			name:  "facebook, both forms",
			src:   `<body>` + storyHTML + `<div class="fb-comments" data-href="x"><span>Facebook comments</span></div><fb:comments href="x">Loading comments</fb:comments></body>`,
			gone:  []string{"Facebook comments", "Loading comments"},
			rules: []string{"comments.facebook", "comments.facebook"},
			kept:  []string{"By March the cuttings"},
		},
		{
			name: "generic reader comments with schema.org entries",
			src: `<body>` + storyHTML + `<section class="reader-comments"><h3>Reader comments</h3>
				<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Lena</span>
				<time datetime="2026-02-01">Feb 1</time><p itemprop="text">Beautiful photos.</p></div></section></body>`,
			gone:    []string{"Reader comments"},
			rules:   []string{"comments.generic"},
			kept:    []string{"In winter the orchard"},
			authors: []string{"Lena"},
		},
		{
			name: "code comments, comment-content wrapper, comments-open body",
			src: `<body class="single comments-open has-comments"><div class="comment-content entry-content comment-area-none">` + storyHTML +
				`<pre><code><span class="comment">// prune the water shoots</span>
<span class="hljs-comment"># and burn the cuttings</span> <span class="token comment">/* later */</span> <span class="c1">// done</span></code></pre>
				<p>Readers often leave comments about pruning, and the comments section is busy in January.</p></div></body>`,
			kept: []string{"prune the water shoots", "and burn the cuttings", "Readers often leave comments", "In winter the orchard"},
		},
		{
			name: "a #comments wrapper around the article is not a comment section",
			src:  `<body><div id="comments">` + storyHTML + `</div></body>`,
			kept: []string{"In winter the orchard", "By March the cuttings"},
		},
		{
			name: "comment list longer than the article still goes",
			src: `<body><article><p>A short note on pruning, written in a hurry before the storm came in.</p></article>
				<ol class="commentlist">` + strings.Repeat(`<li class="comment"><cite>Someone</cite><p>`+strings.Repeat("A long reply about pruning fruit trees in winter. ", 6)+`</p></li>`, 3) + `</ol></body>`,
			gone:    []string{"Someone"},
			rules:   []string{"comments.wordpress"},
			kept:    []string{"A short note on pruning"},
			authors: []string{"Someone", "Someone", "Someone"},
		},
		{
			name: "blogger",
			src: `<body>` + storyHTML + `<div class="comments" id="comments"><h4>3 comments:</h4>
				<div class="comment-thread"><ol><li class="comment" id="c1"><div class="comment-block"><div class="comment-header"><cite class="user">Noor</cite>
				<span class="datetime">5 March 2026</span></div><p class="comment-content">Lovely orchard.</p></div></li></ol></div></div></body>`,
			gone:    []string{"3 comments:"},
			rules:   []string{"comments.blogger"},
			kept:    []string{"In winter the orchard"},
			authors: []string{"Noor"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, KindDocument, tt.src)
			if err := removeComments(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
			var authors []string
			for _, c := range d.comments {
				authors = append(authors, c.Author)
				if c.Text == "" {
					t.Errorf("comment by %q has no text", c.Author)
				}
			}
			if strings.Join(authors, "|") != strings.Join(tt.authors, "|") {
				t.Errorf("comment authors = %q, want %q", authors, tt.authors)
			}
		})
	}
}

func TestExtractCommentsFields(t *testing.T) {
	d := passDocument(t, KindDocument, `<body><ol class="comment-list">
		<li class="comment"><article class="comment-body"><div class="comment-author vcard"><b class="fn">Ida Holm</b> says:</div>
		<div class="comment-metadata"><time datetime="2026-01-12T08:10:00+00:00">January 12</time></div>
		<div class="comment-content"><p>We pruned ours.</p><p>Hard work.</p></div></article>
		<ol class="children"><li class="comment"><div class="comment-author"><cite class="fn">Per</cite></div><p>Same.</p></li></ol></li>
		<li class="comment"><div class="comment-author vcard"><a class="view_profile" href="/u/176"><img src="a.jpg" alt=""></a><a href="/u/176">Profile</a></div>
		<div class="comment-meta commentmetadata comment_text"><div class="comment_date"> 11.05.12 at 5:02 pm</div><div class="comment_author"> Alf</div>
		<div class="comment-body"><p>To be fair, the phrase is odd.</p></div></div></li></ol></body>`)
	got := extractComments(d.dom.Find("ol.comment-list").Get(0))
	want := []Comment{
		{Author: "Ida Holm", Published: "2026-01-12T08:10:00+00:00", Text: "We pruned ours.\n\nHard work."},
		{Author: "Per", Text: "Same."},
		// The date's own element, not the box holding the name and the words
		// too; the underscored class names the author, not "Profile".
		{Author: "Alf", Published: "11.05.12 at 5:02 pm", Text: "To be fair, the phrase is odd."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("comment %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestCommentSystemsTable checks one typical embed of each comment system.
func TestCommentSystemsTable(t *testing.T) {
	tests := []struct{ markup, rule string }{
		{`<div id="disqus_thread">Disqus thread</div>`, "comments.disqus"},
		{`<fb:comments href="x">Facebook thread</fb:comments>`, "comments.facebook"},
		{`<div id="jp-carousel-comments-loading">Jetpack thread</div>`, "comments.jetpack"},
		{`<div class="blog-comments">Blogger thread</div>`, "comments.blogger"},
		{`<div id="livefyre-comments">Livefyre thread</div>`, "comments.livefyre"},
		{`<div id="coral_thread">Coral thread</div>`, "comments.coral"},
		{`<div data-spotim-module="conversation">OpenWeb thread</div>`, "comments.openweb"},
		{`<spot-im>OpenWeb element</spot-im>`, "comments.openweb"},
		{`<div class="viafoura">Viafoura thread</div>`, "comments.viafoura"},
		{`<vf-conversations>Viafoura element</vf-conversations>`, "comments.viafoura"},
		{`<div id="hyvor-talk-view">Hyvor thread</div>`, "comments.hyvor"},
		{`<giscus-widget>Giscus thread</giscus-widget>`, "comments.giscus"},
		{`<div class="utterances">Utterances thread</div>`, "comments.utterances"},
		{`<div id="commento">Commento thread</div>`, "comments.commento"},
		{`<div id="remark42">Remark42 thread</div>`, "comments.remark42"},
		{`<section id="isso-thread">Isso thread</section>`, "comments.isso"},
		{`<div id="discourse-comments">Discourse thread</div>`, "comments.discourse"},
		{`<div id="wpdcom" class="wpdiscuz_top_clearing">wpDiscuz thread</div>`, "comments.wpdiscuz"},
		{`<div id="idc-container">IntenseDebate thread</div>`, "comments.intensedebate"},
		{`<p class="no-comments">Comments are closed.</p>`, "comments.wordpress"},
		{`<div class="user-comments">Generic thread</div>`, "comments.generic"},
		{`<div id="commentList">Generic camelCase thread</div>`, "comments.generic"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			d := passDocument(t, KindDocument, `<body>`+storyHTML+tt.markup+`</body>`)
			if err := removeComments(d); err != nil {
				t.Fatal(err)
			}
			if len(d.removals) != 1 || d.removals[0].Rule != tt.rule {
				t.Errorf("%s: removals %v, want one %s", tt.markup, ruleList(d), tt.rule)
			}
			if !strings.Contains(d.dom.Find("body").Text(), "In winter the orchard") {
				t.Error("the story went too")
			}
		})
	}
}

// Every generic name is found however the page joins its words, so the
// quick look for genericCommentWords never hides one.
func TestHasGenericCommentName(t *testing.T) {
	camel := func(name string) string {
		parts := strings.Split(name, "-")
		for i := 1; i < len(parts); i++ {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
		return strings.Join(parts, "")
	}
	for _, name := range genericCommentNames {
		for _, class := range []string{name, strings.ReplaceAll(name, "-", "_"), camel(name), "x " + strings.ToUpper(name)} {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
			named := false
			for _, c := range strings.Fields(class) {
				named = named || normalizeName(c) == name
			}
			if named && !hasGenericCommentName(n) {
				t.Errorf("class %q (normalized %q) not taken for a comment section", class, normalizeName(class))
			}
		}
	}
	for _, class := range []string{"comment-content", "post", "entry-comments-open", ""} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
		if hasGenericCommentName(n) {
			t.Errorf("class %q taken for a comment section", class)
		}
	}
}
