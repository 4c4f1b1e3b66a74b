package city.civic.voice.callbot;

import city.civic.dialog.Expectation;
import city.civic.dialog.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Prompts, replies and settings the callbot's unit tests share. */
final class CallFixtures {

    static final CallbotProperties SETTINGS = new CallbotProperties("counsellors", Duration.ofSeconds(30),
            Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofMillis(1300), Duration.ofSeconds(15),
            Duration.ofMillis(300), Duration.ofMillis(200), 0.35, Duration.ofSeconds(3), -45, 12);

    /** "What would you like to do?" with two choices and a counsellor on 0. */
    static final SpokenPrompt MENU = new SpokenPrompt(
            List.of("Hello.", "What would you like to do?", "For Skip, press 1.", "For Report a problem, press 2.",
                    "To talk to a counsellor, press 0."),
            2, Map.of('1', "Skip", '2', "Report a problem", '0', "I want to talk to a counsellor"));

    private CallFixtures() {
    }

    static VoiceMetrics metrics() {
        return new VoiceMetrics(new SimpleMeterRegistry(), () -> 0);
    }

    static CallState awaiting(String kind, String... choices) {
        return new CallState(MENU, kind == null ? null : new Expectation(kind, kind, List.of(choices)), null, null,
                List.of());
    }

    static Reply reply(String text, String intent) {
        return new Reply(text, "en", intent, 1, null, null, List.of(), false);
    }

    static Reply handoff(String text) {
        return new Reply(text, "en", "agent.request", 1, null, null, List.of(), true);
    }

    static Reply asking(String text, String kind, List<String> choices) {
        return new Reply(text, "en", "report", 1, null, null, choices, false).withExpects(
                new Expectation(kind, kind, choices));
    }
}
