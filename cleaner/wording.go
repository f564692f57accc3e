package cleaner

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// phrase is one row of the boilerplate wording table. Patterns are regular
// expressions over block text normalized by normalizeWording (lowercase,
// every double quote mark as ", apostrophes as ', ：as :, single spaces),
// with these shorthands:
//
//	{N}  a count: digits or a number word ("2", "one", "ein", "une"…)
//	{T}  a quoted title, the closing quote optional (copied text often
//	     loses it)
//	{X}  a short name
//	{*}  an optional required-field asterisk
type phrase struct {
	lang    string
	rule    string
	pattern string
	kind    phraseKind
}

type phraseKind uint8

const (
	plain   phraseKind = iota
	area               // opens the comment area: in plain text, all that follows goes too
	heading            // only as a heading (h1–h6 or a title element), never as a paragraph
	label              // a label that may be followed by a short list of links ("Share this: Twitter Facebook")
)

// copyrightNotice opens a copyright notice's row: "©", "(c)" or
// "Copyright", a year or two, and the holder's name ("© 2012 CBS Interactive
// Inc."), before each language's "all rights reserved". A notice is the
// site's or the agency's line under the story, never the story; one that a
// sentence quotes ("Scripture taken from …, copyright © 1973 by …") does not
// start the block, and stays.
const copyrightNotice = `(copyright )?(©|\(c\)|copyright) ?([0-9]{4}([-–][0-9]{4})?,? )?[^!?"]{1,80}?\.* `

