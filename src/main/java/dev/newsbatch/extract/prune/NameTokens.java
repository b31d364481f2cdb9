package dev.newsbatch.extract.prune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a class or id name into lowercase words: at anything but ASCII letters and digits, and at camelCase humps
 * ("relatedLinks social_bar" gives related, links, social, bar). One pass, no regular expression: it runs on every
 * named element of every page.
 */
public final class NameTokens {

    private NameTokens() {
    }

    public static List<String> of(String name) {
        List<String> tokens = new ArrayList<>(4);
        int start = -1; // where the current token starts, -1 between tokens
        boolean hasUpper = false;
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (start >= 0 && (!word || (upper && previous >= 'a' && previous <= 'z'))) {
                tokens.add(token(name, start, i, hasUpper));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
                hasUpper = false;
            }
            hasUpper |= upper;
            previous = c;
        }
        if (start >= 0) {
            tokens.add(token(name, start, name.length(), hasUpper));
        }
        return tokens;
    }

    /** A token as a substring of the name, lower-cased only where it has capitals (most names have none). */
    private static String token(String name, int start, int end, boolean hasUpper) {
        String token = name.substring(start, end);
        return hasUpper ? token.toLowerCase(Locale.ROOT) : token;
    }
}
