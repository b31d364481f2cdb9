package dev.newsbatch.extract.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a one-person site, for its posts that name no author anywhere: a person whose name the site's host
 * spells ("jane-roe.example", "janeroe.blog.example") and whom the page itself shows to be a person, not a brand
 * named like one. Two shapes count: the site named as a titled person ("Dr. Jane Roe"), and the post's creator handle
 * written as a name ("@JaneRoe") on a site that goes by another name. A brand's site ("City News" on
 * citynews.example) is never taken: its name carries no title, and its creator handle is its own name. Thread-safe
 * (stateless).
 */
final class SiteOwner {

    /** Academic titles a person's site name opens with ("Dr. Jane Roe"), which no brand carries. */
    private static final Pattern TITLES = Pattern.compile("(?iu)^(?:(?:prof|dr|dipl\\.-ing|mag)\\.\\s*)+");
    /** A social handle that writes a name in camel case: "@JaneRoe", "@JaneMaryRoe". */
    private static final Pattern NAME_HANDLE = Pattern.compile("@?(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{Ll}+)?");
    /** A person's name as a host spells it: a given name and a family name, a middle name at most. */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 3;

    private SiteOwner() {
    }

    /** The site owner's name, or null where the page does not show its site to be one person's. */
    static String find(PageSignals page) {
        Set<String> hostLabels = hostLabels(page.url());
        if (hostLabels.isEmpty()) {
            return null;
        }
        List<String> siteNames = Headlines.siteNames(page);
        for (String site : siteNames) {
            Matcher title = TITLES.matcher(site.trim());
            if (title.lookingAt()) {
                // the name as the host spells it, which leaves the title out
                String name = site.trim().substring(title.end());
                if (isPersonName(name) && hostLabels.contains(Headlines.key(name))) {
                    return name;
                }
            }
        }
        String handle = page.meta().first("twitter:creator");
        Matcher spelled = handle == null ? null : NAME_HANDLE.matcher(handle.trim());
        if (spelled != null && spelled.matches()) {
            String name = spelled.group(1) + " " + spelled.group(2)
                    + (spelled.group(3) != null ? " " + spelled.group(3) : "");
            String key = Headlines.key(name);
            boolean brandsOwnHandle = siteNames.stream().anyMatch(site -> Headlines.key(site).equals(key));
            if (!brandsOwnHandle && isPersonName(name) && hostLabels.contains(key)) {
                return name;
            }
        }
        return null;
    }

    private static boolean isPersonName(String name) {
        int words = name.split("\\s+").length;
        return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS && AuthorNames.looksLikePerson(name, true)
                && !Agencies.isAgency(name);
    }

    /**
     * The host's labels below its top-level domain, as {@link Headlines#key} compares names ("www.jane-roe.example"
     * → "janeroe"; "janeroe.blog.example" → "janeroe", "blog"), "www" left out.
     */
    static Set<String> hostLabels(String url) {
        Set<String> labels = new HashSet<>();
        if (url == null) {
            return labels;
        }
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#:].*$", "").toLowerCase(Locale.ROOT);
        String[] parts = host.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].equals("www")) {
                labels.add(Headlines.key(parts[i]));
            }
        }
        return labels;
    }
}
