package dev.newsbatch.source.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs a crawl fetches, stores and walks. A URL is fetched when its host is allowed and public, it is not page
 * furniture, it is a story or a page to walk, and, being a story, it is not already stored. Thread-safe.
 */
final class UrlPolicy {

    /**
     * Links to files that are never a story: style sheets, scripts, images, media, fonts, archives. crawler4j collects
     * {@code <img src>} and {@code <link href>} along with {@code <a href>}, so without this a crawl would fetch every
     * image of a site only to reject it as not HTML. PDFs are not listed: they are linked as documents, and a crawl
     * records them (as {@code not_html}) rather than ignoring them.
     */
    static final Pattern PAGE_FURNITURE = Pattern.compile("(?i)\\.(css|js|mjs|json|xml|rss|atom|png|jpe?g|gif|webp|"
            + "avif|svg|ico|bmp|tiff?|woff2?|ttf|otf|eot|mp3|m4a|ogg|wav|mp4|m4v|webm|avi|mov|flv|zip|gz|tgz|bz2|xz|"
            + "rar|7z|exe|dmg|iso|apk)$");

    private final Set<String> allowedHosts;
    private final Pattern articleUrl;
    private final Pattern followUrl;
    private final KnownPages known;
    private final AddressGuard addresses;

    UrlPolicy(Set<String> allowedHosts, Pattern articleUrl, Pattern followUrl, KnownPages known,
            AddressGuard addresses) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.articleUrl = articleUrl;
        this.followUrl = followUrl;
        this.known = known;
        this.addresses = addresses;
    }

    /** Whether to fetch the URL, found as a link, in a feed or sitemap, or as a redirect's target. */
    boolean shouldFetch(String url) {
        String host = hostOf(url);
        if (host == null || !allowedHosts.contains(host) || isFurniture(url)) {
            return false;
        }
        boolean article = isArticle(url);
        if (!article && !isFollowed(url)) {
            return false;
        }
        return !(article && known.isKnown(url)) && addresses.mayFetch(host);
    }

    /** Whether a URL a killed crawl had found but not fetched may be fetched now: host allowed, not stored since. */
    boolean mayResume(String url) {
        return isAllowedHost(url) && !(isArticle(url) && known.isKnown(url));
    }

    /** Whether a start page may be fetched: seeds are read every run, stored or not, but only from allowed hosts. */
    boolean shouldFetchSeed(String url) {
        String host = hostOf(url);
        return host != null && allowedHosts.contains(host) && addresses.mayFetch(host);
    }

    /** Whether the host may be fetched at all (a redirect's target, a sitemap named in an index). */
    boolean isAllowedHost(String url) {
        String host = hostOf(url);
        return host != null && allowedHosts.contains(host) && addresses.mayFetch(host);
    }

    /** Whether a fetched page at this (final) URL is a story, to be stored. */
    boolean isArticle(String url) {
        return articleUrl == null || articleUrl.matcher(url).find();
    }

    /** Whether a fetched page's links are walked. */
    boolean isFollowed(String url) {
        return followUrl == null || followUrl.matcher(url).find();
    }

    private static boolean isFurniture(String url) {
        return PAGE_FURNITURE.matcher(pathOf(url)).find();
    }

    /** The lowercase host of an http(s) URL, or null for anything else. */
    static String hostOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String pathOf(String url) {
        try {
            String path = new URI(url).getPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