// wordingTable is the boilerplate wording, by language. A block is removed
// when its whole text is a sequence of these phrases; a phrase inside a
// sentence never counts.
var wordingTable = []phrase{
	// English: WordPress core and its themes.
	{"en", "wording.leave-a-reply", `leave a (reply|comment|response)( cancel reply)?`, area},
	{"en", "wording.leave-a-reply", `leave a (reply|comment) to {X} cancel reply`, area},
	{"en", "wording.leave-a-reply", `leave a (reply|comment) to {X}`, heading},
	{"en", "wording.leave-a-reply", `(post|add|write|submit) a (comment|reply|response)|add comment|join the (discussion|conversation)`, area},
	{"en", "wording.comment-count", `{N} (thoughts?|responses?|comments?|replies|reply|reactions?) (on|to) {T}`, area},
	{"en", "wording.comment-count", `{N} (comments?|responses?|replies|thoughts?)|comments \(\d+\)|no comments( yet)?|be the first to comment|comments`, area},
	{"en", "wording.comment-count", `with: {N} comments?`, plain}, // a post's meta line, not the thread's heading
	{"en", "wording.email-notice", `your email address will not be published`, plain},
	{"en", "wording.required-fields", `required fields are marked {*}`, plain},
	{"en", "wording.save-details", `save my name, email, and website in this browser for the next time i comment`, plain},
	{"en", "wording.post-comment", `post comment|submit comment|post reply`, plain},
	{"en", "wording.cancel-reply", `cancel reply`, plain},
	{"en", "wording.comments-closed", `comments are closed|comments are disabled|commenting is (closed|disabled)`, plain},
	{"en", "wording.moderation", `(all )?comments (are|will be) (moderated|held for moderation|reviewed)( before (they are |being )?(published|posted|they appear))?|your comment is awaiting moderation|` +
		`(note: )?we are (temporarily )?moderating (all )?comments[^.!?]*`, plain},
	{"en", "wording.akismet", `this site uses akismet to reduce spam|learn how your comment data is processed`, plain},
	{"en", "wording.logged-in", `logged in as {X}|edit your profile|log out\?`, plain},
	{"en", "wording.must-log-in", `you must be logged in to post a comment`, plain},
	{"en", "wording.post-meta", `this entry was posted on [^.?!"]*\d[^.?!"]*|this entry was posted in {X}\. bookmark the permalink|bookmark the permalink|` +
		`you can follow any responses to this entry through the( rss 2\.0)? feed|` +
		`you can (skip to the end and )?leave a response(,? or trackback from your own site)?|` +
		`(both )?comments and (pings|trackbacks) are (currently )?closed|pinging is currently not allowed|` +
		`(responses|comments) are currently closed,? but you can trackback from your own site|trackbacks are closed,? but you can post a comment`, plain},
	{"en", "wording.tags", `(tags|tagged|tagged with|categories|category|filed under|topics):`, label},
	{"en", "wording.share", `share this( article| story| post| page)?:|share:|share on:`, label},
	{"en", "wording.share", `share this( article| story| post)?|share on (facebook|twitter|x|linkedin|whatsapp|reddit|email)|` +
		`click to (share on [a-z]+|email a link to a friend|print) \(opens in new window\)|(tweet|pin it|print|email)`, plain},
	{"en", "wording.like", `like this:`, label},
	{"en", "wording.like", `like loading(\.\.\.|…)|loading(\.\.\.|…)`, plain},
	{"en", "wording.related", `related( posts?| articles?| stor(y|ies)| content| reading)?:|see also:|read also:|also read:|more on this( story)?:`, label},
	{"en", "wording.related", `related( posts| articles| stories| content| reading)?|you (may|might)( also)? like|more stories|recommended( for you)?|read next|more from {X}|more on {X}!|don't miss|popular (on|at) {X}|most popular( stories| articles| posts)?`, plain},
	{"en", "wording.newsletter", `(subscribe to|sign up (for|to)) (our|the) [^.!?]*newsletters?( here| and get [^.!?]+)?|subscribe( now)?|sign up( now)?|get the newsletter|` +
		`don't miss a (post|thing|story)|subscribe to ([^.!?]|\.[^ ])+|stay (on top of|up to date (on|with)) the latest [^.!?]+|` +
		`newsletter sign[- ]?up|(you have been |you're |you are )?successfully subscribed|get the latest (news|updates|stories)( right)? (in|to) your inbox`, plain},
	{"en", "wording.advertisement", `advertisement|advertising|advert|sponsored( content)?|ad|scroll to continue with content`, plain},
	{"en", "wording.script-notice", `this (slideshow|gallery|video|content) requires javascript`, plain},
	{"en", "wording.enlarge", `(click (here )?to )?enlarge( this)?( photo| image| picture)?|view (larger|full[- ]size)( image| photo| picture| version)?`, plain},
	// Old blogs list the blogs that linked to the post, and the address to
	// ping, between the post and its comments.
	{"en", "wording.trackbacks", `trackbacks?( \(?{N}\)?)?|{N} trackbacks?|trackback url( for this (entry|post))?:?( [^ ]+)?`, area},
	// A notice for old browsers, above or below the page's real content:
	// "This page is best viewed in an up-to-date web browser with style
	// sheets (CSS) enabled. … Please consider upgrading your browser …".
	{"en", "wording.browser-notice", `this (page|site|website) is best viewed (in|with|using) [^.!?,;:]{1,100}|` +
		`while you will be able to view the content of this (page|site) in your (current )?browser, you will not be able to get the full visual experience|` +
		`please (consider )?(upgrading|upgrade) your (web )?browser( software)?( or (enabling|enable) (style sheets|stylesheets|css|javascript)[^.!?]{0,40})?( if you are able to do so)?|` +
		`your (web )?browser is (out of date|outdated|not supported)|(please )?enable javascript (in your browser )?to (view|see|use) [^.!?]{1,60}|javascript is (disabled|turned off) in your browser`, plain},
	{"en", "wording.rating", `(rating: )?[0-9.,]+ out of [0-9]+( stars)?,? based on [0-9]+ (votes?|ratings?)|[0-9]+ votes?, average: [0-9.,]+ out of [0-9]+`, plain},
	{"en", "wording.toggle", `(expand|collapse|show|hide) (the )?(description|details|all|more|less|contents|table of contents)|click to (expand|collapse)|adjust (the )?(text|font) size|(text|font) size:`, plain},
	{"en", "wording.read-more", `continue reading( {T}| {X})?( ?[→">]+)?|read more( ?[→">]+)?|read the full (story|article)`, plain},
	{"en", "wording.feedback", `was this( article| page| post| answer| information| guide)? (helpful|useful)\??( yes no)?`, plain},
	{"en", "wording.feedback", `did you find this( article| page| post| information)? (helpful|useful)\??( yes no)?`, plain},
	{"en", "wording.feedback", `{N} (people |readers )?found this (helpful|useful)`, plain},
	{"en", "wording.feedback", `(people |readers )?found this (helpful|useful)`, plain},
	{"en", "wording.post-meta", `posted in: [^|.?!"]+( \| ({N} )?comments?)?( \|)?`, plain},
	{"en", "wording.copyright", copyrightNotice + `all rights reserved\.?( this material may not be published, broadcast, rewritten,? or redistributed\.?)?( terms of (use|service)( (&|and) privacy policy)?\.?)?`, plain},
	{"en", "wording.share", `be sociable, share!?|like this (story|article|post)\?? share it with (a friend|your friends)!?`, plain},
	{"en", "wording.follow", `follow (us|me|him|her|them|([^.!?]|\.[^ ]){1,60}?) (on|at|via) [^.!?]*(twitter|facebook|instagram|youtube|linkedin|tiktok|threads|mastodon|bluesky)[^.!?]*|` +
		`follow (us|me|him|her|them) @[^ ]+|follow (us|me)!?|like (our|this) (site|page|blog)\?`, plain},
	// A line of the site's accounts: "Twitter: @nuttynomads", "Facebook:
	// www.facebook.com/nuttynomads".
	{"en", "wording.follow", `(twitter|facebook|instagram|youtube|pinterest|tiktok): ?(@|www\.|https?:)[^ ]+`, plain},
	// Digits only, not {N}: a phrase that {N} opens is tried on every block
	// that starts with "un" or "one".
	// A media card's type, left as a line of its own ("Video", "Photos").
	{"en", "wording.media-label", `videos?|photos?|(photo |image )?gallery|slideshow|audio`, plain},
	{"en", "wording.gallery-counter", `[0-9]+ (of|/) ?[0-9]+( photos| images| pictures)?`, plain},
	{"en", "wording.pull-quote", `"?(start|end) quote"?`, plain},
	// A wire service's name alone, the credit a dateline or a picture leaves
	// behind: "Reuters", "/Associated Press".
	// A story's sign-off: how to reach its writer ("Write to Al Root at
	// allen.root@dowjones.com"), who else reported it, where the agency
	// has more ("More AP NBA: https://apnews.com/NBA").
	{"en", "wording.contact", `(write to|email|e-mail) {X} at [^ ]+@[^ ]+( or follow (him|her|them) @[^ ]+)?`, plain},
	{"en", "wording.contact", `reach (the )?(reporters?|writers?|authors?|editors?) (on twitter |by email )?at [^ ]+( and [^ ]+)*`, plain},
	{"en", "wording.credit", `additional reporting by [^.?!", ]+( [^.?!", ]+){0,3}((,| and|, and) [^.?!", ]+( [^.?!", ]+){0,3}){0,6}`, plain},
	// A wire story's sign-off: "(Reporting by Rodrigo Campos; additional
	// reporting by Stephanie Kelly; Editing by Nick Zieminski)". The
	// editors make it one: a story's sentence may start "Reporting by".
	{"en", "wording.credit", `\(?reporting by [^;.()]+[;,] ((additional|with|further) reporting by [^;.()]+[;,] )?(and )?editing by [^;.(),]+( and [^;.(),]+)?\.?\)?`, plain},
	{"en", "wording.related", `follow ap's (full )?coverage of [^.!?]*( at [^ ]+)?|more ap [^:]{1,40}: [^ ]+( and [^ ]+)?`, plain},
	{"en", "wording.agency-credit", `/? ?(reuters|associated press|the associated press|afp|agence france-presse|dpa|ansa|efe)`, plain},
	{"en", "wording.newsletter", `never miss a (post|thing|story|recipe)`, plain},
	{"en", "wording.newsletter", `join (over |more than )?[0-9][0-9,.]* (monthly |daily |weekly )?(readers|subscribers)!?`, plain},
	{"en", "wording.affiliate", `(we|i) (may|might|will) (earn|receive|get) (an? )?(small )?(affiliate )?commission[^.!?]*`, plain},
	{"en", "wording.affiliate", `(this (article|post|page) )?(contains|includes|may contain) affiliate links[^.!?]*`, plain},
	{"en", "wording.affiliate", `as an amazon associate,? (i|we) earn from qualifying purchases`, plain},
	{"en", "wording.image-credit", `(image|photo|picture) (copyright|credit|source|courtesy)( of)?:? [^.!?]{1,60}`, plain},
	// A notice without "all rights reserved" is one only with the word
	// "copyright": "© 2002, 2003 Jamie Zawinski" under an essay's title is
	// its author's line.
	{"en", "wording.copyright", `copyright( ?[@©]| \(c\))? ?[0-9]{4}([-–][0-9]{4})?,? [^.!?"]{1,60}`, plain},
	{"en", "wording.reading-time", `(estimated )?reading time:? [0-9]+ (min|mins|minutes?)|[0-9]+ (min|minute) read`, plain},
	{"en", "wording.back-to-story", `["<]? ?back to (the )?(story|article)`, plain}, // ‹ and « read as "
	{"en", "wording.video-control", `play video`, plain},

	// German.
	{"de", "wording.leave-a-reply", `(schreibe|hinterlasse|schreiben sie|hinterlassen sie) einen kommentar( antworten abbrechen)?|kommentar (verfassen|schreiben)`, area},
	{"de", "wording.leave-a-reply", `schreibe einen kommentar zu {X} antworten abbrechen`, area},
	{"de", "wording.leave-a-reply", `(schreibe einen kommentar zu|antworte auf|antwort auf) {X}`, heading},
	{"de", "wording.comment-count", `{N} (gedanken?|kommentare?|antworten|antwort|reaktionen?) (zu|auf) {T}`, area},
	{"de", "wording.comment-count", `{N} (kommentare?|antworten)|kommentare|noch keine kommentare`, area},
	{"de", "wording.email-notice", `(deine|ihre) e-mail-adresse wird nicht veröffentlicht`, plain},
	{"de", "wording.required-fields", `(erforderliche felder|pflichtfelder) sind mit {*} markiert|(erforderliche felder|pflichtfelder) sind markiert {*}`, plain},
	{"de", "wording.save-details", `meinen namen, (meine )?e-mail(-adresse)? und (meine )?website in diesem browser [^.!?]*speichern[^.!?]*`, plain},
	{"de", "wording.post-comment", `kommentar (abschicken|absenden|senden)`, plain},
	{"de", "wording.cancel-reply", `antworten abbrechen|antwort abbrechen`, plain},
	{"de", "wording.comments-closed", `(die )?kommentare sind (geschlossen|deaktiviert)`, plain},
	{"de", "wording.moderation", `(alle )?kommentare werden (vor der (veröffentlichung|freischaltung) )?(moderiert|geprüft)|dein kommentar (muss noch freigeschaltet werden|wartet auf (moderation|freischaltung))`, plain},
	{"de", "wording.akismet", `diese (website|seite|webseite) verwendet akismet, um spam zu reduzieren|` +
		`erfahren?( sie)? mehr darüber, wie (deine|ihre) kommentardaten verarbeitet werden`, plain},
	{"de", "wording.logged-in", `angemeldet als {X}|profil bearbeiten|abmelden\?`, plain},
	{"de", "wording.must-log-in", `(du musst|sie müssen) angemeldet sein, um einen kommentar (abzugeben|zu veröffentlichen|schreiben zu können)`, plain},
	{"de", "wording.tags", `(schlagwörter|schlagworte|tags|kategorien|kategorie|abgelegt unter|themen):`, label},
	{"de", "wording.share", `teilen( mit)?:|diesen (beitrag|artikel) teilen:`, label},
	{"de", "wording.like", `gefällt mir:`, label},
	{"de", "wording.like", `gefällt mir wird geladen(\.\.\.|…| …)|wird geladen(\.\.\.|…| …)`, plain},
	{"de", "wording.related", `(ähnliche|verwandte) (beiträge|artikel)|mehr zum thema|das könnte sie auch interessieren`, plain},
	{"de", "wording.related", `(ähnliche|verwandte) (beiträge|artikel):|lesen sie auch:|auch interessant:`, label},
	{"de", "wording.newsletter", `newsletter abonnieren|abonnieren`, plain},
	{"de", "wording.advertisement", `anzeige|werbung`, plain},
	{"de", "wording.read-more", `weiterlesen|mehr lesen|(den )?ganzen artikel lesen`, plain},
	{"de", "wording.feedback", `(war|ist) (dieser artikel|diese seite|dieser beitrag|diese antwort|das|dies) hilfreich\??( ja nein)?`, plain},
	{"de", "wording.feedback", `{N} (personen|leser) fanden (das|dies|diesen artikel) hilfreich`, plain},
	{"de", "wording.copyright", copyrightNotice + `alle rechte vorbehalten\.?`, plain},
	{"de", "wording.rating", `(bewertung: )?[0-9.,]+ von [0-9]+ sternen?,? basierend auf [0-9]+ (abgegebenen )?stimmen?|[0-9]+ stimmen?, durchschnitt: [0-9.,]+ von [0-9]+`, plain},
	{"de", "wording.toggle", `(mehr|weniger|alle) anzeigen|ausklappen|einklappen`, plain},

	// French.
	{"fr", "wording.leave-a-reply", `laisser un commentaire( annuler la réponse)?|laisser une réponse|écrire un commentaire|ajouter un commentaire`, area},
	{"fr", "wording.leave-a-reply", `répondre à {X} annuler la réponse`, area},
	{"fr", "wording.leave-a-reply", `répondre à {X}`, heading},
	{"fr", "wording.comment-count", `{N} (réflexions?|commentaires?|réponses?) (au sujet de|sur|à|pour) {T}`, area},
	{"fr", "wording.comment-count", `{N} (commentaires?|réponses?)|commentaires`, area},
	{"fr", "wording.email-notice", `votre adresse (e-mail|email|de messagerie|électronique) ne sera pas publiée`, plain},
	{"fr", "wording.required-fields", `les champs (obligatoires|requis|nécessaires) sont (indiqués|marqués) (avec|par) {*}`, plain},
	{"fr", "wording.save-details", `enregistrer mon nom, (mon )?(e-mail|email|courriel) et (mon )?site( web)? dans (le|ce) navigateur pour mon prochain commentaire`, plain},
	{"fr", "wording.post-comment", `(publier|poster|envoyer|laisser) (le |un )?commentaire`, plain},
	{"fr", "wording.cancel-reply", `annuler la réponse`, plain},
	{"fr", "wording.comments-closed", `les commentaires sont fermés`, plain},
	{"fr", "wording.moderation", `(les )?commentaires sont modérés( avant (d'être publiés|publication))?|votre commentaire est en attente de modération`, plain},
	{"fr", "wording.akismet", `ce site utilise akismet pour réduire les (indésirables|spams?)|` +
		`en savoir plus sur (la façon dont|comment) les données de vos commentaires sont (utilisées|traitées)`, plain},
	{"fr", "wording.logged-in", `connecté en tant que {X}|modifier votre profil|se déconnecter ?\?|déconnexion ?\?`, plain},
	{"fr", "wording.must-log-in", `vous devez (être connecté|vous connecter) pour (publier|rédiger|écrire) un commentaire`, plain},
	{"fr", "wording.tags", `(étiquettes|mots-clés|mots clés|tags|catégories|catégorie|classé dans) ?:`, label},
	{"fr", "wording.share", `partager( cet article| sur)? ?:|partagez( cet article)? ?:`, label},
	{"fr", "wording.like", `j'aime ?:`, label},
	{"fr", "wording.like", `j'aime chargement(\.\.\.|…)|chargement(\.\.\.|…)`, plain},
	{"fr", "wording.related", `articles (similaires|liés|connexes)|sur le même (sujet|thème)|à lire aussi|vous aimerez aussi`, plain},
	{"fr", "wording.related", `(articles similaires|à lire aussi|lire aussi|voir aussi) ?:`, label},
	{"fr", "wording.newsletter", `abonnez-vous à (notre|la) newsletter|inscrivez-vous à (notre|la) newsletter|s'abonner`, plain},
	{"fr", "wording.advertisement", `publicité`, plain},
	{"fr", "wording.read-more", `lire la suite( {T}| {X})?( ?[→">]+)?|en savoir plus`, plain},
	{"fr", "wording.feedback", `(cet article|cette page|cette réponse|cette information) (vous )?a-t-(il|elle) été utile ?\??( oui non)?|(cet article|cette page) vous a-t-(il|elle) aidé ?\??( oui non)?`, plain},
	{"fr", "wording.copyright", copyrightNotice + `tous droits réservés\.?`, plain},
	{"fr", "wording.toggle", `(afficher|voir) (plus|moins|tout)`, plain},

	// Spanish.
	{"es", "wording.leave-a-reply", `(deja|dejar|déjanos) un comentario( cancelar respuesta)?|deja una respuesta|escribe un comentario`, area},
	{"es", "wording.leave-a-reply", `(responder|deja un comentario) a {X} cancelar respuesta`, area},
	{"es", "wording.leave-a-reply", `responder a {X}`, heading},
	{"es", "wording.comment-count", `{N} (comentarios?|respuestas?|pensamientos?) (en|a|sobre|para) {T}`, area},
	{"es", "wording.comment-count", `{N} (comentarios?|respuestas?)|comentarios`, area},
	{"es", "wording.email-notice", `tu (dirección de )?(correo electrónico|email|e-mail) no será publicad[ao]`, plain},
	{"es", "wording.required-fields", `los campos (obligatorios|necesarios|requeridos) están marcados (con )?{*}`, plain},
	{"es", "wording.save-details", `guarda(r)? mi nombre, correo electrónico y (sitio )?web en este navegador para la próxima vez que [^.!?]*`, plain},
	{"es", "wording.post-comment", `publicar (el )?comentario|enviar comentario`, plain},
	{"es", "wording.cancel-reply", `cancelar (la )?respuesta`, plain},
	{"es", "wording.comments-closed", `(los )?comentarios están cerrados`, plain},
	{"es", "wording.moderation", `(los )?comentarios (están sujetos a moderación|son moderados|serán moderados)( antes de (ser publicados|su publicación))?|tu comentario está (pendiente de|esperando) (moderación|aprobación)`, plain},
	{"es", "wording.akismet", `este sitio usa akismet para reducir el spam|aprende cómo se procesan los datos de tus comentarios`, plain},
	{"es", "wording.logged-in", `(conectado|accediste) como {X}|edita tu perfil|¿salir\?|¿cerrar sesión\?`, plain},
	{"es", "wording.must-log-in", `debes (iniciar sesión|estar registrado) para (publicar|escribir) un comentario`, plain},
	{"es", "wording.tags", `(etiquetas|categorías|categoría|archivado en|temas):`, label},
	{"es", "wording.share", `compartir( esto)?:|comparte esto:|compártelo:`, label},
	{"es", "wording.like", `me gusta:`, label},
	{"es", "wording.like", `me gusta cargando(\.\.\.|…)|cargando(\.\.\.|…)`, plain},
	{"es", "wording.related", `relacionad[oa]s?|artículos relacionados|te puede interesar|también te puede interesar`, plain},
	{"es", "wording.related", `(relacionado|lee también|te puede interesar):`, label},
	{"es", "wording.newsletter", `suscríbete( a nuestro boletín)?|suscribirse`, plain},
	{"es", "wording.advertisement", `publicidad|anuncio`, plain},
	{"es", "wording.read-more", `(leer|lee|seguir leyendo|sigue leyendo)( más)?( ?[→">]+)?`, plain},
	{"es", "wording.feedback", `¿?(te|le) (ha )?(sido|resultado|resultó|parecido|pareció) útil (este artículo|esta página|esta información|esta respuesta)\??( sí no)?|¿?(fue|ha sido|es) útil (este artículo|esta página|esta información|esta respuesta)\??( sí no)?`, plain},
	{"es", "wording.copyright", copyrightNotice + `todos los derechos reservados\.?`, plain},

	// Portuguese (Brazil and Portugal).
	{"pt", "wording.leave-a-reply", `deixe (um comentário|uma resposta)( cancelar resposta)?|deixar um comentário`, area},
	{"pt", "wording.leave-a-reply", `(responder|deixe uma resposta) (a|para) {X} cancelar resposta`, area},
	{"pt", "wording.leave-a-reply", `(responder|deixe uma resposta) (a|para) {X}`, heading},
	{"pt", "wording.comment-count", `{N} (comentários?|pensamentos?|respostas?) (em|sobre|para) {T}`, area},
	{"pt", "wording.comment-count", `{N} (comentários?|respostas?)|comentários`, area},
	{"pt", "wording.reading-time", `tempo (estimado )?de leitura:? [0-9]+ (min|minutos?)`, plain},
	{"pt", "wording.email-notice", `o seu endereço de (e-mail|email) não será publicado`, plain},
	{"pt", "wording.required-fields", `(os )?campos obrigatórios (são|estão) marcados com {*}`, plain},
	{"pt", "wording.save-details", `(salvar|guardar) (meus dados|o meu nome, e-?mail e site) neste navegador para a próxima vez que eu comentar`, plain},
	{"pt", "wording.post-comment", `publicar comentário|enviar comentário`, plain},
	{"pt", "wording.cancel-reply", `cancelar resposta`, plain},
	{"pt", "wording.comments-closed", `(os )?comentários (estão )?(encerrados|fechados|desativados)`, plain},
	{"pt", "wording.moderation", `(atenção: )?(os )?comentários [^.!?,]*(não serão aprovados|serão moderados|passam por moderação)( pel[oa] (moderador|moderação|equipe))?|(o )?seu comentário (está )?aguardando (moderação|aprovação)`, plain},
	{"pt", "wording.akismet", `(este|esse) site (usa|utiliza) o akismet para reduzir (o )?spam|` +
		`(saiba|aprenda) como (os )?(seus )?dados (em|de|de seus|dos) comentários são processados`, plain},
	{"pt", "wording.logged-in", `conectado como {X}|sessão iniciada como {X}|edite seu perfil|sair\?`, plain},
	{"pt", "wording.must-log-in", `você precisa (fazer o login|estar conectado) para publicar um comentário|tem de iniciar a sessão para publicar um comentário`, plain},
	{"pt", "wording.tags", `(tags|etiquetas|categorias|categoria|arquivado em|temas):`, label},
	{"pt", "wording.share", `compartilhe( isso)?:|compartilhar:|partilhar( isto)?:`, label},
	{"pt", "wording.like", `curtir isso:|gostar disto:`, label},
	{"pt", "wording.like", `curtir carregando(\.\.\.|…)|carregando(\.\.\.|…)|a carregar(\.\.\.|…)`, plain},
	{"pt", "wording.related", `relacionad[oa]s?|posts relacionados|artigos relacionados|veja também|leia também|` +
		`você (também )?(pode|poderá) gostar( também)?( de)?`, plain},
	{"pt", "wording.related", `(leia também|veja também|relacionado):`, label},
	{"pt", "wording.newsletter", `assine (a|nossa) newsletter|inscreva-se`, plain},
	{"pt", "wording.advertisement", `publicidade|anúncio`, plain},
	{"pt", "wording.read-more", `(leia|ler) mais( ?[→">]+)?|continuar lendo|continuar a ler`, plain},
	{"pt", "wording.feedback", `(este artigo|esta página|esta informação|esta resposta) (foi|lhe foi|te foi) útil\??( sim não)?`, plain},
	{"pt", "wording.copyright", copyrightNotice + `todos os direitos reservados\.?`, plain},

	// Italian.
	{"it", "wording.leave-a-reply", `lascia un commento( annulla risposta)?|scrivi un commento`, area},
	{"it", "wording.leave-a-reply", `rispondi a {X} annulla risposta`, area},
	{"it", "wording.leave-a-reply", `rispondi a {X}`, heading},
	{"it", "wording.comment-count", `{N} (commenti|commento|pensieri|pensiero|risposte|risposta) (su|a|riguardo a?) {T}`, area},
	{"it", "wording.comment-count", `{N} (commenti|commento|risposte)|commenti`, area},
	{"it", "wording.email-notice", `il tuo indirizzo (e-mail|email) non sarà pubblicato`, plain},
	{"it", "wording.required-fields", `i campi obbligatori sono (contrassegnati|evidenziati|segnati) (con )?{*}`, plain},
	{"it", "wording.save-details", `salva il mio nome, (l')?(e-mail|email) e (il )?sito web in questo browser per la prossima volta che commento|` +
		`do il mio consenso affinché un cookie salvi i miei dati ?\(nome, e-?mail, sito web\) per il prossimo commento`, plain},
	{"it", "wording.post-comment", `invia (il )?commento|pubblica (il )?commento`, plain},
	{"it", "wording.cancel-reply", `annulla (la )?risposta`, plain},
	{"it", "wording.comments-closed", `i commenti sono chiusi`, plain},
	{"it", "wording.moderation", `i commenti sono moderati( prima (della pubblicazione|di essere pubblicati))?|il tuo commento è in attesa di moderazione`, plain},
	{"it", "wording.akismet", `questo sito (usa|utilizza) akismet per ridurre lo spam|` +
		`scopri come (i tuoi dati vengono elaborati|vengono elaborati i dati derivati dai commenti|sono elaborati i dati dei tuoi commenti)`, plain},
	{"it", "wording.logged-in", `(connesso|collegato) come {X}|modifica il tuo profilo|(esci|disconnettersi)\?`, plain},
	{"it", "wording.must-log-in", `devi essere (connesso|collegato) per (inviare|pubblicare) un commento`, plain},
	{"it", "wording.tags", `(tag|categorie|categoria|argomenti):`, label},
	{"it", "wording.share", `condividi( questo articolo)?:`, label},
	{"it", "wording.like", `mi piace:`, label},
	{"it", "wording.like", `mi piace caricamento(\.\.\.|…)|caricamento(\.\.\.|…)`, plain},
	{"it", "wording.related", `correlati|articoli correlati|potrebbe interessarti|leggi anche`, plain},
	{"it", "wording.related", `(correlati|leggi anche):`, label},
	{"it", "wording.newsletter", `iscriviti( alla newsletter)?`, plain},
	{"it", "wording.advertisement", `pubblicità`, plain},
	{"it", "wording.read-more", `leggi (di più|tutto)|continua a leggere( ?[→">]+)?`, plain},
	{"it", "wording.feedback", `(questo articolo|questa pagina|questa risposta) (ti )?è stat[oa] utile\??( sì no)?`, plain},
	{"it", "wording.copyright", copyrightNotice + `tutti i diritti riservati\.?`, plain},

	// Dutch.
	{"nl", "wording.leave-a-reply", `(geef|laat) een reactie( achter)?( reactie annuleren)?|reageer`, area},
	{"nl", "wording.leave-a-reply", `(reageer op|laat een reactie achter op) {X} reactie annuleren`, area},
	{"nl", "wording.leave-a-reply", `(reageer op|laat een reactie achter op|reactie op) {X}`, heading},
	{"nl", "wording.comment-count", `{N} (reacties?|gedachten?|antwoorden|antwoord) (op|over) {T}`, area},
	{"nl", "wording.comment-count", `{N} reacties?|reacties`, area},
	{"nl", "wording.email-notice", `(je|uw|het) e-?mailadres wordt niet gepubliceerd`, plain},
	{"nl", "wording.required-fields", `(vereiste|verplichte) velden zijn gemarkeerd met {*}`, plain},
	{"nl", "wording.save-details", `mijn naam, e-?mail(adres)? en (web)?site (opslaan|bewaren) in deze browser voor de volgende keer wanneer ik een reactie plaats`, plain},
	{"nl", "wording.post-comment", `reactie (plaatsen|versturen)|plaats reactie`, plain},
	{"nl", "wording.cancel-reply", `reactie annuleren|annuleer reactie`, plain},
	{"nl", "wording.comments-closed", `reacties zijn gesloten`, plain},
	{"nl", "wording.akismet", `deze (web)?site gebruikt akismet om spam te (verminderen|bestrijden)|` +
		`(bekijk|ontdek|lees) hoe (je|uw) reactie-?gegevens worden verwerkt`, plain},
	{"nl", "wording.logged-in", `ingelogd als {X}|bewerk (je|uw) profiel|uitloggen\?`, plain},
	{"nl", "wording.must-log-in", `(je|u) moet (ingelogd|aangemeld) zijn (op )?om een reactie te (kunnen )?plaatsen`, plain},
	{"nl", "wording.tags", `(tags|trefwoorden|categorieën|categorie|onderwerpen):`, label},
	{"nl", "wording.share", `(dit )?delen:|deel dit( artikel)?:`, label},
	{"nl", "wording.like", `vind ik leuk:`, label},
	{"nl", "wording.like", `vind-ik-leuk laden(\.\.\.|…)|laden(\.\.\.|…)`, plain},
	{"nl", "wording.related", `gerelateerd|gerelateerde (artikelen|berichten)|lees ook`, plain},
	{"nl", "wording.related", `(gerelateerd|lees ook|zie ook):`, label},
	{"nl", "wording.newsletter", `abonneer (je|u)?( op (onze|de) nieuwsbrief)?|schrijf (je|u) in voor (onze|de) nieuwsbrief`, plain},
	{"nl", "wording.advertisement", `advertentie|reclame`, plain},
	{"nl", "wording.read-more", `lees meer|lees verder|verder lezen`, plain},
	{"nl", "wording.feedback", `(was|is) (dit artikel|deze pagina|dit antwoord) nuttig\??( ja nee)?|heeft (dit artikel|deze pagina) (je|u) geholpen\??( ja nee)?`, plain},
	{"nl", "wording.copyright", copyrightNotice + `alle rechten voorbehouden\.?`, plain},

	// Polish.
	{"pl", "wording.leave-a-reply", `(dodaj|napisz|zostaw|pozostaw) (komentarz|odpowiedź)( anuluj (pisanie )?odpowied(ź|zi))?|skomentuj`, area},
	{"pl", "wording.leave-a-reply", `(odpowiedz|dodaj odpowiedź do) {X} anuluj (pisanie )?odpowied(ź|zi)`, area},
	{"pl", "wording.leave-a-reply", `(odpowiedz na|odpowiedz|dodaj odpowiedź do|pozostaw odpowiedź) {X}`, heading},
	{"pl", "wording.comment-count", `{N} (myśli|myśl|przemyśleń|przemyślenia|przemyślenie|komentarzy|komentarze|komentarz|odpowiedzi|odpowiedź) (na temat|nt\.|do|o|dla|w sprawie) {T}`, area},
	{"pl", "wording.comment-count", `{N} (komentarzy|komentarze|komentarz|odpowiedzi)|komentarze`, area},
	{"pl", "wording.email-notice", `(twój|twoj) adres (e-mail|email) nie zostanie opublikowany`, plain},
	{"pl", "wording.required-fields", `wymagane pola są oznaczone {*}|pola, których wypełnienie jest wymagane, są oznaczone( symbolem)? {*}`, plain},
	{"pl", "wording.save-details", `zapamiętaj (moje dane|mój login, e-?mail i adres witryny) w tej przeglądarce[^.!?]*`, plain},
	{"pl", "wording.post-comment", `opublikuj komentarz|dodaj komentarz|wyślij komentarz`, plain},
	{"pl", "wording.cancel-reply", `anuluj (pisanie )?odpowied(ź|zi)`, plain},
	{"pl", "wording.comments-closed", `możliwość komentowania (została wyłączona|jest wyłączona)|komentarze (są )?(wyłączone|zamknięte)|komentowanie jest wyłączone`, plain},
	{"pl", "wording.akismet", `ta (witryna|strona) (wykorzystuje|używa) akismet,? aby ograniczyć spam|` +
		`dowiedz się(,)? (więcej )?jak (przetwarzane są dane (twoich )?komentarzy|są przetwarzane dane (twoich )?komentarzy)`, plain},
	{"pl", "wording.logged-in", `zalogowano jako {X}|zalogowany jako {X}|edytuj swój profil|wylogować się\?|wylogować\?|wyloguj się\?`, plain},
	{"pl", "wording.must-log-in", `musisz (się zalogować|być zalogowany),? aby (móc )?(dodać|opublikować) komentarz`, plain},
	{"pl", "wording.share", `udostępnij( to)?:|podziel się:`, label},
	{"pl", "wording.like", `podoba mi się:|lubię to:`, label},
	{"pl", "wording.like", `(lubię to|polub to) wczytywanie(\.\.\.|…)|wczytywanie(\.\.\.|…)`, plain},
	{"pl", "wording.related", `podobne|powiązane|podobne wpisy|przeczytaj także|zobacz także`, plain},
	{"pl", "wording.related", `(podobne|powiązane|przeczytaj także|zobacz też|czytaj też|czytaj także):`, label},
	{"pl", "wording.newsletter", `zapisz się( do newslettera)?|subskrybuj`, plain},
	{"pl", "wording.advertisement", `reklama`, plain},
	{"pl", "wording.read-more", `czytaj (dalej|więcej)`, plain},

	// Russian.
	{"ru", "wording.leave-a-reply", `(добавить|оставить|оставьте|написать) (комментарий|отзыв)( отменить ответ)?|оставить ответ`, area},
	{"ru", "wording.leave-a-reply", `(добавить комментарий для|ответить) {X} отменить ответ`, area},
	{"ru", "wording.leave-a-reply", `(добавить комментарий для|ответить) {X}`, heading},
	{"ru", "wording.comment-count", `{N} (комментари[йяев]+|мысл[ьией]+|ответ[аов]*|отзыв[аов]*) (к|о|на|для) (записи )?{T}`, area},
	{"ru", "wording.comment-count", `{N} комментари[йяев]+|комментарии`, area},
	{"ru", "wording.comment-count", `отзывы( \(?{N}\)?)?`, area},
	{"ru", "wording.comment-count", `{N} отзыв[аов]*`, area},
	{"ru", "wording.comment-count", `[^:]+: {N} (комментари[йяев]+|ответ[аов]*)`, area},
	{"ru", "wording.email-notice", `ваш (адрес )?(email|e-mail|электронной почты) не будет опубликован`, plain},
	{"ru", "wording.required-fields", `обязательные поля помечены {*}`, plain},
	{"ru", "wording.save-details", `сохранить (моё|мое) имя, email и адрес сайта в этом браузере для последующих моих комментариев`, plain},
	{"ru", "wording.post-comment", `отправить комментарий|опубликовать комментарий`, plain},
	{"ru", "wording.cancel-reply", `отменить ответ`, plain},
	{"ru", "wording.comments-closed", `(комментарии|обсуждение) (закрыты|закрыто|отключены|отключено)`, plain},
	{"ru", "wording.akismet", `этот сайт использует akismet для борьбы со спамом|узнайте,? как обрабатываются (ваши )?данные (ваших )?комментариев`, plain},
	{"ru", "wording.logged-in", `вы вошли как {X}|редактировать профиль|выйти\?`, plain},
	{"ru", "wording.must-log-in", `для отправки комментария (вам )?необходимо (авторизоваться|войти)`, plain},
	{"ru", "wording.share", `поделиться( ссылкой| записью)?:`, label},
	{"ru", "wording.like", `нравится:`, label},
	{"ru", "wording.like", `нравится загрузка(\.\.\.|…)|загрузка(\.\.\.|…)`, plain},
	{"ru", "wording.related", `похожее|похожие (записи|статьи)|читайте также|по теме|(самые )?популярн(ое|ые)( статьи| записи| материалы| [^ .?!"]+)?`, plain},
	{"ru", "wording.related", `(похожее|читайте также|по теме):`, label},
	{"ru", "wording.newsletter", `подпишитесь( на (нашу )?рассылку)?|подписаться`, plain},
	{"ru", "wording.advertisement", `реклама`, plain},
	{"ru", "wording.read-more", `читать (далее|дальше|полностью)|подробнее`, plain},

	// Turkish: the count follows the title.
	{"tr", "wording.leave-a-reply", `(bir )?(yanıt|cevap|yorum) (yazın|bırakın|yapın)( (yanıtı|cevabı) iptal et)?|yorum yap`, area},
	{"tr", "wording.leave-a-reply", `{X} için bir (yanıt|cevap) yazın (yanıtı|cevabı) iptal et`, area},
	{"tr", "wording.leave-a-reply", `{X} için bir (yanıt|cevap) yazın|{X} (kişisine|adlı kullanıcıya) yanıt ver`, heading},
	{"tr", "wording.comment-count", `{T} (hakkında|için|üzerine) {N} (düşünce|yorum|cevap|yanıt)`, area},
	{"tr", "wording.comment-count", `{N} (yorum|cevap|yanıt)|yorumlar`, area},
	{"tr", "wording.email-notice", `e-posta (hesabınız|adresiniz) (yayımlanmayacak|yayınlanmayacak)`, plain},
	{"tr", "wording.required-fields", `gerekli alanlar {*} ile işaretlenmişlerdir|zorunlu alanlar {*} ile işaretlenmişlerdir`, plain},
	{"tr", "wording.save-details", `bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet`, plain},
	{"tr", "wording.post-comment", `yorum (gönder|yap)|yorumu gönder`, plain},
	{"tr", "wording.cancel-reply", `(yanıtı|cevabı) iptal et`, plain},
	{"tr", "wording.comments-closed", `yorumlar (kapatıldı|kapalı)`, plain},
	{"tr", "wording.akismet", `bu site,? istenmeyenleri azaltmak için akismet kullanıyor|` +
		`yorum verilerinizin nasıl işlendiği hakkında daha fazla bilgi edinin`, plain},
	{"tr", "wording.logged-in", `{X} olarak giriş yapıldı|profilinizi düzenleyin|çıkış yap(ılsın mı)?\?`, plain},
	{"tr", "wording.must-log-in", `yorum (yapabilmek|göndermek) için (oturum açmalısınız|giriş yapmalısınız|giriş yapmış olmalısınız)`, plain},
	{"tr", "wording.share", `(bunu )?paylaş:`, label},
	{"tr", "wording.like", `bunu beğen:`, label},
	{"tr", "wording.like", `beğen yükleniyor(\.\.\.|…)|yükleniyor(\.\.\.|…)`, plain},
	{"tr", "wording.related", `ilgili|ilgili yazılar|benzer yazılar`, plain},
	{"tr", "wording.related", `(ilgili|ayrıca okuyun):`, label},
	{"tr", "wording.newsletter", `abone ol|bültene abone ol`, plain},
	{"tr", "wording.advertisement", `reklam`, plain},
	{"tr", "wording.read-more", `devamını oku|daha fazla oku`, plain},

	// Indonesian.
	{"id", "wording.leave-a-reply", `tinggalkan (balasan|komentar|tanggapan)( batalkan balasan)?|tulis komentar`, area},
	{"id", "wording.leave-a-reply", `(tinggalkan balasan ke|balas ke) {X} batalkan balasan`, area},
	{"id", "wording.leave-a-reply", `(tinggalkan balasan ke|balas ke) {X}`, heading},
	{"id", "wording.comment-count", `{N} (tanggapan|pemikiran|komentar|balasan) (untuk|pada|di|tentang) {T}`, area},
	{"id", "wording.comment-count", `{N} (komentar|tanggapan)|komentar`, area},
	{"id", "wording.email-notice", `alamat (email|surel) anda tidak akan (dipublikasikan|ditampilkan)`, plain},
	{"id", "wording.required-fields", `(ruas|kolom|bidang) yang wajib ditandai {*}`, plain},
	{"id", "wording.save-details", `simpan nama, (email|surel), dan (situs web|situs) saya (pada|di) (peramban|browser) ini untuk komentar saya berikutnya`, plain},
	{"id", "wording.post-comment", `kirim komentar|kirimkan komentar`, plain},
	{"id", "wording.cancel-reply", `batalkan balasan`, plain},
	{"id", "wording.comments-closed", `komentar (ditutup|dinonaktifkan)`, plain},
	{"id", "wording.akismet", `situs ini menggunakan akismet untuk mengurangi spam|pelajari bagaimana data komentar anda diproses`, plain},
	{"id", "wording.logged-in", `(masuk|login) sebagai {X}|sunting profil anda|keluar\?`, plain},
	{"id", "wording.must-log-in", `anda harus (masuk|login) untuk (mengirim|menulis|memposting) (sebuah )?komentar`, plain},
	{"id", "wording.share", `bagikan( ini)?:`, label},
	{"id", "wording.like", `suka ini:`, label},
	{"id", "wording.like", `suka memuat(\.\.\.|…)|memuat(\.\.\.|…)`, plain},
	{"id", "wording.related", `terkait|artikel terkait|baca juga`, plain},
	{"id", "wording.related", `(terkait|baca juga):`, label},
	{"id", "wording.newsletter", `berlangganan`, plain},
	{"id", "wording.advertisement", `iklan`, plain},
	{"id", "wording.read-more", `baca (selengkapnya|lebih lanjut)`, plain},

	// Japanese: no spaces between sentences; the separator may be "。".
	{"ja", "wording.leave-a-reply", `コメントを(残す|書く|どうぞ)|返信を残す`, area},
	{"ja", "wording.leave-a-reply", `{X} ?(に|へ)(コメントする|返信する) ?(コメント|返信)をキャンセル`, area},
	{"ja", "wording.leave-a-reply", `{X} ?(に|へ)(コメントする|返信する)`, heading},
	{"ja", "wording.comment-count", `{T} ?(へ|に)の ?{N} ?件の(フィードバック|コメント|返信)`, area},
	{"ja", "wording.comment-count", `{N} ?件の(コメント|フィードバック)|コメント`, area},
	{"ja", "wording.email-notice", `メールアドレスが公開されることはありません`, plain},
	{"ja", "wording.required-fields", `{*} ?が付いている欄は必須項目です|必須項目には ?{*} ?(が|の)(ついて|付いて)います`, plain},
	{"ja", "wording.save-details", `次回のコメントで使用するため(ブラウザー|ブラウザ)に自分の名前、メールアドレス、サイトを保存する`, plain},
	{"ja", "wording.post-comment", `コメントを(送信|投稿)`, plain},
	{"ja", "wording.cancel-reply", `(コメント|返信)をキャンセル`, plain},
	{"ja", "wording.comments-closed", `コメントは(受け付けていません|締め切られました|停止中です)`, plain},
	{"ja", "wording.akismet", `このサイトはスパムを低減するために ?akismet ?を使っています|` +
		`コメントデータの処理方法の詳細はこちらをご覧ください`, plain},
	{"ja", "wording.logged-in", `{X} ?としてログインしています|プロフィールを編集します|ログアウトしますか ?\?`, plain},
	{"ja", "wording.must-log-in", `コメントを投稿するには(ログインしてください|ログインする必要があります)`, plain},
	{"ja", "wording.share", `(これを)?共有:|シェアする:`, label},
	{"ja", "wording.like", `いいね:`, label},
	{"ja", "wording.like", `いいね(を)?読み込み中(\.\.\.|…)|読み込み中(\.\.\.|…)`, plain},
	{"ja", "wording.related", `関連(記事)?`, plain},
	{"ja", "wording.related", `関連(記事)?:`, label},
	{"ja", "wording.advertisement", `広告|スポンサーリンク`, plain},
	{"ja", "wording.read-more", `続きを読む|もっと読む`, plain},

	// Chinese (simplified).
	{"zh", "wording.leave-a-reply", `发表(回复|评论)( 取消回复)?|留下评论`, area},
	{"zh", "wording.leave-a-reply", `(回复给|回复) ?{X} ?取消回复`, area},
	{"zh", "wording.leave-a-reply", `(回复给|回复) ?{X}|向 ?{X} ?进行回复`, heading},
	{"zh", "wording.comment-count", `{T} ?(上)?有 ?{N} ?(条|个)(评论|回复|想法)|{N} ?(条|个)(评论|回复)|关于 ?{T} ?的 ?{N} ?(条|个)(评论|想法)|{T}的{N}个想法`, area},
	{"zh", "wording.comment-count", `评论|{N} ?条评论`, area},
	{"zh", "wording.email-notice", `(您的)?(电子邮件|电子邮箱|邮箱|邮件)地址不会被公开`, plain},
	{"zh", "wording.required-fields", `必填项已用 ?{*} ?标注`, plain},
	{"zh", "wording.save-details", `在此浏览器中保存我的[^。]+`, plain},
	{"zh", "wording.post-comment", `发表评论|提交评论`, plain},
	{"zh", "wording.cancel-reply", `取消回复`, plain},
	{"zh", "wording.comments-closed", `评论已关闭`, plain},
	{"zh", "wording.akismet", `(本站|此站点|本网站)使用 ?akismet ?来?减少垃圾评论|了解我们如何处理您的评论数据|了解你的评论数据如何被处理`, plain},
	{"zh", "wording.logged-in", `以 ?{X} ?的身份登录|已登录为 ?{X}|编辑您的个人资料|注销\?|登出\?`, plain},
	{"zh", "wording.must-log-in", `要发表评论,?您必须先登录|您必须登录才能发表评论`, plain},
	{"zh", "wording.share", `分享(此文|到)?:`, label},
	{"zh", "wording.like", `喜欢(此文|这个)?:`, label},
	{"zh", "wording.like", `喜欢 ?正在加载(\.\.\.|…)|正在加载(\.\.\.|…)`, plain},
	{"zh", "wording.related", `相关(文章|阅读)?`, plain},
	{"zh", "wording.related", `相关(文章|阅读)?:`, label},
	{"zh", "wording.advertisement", `广告`, plain},
	{"zh", "wording.read-more", `阅读(更多|全文)|继续阅读`, plain},

	// Korean: the count follows the title, as in Turkish.
	{"ko", "wording.leave-a-reply", `(답글|댓글) 남기기( (응답|답글) 취소)?`, area},
	{"ko", "wording.leave-a-reply", `{X}에 (답글|댓글) 남기기 (응답|답글) 취소`, area},
	{"ko", "wording.leave-a-reply", `{X}에 (답글|댓글) 남기기`, heading},
	{"ko", "wording.comment-count", `{T} ?에 대한 ?{N} ?개의 (생각|댓글|답글|응답)`, area},
	{"ko", "wording.comment-count", `{N}개의 댓글|댓글 {N}개|댓글`, area},
	{"ko", "wording.comment-count", `{N} 개의 댓글|댓글 {N} 개`, area},
	{"ko", "wording.email-notice", `(귀하의 )?이메일 주소는 공개되지 않습니다`, plain},
	{"ko", "wording.required-fields", `필수 (필드|항목|입력란)는 ?{*} ?로 표시(됩니다|되어 있습니다)`, plain},
	{"ko", "wording.save-details", `다음 번 댓글 작성을 위해 이 브라우저에 [^.]+저장합니다`, plain},
	{"ko", "wording.post-comment", `댓글 (달기|게시|등록|작성)`, plain},
	{"ko", "wording.cancel-reply", `(응답|답글) 취소`, plain},
	{"ko", "wording.comments-closed", `댓글(이|은) 닫혔습니다`, plain},

	// Arabic: the tanween of "تعليقاً" is written before or after its alef, or left out.
	{"ar", "wording.leave-a-reply", `(اترك|أترك|أضف|اضف) (تعليق(اً|ًا|ا)?|ردا|رداً|ردًا)( إلغاء الرد)?`, area},
	{"ar", "wording.comment-count", `التعليقات|{N} (تعليقات|تعليق)|تعليق واحد|تعليقان`, area},
	{"ar", "wording.email-notice", `لن يتم نشر عنوان بريدك الإلكتروني`, plain},
	{"ar", "wording.required-fields", `الحقول (الإلزامية|المطلوبة) (مشار إليها|محددة) ?(بـ)? ?{*}`, plain},
	{"ar", "wording.save-details", `احفظ اسمي[^.]+`, plain},
	{"ar", "wording.post-comment", `(إرسال|أرسل|ارسال|نشر) التعليق`, plain},
	{"ar", "wording.cancel-reply", `إلغاء الرد`, plain},
	{"ar", "wording.comments-closed", `التعليقات مغلقة`, plain},

	// Czech and Slovak.
	{"cs", "wording.leave-a-reply", `(napsat|napište|přidat|zanechat|zanechte) (komentář|odpověď)( zrušit odpověď)?|(napísať|pridaj|pridať|zanechajte) (komentár|odpoveď)( zrušiť odpoveď)?`, area},
	{"cs", "wording.comment-count", `{N} (komentář[ůe]?|odpověd[ií]|reakc[eí]) (na|k|u) {T}`, area},
	{"cs", "wording.comment-count", `{N} (komentář[ůe]?|komentár[ove]*)|komentáře|komentáre`, area},
	{"cs", "wording.email-notice", `vaše e-mailová adresa nebude zveřejněna|vaša e-mailová adresa nebude zverejnená`, plain},
	{"cs", "wording.required-fields", `(vyžadované informace|povinná pole|povinné položky) jsou označen[ya] {*}|povinné polia sú označené {*}`, plain},
	{"cs", "wording.post-comment", `odeslat komentář|odoslať komentár`, plain},
	{"cs", "wording.cancel-reply", `zrušit odpověď|zrušiť odpoveď`, plain},
	{"cs", "wording.comments-closed", `komentáře jsou (uzavřeny|zakázány|vypnuty)`, plain},

	// Swedish.
	{"sv", "wording.leave-a-reply", `lämna ett svar( avbryt svar)?|lämna en kommentar|skriv en kommentar`, area},
	{"sv", "wording.comment-count", `{N} (reaktioner|reaktion|kommentarer|kommentar|tankar|tanke) (på|om|till) {T}`, area},
	{"sv", "wording.comment-count", `(en|ett) (reaktion|kommentar|tanke) (på|om|till) {T}|{N} kommentarer|kommentarer`, area},
	{"sv", "wording.email-notice", `din e-postadress kommer inte (att )?publiceras`, plain},
	{"sv", "wording.required-fields", `obligatoriska fält är märkta {*}`, plain},
	{"sv", "wording.save-details", `spara mitt namn, min e-postadress och webbplats i denna webbläsare[^.]*`, plain},
	{"sv", "wording.post-comment", `publicera kommentar(en)?|skicka kommentar`, plain},
	{"sv", "wording.cancel-reply", `avbryt svar`, plain},
	{"sv", "wording.comments-closed", `kommentarer är (stängda|avstängda)`, plain},

	// Vietnamese.
	{"vi", "wording.leave-a-reply", `để lại (một )?bình luận|viết bình luận|gửi bình luận`, area},
	{"vi", "wording.comment-count", `{N} (bình luận|phản hồi) (về|cho|trong) {T}`, area},
	{"vi", "wording.comment-count", `{N} bình luận|bình luận`, area},
	{"vi", "wording.email-notice", `(địa chỉ )?email của bạn sẽ không được (hiển thị công khai|công bố|công khai)`, plain},
	{"vi", "wording.required-fields", `các trường bắt buộc (được|đã được) đánh dấu {*}`, plain},
}

