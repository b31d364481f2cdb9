package dev.newsbatch.source.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.conn.DnsResolver;
import org.apache.http.impl.conn.SystemDefaultDnsResolver;

/**
 * Keeps a crawl off loopback, private (site-local), link-local and wildcard addresses, so a job definition or a link on
 * a page cannot make newsbatch fetch from the machine's own network. Checked twice: when a URL is considered (cached
 * per host, so a page's hundred links cost one lookup) and again in the HTTP client's resolver at connect time, which
 * closes the gap of a name that resolves differently the second time. Thread-safe.
 */
final class AddressGuard implements DnsResolver {

    /** Thrown by the resolver for a host that resolves to an address the crawl must not fetch. */
    static final class PrivateAddressException extends UnknownHostException {
        PrivateAddressException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress()
                    + ", a loopback, private or link-local address (allow-private-addresses is false)");
        }
    }

    private final boolean allowPrivate;
    private final DnsResolver resolver;
    private final Map<String, Boolean> publicByHost = new ConcurrentHashMap<>();

    AddressGuard(boolean allowPrivate) {
        this(allowPrivate, SystemDefaultDnsResolver.INSTANCE);
    }

    AddressGuard(boolean allowPrivate, DnsResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Whether the host may be fetched: it resolves, and to public addresses only (or private ones are allowed). */
    boolean mayFetch(String host) {
        if (allowPrivate) {
            return true;
        }
        return publicByHost.computeIfAbsent(host, h -> {
            try {
                resolve(h);
                return true;
            } catch (UnknownHostException e) {
                return false;
            }
        });
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new PrivateAddressException(host, address);
                }
            }
        }
        return addresses;
    }

    static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || isUniqueLocalIpv6(address);
    }

    /** fc00::/7, IPv6's private range, which {@link InetAddress#isSiteLocalAddress} does not cover. */
    private static boolean isUniqueLocalIpv6(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
