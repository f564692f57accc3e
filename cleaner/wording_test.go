package cleaner

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

func TestMatchWording(t *testing.T) {
	tests := []struct {
		text    string
		heading bool
		rule    string // "" means: must not match
	}{
		{"Leave a Reply", false, "wording.leave-a-reply"},
		{"With: 1 Comment", false, "wording.comment-count"},
		{"Tags: alec baldwin", false, "wording.tags"},
		{"Categories: A Job Well Done", false, "wording.tags"},
		{"Filed under: Khawarij |", false, "wording.tags"},
		{"Schlagwörter: Fähre, Rhein", false, "wording.tags"},
		{"Étiquettes : ferry, Rhin", false, "wording.tags"},
		{"Tags: the harbour wall was finished in May, three years after the storm took the old one.", false, ""},
		{"Leave a Reply Cancel reply", false, "wording.leave-a-reply"},
		{"Leave a Reply to Jane Doe Cancel reply", false, "wording.leave-a-reply"},
		{"Leave a Reply to Jane Doe", true, "wording.leave-a-reply"},
		{"Leave a reply to the ministry.", false, ""},
		{"Please leave a reply to the ministry by Friday.", false, ""},
		{"2 thoughts on “Mexico Rejects U.S. Military Presence", false, "wording.comment-count"},
		{"One thought on “A Walk in the Park”", false, "wording.comment-count"},
		{"14 Responses to \"Why Bread Rises\"", false, "wording.comment-count"},
		{"3 Comments", false, "wording.comment-count"},
		{"3 thoughts on why bread rises", false, ""},
		{"Your email address will not be published. Required fields are marked *", false, "wording.email-notice"},
		{"Required fields are marked *", false, "wording.required-fields"},
		{"Save my name, email, and website in this browser for the next time I comment.", false, "wording.save-details"},
		{"This site uses Akismet to reduce spam. Learn how your comment data is processed.", false, "wording.akismet"},
		{"Logged in as admin. Log out?", false, "wording.logged-in"},
		{"You must be logged in to post a comment.", false, "wording.must-log-in"},
		{"Comments are closed.", false, "wording.comments-closed"},
		{"All comments are moderated before they are published.", false, "wording.moderation"},
		{"Your comment is awaiting moderation.", false, "wording.moderation"},
		{"Comments are moderated by volunteers, who read every one.", false, ""},
		{"ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.", false, "wording.moderation"},
		{"Os comentários do ministro não serão aprovados, disse o jornal, e o caso segue.", false, ""},
		{"Les commentaires sont modérés avant publication.", false, "wording.moderation"},
		{"Kommentare werden vor der Veröffentlichung moderiert.", false, "wording.moderation"},
		{"This entry was posted on Saturday, August 25th, 2012 at 12:23 am and is filed under Neat Stuff, Videos. " +
			"You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.", false, "wording.post-meta"},
		{"This entry was posted in Planets. Bookmark the permalink.", false, "wording.post-meta"},
		{"This entry was posted in haste, the author admits, and corrected the next day.", false, ""},
		{"Share this: Twitter Facebook LinkedIn", false, "wording.share"},
		{"Share this:\nClick to share on Twitter (Opens in new window) Click to share on Facebook (Opens in new window)", false, "wording.share"},
		{"Like this: Like Loading...", false, "wording.like"},
		{"Related", false, "wording.related"},
		{"Related post: Pickled Brussels Sprouts Recipe", false, "wording.related"},
		{"Write to Al Root at allen.root@dowjones.com", false, "wording.contact"},
		{"Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.", false, "wording.contact"},
		{"Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous", false, "wording.contact"},
		{"Write to the council at the address below if you object to the plan.", false, ""},
		{"Additional reporting by Joseph Hudak", false, "wording.credit"},
		{"Additional reporting by the team, who spent a year in the archives, made the book possible.", false, ""},
		{"(Reporting by Will Dunham; Editing by Tom Brown)", false, "wording.credit"},
		{"Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Nick Zieminski", false, "wording.credit"},
		{"(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash, editing by Martin Howell.)", false, "wording.credit"},
		{"Reporting by local papers suggests that the mayor knew for weeks.", false, ""},
		{"Reporting by the two papers, and editing by a third, brought the story out.", false, ""},
		{"Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit", false, "wording.related"},
		{"More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", false, "wording.related"},
		{"Related story: The thaw came late", false, "wording.related"},
		{"In a related development, the ministry said it would appeal.", false, ""},
		{"Related: the ministry said it would appeal. Officials disagreed.", false, ""},
		{"Advertisement", false, "wording.advertisement"},
		{"Advert", false, "wording.advertisement"},
		{"Adverts for the fair ran in every paper.", false, ""},
		{"This slideshow requires JavaScript.", false, "wording.script-notice"},
		{"This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. While you will be able to view the content of this page in your current browser, you will not be able to get the full visual experience. Please consider upgrading your browser software or enabling style sheets (CSS) if you are able to do so.", false, "wording.browser-notice"},
		{"Your browser is out of date. Please upgrade your browser.", false, "wording.browser-notice"},
		{"Please enable JavaScript to view the comments.", false, "wording.browser-notice"},
		{"This site is best viewed with Firefox, and this sentence goes on to say something of its own", false, ""},
		{"Enlarge Photo", false, "wording.enlarge"},
		{"Click to enlarge", false, "wording.enlarge"},
		{"Enlarge your garden with a second bed of herbs.", false, ""},
		{"TrackBack", true, "wording.trackbacks"},
		{"TrackBack URL for this entry:\nhttp://www.typepad.com/services/trackback/6a00d83451b44369e2", false, "wording.trackbacks"},
		{"Don't Miss", true, "wording.related"},
		{"Don't miss a post! Subscribe to our newsletter and get weekly updates and free printables delivered straight to your inbox!", false, "wording.newsletter"},
		{"Don't miss the second half of the match: it was the best of the season.", false, ""},
		{"Image copyright Getty Images", false, "wording.image-credit"},
		{"Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", false, "wording.follow"},
		{"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", false, "wording.follow"},
		{"Follow the river on foot from the bridge to the sea.", false, ""},
		{"We may earn a commission if you buy something through the links in this article.", false, "wording.affiliate"},
		{"This post contains affiliate links.", false, "wording.affiliate"},
		{"The agency may earn a commission of 5% on every sale, the report says, and more on loans.", false, ""},
		{"Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", false, "wording.newsletter"},
		{"Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.", false, "wording.newsletter"},
		{"Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.", false, "wording.newsletter"},
		{"Popular on IndieWire", true, "wording.related"},
		{"Copyright @ 2019 The New Arab.", false, "wording.copyright"},
		{"Copyright law in 2019 changed twice, and the courts followed.", false, ""},
		{"© 2002, 2003 Jamie Zawinski", false, ""},
		{"Tempo de leitura: 2 minutos", false, "wording.reading-time"},
		{"5 min read", false, "wording.reading-time"},
		{"Note: we are temporarily moderating all comments submitted to deal with a surge in spam.", false, "wording.moderation"},
		{"Like this story? Share it with a friend!", false, "wording.share"},
		{"6 of 6", false, "wording.gallery-counter"},
		{"/Associated Press", false, "wording.agency-credit"},
		{"Reuters", false, "wording.agency-credit"},
		{"Video", false, "wording.media-label"},
		{"Video Photo Gallery", false, "wording.media-label"},
		{"Video of the storm", false, ""},
		{"Reuters reported the figures on Monday.", false, ""},
		{"Adjust Text Size", false, "wording.toggle"},
		{"Font size", true, ""},
		{"Follow Us!", false, "wording.follow"},
		{"Twitter: @nuttynomads", false, "wording.follow"},
		{"Follow US News from NBCNews.com on Twitter and Facebook", false, "wording.follow"},
		{"“Start Quote", false, "wording.pull-quote"},
		{"More On Bossip!", true, "wording.related"},
		{"More on closures", true, ""},
		{"Join over 104,000 monthly readers! Subscribe to the free Herbivoracious email newsletter.", false, "wording.newsletter"},
		{"Never miss a recipe", false, "wording.newsletter"},
		{"6 of the 9 judges agreed, and the case went back to the lower court.", false, ""},
		{"Отзывы", true, "wording.comment-count"},
		{"Отзывы (12)", true, "wording.comment-count"},
		{"Добавить отзыв", false, "wording.leave-a-reply"},
		{"Самые популярные диеты", true, "wording.related"},
		{"Популярное", true, "wording.related"},
		{"Популярные диеты помогают не всем, и вот почему.", false, ""},
		{"Expand description", false, "wording.toggle"},
		{"Show more", false, "wording.toggle"},
		{"mehr anzeigen", false, "wording.toggle"},
		{"Bewertung: 1,00 von 5 Sterne, basierend auf 1 abgegebenen Stimmen.", false, "wording.rating"},
		{"12 votes, average: 4.50 out of 5", false, "wording.rating"},
		{"4 out of 5 stars", false, ""},
		{"Was this article helpful? Yes No", false, "wording.feedback"},
		{"Was this helpful?", true, "wording.feedback"},
		{"12 people found this helpful", false, "wording.feedback"},
		{"Found This Helpful", false, "wording.feedback"},
		{"Was this helpful to the plaintiffs? The court did not say.", false, ""},
		{"War dieser Artikel hilfreich?", false, "wording.feedback"},
		{"Cet article vous a-t-il été utile ?", false, "wording.feedback"},
		{"¿Te ha resultado útil esta información?", false, "wording.feedback"},
		{"Questo articolo ti è stato utile?", false, "wording.feedback"},
		{"Esta informação foi útil? Sim Não", false, "wording.feedback"},
		{"Was dit artikel nuttig?", false, "wording.feedback"},
		{"Mehr anzeigen lassen sich die Werte nicht, sagte der Hersteller.", false, ""},
		{"Afficher plus", false, "wording.toggle"},
		{"Adjective", false, ""},
		{"Continue reading", false, "wording.read-more"},
		{"Read more »", false, "wording.read-more"},
		{"Subscribe to our newsletter", false, "wording.newsletter"},
		{"Sign up for the Morning Briefing newsletter", false, "wording.newsletter"},
		{"NEWSLETTER SIGN UP", false, "wording.newsletter"},
		{"You have been successfully subscribed!", false, "wording.newsletter"},
		{"Get the latest updates right in your inbox.", false, "wording.newsletter"},
		{"Sign up for our email newsletters here.", false, "wording.newsletter"},
		{"Sign up for the course opened on Monday, the dean said.", false, ""},
		{"Comments", false, "wording.comment-count"},
		{"Comments on the draft law are due by March.", false, ""},
		{"Schreibe einen Kommentar", false, "wording.leave-a-reply"},
		{"2 Gedanken zu „Der Rhein im Winter“", false, "wording.comment-count"},
		{"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", false, "wording.email-notice"},
		{"Laisser un commentaire Annuler la réponse", false, "wording.leave-a-reply"},
		{"Votre adresse e-mail ne sera pas publiée.", false, "wording.email-notice"},
		{"Deja un comentario", false, "wording.leave-a-reply"},
		{"Anzeige", false, "wording.advertisement"},
		{"Die Anzeige erschien am Montag in der Zeitung.", false, ""},
		{"İlgili", false, "wording.related"},
		{"Você pode gostar...", false, "wording.related"},
		{"Você também pode gostar", false, "wording.related"},
		{"Você pode gostar de saber que a ponte reabriu.", false, ""},
		{"You might like", false, "wording.related"},
		{"コメントを残す", false, "wording.leave-a-reply"},
		{"メールアドレスが公開されることはありません。 * が付いている欄は必須項目です", false, "wording.email-notice"},
		{"发表回复", false, "wording.leave-a-reply"},
		{"답글 남기기", false, "wording.leave-a-reply"},
		{"“겨울 정원”에 대한 2개의 생각", false, "wording.comment-count"},
		{"이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다", false, "wording.email-notice"},
		{"댓글이 닫혔습니다.", false, "wording.comments-closed"},
		{"시장은 주민들의 댓글을 모두 읽었다고 말했다.", false, ""},
		{"اترك تعليقاً", false, "wording.leave-a-reply"},
		{"أضف تعليقًا", false, "wording.leave-a-reply"},
		{"لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", false, "wording.email-notice"},
		{"قال الوزير إن التعليقات على المشروع ستنشر غدا.", false, ""},
		{"Napsat komentář Zrušit odpověď", false, "wording.leave-a-reply"},
		{"Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *", false, "wording.email-notice"},
		{"Komentáře jsou uzavřeny.", false, "wording.comments-closed"},
		{"Komentáře k návrhu zákona přišly až v březnu.", false, ""},
		{"Lämna ett svar Avbryt svar", false, "wording.leave-a-reply"},
		{"2 reaktioner på ”Vintern vid älven”", false, "wording.comment-count"},
		{"Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *", false, "wording.email-notice"},
		{"Kommentarer om lagförslaget ska lämnas in i mars.", false, ""},
		{"Để lại một bình luận", false, "wording.leave-a-reply"},
		{"Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", false, "wording.email-notice"},
		{"Bình luận của bộ trưởng được đăng vào hôm qua.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m, ok := matchWording(normalizeWording(tt.text), tt.heading)
			switch {
			case tt.rule == "" && ok:
				t.Errorf("matched as %s, want no match", m.rule)
			case tt.rule != "" && !ok:
				t.Errorf("no match, want %s", tt.rule)
			case tt.rule != "" && m.rule != tt.rule:
				t.Errorf("rule = %s, want %s", m.rule, tt.rule)
			}
		})
	}
}