// wordingShorthands expand the {…} shorthands of wordingTable patterns.
// They use unbounded repetition: a counted one ({1,300}) is compiled into
// that many copies and makes every match slow; blocks are short anyway.
var wordingShorthands = strings.NewReplacer(
	"{N}", `(?:\d+|one|two|three|jedno|four|five|six|seven|eight|nine|ten|ein|eine|einen|zwei|drei|un|une|uno|una|um|uma|dois|duas|één|een|jedna|jeden|один|одна|одно|bir|satu|一|两)`,
	"{T}", `"[^"]+"?`,
	"{X}", `[^.?!"]+`,
	"{*}", `(?:\*)?`,
)

// wordingMatcher is the compiled table. Every short block of a page is
// tried against it, so it is built for speed, and for a cheap start (each
// new Worker isolate and each page load builds it): each phrase is indexed by the
// literal prefixes a match must start with, so a block is tried only against
// the few phrases whose prefix it starts with; a phrase's regular expression
// is compiled the first time a block gets that far.
type wordingMatcher struct {
	phrases  []phrase
	byStart  map[string][]startEntry // a prefix's first startRunes runes (all of a shorter one) → its phrase
	wild     []int                   // phrases that may start with anything
	needs    [][]string              // per phrase with an expression: one of these must occur in the block
	compiled []func() *regexp.Regexp
	// literal marks the phrases that are a finite set of strings, their
	// prefixes: a block starting with one needs no regular expression.
	literal []bool
	// needBytes is needs for mayStart, which reads text as bytes.
	needBytes [][][]byte
	// wildASCII is true when a wild phrase may match text all in ASCII:
	// it needs no literal, or one in ASCII.
	wildASCII bool
	// wildLeads marks, when wildASCII is false, the first byte past ASCII
	// of every literal the wild phrases need: text holding none of those
	// bytes holds none of the literals.
	wildLeads [256]bool
}

