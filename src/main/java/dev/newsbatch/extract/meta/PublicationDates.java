package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Finds when a story was published and last modified, by a fallback chain from the most reliable signal down:
 * JSON-LD, OpenGraph and meta tags, microdata, {@code <time>} elements, a visible date line near the headline, and
 * last the date in the URL path. Never reads scripts other than JSON-LD, comments, footers, copyright lines,
 * related-story lists, or the crawl time. Thread-safe.
 */
final class PublicationDates {

    /** A found time and the signal it came from. */
    record Found(PublishedTime time, String signal) {
    }

    /** The two times of a story; either may be null. */
    record Times(Found published, Found modified) {
    }

    /** JSON-LD keys of the publication time, best first (dateCreated is what some CMSs fill instead). */
    private static final List<String> LD_PUBLISHED = List.of("datePublished", "dateCreated", "uploadDate");
    private static final List<String> LD_MODIFIED = List.of("dateModified");

    /** OpenGraph-family meta keys of the publication time (signal: opengraph). */
    private static final String[] OG_PUBLISHED = {"article:published_time", "og:article:published_time",
            "og:published_time", "article:published", "og:pubdate", "video:release_date"};
    /**
     * Other meta keys of the publication time, the widely used first: schema.org itemprop on a meta tag, Dublin Core,
     * citation (scholarly), Parse.ly, Sailthru, and the generic names CMSs emit. Keys are lower-cased.
     */
    private static final String[] META_PUBLISHED = {"datepublished", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
            "citation_online_date", "parsely-pub-date", "sailthru.date", "article.published", "article_date_original",
            "original-publish-date", "publish-date", "publish_date", "published-date", "published_date",
            "publishdate", "publication_date", "publication-date", "pubdate", "pub_date", "release_date",
            "cxenseparse:recs:publishtime", "dc.date", "dcterms.date", "date", "created", "datecreated",
            "article.created", "date.available", "displaydate", "rnews:datepublished", "content_date",
            "dc.created", "eomportal-lastupdate", "bt:pubdate", "shareaholic:article_published_time",
            "analyticsattributes.articledate", "last-published", "sort_date"};
    private static final String[] OG_MODIFIED = {"article:modified_time", "og:updated_time",
            "og:article:modified_time", "article:modified"};
    private static final String[] META_MODIFIED = {"datemodified", "dc.date.modified", "dcterms.modified",
            "last-modified", "lastmod", "revised", "article.updated", "modified", "updated", "dc.modified",
            "parsely-updated-date"};

    /** Microdata on any element: the attribute holding the machine value, else the text. */
    private static final SimpleSelector MICRODATA_PUBLISHED = SimpleSelector.of(
            "[itemprop~=(?i)^(datePublished|dateCreated)$], "
                    + "[property~=(?i)(^|\\s|:)(datePublished|dateCreated|dc:date|dc:created|dcterms:created)($|\\s)]");
    private static final SimpleSelector MICRODATA_MODIFIED = SimpleSelector.of(
            "[itemprop~=(?i)^dateModified$], [property~=(?i)(^|\\s|:)dateModified($|\\s)]");

    /**
     * Time elements that say they are the publication time, before any time element at all: marked themselves, or
     * a {@code time[datetime]} inside an element classed as the publication (see {@link #markedTimes}).
     */
    private static final SimpleSelector TIME_MARKED_PUBLISHED = SimpleSelector.of(
            "time[pubdate], time[class~=(?i)publish|entry-date|post-date|created], "
                    + "abbr[class~=(?i)published][title]");
    private static final Evaluator PUBLISHED_CLASS = QueryParser.parse("[class~=(?i)publish]");
    private static final SimpleSelector TIME_ANY = SimpleSelector.of("time[datetime], time, abbr[title]");
    private static final SimpleSelector TIME_MARKED_MODIFIED = SimpleSelector.of("time[class~=(?i)updated|modified]");
    private static final Evaluator MODIFIED_CLASS = QueryParser.parse("[class~=(?i)updated|modified]");

