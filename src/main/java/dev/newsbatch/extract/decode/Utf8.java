package dev.newsbatch.extract.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no encoded surrogates, nothing past
 * U+10FFFF), checked in place: a page with no declared charset is read as UTF-8 only if every byte fits, and testing
 * that by decoding would copy the whole page once more.
 */
final class Utf8 {

    /** A byte array read as longs, for the ASCII runs. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    static boolean isValid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            // eight ASCII bytes at a time: a long with no high bit set
            while (i + Long.BYTES <= n && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {           // ASCII, most of any page's markup
                i++;
                continue;
            }
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                if (!continuation(bytes, i + 1, 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                // E0 needs A0..BF after it (no overlong form), ED needs 80..9F (no surrogates)
                int low = lead == 0xE0 ? 0xA0 : 0x80;
                int high = lead == 0xED ? 0x9F : 0xBF;
                if (!continuation(bytes, i + 1, low, high) || !continuation(bytes, i + 2, 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                // F0 needs 90..BF (no overlong form), F4 needs 80..8F (nothing past U+10FFFF)
                int low = lead == 0xF0 ? 0x90 : 0x80;
                int high = lead == 0xF4 ? 0x8F : 0xBF;
                if (!continuation(bytes, i + 1, low, high) || !continuation(bytes, i + 2, 0x80, 0xBF)
                        || !continuation(bytes, i + 3, 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false;       // a stray continuation byte, C0/C1 (always overlong) or F5..FF
            }
        }
        return true;
    }

    private static boolean continuation(byte[] bytes, int at, int low, int high) {
        if (at >= bytes.length) {
            return false;
        }
        int b = bytes[at] & 0xFF;
        return b >= low && b <= high;
    }
}