// startRunes is how many runes of a prefix key byStart: the more, the
// fewer prefixes a look-up finds to compare with the text ("co" led to 161,
// "com" to far fewer), for a look-up more per text.
const startRunes = 3

// startEntry is one literal prefix of a phrase.
type startEntry struct {
	phrase int
	prefix string
}

// firstRunes is the start of s up to n runes long.
func firstRunes(s string, n int) string {
	end := 0
	for i := 0; i < n && end < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return s[:end]
}

var compiledWording = sync.OnceValue(buildWordingMatcher)

// phraseAnalysis is what reading a phrase's pattern tells the matcher.
// Reading all of them (parsing, simplifying, walking every expression) is
// most of building the matcher: a few ms natively, a few hundred on the
// first clean in WebAssembly, which a Worker pays in every new isolate. So
// it is done ahead of time: wording_index.go holds the analysis of every
// row, written by `go test ./cleaner -run TestWordingIndex -update`.
type phraseAnalysis struct {
	pattern  string   // the row's pattern, as analyzed
	prefixes []string // literal prefixes every match starts with, when prefixed
	prefixed bool     // prefixes is known: the phrase need not be tried on every block
	literal  bool     // the matches are exactly prefixes: no expression is needed
	needs    []string // for an expression: one of these occurs in every match
}

