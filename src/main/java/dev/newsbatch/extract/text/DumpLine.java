package dev.newsbatch.extract.text;

/**
 * One line of a text dump after normalisation, with what it was classified as.
 *
 * @param text  the line with white space normalised
 * @param kind  what the line is
 * @param words how many words it has (see {@link TextShape#wordCount})
 */
record DumpLine(String text, LineKind kind, int words) {

    DumpLine as(LineKind newKind) {
        return new DumpLine(text, newKind, words);
    }

    boolean is(LineKind wanted) {
        return kind == wanted;
    }
}
