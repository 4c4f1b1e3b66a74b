package city.civic.voice.callbot;

import city.civic.dialog.Reply;
import city.civic.dialog.TicketNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the dialog engine's replies for a telephone: short sentences, links left out, ticket and phone
 * numbers read digit by digit, and the quick replies (buttons in the chat) turned into a keypad menu.
 */
final class SpokenReplies {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** Phone numbers (031-760-2114), the emergency and help lines, and any long digit run. */
    private static final Pattern DIGIT_BY_DIGIT = Pattern.compile(
            "(?<!\\d|\\d[.:,])(?:0\\d{1,2}-\\d{3,4}-\\d{4}|1[123]\\d|1330|\\d{5,})(?!\\d|[.:,]\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+|\\s*\\n+\\s*");
    private static final Pattern AGENT_CHOICE = Pattern.compile("(?i)counsel+or|agent|operator|human|상담");
    private static final int MAX_MENU = 9;
    /** Commas and semicolons outside numbers ("1,000" stays whole); the mark stays with its phrase. */
    private static final Pattern PHRASE_END = Pattern.compile("(?<=[,;])(?!\\d)\\s+");
    private static final int LONGEST_PHRASE = 90;
    private static final int SHORTEST_PHRASE = 30;

    private final VoicePrompts prompts;

    SpokenReplies(VoicePrompts prompts) {
        this.prompts = prompts;
    }

    /** The menu takes the last reply's quick replies: those are the choices on offer now. */
    SpokenPrompt render(List<Reply> replies) {
        List<String> sentences = new ArrayList<>();
        for (Reply reply : replies) {
            sentences.addAll(sentences(reply.text()));
        }
        int menuFrom = sentences.size();
        List<String> choices = replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).quickReplies();
        Map<Character, String> keys = new LinkedHashMap<>();
        int digit = 1;
        for (String choice : choices) {
            if (AGENT_CHOICE.matcher(choice).find()) {
                continue;
            }
            if (digit > MAX_MENU) {
                break;
            }
            char key = (char) ('0' + digit++);
            keys.put(key, choice);
            sentences.add(prompts.text("menu.option", forTheEar(choice), key));
        }
        sentences.add(prompts.text("menu.agent"));
        keys.put('0', prompts.text("agent.text"));
        return new SpokenPrompt(sentences, menuFrom, keys);
    }

    /**
     * The phone's own short greeting (the chat's is too long to hear) over the keys of the chat's
     * greeting: its menu is said only when the caller needs it.
     */
    SpokenPrompt greeting(List<Reply> chatGreeting) {
        return render(chatGreeting).withBody(sentences(prompts.text("greeting")));
    }

    /** An answer closed with "Anything else?" in place of the menu, which waits until it is needed. */
    SpokenPrompt answer(List<Reply> replies) {
        return render(replies).closedWith(prompts.text("anything-else"));
    }

    List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(forTheEar(text))) {
            String trimmed = sentence.replaceAll("^[-•*·\\s]+", "").strip();
            if (!trimmed.isEmpty()) {
                sentences.addAll(phrases(trimmed));
            }
        }
        return sentences;
    }

    /**
     * A long sentence cut at its commas into phrases of a speakable length: the first audio of a reply
     * waits for the synthesis of its first piece only, and a long sentence takes a second or more.
     */
    static List<String> phrases(String sentence) {
        if (sentence.length() <= LONGEST_PHRASE) {
            return List.of(sentence);
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        for (String part : PHRASE_END.split(sentence)) {
            if (phrase.length() >= SHORTEST_PHRASE && phrase.length() + part.length() > LONGEST_PHRASE) {
                phrases.add(phrase.toString().strip());
                phrase.setLength(0);
            }
            phrase.append(phrase.length() == 0 ? "" : " ").append(part);
        }
        if (phrase.length() > 0) {
            phrases.add(phrase.toString().strip());
        }
        return phrases;
    }

    String forTheEar(String text) {
        String spoken = URL.matcher(text).replaceAll(prompts.text("link"));
        Matcher ticket = TicketNumbers.WRITTEN.matcher(spoken);
        String prefix = TicketNumbers.spokenPrefix().toUpperCase(Locale.ROOT);
        spoken = ticket.replaceAll(m -> Matcher.quoteReplacement(
                prefix + ", " + spaced(m.group(1)) + ", " + spaced(m.group(2))));
        return DIGIT_BY_DIGIT.matcher(spoken).replaceAll(m -> Matcher.quoteReplacement(
                String.join(", ", List.of(m.group().split("-")).stream().map(SpokenReplies::spaced).toList())));
    }

    private static String spaced(String digits) {
        return String.join(" ", digits.split(""));
    }
}
