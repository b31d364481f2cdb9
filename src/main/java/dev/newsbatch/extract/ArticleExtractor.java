package dev.newsbatch.extract;

import dev.newsbatch.extract.content.MainContent;
import dev.newsbatch.extract.content.MainContentExtractor;
import dev.newsbatch.extract.decode.ContentSniffer;
import dev.newsbatch.extract.decode.PageCharset;
import dev.newsbatch.extract.decode.PageDecoder;
import dev.newsbatch.extract.meta.DatelineParser;
import dev.newsbatch.extract.meta.HtmlMetadataReader;
import dev.newsbatch.extract.text.TextDumpCleaner;
import dev.newsbatch.page.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The cleaner's front door: turns one {@link RawPage} into an {@link Article} or a {@link Rejected} page. Pure: no I/O,
 * no framework, the same page always gives the same result. Thread-safe; one instance serves every thread.
 *
 * <pre>{@code Extraction result = new ArticleExtractor().extract(page, ExtractionSettings.defaults());}</pre>
 */
public final class ArticleExtractor {

    /**
     * A story has at least one paragraph of running text; index pages, tag clouds and link lists have only short labels.
     * Ten words is below the shortest one-sentence news brief ("Police closed the coast road on Monday after a crash.").
     */
    static final int MIN_RUNNING_TEXT_WORDS = 10;

    /**
     * A story has at most this much text: about 35,000 words, four times the longest story of the corpora we measure
     * with (53,000 characters). What has more is a book, a dump or a data table, not a news story, and the clean step
     * holds fifty stories on the heap until it writes them, so there has to be a bound.
     */
    static final int MAX_STORY_CHARS = 200_000;

    private final ContentSniffer sniffer = new ContentSniffer();
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlMetadataReader metadata = new HtmlMetadataReader();
    private final MainContentExtractor mainContent = new MainContentExtractor();
    private final TextDumpCleaner textDumps = new TextDumpCleaner();
    private final DatelineParser datelines = new DatelineParser();

    public Extraction extract(RawPage page, ExtractionSettings settings) {
        // 1. Refuse what cannot be a page: error statuses, nothing, too much, binary.
        if (page.httpStatus() != null && page.httpStatus() >= 400) {
            return Rejected.httpStatus(page.httpStatus());
        }
        Optional<Rejected> unusable = sniffer.check(page.body(), settings.maxBytes());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        // 2. Find the charset that turns the bytes into text.
        PageCharset charset = decoder.charsetOf(page.body(), page.contentType());
        ArticleDraft draft = new ArticleDraft().url(page.effectiveUrl());
        int leadParagraphs = 0;

        // 3-5. Text dumps: lines instead of elements. HTML: metadata first (it lives in what pruning removes), then
        //      prune and find the main content.
        if (page.isTextDump()) {
            textDumps.clean(charset.decode(page.body()), draft, settings);
        } else {
            Document doc = parse(page.body(), charset, page.effectiveUrl() == null ? "" : page.effectiveUrl());
            metadata.read(doc, draft, settings);
            MainContent content = mainContent.extract(doc, settings);
            draft.paragraphs(content.paragraphs()).bodyHtml(content.html());
            content.images().forEach(draft::addImage);
            leadParagraphs = content.leadParagraphs();
        }

        // 6. Normalize: the wire dateline is cut from the first paragraph into fields.
        cutDateline(draft, leadParagraphs);
        if (draft.paragraphs().isEmpty()) {
            return new Rejected(Rejected.NOT_ARTICLE, "no paragraph of a story was found");
        }
        if (!hasRunningText(draft)) {
            return new Rejected(Rejected.NOT_ARTICLE, "no paragraph reads as running text (lists of links, labels)");
        }
        long storyChars = draft.paragraphs().stream().mapToLong(String::length).sum();
        if (storyChars > MAX_STORY_CHARS) {
            return new Rejected(Rejected.TOO_LARGE, "the story has " + storyChars + " characters of text, more than "
                    + "the limit of " + MAX_STORY_CHARS + " for one story");
        }
        if (draft.language() == null && settings.language() != null) {
            draft.language(settings.language(), Signal.JOB_DEFINITION);
        }
        if (draft.bodyHtml() == null) {
            draft.bodyHtml(paragraphsAsHtml(draft.paragraphs()));
        }
        return draft.build();
    }

    /**
     * jsoup decodes the bytes as it reads them, with the charset already found (it looks for none itself then):
     * cheaper than decoding the whole page to a string first and parsing that.
     */
    private static Document parse(byte[] body, PageCharset charset, String baseUri) {
        InputStream bytes = new ByteArrayInputStream(body, charset.bomLength(), body.length - charset.bomLength());
        try {
            return Jsoup.parse(bytes, charset.charset().name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a page from memory failed", e); // a byte array cannot fail
        }
    }

    /** The minimal HTML of a body known only as paragraphs (text dumps): one {@code <p>} each. */
    private static String paragraphsAsHtml(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(Entities.escape(paragraph)).append("</p>\n");
        }
        return html.toString();
    }

    /** Whether a paragraph has {@link #MIN_RUNNING_TEXT_WORDS}; stops at the first (usually the first paragraph). */
    private static boolean hasRunningText(ArticleDraft draft) {
        for (String paragraph : draft.paragraphs()) {
            if (TextNormalizer.hasWords(paragraph, MIN_RUNNING_TEXT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** The dateline opens the story's own first paragraph, which follows the lead when there is one. */
    private void cutDateline(ArticleDraft draft, int leadParagraphs) {
        if (draft.paragraphs().size() <= leadParagraphs || draft.dateline() != null) {
            return;
        }
        datelines.parse(draft.paragraphs().get(leadParagraphs)).ifPresent(match -> {
            draft.dateline(match.dateline(), Signal.DATELINE);
            draft.paragraphs().set(leadParagraphs, match.rest());
            if (draft.agency() == null && match.dateline().agency() != null) {
                draft.agency(match.dateline().agency(), Signal.DATELINE);
            }
        });
    }
}
