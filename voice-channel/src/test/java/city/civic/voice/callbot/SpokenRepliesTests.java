package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenRepliesTests {

    final SpokenReplies spoken = new SpokenReplies(new VoicePrompts(Language.EN));

    @Test
    void ticketAndPhoneNumbersAreReadDigitByDigitButTimesAndCountsAreNot() {
        assertThat(spoken.forTheEar("Your ticket number is SC-2026-000123."))
                .isEqualTo("Your ticket number is S C, 2 0 2 6, 0 0 0 1 2 3.");
        assertThat(spoken.forTheEar("Call 031-760-2114, or 112 for police and 119 for fire."))
                .isEqualTo("Call 0 3 1, 7 6 0, 2 1 1 4, or 1 1 2 for police and 1 1 9 for fire.");
        assertThat(spoken.forTheEar("Open 09:00 to 18:00, bus 50, about 12 min, 3.5 km."))
                .isEqualTo("Open 09:00 to 18:00, bus 50, about 12 min, 3.5 km.");
    }

    @Test
    void aLongSentenceIsSynthesizedInPhrasesCutAtItsCommas() {
        List<String> phrases = spoken.sentences("Gwangju City Hall is at 50 Haengjeongtown-ro, Songjeong-dong,"
                + " near the City Hall Intersection on Gyeongchung-daero, and the counters are open on weekdays"
                + " from 09:00 to 18:00, closed on weekends. Parking is free.");

        assertThat(phrases).containsExactly(
                "Gwangju City Hall is at 50 Haengjeongtown-ro, Songjeong-dong,",
                "near the City Hall Intersection on Gyeongchung-daero,",
                "and the counters are open on weekdays from 09:00 to 18:00, closed on weekends.",
                "Parking is free.");
        assertThat(phrases).allSatisfy(phrase -> assertThat(phrase.length()).isLessThanOrEqualTo(90));
    }

    @Test
    void linksAreNotReadOut() {
        assertThat(spoken.forTheEar("Apply at https://www.gjcity.go.kr/portal/main.do today."))
                .isEqualTo("Apply at the city website today.");
    }

    @Test
    void repliesBecomeShortSentencesAndQuickRepliesAKeypadMenuWithZeroForACounsellor() {
        Reply reply = new Reply("Please check your report: streetlight out. Where: Central Library.\nShall I file it?",
                "en", "streetlight.report", 0.9, null, null, List.of("Yes, file it", "Change the place", "Cancel"),
                false);

        SpokenPrompt prompt = spoken.render(List.of(reply));

        assertThat(prompt.sentences()).containsExactly(
                "Please check your report: streetlight out.",
                "Where: Central Library.",
                "Shall I file it?",
                "For Yes, file it, press 1.",
                "For Change the place, press 2.",
                "For Cancel, press 3.",
                "To talk to a counsellor, press 0.");
        assertThat(prompt.keys()).containsEntry('1', "Yes, file it").containsEntry('3', "Cancel")
                .containsEntry('0', "I want to talk to a counsellor").hasSize(4);
        assertThat(prompt.reminder()).first().isEqualTo("Shall I file it?");
        assertThat(prompt.after("Sorry, I didn't hear anything.").sentences()).startsWith(
                "Sorry, I didn't hear anything.", "Shall I file it?", "For Yes, file it, press 1.");
        assertThat(prompt.withMenuNote("You can also key it in.").reminder())
                .startsWith("Shall I file it?", "You can also key it in.", "For Yes, file it, press 1.");
        assertThat(prompt.withoutMenu().sentences()).hasSize(3).last().isEqualTo("Shall I file it?");
    }

    @Test
    void aCounsellorChoiceIsKeyZeroNotANumberedOption() {
        Reply reply = new Reply("Hello!", "en", "greeting", 1, null, null,
                List.of("Report a problem", "Talk to a counsellor"), false);

        SpokenPrompt prompt = spoken.render(List.of(reply));

        assertThat(prompt.keys()).containsOnlyKeys('1', '0');
        assertThat(prompt.sentences()).containsExactly("Hello!", "For Report a problem, press 1.",
                "To talk to a counsellor, press 0.");
    }

    @Test
    void theGreetingIsThePhonesOwnShortLineOverTheChatGreetingsKeysWithTheMenuKeptForLater() {
        Reply chat = new Reply("Hello! I am the city's 24-hour assistant. Ask me about city services.", "en",
                "greeting", 1, null, null, List.of("Report a problem", "Check my ticket", "Talk to a counsellor"),
                false);

        SpokenPrompt greeting = spoken.greeting(List.of(chat));

        assertThat(greeting.withoutMenu().sentences()).containsExactly("This is the city's 24-hour line.",
                "Ask a question, report a problem, or press 0 for a counsellor.");
        assertThat(greeting.keys()).containsEntry('1', "Report a problem").containsEntry('2', "Check my ticket")
                .containsKey('0');
        assertThat(greeting.after("Sorry, I didn't hear anything.").sentences()).containsExactly(
                "Sorry, I didn't hear anything.", "Ask a question, report a problem, or press 0 for a counsellor.",
                "For Report a problem, press 1.", "For Check my ticket, press 2.", "To talk to a counsellor, press 0.");
    }

    @Test
    void anAnswerEndsWithAnythingElseAndItsMenuIsSaidOnlyWhenAskedFor() {
        Reply reply = new Reply("City Hall is open on weekdays from 09:00 to 18:00.", "en", "faq", 0.9, null, null,
                List.of("Report a problem", "Talk to a counsellor"), false);

        SpokenPrompt answer = spoken.answer(List.of(reply));

        assertThat(answer.withoutMenu().sentences())
                .containsExactly("City Hall is open on weekdays from 09:00 to 18:00.", "Anything else?");
        assertThat(answer.reminder()).containsExactly("Anything else?", "For Report a problem, press 1.",
                "To talk to a counsellor, press 0.");
        SpokenPrompt help = answer.menu("Say what you need in your own words, or use the keypad.");
        assertThat(help.sentences()).containsExactly("Say what you need in your own words, or use the keypad.",
                "For Report a problem, press 1.", "To talk to a counsellor, press 0.");
        assertThat(help.keys()).isEqualTo(answer.keys());
    }

    @Test
    void koreanCallersHearAKoreanGreetingAndClosingLine() {
        SpokenReplies korean = new SpokenReplies(new VoicePrompts(Language.KO));
        Reply reply = new Reply("시청은 평일 9시부터 18시까지 엽니다.", "ko", "faq", 0.9, null, null, List.of(), false);

        assertThat(korean.greeting(List.of()).withoutMenu().sentences()).first().asString().contains("24시간");
        assertThat(korean.answer(List.of(reply)).withoutMenu().sentences()).last().isEqualTo("더 도와드릴 일이 있을까요?");
    }
}