// analyzePhrase reads one row's pattern.
func analyzePhrase(p phrase) phraseAnalysis {
	re, err := syntax.Parse(wordingExpression(p), syntax.Perl)
	if err != nil {
		panic("wording table: " + err.Error())
	}
	re = re.Simplify()
	a := phraseAnalysis{pattern: p.pattern}
	pre, complete, ok := literalPrefixes(re)
	if ok {
		a.prefixes, a.prefixed = pre, true
	}
	if ok && complete {
		a.literal = true
	} else {
		// A block must hold one of these before the expression runs:
		// "{N} comments" starts with any digit, and most blocks that do
		// are no count of comments.
		a.needs = requiredLiterals(re)
	}
	return a
}

// wordingExpression is a row's pattern with its shorthands written out and
// its groups made non-capturing.
func wordingExpression(p phrase) string {
	return nonCapturing(wordingShorthands.Replace(p.pattern))
}

// buildWordingMatcher indexes the table from the analysis made ahead of
// time; a row whose pattern changed since (the index is stale, which a
// test reports) is analyzed now, so the answers never depend on it.
func buildWordingMatcher() *wordingMatcher {
	return newWordingMatcher(wordingTable, func(i int, p phrase) phraseAnalysis {
		if i < len(wordingIndex) && wordingIndex[i].pattern == p.pattern {
			return wordingIndex[i]
		}
		return analyzePhrase(p)
	})
}

func newWordingMatcher(table []phrase, analyze func(int, phrase) phraseAnalysis) *wordingMatcher {
	m := &wordingMatcher{
		phrases:   table,
		byStart:   map[string][]startEntry{},
		needs:     make([][]string, len(table)),
		needBytes: make([][][]byte, len(table)),
		compiled:  make([]func() *regexp.Regexp, len(table)),
		literal:   make([]bool, len(table)),
	}
	for i, p := range table {
		m.compiled[i] = sync.OnceValue(func() *regexp.Regexp {
			re := regexp.MustCompile(`^(?:` + wordingExpression(p) + `)`)
			re.Longest()
			return re
		})
		a := analyze(i, p)
		m.literal[i], m.needs[i] = a.literal, a.needs
		for _, lit := range a.needs {
			m.needBytes[i] = append(m.needBytes[i], []byte(lit))
		}
		if !a.prefixed {
			m.wild = append(m.wild, i)
			m.wildASCII = m.wildASCII || len(a.needs) == 0 || slices.ContainsFunc(a.needs, isASCII)
			continue
		}
		for _, s := range a.prefixes {
			key := firstRunes(s, startRunes)
			m.byStart[key] = append(m.byStart[key], startEntry{i, s})
		}
	}
	for _, i := range m.wild {
		for _, lit := range m.needs[i] {
			if j := strings.IndexFunc(lit, func(r rune) bool { return r >= utf8.RuneSelf }); j >= 0 {
				m.wildLeads[lit[j]] = true
			}
		}
	}
	return m
}

// holdsWildLead reports whether text holds a byte of leads (m.wildLeads),
// which are all past ASCII: eight bytes of ASCII are passed over at once.
func holdsWildLead[T string | []byte](leads *[256]bool, text T) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		if (text[i]|text[i+1]|text[i+2]|text[i+3]|text[i+4]|text[i+5]|text[i+6]|text[i+7])&0x80 == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if leads[text[j]] {
				return true
			}
		}
	}
	for ; i < len(text); i++ {
		if leads[text[i]] {
			return true
		}
	}
	return false
}

