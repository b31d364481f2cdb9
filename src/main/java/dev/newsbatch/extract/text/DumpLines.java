package dev.newsbatch.extract.text;

import java.util.List;

/** Moves over a classified dump the way a reader's eye does, skipping blank lines. */
final class DumpLines {

    private DumpLines() {
    }

    /** The index of the nearest non-blank line before {@code index}, or -1. */
    static int previousNonBlank(List<DumpLine> lines, int index) {
        for (int j = index - 1; j >= 0; j--) {
            if (!lines.get(j).is(LineKind.BLANK)) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the nearest non-blank line after {@code index}, or -1. */
    static int nextNonBlank(List<DumpLine> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            if (!lines.get(j).is(LineKind.BLANK)) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the first line of a kind, or -1. */
    static int first(List<DumpLine> lines, LineKind kind) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).is(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last line of a kind, or -1. */
    static int last(List<DumpLine> lines, LineKind kind) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).is(kind)) {
                return i;
            }
        }
        return -1;
    }
}
