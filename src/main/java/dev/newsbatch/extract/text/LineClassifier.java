package dev.newsbatch.extract.text;

import dev.newsbatch.extract.meta.Byline;
import dev.newsbatch.extract.meta.BylineParser;
import dev.newsbatch.extract.meta.DateTextParser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what one line of a text dump is from the line alone (rules that need the neighbouring lines, such as pull
 * quotes, run afterwards). The rules run in order; the first that holds decides. Thread-safe.
 */
final class LineClassifier {

    // --- Body text -------------------------------------------------------------------------------------------------

    /** A sentence of at least this many words is a body paragraph. Eight keeps out menus, labels, "Follow us @" and
     *  headlines' shorter cousins, while the shortest real paragraphs ("China will continue to play its role," Lu
     *  said.) have about ten. */
    static final int MIN_BODY_WORDS = 8;
    /** A line this long is body text even without a closing full stop: dumps cut paragraphs at odd places, and no
     *  menu or label runs to twenty words. */
    static final int MIN_UNPUNCTUATED_BODY_WORDS = 20;
    /** A complete sentence of at least this many words may be a short paragraph ("He declined to comment."). */
    static final int MIN_SHORT_SENTENCE_WORDS = 3;

    // --- Chrome ----------------------------------------------------------------------------------------------------