    /**
     * Elements whose class or id says they hold a date: the date line under a headline as CMS templates mark it.
     * Only their short own text is read (see {@link #MAX_DATE_LINE_CHARS}).
     */
    static final Evaluator DATE_LINES = QueryParser.parse(
            "[class~=(?i)date|time|publish|posted|byline|dateline|stamp|datum|fecha|data|meta|info|author|article-header], "
                    + "[id~=(?i)date|time|publish|posted|byline|stamp|datum]");
    /** Words one of which every class or id {@link #DATE_LINES} matches holds (see {@link PageElements#named}). */
    static final String[] DATE_LINE_WORDS = {"date", "time", "publish", "posted", "byline", "stamp", "datum",
            "fecha", "data", "meta", "info", "author", "article-header"};
    /**
     * Words that introduce the date after them as the publication, in the languages of the labelled sets and their
     * neighbours. Matched as whole words; the date must follow within {@link #LABEL_GAP_CHARS} ("Published on",
     * "Erstellt am:", "Publié le"). The label is searched for in up to {@link #STORY_TEXT_CHARS} of text.
     */
    private static final WordFinder PUBLISHED_LABEL = new WordFinder(List.of("published", "posted",
            "veröffentlicht", "erstellt", "publiziert", "erschienen", "publié", "publiée", "publicado",
            "publicada", "pubblicato", "gepubliceerd", "geplaatst", "opublikowano", "опубликовано",
            "опубліковано", "publikováno", "objavljeno"));
    /** How far after the label the date may start ("Published on Tuesday, "), and how much text is read for it. */
    private static final int LABEL_GAP_CHARS = 20;
    private static final int LABEL_REACH_CHARS = 80;

    /** JSON data blocks a page's scripts read; ld+json is read as JSON-LD before. */
    private static final SimpleSelector JSON_SCRIPTS = SimpleSelector.of("script[type~=(?i)^(application|text)/json$]");
    /** A publication-keyed value in a JSON block: "publishedDate": "2016-11-04T20:37:27Z". */
    private static final Pattern SCRIPT_PUBLISHED_KEY = Pattern.compile(
            "\"(datePublished|publishedDate|publishDate|publicationDate|published_?[aA]t|publish_date|"
                    + "published_date|first_?[pP]ublished(?:_?[dD]ate)?)\"\\s*:\\s*\"([^\"]{8,40})\"");
    /** Data blocks can be megabytes of state; the story's own fields come first. */
    private static final int MAX_SCRIPT_CHARS = 200_000;