func TestRemoveWording(t *testing.T) {
	tests := []struct {
		name  string
		kind  string
		src   string
		gone  []string // texts that must be removed, with the rules
		rules []string
		kept  []string
	}{
		{
			name: "reply form wording in markup",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>In a related development, the town opened a winter footpath across the ice.</p></article>
				<div><h3 id="reply-title">Leave a Reply <small><a href="#">Cancel reply</a></small></h3>
				<p class="comment-notes"><span>Your email address will not be published.</span> <span>Required fields are marked <span>*</span></span></p>
				<p><label>Save my name, email, and website in this browser for the next time I comment.</label></p></div>`,
			gone:  []string{"Leave a Reply", "Your email address will not be published."},
			rules: []string{"wording.leave-a-reply", "wording.leave-a-reply"},
			kept:  []string{"In a related development", "The river froze early"},
		},
		{
			name: "a related label with a run of links, in one block or in the next",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>The town opened a winter footpath across the ice, marked with poles every ten metres.</p>
				<p><strong>DON'T MISS</strong><br><a href="/thaw">The thaw came late to the valley</a> [INSIGHT]<br><a href="/ferry">The ferry that crossed twice an hour</a> [VIDEO]</p>
				<p>Skaters came from the next town, <a href="/skates">with skates</a> and <a href="/sleds">sleds</a>, to see the ice before the thaw.</p>
				<p><strong>Don't miss</strong></p>
				<p><a href="/ice">Ice fishing at dawn on the lake</a> [PICTURES]<br><a href="/boats">Boats frozen in the harbour</a> [NEWS]</p>
				<p>The footpath closed in March, when the ice grew thin by the piers.</p>
				<p>See also: <a href="/uncork">writable.uncork()</a>, <a href="/writev">writable._writev()</a>.</p></article>`,
			gone:  []string{"The thaw came late", "Don't miss", "Ice fishing at dawn"},
			rules: []string{"wording.related", "wording.related", "wording.related"},
			kept:  []string{"Skaters came from the next town", "The footpath closed in March", "See also: writable.uncork()"},
		},
		{
			name: "a data table's cells and a list's items are data, whatever they say",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>The town opened a winter footpath across the ice, marked with poles every ten metres.</p>
				<table><tr><th>Crossing</th><th>Share</th></tr><tr><td>Ferry</td><td>Print</td></tr><tr><td>Footpath</td><td>1 of 2</td></tr></table>
				<p>The wire services carried the story:</p><ul><li>Reuters</li><li>Associated Press</li></ul>
				<p>1 of 6</p><figure><img src="ice.jpg" alt=""><figcaption>Photo courtesy of the harbour board</figcaption></figure>
				<p>Photo credit: the harbour board</p>
				<table><tr><td>Slideshow</td><td>Twelve pictures of the ice</td></tr></table>
				<p>The archive keeps:</p><ul><li>Photos</li><li>Letters</li></ul><p>Video</p></article>`,
			gone:  []string{"1 of 6", "Photo credit: the harbour board", "Video"},
			rules: []string{"wording.gallery-counter", "wording.image-credit", "wording.media-label"},
			kept:  []string{"Print", "1 of 2", "Reuters", "Associated Press", "Photo courtesy of the harbour board", "Slideshow", "Photos"},
		},
		{
			name: "a list of teasers, each with its Read more link",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>The town opened a winter footpath across the ice, marked with poles every ten metres.</p>
				<ul><li><h3>The thaw</h3><p>Spring came late to the valley. <a href="/thaw">Read more...</a></p></li>
				<li><h3>The ferry</h3><p>Built in 1952. <a href="/ferry">Read more...</a></p></li>
				<li><h3>Ice fishing</h3><p>At dawn on the lake. <a href="/ice">Read more</a></p></li></ul>
				<ul><li>Pack warm boots. <a href="/boots">Read more</a></li><li>Bring a thermos. <a href="/tea">Read more</a></li></ul>
				<ul><li>Walk on the marked path. <a href="/path">Read more</a></li><li>Keep off the piers, where the ice is thin.</li><li>Go in pairs. <a href="/pairs">Read more</a></li></ul></article>`,
			gone:  []string{"Spring came late", "At dawn on the lake"},
			rules: []string{"wording.read-more", "wording.read-more"},
			kept:  []string{"The town opened a winter footpath", "Pack warm boots", "Keep off the piers"},
		},
		{
			name: "the stories a related heading introduces",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>The town opened a winter footpath across the ice, marked with poles every ten metres.</p>
				<h3>You might like</h3>
				<article><h2><a href="/thaw">The thaw</a></h2><p>Spring came late to the valley, and the ice held until April this year.</p></article>
				<!-- teaser -->
				<article><h2><a href="/ferry">The ferry</a></h2><p>The ferry was built in 1952 and has crossed the river twice an hour since.</p></article>
				<p>Filed under winter.</p>
				<article><p>Another story after a line of the post.</p></article>
				<h3>Related</h3><p>An aside the heading stands over.</p><article><p>A story after the aside.</p></article></article>`,
			gone:  []string{"You might like", "Spring came late", "The ferry was built", "Related"},
			rules: []string{"wording.related", "wording.related", "wording.related", "wording.related"},
			kept:  []string{"The river froze early", "Filed under winter.", "Another story after a line", "An aside the heading", "A story after the aside"},
		},
		{
			name: "the list of links a related posts label introduces",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>The town opened a winter footpath across the ice, marked with poles every ten metres.</p>
				<p>Related posts:</p><ol><li><a href="/thaw" rel="bookmark">The thaw came late</a></li>
				<li><a href="/ferry" rel="bookmark">The ferry turns seventy</a></li></ol>
				<p>See also:</p><ul><li><a href="/ice">Ice roads</a>, a history of the crossings</li></ul></article>`,
			gone:  []string{"Related posts:", "See also:", "The thaw came late"},
			rules: []string{"wording.related", "wording.related", "wording.related"},
			kept:  []string{"The river froze early", "Ice roads, a history of the crossings"},
		},
		{
			name: "copyright notices under the story, in several languages, but not one a credit line quotes",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>Scripture quotations taken from The Holy Bible, copyright © 1973 by Biblica, Inc. All rights reserved worldwide.</p>
				<p>© 2012 CBS Interactive Inc.. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
				<p>Copyright 2019 Valley News Now. All rights reserved.</p>
				<p>©1999-2012 TheaterMania.com, Inc. All Rights Reserved. Terms of Use &amp; Privacy Policy</p>
				<p>© 2020 Talzeitung GmbH. Alle Rechte vorbehalten.</p>
				<p>(c) 2021 Le Journal du Val. Tous droits réservés.</p></article>`,
			gone:  []string{"© 2012 CBS Interactive", "Copyright 2019 Valley News Now", "TheaterMania.com", "Talzeitung GmbH", "Le Journal du Val"},
			rules: []string{"wording.copyright", "wording.copyright", "wording.copyright", "wording.copyright", "wording.copyright"},
			kept:  []string{"The river froze early", "Scripture quotations taken from"},
		},
		{
			name: "a post's category line",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>Posted in: <a href="/c/winter" rel="category tag">Winter</a> <span>|</span></p>
				<p>Posted in: <a href="/c/news">News</a> | 3 comments |</p>
				<p>Posted in the window of the post office, the notice said the ferry would run again in spring.</p></article>`,
			gone:  []string{"Posted in: Winter", "Posted in: News"},
			rules: []string{"wording.post-meta", "wording.post-meta"},
			kept:  []string{"The river froze early", "Posted in the window of the post office"},
		},
		{
			name: "a share bar's motto, a gallery's way back and a player's button",
			kind: KindDocument,
			src: `<article><p>The river froze early this year, and the ferry stopped running in November.</p>
				<p>Be Sociable, Share!</p><p><a href="/story">‹ Back to Story</a></p><div>Play Video</div>
				<p>Back to the story of the ferry: it was built in 1952.</p></article>`,
			gone:  []string{"Be Sociable, Share!", "‹ Back to Story", "Play Video"},
			rules: []string{"wording.share", "wording.back-to-story", "wording.video-control"},
			kept:  []string{"The river froze early", "Back to the story of the ferry"},
		},
		{
			name: "share and like labels",
			kind: KindDocument,
			src: `<p>A long paragraph about the harvest, which came in late after a wet spring and a dry, hot summer.</p>
				<div><h3>Share this:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li></ul></div>
				<div><h3>Like this:</h3><span>Like</span> <span>Loading...</span></div>`,
			gone:  []string{"Share this:", "Like this:"},
			rules: []string{"wording.share", "wording.like"},
			kept:  []string{"A long paragraph about the harvest"},
		},
		{
			name: "a phrase inside a sentence stays",
			kind: KindDocument,
			src:  `<p>Leave a reply to the ministry.</p><p>Residents were told to <a>read more</a> about the plan online.</p>`,
			kept: []string{"Leave a reply to the ministry.", "read more"},
		},
		{
			name: "plain text comment area",
			kind: KindText,
			src: "<h1>Frost on the Lake</h1><p>The lake froze over in a single night, and by morning the ice was thick enough for skaters near the shore.</p>" +
				"<p>Old fishermen said they had not seen it freeze so fast in forty years, and the town council closed the pier.</p>" +
				"<h2>One thought on “Frost on the Lake”</h2><p>Mara Lind says:<br>January 9, 2026 at 7:15 am<br>We skated there as children.</p><p>Reply</p>" +
				"<h2>Leave a Reply</h2><p>Your email address will not be published. Required fields are marked *</p>",
			gone:  []string{"One thought on", "Mara Lind", "Leave a Reply", "Your email address"},
			rules: []string{"wording.comment-count", "wording.comment-area", "wording.leave-a-reply", "wording.email-notice"},
			kept:  []string{"The lake froze over", "Old fishermen said"},
		},
		{
			name: "a comments heading after the story takes its siblings (Movable Type)",
			kind: KindDocument,
			src: `<body><div class="entry"><h1>Frost on the Lake</h1><p>` + strings.Repeat("The lake froze over in a single night, and skaters came. ", 8) + `</p>
				<p>` + strings.Repeat("Old fishermen had not seen it freeze so fast. ", 8) + `</p></div>
				<div class="comments"><h2 id="comments">Comments</h2><a id="c101"></a><p>` + strings.Repeat("We skated there as children and it was cold. ", 12) + `</p>
				<p class="posted">Posted by: Mara | January 9, 2026</p><p>` + strings.Repeat("Lovely memories of the ice and the long winter. ", 12) + `</p>
				<p class="posted">Posted by: Per | January 10, 2026</p></div></body>`,
			gone:  []string{"Comments", "We skated there", "Posted by: Per"},
			rules: []string{"wording.comment-count", "wording.comment-area", "wording.comment-area"},
			kept:  []string{"The lake froze over", "Old fishermen"},
		},
		{
			name: "a comments heading before the story is not a cut",
			kind: KindDocument,
			src:  `<body><div><h2>Comments</h2><p>` + strings.Repeat("Comments on the draft law are due by March, the office said. ", 8) + `</p><p>The law would change how the river is used.</p></div></body>`,
			kept: []string{"Comments on the draft law", "The law would change"},
		},
		{
			name: "comment heading early in plain text is not a cut",
			kind: KindText,
			src:  "<h1>Comments</h1><p>Comments on the draft law are due by March, the office said in a short notice to residents.</p><p>The law would change how the river is used.</p>",
			kept: []string{"Comments on the draft law", "The law would change"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := passDocument(t, tt.kind, tt.src)
			if err := removeWording(d); err != nil {
				t.Fatal(err)
			}
			assertRemovals(t, d, tt.gone, tt.rules, tt.kept)
		})
	}
}

