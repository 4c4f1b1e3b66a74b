package city.civic.voice.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.asterisk.AgiClient;
import city.civic.dialog.Channel;
import city.civic.dialog.Language;
import city.civic.voice.calls.CallLine;
import city.civic.voice.calls.CallOutcome;
import city.civic.voice.calls.InMemoryCalls;
import city.civic.voice.net.PeerAddresses;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asteriskjava.fastagi.internal.AgiConnectionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two FastAGI steps over a real loopback socket, driven by a peer that speaks what Asterisk speaks. */
class FastAgiServerIntegrationTests {

    final FakeConversations conversations = new FakeConversations();
    static final String ENGLISH_ONLY_START = "start-en";

    final InMemoryCalls calls = new InMemoryCalls(Clock.systemUTC(), Duration.ofHours(1));
    FastAgiServer server;
    int port;

    @BeforeEach
    void start() throws IOException {
        port = freePort();
        FastAgiProperties properties = new FastAgiProperties(true, "127.0.0.1", port, 2, 4, Duration.ofSeconds(1),
                8192, "ko", "counsellors");
        server = new FastAgiServer(properties, PeerAddresses.parse("test", List.of("127.0.0.1/8")), Map.of(
                StartCallScript.NAME, new StartCallScript(conversations, calls, Language.KO,
                        Set.of(Language.KO, Language.EN)),
                ENGLISH_ONLY_START, new StartCallScript(conversations, calls, Language.EN, Set.of(Language.EN)),
                RouteCallScript.NAME, new RouteCallScript(calls, "counsellors")));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void startOpensThePhoneConversationAndSetsBotUuid() throws IOException {
        AgiClient asterisk = new AgiClient(port);

        List<String> commands = asterisk.run("start", "en");

        assertThat(conversations.started).singleElement()
                .satisfies(started -> {
                    assertThat(started.channel()).isEqualTo(Channel.PHONE);
                    assertThat(started.language()).isEqualTo(Language.EN);
                });
        String botUuid = asterisk.variables().get("BOT_UUID");
        assertThat(botUuid).matches("[0-9a-f-]{36}");
        assertThat(calls.find(botUuid)).hasValueSatisfying(call -> {
            assertThat(call.conversationId()).isEqualTo("conv-1");
            assertThat(call.line()).isEqualTo(new CallLine("01012345678", asterisk.uniqueId(),
                    asterisk.channel(), "0317602114"));
            assertThat(call.greeting()).hasSize(1);
        });
        assertThat(commands).first().asString().startsWith("SET VARIABLE \"BOT_UUID\"");
        assertThat(asterisk.variables()).containsEntry("AJ_AGISTATUS", "SUCCESS");
    }

    @Test
    void startTakesTheLanguageFromCivicLangAndElseTheDefault() throws IOException {
        new AgiClient(port).variable("CIVIC_LANG", "en").run("start");
        new AgiClient(port).run("start");
        new AgiClient(port).run("start", "fr");

        assertThat(conversations.started).extracting(FakeConversations.Started::language)
                .containsExactly(Language.EN, Language.KO, Language.KO);
    }

    @Test
    void aLanguageTheSpeechModelsCannotSpeakGetsTheDefault() throws IOException {
        new AgiClient(port).run(ENGLISH_ONLY_START, "ko");
        new AgiClient(port).variable("CIVIC_LANG", "ko").run(ENGLISH_ONLY_START);

        assertThat(conversations.started).extracting(FakeConversations.Started::language)
                .containsExactly(Language.EN, Language.EN);
    }

    @Test
    void routeAfterAHandoffSetsTheQueueAndItsContext() throws IOException {
        String botUuid = openCall();
        calls.decide(botUuid, CallOutcome.queue("signals", "SC-2026-000123", "signal_fault",
                "Lights dark at City Hall, \"urgent\"; caller waiting, 신호등", "conv-1"));
        AgiClient asterisk = new AgiClient(port).variable("BOT_UUID", botUuid);

        asterisk.run("route");

        assertThat(asterisk.variables())
                .containsEntry("CIVIC_ROUTE", "queue")
                .containsEntry("CIVIC_QUEUE", "signals")
                .containsEntry("CIVIC_TICKET", "SC-2026-000123")
                .containsEntry("CIVIC_CATEGORY", "signal_fault")
                .containsEntry("CIVIC_SUMMARY", "Lights%20dark%20at%20City%20Hall%2C%20%22urgent%22%3B%20caller"
                        + "%20waiting%2C%20%EC%8B%A0%ED%98%B8%EB%93%B1")
                .containsEntry("CIVIC_TRANSCRIPT", "conv-1")
                .containsEntry("AJ_AGISTATUS", "SUCCESS");
        assertThat(calls.find(botUuid)).isEmpty();
    }

    @Test
    void routeAfterAFinishedCallHangsUp() throws IOException {
        String botUuid = openCall();
        calls.decide(botUuid, CallOutcome.hangup("conv-1"));
        AgiClient asterisk = new AgiClient(port);

        asterisk.run("route?uuid=" + botUuid);

        assertThat(asterisk.variables()).containsEntry("CIVIC_ROUTE", "hangup")
                .containsEntry("CIVIC_TRANSCRIPT", "conv-1")
                .doesNotContainKey("CIVIC_QUEUE");
    }

    @Test
    void routeOfAnUnknownCallOrOneWithoutOutcomeQueuesTheCaller() throws IOException {
        AgiClient unknown = new AgiClient(port).variable("BOT_UUID", "not-a-call");
        unknown.run("route");
        AgiClient none = new AgiClient(port);
        none.run("route");
        AgiClient undecided = new AgiClient(port).variable("BOT_UUID", openCall());
        undecided.run("route");

        for (AgiClient asterisk : List.of(unknown, none, undecided)) {
            assertThat(asterisk.variables()).containsEntry("CIVIC_ROUTE", "queue")
                    .containsEntry("CIVIC_QUEUE", "counsellors")
                    .containsEntry("CIVIC_TICKET", "");
        }
        assertThat(undecided.variables()).containsEntry("CIVIC_TRANSCRIPT", "conv-1");
    }

    @Test
    void aCallerHangingUpDuringStartLeavesNoCallBehind() throws IOException {
        AgiClient asterisk = new AgiClient(port).hangUpBefore("SET VARIABLE \"BOT_UUID\"");

        List<String> commands = asterisk.run("start", "ko");

        assertThat(conversations.started).hasSize(1);
        assertThat(calls.size()).isZero();
        assertThat(commands).anyMatch(command -> command.startsWith("SET VARIABLE \"AJ_AGISTATUS\" \"FAILED\""));
        assertServerIdleAndStillServing();
    }

    @Test
    void aCallerHangingUpDuringRouteStillClosesTheCall() throws IOException {
        String botUuid = openCall();
        AgiClient asterisk = new AgiClient(port).variable("BOT_UUID", botUuid)
                .hangUpBefore("SET VARIABLE \"CIVIC_ROUTE\"");

        asterisk.run("route");

        assertThat(calls.size()).isZero();
        assertServerIdleAndStillServing();
    }

    @Test
    void malformedOrUnknownRequestsAreAnsweredAndForgotten() throws IOException {
        AgiClient garbage = new AgiClient(port);
        garbage.run(List.of("this is not agi", "agi_network_script", ": :", "agi_arg_x: 1"));
        AgiClient unknownScript = new AgiClient(port);
        unknownScript.run("transfer");

        // No script name at all makes Asterisk-Java's request parsing fail: the status says so.
        assertThat(garbage.variables()).containsEntry("AJ_AGISTATUS", "FAILED").doesNotContainKey("BOT_UUID");
        assertThat(unknownScript.variables()).containsEntry("AJ_AGISTATUS", "NOT_FOUND");
        assertThat(conversations.started).isEmpty();
        assertServerIdleAndStillServing();
    }

    @Test
    void peersThatStallOrVanishMidEnvironmentDoNotHoldAThread() throws IOException {
        try (Socket stalled = connect(); Socket vanished = connect()) {
            write(stalled, "agi_network: yes\nagi_network_script: start\n");
            write(vanished, "agi_network: yes\nagi_netw");
            vanished.close();
            // The stalled peer never ends its environment: the read timeout (1 s here) frees its thread.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(stalled.getInputStream().read())
                    .isEqualTo(-1));
        }
        assertServerIdleAndStillServing();
        assertThat(calls.size()).isZero();
    }

    private String openCall() throws IOException {
        AgiClient asterisk = new AgiClient(port);
        asterisk.run("start");
        return asterisk.variables().get("BOT_UUID");
    }

    private void assertServerIdleAndStillServing() throws IOException {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(server.activeScripts()).isZero();
            assertThat(AgiConnectionHandler.AGI_CONNECTION_HANDLERS).isEmpty();
        });
        AgiClient next = new AgiClient(port);
        next.run("route");
        assertThat(next.variables()).containsEntry("CIVIC_ROUTE", "queue");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
