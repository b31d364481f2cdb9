package dev.newsbatch.extract.text;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.Signal;
import dev.newsbatch.extract.meta.Byline;
import dev.newsbatch.extract.meta.BylineParser;
import dev.newsbatch.extract.meta.DateTextParser;
import java.util.List;
import java.util.Optional;

/**
 * Reads the header of a dump, the lines above the first body paragraph: the headline, the byline or source line
 * ("From: Xinhua | 2019-01-03 17:21") with the agency and authors it names, and the publication time. Thread-safe;
 * {@link #markTitle} edits the list it is given.
 */
final class DumpHeader {

    /** A headline has at least three words ("Trump meets Kim"); one or two are a section name or a menu entry. */
    static final int MIN_TITLE_WORDS = 3;
    /** ...and at most thirty; a longer line is a standfirst or a paragraph. */
    static final int MAX_TITLE_WORDS = 30;

    private final BylineParser bylines = new BylineParser();
    private final DateTextParser dates = new DateTextParser();

    /**
     * Marks the headline: the line right above the first byline or date line, else the line right below a breadcrumb
     * trail, when it is shaped like a headline and no body paragraph came before it. A dump with neither anchor has
     * no line that can be told from a standfirst or a section title, so it gets no title.
     */
    void markTitle(List<DumpLine> lines) {
        int title = aboveFirstBylineOrDate(lines);
        if (title < 0 || !isHeadline(lines, title)) {
            int crumb = DumpLines.first(lines, LineKind.BREADCRUMB);
            title = crumb < 0 ? -1 : DumpLines.nextNonBlank(lines, crumb);
        }
        if (title >= 0 && isHeadline(lines, title)) {
            lines.set(title, lines.get(title).as(LineKind.TITLE));
        }
    }

    /** Copies title, byline, authors, agency and publication time from the header lines into the draft. */
    void read(List<DumpLine> lines, int bodyStart, ArticleDraft draft, ExtractionSettings settings) {
        for (int i = 0; i < bodyStart; i++) {
            DumpLine line = lines.get(i);
            if (line.is(LineKind.TITLE) && draft.title() == null) {
                draft.title(line.text(), Signal.TEXT_HEADER);
            } else if (line.is(LineKind.BYLINE)) {
                readByline(line.text(), draft);
                readDate(line.text(), draft, settings);
            } else if (line.is(LineKind.DATE)) {
                readDate(line.text(), draft, settings);
            }
        }
    }

    private void readByline(String text, ArticleDraft draft) {
        Byline byline = bylines.parse(text);
        if (!byline.authors().isEmpty() && draft.authors().isEmpty()) {
            draft.authors(byline.authors(), Signal.TEXT_HEADER);
            draft.byline(text, Signal.TEXT_HEADER);
        }
        if (byline.agency() != null && draft.agency() == null) {
            draft.agency(byline.agency(), Signal.TEXT_HEADER);
        }
    }

    private void readDate(String text, ArticleDraft draft, ExtractionSettings settings) {
        if (draft.published() != null) {
            return;
        }
        Optional<PublishedTime> time = dates.parse(text, settings.defaultZone());
        time.ifPresent(value -> draft.published(value, Signal.TEXT_HEADER));
    }

    /** The non-blank line above the first byline or date line, or -1. */
    private static int aboveFirstBylineOrDate(List<DumpLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).is(LineKind.BYLINE) || lines.get(i).is(LineKind.DATE)) {
                return DumpLines.previousNonBlank(lines, i);
            }
        }
        return -1;
    }

    private static boolean noBodyBefore(List<DumpLine> lines, int index) {
        for (int i = 0; i < index; i++) {
            if (lines.get(i).is(LineKind.BODY)) {
                return false;
            }
        }
        return true;
    }

    /** Headline-shaped, and above every body paragraph: a long question headline classifies as body itself. */
    private static boolean isHeadline(List<DumpLine> lines, int index) {
        DumpLine line = lines.get(index);
        boolean headlineKind = line.is(LineKind.SHORT) || line.is(LineKind.SHORT_SENTENCE) || line.is(LineKind.BODY);
        return headlineKind && line.words() >= MIN_TITLE_WORDS && line.words() <= MAX_TITLE_WORDS
                && !line.text().endsWith(".") && noBodyBefore(lines, index);
    }
}