func TestTextCommentsFromPaste(t *testing.T) {
	d := passDocument(t, KindText, "<p>"+strings.Repeat("The story goes on. ", 30)+"</p><p>"+strings.Repeat("More of it. ", 30)+"</p>"+
		"<h2>2 thoughts on “The Story”</h2>"+
		"<p>Ana Ruiz says:<br>May 2, 2026 at 10:02 am<br>Lovely piece.</p><p>Reply</p>"+
		"<p>Tom Berg says:<br>May 3, 2026 at 8:40 pm<br>I was there that day.</p><p>It rained all afternoon.</p><p>Reply</p>"+
		"<h2>Leave a Reply</h2>")
	if err := removeWording(d); err != nil {
		t.Fatal(err)
	}
	want := []Comment{
		{Author: "Ana Ruiz", Published: "May 2, 2026 at 10:02 am", Text: "Lovely piece."},
		{Author: "Tom Berg", Published: "May 3, 2026 at 8:40 pm", Text: "I was there that day.\n\nIt rained all afternoon."},
	}
	if len(d.comments) != len(want) {
		t.Fatalf("comments = %+v, want %+v", d.comments, want)
	}
	for i := range want {
		if d.comments[i] != want[i] {
			t.Errorf("comment %d = %+v, want %+v", i, d.comments[i], want[i])
		}
	}
}