// mayHold is false when text lacks every literal one of which each match
// of phrase i holds.
func (m *wordingMatcher) mayHold(i int, text string) bool {
	for _, lit := range m.needs[i] {
		if strings.Contains(text, lit) {
			return true
		}
	}
	return len(m.needs[i]) == 0
}

// mayHoldBytes is mayHold for text as bytes.
func (m *wordingMatcher) mayHoldBytes(i int, text []byte) bool {
	for _, lit := range m.needBytes[i] {
		if bytes.Contains(text, lit) {
			return true
		}
	}
	return len(m.needBytes[i]) == 0
}

// mayStart is false when no phrase can match at the start of text, a
// block's normalized text (wide: it holds a rune past ASCII), and so
// matchWording would find nothing. It is longestPhrase's first look,
// without expressions and without text as a string: most blocks start
// with no phrase, and need no more.
func (m *wordingMatcher) mayStart(text []byte, wide bool) bool {
	rest := text
	if len(rest) > 0 && (rest[0] >= utf8.RuneSelf || strings.IndexByte(wordingSeparators, rest[0]) >= 0) {
		// Most text starts with a letter: the cut set, which is not all
		// ASCII, would be searched rune by rune for it.
		rest = bytes.TrimLeft(rest, wordingSeparators)
	}
	if len(rest) == 0 {
		return false
	}
	// The keys of one, two and three runes, each a rune longer than the
	// last (a text shorter than that has fewer).
	for runes, end := 1, 0; runes <= startRunes && end < len(rest); runes++ {
		_, size := utf8.DecodeRune(rest[end:])
		end += size
		for _, e := range m.byStart[string(rest[:end])] {
			if len(rest) >= len(e.prefix) && string(rest[:len(e.prefix)]) == e.prefix && m.mayHoldBytes(e.phrase, rest) {
				return true
			}
		}
	}
	if !m.wildASCII && (!wide || !holdsWildLead(&m.wildLeads, rest)) {
		return false // every wild phrase needs a literal past ASCII, and text holds none
	}
	for _, i := range m.wild {
		if m.mayHoldBytes(i, rest) {
			return true
		}
	}
	return false
}

// longestPhrase returns the phrase that matches the longest start of text
// and ends at a word boundary, among those allowed in this kind of block.
func (m *wordingMatcher) longestPhrase(text string, isHeading bool) (*phrase, int) {
	var best *phrase
	bestEnd := 0
	// tryEnd judges phrase i matching text[:end] (end < 0: no match).
	tryEnd := func(i, end int) {
		p := &m.phrases[i]
		if end <= bestEnd {
			return
		}
		// A phrase must end at a word boundary: "ad" must not eat "adjective".
		if after := text[end:]; after != "" && endsInWord(text[:end]) && startsWithWord(after) {
			return
		}
		best, bestEnd = p, end
	}
	try := func(i int) {
		if m.phrases[i].kind == heading && !isHeading || !m.mayHold(i, text) {
			return
		}
		end := -1
		if loc := m.compiled[i]().FindStringIndex(text); loc != nil {
			end = loc[1]
		}
		tryEnd(i, end)
	}
	// The phrases whose prefix text starts with, tried in table order (on
	// a tie in length the earlier row wins). A literal phrase's match is
	// its longest prefix that text starts with.
	type candidate struct{ phrase, end int }
	var candidates []candidate
	for runes := 1; runes <= startRunes; runes++ {
		for _, e := range m.byStart[firstRunes(text, runes)] {
			if strings.HasPrefix(text, e.prefix) {
				candidates = append(candidates, candidate{e.phrase, len(e.prefix)})
			}
		}
	}
	slices.SortFunc(candidates, func(a, b candidate) int { return a.phrase - b.phrase })
	for j := 0; j < len(candidates); {
		i, end := candidates[j].phrase, 0
		for ; j < len(candidates) && candidates[j].phrase == i; j++ {
			end = max(end, candidates[j].end)
		}
		if !m.literal[i] {
			try(i)
		} else if m.phrases[i].kind != heading || isHeading {
			tryEnd(i, end)
		}
	}
	if m.wildASCII || holdsWildLead(&m.wildLeads, text) {
		for _, i := range m.wild {
			try(i)
		}
	}
	return best, bestEnd
}

// maxPrefixes bounds the literal prefixes kept per phrase.
const maxPrefixes = 64

// literalPrefixes lists strings one of which every match of re starts with;
// ok is false when re may start with nearly anything; complete is true when they are the whole matches.
func literalPrefixes(re *syntax.Regexp) (prefixes []string, complete, ok bool) {
	pre, complete, ok := prefixSet(re)
	if !ok {
		return nil, false, false
	}
	for _, p := range pre {
		if p == "" {
			return nil, false, false
		}
	}
	return pre, complete, true
}

// prefixSet returns the literal prefixes of re's matches; complete is true
// when they are the whole matches (re is a finite set of strings), so that
// what follows re may extend them.
func prefixSet(re *syntax.Regexp) (pre []string, complete, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxPrefixes {
					return nil, false, false
				}
				out = append(out, string(r))
			}
		}
		return out, true, true
	case syntax.OpCapture:
		return prefixSet(re.Sub[0])
	case syntax.OpPlus:
		pre, _, ok := prefixSet(re.Sub[0])
		return pre, false, ok
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil, false, false
		}
		pre, _, ok := prefixSet(re.Sub[0])
		return pre, false, ok
	case syntax.OpQuest:
		// Either the optional part or nothing: "" stands for "nothing", and
		// concatenation extends it with what follows.
		pre, complete, ok := prefixSet(re.Sub[0])
		if !ok {
			return nil, false, false
		}
		return append(pre, ""), complete, true
	case syntax.OpAlternate:
		var out []string
		complete := true
		for _, sub := range re.Sub {
			pre, c, ok := prefixSet(sub)
			if !ok {
				return nil, false, false
			}
			out = append(out, pre...)
			complete = complete && c
		}
		if len(out) > maxPrefixes {
			return nil, false, false
		}
		return out, complete, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			pre, c, ok := prefixSet(sub)
			if !ok || len(out)*len(pre) > maxPrefixes {
				return prefixesOrNone(out)
			}
			var next []string
			for _, a := range out {
				for _, b := range pre {
					next = append(next, a+b)
				}
			}
			out = next
			if !c {
				return prefixesOrNone(out)
			}
		}
		return out, true, true
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	}
	return nil, false, false
}

// prefixesOrNone ends a concatenation early: its prefixes are usable only if none
// is empty.
func prefixesOrNone(pre []string) ([]string, bool, bool) {
	for _, p := range pre {
		if p == "" {
			return nil, false, false
		}
	}
	return pre, false, true
}

// requiredLiterals lists literals one of which every match of re contains;
// nil when it finds none. A concatenation needs what its most telling part
// needs (the part whose shortest literal is longest); an alternation needs
// one of what its branches need, so "(コメントする|返信する)" after a wild
// start still rules out most blocks without running the expression.
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if lits := requiredLiterals(sub); lits != nil && shortestLen(lits) > shortestLen(best) {
				best = lits
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits := requiredLiterals(sub)
			if lits == nil {
				return nil
			}
			out = append(out, lits...)
		}
		return out
	}
	return nil
}

// shortestLen is the length of the shortest string of list; 0 for none.
func shortestLen(list []string) int {
	n := 0
	for i, s := range list {
		if i == 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// nonCapturing turns every capture group of a pattern into a plain group.
func nonCapturing(pattern string) string {
	var b strings.Builder
	escaped := false
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		b.WriteByte(c)
		switch {
		case escaped:
			escaped = false
		case c == '\\':
			escaped = true
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '(' && !inClass && (i+1 == len(pattern) || pattern[i+1] != '?'):
			b.WriteString("?:")
		}
	}
	return b.String()
}

// wordingSeparators may stand between phrases of one block.
const wordingSeparators = " .:!·|•,;–—-*。！、"

// wordingMatch is the verdict on one block.
type wordingMatch struct {
	rule string
	kind phraseKind // the kind of the first phrase
}

// matchWording reports whether text (already normalized) is entirely
// boilerplate: a sequence of table phrases, or a label phrase followed by a
// short list. isHeading says whether the block is a heading, which heading
// phrases need.
func matchWording(text string, isHeading bool) (wordingMatch, bool) {
	m := compiledWording()
	var first wordingMatch
	rest := strings.TrimLeft(text, wordingSeparators)
	if rest == "" || utf8.RuneCountInString(rest) > 600 {
		return first, false
	}
	for rest != "" {
		p, end := m.longestPhrase(rest, isHeading)
		if p == nil {
			return first, false
		}
		if first.rule == "" {
			first = wordingMatch{rule: p.rule, kind: p.kind}
		}
		after := rest[end:]
		if p.kind == label && isLabelTail(after) {
			return first, true
		}
		rest = strings.TrimLeft(after, wordingSeparators)
	}
	return first, true
}

// isWording reports whether text, as the page shows it, is boilerplate
// wording whole (a phrase of any language, not only a heading's).
func isWording(text string) bool {
	_, ok := wordingOf(text)
	return ok
}

// wordingOf is isWording with the verdict: the first phrase's rule.
func wordingOf(text string) (wordingMatch, bool) {
	var w wordingWriter
	w.write(text)
	if w.runes == 0 || !compiledWording().mayStart(w.b, w.wides > 0) {
		return wordingMatch{}, false
	}
	return matchWording(string(w.b), false)
}

// isLabelTail accepts what may follow a label: nothing, or a few words of
// link text that do not make a sentence.
func isLabelTail(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if len(strings.Fields(s)) > 15 {
		return false
	}
	return !strings.ContainsAny(strings.TrimRight(s, ".…"), ".!?。")
}

func endsInWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return wordingWordRune(r) && !scriptWithoutSpaces(r)
}

func startsWithWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return wordingWordRune(r) && !scriptWithoutSpaces(r)
}

func wordingWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scriptWithoutSpaces is true for scripts written without spaces between words.
func scriptWithoutSpaces(r rune) bool {
	return r >= 0x3000 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7af || r >= 0xff00 && r <= 0xffef
}

// normalizeWording folds a block's text onto the forms the patterns use, in
// one pass: lowercase, every double quote mark as ", apostrophes as ',
// full-width punctuation as ASCII, zero-width characters dropped, and white
// space collapsed to single spaces.
func normalizeWording(s string) string {
	var w wordingWriter
	w.write(s)
	return string(w.b)
}

// wordingText is normalizeWording(blockText(n)), written as n is walked.
func wordingText(n *html.Node) string {
	var w wordingWriter
	w.writeNode(n, -1)
	return string(w.b)
}

// lowerRune is unicode.ToLower(r), with the common scripts' ranges that
// need no table answered first: Latin-1's letters, basic Cyrillic, and the
// caseless ranges of Chinese, Japanese and Korean text. ToLower searches a
// table of case ranges for every rune past ASCII.
func lowerRune(r rune) rune {
	switch {
	case 0xdf <= r && r <= 0xff, 0x430 <= r && r <= 0x45f, 0x2e80 <= r && r < 0xa640, 0xac00 <= r && r <= 0xd7a3:
		return r // lower case already, or no case at all
	case 0xc0 <= r && r <= 0xde && r != 0xd7, 0x410 <= r && r <= 0x42f:
		return r + 0x20 // À–Þ, А–Я
	}
	return unicode.ToLower(r)
}

// wordingWriter builds the normalized text of normalizeWording. Its buffer
// is a byte slice, not a strings.Builder, so that the wording judge can
// reuse it for every block of a page.
type wordingWriter struct {
	b     []byte
	space bool // white space is pending
	// runes counts the runes read that are not white space, those dropped
	// included: nodeTextLen's count of the text written.
	runes int
	wides int // the runes past ASCII written to b
	// spans, when record is set, gets the span of every element written,
	// in the order of a walk: the wording judge reads an element's text
	// from the text of the block around it (wordingCover).
	spans  []wordingSpan
	record bool
}

// wordingSpan is where an element's text lies in a wordingWriter's b: from
// start to end (-1 when the writing stopped inside the element), and the
// writer's runes and wides counts there.
type wordingSpan struct {
	n                    *html.Node
	start, end           int
	runesStart, runesEnd int
	widesStart, widesEnd int
}

