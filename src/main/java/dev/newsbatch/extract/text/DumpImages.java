package dev.newsbatch.extract.text;

import dev.newsbatch.extract.ArticleImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the story's images from a classified dump: captions that end in their credit, credits on their own line
 * (which make the line above them the caption), and Markdown placeholders that still carry an address. Thread-safe;
 * {@link #collect} edits the list it is given, turning the line above a credit into a caption.
 */
final class DumpImages {

    /** The line above a lone credit is its caption if it has at most this many words; captions run one to three
     *  sentences, and a longer line above a credit is a paragraph that happens to precede a photo. */
    static final int MAX_CAPTION_WORDS = 60;
    /** The alt text and address of a Markdown image: "![Crowds in Rome](https://…/a.jpg)". */
    private static final Pattern IMAGE_PARTS = Pattern.compile("!\\[(?<alt>[^\\]\\n]{0,300})]\\((?<src>[^)\\s]{0,1000})\\)");

    private final PhotoCredits credits = new PhotoCredits();

    List<ArticleImage> collect(List<DumpLine> lines) {
        List<ArticleImage> images = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DumpLine line = lines.get(i);
            if (line.is(LineKind.CAPTION)) {
                ArticleImage image = credits.captionWithCredit(line.text()).orElseThrow();
                images.add(withSourceOfPlaceholderAbove(lines, i, image));
            } else if (line.is(LineKind.CREDIT)) {
                String credit = credits.standaloneCredit(line.text()).orElseThrow();
                int above = DumpLines.previousNonBlank(lines, i);
                ArticleImage image = new ArticleImage(null, credit, null);
                if (above >= 0 && isCaptionAboveCredit(lines.get(above))) {
                    lines.set(above, lines.get(above).as(LineKind.CAPTION));
                    image = new ArticleImage(lines.get(above).text(), credit, null);
                    image = withSourceOfPlaceholderAbove(lines, above, image);
                } else {
                    image = withSourceOfPlaceholderAbove(lines, i, image);
                }
                images.add(image);
            } else if (line.is(LineKind.IMAGE_PLACEHOLDER) && !describedBelow(lines, i)) {
                placeholderImage(line.text()).ifPresent(images::add);
            }
        }
        return images;
    }

    private static boolean isCaptionAboveCredit(DumpLine line) {
        return (line.is(LineKind.BODY) || line.is(LineKind.SHORT_SENTENCE) || line.is(LineKind.SHORT))
                && line.words() <= MAX_CAPTION_WORDS;
    }

    /** A placeholder is described by the caption or credit right below it, which then takes its address. */
    private static boolean describedBelow(List<DumpLine> lines, int index) {
        int below = DumpLines.nextNonBlank(lines, index);
        if (below < 0) {
            return false;
        }
        LineKind kind = lines.get(below).kind();
        if (kind == LineKind.CAPTION || kind == LineKind.CREDIT) {
            return true;
        }
        // A caption line whose credit stands on the line after it.
        int belowThat = DumpLines.nextNonBlank(lines, below);
        return belowThat >= 0 && lines.get(belowThat).is(LineKind.CREDIT) && isCaptionAboveCredit(lines.get(below));
    }

    private static ArticleImage withSourceOfPlaceholderAbove(List<DumpLine> lines, int index, ArticleImage image) {
        int above = DumpLines.previousNonBlank(lines, index);
        if (above < 0 || !lines.get(above).is(LineKind.IMAGE_PLACEHOLDER)) {
            return image;
        }
        return placeholderImage(lines.get(above).text())
                .map(placeholder -> new ArticleImage(image.caption(), image.credit(), placeholder.src()))
                .orElse(image);
    }

    /** The image a placeholder still names by its address; "![]()" names none. */
    private static Optional<ArticleImage> placeholderImage(String text) {
        Matcher m = IMAGE_PARTS.matcher(text);
        if (!m.find() || m.group("src").isEmpty()) {
            return Optional.empty();
        }
        String alt = m.group("alt").trim();
        return Optional.of(new ArticleImage(alt.isEmpty() ? null : alt, null, m.group("src")));
    }
}
