package dev.newsbatch.source.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.http.ConnectionClosedException;
import org.apache.http.conn.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

class CrawlRedirectsAndFailuresTest {

    @Test
    void aRedirectBackToTheChainIsALoopReportedAtItsOrigin() {
        RedirectChains chains = new RedirectChains();
        assertThat(chains.redirect("http://a/1", "http://a/2").loop()).isFalse();
        RedirectChains.Hop back = chains.redirect("http://a/2", "http://a/1");
        assertThat(back.loop()).isTrue();
        assertThat(back.origin()).isEqualTo("http://a/1");
        assertThat(back.chain()).containsExactly("http://a/1", "http://a/2", "http://a/1");
    }

    @Test
    void aPageReachedThroughRedirectsIsKnownByTheUrlTheChainStartedFrom() {
        RedirectChains chains = new RedirectChains();
        chains.redirect("http://a/old", "http://a/newer");
        chains.redirect("http://a/newer", "http://a/newest");
        assertThat(chains.originOf("http://a/newest")).isEqualTo("http://a/old");
        assertThat(chains.originOf("http://a/newest")).as("forgotten once asked").isEqualTo("http://a/newest");
        assertThat(chains.originOf("http://a/never-redirected")).isEqualTo("http://a/never-redirected");
    }

    @Test
    void tooManyHopsCountAsALoop() {
        RedirectChains chains = new RedirectChains();
        RedirectChains.Hop hop = null;
        for (int i = 0; i <= RedirectChains.MAX_HOPS; i++) {
            hop = chains.redirect("http://a/" + i, "http://a/" + (i + 1));
        }
        assertThat(hop.loop()).isTrue();
        assertThat(hop.origin()).isEqualTo("http://a/0");
    }

    @Test
    void fetchExceptionsMapToStableReasons() {
        assertThat(FetchFailures.reasonOf(new SocketTimeoutException("Read timed out"))).isEqualTo("timeout");
        assertThat(FetchFailures.reasonOf(new ConnectTimeoutException("connect timed out"))).isEqualTo("timeout");
        assertThat(FetchFailures.reasonOf(new SocketException("Connection reset"))).isEqualTo("connection_reset");
        assertThat(FetchFailures.reasonOf(new ConnectionClosedException("Premature end of Content-Length delimited "
                + "message body"))).isEqualTo("connection_reset");
        assertThat(FetchFailures.reasonOf(new ConnectException("Connection refused"))).isEqualTo("connection_refused");
        assertThat(FetchFailures.reasonOf(new UnknownHostException("nowhere.invalid"))).isEqualTo("unknown_host");
        assertThat(FetchFailures.reasonOf(new IOException("wrapped", new SocketTimeoutException()))).isEqualTo("timeout");
        assertThat(FetchFailures.reasonOf(new IOException("something else"))).isEqualTo("fetch_error");
        assertThat(FetchFailures.httpStatus(404)).isEqualTo("http_404");
    }
}