func (w *wordingWriter) reset() {
	w.b, w.space, w.runes, w.wides, w.spans = w.b[:0], false, 0, 0, w.spans[:0]
}

// writeNode writes the text of n as blockText reads it, a space for every
// <br> and around every block element. It stops, and returns false, once
// more than limit runes that are not white space are read (limit < 0: no
// limit).
func (w *wordingWriter) writeNode(n *html.Node, limit int) bool {
	switch {
	case n.Type == html.TextNode:
		w.write(n.Data)
		return limit < 0 || w.runes <= limit
	case n.Type == html.ElementNode && n.Data == "br":
		w.space = true
		return true
	}
	block := n.Type == html.ElementNode && startsBlock(n.Data)
	span := -1
	if w.record && n.Type == html.ElementNode {
		span = len(w.spans)
		w.spans = append(w.spans, wordingSpan{n: n, start: len(w.b), end: -1, runesStart: w.runes, widesStart: w.wides})
	}
	w.space = w.space || block
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !w.writeNode(c, limit) {
			return false
		}
	}
	if span >= 0 {
		sp := &w.spans[span]
		sp.end, sp.runesEnd, sp.widesEnd = len(w.b), w.runes, w.wides
	}
	w.space = w.space || block
	return true
}

func (w *wordingWriter) write(s string) {
	// The fields live in locals meanwhile: stored through w, they would be
	// loaded and stored again for every byte.
	b, space, runes := w.b, w.space, w.runes
	for i := 0; i < len(s); {
		// Eight ASCII bytes at once where their white space is single
		// spaces between other bytes, none first: written as they are,
		// lowercased, a space last left pending as any is. Most running
		// text is such.
		if i+8 <= len(s) {
			if word := loadWord(s[i : i+8]); word&highBits == 0 {
				spaces := asciiSpaces(word)
				if spaces == asciiBytesEqual(word, ' ') && spaces&(spaces<<8) == 0 && spaces&0x80 == 0 {
					if space && len(b) > 0 {
						b = append(b, ' ')
					}
					runes += 8 - bits.OnesCount64(spaces)
					b = binary.LittleEndian.AppendUint64(b, lowerASCIIWord(word))
					space = spaces>>63 != 0
					if space {
						b = b[:len(b)-1]
					}
					i += 8
					continue
				}
			}
		}
		// ASCII first: most text is, and none of it needs the folding below.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			runes++
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isSpace(r) {
			space = true
			continue
		}
		runes++
		switch r {
		case '“', '”', '„', '«', '»', '「', '」', '『', '』', '《', '》', '‹', '›', '〝', '〞', '＂':
			r = '"'
		case '’', '‘', '‚', '＇':
			r = '\''
		case '：':
			r = ':'
		case '？':
			r = '?'
		case '！':
			r = '!'
		case '，':
			r = ','
		case '＊':
			r = '*'
		case 'İ':
			r = 'i' // Turkish: ToLower would keep the dot as a combining mark
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u0307':
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if r < utf8.RuneSelf { // a rune folded onto ASCII above
			b = append(b, byte(r))
			continue
		}
		w.wides++
		b = utf8.AppendRune(b, lowerRune(r))
	}
	w.b, w.space, w.runes = b, space, runes
}

// removeWording removes blocks whose whole text is comment-form or other
// boilerplate wording, in many languages. In plain text, where no markup
// marks the comment area, the area's heading near the end takes everything
// after it along.
func removeWording(d *document) error {
	body := d.bodyElement()
	if body == nil {
		return nil
	}
	if d.kind == KindText {
		cutTextCommentArea(d, body)
	} else {
		cutHeadingCommentArea(d, body)
	}
	j := newWordingJudge(d, body)
	eachElement(body, func(n *html.Node) bool {
		if skipSubtree(n) || n.DataAtom == atom.Table && isHeadedTable(n) {
			return false // a data table's cells are its data, whatever they say
		}
		return !j.removeTeaserList(n) && !j.remove(n)
	})
	// Taken out after the walk, which holds on to the next sibling.
	for _, n := range j.teasers {
		if n.Parent != nil && j.g.allowsTrailing(n) {
			d.removeNode(n, "wording.related", "A story that a related-stories heading introduces, not part of the article.")
		}
	}
	return nil
}

// teasersAfter is the <article> elements that follow heading, a related
// stories heading or label, as its next siblings: the stories it
// introduces; or the list of links right after it ("Related posts:", then
// an <ol> of titles). White space and comments may come between them;
// anything else ends them.
func teasersAfter(heading *html.Node) []*html.Node {
	var teasers []*html.Node
	for c := heading.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "article":
			teasers = append(teasers, c)
		case len(teasers) == 0 && (isListOfLinks(c) || isLinkRun(c)):
			return []*html.Node{c}
		case c.Type == html.CommentNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		default:
			return teasers
		}
	}
	return teasers
}

// labelsLinkRun reports whether n, whose normalized text is text, is a
// related-stories label and a run of links after it, in one block: "DON'T
// MISS" and three headlines, each a link with a tag such as "[VIDEO]" after
// it. The label is what starts the text; the rest must be mostly links.
func labelsLinkRun(n *html.Node, text string) bool {
	if n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	links, ok := linkRunShape(n)
	if !ok {
		return false // most blocks: spare matching the label again
	}
	p, end := compiledWording().longestPhrase(text, false)
	if p == nil || p.rule != "wording.related" {
		return false
	}
	return linksOutweigh(n, links, nonSpaceRunes(text[:end]))
}

// isLinkRun reports whether n is a paragraph or a division made of links:
// its shape is a run of links (linkRunShape), and three quarters of its
// text or more is inside them (what else there is, such as "[INSIGHT]"
// tags and separators, is short).
func isLinkRun(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return false
	}
	links, ok := linkRunShape(n)
	return ok && linksOutweigh(n, links, 0)
}

// linkRunShape reports whether n holds two links or more, each reading as
// a headline (three words or more: "writable.uncork()" after "See also:"
// is a reference, not a story), and no block; and the text of its links,
// in runes that are not white space.
func linkRunShape(n *html.Node) (linkText int, ok bool) {
	links, other := 0, false // other: a block, or a link that is no headline
	eachElement(n, func(c *html.Node) bool {
		switch {
		case c.DataAtom == atom.A:
			links++
			other = other || len(strings.Fields(nodeText(c))) < 3
			return false
		case startsBlock(c.Data):
			other = true
		}
		return !other
	})
	if links < 2 || other {
		return 0, false
	}
	return linkTextLen(n), true
}

// linksOutweigh reports whether linkText is three quarters or more of n's
// text besides its first skip runes that are not white space.
func linksOutweigh(n *html.Node, linkText, skip int) bool {
	rest := nodeTextLen(n, -1) - skip
	return rest > 0 && 4*linkText >= 3*rest
}

// isListOfLinks reports whether n is a list whose every item is one link
// and nothing else.
func isListOfLinks(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.ElementNode && li.DataAtom == atom.Li:
			links := 0
			for c := li.FirstChild; c != nil; c = c.NextSibling {
				switch {
				case c.Type == html.ElementNode && c.DataAtom == atom.A:
					links++
				case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
				default:
					return false
				}
			}
			if links != 1 {
				return false
			}
			items++
		case li.Type == html.TextNode && strings.TrimSpace(li.Data) == "", li.Type == html.CommentNode:
		default:
			return false
		}
	}
	return items > 0
}

// wordingJudge takes out the blocks of boilerplate wording below body, one
// block at a time.
type wordingJudge struct {
	d    *document
	body *html.Node
	g    *removalGuard // built on the first match: most pages have few
	// Wrappers nest: a block often has the same text as its parent, and
	// the verdict on the same text is the same.
	verdicts map[wordingKey]wordingVerdict
	// cover holds the text of the last block written, with the span of
	// every element inside it.
	cover wordingCover
	// standalone answers isStandaloneBlock for the blocks of the page.
	standalone standaloneCache
	// teasers are the stories after the related-stories headings removed.
	teasers []*html.Node
}

type wordingKey struct {
	text    string
	heading bool
}

type wordingVerdict struct {
	match wordingMatch
	ok    bool
}

func newWordingJudge(d *document, body *html.Node) *wordingJudge {
	return &wordingJudge{d: d, body: body, verdicts: map[wordingKey]wordingVerdict{}, standalone: standaloneCache{}}
}

// maxWordingBlock is the most text, in runes that are not white space, of a
// block the judge reads: boilerplate is short.
const maxWordingBlock = 600

// wordingCover is the text of the block the wording judge wrote last, with
// the span of every element inside it. The judge meets elements in the
// order the writer does, and an element's text is a piece of the text of
// any block around it, but for the space that comes before it there: so
// the judge writes a block only when no block written before holds it,
// not every wrapper and every paragraph of a story again.
type wordingCover struct {
	w    wordingWriter
	next int // the first span not yet looked up
}

// judgedText is an element's text as the judge reads it: its
// normalizeWording(blockText), with the count of runes that are not white
// space (those it drops included) and whether a rune past ASCII is in it.
type judgedText struct {
	b     []byte
	runes int
	wide  bool
}

// textOf returns n's text and whether it is whole: false when n holds more
// than maxWordingBlock runes that are not white space (b is then unset).
// The text is the cover's until textOf is called again.
func (c *wordingCover) textOf(n *html.Node) (judgedText, bool) {
	sp, found := c.find(n)
	if found && sp.end < 0 && c.w.runes-sp.runesStart <= maxWordingBlock {
		found = false // the writing stopped inside n, short of the limit for n alone
	}
	if !found {
		c.w.reset()
		c.w.record = true
		c.w.writeNode(n, maxWordingBlock)
		if len(c.w.spans) == 0 {
			return judgedText{}, true // a <br>: no text, and no span
		}
		c.next = 1
		sp = c.w.spans[0] // n's
	}
	if sp.end < 0 || sp.runesEnd-sp.runesStart > maxWordingBlock {
		return judgedText{}, false
	}
	b := c.w.b[sp.start:sp.end]
	if len(b) > 0 && b[0] == ' ' {
		b = b[1:] // the space before n, written as n's first rune was: n alone starts without it
	}
	return judgedText{b: b, runes: sp.runesEnd - sp.runesStart, wide: sp.widesEnd > sp.widesStart}, true
}

// checkCover, when set (by the package's tests), is given each text the
// judge took from its cover, to hold it to n's text written alone.
var checkCover func(n *html.Node, text judgedText, whole bool)

// find looks n up among the spans after the last one found.
func (c *wordingCover) find(n *html.Node) (wordingSpan, bool) {
	for i := c.next; i < len(c.w.spans); i++ {
		if c.w.spans[i].n == n {
			c.next = i + 1
			return c.w.spans[i], true
		}
	}
	return wordingSpan{}, false
}

// remove takes n out when it is a standalone block of boilerplate wording
// that the guard lets go, and reports whether it did.
func (j *wordingJudge) remove(n *html.Node) bool {
	if !j.standalone.isStandaloneBlock(n) {
		return false
	}
	text, whole := j.cover.textOf(n)
	if checkCover != nil {
		checkCover(n, text, whole)
	}
	// Most blocks start with no phrase: they are judged without their text
	// as a string, nor a look-up of the verdicts.
	if !whole || text.runes == 0 || !compiledWording().mayStart(text.b, text.wide) {
		return false
	}
	key := wordingKey{string(text.b), isHeadingElement(n)}
	v, seen := j.verdicts[key]
	if !seen {
		v.match, v.ok = matchWording(key.text, key.heading)
		j.verdicts[key] = v
	}
	if !v.ok && !labelsLinkRun(n, key.text) {
		return false
	}
	if !v.ok {
		v.match.rule = "wording.related"
	}
	if isShortTokenRule(v.match.rule) && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) ||
		(v.match.rule == "wording.agency-credit" || v.match.rule == "wording.media-label") && standsIn(n, atom.Li, atom.Ul, atom.Ol, atom.Nav) ||
		v.match.rule == "wording.image-credit" && standsIn(n, atom.Figure, atom.Figcaption) {
		return false // "1 of 2" in a table's cell, "Reuters" or "Video" in a list, a picture's own credit
	}
	var teasers []*html.Node // read while n still stands among its siblings
	if v.match.rule == "wording.related" {
		teasers = teasersAfter(n)
	}
	if !j.take(n, v.match.rule, "Boilerplate wording (\""+truncateRunes(blockTextStart(n, 60), 60)+"\"), not part of the article.") {
		return false
	}
	j.teasers = append(j.teasers, teasers...)
	return true
}

