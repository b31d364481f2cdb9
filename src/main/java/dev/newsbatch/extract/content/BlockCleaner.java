package dev.newsbatch.extract.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last pass over the blocks of the chosen container: drops what a reader would skip even inside the story's
 * box: the headline (it is the title, not the body), link lists, repeated blocks (pull quotes repeat the text) and
 * headings left dangling at the end (the label of a list that was pruned), and the story's tail after a notice
 * that addresses the reader.
 */
final class BlockCleaner {

    /** A block with more of its text in links than this is navigation ("Read more: ...", a list of headlines). */
    static final double MAX_LINK_DENSITY = 0.5;

    /**
     * At the edges of a story, a block shorter than this that does not end like a sentence is a label around it:
     * a date line, "By", "Tags", "Filed under:", a view counter, "Comments". 40 characters: longer than such
     * labels, shorter than nearly every real first or last sentence in the development corpora.
     */
    static final int MAX_EDGE_LABEL_CHARS = 40;
    /** How a sentence ends, in the scripts of the corpora (Latin, CJK, Arabic, quotes after the stop). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\\u06D4\\u061F][\"'”’»)\\]]*$");

    /**
     * A list item with some text of its own besides its link ("Energize, before your workout") is part of a list
     * the story makes; only items that are nothing but a link are navigation.
     */
    static final double MAX_ITEM_LINK_DENSITY = 0.9;

    private static double maxLinkDensity(TextBlock block) {
        return block.kind().equals("li") ? MAX_ITEM_LINK_DENSITY : MAX_LINK_DENSITY;
    }