    /** Markdown images as scrapers leave them: "![]()", "![alt](https://…/a.jpg)". */
    static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,300}]\\([^)\\s]{0,1000}\\)");
    /** What may sit beside placeholders on their line: the table pipes and spaces of a flattened layout. */
    private static final Pattern PLACEHOLDER_LEFTOVERS = Pattern.compile("[\\s|]*");

    /** Separators of breadcrumb trails: "Home >> World", "Home > World", "Home » World", "News › Asia",
     *  "Home / World", "Home | World", "Home → World". Always with spaces around, so "and/or" is no trail. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+(?:>>|>|»|›|/|\\||→|::)\\s+");
    /** A trail's first step names the start page, in the languages of the corpus. */
    private static final Set<String> HOME_WORDS = Set.of("home", "homepage", "home page", "start", "startseite",
            "accueil", "inicio", "portada", "news", "首页", "首頁");
    /** Each step of a trail is a section name of at most this many words ("Hong Kong", "Asia Pacific"). */
    static final int MAX_CRUMB_WORDS = 4;
    /** A whole trail has at most this many words (six steps of five); checked first, so a long line of prose that
     *  happens to hold slashes or pipes is not split and measured step by step. */
    static final int MAX_BREADCRUMB_WORDS = 30;
    /** A trail that does not start at a home word needs this many steps to tell it from "Q&A | Jane Doe". */
    static final int MIN_CRUMBS_WITHOUT_HOME = 3;

    /** Labels that introduce a link to another story, in English, German, French, Spanish and Italian, followed by
     *  ":" or another separator (a dash only with spaces, so "Related-party deals" is prose): "READ MORE:", "ALSO READ:", "Related:", "Lesen Sie auch:", "Leer más:". */
    private static final Pattern TEASER = Pattern.compile(
            "^(?iu)(?:read more|read also|also read|also see|see also|more on this|more from|related(?: stories| articles"
                    + "| coverage| news| content| links)?|recommended|watch|listen|trending|most read|top stories"
                    + "|you may also like|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi"
                    + "|à lire aussi|a lire aussi|voir aussi|leer más|lea también|lee también|te puede interesar"
                    + "|le puede interesar|noticias relacionadas|leggi anche|vedi anche)(?:\\s*[:>»|]|\\s+[–—-]\\s)");

    /** A line in capitals with at least this many letters is a banner or section title; four keeps "US", "UN", "EU"
     *  from tripping it while "OPEN" and "NEWS" do. */
    static final int MIN_BANNER_LETTERS = 4;

    /** Phrases of legal, cookie and subscription text, lower case; specific enough not to occur in a story's
     *  sentences. Plain substrings, not one regex: a case-insensitive alternation costs milliseconds per long line. */
    private static final List<String> BOILERPLATE_PHRASES = List.of("all rights reserved", "©", "use cookies",
            "uses cookies", "cookie policy", "privacy policy", "terms of use", "terms of service", "subscribe to our",
            "sign up for our", "sign up to our", "our newsletter", "click here", "enable javascript",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados");
    /** "Copyright 2019", "Copyright (c)": a copyright notice without the © sign. */
    private static final Pattern COPYRIGHT_NOTICE = Pattern.compile("copyright\\s*(?:\\(c\\)|\\d{4})");

    /** Words of page controls. A line made only of these is a widget: "Share", "Video PlayerClose", "Follow us @",
     *  "Share this article Facebook Twitter Email", "A A A". Lower case. */
    private static final Set<String> WIDGET_WORDS = Set.of("share", "shares", "sharing", "shared", "tweet", "email",
            "e-mail", "mail", "print", "comment", "comments", "facebook", "twitter", "x", "whatsapp", "linkedin",
            "pinterest", "reddit", "telegram", "weibo", "wechat", "qzone", "copy", "link", "url", "video", "player",
            "close", "play", "pause", "mute", "unmute", "fullscreen", "loading", "advertisement", "ad", "ads", "save",
            "bookmark", "font", "size", "a", "this", "article", "story", "page", "on", "via", "subscribe", "follow",
            "us", "next", "previous", "prev", "back", "to", "top", "menu", "search", "login", "log", "in", "sign",
            "up", "more", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi");
    /** Controls come in small groups; a longer line of such words would be prose. */
    static final int MAX_WIDGET_WORDS = 8;
    /** Words of controls run together when a scraper drops the markup between buttons: "PlayerClose". */
    private static final Pattern GLUED_WORDS = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    // --- Header lines ------------------------------------------------------------------------------------------------

    /** Bylines and source lines are short ("From: Xinhua | 2019-01-03 17:21"); a longer line opening with "By" is a
     *  sentence ("By the end of the year, …"). */
    static final int MAX_BYLINE_WORDS = 14;
    /** A date line holds little besides its date: "Updated: 2019-01-03 17:21", "Published 2019/01/03". */
    static final int MAX_DATE_LINE_WORDS = 6;

    private final PhotoCredits credits = new PhotoCredits();
    private final BylineParser bylines = new BylineParser();
    private final DateTextParser dates = new DateTextParser();

    DumpLine classify(String text) {
        int words = TextShape.wordCount(text);
        return new DumpLine(text, kindOf(text, words), words);
    }

    private LineKind kindOf(String text, int words) {
        if (text.isEmpty()) {
            return LineKind.BLANK;
        }
        if (isImagePlaceholder(text)) {
            return LineKind.IMAGE_PLACEHOLDER;
        }
        if (words <= MAX_BREADCRUMB_WORDS && isBreadcrumb(text)) {
            return LineKind.BREADCRUMB;
        }
        if (TEASER.matcher(text).find()) {
            return LineKind.TEASER;
        }
        // A cell cut out of a flattened table starts or ends with "|"; prose never does.
        if (text.startsWith("|") || text.endsWith("|") || TextShape.isAllCaps(text, MIN_BANNER_LETTERS)) {
            return LineKind.BANNER;
        }
        if (isBoilerplate(text)) {
            return LineKind.BOILERPLATE;
        }
        if (isWidget(text, words)) {
            return LineKind.WIDGET;
        }
        if (credits.captionWithCredit(text).isPresent()) {
            return LineKind.CAPTION;
        }
        if (credits.standaloneCredit(text).isPresent()) {
            return LineKind.CREDIT;
        }
        if (isByline(text, words)) {
            return LineKind.BYLINE;
        }
        if (words <= MAX_DATE_LINE_WORDS && dates.parse(text, null).isPresent()) {
            return LineKind.DATE;
        }
        boolean sentence = TextShape.endsSentence(text);
        if ((sentence && words >= MIN_BODY_WORDS) || words >= MIN_UNPUNCTUATED_BODY_WORDS) {
            return LineKind.BODY;
        }
        if (sentence && words >= MIN_SHORT_SENTENCE_WORDS && startsLikeSentence(text)) {
            return LineKind.SHORT_SENTENCE;
        }
        return LineKind.SHORT;
    }

    private static boolean isBoilerplate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : BOILERPLATE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return lower.contains("copyright") && COPYRIGHT_NOTICE.matcher(lower).find();
    }

    private static boolean isImagePlaceholder(String text) {
        if (!text.contains("![")) {
            return false;
        }
        String leftover = MARKDOWN_IMAGE.matcher(text).replaceAll("");
        return leftover.length() < text.length() && PLACEHOLDER_LEFTOVERS.matcher(leftover).matches();
    }

    private static boolean isBreadcrumb(String text) {
        String[] crumbs = CRUMB_SEPARATOR.split(text);
        if (crumbs.length < 2) {
            return false;
        }
        for (String crumb : crumbs) {
            if (crumb.isBlank() || TextShape.wordCount(crumb) > MAX_CRUMB_WORDS || TextShape.endsSentence(crumb)) {
                return false;
            }
        }
        return HOME_WORDS.contains(crumbs[0].trim().toLowerCase(Locale.ROOT))
                || crumbs.length >= MIN_CRUMBS_WITHOUT_HOME;
    }

    private static boolean isWidget(String text, int words) {
        if (words > MAX_WIDGET_WORDS) {
            return false;
        }
        for (String token : NON_WORD.split(text)) {
            if (!token.isEmpty() && !isWidgetWord(token)) {
                return false;
            }
        }
        return true;
    }

    /** "Share", or buttons run together ("PlayerClose"); a brand in camel case ("WhatsApp") is tried whole first. */
    private static boolean isWidgetWord(String token) {
        if (WIDGET_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String[] glued = GLUED_WORDS.split(token);
        if (glued.length < 2) {
            return false;
        }
        for (String part : glued) {
            if (!WIDGET_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A short line that opens with a byline word and names a person or an agency, or carries a date. */
    private boolean isByline(String text, int words) {
        if (words > MAX_BYLINE_WORDS || !bylines.opensLikeByline(text) || text.endsWith(".")) {
            return false;
        }
        Byline byline = bylines.parse(text);
        return !byline.isEmpty() || dates.parse(text, null).isPresent();
    }

    /** Sentences start with a capital, a digit or an opening quote; menu fragments often do not. */
    private static boolean startsLikeSentence(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«„¿¡".indexOf(first) >= 0;
    }
}
