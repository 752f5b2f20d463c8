package dev.talkshelf.ui.thumbnails;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Which addresses a picture may be fetched from: the public internet only. A talk's thumbnail address comes from
 * an imported file, so without this a hostile import could make the window reach the user's router, a printer,
 * a cloud metadata service or a program listening on this machine.
 */
public final class PublicAddresses {
    private PublicAddresses() {
    }

    /**
     * False for loopback, unspecified, link-local, private (10/8, 172.16/12, 192.168/16), shared CGNAT (100.64/10),
     * multicast, broadcast, reserved and documentation ranges; IPv6 unique-local (fc00::/7), link-local (fe80::/10),
     * site-local (fec0::/10), multicast and everything else outside global unicast (2000::/3), Teredo and
     * documentation ranges; and any IPv6 form that carries an IPv4
     * address (mapped, compatible, NAT64, 6to4, Teredo) whose IPv4 address is not public.
     */
    public static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        return isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0                                  // "this network", 0.0.0.0
                || a0 == 10                               // private
                || a0 == 100 && a1 >= 64 && a1 <= 127     // shared address space (CGNAT)
                || a0 == 127                              // loopback
                || a0 == 169 && a1 == 254                 // link-local, cloud metadata
                || a0 == 172 && a1 >= 16 && a1 <= 31      // private
                || a0 == 192 && a1 == 0 && a2 == 0        // IETF protocol assignments
                || a0 == 192 && a1 == 0 && a2 == 2        // documentation
                || a0 == 192 && a1 == 88 && a2 == 99      // 6to4 relay anycast
                || a0 == 192 && a1 == 168                 // private
                || a0 == 198 && (a1 == 18 || a1 == 19)    // benchmarking
                || a0 == 198 && a1 == 51 && a2 == 100     // documentation
                || a0 == 203 && a1 == 0 && a2 == 113      // documentation
                || a0 >= 224);                            // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(tail(b, 12)); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            return isPublicV4(tail(b, 12)); // 64:ff9b::/96 NAT64
        }
        if (w0 == 0x2002) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 carries the IPv4 address in bits 16-47
        }
        // Only global unicast (2000::/3) is the public internet; fc00::/7 unique-local, fe80::/10 link-local,
        // fec0::/10 site-local, ff00::/8 multicast, 100::/64 discard and the reserved rest all lie outside it.
        boolean globalUnicast = (w0 & 0xe000) == 0x2000;
        return globalUnicast
                && !(w0 == 0x2001 && w1 == 0x0000)    // Teredo: an IPv4 tunnel to anywhere
                && !(w0 == 0x2001 && w1 == 0x0db8)    // documentation
                && !(w0 == 0x3fff && (w1 & 0xf000) == 0); // documentation (3fff::/20)
    }

    private static byte[] tail(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
