package city.civic.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.civic.IntegrationTest;
import city.civic.asterisk.AgiClient;
import city.civic.asterisk.AudioSocketCaller;
import city.civic.asterisk.BotSpeech;
import city.civic.dialog.Expectation;
import city.civic.dialog.Channel;
import city.civic.dialog.Conversations;
import city.civic.tickets.Ticket;
import city.civic.tickets.Tickets;
import city.civic.tickets.TicketChannel;
import city.civic.dialog.Transcript;
import city.civic.voice.agi.FastAgiServer;
import city.civic.voice.audiosocket.AudioSocketServer;
import city.civic.voice.callbot.Callbot;
import city.civic.voice.calls.Calls;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.TelephoneVoice;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whole phone calls, driven the way Asterisk drives them: the FastAGI {@code start} step, the caller's
 * audio in real time over AudioSocket (speech in the telephone band, keypad digits, silence), then the
 * {@code route} step. What the bot says is checked by recognizing its audio. Callers speak with two
 * voices: MaryTTS where the words must come through (the small model hears it well), espeak-ng, which
 * the small model hears poorly (about half the words wrong), where a rough caller is the point.
 */
@IntegrationTest
class PhoneCallIntegrationTests {

    static final Duration TURN = Duration.ofSeconds(40);
    static final Duration PAUSE = Duration.ofMillis(1200);
    /** Silence that ends a whole answer: longer than a slow sentence's synthesis, shorter than a reprompt's wait. */
    static final Duration ANSWERED = Duration.ofSeconds(3);

    @Autowired
    FastAgiServer agi;

    @Autowired
    AudioSocketServer audioSocket;

    @Autowired
    SpeechRecognizer ears;

    @Autowired
    Conversations conversations;

    @Autowired
    Tickets tickets;

    @Autowired
    Calls calls;

    @Autowired
    Callbot callbot;

    @Autowired
    TelephoneVoice voice;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    AudioSocketCaller line;

