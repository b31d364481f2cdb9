package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Signal;
import dev.newsbatch.extract.TextNormalizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the story's headline. The visible h1 is the headline as readers see it, but pages also put the site's logo
 * or a section name in an h1, so an h1 wins when it agrees with what the page's metadata calls the title (JSON-LD
 * headline, og:title, twitter:title, {@code <title>}). Otherwise the metadata titles are used, best first, with
 * " | Site Name" suffixes and "Section - " prefixes cut off. Thread-safe.
 */
final class Headlines {

    /** A found headline and the signal it came from. */
    record Found(String title, String signal) {
    }

    private static final SimpleSelector HEADINGS = SimpleSelector.of("h1");
    /** Kickers inside a heading, as templates name them (German "Dachzeile", "Spitzmarke"; "overline", "eyebrow"). */
    private static final Evaluator KICKER = QueryParser.parse("[class~=(?i)kicker|overline|dachzeile|spitzmarke|"
            + "topline|roofline|eyebrow|supertitle|pretitle|overhead|headline-intro|label|category|rubric]");
    /**
     * A separator inside a heading hidden from screen readers or from sight: it splits a kicker from the headline
     * for one kind of reader only ("Kicker<span aria-hidden> – </span>Headline").
     */
    private static final Evaluator HIDDEN_SEPARATOR = QueryParser.parse(
            "[aria-hidden=true], [class~=(?i)visually-hidden|sr-only|screen-reader|hiddendash]");
    private static final Pattern HEADLINE_SEPARATOR_TEXT = Pattern.compile("\\s*[-–—:|·•]\\s*");
    /** A separator left at the start of a heading once its kicker is removed ("- Headline"). */
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[-–—:|·•]\\s+");
    /** A kicker prefix of a metadata title before its headline: "Chronik: ", "Press release - ". */
    private static final Pattern KICKER_PREFIX = Pattern.compile("^[^:|–—]{1,40}(?::|\\s[-–—|])\\s*$");
    /** Second-level headings hold the headline on pages whose h1 is the site's logo. */
    private static final SimpleSelector SUB_HEADINGS = SimpleSelector.of("h2");
    /**
     * What separates a headline from the site's name or a section in a title: a bar, a dash or similar, with spaces
     * around (a hyphen inside a word is part of it).
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»«/~]{1,2}\\s+|\\s*\\|\\s*|\\s+::\\s+");
    /** An h1 shorter than this is a logo or a section name, not a headline, unless the metadata agrees with it. */
    private static final int MIN_HEADLINE_CHARS = 10;
    /**
     * A lone h1 of at least this many words is a headline even when the metadata titles word it otherwise; shorter
     * ones are section names, topics and logos ("Betriebliche Altersvorsorge", "OutdoorNews | Eintrag").
     */
    private static final int MIN_REWORDED_HEADLINE_WORDS = 4;
    /**
     * A word of at least this many letters that the h1 shares with a metadata title shows both speak of the same
     * story; an h1 sharing none is a greeting or a box title, not the reworded headline.
     */
    private static final int MIN_SHARED_WORD_LETTERS = 4;
    /** Annotations above characters (Japanese furigana in {@code <rt>}) and their fallback parentheses. */
    private static final Evaluator RUBY_ANNOTATIONS = QueryParser.parse("rt, rp");
    /** A metadata title at least this long that starts a heading is that heading cut short. */
    private static final int MIN_TRUNCATED_TITLE_CHARS = 20;
    /** Quotation marks that, unescaped in an attribute or JSON string, end it early. */
    private static final String QUOTES = "\"“”„";
    /** Titles cut by a CMS end like this; a full title elsewhere is better. */
    private static final Pattern TRUNCATED = Pattern.compile("(?:\\.\\.\\.|…)$");