// wordingSharedDir is ../shared beside the repository, or WINNOW_SHARED.
func wordingSharedDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("WINNOW_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s (set WINNOW_SHARED): %v", dir, err)
	}
	return dir
}

// TestWordingCoversWordPressTranslations checks the table against
// WordPress's own comment-area wording, read from the shared data set (it is
// not copied into the repository).
func TestWordingCoversWordPressTranslations(t *testing.T) {
	path := filepath.Join(wordingSharedDir(t), "boilerplate", "wordpress-comment-strings.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no WordPress wording list: %v", err)
	}
	defer f.Close()
	rules := map[string][]string{
		"Cancel reply":                              {"wording.cancel-reply"},
		"Comments are closed.":                      {"wording.comments-closed"},
		"Leave a Reply":                             {"wording.leave-a-reply"},
		"Leave a Reply to %s":                       {"wording.leave-a-reply"},
		"One thought on “%2$s”":                     {"wording.comment-count"},
		"Post Comment":                              {"wording.post-comment", "wording.leave-a-reply"},
		"Required fields are marked %s":             {"wording.required-fields"},
		"Your email address will not be published.": {"wording.email-notice"},
		"Save my name, email, and website in this browser for the next time I comment.":    {"wording.save-details"},
		"This site uses Akismet to reduce spam. Learn how your comment data is processed.": {"wording.akismet"},
	}
	fill := strings.NewReplacer("%1$s", "2", "%2$s", "Hello world!", "%s", "*")
	sc := bufio.NewScanner(f)
	rows := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 || cols[0] == "locale" {
			continue
		}
		locale, english, translated := cols[0], cols[1], cols[2]
		want, known := rules[english]
		if !known {
			t.Errorf("%s: unknown source string %q; add it to the test", locale, english)
			continue
		}
		rows++
		text := translated
		if english == "Leave a Reply to %s" {
			text = strings.ReplaceAll(text, "%s", "Jane Doe")
		}
		text = fill.Replace(text)
		m, ok := matchWording(normalizeWording(text), true)
		if !ok || !listHas(want, m.rule) {
			t.Errorf("%s %q: %q matched=%v rule=%q, want %v", locale, english, text, ok, m.rule, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 100 {
		t.Errorf("read only %d rows from %s", rows, path)
	}
}

// BenchmarkWordingIndex is the wording table's start-up cost, paid once per
// process: on the first clean of each page load and of each Worker isolate.
func BenchmarkWordingIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildWordingMatcher()
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`share this`, []string{"share this"}},
		{`[^.?!"]+ ?(に|へ)(コメントする|返信する)`, []string{"コメントする", "返信する"}},
		{`[^:]+: (?:\d+) (комментари[йяев]+|ответ[аов]*)`, []string{"комментари", "ответ"}},
		{`[^.]+ says:|[^.]+ wrote:`, []string{" says:", " wrote:"}},
		{`[^.]+ (a|b)`, []string{" "}},
		{`[^.]+|share`, nil},
		{`(?i)share`, nil},
		{`x*`, nil},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := requiredLiterals(re.Simplify()); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// wordingText is a shortcut for normalizeWording(blockText(n)) and must give