    List<TextBlock> clean(List<TextBlock> blocks) {
        List<TextBlock> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock block : blocks) {
            if (block.kind().equals("h1")) {
                continue;
            }
            if (block.linkDensity() > maxLinkDensity(block)) {
                continue;
            }
            if (!seen.add(block.text())) {
                continue;
            }
            kept.add(block);
        }
        dropPullQuotes(kept);
        trimStoryTail(kept);
        trimEdgeLabels(kept);
        return kept;
    }

    /**
     * A paragraph at least this long, mostly not links, is story text; what follows the last one is the story's
     * tail, where a page talks to its reader. 200 characters: 150 let short notices count as story, 300 cut the
     * last short paragraphs of stories (measured on both development corpora).
     */
    static final int MIN_STORY_PARAGRAPH_CHARS = 200;
    /** Story text has few links; a paragraph with more of its text in links than this is a teaser or a source list. */
    static final double MAX_STORY_LINK_DENSITY = 0.2;
    /**
     * A tail block longer than this is not a notice even when it addresses the reader: notices are a sentence or
     * two. 250 and 600 measured the same as 400 on the development corpora.
     */
    static final int MAX_TAIL_NOTICE_CHARS = 400;
    /**
     * A story-length paragraph whose call to the reader starts within this many characters is a notice, not story
     * ("To view the full story, please subscribe ..."); one that ends on such a call ("... Leave a comment and let us
     * know.") is the writer's last paragraph and stays.
     */
    static final int MAX_NOTICE_CUE_OFFSET = 100;

    /**
     * Phrases with which a page addresses its reader rather than telling the story, in the languages of the corpora
     * (English, German, French, Spanish, Italian, Polish): calls to subscribe, sign up, log in, comment or donate.
     * Matched as whole words, case-insensitively, only on short blocks after the story's last long paragraph, where
     * a story rarely uses them. Plain "comment" and the German du-forms are left out (news ends on "did not respond
     * to a request for comment", blogs address their readers as "du" in the story itself), and so are "comments
     * below" and rights lines ("© 2019 ... All rights reserved"): both corpora's gold keeps some of them.
     */
    private static final List<String> READER_NOTICE_WORDS = List.of(
            // English
            "subscribe", "subscribers?", "sign up", "log in", "newsletters?", "leave a (comment|reply)",
            "letters? to the editor", "download (the|our)", "follow us", "support (us|our)", "donate",
            // German
            "abonnier\\w*", "abonnent\\w*", "lesen sie", "kommentare", "entdecken sie", "werden sie",
            "melden sie sich", "sie möchten", "registrieren", "bewertungen", "unterstützen sie",
            // French
            "abonnez-vous", "abonnés?", "inscrivez-vous", "connectez-vous", "commentaires",
            // Spanish
            "suscríbete", "suscriptores", "regístrate", "registrarte", "comentar", "únete",
            // Italian
            "abbonati", "iscriviti",
            // Polish
            "zapraszamy", "subskrypc\\w*");
    static final Pattern READER_NOTICE = Pattern.compile(
            "(?iU)(?<!\\w)(" + String.join("|", READER_NOTICE_WORDS) + ")(?!\\w)");
    /**
     * {@link #READER_NOTICE} starting within the first {@link #MAX_NOTICE_CUE_OFFSET} characters, matched from the
     * start: a story paragraph (which has no notice) is then read only that far, not to its end.
     */
    private static final Pattern OPENING_READER_NOTICE = Pattern.compile(
            "(?s)^.{0," + (MAX_NOTICE_CUE_OFFSET - 1) + "}?" + READER_NOTICE.pattern().substring("(?iU)".length()),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * How a "read on" label starts: the heading of the list of other stories or offers that follows a story
     * ("Read more", "Weitere Beiträge aus der Kolumne:", "Lire aussi"). Matched at the start of a short block after
     * the story's last long paragraph that does not end like a sentence ("Weitere Highlights sind ..." is story).
     */
    private static final List<String> READ_ON_LEADS = List.of(
            "read more", "read also", "more on this", "more from", "related", "most read", "most popular", "recommended",
            "weitere", "weiterlesen", "mehr zum thema", "mehr aus", "lesen sie auch", "auch interessant",
            "empfehlungen", "das könnte sie", "lire aussi", "à lire aussi", "articles les plus lus", "sur le même sujet",
            "lee también", "leer más", "más noticias", "leggi anche", "czytaj (też|także|również)");
    private static final Pattern READ_ON_LEAD = Pattern.compile(
            "(?iU)^(" + String.join("|", READ_ON_LEADS) + ")(?!\\w)");
    /**
     * Labels of the lists a site adds after its stories (most popular, most read, recommended, related): a block that
     * is nothing but one of them heads such a list wherever it stands, and the teasers after it can be as long as
     * story paragraphs, so the cut after the story's last long paragraph never reaches them. Cross-references a
     * writer puts inside the story ("Read also", "Lesen Sie auch", "Leggi anche") are not among them: the story goes
     * on after those.
     */
    private static final List<String> PAGE_LIST_LABELS = List.of("most popular", "most read", "recommended",
            "related( (stories|articles|posts))?", "more from", "articles les plus lus", "empfehlungen",
            "das könnte sie auch interessieren", "meistgelesen");
    private static final Pattern PAGE_LIST_LABEL = Pattern.compile(
            "(?iU)^(" + String.join("|", PAGE_LIST_LABELS) + ")[\\s:.…>»]*$");

    /**
     * Cuts the story at the first bare label of a site's list of other stories after a long paragraph, then its tail at the first block after
     * its last long paragraph that addresses the reader (a subscription, newsletter or comment prompt) or labels a
     * "read on" list: what follows such a block is the
     * page's, not the story's. Runs on the chosen container's blocks only, from the end.
     */
    private static void trimStoryTail(List<TextBlock> blocks) {
        boolean storyBefore = false;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (!storyBefore) {
                storyBefore = isStoryParagraph(blocks.get(i));
            } else if (text.length() <= MAX_EDGE_LABEL_CHARS && PAGE_LIST_LABEL.matcher(text).matches()) {
                blocks.subList(i, blocks.size()).clear();
                break;
            }
        }
        int lastStory = blocks.size() - 1;
        while (lastStory >= 0 && !isStoryParagraph(blocks.get(lastStory))) {
            lastStory--;
        }
        if (lastStory < 0) {
            return;
        }
        for (int i = lastStory + 1; i < blocks.size(); i++) {
            if (isTailNotice(blocks.get(i).text())) {
                blocks.subList(i, blocks.size()).clear();
                return;
            }
        }
    }

    private static boolean isStoryParagraph(TextBlock block) {
        return block.text().length() >= MIN_STORY_PARAGRAPH_CHARS && !block.isHeading()
                && block.linkDensity() <= MAX_STORY_LINK_DENSITY && !opensWithNotice(block.text());
    }

    private static boolean isTailNotice(String text) {
        return text.length() <= MAX_TAIL_NOTICE_CHARS && (READER_NOTICE.matcher(text).find() || isReadOnLabel(text));
    }

    private static boolean isReadOnLabel(String text) {
        return READ_ON_LEAD.matcher(text).find() && !SENTENCE_END.matcher(text).find();
    }

    /** Whether a short text talks to the reader (subscribe, sign up, log in, comment) rather than telling a story. */
    static boolean addressesReader(String text) {
        return text.length() <= MAX_TAIL_NOTICE_CHARS && READER_NOTICE.matcher(text).find();
    }

    static boolean opensWithNotice(String text) {
        if (text.length() > MAX_TAIL_NOTICE_CHARS) {
            return false;
        }
        return OPENING_READER_NOTICE.matcher(text).lookingAt();
    }

    /** Drops labels and dangling headings at the end, and labels at the start, of the story. */
    private static void trimEdgeLabels(List<TextBlock> blocks) {
        while (!blocks.isEmpty() && isEdgeLabel(blocks.get(blocks.size() - 1), true)) {
            blocks.remove(blocks.size() - 1);
        }
        while (!blocks.isEmpty() && isEdgeLabel(blocks.get(0), false)) {
            blocks.remove(0);
        }
    }

    private static boolean isEdgeLabel(TextBlock block, boolean atEnd) {
        if (atEnd && block.isHeading()) {
            return true;
        }
        return block.text().length() < MAX_EDGE_LABEL_CHARS && !SENTENCE_END.matcher(block.text()).find();
    }

    /** A quote block whose text is part of another block repeats the story; the story keeps its own copy. */
    private static void dropPullQuotes(List<TextBlock> blocks) {
        StringBuilder all = new StringBuilder();
        for (TextBlock block : blocks) {
            if (!block.kind().equals("blockquote")) {
                all.append(block.text()).append('\n');
            }
        }
        String story = all.toString();
        blocks.removeIf(b -> b.kind().equals("blockquote") && b.text().length() >= 20 && story.contains(b.text()));
    }
}
