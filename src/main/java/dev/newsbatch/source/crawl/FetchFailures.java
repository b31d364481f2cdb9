package dev.newsbatch.source.crawl;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.http.ConnectionClosedException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.TruncatedChunkException;
import org.apache.http.conn.ConnectTimeoutException;

/**
 * The reason codes a crawl records in {@code rejected_page.reason} for a URL it could not turn into a stored page, and
 * how an I/O failure maps to one. Codes are short and stable: other tools group by them.
 */
public final class FetchFailures {

    /** No answer (or no more of the body) within the timeout. */
    /** The site's robots.txt disallows the URL (a feed or sitemap named in the job definition). */
    public static final String ROBOTS_DISALLOWED = "robots_disallowed";
    public static final String TIMEOUT = "timeout";
    /** The server closed or reset the connection before the whole answer arrived. */
    public static final String CONNECTION_RESET = "connection_reset";
    /** Nothing listens at the address. */
    public static final String CONNECTION_REFUSED = "connection_refused";
    /** The host name does not resolve. */
    public static final String UNKNOWN_HOST = "unknown_host";
    /** The host resolves to a loopback, private or link-local address, which a crawl must not fetch. */
    public static final String PRIVATE_ADDRESS = "private_address";
    /** The TLS handshake failed. */
    public static final String TLS_ERROR = "tls_error";
    /** Redirects that come back to a URL already in the chain, or more hops than {@link RedirectChains} allows. */
    public static final String REDIRECT_LOOP = "redirect_loop";
    /** A redirect to a host the crawl may not fetch. */
    public static final String REDIRECT_OFF_SITE = "redirect_off_site";
    /** The answer is not an HTML page (a PDF, an image, JSON, ...). */
    public static final String NOT_HTML = "not_html";
    /** The body is longer than the crawl's size limit. */
    public static final String TOO_LARGE = "too_large";
    /** crawler4j could not parse the page for links. */
    public static final String UNPARSEABLE = "unparseable";
    /** Any other failure to fetch; the detail says what. */
    public static final String FETCH_ERROR = "fetch_error";

    private FetchFailures() {
    }

    /** The code of an HTTP error status, e.g. {@code http_404}; the same code the cleaner uses for one. */
    public static String httpStatus(int status) {
        return "http_" + status;
    }

    /** The reason code for an exception thrown while fetching. */
    public static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String reason = directReasonOf(t);
            if (reason != null) {
                return reason;
            }
        }
        return FETCH_ERROR;
    }

    private static String directReasonOf(Throwable t) {
        if (t instanceof AddressGuard.PrivateAddressException) {
            return PRIVATE_ADDRESS;
        }
        if (t instanceof SocketTimeoutException || t instanceof ConnectTimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof UnknownHostException) {
            return UNKNOWN_HOST;
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return CONNECTION_REFUSED;
        }
        if (t instanceof SSLException) {
            return TLS_ERROR;
        }
        if (t instanceof NoHttpResponseException || t instanceof ConnectionClosedException
                || t instanceof TruncatedChunkException) {
            return CONNECTION_RESET;
        }
        if (t instanceof SocketException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("reset")) {
            return CONNECTION_RESET;
        }
        if (t instanceof InterruptedIOException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT)
                .contains("timed out")) {
            return TIMEOUT;
        }
        return null;
    }

    /** One line for {@code rejected_page.detail}: the exception's kind and message. */
    public static String detailOf(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
