package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.TextNormalizer;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The post's author as the blog engine names them on their own comment under the post, where nothing above the
 * comments names anyone. WordPress (and the themes and comment plugins built on its comment markup) classes a comment
 * written by the post's author {@code bypostauthor}, so that themes can highlight the author's replies; the name in
 * that comment's header is the author's display name. Markup semantics, not a guess from a name's place: a comment by
 * anyone else never carries the class. Thread-safe (stateless).
 *
 * <pre>{@code <li class="comment bypostauthor"><div class="comment-author"><cite class="fn">jdoe</cite> ...}</pre>
 */
final class PostAuthorComment {

    /** The class WordPress gives a comment by the post's author. */
    private static final String MARK = "bypostauthor";
    private static final String[] MARK_WORDS = {MARK};
    /**
     * Where a comment's header holds its author's name: the hCard "fn" WordPress prints, or the "comment-author"
     * block themes print instead. The first one with text wins: the comment's own header comes before the replies
     * nested in it, which are other people's.
     */
    private static final Evaluator COMMENT_AUTHOR_NAME = QueryParser.parse(
            "[class~=(?i)(?:^|\\s)(?:fn|comment-author|comment-author-name)(?:\\s|$)]");
    /** A name, not a comment's text. */
    private static final int MAX_NAME_CHARS = 40;

    private PostAuthorComment() {
    }

    /** The display name on the first comment by the post's author, or null where the author left none. */
    static String find(PageElements elements) {
        for (Element comment : elements.named(MARK_WORDS, new String[0], e -> e.hasClass(MARK))) {
            for (Element header : comment.select(COMMENT_AUTHOR_NAME)) {
                if (TextLength.certainlyLonger(header, MAX_NAME_CHARS)) {
                    continue;
                }
                String text = TextNormalizer.normalizeLine(header.text());
                if (text.isEmpty() || text.length() > MAX_NAME_CHARS) {
                    continue; // an avatar-only header: the name is in the next one
                }
                String user = AuthorNames.userName(text);
                List<String> names = user != null ? List.of(user) : AuthorNames.split(text, true);
                return names.size() == 1 ? names.get(0) : null;
            }
        }
        return null;
    }
}
