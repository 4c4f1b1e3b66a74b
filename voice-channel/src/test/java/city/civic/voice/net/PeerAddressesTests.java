package city.civic.voice.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerAddressesTests {

    @Test
    void theDefaultAllowsLoopbackOnly() {
        PeerAddresses loopback = peers("127.0.0.1/8", "::1");

        assertThat(loopback.allows(ip("127.0.0.1"))).isTrue();
        assertThat(loopback.allows(ip("127.255.255.254"))).isTrue();
        assertThat(loopback.allows(ip("::1"))).isTrue();
        assertThat(loopback.allows(ip("128.0.0.1"))).isFalse();
        assertThat(loopback.allows(ip("10.0.0.1"))).isFalse();
        assertThat(loopback.allows(ip("::2"))).isFalse();
        assertThat(loopback).hasToString("127.0.0.0/8, 0:0:0:0:0:0:0:1/128");
    }

    @Test
    void aBlockAllowsItsFirstAndLastAddressAndNotItsNeighbours() {
        PeerAddresses block = peers("10.1.0.0/16");

        assertThat(block.allows(ip("10.1.0.0"))).isTrue();
        assertThat(block.allows(ip("10.1.255.255"))).isTrue();
        assertThat(block.allows(ip("10.0.255.255"))).isFalse();
        assertThat(block.allows(ip("10.2.0.0"))).isFalse();
    }

    @Test
    void aPrefixInsideAByteIsHonouredBitForBit() {
        PeerAddresses block = peers("192.168.1.64/26");

        assertThat(block.allows(ip("192.168.1.64"))).isTrue();
        assertThat(block.allows(ip("192.168.1.127"))).isTrue();
        assertThat(block.allows(ip("192.168.1.63"))).isFalse();
        assertThat(block.allows(ip("192.168.1.128"))).isFalse();
    }

    @Test
    void anAddressWithoutPrefixIsThatHostOnly() {
        PeerAddresses hosts = peers("127.0.0.2", "fd00::5");

        assertThat(hosts.allows(ip("127.0.0.2"))).isTrue();
        assertThat(hosts.allows(ip("127.0.0.1"))).isFalse();
        assertThat(hosts.allows(ip("127.0.0.3"))).isFalse();
        assertThat(hosts.allows(ip("fd00::5"))).isTrue();
        assertThat(hosts.allows(ip("fd00::4"))).isFalse();
    }

    @Test
    void hostBitsInAnEntryMeanTheBlockTheAddressIsIn() {
        assertThat(peers("10.1.2.3/8")).hasToString("10.0.0.0/8");
        assertThat(peers("10.1.2.3/8").allows(ip("10.200.0.1"))).isTrue();
    }

    @Test
    void ipv6BlocksMatchAtTheirEdges() {
        PeerAddresses block = peers("2001:db8::/32", "fe80::/127");

        assertThat(block.allows(ip("2001:db8::"))).isTrue();
        assertThat(block.allows(ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(block.allows(ip("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff"))).isFalse();
        assertThat(block.allows(ip("2001:db9::"))).isFalse();
        assertThat(block.allows(ip("fe80::1"))).isTrue();
        assertThat(block.allows(ip("fe80::2"))).isFalse();
    }

    @Test
    void aZeroPrefixAllowsEveryAddressOfItsFamilyOnly() {
        assertThat(peers("0.0.0.0/0").allows(ip("203.0.113.9"))).isTrue();
        assertThat(peers("0.0.0.0/0").allows(ip("2001:db8::1"))).isFalse();
        assertThat(peers("::/0").allows(ip("2001:db8::1"))).isTrue();
        assertThat(peers("::/0").allows(ip("203.0.113.9"))).isFalse();
    }

    @Test
    void anIpv4MappedPeerIsTheIpv4AddressItCarries() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 1, 2, 3};
        // a genuine Inet6Address (InetAddress.getByAddress would already unmap it)
        InetAddress peer = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(peer).isInstanceOf(Inet6Address.class);

        assertThat(peers("10.0.0.0/8").allows(peer)).isTrue();
        assertThat(peers("11.0.0.0/8").allows(peer)).isFalse();
    }

    @Test
    void anIpv4MappedEntryIsTheIpv4BlockItCarries() {
        PeerAddresses mapped = peers("::ffff:10.0.0.0/104", "::ffff:192.0.2.7");

        assertThat(mapped.allows(ip("10.9.9.9"))).isTrue();
        assertThat(mapped.allows(ip("11.0.0.1"))).isFalse();
        assertThat(mapped.allows(ip("192.0.2.7"))).isTrue();
        assertThat(mapped.allows(ip("192.0.2.8"))).isFalse();
        assertThat(mapped).hasToString("10.0.0.0/8, 192.0.2.7/32");
    }

    @Test
    void spacesAroundAnEntryAreIgnored() {
        assertThat(peers(" 10.0.0.1 ").allows(ip("10.0.0.1"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "example.org", "10.0.0.256", "10.0.0", "127.1", "01.2.3.4",
            "10.0.0.1/33", "10.0.0.1/", "10.0.0.1/-1", "10.0.0.1/8/8", "10.0.0.1/x", "::1/129", "::1%lo",
            "[::1]", "fd00::/", "fd00::g", ":::", ".:1", "::ffff:10.0.0.0/8", "10.0.0.0/0008"})
    void aMalformedEntryFailsNamingThePropertyAndTheEntry(String entry) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PeerAddresses.parse("civic.voice.allowed-peers", List.of("127.0.0.1", entry)))
                .withMessageStartingWith("civic.voice.allowed-peers: '" + entry + "'");
    }

    @Test
    void anEmptyListFailsBecauseNothingCouldConnect() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PeerAddresses.parse("civic.voice.allowed-peers", List.of()))
                .withMessageStartingWith("civic.voice.allowed-peers names no address");
    }

    private static PeerAddresses peers(String... entries) {
        return PeerAddresses.parse("test", List.of(entries));
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
