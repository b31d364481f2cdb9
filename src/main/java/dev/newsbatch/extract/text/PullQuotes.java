package dev.newsbatch.extract.text;

import java.util.List;

/**
 * Marks pull quotes: a line that repeats words of a nearby paragraph in large type, and the attribution line under
 * it ("Jane Doe, Secretary of State"). The repeated words stay where they belong, in the longer paragraph. Stateless
 * and thread-safe; {@link #mark} edits the list it is given.
 */
final class PullQuotes {

    /** A pull quote is looked for among this many non-blank lines before and after it: layouts put it next to the
     *  paragraph it repeats, at most a couple of lines away. */
    static final int WINDOW_LINES = 3;
    /** Lines shorter than this (letters and digits only) are not tested: short phrases such as "the White House"
     *  recur in many paragraphs without being pull quotes. Forty is about seven words. */
    static final int MIN_QUOTE_KEY_CHARS = 40;
    /** An attribution is a name and a title, at most this many words ("Mike Pompeo, Secretary of State, United
     *  States" has seven); longer lines are prose. */
    static final int MAX_ATTRIBUTION_WORDS = 12;

    /** Marks, in place, each line that repeats a longer body line nearby, and the attribution that follows it. */
    void mark(List<DumpLine> lines) {
        String[] keys = new String[lines.size()]; // each line's comparison key, made once
        for (int i = 0; i < lines.size(); i++) {
            keys[i] = isCandidate(lines.get(i)) ? TextShape.comparisonKey(lines.get(i).text()) : "";
        }
        for (int i = 0; i < lines.size(); i++) {
            DumpLine line = lines.get(i);
            if (isCandidate(line) && keys[i].length() >= MIN_QUOTE_KEY_CHARS && repeatsNeighbour(lines, keys, i)) {
                lines.set(i, line.as(LineKind.PULL_QUOTE));
                markAttribution(lines, i);
            }
        }
    }

    private static boolean isCandidate(DumpLine line) {
        return line.is(LineKind.BODY) || line.is(LineKind.SHORT_SENTENCE) || line.is(LineKind.SHORT);
    }

    private static boolean repeatsNeighbour(List<DumpLine> lines, String[] keys, int index) {
        for (int direction = -1; direction <= 1; direction += 2) {
            int seen = 0;
            for (int j = index + direction; j >= 0 && j < lines.size() && seen < WINDOW_LINES; j += direction) {
                DumpLine other = lines.get(j);
                if (other.is(LineKind.BLANK)) {
                    continue;
                }
                seen++;
                if (other.is(LineKind.BODY) && keys[j].length() > keys[index].length() && keys[j].contains(keys[index])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The next non-blank line, if it is a short line that is no sentence, names who said the quote. */
    private static void markAttribution(List<DumpLine> lines, int quoteIndex) {
        for (int j = quoteIndex + 1; j < lines.size(); j++) {
            DumpLine next = lines.get(j);
            if (next.is(LineKind.BLANK)) {
                continue;
            }
            if (next.is(LineKind.SHORT) && next.words() <= MAX_ATTRIBUTION_WORDS) {
                lines.set(j, next.as(LineKind.ATTRIBUTION));
            }
            return;
        }
    }
}
