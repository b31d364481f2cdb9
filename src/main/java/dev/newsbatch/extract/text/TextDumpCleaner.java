package dev.newsbatch.extract.text;

import dev.newsbatch.extract.ArticleDraft;
import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.extract.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a text dump made by another scraper, where each line is a block of the page and the story is mixed with the
 * site's chrome. It keeps the lines that read as the story's paragraphs and reads the metadata the header lines carry.
 * Thread-safe; one instance serves every thread.
 *
 * <p>The dump is read in three zones: the header (everything above the first body paragraph: menus, breadcrumb,
 * headline, byline, date), the body (first to last body paragraph) and the footer (below the last one: teasers,
 * banners, share buttons). Only the body zone gives paragraphs; captions become images wherever they stand.
 *
 * <pre>{@code new TextDumpCleaner().clean(text, draft, ExtractionSettings.defaults());}</pre>
 */
public final class TextDumpCleaner {

    private final LineClassifier classifier = new LineClassifier();
    private final PullQuotes pullQuotes = new PullQuotes();
    private final DumpImages images = new DumpImages();
    private final DumpHeader header = new DumpHeader();

    public void clean(String text, ArticleDraft draft, ExtractionSettings settings) {
        // 1. Each line on its own: body sentence, short line, breadcrumb, teaser, banner, widget, caption, byline...
        List<DumpLine> lines = classifyLines(text);
        // 2. Lines judged by their neighbours: pull quotes repeat a nearby paragraph; a lone credit makes the line
        //    above it a caption; the headline stands above the byline or below the breadcrumb.
        pullQuotes.mark(lines);
        images.collect(lines).forEach(draft::addImage);
        header.markTitle(lines);
        // 3. Zones: the body runs from the first body paragraph to the last, and on over the short sentences that
        //    close many stories ("Nobody was hurt."); the first line that is no sentence starts the footer.
        int bodyStart = DumpLines.first(lines, LineKind.BODY);
        if (bodyStart < 0) {
            return; // no paragraph of a story: the extractor rejects the page
        }
        int bodyEnd = closingSentencesEnd(lines, DumpLines.last(lines, LineKind.BODY));
        // 4. Metadata from the header; paragraphs from the body.
        header.read(lines, bodyStart, draft, settings);
        draft.paragraphs(paragraphs(lines, bodyStart, bodyEnd));
    }

    /** The dump's lines, normalised and classified one by one; blank lines are kept, they separate blocks. */
    List<DumpLine> classifyLines(String text) {
        List<DumpLine> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            lines.add(classifier.classify(TextNormalizer.normalizeLine(raw)));
        }
        return lines;
    }

    /** The last of the complete short sentences that directly follow the last body paragraph, else that paragraph. */
    private static int closingSentencesEnd(List<DumpLine> lines, int lastBody) {
        int end = lastBody;
        for (int next = DumpLines.nextNonBlank(lines, end); next >= 0 && lines.get(next).is(LineKind.SHORT_SENTENCE);
                next = DumpLines.nextNonBlank(lines, end)) {
            end = next;
        }
        return end;
    }

    /** Body paragraphs and, between them, complete short sentences; chrome inside the body zone is dropped. */
    private static List<String> paragraphs(List<DumpLine> lines, int bodyStart, int bodyEnd) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = bodyStart; i <= bodyEnd; i++) {
            DumpLine line = lines.get(i);
            if (line.is(LineKind.BODY) || line.is(LineKind.SHORT_SENTENCE)) {
                paragraphs.add(line.text());
            }
        }
        return paragraphs;
    }
}
