package dev.newsbatch.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDefinitionLoaderTest {

    @TempDir
    Path dir;

    private final SiteDefinitionLoader loader = new SiteDefinitionLoader();

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("site.yml"), yaml);
    }

    @Test
    void readsEveryKey() throws IOException {
        SiteDefinition definition = loader.load(write("""
                name: example
                seeds: [https://news.example.com/]
                feeds: [https://news.example.com/rss.xml]
                sitemaps: [https://news.example.com/sitemap.xml]
                allowed-hosts: [News.Example.com]
                article-url: '/\\d{4}/\\d{2}/'
                follow-url: '^https://news\\.example\\.com/'
                max-depth: 2
                max-pages: 50
                politeness-ms: 0
                user-agent: test-agent
                time-zone: Asia/Shanghai
                language: zh
                remove: ['.share-bar', 'div#related']
                body: 'article .story'
                allow-private-addresses: true
                refresh-after: PT6H
                """));
        assertThat(definition.name()).isEqualTo("example");
        assertThat(definition.allowedHosts()).containsExactly("news.example.com");
        assertThat(definition.articleUrl().matcher("https://news.example.com/2024/03/x").find()).isTrue();
        assertThat(definition.maxDepth()).isEqualTo(2);
        assertThat(definition.politenessMs()).isZero();
        assertThat(definition.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(definition.remove()).containsExactly(".share-bar", "div#related");
        assertThat(definition.allowPrivateAddresses()).isTrue();
        assertThat(definition.refreshAfter()).isEqualTo(Duration.ofHours(6));
        assertThat(definition.extractionSettings().defaultZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(definition.extractionSettings().bodySelector()).isEqualTo("article .story");
    }

    @Test
    void defaultsWhatIsNotSaid() throws IOException {
        SiteDefinition definition = loader.load(write("name: bare\n"));
        assertThat(definition.maxPages()).isEqualTo(SiteDefinition.DEFAULT_MAX_PAGES);
        assertThat(definition.userAgent()).contains("newsbatch");
        assertThat(definition.timeZone()).isNull();
        assertThat(definition.allowPrivateAddresses()).isFalse();
    }

    @Test
    void unknownKeyNamesFileAndKey() throws IOException {
        Path file = write("name: x\ntimezone: UTC\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(SiteDefinitionException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("timezone: unknown key")
                .hasMessageContaining("time-zone");
    }

    @Test
    void badValuesAreNamedWithWhatIsWrong() throws IOException {
        Map<String, String> problems = Map.of(
                "name: x\ntime-zone: Asia/Shangai\n", "time-zone: 'Asia/Shangai' is not a time zone",
                "name: x\nmax-pages: -3\n", "max-pages: '-3' must be a whole number above 0",
                "name: x\narticle-url: '(unclosed'\n", "article-url: '(unclosed' is not a regular expression",
                "name: x\nseeds: [ftp://example.com/]\n", "seeds: 'ftp://example.com/' is not an http(s) URL",
                "name: x\nremove: ['div[']\n", "remove: 'div[' is not a CSS selector",
                "name: x\nrefresh-after: 7 days\n", "refresh-after: '7 days' is not an ISO-8601 duration",
                "name: x\nallow-private-addresses: maybe\n", "allow-private-addresses: 'maybe' must be true or false",
                "seeds: [https://example.com/]\n", "name: missing",
                "name: x\nlanguage: English\n", "language: 'English' must be an ISO 639 code");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            Path file = write(problem.getKey());
            assertThatThrownBy(() -> loader.load(file)).as(problem.getKey())
                    .isInstanceOf(SiteDefinitionException.class).hasMessageContaining(problem.getValue());
        }
    }

    @Test
    void notYamlIsReported() throws IOException {
        Path file = write("name: [unclosed\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(SiteDefinitionException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void theShippedDefinitionsLoad() {
        Map<String, SiteDefinition> shipped = loader.loadAll(Path.of("jobs"));
        assertThat(shipped).containsKeys("samples", "eastday", "chinadaily-hk");
        assertThat(shipped.get("eastday").timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(shipped.get("eastday").articleUrl().matcher("https://english.eastday.com/auto/2019-01-03/12345.html")
                .find()).isTrue();
    }
}
