package city.civic.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StompFrameTests {

    @Test
    void encodesConnectWithoutEscapingAndEndsWithNul() {
        String frame = StompFrame.of("CONNECT", "accept-version", "1.2", "host", "127.0.0.1", "heart-beat", "0,0")
                .encode();

        assertThat(frame).isEqualTo("CONNECT\naccept-version:1.2\nhost:127.0.0.1\nheart-beat:0,0\n\n\0");
    }

    @Test
    void encodesSendWithItsByteLengthAndEscapedHeaders() {
        String frame = StompFrame.of("SEND", "destination", "/app/chat.send", "note", "a:b")
                .withBody("application/json", "{\"text\":\"등본\"}")
                .encode();

        assertThat(frame).isEqualTo("SEND\ndestination:/app/chat.send\nnote:a\\cb\ncontent-type:application/json\n"
                + "content-length:17\n\n{\"text\":\"등본\"}\0");
    }

    @Test
    void parsesAMessageFrame() {
        StompFrame frame = StompFrame.parse("MESSAGE\ndestination:/user/queue/replies\nsubscription:0\n"
                + "message-id:x\\c1\ncontent-length:13\n\n{\"messages\":1}");

        assertThat(frame.command()).isEqualTo("MESSAGE");
        assertThat(frame.header("subscription")).isEqualTo("0");
        assertThat(frame.header("message-id")).isEqualTo("x:1");
        assertThat(frame.body()).isEqualTo("{\"messages\":1}");
    }

    @Test
    void parsesCrLfLinesAndFramesWithoutBody() {
        StompFrame frame = StompFrame.parse("CONNECTED\r\nversion:1.2\r\nheart-beat:0,0\r\n\r\n");

        assertThat(frame.command()).isEqualTo("CONNECTED");
        assertThat(frame.header("version")).isEqualTo("1.2");
        assertThat(frame.body()).isEmpty();
    }

    @Test
    void drainsWholeFramesFromPartsAndSkipsHeartBeats() {
        var buffer = new StringBuilder("\nCONNECTED\nversion:1.2\n\n\0\n\nMESSAGE\nsubscr");

        List<StompFrame> first = StompFrame.drain(buffer);
        buffer.append("iption:1\n\n{}\0\n");
        List<StompFrame> second = StompFrame.drain(buffer);

        assertThat(first).extracting(StompFrame::command).containsExactly("CONNECTED");
        assertThat(second).extracting(StompFrame::command).containsExactly("MESSAGE");
        assertThat(second.get(0).header("subscription")).isEqualTo("1");
        assertThat(second.get(0).body()).isEqualTo("{}");
        assertThat(buffer).isEmpty();
    }

    @Test
    void roundTripsItsOwnFrames() {
        StompFrame sent = StompFrame.of("SEND", "destination", "/app/chat.send", "x", "line\nbreak\\")
                .withBody("application/json", "{}");

        var buffer = new StringBuilder(sent.encode());

        assertThat(StompFrame.drain(buffer)).containsExactly(sent);
    }
}