    /** A date line is short; longer text is a paragraph that mentions a date, not the story's date. */
    private static final int MAX_DATE_LINE_CHARS = 200;
    /** Words that mark the date after them as an update, not the publication ("Updated: 4 Jan 2019"). */
    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?iu)(updated?|last modified|modified|aktualisiert|geändert|mis à jour|actualizado|actualizada|"
                    + "atualizado|aggiornato|bijgewerkt|zaktualizowano|обновлено|оновлено|editado|edited)\\W{0,3}[^\\d]{0,12}$");

    /** Dates in a URL path: /2019/01/03/, /2019-01-03/, /20190103/; and a month alone: /2019/01/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])(?<y>(?:19|20)\\d\\d)(?:(?<sep>[_-]?)(?<mo>0[1-9]|1[0-2])\\k<sep>(?<d>0[1-9]|[12]\\d|3[01])"
                    + "|/(?<mo2>0?[1-9]|1[0-2])/(?<d2>0?[1-9]|[12]\\d|3[01]))(?![\\d])");

    /** How many levels up a link is looked for around a date: a card wraps its date a few levels deep. */
    private static final int TEASER_LINK_LEVELS = 6;
    /** How far up from the h1 the date line is looked for, and how much text that block may hold at most. */
    private static final int HEADLINE_LEVELS = 3;
    private static final int HEADLINE_BLOCK_CHARS = 600;
    /**
     * How many elements after and before the headline's block may be its date line: templates put the date line
     * directly under the headline, after a standfirst at most, or as a kicker above it.
     */
    private static final int HEADLINE_NEIGHBOURS_AFTER = 3;
    private static final int HEADLINE_NEIGHBOURS_BEFORE = 2;
    /** The zones news is published from reach from UTC-10 (Hawaii) to UTC+14 (Kiribati). */
    private static final int WEST_MOST_OFFSET_HOURS = 10;
    private static final int EAST_MOST_OFFSET_HOURS = 14;
    /** A structured date this many days from the URL's date is not the first publication. */
    private static final long URL_DISAGREEMENT_DAYS = 2;

    /** Signals read from the page's structured data, as opposed to its visible text or URL. */
    private static final java.util.Set<String> STRUCTURED_SIGNALS = java.util.Set.of(Signal.JSON_LD,
            Signal.OPEN_GRAPH, Signal.META_TAG, Signal.MICRODATA);
    /** How far before a date an update word is looked for ("Zuletzt aktualisiert am Montag, 5. März"). */
    private static final int UPDATE_LABEL_REACH = 40;
    /** How much of the page's text, and how many dates in it, are read to see which days the page shows. */
    private static final int SHOWN_DATES_CHARS = 100_000;
    private static final int SHOWN_DATES_LIMIT = 300;
    /** How many spots of the header's text are read for the local time of a UTC timestamp. */
    private static final int LOCAL_TIME_DATES = 3;
    /** How far before its time of day a shown date starts ("Nov 8, 2023 / 10:35 PM"), and how far the time runs. */
    private static final int LOCAL_TIME_BEFORE_CHARS = 48;
    private static final int LOCAL_TIME_AFTER_CHARS = 12;

    /** How much of the page's text is searched for a date written only in running text. */
    private static final int STORY_TEXT_CHARS = 20_000;
    /** How much text before the headline still counts as the story's header (a kicker, a date line above it). */
    private static final int BEFORE_HEADLINE_CHARS = 300;

    /** A future date by more than this is a typo or an event date, not a publication. */
    private static final long FUTURE_TOLERANCE_DAYS = 1;

    private final DateTextParser parser = new DateTextParser();

    Times find(PageSignals page, Instant now) {
        ZoneId zone = page.settings().defaultZone();
        boolean monthFirst = monthFirst(page);
        Found modified = modified(page, zone, monthFirst, now);
        Found published = published(page, zone, monthFirst, now);
        return new Times(atShownOffset(page, displayedDate(page, published, modified, zone, monthFirst), monthFirst),
                modified);
    }

    /**
     * A structured time given in UTC, re-expressed at the offset of the local time the page shows for the same
     * instant: "2023-11-09T06:35Z" in the data and "Posted: Nov 8, 2023 / 10:35 PM PST" on the page are one instant,
     * and the publisher's day is the 8th. A shown time counts when its minutes equal the structured time's and it
     * lies a whole number of hours (or quarter hours) away, within the offsets in use (UTC-12 to UTC+14); the first
     * such time in the story's header (see {@link #headerText}) wins.
     */
    private Found atShownOffset(PageSignals page, Found published, boolean monthFirst) {
        if (published == null || !STRUCTURED_SIGNALS.contains(published.signal())
                || published.time().precision() == PublishedTime.Precision.DAY
                || !published.time().value().getOffset().equals(ZoneOffset.UTC)) {
            return published;
        }
        java.time.LocalDateTime utc = published.time().value().toLocalDateTime();
        String text = headerText(page);
        if (!DateTextParser.mayHoldYear(text, utc.getYear() - (utc.getDayOfYear() == 1 ? 1 : 0))) {
            return published; // the header shows no date of that year
        }
        int limit = text.length();
        String minutes = String.format(Locale.ROOT, "%02d", utc.getMinute());
        ZoneOffset[] shown = {null};
        // only where the structured time's minutes are written ("10:35", "10.35", "10h35") is a date parsed: the
        // text around each such spot, from where its date would start
        int windows = 0;
        for (int at = text.indexOf(minutes, 1); at > 0 && at < limit && shown[0] == null
                && windows < LOCAL_TIME_DATES; at = text.indexOf(minutes, at + 1)) {
            char mark = text.charAt(at - 1);
            if (mark != ':' && mark != '.' && mark != 'h') {
                continue;
            }
            windows++;
            String window = text.substring(Math.max(0, at - LOCAL_TIME_BEFORE_CHARS), Math.min(text.length(),
                    at + LOCAL_TIME_AFTER_CHARS));
            parser.scan(window, null, monthFirst, 3, t -> {
                if (!t.zoneAssumed() || t.precision() == PublishedTime.Precision.DAY
                        || t.value().getMinute() != utc.getMinute()) {
                    return true;
                }
                long apart = java.time.Duration.between(utc, t.value().toLocalDateTime()).toMinutes();
                if (apart != 0 && apart % 15 == 0 && apart >= -12 * 60 && apart <= 14 * 60) {
                    shown[0] = ZoneOffset.ofTotalSeconds((int) apart * 60);
                    return false;
                }
                return true;
            });
        }
        if (shown[0] == null) {
            return published;
        }
        PublishedTime t = published.time();
        return new Found(new PublishedTime(t.value().withOffsetSameInstant(shown[0]), t.precision(), false, t.raw()),
                published.signal());
    }

    /**
     * Where the structured data gives a publication and a later modification on different days, and the page shows
     * its readers only the modification day, as its date and not as an update (no "Updated", no visible publication
     * day, no URL date), the shown day is the one the page stands by: an evergreen page re-dated on each revision
     * whose structured publication is its first draft's. A page that calls the shown day an update keeps the
     * structured publication: it says itself that the story is older. Labelled sets agree with the shown day in
     * every such case, and with the structured publication wherever that is shown too.
     */
    private Found displayedDate(PageSignals page, Found published, Found modified, ZoneId zone, boolean monthFirst) {
        if (published == null || modified == null || !STRUCTURED_SIGNALS.contains(published.signal())
                || page.doc().body() == null) {
            return published;
        }
        LocalDate pubDay = published.time().value().toLocalDate();
        LocalDate modDay = modified.time().value().toLocalDate();
        if (!modDay.isAfter(pubDay)) {
            return published;
        }
        Found url = fromUrl(page.url(), zone);
        if (url != null && url.time().value().toLocalDate().equals(pubDay)) {
            return published;
        }
        String text = page.bodyText().text();
        text = text.substring(0, Math.min(text.length(), SHOWN_DATES_CHARS));
        if (!DateTextParser.mayHoldYear(text, modDay.getYear())) {
            return published; // the modification day cannot be shown: its year is nowhere in the text
        }
        String shown = text;
        boolean[] pubShown = {false};
        boolean[] modShownAsDate = {false};
        int[] searchFrom = {0};
        // once the publication day is seen shown, the answer is the structured publication: read no further
        parser.scan(shown, zone, monthFirst, SHOWN_DATES_LIMIT, t -> {
            LocalDate day = t.value().toLocalDate();
            int at = shown.indexOf(t.raw(), searchFrom[0]);
            if (at >= 0) {
                searchFrom[0] = at + t.raw().length();
            }
            pubShown[0] |= day.equals(pubDay);
            modShownAsDate[0] |= day.equals(modDay) && !(at > 0
                    && UPDATE_WORDS.matcher(shown.substring(Math.max(0, at - UPDATE_LABEL_REACH), at)).find());
            return !pubShown[0];
        });
        return modShownAsDate[0] && !pubShown[0] ? new Found(modified.time(), modified.signal()) : published;
    }

    private Found published(PageSignals page, ZoneId zone, boolean monthFirst, Instant now) {
        Found found = fromJsonLd(page.jsonLd(), LD_PUBLISHED, zone, now);
        if (found == null) {
            found = fromMeta(page.meta(), OG_PUBLISHED, Signal.OPEN_GRAPH, zone, now);
        }
        if (found == null) {
            found = fromMeta(page.meta(), META_PUBLISHED, Signal.META_TAG, zone, now);
        }
        if (found == null) {
            found = fromParselyPage(page, zone, now);
        }
        if (found == null) {
            found = fromElements(page, page.elements().select(MICRODATA_PUBLISHED), true, Signal.MICRODATA, zone, monthFirst, now);
        }
        if (found == null) {
            found = fromElements(page, markedTimes(page, TIME_MARKED_PUBLISHED, PUBLISHED_CLASS), true,
                    Signal.TIME_ELEMENT, zone, monthFirst, now);
        }
        if (found == null) {
            found = fromElements(page, page.elements().select(TIME_ANY), false, Signal.TIME_ELEMENT, zone, monthFirst, now);
        }
        String storyText = found == null ? storyText(page) : "";
        if (found == null) {
            found = labelledDate(storyText, zone, monthFirst, now);
        }
        if (found == null) {
            found = fromDateLines(page, zone, monthFirst, now);
        }
        if (found == null) {
            found = nearHeadline(page, zone, monthFirst, now);
        }
        if (found == null) {
            found = firstPublicationDate(storyText, zone, monthFirst, now);
        }
        if (found == null) {
            found = fromScriptData(page, zone, now);
        }
        Found url = fromUrl(page.url(), zone);
        if (found == null) {
            return url;
        }
        return url == null ? found : reconcileWithUrl(found, url);
    }

    private Found modified(PageSignals page, ZoneId zone, boolean monthFirst, Instant now) {
        Found found = fromJsonLd(page.jsonLd(), LD_MODIFIED, zone, now);
        if (found == null) {
            found = fromMeta(page.meta(), OG_MODIFIED, Signal.OPEN_GRAPH, zone, now);
        }
        if (found == null) {
            found = fromMeta(page.meta(), META_MODIFIED, Signal.META_TAG, zone, now);
        }
        if (found == null) {
            found = fromElements(page, page.elements().select(MICRODATA_MODIFIED), true, Signal.MICRODATA, zone, monthFirst, now);
        }
        if (found == null) {
            found = fromElements(page, markedTimes(page, TIME_MARKED_MODIFIED, MODIFIED_CLASS), true,
                    Signal.TIME_ELEMENT, zone, monthFirst, now);
        }
        return found;
    }

    private Found fromJsonLd(JsonLd ld, List<String> keys, ZoneId zone, Instant now) {
        Map<String, Object> article = ld.article();
        for (String key : keys) {
            Found f = accept(parser.parse(JsonLd.text(article, key), zone), Signal.JSON_LD, now);
            if (f != null) {
                return f;
            }
        }
        // no article node, or one without dates: the page node, then any node that is not about something else
        for (Map<String, Object> node : ld.nodes()) {
            if (node == article || JsonLd.hasType(node, JsonLd.ORGANIZATION_TYPES)) {
                continue;
            }
            for (String key : keys) {
                Found f = accept(parser.parse(JsonLd.text(node, key), zone), Signal.JSON_LD, now);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Found fromMeta(MetaTags meta, String[] keys, String signal, ZoneId zone, Instant now) {
        for (String key : keys) {
            for (String value : meta.all(key)) {
                Found f = accept(parser.parse(value, zone), signal, now);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Parse.ly's older form: a JSON object in {@code <meta name="parsely-page">} with a "pub_date". */
    private Found fromParselyPage(PageSignals page, ZoneId zone, Instant now) {
        String json = page.meta().first("parsely-page");
        if (json == null) {
            return null;
        }
        Object value = LenientJson.parse(json).orElse(null);
        if (value instanceof Map<?, ?> map && map.get("pub_date") instanceof String s) {
            return accept(parser.parse(s, zone), Signal.META_TAG, now);
        }
        return null;
    }

    /**
     * The time elements marked as the kind of time sought, in page order: those the selector matches, and each
     * {@code time[datetime]} inside an element whose class names that kind ({@code <div class="published"><time
     * datetime=...>}).
     */
    private static Elements markedTimes(PageSignals page, SimpleSelector marked, Evaluator markedAncestor) {
        Elements out = new Elements();
        Element root = page.doc();
        for (Element e : page.elements().select(TIME_OR_ABBR)) {
            if (marked.evaluator().matches(root, e)
                    || e.normalName().equals("time") && e.hasAttr("datetime") && hasAncestor(e, markedAncestor, root)) {
                out.add(e);
            }
        }
        return out;
    }

    private static final SimpleSelector TIME_OR_ABBR = SimpleSelector.of("time, abbr");

    private static boolean hasAncestor(Element e, Evaluator evaluator, Element root) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (evaluator.matches(root, parent)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of the candidates (in page order) with a date.
     *
     * @param marked whether the markup says outright this is the story's time; such elements are trusted anywhere
     *               but in other stories' or comments' regions (blog templates put the post date in a footer)
     */
    private Found fromElements(PageSignals page, Elements candidates, boolean marked, String signal, ZoneId zone,
            boolean monthFirst, Instant now) {
        for (Element e : candidates) {
            if (marked ? page.regions().inOtherContent(e) : page.regions().contains(e)) {
                continue;
            }
            if (inLinkToOtherPage(e, page.url()) || inOtherStoryCard(e, page)) {
                continue;
            }
            String value = machineValue(e);
            Found f = accept(parser.parse(value.isEmpty() ? e.text() : value, zone, monthFirst), signal, now);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the element sits inside a link to another page: a teaser card of another story ("<a href=/other>
     * <time pubdate>…</a>"), whose date is that story's. A link to the page itself (a permalink around the date)
     * does not count.
     */
    static boolean inLinkToOtherPage(Element e, String pageUrl) {
        int level = 0;
        for (Element a = e; a != null && level < TEASER_LINK_LEVELS; a = a.parent(), level++) {
            if (a.normalName().equals("a") && a.hasAttr("href")) {
                String href = a.absUrl("href");
                if (href.isEmpty() || href.startsWith("javascript:")) {
                    return false;
                }
                return pageUrl == null || pageUrl.isEmpty() || !samePage(href, pageUrl);
            }
        }
        return false;
    }

    /**
     * Whether the element is inside an {@code <article>} that is not the story's: on a page with several, the one
     * holding the headline is the story and the others are cards of other stories, dated with their own times.
     */
    private static boolean inOtherStoryCard(Element e, PageSignals page) {
        Element headline = page.regions().headline();
        if (headline == null) {
            return false;
        }
        Element story = null;
        for (Element a : headline.parents()) {
            if (a.normalName().equals("article")) {
                story = a;
                break;
            }
        }
        if (story == null) {
            return false; // a headline above an article: which article is the story's is not known
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article")) {
                return a != story && !a.parents().contains(story);
            }
        }
        return false;
    }

    /** Two URLs of one page: equal but for the scheme, a fragment, a query and a trailing slash. */
    private static boolean samePage(String a, String b) {
        return pageKey(a).equals(pageKey(b));
    }

    private static String pageKey(String url) {
        String s = url;
        int cut = s.indexOf('#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf('?');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf("://");
        if (cut >= 0) {
            s = s.substring(cut + 3);
        }
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String machineValue(Element e) {
        for (String attribute : new String[] {"datetime", "content", "title", "data-datetime", "data-time"}) {
            String v = e.attr(attribute).trim();
            if (!v.isEmpty() && v.chars().anyMatch(Character::isDigit)) {
                return v;
            }
        }
        return "";
    }

    /**
     * A date the story's text introduces as its publication ("Published on 3 May 2020", "Erstellt am: 30.01.2022
     * 18:36", "Publié le"): what the page says outright beats a date line found by its class name.
     */
    private Found labelledDate(String text, ZoneId zone, boolean monthFirst, Instant now) {
        for (int end = PUBLISHED_LABEL.nextEnd(text, 0); end >= 0; end = PUBLISHED_LABEL.nextEnd(text, end)) {
            String after = text.substring(end, Math.min(text.length(), end + LABEL_REACH_CHARS));
            for (PublishedTime t : parser.parseAll(after, zone, monthFirst, 1)) {
                if (after.indexOf(t.raw()) <= LABEL_GAP_CHARS) {
                    Found f = accept(Optional.of(t), Signal.VISIBLE_DATE, now);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Dates in the page's JSON data blocks ({@code <script type="application/json">}, the state a page hydrates
     * from) under a key that says publication. Read last: such blocks also describe other stories, so only the
     * first publication-keyed value is taken, and only where the page shows no date at all.
     */
    private Found fromScriptData(PageSignals page, ZoneId zone, Instant now) {
        for (Element script : page.elements().select(JSON_SCRIPTS)) {
            String data = script.data();
            Matcher m = SCRIPT_PUBLISHED_KEY.matcher(data.length() > MAX_SCRIPT_CHARS
                    ? data.substring(0, MAX_SCRIPT_CHARS) : data);
            while (m.find()) {
                Found f = accept(parser.parse(m.group(2), zone), Signal.SCRIPT_DATA, now);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A short element marked as a date line: its first date not introduced by "updated". */
    private Found fromDateLines(PageSignals page, ZoneId zone, boolean monthFirst, Instant now) {
        for (Element e : page.elements().named(DATE_LINES, DATE_LINE_WORDS)) {
            if (TextLength.certainlyLonger(e, MAX_DATE_LINE_CHARS)) {
                continue;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_DATE_LINE_CHARS || page.regions().contains(e)
                    || inLinkToOtherPage(e, page.url())) {
                continue;
            }
            for (PublishedTime t : parser.parseAll(text, zone, monthFirst, 3)) {
                int at = text.indexOf(t.raw());
                if (at > 0 && UPDATE_WORDS.matcher(text.substring(0, at)).find()) {
                    continue;
                }
                Found f = accept(Optional.of(t), Signal.VISIBLE_DATE, now);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * The date written near the story's headline: in the smallest block around the first h1 that holds a little
     * more than the heading (where templates put "24. April 2020 | Politics" or "am 25.01.2022").
     */
    private Found nearHeadline(PageSignals page, ZoneId zone, boolean monthFirst, Instant now) {
        Element h1 = page.regions().headline();
        if (h1 == null) {
            return null;
        }
        Element block = headlineBlock(h1);
        Found found = firstPublicationDate(block.text(), zone, monthFirst, now);
        if (found == null) {
            // the header's date written with a short year ("31.10.23"): read beside the headline only, where a
            // run of three small numbers is the story's date and not a version, a score or a reference
            found = accept(DateTextParser.shortYearDate(block.text(), zone, now), Signal.VISIBLE_DATE, now);
        }
        if (found != null) {
            return found;
        }
        // a date line standing on its own just under (or over) the headline, in a block too big to read whole
        List<String> lines = new java.util.ArrayList<>();
        for (Element sibling : headlineNeighbours(block)) {
            if (TextLength.certainlyLonger(sibling, MAX_DATE_LINE_CHARS)) {
                continue;
            }
            String text = sibling.text();
            if (text.length() <= MAX_DATE_LINE_CHARS && !page.regions().contains(sibling)) {
                found = firstPublicationDate(text, zone, monthFirst, now);
                if (found != null) {
                    return found;
                }
                lines.add(text);
            }
        }
        for (String text : lines) {
            found = accept(DateTextParser.shortYearDate(text, zone, now), Signal.VISIBLE_DATE, now);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The story's header as text: the smallest block around the headline that holds a little more than it (see
     * {@link #nearHeadline}); "" where the page has no headline.
     */
    private static String headerText(PageSignals page) {
        Element h1 = page.regions().headline();
        if (h1 == null) {
            return "";
        }
        return headlineBlock(h1).text();
    }

    /** The smallest block around the h1 that holds a little more than the heading, up to a few levels up. */
    private static Element headlineBlock(Element h1) {
        Element block = h1;
        for (int level = 0; level < HEADLINE_LEVELS && block.parent() != null; level++) {
            Element parent = block.parent();
            if (parent.normalName().equals("body") || TextLength.certainlyLonger(parent, HEADLINE_BLOCK_CHARS)
                    || parent.text().length() > HEADLINE_BLOCK_CHARS) {
                break;
            }
            block = parent;
        }
        return block;
    }

    /** The elements right after the headline's block, nearest first, then those right before it. */
    private static List<Element> headlineNeighbours(Element block) {
        List<Element> out = new java.util.ArrayList<>();
        Element next = block.nextElementSibling();
        for (int i = 0; i < HEADLINE_NEIGHBOURS_AFTER && next != null; i++, next = next.nextElementSibling()) {
            out.add(next);
        }
        Element previous = block.previousElementSibling();
        for (int i = 0; i < HEADLINE_NEIGHBOURS_BEFORE && previous != null;
                i++, previous = previous.previousElementSibling()) {
            out.add(previous);
        }
        return out;
    }

    /**
     * The page's visible text without its off-story regions (footers, sidebars, comments, related stories), up to
     * {@link #STORY_TEXT_CHARS}: where a date written only in running text is looked for last.
     */
    private static String storyText(PageSignals page) {
        StringBuilder text = new StringBuilder();
        if (page.doc().body() == null) {
            return "";
        }
        Element h1 = page.regions().headline();
        int[] headlineAt = {-1};
        page.doc().body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (text.length() > STORY_TEXT_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && e != page.doc().body() && page.regions().isOffStoryItself(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node == h1) {
                    headlineAt[0] = text.length();
                }
                if (node instanceof TextNode t) {
                    // what t.text() gives, appended without building it
                    StringUtil.appendNormalisedWhitespace(text, t.getWholeText(), false);
                    text.append(' ');
                } else if (node instanceof Element e && e.isBlock()) {
                    text.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        });
        // the story's date line stands just above or below its headline; what comes well before it is the site's
        int from = headlineAt[0] < 0 ? 0 : Math.max(0, headlineAt[0] - BEFORE_HEADLINE_CHARS);
        return text.substring(Math.min(from, text.length()));
    }

    /** The first date in a text that is not introduced as an update. */
    private Found firstPublicationDate(String text, ZoneId zone, boolean monthFirst, Instant now) {
        for (PublishedTime t : parser.parseAll(text, zone, monthFirst, 5)) {
            int at = text.indexOf(t.raw());
            if (at > 0 && UPDATE_WORDS.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
                continue;
            }
            Found f = accept(Optional.of(t), Signal.VISIBLE_DATE, now);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * The URL's date is the publisher's own day for the story. A date written without a zone a day away from it is
     * taken to be less exact. A timestamp stated in UTC that can fall on the day after or before it in another
     * zone (see {@link #rollsOver}): its day is the URL's (without a job zone the publisher's
     * offset is unknown, so the day alone is kept). A timestamp days away from the URL's date is an update or a
     * re-publication; the URL's date is the first publication.
     */
    private static Found reconcileWithUrl(Found found, Found url) {
        LocalDate urlDay = url.time().value().toLocalDate();
        LocalDate day = found.time().value().toLocalDate();
        if (day.equals(urlDay)) {
            return found;
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(urlDay, day));
        boolean utc = found.time().value().getOffset().equals(ZoneOffset.UTC);
        if (apart == 1 && found.time().zoneAssumed()) {
            return url; // a text date without a zone is no more exact than the URL's, which the CMS wrote
        }
        if (apart == 1 && utc && rollsOver(found.time().value(), urlDay)) {
            return url;
        }
        return apart > URL_DISAGREEMENT_DAYS ? url : found;
    }

    /**
     * Whether a UTC time can fall on the given neighbouring day in some inhabited zone: 10:04Z is still the same day
     * from UTC-10 to UTC+13, so only a time within {@link #WEST_MOST_OFFSET_HOURS} of the day's start can be the
     * day before, and within {@link #EAST_MOST_OFFSET_HOURS} of its end the day after.
     */
    private static boolean rollsOver(java.time.OffsetDateTime utc, LocalDate otherDay) {
        int minuteOfDay = utc.getHour() * 60 + utc.getMinute();
        if (otherDay.isBefore(utc.toLocalDate())) {
            return minuteOfDay < WEST_MOST_OFFSET_HOURS * 60;
        }
        return minuteOfDay >= (24 - EAST_MOST_OFFSET_HOURS) * 60;
    }

    /** The date in the URL path, at day precision. */
    Found fromUrl(String url, ZoneId zone) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                boolean slashed = m.group("mo") == null;
                LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group(slashed ? "mo2" : "mo")), Integer.parseInt(m.group(slashed ? "d2" : "d")));
                boolean assumed = zone == null;
                var value = date.atStartOfDay(assumed ? ZoneOffset.UTC : zone).toOffsetDateTime();
                return new Found(new PublishedTime(value, PublishedTime.Precision.DAY, assumed, m.group()),
                        Signal.URL);
            } catch (java.time.DateTimeException e) {
                // not a date after all (2019/02/30); look further along
            }
        }
        return null;
    }

    private static Found accept(Optional<PublishedTime> time, String signal, Instant now) {
        if (time.isEmpty()) {
            return null;
        }
        PublishedTime t = time.get();
        if (t.value().toInstant().isAfter(now.plus(FUTURE_TOLERANCE_DAYS, ChronoUnit.DAYS))) {
            return null;
        }
        return new Found(t, signal);
    }

    /** US English writes 01/03/2019 for January 3; everyone else for 1 March. */
    private static boolean monthFirst(PageSignals page) {
        List<Element> html = page.elements().withTag("html");
        String lang = html.isEmpty() ? "" : html.get(0).attr("lang");
        lang = lang.toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.equals("en-us");
    }
}