    Found find(PageSignals page) {
        List<String> siteNames = siteNames(page);
        String titleTag = clean(TitleTag.of(page.elements()));
        String ld = uncut(clean(JsonLd.text(page.jsonLd().article(), "headline")), titleTag);
        String og = uncut(clean(page.meta().first("og:title")), titleTag);
        String twitter = uncut(clean(page.meta().first("twitter:title")), titleTag);
        List<String> meta = new ArrayList<>();
        for (String t : new String[] {ld, og, twitter, titleTag}) {
            if (t != null) {
                meta.add(t);
            }
        }

        // 1. an h1 that the metadata confirms
        List<String> h1s = headings(page, HEADINGS);
        for (String h1 : h1s) {
            if (confirmed(h1, meta, siteNames)) {
                return new Found(h1, Signal.HEADING);
            }
        }
        // 2. a lone h1 that looks like a headline, where the metadata titles are another wording of it: the page's
        // visible headline is what readers see (metadata titles are often rewritten for search and sharing)
        String lone = h1s.size() == 1 ? h1s.get(0) : titledHeading(page);
        if (lone != null && isRewordedHeadline(lone, meta)
                && siteNames.stream().noneMatch(n -> key(lone).startsWith(key(n)))) {
            return new Found(lone, Signal.HEADING);
        }
        // 3. the metadata titles, site names cut off
        if (ld != null && !TRUNCATED.matcher(ld).find()) {
            return new Found(stripSiteName(ld, siteNames, false), Signal.JSON_LD);
        }
        if (og != null) {
            return new Found(stripSiteName(og, siteNames, false), Signal.OPEN_GRAPH);
        }
        if (twitter != null) {
            return new Found(stripSiteName(twitter, siteNames, false), Signal.META_TAG);
        }
        // 3. a lone h1 that looks like a headline, or an h2 that the title tag confirms
        if (h1s.size() == 1 && h1s.get(0).length() >= MIN_HEADLINE_CHARS
                && siteNames.stream().noneMatch(n -> key(h1s.get(0)).startsWith(key(n)))
                && !isMinorTitlePart(h1s.get(0), meta)) {
            return new Found(h1s.get(0), Signal.HEADING);
        }
        for (String h2 : headings(page, SUB_HEADINGS)) {
            if (confirmed(h2, meta, siteNames)) {
                return new Found(h2, Signal.HEADING);
            }
        }
        if (titleTag != null) {
            return new Found(stripSiteName(titleTag, siteNames, true), Signal.TITLE_TAG);
        }
        if (!h1s.isEmpty()) {
            return new Found(h1s.get(0), Signal.HEADING);
        }
        return null;
    }

    /**
     * The title tag in place of a metadata title that a quotation mark in the headline cut short: an unescaped
     * {@code "} ends a {@code content="..."} attribute or a JSON string early ("Senator calls rival" for
     * {@code Senator calls rival "unfit"}), while the title tag's text holds the quote.
     */
    static String uncut(String title, String titleTag) {
        if (title == null || titleTag == null || titleTag.length() <= title.length() || !titleTag.startsWith(title)) {
            return title;
        }
        String rest = titleTag.substring(title.length()).stripLeading();
        return !rest.isEmpty() && QUOTES.indexOf(rest.charAt(0)) >= 0 ? titleTag : title;
    }

    /**
     * The heading's text without a kicker: the short line above a headline ("Coronavirus:", "Exclusive") that
     * templates put inside the h1 as its own marked element.
     */
    private static String withoutKicker(Element heading) {
        Element separator = heading.selectFirst(HIDDEN_SEPARATOR);
        if (separator != null && HEADLINE_SEPARATOR_TEXT.matcher(separator.text()).matches()) {
            // "<span>Kicker</span><span aria-hidden> – </span><span>Headline</span>": what follows is the headline
            StringBuilder after = new StringBuilder();
            boolean seen = false;
            for (org.jsoup.nodes.Node n : separator.parent().childNodes()) {
                if (n == separator) {
                    seen = true;
                } else if (seen) {
                    after.append(n instanceof Element e ? e.text() : n instanceof org.jsoup.nodes.TextNode t
                            ? t.text() : "");
                }
            }
            if (!after.toString().isBlank()) {
                return after.toString();
            }
        }
        if (heading.selectFirst(RUBY_ANNOTATIONS) != null) {
            heading = heading.clone();
            heading.select(RUBY_ANNOTATIONS).remove();
        }
        if (heading.select(KICKER).isEmpty()) {
            return heading.text();
        }
        Element copy = heading.clone();
        copy.select(KICKER).remove();
        String rest = LEADING_SEPARATOR.matcher(copy.text()).replaceFirst("");
        return rest.isBlank() ? heading.text() : rest;
    }