    @AfterEach
    void hangUp() {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void aCallerAsksAQuestionOverTheGreetingAndHearsTheAnswer() throws Exception {
        Call call = dial();
        BotSpeech greetingStart = line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        assertThat(greetingStart.isEmpty()).as("the bot greets").isFalse();
        Thread.sleep(1500);

        short[] question = mary("What time does city hall open?");
        long speechStarts = System.nanoTime() + leadingSilenceNanos(question);
        long said = line.sayAndWait(question);
        long greetingEnded = line.audioSince(0).stream().filter(f -> f.at() < said).mapToLong(f -> f.at()).max()
                .orElseThrow();
        // the decision needs a few hundred ms of speech; the output then stops within a frame
        assertThat((greetingEnded - speechStarts) / 1_000_000).as("ms from the caller talking to the greeting stopping")
                .isLessThan(700);

        BotSpeech answer = line.awaitBotSpeech(said, ANSWERED, TURN);
        assertThat(heard(answer)).containsAnyOf("weekday", "nine", "city hall", "open");
        assertThat(heard(answer)).as("one short line instead of the menu").contains("anything else")
                .doesNotContain("press one");
        Transcript transcript = conversations.transcript(call.conversationId()).orElseThrow();
        Transcript.Entry asked = transcript.messages().stream().filter(m -> m.role().equals("citizen")).findFirst()
                .orElseThrow();
        assertThat(asked.text()).contains("city hall");
        assertThat(asked.asrConfidence()).isBetween(0.3, 1.0);
        assertThat(transcript.channel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void theGreetingLastsAtMostEightSecondsAndTheMenuComesWhenTheCallerAsksForHelp() throws Exception {
        dial();
        BotSpeech greeting = line.awaitBotSpeech(0, PAUSE, TURN);
        System.out.printf(java.util.Locale.ROOT, "greeting at the caller's side: %.2f s of audio, %.2f s from first"
                + " to last frame%n", greeting.seconds(), (greeting.lastAt() - greeting.firstAt()) / 1e9);
        // its last clause ("or press 0 for a counsellor"; Vosk hears "counsellor" variously)
        assertThat(heard(greeting)).as("the whole greeting, without the menu").contains("press zero")
                .doesNotContain("press one");
        assertThat(greeting.seconds()).isLessThanOrEqualTo(8.0);

        long asked = line.sayAndWait(mary("What are my options?")); // a lone "Help." was once heard as "hello"
        BotSpeech menu = line.awaitBotSpeech(asked, PAUSE, TURN);

        assertThat(heard(menu)).contains("press one").contains("press zero");
    }

    @Test
    void aShortQuestionSaidOverTheGreetingGetsATurn() throws Exception {
        Call call = dial();
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN); // the greeting has started
        line.sayAndWait(mary("City hall hours?"));

        await().atMost(TURN).until(() -> citizenTurns(call).size() == 1);
        long turnTaken = System.nanoTime();
        assertThat(citizenTurns(call).get(0).text()).contains("city hall");
        BotSpeech answer = line.awaitBotSpeech(turnTaken, ANSWERED, TURN);
        assertThat(heard(answer)).contains("anything else");
    }

    @Test
    void aCallerReportsAStreetlightByVoiceAndKeypadAndHearsTheTicketNumber() throws Exception {
        Call call = dial();

        Reported report = reportAStreetlight(call, "Next to the central library.");

        assertThat(report.ticket().channel()).isEqualTo(TicketChannel.PHONE);
        assertThat(report.ticket().intent()).isEqualTo("streetlight.report");
        assertThat(report.ticket().placeId()).isEqualTo("gwangju-central-library");
        String digits = report.ticket().id().replaceAll("\\D", "");
        // "two" before "You can ask..." is heard as "to": the digit is what the bot said, not a word
        assertThat(heard(report.filed()).replaceAll("\\b(?:to|too)\\b", "two")).contains("ticket")
                .contains(spokenDigits(digits.substring(digits.length() - 3)));
    }

    @Test
    void aRoadNamedByVoiceIsWhereTheReportIsFiled() throws Exception {
        Call call = dial();

        Reported report = reportAStreetlight(call, "Docheok-ro.");

        assertThat(report.ticket().placeId()).isEqualTo("docheok-ro");
    }

    record Reported(Ticket ticket, BotSpeech filed) {
    }

    /** Report a problem (1), Streetlight out (3), then the questions answered by voice and keypad. */
    private Reported reportAStreetlight(Call call, String place) throws Exception {
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        line.press('1'); // "For Report a problem, press 1" (pressing during the greeting interrupts it)
        long since = System.nanoTime();
        BotSpeech choose = line.awaitBotSpeech(since, PAUSE, TURN);
        line.press('3'); // Streetlight out
        since = System.nanoTime();
        assertThat(heard(choose)).contains("report");

        BotSpeech last = null;
        for (int turn = 0; turn < 8; turn++) {
            last = line.awaitBotSpeech(since, PAUSE, TURN);
            if (findTicket(call).isPresent()) {
                break;
            }
            since = switch (expected(call)) {
                case Expectation.TEXT -> line.sayAndWait(CallerVoice.espeak("The street light is dark all night."));
                case Expectation.PLACE -> line.sayAndWait(mary(place));
                case Expectation.TIME -> press('1'); // Just now
                case Expectation.CONTACT -> press('1'); // Skip (a single key, not a number)
                case Expectation.CONFIRM -> line.sayAndWait(CallerVoice.espeak("Yes."));
                default -> throw new AssertionError("unexpected question: " + heard(last));
            };
        }
        BotSpeech filed = last;
        Ticket ticket = findTicket(call).orElseThrow(() -> new AssertionError("no ticket; last heard: " + heard(filed)));
        return new Reported(ticket, filed);
    }

    /** What the bot's last question awaits, as the engine said in its reply; "none" for nothing in particular. */
    private String expected(Call call) {
        var messages = conversations.transcript(call.conversationId()).orElseThrow().messages();
        var last = messages.get(messages.size() - 1).reply();
        return last == null || last.expects() == null ? "none" : last.expects().kind();
    }

    @Test
    void aSilentCallerIsRepromptedThenTransferredWithContext() throws Exception {
        Call call = dial();
        BotSpeech greeting = line.awaitBotSpeech(0, PAUSE, TURN);
        BotSpeech reprompt = line.awaitBotSpeech(greeting.lastAt(), PAUSE, TURN);
        assertThat(heard(reprompt)).as("a silent caller hears the menu").contains("didn't hear")
                .contains("press one");
        BotSpeech transfer = line.awaitBotSpeech(reprompt.lastAt(), PAUSE, TURN);
        assertThat(heard(transfer)).contains("counselor");

        assertThat(line.awaitEnd(Duration.ofSeconds(10))).isTrue();
        assertThat(line.hungUpByBot()).as("the hangup message lets the dialplan continue").isTrue();
        Map<String, String> route = call.agi().route();
        assertThat(route).containsEntry("CIVIC_ROUTE", "queue").containsEntry("CIVIC_QUEUE", "counsellors")
                .containsEntry("CIVIC_TRANSCRIPT", call.conversationId());
    }

    @Test
    void pressingZeroReachesACounsellorWithTheTranscript() throws Exception {
        Call call = dial();
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        line.press('0');
        long pressed = System.nanoTime();

        BotSpeech transfer = line.awaitBotSpeech(pressed, PAUSE, TURN);
        assertThat(heard(transfer)).contains("counselor");
        assertThat(line.awaitEnd(Duration.ofSeconds(30))).isTrue();
        Map<String, String> route = call.agi().route();
        assertThat(route).containsEntry("CIVIC_ROUTE", "queue").containsEntry("CIVIC_TRANSCRIPT", call.conversationId());
        assertThat(route.get("CIVIC_SUMMARY")).contains("counsellor");
        assertThat(conversations.transcript(call.conversationId()).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.reply() != null && m.reply().handoff()).isTrue());
        var official = city.civic.security.StaffApi.admin(port).get("/admin/api/transcripts/" + call.conversationId());
        assertThat(official.status()).isEqualTo(200);
        assertThat(official.body().get("channel").asString()).isEqualTo("PHONE");
        assertThat(official.raw().body()).doesNotContain("031-760-2114").contains("[redacted]");
    }

    @Test
    void anEmergencyIsAnsweredWithTheEmergencyNumbersAndTransferred() throws Exception {
        Call call = dial();
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        long said = line.sayAndWait(mary("Help, there is a fire and a man is hurt."));

        BotSpeech answer = line.awaitBotSpeech(said, PAUSE, TURN);
        assertThat(heard(answer)).contains("police").contains("one one nine");
        assertThat(line.awaitEnd(Duration.ofSeconds(30))).isTrue();
        assertThat(call.agi().route()).containsEntry("CIVIC_ROUTE", "queue").containsEntry("CIVIC_CATEGORY", "emergency");
    }

    @Test
    void aCallerHangingUpMidSentenceEndsOnlyThatCall() throws Exception {
        Call first = dial();
        AudioSocketCaller firstLine = line;
        firstLine.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        Call second = dial();
        AudioSocketCaller secondLine = line;

        firstLine.close();
        BotSpeech greeting = secondLine.awaitBotSpeech(0, Duration.ofMillis(1), TURN);

        assertThat(greeting.isEmpty()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> callbot.activeCalls() == 1);
        assertThat(calls.find(first.botUuid())).isPresent(); // nobody routed it: Asterisk lost the caller
        assertThat(calls.find(second.botUuid())).isPresent();
    }

    @Test
    void garbageOrARateSwitchEndsTheLegAndTheCallerGoesToACounsellor() throws Exception {
        Call broken = dial();
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        line.sendAudioFrameAt(16000);
        assertThat(line.awaitEnd(Duration.ofSeconds(10))).isTrue();
        assertThat(broken.agi().route()).containsEntry("CIVIC_ROUTE", "queue");

        Call garbage = dial();
        line.awaitBotSpeech(0, Duration.ofMillis(1), TURN);
        line.sendRaw(new byte[] {0x7f, 0x00, 0x05, 1, 2, 3, 4, 5}); // an unknown kind
        assertThat(line.awaitEnd(Duration.ofSeconds(10))).isTrue();
        assertThat(garbage.agi().route()).containsEntry("CIVIC_ROUTE", "queue");
    }

    @Test
    void anUnknownUuidIsRefusedWithTheHangupMessage() throws Exception {
        line = AudioSocketCaller.dial(audioSocket.port(), java.util.UUID.randomUUID().toString(), 8000);

        assertThat(line.awaitEnd(Duration.ofSeconds(5))).isTrue();
        assertThat(line.hungUpByBot()).isTrue();
        assertThat(line.audioSince(0)).isEmpty();
    }

    record Call(AgiClient agi, String botUuid, String conversationId) {
    }

    private Call dial() throws Exception {
        AgiClient agiClient = new AgiClient(agi.port(), "01012345678");
        String botUuid = agiClient.start();
        assertThat(botUuid).isNotBlank();
        line = AudioSocketCaller.dial(audioSocket.port(), botUuid, 8000);
        return new Call(agiClient, botUuid, calls.find(botUuid).orElseThrow().conversationId());
    }

    private short[] mary(String text) {
        return voice.speak(text, 8000);
    }

    /** Where the clip's speech starts: its first sample above a whisper. */
    private static long leadingSilenceNanos(short[] clip) {
        int first = 0;
        while (first < clip.length && Math.abs(clip[first]) < 1000) {
            first++;
        }
        return first * 1_000_000_000L / 8000;
    }

    private long press(char digit) {
        line.press(digit);
        return System.nanoTime();
    }

    private String heard(BotSpeech speech) {
        if (speech == null || speech.isEmpty()) {
            return "";
        }
        return ears.recognize(new HalfBandUpsampler().process(speech.samples())).text();
    }

    private List<Transcript.Entry> citizenTurns(Call call) {
        return conversations.transcript(call.conversationId()).orElseThrow().messages().stream()
                .filter(m -> m.role().equals("citizen")).toList();
    }

    private java.util.Optional<Ticket> findTicket(Call call) {
        return tickets.recent(50).stream().filter(t -> call.conversationId().equals(t.conversationId())).findFirst();
    }

    private static String spokenDigits(String digits) {
        List<String> names = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
        return String.join(" ", digits.chars().mapToObj(c -> names.get(c - '0')).toList());
    }
}