// isShortTokenRule reports whether rule names phrases of a word or two that
// stand alone as a line of page furniture (a wire service's credit, a
// slideshow's counter, a media card's type) but are also data in a table's
// cell or a list's item.
func isShortTokenRule(rule string) bool {
	return rule == "wording.agency-credit" || rule == "wording.gallery-counter" || rule == "wording.media-label"
}

// isHeadedTable reports whether t has header cells, a header row group or
// a caption of its own: a table of data, not of layout.
func isHeadedTable(t *html.Node) bool {
	headed := false
	eachElement(t, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Table:
			return false // a nested table's headers are its own
		case atom.Th, atom.Thead, atom.Caption:
			headed = true
		}
		return !headed
	})
	return headed
}

// take removes n if the guard lets it go, and reports whether it did.
func (j *wordingJudge) take(n *html.Node, rule, reason string) bool {
	if j.g == nil {
		j.g = newRemovalGuard(j.body)
	}
	if !j.g.allows(n) {
		return false
	}
	j.standalone.forget(n)
	j.d.removeNode(n, rule, reason)
	return true
}

// removeTeaserList takes n out when it is a list of teasers: three items
// or more, each short and each with its own "Read more" link (other
// stories of the site, a headline and a line of each), and reports
// whether it did.
func (j *wordingJudge) removeTeaserList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol || !isTeaserList(n) {
		return false
	}
	return j.take(n, "wording.read-more", "A list of teasers, each with its \"Read more\" link: other stories, not part of the article.")
}

// isTeaserList reports whether list's items, three or more, each hold a
// link whose whole text is a "Read more" phrase and at most
// maxWordingBlock runes of text, and nothing but items stands in it.
func isTeaserList(list *html.Node) bool {
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.ElementNode && li.DataAtom == atom.Li:
			if nodeTextLen(li, maxWordingBlock) > maxWordingBlock || !holdsReadMoreLink(li) {
				return false
			}
			items++
		case li.Type == html.TextNode && strings.TrimSpace(li.Data) == "", li.Type == html.CommentNode:
		default:
			return false
		}
	}
	return items >= 3
}

// holdsReadMoreLink reports whether a link below n reads "Read more" (or
// the like, in any language of the wording table) and nothing else.
func holdsReadMoreLink(n *html.Node) bool {
	found := false
	eachElement(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.DataAtom == atom.A {
			if size := nodeTextLen(c, 40); size > 0 && size <= 40 {
				m, ok := matchWording(wordingText(c), false)
				found = ok && m.rule == "wording.read-more"
			}
			return false
		}
		return true
	})
	return found
}

// cutTextCommentArea finds, in pasted plain text, the heading that opens the
// comment area ("2 thoughts on “…”", "Leave a Reply", "3 Comments") in the
// latter part of the text, and removes it with every block after it. The
// comments between a count heading and the reply form are kept apart.
func cutTextCommentArea(d *document, body *html.Node) {
	var blocks []*html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data != "winnow-marker" {
			blocks = append(blocks, c)
		}
	}
	total := 0
	lengths := make([]int, len(blocks))
	for i, b := range blocks {
		lengths[i] = nodeTextLen(b, -1)
		total += lengths[i]
	}
	before := 0
	for i, b := range blocks {
		if i >= 2 && 4*before >= total {
			if m, ok := matchWording(wordingText(b), false); ok && m.kind == area {
				d.comments = append(d.comments, textComments(blocks[i+1:])...)
				d.removeNode(b, m.rule, "The comment area's heading; the comment area goes with it.")
				for _, rest := range blocks[i+1:] {
					rule := "wording.comment-area"
					if m, ok := matchWording(wordingText(rest), false); ok {
						rule = m.rule
					}
					d.removeNode(rest, rule, "Part of the comment area after the article.")
				}
				return
			}
		}
		before += lengths[i]
	}
}

// cutHeadingCommentArea handles pages whose comments have no container of
// their own (older Movable Type and TypePad templates): a heading such as
// "Comments" or "12 Responses to “…”", after the story, is followed by the
// comments as its siblings. The heading and every sibling after it go.
func cutHeadingCommentArea(d *document, body *html.Node) {
	var heads []*html.Node
	eachElement(body, func(n *html.Node) bool {
		if skipSubtree(n) {
			return false
		}
		switch n.Data {
		case "h2", "h3", "h4", "h5":
			if size := nodeTextLen(n, 300); size > 0 && size <= 300 {
				if m, ok := matchWording(wordingText(n), true); ok && m.kind == area {
					heads = append(heads, n)
				}
			}
			return false
		}
		return true
	})
	// Each test below looks at the page around a heading; a page of
	// thousands of such headings would have each look at all of it. So the
	// story after each element is found once per run of siblings (what a
	// removal takes holds none), and the text before each heading is
	// counted in one walk, less what removals took out before it: every
	// heading still in the page comes after all that a removal takes.
	var g *removalGuard
	var before map[*html.Node]int
	removedBefore := 0
	storyFrom := map[*html.Node]bool{} // element: it or an element after it holds story
	for _, h := range heads {
		if !stillBelow(h, body) {
			continue
		}
		first := nextElement(h)
		if first == nil || storyFromOn(first, storyFrom) {
			continue
		}
		if g == nil {
			g = newRemovalGuard(body)
		}
		if before == nil {
			before = g.textBefore(body, heads)
		}
		if !g.enoughStory(before[h] - removedBefore) {
			continue
		}
		m, _ := matchWording(wordingText(h), true)
		removedBefore += g.countedText(h)
		d.removeNode(h, m.rule, "The comment area's heading; the comment area after it goes too.")
		for c := first; c != nil; {
			next := nextElement(c)
			removedBefore += g.countedText(c)
			d.removeNode(c, "wording.comment-area", "Part of the comment area after the article.")
			c = next
		}
	}
}

// nextElement is n's next sibling that is an element.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// storyFromOn reports whether n, an element, or an element sibling after it
// holds story (holdsStory), remembering the answer for each of them.
func storyFromOn(n *html.Node, memo map[*html.Node]bool) bool {
	if v, ok := memo[n]; ok {
		return v
	}
	var chain []*html.Node // the siblings from n to the first one already known
	holds := false
	for c := n; c != nil; c = nextElement(c) {
		if v, ok := memo[c]; ok {
			holds = v
			break
		}
		chain = append(chain, c)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		holds = holds || holdsStory(chain[i:i+1])
		memo[chain[i]] = holds
	}
	return holds
}

// holdsStory is true when one of nodes is or holds a page's main parts (an
// h1, an article, main), which a comment area never does.
func holdsStory(nodes []*html.Node) bool {
	for _, n := range nodes {
		found := false
		check := func(c *html.Node) bool {
			if c.Data == "h1" || c.Data == "article" && !isCommentMarked(c) || c.Data == "main" || attr(c, "role") == "main" {
				found = true
			}
			return !found
		}
		check(n)
		if !found {
			eachElement(n, check)
		}
		if found {
			return true
		}
	}
	return false
}

// textComments reads comments out of plain-text blocks after the comment
// heading, in the shape WordPress pages copy as: "Name says:" (or "Name"),
// a date line, the text, then "Reply". It stops at the reply form.
func textComments(blocks []*html.Node) []Comment {
	var out []Comment
	var cur *Comment
	flush := func() {
		if cur != nil && cur.Text != "" {
			out = append(out, *cur)
		}
		cur = nil
	}
	for _, b := range blocks {
		raw := blockText(b)
		text := normalizeWording(raw)
		if m, ok := matchWording(text, false); ok {
			if m.rule == "wording.leave-a-reply" {
				break
			}
			continue
		}
		if text == "reply" || text == "antworten" || text == "répondre" || text == "responder" {
			flush()
			continue
		}
		lines := nonEmptyLines(raw)
		if len(lines) > 0 && strings.HasSuffix(strings.ToLower(lines[0]), " says:") {
			flush()
			cur = &Comment{Author: strings.TrimSpace(lines[0][:len(lines[0])-len(" says:")])}
			lines = lines[1:]
			if len(lines) > 0 && looksLikeDate(lines[0]) {
				cur.Published = lines[0]
				lines = lines[1:]
			}
		}
		if cur == nil || len(lines) == 0 {
			continue
		}
		para := collapseSpace(strings.Join(lines, " "))
		if cur.Text != "" {
			cur.Text += "\n\n"
		}
		cur.Text += para
	}
	flush()
	return out
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// looksLikeDate accepts the short date lines of comment headers ("March 4,
// 2025 at 9:12 am", "2025-03-04 09:12").
func looksLikeDate(s string) bool {
	if len(s) > 40 {
		return false
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits >= 4
}

// isStandaloneBlock is true for elements whose text stands as a block of its
// own: block elements, and inline elements with no running text beside them
// (a lone <span> or <a> in a <div>).
func isStandaloneBlock(n *html.Node) bool {
	return standaloneCache(nil).isStandaloneBlock(n)
}

// standaloneCache remembers, for a block, its first two children that are
// running text (linePieces). A pass that asks isStandaloneBlock of every
// element would otherwise look at all of a parent's children for each of
// them: a page of 200,000 empty <span>s in one <div> took minutes. A nil
// cache remembers nothing. A pass that changes the tree must forget what
// the change touches.
type standaloneCache map[*html.Node][2]*html.Node

func (sc standaloneCache) isStandaloneBlock(n *html.Node) bool {
	if startsBlock(n.Data) || n.Data == "button" || n.Data == "label" {
		return true
	}
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || !startsBlock(p.Data) {
		return false
	}
	var pieces [2]*html.Node
	if sc == nil || fewChildren(p) {
		pieces = linePieces(p) // cheaper than remembering
	} else if cached, ok := sc[p]; ok {
		pieces = cached
	} else {
		pieces = linePieces(p)
		sc[p] = pieces
	}
	// Another piece of running text beside n makes n a piece of a line:
	// unless it too is boilerplate, the parent is judged as a whole.
	return pieces[0] == nil || pieces[0] == n && pieces[1] == nil
}

// forget drops what the cache holds that removing or moving n changes:
// the pieces of an ancestor of n, when n is one of them or stands in one
// (which may hold no text without it). Other children of a block, before
// or after n, stay what they were.
func (sc standaloneCache) forget(n *html.Node) {
	for c, a := n, n.Parent; a != nil; c, a = a, a.Parent {
		if pieces, ok := sc[a]; ok && (pieces[0] == c || pieces[1] == c) {
			delete(sc, a)
		}
	}
}

// fewChildren reports whether p has at most eight children, which are
// looked at sooner than a cache is.
func fewChildren(p *html.Node) bool {
	n := 0
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if n++; n > 8 {
			return false
		}
	}
	return true
}

// linePieces returns the first two children of p that are running text: a
// text node that is not white space, or an inline element other than <br>
// that holds text.
func linePieces(p *html.Node) (pieces [2]*html.Node) {
	found := 0
	for c := p.FirstChild; c != nil && found < 2; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" ||
			c.Type == html.ElementNode && !startsBlock(c.Data) && c.Data != "br" && nodeTextLen(c, 0) > 0 {
			pieces[found] = c
			found++
		}
	}
	return pieces
}

// isHeadingElement is true for h1–h6 and for elements named as titles.
func isHeadingElement(n *html.Node) bool {
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6", "legend":
		return true
	}
	if !namesMention(n, "title") && !namesMention(n, "heading") {
		return false // most elements: no names to normalize
	}
	for _, name := range elementNames(n) {
		if hasSegment(name, "title") || hasSegment(name, "heading") {
			return true
		}
	}
	return false
}

// blockText is n's text with a line break for every <br> and around every
// block element, so that words of separate blocks do not run together.
func blockText(n *html.Node) string { return blockTextWith(n, nil) }

// blockTextWith is blockText that reads, in place of each removal mark
// (winnow-marker), the subtree that putBack returns for it, if any.
func blockTextWith(n *html.Node, putBack func(mark *html.Node) *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte('\n')
			return
		case putBack != nil && n.Type == html.ElementNode && n.Data == "winnow-marker":
			if r := putBack(n); r != nil {
				visit(r)
			}
			return
		}
		block := n.Type == html.ElementNode && startsBlock(n.Data)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	visit(n)
	return b.String()
}
