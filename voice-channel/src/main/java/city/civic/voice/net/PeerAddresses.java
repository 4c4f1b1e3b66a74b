package city.civic.voice.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The addresses allowed to connect to the phone listeners: IPv4 and IPv6 addresses and CIDR blocks
 * ({@code 10.1.2.3}, {@code 10.1.0.0/16}, {@code ::1}, {@code fd00::/8}). Neither AudioSocket nor FastAGI
 * authenticates its peer, so the peer's address is the only credential: a connection from elsewhere is
 * closed before anything is read from it.
 *
 * <p>Only literals are accepted, never host names: a name would be looked up at start-up (and could
 * change behind the list's back). A block whose address has host bits set ({@code 127.0.0.1/8}) means the
 * block the address is in. An IPv4-mapped IPv6 address ({@code ::ffff:10.1.2.3}), in the list or from the
 * socket, is the IPv4 address it carries, so a dual-stack listener and an IPv4 list agree.
 *
 * <p>Shared by both listeners, which is why it lives in {@code city.civic.voice.net} (see the package
 * comment) rather than in either server's package.
 */
public final class PeerAddresses {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");
    private static final int MAPPED_PREFIX_BITS = 96;

    private final List<Block> blocks;

    private PeerAddresses(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * @param property the configuration property the entries come from, named in the error
     * @param entries addresses or CIDR blocks; at least one
     * @throws IllegalArgumentException naming {@code property} and the entry when an entry is not an IP
     *     address or CIDR block, or when there are none
     */
    public static PeerAddresses parse(String property, Collection<String> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException(property + " names no address: nothing could connect "
                    + "(loopback is 127.0.0.1/8, ::1; any address is 0.0.0.0/0, ::/0)");
        }
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            blocks.add(block(property, entry));
        }
        return new PeerAddresses(blocks);
    }

    /** Whether a connection from {@code address} may be served. */
    public boolean allows(InetAddress address) {
        byte[] bytes = unmapped(address.getAddress());
        for (Block block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The blocks in CIDR form, as logged when a listener starts. */
    @Override
    public String toString() {
        return blocks.stream().map(Block::toString).collect(Collectors.joining(", "));
    }

    private static Block block(String property, String entry) {
        String text = entry == null ? "" : entry.trim();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        String prefix = slash < 0 ? null : text.substring(slash + 1);
        byte[] bytes = literal(property, entry, address);
        int bits = bytes.length * 8;
        int length = bits;
        if (prefix != null) {
            if (!PREFIX.matcher(prefix).matches() || Integer.parseInt(prefix) > bits) {
                throw invalid(property, entry, "the prefix length must be 0-" + bits);
            }
            length = Integer.parseInt(prefix);
        }
        if (bytes.length == 16 && isMapped(bytes)) {
            if (length < MAPPED_PREFIX_BITS) {
                throw invalid(property, entry, "an IPv4-mapped block needs a prefix of at least /96");
            }
            return new Block(Arrays.copyOfRange(bytes, 12, 16), length - MAPPED_PREFIX_BITS);
        }
        return new Block(bytes, length);
    }

    /** The address's bytes, without any name lookup; IPv4-mapped IPv6 addresses stay 16 bytes here. */
    private static byte[] literal(String property, String entry, String address) {
        boolean v4 = IPV4.matcher(address).matches();
        boolean v6 = !v4 && address.contains(":") && IPV6.matcher(address).matches();
        if (!v4 && !v6) {
            throw invalid(property, entry, "not an IP address literal");
        }
        InetAddress parsed;
        try {
            // A literal (checked above: digits, dots, colons, hex) is parsed, never looked up.
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw invalid(property, entry, "not an IP address literal");
        }
        if (v6 && !(parsed instanceof Inet6Address)) {
            // The JDK turns ::ffff:a.b.c.d into an IPv4 address: put the mapping back so the prefix
            // given (counted over 128 bits) is read as written.
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(parsed.getAddress(), 0, mapped, 12, 4);
            return mapped;
        }
        return parsed.getAddress();
    }

    private static IllegalArgumentException invalid(String property, String entry, String problem) {
        return new IllegalArgumentException(property + ": '" + entry + "' is not an IP address or CIDR block ("
                + problem + ")");
    }

    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static byte[] unmapped(byte[] bytes) {
        return bytes.length == 16 && isMapped(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : bytes;
    }

    /** A network (host bits cleared) and its prefix length. */
    private record Block(byte[] network, int prefix) {

        Block {
            network = network.clone();
            for (int bit = prefix; bit < network.length * 8; bit++) {
                network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & 0xff);
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
