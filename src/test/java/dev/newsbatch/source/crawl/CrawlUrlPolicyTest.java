package dev.newsbatch.source.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CrawlUrlPolicyTest {

    private static final Pattern ARTICLE = Pattern.compile("^https?://news\\.example\\.org/\\d{4}/[a-z-]+\\.html$");
    private static final Pattern FOLLOW = Pattern.compile("^https?://news\\.example\\.org/(section/[a-z]+)?$");
    /** Resolves every name to a public address, so that only the policy's own rules are under test. */
    private static final AddressGuard PUBLIC_DNS = new AddressGuard(false,
            host -> new java.net.InetAddress[] {java.net.InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})});

    private final UrlPolicy policy = new UrlPolicy(Set.of("news.example.org"), ARTICLE, FOLLOW,
            KnownPages.of(Set.of("https://news.example.org/2026/stored-story.html")), PUBLIC_DNS);

    @Test
    void storiesAndSectionsOfAllowedHostsAreFetched() {
        assertThat(policy.shouldFetch("https://news.example.org/2026/harbour-bridge.html")).isTrue();
        assertThat(policy.shouldFetch("https://news.example.org/section/world")).isTrue();
    }

    @Test
    void otherHostsOtherPagesAndPageFurnitureAreNot() {
        assertThat(policy.shouldFetch("https://ads.example.com/2026/harbour-bridge.html")).isFalse();
        assertThat(policy.shouldFetch("https://news.example.org/about/contact")).isFalse();
        assertThat(policy.shouldFetch("https://news.example.org/section/world/logo.png")).isFalse();
        assertThat(policy.shouldFetch("mailto:desk@news.example.org")).isFalse();
    }

    @Test
    void aStoryAlreadyStoredIsNotFetchedAgainButASectionAlwaysIs() {
        assertThat(policy.shouldFetch("https://news.example.org/2026/stored-story.html")).isFalse();
        UrlPolicy everythingKnown = new UrlPolicy(Set.of("news.example.org"), ARTICLE, FOLLOW, url -> true, PUBLIC_DNS);
        assertThat(everythingKnown.shouldFetch("https://news.example.org/section/world")).isTrue();
    }

    @Test
    void aResumedCrawlFetchesWhatItHadFoundUnlessTheStoryWasStoredSinceOrItsHostIsNoLongerAllowed() {
        assertThat(policy.mayResume("https://news.example.org/2026/harbour-bridge.html")).isTrue();
        assertThat(policy.mayResume("https://news.example.org/section/world")).isTrue();
        // a seed of the definition may match neither pattern
        assertThat(policy.mayResume("https://news.example.org/latest")).isTrue();
        assertThat(policy.mayResume("https://news.example.org/2026/stored-story.html")).isFalse();
        assertThat(policy.mayResume("https://ads.example.com/2026/harbour-bridge.html")).isFalse();
    }

    @Test
    void withoutPatternsEveryPageOfAnAllowedHostIsAStoryToWalk() {
        UrlPolicy open = new UrlPolicy(Set.of("news.example.org"), null, null, KnownPages.NONE, PUBLIC_DNS);
        assertThat(open.shouldFetch("https://news.example.org/anything")).isTrue();
        assertThat(open.isArticle("https://news.example.org/anything")).isTrue();
        assertThat(open.isFollowed("https://news.example.org/anything")).isTrue();
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
        UrlPolicy guarded = new UrlPolicy(Set.of("127.0.0.1", "10.1.2.3", "169.254.169.254"), null, null,
                KnownPages.NONE, new AddressGuard(false));
        assertThat(guarded.shouldFetch("http://127.0.0.1:8080/story")).isFalse();
        assertThat(guarded.shouldFetch("http://10.1.2.3/story")).isFalse();
        assertThat(guarded.shouldFetch("http://169.254.169.254/latest/meta-data")).isFalse();
        assertThat(guarded.shouldFetchSeed("http://127.0.0.1:8080/")).isFalse();

        UrlPolicy allowed = new UrlPolicy(Set.of("127.0.0.1"), null, null, KnownPages.NONE, new AddressGuard(true));
        assertThat(allowed.shouldFetch("http://127.0.0.1:8080/story")).isTrue();
    }

    @Test
    void theResolverRefusesAPrivateAddressAtConnectTime() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AddressGuard(false).resolve("127.0.0.1"))
                .isInstanceOf(AddressGuard.PrivateAddressException.class).hasMessageContaining("loopback");
    }
}
