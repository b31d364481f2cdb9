package dev.newsbatch.extract.prune;

import java.util.ArrayList;
import java.util.List;

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
        StringBuilder token = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!word || (upper && previous >= 'a' && previous <= 'z')) {
                if (token.length() > 0) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            }
            if (word) {
                token.append(upper ? (char) (c + ('a' - 'A')) : c);
            }
            previous = c;
        }
        if (token.length() > 0) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