    /**
     * Among several h1s, the one most of whose words the page's title repeats (see
     * {@link OffStoryRegions#titledHeadline()}): the story's, beside h1s that name a section or a comment box.
     */
    private static String titledHeading(PageSignals page) {
        Element h1 = page.regions().titledHeadline();
        return h1 == null || page.regions().contains(h1) ? null : clean(withoutKicker(h1));
    }

    private static List<String> headings(PageSignals page, SimpleSelector selector) {
        List<String> out = new ArrayList<>();
        for (Element h : page.elements().select(selector)) {
            String text = clean(withoutKicker(h));
            if (text != null && !page.regions().contains(h)) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * A heading is confirmed when a metadata title is it, or is it plus shorter parts (a site name, a section), or
     * is the start of it (a title cut short by a CMS or a broken attribute). A heading that is only the short part
     * of a title ("Headline - Blog Name" with h1 "Blog Name") is the site's name, not the headline.
     */
    private static boolean confirmed(String heading, List<String> metaTitles, List<String> siteNames) {
        String h = key(heading);
        if (h.isEmpty() || siteNames.stream().anyMatch(s -> key(s).equals(h) || h.startsWith(key(s)))) {
            return false;
        }
        for (String title : metaTitles) {
            String t = key(title);
            if (t.equals(h) || withoutSiteNames(t, siteNames).equals(h)) {
                return true;
            }
            if (heading.length() < MIN_HEADLINE_CHARS) {
                continue;
            }
            String[] parts = SEPARATOR.split(title);
            int longest = 0;
            for (String part : parts) {
                longest = Math.max(longest, key(part).length());
            }
            if ((t.startsWith(h) || t.endsWith(h)) && h.length() >= longest) {
                return true;
            }
            for (String part : parts) {
                if (key(part).equals(h) && h.length() >= longest) {
                    return true;
                }
            }
            if (t.length() >= MIN_TRUNCATED_TITLE_CHARS && h.startsWith(t)) {
                return true;
            }
            // "Section: Headline" in the metadata, "Headline" in the h1: the metadata carries a kicker (shorter than
            // the headline; "Post title | Blog name" with the blog's name in the h1 is the other way round)
            int at = title.toLowerCase(Locale.ROOT).lastIndexOf(heading.toLowerCase(Locale.ROOT));
            if (at > 0 && at + heading.length() == title.length() && at < heading.length()
                    && KICKER_PREFIX.matcher(title.substring(0, at)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title's key with the site's names taken out wherever they stand, so a title that glues the site's name to the
     * headline without a separator ("HeadlineSite Name | Site Name") still reads as the headline.
     */
    private static String withoutSiteNames(String titleKey, List<String> siteNames) {
        String t = titleKey;
        for (String site : siteNames) {
            String s = key(site);
            if (s.length() >= MIN_HEADLINE_CHARS) {
                t = t.replace(s, "");
            }
        }
        return t;
    }

    /**
     * Whether a lone h1 is the story's headline in other words than the metadata titles: long enough to be a
     * headline, about the same story (a word in common), and not a kicker-and-headline line that holds a metadata
     * title as one of its parts ("Local News | Headline", "Headline: Title") nor a short part of one.
     */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static boolean isRewordedHeadline(String heading, List<String> metaTitles) {
        String[] words = heading.trim().split("\\s+");
        if (words.length < MIN_REWORDED_HEADLINE_WORDS || isMinorTitlePart(heading, metaTitles)) {
            return false;
        }
        java.util.Set<String> headingWords = new java.util.HashSet<>();
        for (String w : NON_WORD.split(heading.toLowerCase(Locale.ROOT))) {
            if (w.length() >= MIN_SHARED_WORD_LETTERS) {
                headingWords.add(w);
            }
        }
        boolean shared = false;
        for (String title : metaTitles) {
            for (String w : NON_WORD.split(title.toLowerCase(Locale.ROOT))) {
                shared |= headingWords.contains(w);
            }
            String t = key(title);
            for (String part : SEPARATOR.split(heading)) {
                if (!t.isEmpty() && key(part).equals(t)) {
                    return false;
                }
            }
            String h = key(heading);
            if (t.length() >= MIN_HEADLINE_CHARS && h.length() > t.length() && (h.endsWith(t) || h.startsWith(t))) {
                return false;
            }
        }
        return shared;
    }

    /** Whether a heading is a short part of a title ("Blog Name" in "Post Title – Blog Name"): the site's name. */
    private static boolean isMinorTitlePart(String heading, List<String> metaTitles) {
        String h = key(heading);
        for (String title : metaTitles) {
            String[] parts = SEPARATOR.split(title);
            int longest = 0;
            for (String part : parts) {
                longest = Math.max(longest, key(part).length());
            }
            for (String part : parts) {
                if (parts.length > 1 && key(part).equals(h) && h.length() < longest) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Cuts the site's name (and what stands beside it) off a title. Without a known site name, a title tag's last
     * segment is cut when the rest is clearly the longer part, since "Headline | Site" is the common form.
     */
    static String stripSiteName(String title, List<String> siteNames, boolean guessWithoutName) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        List<String> kept = new ArrayList<>();
        boolean cut = false;
        for (String part : parts) {
            if (isSiteName(part, siteNames)) {
                cut = true;
            } else {
                kept.add(part);
            }
        }
        if (cut && !kept.isEmpty()) {
            return rejoin(title, kept);
        }
        if (guessWithoutName) {
            // the longest segment is the headline; site names and sections are short
            String longest = parts[0];
            for (String part : parts) {
                if (part.length() > longest.length()) {
                    longest = part;
                }
            }
            return longest.trim();
        }
        return title;
    }

    /** The kept segments with the separators that stood between them in the original. */
    private static String rejoin(String title, List<String> kept) {
        String first = kept.get(0);
        String last = kept.get(kept.size() - 1);
        int start = title.indexOf(first);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : String.join(" ", kept);
    }

    private static boolean isSiteName(String part, List<String> siteNames) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            String n = key(name);
            if (!n.isEmpty() && (p.equals(n) || (n.length() >= 4 && p.contains(n) && p.length() < n.length() + 12)
                    || (p.length() >= 4 && n.contains(p)))) {
                return true;
            }
        }
        return false;
    }

    /** Names the site goes by: og:site_name, the JSON-LD publisher, application-name, the host name. */
    static List<String> siteNames(PageSignals page) {
        List<String> names = new ArrayList<>();
        addIfPresent(names, page.meta().first("og:site_name"));
        addIfPresent(names, page.meta().first("application-name"));
        addIfPresent(names, page.meta().first("apple-mobile-web-app-title"));
        Map<String, Object> article = page.jsonLd().article();
        addIfPresent(names, JsonLd.text(article, "publisher"));
        for (Map<String, Object> node : page.jsonLd().nodes()) {
            if (JsonLd.hasType(node, JsonLd.ORGANIZATION_TYPES)) {
                addIfPresent(names, JsonLd.text(node, "name"));
            }
        }
        for (String logo : page.regions().homeLinkedHeadings()) {
            addIfPresent(names, logo);
        }
        String host = host(page.url());
        if (host != null) {
            names.add(host);
        }
        return names;
    }

    /** "www.example-news.co.uk" → "example-news": the part of a host name a title would show. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        String h = url.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "").toLowerCase(Locale.ROOT);
        String[] labels = h.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int i = labels.length - 2;
        // second-level public suffixes: co.uk, com.au, org.br ...
        if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--;
        }
        return labels[i];
    }

    private static void addIfPresent(List<String> names, String name) {
        String n = clean(name);
        if (n != null) {
            names.add(n);
        }
    }

    /** Lower-case letters and digits only ({@code \\p{L}} and {@code \\p{N}}): how titles are compared. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (TextNormalizer.isLetterOrNumber(c)) {
                key.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        // JSON-LD and meta values sometimes carry HTML entities ("&#8211;") escaped once more than the markup
        String t = TextNormalizer.normalizeLine(s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s);
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }
}
