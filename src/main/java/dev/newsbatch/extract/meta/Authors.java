package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.Signal;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds who wrote the story, by a fallback chain: JSON-LD author (objects, arrays, strings; a given name alone
 * completed from the person's own bio), author meta tags, microdata {@code itemprop=author}, then what the reader
 * sees: author cards, links to the author's page, marked bylines, "By"/"Von" lines, labels ("Autor:"), the date line
 * beside the headline ({@link HeadlineDateLine}), the signature under the story ({@link StorySignature}), the heading
 * over the author's other stories ("More from Jane Roe" beside her author page) and, last, the name on the post
 * author's own comment below it ({@link PostAuthorComment}). A source that names only an organization, the site
 * itself or a wire service gives way to the next one that names people; the agency is kept apart. Where no person is
 * named anywhere, a newsroom desk the page credits is kept as written; failing that, a one-person site's owner
 * ({@link SiteOwner}). Thread-safe.
 */
final class Authors {

    /** The authors found: person names, the raw byline where one was visible, the agency, and the winning signal. */
    record Found(List<String> names, String byline, String agency, String signal) {

        /** The same finding with a fuller list of names, when one was found. */
        Found withNames(List<String> more) {
            return more.isEmpty() ? this : new Found(more, byline, agency, signal);
        }
    }

    /** Meta keys naming the author, the specific first (Parse.ly, Sailthru, Dublin Core, citation, NYT "byl"). */
    private static final String[] META_AUTHOR = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "citation_author", "byl", "og:article:author", "article:author_name",
            "cxenseparse:author", "author_name", "shareaholic:article_author_name"};
    /**
     * Twitter card label/value pairs: WordPress SEO plugins write {@code twitter:label1 = "Written by"} and the
     * author's name in {@code twitter:data1}. The label is matched in the languages the plugins ship.
     */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door|autor");
    /**
     * Short blocks whose text starts with "By"/"Von"/"Par" and a name: bylines that no class marks. Read last,
     * and only when their names look like names.
     */
    private static final SimpleSelector LEAD_IN_BLOCKS = SimpleSelector.of("p, div, span, byline, address, em, strong");
    private static final Pattern STARTS_WITH_LEAD_IN = Pattern.compile(
            "^(?iu)(?:[-–—]+\\s*)?(?:(?:by|von|par|por|door|av|ein\\s+(?:artikel|beitrag)\\s+von)\\s+"
                    + "|(?:autor(?:in)?|author|auteur|autore)\\s*:\\s*)\\S");
    /** {@link #STARTS_WITH_LEAD_IN}'s lead-in words, lower-cased, for the cheap test before the text is built. */
    private static final java.util.Set<String> LEAD_IN_WORDS = java.util.Set.of("by", "von", "par", "por", "door",
            "av", "ein", "autor", "autorin", "author", "auteur", "autore");
    private static final int MAX_LEAD_IN_BLOCK_CHARS = 80;
    /** A label naming what follows as the author, alone in its element: "Autor", "Author:", "| By", "Verfasst von". */
    private static final Pattern AUTHOR_LABEL_ONLY = Pattern.compile(
            "(?iu)\\|?\\s*(?:autor(?:in|en)?|authors?|auteur|autore|by|von|par|por|verfasst von|geschrieben von|"
                    + "written by|posted by)\\s*:?");
    private static final int MAX_AUTHOR_LABEL_CHARS = 40;
    /** The first letters of {@link #AUTHOR_LABEL_ONLY}'s words. */
    private static final String AUTHOR_LABEL_FIRST_LETTERS = "abgpvw";
    /**
     * The heading over an author's other stories: "More from Jane Roe", "Mehr von Jane Roe", "Alle Artikel von Jane
     * Roe", "Plus de Jane Roe", in the languages of the corpus; the name is the group.
     */
    private static final Pattern MORE_BY = Pattern.compile(
            "(?iu)(?:more (?:from|by)|(?:all |other |more )?(?:articles|stories|posts) (?:from|by)|mehr von|"
                    + "(?:weitere|alle) (?:artikel|beiträge) von|plus de|autres articles de|más de)\\s+(.{3,40})");
    private static final SimpleSelector ITEMPROP_AUTHOR = SimpleSelector.of("[itemprop~=^(author|creator)$]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    /**
     * Links to the author: {@code rel=author}, or an href into the site's author pages ("/author/jdoe",
     * "/autoren/jane-roe-123", "/auteurs/..."), the path segment in the languages of the corpus. Tested by
     * {@link #authorLinks} on the page's links.
     */
    private static final Pattern REL_AUTHOR = Pattern.compile("(?i)(?:^|\\s)author(?:$|\\s)");
    private static final Pattern AUTHOR_PAGE_PATH = Pattern.compile(
            "(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autores?|autori|autore)/[^/?#]");
    /**
     * Visible bylines as CMS templates mark them. Checked after the structured sources, and only short text (a
     * byline, not a bio box).
     */
    static final Evaluator VISIBLE_BYLINES = QueryParser.parse(
            "[class~=(?i)byline|by-line|author|autor|auteur|writer|reporter|posted-by|entry-meta|post-meta], "
                    + "[id~=(?i)byline|author], address");
    private static final int MAX_BYLINE_CHARS = 120;
    /**
     * Author cards: an hCard marked as the author ({@code <span class="author vcard"><a class="fn">}, what blog
     * engines print beside the date) and elements whose class says they hold the author's name alone
     * ("entry-author", "author-name", "byline-name", "author-link"). Their text is one name, so a one-word name or a
     * user name counts here, where a free byline line would need two capitalized words.
     */
    static final Evaluator AUTHOR_CARDS = QueryParser.parse(
            "[class~=(?i)(?:^|\\s)vcard(?:\\s|$)][class~=(?i)author], "
                    + "[class~=(?i)author] [class~=(?i)(?:^|\\s)fn(?:\\s|$)], "
                    + "[class~=(?i)(?:^|\\s)(?:(?:[a-z]+[-_])*(?:author|byline)[-_]?(?:name|link)|entry-author)"
                    + "(?:\\s|$)]");
    /**
     * {@link #AUTHOR_CARDS} in parts, for {@link PageElements#named}: the card itself (the first and last selector), the
     * "fn" inside an element classed "author" (the middle one), and the words each of those classes holds.
     */
    private static final Evaluator AUTHOR_CARD_ITSELF = QueryParser.parse(
            "[class~=(?i)(?:^|\\s)vcard(?:\\s|$)][class~=(?i)author], "
                    + "[class~=(?i)(?:^|\\s)(?:(?:[a-z]+[-_])*(?:author|byline)[-_]?(?:name|link)|entry-author)"
                    + "(?:\\s|$)]");
    private static final Evaluator AUTHOR_CARD_FN = QueryParser.parse("[class~=(?i)(?:^|\\s)fn(?:\\s|$)]");
    private static final Evaluator AUTHOR_CLASS = QueryParser.parse("[class~=(?i)author]");
    static final String[] AUTHOR_CARD_WORDS = {"author", "byline", "fn"};
    static final String[] VISIBLE_BYLINE_WORDS = {"byline", "by-line", "author", "autor", "auteur", "writer",
            "reporter", "posted-by", "entry-meta", "post-meta"};
    /** A card text longer than this is a bio or a list, not one name. */
    private static final int MAX_CARD_CHARS = 40;
    /**
     * Labels written for screen readers only ("Author", "Posted on", "| By"): hidden on screen, they sit glued to
     * the name in the text ("AuthorAndreas Kalt"), so they are read apart from it.
     */
    private static final Evaluator SCREEN_READER_ONLY = QueryParser.parse(
            "[class~=(?i)(?:^|\\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|screenreader|"
                    + "sr-text|element-invisible|u-hidden-visually|a11y-hidden)(?:\\s|$)]");
    /** "Jane Doe's Blog": a site named after its owner, whose name as an author is a person's, not the site's. */
    private static final Pattern POSSESSIVE_SITE = Pattern.compile("^(.+?)[’']s?\\s+\\S.*$");
    /** A newsroom desk's name starts with the word for the desk ("Redaktion", "Redacción Diario X", "Newsroom"). */
    private static final Pattern DESK = Pattern.compile(
            "(?iu)(?:redaktion|rédaction|la rédaction|redacción|redazione|redação|redactie|newsroom|news desk|"
                    + "editorial staff)(?![\\p{L}])");
    private static final Pattern DESK_CREDIT_END = Pattern.compile("[,;|·•]");
    /** A desk name is short; a longer value is a sentence about the newsroom. */
    private static final int MAX_DESK_CHARS = 60;

    private final BylineParser bylines = new BylineParser();

    Found find(PageSignals page) {
        List<String> siteNames = siteNamesNotPersons(page);
        String[] agency = new String[1];
        // the first short visible byline, kept from the visible chain for the desk it may credit
        String[] firstByline = new String[1];

        List<String> names = fromJsonLd(page.jsonLd(), agency);
        Found found = accept(names, null, agency[0], Signal.JSON_LD, siteNames);
        if (found == null) {
            found = fromMeta(page, siteNames);
        }
        if (found == null) {
            found = fromTwitterLabels(page, siteNames);
        }
        if (found == null) {
            found = fromElements(page, page.elements().select(ITEMPROP_AUTHOR), Signal.MICRODATA, siteNames);
        }
        // Where the structured sources give only user names ("jdoe", "jane.doe"), a visible byline naming people
        // is the better answer.
        if (found == null || !namesPeople(found)) {
            Found visible = fromCards(page, siteNames);
            List<Element> authorLinks = visible == null ? authorLinks(page) : List.of();
            if (visible == null) {
                visible = fromElements(page, authorLinks, Signal.VISIBLE_BYLINE, siteNames);
            }
            if (visible == null) {
                visible = fromVisible(page, siteNames, firstByline);
            }
            if (visible == null) {
                visible = fromLeadInBlocks(page, siteNames);
            }
            if (visible == null) {
                visible = fromAuthorLabels(page, siteNames);
            }
            if (visible == null) {
                visible = oneVisibleName(HeadlineDateLine.find(page.regions()), siteNames);
            }
            if (visible == null) {
                // the last resort: the name the story is signed with at its end (see StorySignature)
                visible = oneVisibleName(StorySignature.find(page), siteNames);
            }
            if (visible == null) {
                visible = fromMoreByHeading(authorLinks, siteNames);
            }
            if (visible == null) {
                // below the story: the name on the comment the blog engine marks as the post author's own
                visible = oneVisibleName(PostAuthorComment.find(page.elements()), siteNames);
            }
            if (visible != null && (found == null || namesPeople(visible))) {
                found = visible;
            }
        }
        if (found != null) {
            return found;
        }
        if (agency[0] == null) {
            found = deskCredit(page, firstByline[0]);
        }
        if (found == null && agency[0] == null) {
            // a one-person site's post that names no author: the person the site belongs to
            String owner = SiteOwner.find(page);
            found = owner == null ? null : new Found(List.of(owner), null, null, Signal.META_TAG);
        }
        return found != null ? found
                : agency[0] == null ? null : new Found(List.of(), null, agency[0], Signal.JSON_LD);
    }

    /**
     * The newsroom desk the structured data credits as the story's only author ("Redaktion", "Redaktion Gelbe
     * Liste", "Redacción Diario X"), as written, where no person is named anywhere: the page's own answer to "who
     * wrote this", which labelled sets record too. A bare site name is still not an author (it names no desk).
     * Failing that, the desk the first visible byline credits ({@code firstByline}, null where the page has none).
     */
    @SuppressWarnings("unchecked")
    private static Found deskCredit(PageSignals page, String firstByline) {
        for (Map<String, Object> node : java.util.Arrays.asList(page.jsonLd().article(), page.jsonLd().page())) {
            Object author = node == null ? null : node.get("author");
            List<Object> items = author instanceof List<?> list ? (List<Object>) list : author == null ? List.of()
                    : List.of(author);
            if (items.size() == 1) {
                Object item = page.jsonLd().resolve(items.get(0));
                String name = item instanceof Map<?, ?> map ? JsonLd.text((Map<String, Object>) map, "name")
                        : JsonLd.asText(item);
                if (isDesk(name)) {
                    return new Found(List.of(TextNormalizer.normalizeLine(name)), null, null, Signal.JSON_LD);
                }
            }
        }
        for (int i = 1; i <= 4; i++) {
            String label = page.meta().first("twitter:label" + i);
            String value = page.meta().first("twitter:data" + i);
            if (label != null && AUTHOR_LABEL.matcher(label).find() && isDesk(value)) {
                return new Found(List.of(value), value, null, Signal.META_TAG);
            }
        }
        return firstByline == null ? null : visibleDeskCredit(firstByline);
    }

    /**
     * The desk the page's first short visible byline credits ("von Redaktion, 7. Februar 2023" under the headline),
     * as written without its lead-in and date, or null where it credits none.
     */
    private static Found visibleDeskCredit(String byline) {
        // a desk's name holds no separator: what follows one is the date ("von Redaktion, 7. Februar 2023")
        String desk = AuthorNames.withoutLeadIn(DESK_CREDIT_END.split(byline, 2)[0]);
        return isDesk(desk) ? new Found(List.of(desk), byline, null, Signal.VISIBLE_BYLINE) : null;
    }

    /**
     * The site's names an author must not be, less those the page itself says are a person's: a one-person site
     * whose structured data types its publisher as a Person ("@type": ["Person", "Organization"]), or a site named
     * "Jane Doe's Blog", is written by someone with that name.
     */
    private static List<String> siteNamesNotPersons(PageSignals page) {
        List<String> persons = new ArrayList<>();
        for (Map<String, Object> node : page.jsonLd().nodes()) {
            String name = JsonLd.text(node, "name");
            if (name != null && JsonLd.types(node).contains("person")) {
                persons.add(Headlines.key(name));
            }
        }
        List<String> names = new ArrayList<>();
        for (String site : Headlines.siteNames(page)) {
            var owner = POSSESSIVE_SITE.matcher(site.trim());
            if (owner.matches()) {
                persons.add(Headlines.key(owner.group(1)));
            }
            if (!persons.contains(Headlines.key(site))) {
                names.add(site);
            }
        }
        names.removeIf(site -> persons.stream().anyMatch(p -> !p.isEmpty() && Headlines.key(site).contains(p)));
        return names;
    }

    /** The names in the story's author cards (see {@link #AUTHOR_CARDS}), in page order. */
    private static Found fromCards(PageSignals page, List<String> siteNames) {
        List<String> names = new ArrayList<>();
        String raw = null;
        Element byline = null;
        for (Element e : page.elements().named(AUTHOR_CARD_WORDS, new String[0],
                x -> isAuthorCard(page.doc(), x))) {
            if (byline != null && !e.parents().contains(byline)) {
                continue; // a card further down the page belongs to another post on a list page
            }
            if (TextLength.certainlyLonger(e, MAX_CARD_CHARS)) {
                continue;
            }
            String text = readableText(e);
            if (text.isEmpty() || text.length() > MAX_CARD_CHARS || page.regions().contains(e)) {
                continue;
            }
            String user = AuthorNames.userName(text);
            List<String> found = user != null ? List.of(user) : AuthorNames.split(text);
            if (found.size() != 1 || isSiteName(found.get(0), siteNames)) {
                continue;
            }
            if (byline == null) {
                Element parent = e.parent();
                byline = parent != null && parent.parent() != null ? parent.parent() : parent;
            }
            raw = raw == null ? text : raw;
            if (!names.contains(found.get(0))) {
                names.add(found.get(0));
            }
        }
        return accept(names, raw, null, Signal.VISIBLE_BYLINE, siteNames);
    }

    /** Whether {@link #AUTHOR_CARDS} matches the element, tested on it alone. */
    static boolean isAuthorCard(Element root, Element e) {
        if (AUTHOR_CARD_ITSELF.matches(root, e)) {
            return true;
        }
        if (e == root || !AUTHOR_CARD_FN.matches(root, e)) {
            return false;
        }
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (AUTHOR_CLASS.matches(root, parent)) {
                return true;
            }
            if (parent == root) {
                break;
            }
        }
        return false;
    }

    /**
     * An element's text as a reader hears it: screen-reader labels kept apart from the words around them, so
     * "Author" + "Jane Doe" reads "Author Jane Doe", not "AuthorJane Doe".
     */
    static String readableText(Element e) {
        if (e.selectFirst(SCREEN_READER_ONLY) == null) {
            return TextNormalizer.normalizeLine(e.text());
        }
        Element copy = e.clone();
        for (Element label : copy.select(SCREEN_READER_ONLY)) {
            label.before(" ");
            label.after(" ");
        }
        return TextNormalizer.normalizeLine(copy.text());
    }

    /** An element with one child element and no text of its own: a wrapper whose text is all its child's. */
    static boolean isBareWrapper(Element e) {
        if (e.childrenSize() != 1) {
            return false;
        }
        for (org.jsoup.nodes.TextNode text : e.textNodes()) {
            if (!text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDesk(String name) {
        return name != null && name.length() <= MAX_DESK_CHARS && DESK.matcher(name.trim()).lookingAt();
    }

    private static boolean namesPeople(Found found) {
        return found.names().stream().allMatch(n -> AuthorNames.looksLikePerson(n, true));
    }

    private static Found fromTwitterLabels(PageSignals page, List<String> siteNames) {
        for (int i = 1; i <= 4; i++) {
            String label = page.meta().first("twitter:label" + i);
            String value = page.meta().first("twitter:data" + i);
            if (label != null && value != null && AUTHOR_LABEL.matcher(label).find()) {
                return accept(AuthorNames.split(value), value, null, Signal.META_TAG, siteNames);
            }
        }
        return null;
    }

    /** The first short block that opens with "By"/"Von"/"Par" and names people. */
    private static Found fromLeadInBlocks(PageSignals page, List<String> siteNames) {
        for (Element e : page.elements().select(LEAD_IN_BLOCKS)) {
            if (!leadingWordsMayLeadIn(e)) {
                continue; // the cheap test first: most blocks open with other words
            }
            if (isBareWrapper(e)) {
                continue; // its text is its one child's, which is visited too; reading it here again is quadratic
            }
            if (TextLength.certainlyLonger(e, MAX_LEAD_IN_BLOCK_CHARS)) {
                continue;
            }
            String text = readableText(e);
            if (text.length() > MAX_LEAD_IN_BLOCK_CHARS || !STARTS_WITH_LEAD_IN.matcher(text).find()
                    || page.regions().contains(e)) {
                continue;
            }
            List<String> names = AuthorNames.split(text, true);
            if (!isLinkedUserName(e, names)) {
                // what follows the names is no author: "Autor: Jane Roe (Gastbeitrag), Rednerin aus Kassel"
                names = names.stream().filter(n -> AuthorNames.looksLikePerson(n, true)).toList();
            }
            Found found = accept(names, text, agencyIn(AuthorNames.withoutCredit(text)), Signal.VISIBLE_BYLINE,
                    siteNames);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether the names a lead-in introduces are one user name ("von Kochfee7 am 02.11.2018") that is the whole
     * text of a link in the block: the link to the author's profile, as community sites print it. A lone word
     * after "By" that is no link is more often the start of a sentence.
     */
    private static boolean isLinkedUserName(Element block, List<String> names) {
        if (names.size() != 1 || AuthorNames.userName(names.get(0)) == null) {
            return false;
        }
        for (Element link : block.getElementsByTag("a")) {
            if (TextNormalizer.normalizeLine(link.text()).equals(names.get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name after a label that stands alone in its own element ("<h4>Autor</h4><p>Jane Roe</p>",
     * "<span class=label>Author:</span> Jane Roe", a screen-reader "By" before the name): the label's next sibling,
     * element or text, holds the name. Only names that look like names count (two capitalized words at least).
     */
    private static Found fromAuthorLabels(PageSignals page, List<String> siteNames) {
        for (Element e : page.elements().all()) {
            if (e.childNodeSize() != 1 || !(e.childNode(0) instanceof TextNode label)
                    || label.getWholeText().length() > MAX_AUTHOR_LABEL_CHARS
                    || !firstLetterMayStartLabel(label.getWholeText())
                    || !AUTHOR_LABEL_ONLY.matcher(TextNormalizer.normalizeLine(label.getWholeText())).matches()
                    || page.regions().contains(e)) {
                continue;
            }
            Node next = e.nextSibling();
            while (next instanceof TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            String text = next instanceof TextNode t ? TextNormalizer.normalizeLine(t.text())
                    : next instanceof Element sibling && !TextLength.certainlyLonger(sibling, MAX_CARD_CHARS)
                    ? readableText(sibling) : "";
            if (text.isEmpty() || text.length() > MAX_CARD_CHARS) {
                continue;
            }
            Found found = accept(AuthorNames.split(text, true), text, null, Signal.VISIBLE_BYLINE, siteNames);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether the text's first letter can open an {@link #AUTHOR_LABEL_ONLY} label (a, b, g, p, v, w): the cheap
     * test before the text is normalized and matched, since most elements holding one short text are other labels.
     */
    static boolean firstLetterMayStartLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return AUTHOR_LABEL_FIRST_LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    /**
     * The heading over the author's other stories, "More from Jane Roe", beside a link into her author page ("12
     * articles"): the link says whose page it is, the heading names her. Read in related-stories blocks too, which is
     * where such a heading stands.
     */
    private static Found fromMoreByHeading(List<Element> authorLinks, List<String> siteNames) {
        for (Element link : authorLinks) {
            Element heading = link.previousElementSibling();
            if (heading == null || TextLength.certainlyLonger(heading, MAX_CARD_CHARS)) {
                continue;
            }
            var more = MORE_BY.matcher(TextNormalizer.normalizeLine(heading.text()));
            if (more.matches()) {
                List<String> names = AuthorNames.split(more.group(1), true);
                if (names.size() == 1) {
                    return accept(names, heading.text(), null, Signal.VISIBLE_BYLINE, siteNames);
                }
            }
        }
        return null;
    }

    /** A finding of one name read from the page's text (not its markup), where the name is not the site's. */
    private static Found oneVisibleName(String name, List<String> siteNames) {
        return name == null ? null : accept(List.of(name), name, null, Signal.VISIBLE_BYLINE, siteNames);
    }

    /**
     * Whether the element's first words may be a lead-in ("By", "Von"): a test on its first text node alone, so that
     * the blocks opening otherwise (nearly all) are passed over without building their text. Never false where
     * {@link #STARTS_WITH_LEAD_IN} would match the element's whole text.
     */
    static boolean leadingWordsMayLeadIn(Element e) {
        Node n = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (n != null) {
            if (n instanceof TextNode t) {
                String text = t.getWholeText();
                int start = firstShownChar(text);
                while (start >= 0 && start < text.length() && (isDash(text.charAt(start))
                        || Character.isWhitespace(text.charAt(start)))) {
                    start++; // a signature line's dash: "— by Jane Roe"
                }
                if (start == text.length()) {
                    return true; // only a dash here: the words follow in the next node
                }
                if (start >= 0) {
                    int end = start;
                    while (end < text.length() && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                    if (end == text.length()) {
                        // the word may go on in the next node ("B" + "y"), or a label may end there ("By" + name)
                        return LEAD_IN_WORDS.stream().anyMatch(w -> w.startsWith(word));
                    }
                    return LEAD_IN_WORDS.contains(word) && !Character.isLetterOrDigit(text.charAt(end));
                }
            }
            if (n instanceof Element child && child.childNodeSize() > 0) {
                n = child.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == e ? null : n.nextSibling();
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** The index of the first character a normalized line keeps (not white space or a format character), or -1. */
    private static int firstShownChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                return i;
            }
        }
        return -1;
    }

    private static Found fromMeta(PageSignals page, List<String> siteNames) {
        for (String key : META_AUTHOR) {
            for (String value : page.meta().all(key)) {
                if (value.startsWith("http") || value.startsWith("/")) {
                    continue; // article:author is often the author's profile URL
                }
                Found found = accept(AuthorNames.split(value), value, agencyIn(AuthorNames.withoutCredit(value)),
                        Signal.META_TAG, siteNames);
                if (found != null) {
                    return found.withNames(allFromKey(page, key, siteNames));
                }
            }
        }
        return null;
    }

    /** Some pages give one meta tag per author (parsely-author, article:author): all of them count. */
    private static List<String> allFromKey(PageSignals page, String key, List<String> siteNames) {
        List<String> names = new ArrayList<>();
        for (String value : page.meta().all(key)) {
            for (String name : AuthorNames.split(value)) {
                if (!names.contains(name) && !isSiteName(name, siteNames)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fromJsonLd(JsonLd ld, String[] agency) {
        List<String> names = new ArrayList<>();
        // the article's author; where the page has no article node (or it names none), the WebPage's
        Object author = null;
        for (Map<String, Object> node : java.util.Arrays.asList(ld.article(), ld.page())) {
            if (node != null && author == null) {
                author = node.get("author") != null ? node.get("author") : node.get("creator");
            }
        }
        List<Object> items = author instanceof List<?> list ? (List<Object>) list : author == null ? List.of()
                : List.of(author);
        for (Object reference : items) {
            Object item = ld.resolve(reference);
            if (item instanceof String s) {
                names.addAll(AuthorNames.split(s));
            } else if (item instanceof Map<?, ?> map) {
                Map<String, Object> node = (Map<String, Object>) map;
                String name = JsonLd.text(node, "name");
                if (name == null) {
                    String given = JsonLd.text(node, "givenName");
                    String family = JsonLd.text(node, "familyName");
                    name = given == null ? family : family == null ? given : given + " " + family;
                }
                if (name == null) {
                    continue;
                }
                // ["Person", "Organization"] (a one-person site) is a person
                if (JsonLd.hasType(node, JsonLd.ORGANIZATION_TYPES) && !JsonLd.types(node).contains("person")) {
                    if (Agencies.isAgency(name)) {
                        agency[0] = Agencies.canonicalName(name);
                    }
                    continue;
                }
                names.addAll(AuthorNames.split(AuthorNames.fullerName(name, JsonLd.text(node, "description"))));
            }
        }
        return names;
    }

    /** The page's links to its author (see {@link #REL_AUTHOR}), in page order. */
    private static List<Element> authorLinks(PageSignals page) {
        List<Element> links = new ArrayList<>();
        for (Element a : page.elements().withTag("a")) {
            if (a.attributesSize() == 0) {
                continue;
            }
            // exact lookups: the parser lower-cases attribute names (attr() compares ignoring case, per call)
            String href = a.attributes().get("href");
            String rel = a.attributes().get("rel");
            // the pattern only on the few hrefs holding "/aut": a page has hundreds of links
            if ((href.contains("/aut") || href.contains("/Aut") || href.contains("/AUT"))
                    && AUTHOR_PAGE_PATH.matcher(href).find()
                    || !rel.isEmpty() && REL_AUTHOR.matcher(rel).find()) {
                links.add(a);
            }
        }
        return links;
    }

    private Found fromElements(PageSignals page, List<Element> candidates, String signal, List<String> siteNames) {
        boolean visible = signal.equals(Signal.VISIBLE_BYLINE);
        List<String> names = new ArrayList<>();
        String raw = null;
        java.util.Set<String> authorPages = new java.util.HashSet<>();
        for (Element e : candidates) {
            if (page.regions().contains(e)) {
                continue;
            }
            Element nameElement = e.selectFirst(ITEMPROP_NAME);
            Element source = nameElement != null ? nameElement : e;
            if (source.attr("content").trim().isEmpty() && TextLength.certainlyLonger(source, MAX_BYLINE_CHARS)) {
                continue;
            }
            String text = value(source);
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            // one author page is one author: a second link to it with words ("All articles by her" under the
            // author box) names no one new
            String href = e.attr("href");
            if (!href.isEmpty() && !authorPages.add(href)) {
                continue;
            }
            raw = raw == null ? text : raw;
            // a link to the author's page holds the name alone: there a user name ("jdoe", "Dark_Knight") is one
            String user = visible ? AuthorNames.userName(text) : null;
            for (String name : user != null ? List.of(user) : AuthorNames.split(text, visible)) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return accept(names, raw, raw == null ? null : agencyIn(AuthorNames.withoutCredit(raw)), signal, siteNames);
    }

    /**
     * The first short visible byline that names people; parsed by the byline parser and by our own rules. The first
     * short byline's text, whatever it names, is left in {@code firstByline[0]}.
     */
    private Found fromVisible(PageSignals page, List<String> siteNames, String[] firstByline) {
        for (Element e : page.elements().named(VISIBLE_BYLINES, VISIBLE_BYLINE_WORDS, "address")) {
            if (TextLength.certainlyLonger(e, MAX_BYLINE_CHARS)) {
                continue;
            }
            String text = readableText(e);
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS || page.regions().contains(e)) {
                continue;
            }
            if (firstByline[0] == null) {
                firstByline[0] = text;
            }
            // a photo agency credited after "Photo:" is not the story's wire service
            String ownCredit = AuthorNames.withoutCredit(text);
            Byline parsed = bylines.parse(ownCredit);
            List<String> names = AuthorNames.split(text, true);
            Found found = accept(names, text, parsed.agency() != null ? parsed.agency() : agencyIn(ownCredit),
                    Signal.VISIBLE_BYLINE, siteNames);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String value(Element e) {
        String content = e.attr("content").trim();
        return content.isEmpty() ? readableText(e) : TextNormalizer.normalizeLine(content);
    }

    /** A result only when it names at least one person who is not the site itself. */
    private static Found accept(List<String> names, String raw, String agency, String signal, List<String> siteNames) {
        List<String> people = new ArrayList<>();
        for (String name : names) {
            if (!isSiteName(name, siteNames) && !people.contains(name)) {
                people.add(name);
            }
        }
        return people.isEmpty() ? null : new Found(people, raw, agency, signal);
    }

    private static boolean isSiteName(String name, List<String> siteNames) {
        String n = Headlines.key(name);
        for (String site : siteNames) {
            String s = Headlines.key(site);
            if (!s.isEmpty() && (n.equals(s) || (n.length() > 3 && s.contains(n) && s.length() < n.length() + 6)
                    || (s.length() > 3 && holdsAsWords(name, s)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some run of the name's whole words is the site's name ("Example News Redaktion" holds "examplenews"):
     * a user name the site's name only starts ("Gardenbyter" on gardenbyte.example) is a person's, not the site's.
     */
    private static boolean holdsAsWords(String name, String siteKey) {
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < words.length && run.length() < siteKey.length(); j++) {
                run.append(words[j].toLowerCase(Locale.ROOT));
                if (run.length() == siteKey.length() && run.toString().equals(siteKey)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The wire service a text credits, if any word or parenthesis in it is one. */
    static String agencyIn(String text) {
        if (text == null) {
            return null;
        }
        for (String token : text.split("[\\s,;|/()]+")) {
            if (!token.isEmpty() && Agencies.isAgency(token)) {
                return Agencies.canonicalName(token);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("associated press") ? "AP" : null;
    }
}