// the same text for every element of the fixture pages.
func TestWordingTextIsNormalizedBlockText(t *testing.T) {
	pages := []string{`<div>Leave a <b>Reply</b><br>Cancel&nbsp;reply<p>ÇA  İstanbul “Quote”</p>x<span>y</span>` + "\u200b" + `z</div>`}
	for i, root := range parsedPages(t, pages...) {
		walk(root, func(n *html.Node) bool {
			if got, want := wordingText(n), normalizeWording(blockText(n)); got != want {
				t.Fatalf("page %d, <%s>: got %q, want %q", i, n.Data, got, want)
			}
			return true
		})
	}
}

// The writer reads eight ASCII bytes at once where it can; written a rune
// at a time, which never takes that path, the text must come out the same,
// with the same counts and the same space pending, whatever the pieces.
func TestWordingWriterWordAtATime(t *testing.T) {
	pieces := []string{"a", "Z", "@", "[", "`", "{", " ", "  ", "\n", "\t", "\r\n", "é", "İ", "\u200b", "“", "word", "Word ", " x y z "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var text strings.Builder
		for range rng.IntN(12) {
			text.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := text.String()
		var fast, slow wordingWriter
		fast.write(s)
		for _, r := range s {
			slow.write(string(r))
		}
		if string(fast.b) != string(slow.b) || fast.runes != slow.runes || fast.space != slow.space || fast.wides != slow.wides {
			t.Fatalf("write(%q) = %q, %d runes, space %v; a rune at a time %q, %d runes, space %v",
				s, fast.b, fast.runes, fast.space, slow.b, slow.runes, slow.space)
		}
	}
}

func TestLowerRuneIsToLower(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// mayStart is the judge's first look: false only where no phrase matches.
// Every start a block may have (each prefix of the table alone, cut short,
// followed by more, and texts shorter than the keys' three runes) that
// longestPhrase matches must pass it.
func TestMayStartPassesEveryMatch(t *testing.T) {
	m := compiledWording()
	var texts []string
	for _, entries := range m.byStart {
		for _, e := range entries {
			p := e.prefix
			texts = append(texts, p, p[:len(p)/2], p+" more words", p+": x", " "+p)
		}
	}
	texts = append(texts, "a", "é", "日本", "ok", "")
	for _, text := range texts {
		wide := !isASCII(text)
		for _, heading := range []bool{false, true} {
			if phrase, _ := m.longestPhrase(text, heading); phrase != nil && !m.mayStart([]byte(text), wide) {
				t.Errorf("mayStart(%q) is false, yet longestPhrase matches %q", text, phrase.pattern)
			}
		}
	}
}

func TestNormalizeWording(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"  Leave a  REPLY\n", "leave a reply"},
		{"“Quoted” ‘it’s’", `"quoted" 'it's'`},
		{"Teilen：Facebook？", "teilen:facebook?"},
		{"İstanbul ÇA", "istanbul ça"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"a\u00a0b\u3000c", "a b c"},
		{"\xffX", "\ufffdx"},
	}
	for _, tc := range cases {
		if got := normalizeWording(tc.in); got != tc.want {
			t.Errorf("normalizeWording(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A literal phrase is matched without its regular expression; the verdict
// must be the expression's on every start a block may have: each prefix
// of the table alone, cut short, and followed by a word, a letter or
// punctuation.
func TestLiteralPhrasesMatchAsTheirExpressions(t *testing.T) {
	m := compiledWording()
	byRegexp := *m
	byRegexp.literal = make([]bool, len(m.literal))
	literal := 0
	for _, l := range m.literal {
		if l {
			literal++
		}
	}
	if literal < len(m.literal)/4 {
		t.Fatalf("only %d of %d phrases are literal; the shortcut would hardly matter", literal, len(m.literal))
	}
	for _, entries := range m.byStart {
		for _, e := range entries {
			p := e.prefix
			for _, text := range []string{p, p[:len(p)/2], p + " more words", p + "s", p + ": x", p + " " + p} {
				for _, heading := range []bool{false, true} {
					gotP, gotEnd := m.longestPhrase(text, heading)
					wantP, wantEnd := byRegexp.longestPhrase(text, heading)
					if gotP != wantP || gotEnd != wantEnd {
						t.Errorf("longestPhrase(%q, %v) = %v, %d; by expressions %v, %d", text, heading, gotP, gotEnd, wantP, wantEnd)
					}
				}
			}
		}
	}
}

// TestWildPhrasesNeedWideText guards the matcher's speed: a phrase with no
// literal prefix (a wild one) is tried against every block, unless all the
// literals it needs are past ASCII, so that text all in ASCII skips it. A
// row that puts {N} in two alternatives has more prefixes than the index
// keeps and turns wild: split it into two rows.
func TestWildPhrasesNeedWideText(t *testing.T) {
	m := compiledWording()
	if m.wildASCII {
		for _, i := range m.wild {
			t.Errorf("wild phrase %s %s needs %q", m.phrases[i].lang, m.phrases[i].rule, m.needs[i])
		}
	}
}

// checkCoverWhileTesting holds every text the wording judge reads from its
// cover to the text of the element written alone, so that the whole suite
// (fixtures, fuzz seeds, the shared pages of the accuracy guard) checks the
// cover. TestMain turns it on for tests and leaves benchmarks alone.
func checkCoverWhileTesting() {
	checkCover = func(n *html.Node, got judgedText, whole bool) {
		var w wordingWriter
		wantWhole := w.writeNode(n, maxWordingBlock)
		if whole != wantWhole || whole && (string(got.b) != string(w.b) || got.runes != w.runes || got.wide != (w.wides > 0)) {
			panic(fmt.Sprintf("<%s> from the cover: %q (%d runes, wide %v, whole %v); written alone: %q (%d runes, wide %v, whole %v)",
				n.Data, got.b, got.runes, got.wide, whole, w.b, w.runes, w.wides > 0, wantWhole))
		}
	}
}

// The cover gives each element the text it has written alone: the space
// before it left out, and not whole once it holds too much text, whether
// the writing of the block around it stopped inside it or after it.
func TestWordingCover(t *testing.T) {
	long := strings.Repeat("word ", maxWordingBlock/4+1)
	page := `<div id="a"><p id="b">Leave a <b id="c">Reply</b></p> <div id="d"><span id="e">“Cancel”</span><br id="f">reply</div>` +
		`<p id="g">` + long + `</p><p id="h">Étape</p></div>`
	root := parsedPages(t, page)[0]
	byID := map[string]*html.Node{}
	walk(root, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			byID[id] = n
		}
		return true
	})
	cases := []struct {
		id    string
		text  string
		wide  bool
		whole bool
	}{
		{"a", "", false, false}, // more than the judge reads
		{"b", "leave a reply", false, true},
		{"c", "reply", false, true},
		{"d", "\"cancel\" reply", false, true},
		{"e", "\"cancel\"", false, true},
		{"f", "", false, true},
		{"g", "", false, false},    // stopped inside: more than the judge reads
		{"h", "étape", true, true}, // after the stop: written anew
	}
	var c wordingCover
	for _, tc := range cases {
		got, whole := c.textOf(byID[tc.id])
		if whole != tc.whole || whole && (string(got.b) != tc.text || got.wide != tc.wide) {
			t.Errorf("%s: got %q (wide %v, whole %v), want %q (wide %v, whole %v)", tc.id, got.b, got.wide, whole, tc.text, tc.wide, tc.whole)
		}
	}
}

// Text that holds a literal a wild phrase needs holds one of the bytes the
// matcher looks for first, wherever the literal stands; text without such
// a literal mostly holds none.
func TestHoldsWildLead(t *testing.T) {
	m := compiledWording()
	for _, i := range m.wild {
		for _, lit := range m.needs[i] {
			for _, text := range []string{lit, "some words first, then " + lit, lit + " and after it"} {
				if !holdsWildLead(&m.wildLeads, text) || !holdsWildLead(&m.wildLeads, []byte(text)) {
					t.Errorf("%q: no lead byte found for %q", text, lit)
				}
			}
		}
	}
	for _, text := range []string{"", "plain ascii text of some length", "an em dash — and “quotes” in english"} {
		if holdsWildLead(&m.wildLeads, text) || holdsWildLead(&m.wildLeads, []byte(text)) {
			t.Errorf("%q: a lead byte found", text)
		}
	}
}
