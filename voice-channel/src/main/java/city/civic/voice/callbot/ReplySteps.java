package city.civic.voice.callbot;

import city.civic.dialog.Expectation;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a call says and does with the engine's replies: hand over (a hand-off, or an emergency after its advice),
 * say goodbye and hang up, ask (with the menu and, for a number, the keypad hint; listening for what the
 * question awaits), or answer (closed with "Anything else?", the menu kept for when it is needed).
 */
final class ReplySteps {

    private static final Logger log = LoggerFactory.getLogger(ReplySteps.class);

    /** What the turn loop does next. */
    sealed interface Step {
        SpokenPrompt prompt();
    }

    record Transfer(SpokenPrompt prompt) implements Step {
    }

    record HangUp(SpokenPrompt prompt) implements Step {
    }

    /**
     * @param prompt what to say and, when it has keys, the menu now on offer
     * @param menuLater an answer: its menu is on offer but not said until needed
     */
    record Listen(SpokenPrompt prompt, boolean menuLater, Listening listening) implements Step {
    }

    private final SpokenReplies spoken;
    private final VoicePrompts prompts;
    private final Language language;
    private final Supplier<PlaceGrammar> places;

    ReplySteps(Language language, Supplier<PlaceGrammar> places) {
        this.prompts = new VoicePrompts(language);
        this.spoken = new SpokenReplies(prompts);
        this.language = language;
        this.places = places;
    }

    /** The phone's own greeting over the keys of the engine's; said without its menu at first. */
    SpokenPrompt greeting(List<Reply> engineGreeting) {
        return spoken.greeting(engineGreeting);
    }

    /** What a caller who asks for help hears: the current menu. */
    SpokenPrompt help(CallState state) {
        return state.current().menu(prompts.text("help.intro"));
    }

    SpokenPrompt invalidKey(CallState state, char digit) {
        return state.current().after(prompts.text("keys.invalid", String.valueOf(digit)));
    }

    /** @param state the call once the replies are taken in ({@link CallState#answered}) */
    Step after(List<Reply> replies, CallState state) {
        Step step = decide(replies, state);
        log.info("voice.turn intent={} expects={} step={} ticket={}", replies.get(replies.size() - 1).intent(),
                state.expects() == null ? null : state.expects().kind(), step.getClass().getSimpleName(),
                state.ticketId());
        return step;
    }

    private Step decide(List<Reply> replies, CallState state) {
        SpokenPrompt prompt = spoken.render(replies);
        if (replies.stream().anyMatch(Reply::handoff)) {
            return new Transfer(prompt.withoutMenu());
        }
        if (replies.stream().anyMatch(Reply::urgent)) {
            List<String> sentences = new ArrayList<>(prompt.withoutMenu().sentences());
            sentences.add(prompts.text("transfer.emergency"));
            return new Transfer(SpokenPrompt.saying(sentences));
        }
        if (replies.get(replies.size() - 1).closesConversation()) {
            return new HangUp(prompt.withoutMenu());
        }
        Listening listening = Listening.forQuestion(state.expects(), language, places);
        if (state.expects() == null && !endsOnAQuestion(replies)) {
            return new Listen(spoken.answer(replies), true, listening);
        }
        return new Listen(withKeypadHint(prompt, state), false, listening);
    }

    /**
     * The engine's answer to a silence or unclear speech: a hand-off, or its words followed by the question
     * and the menu the caller did not answer.
     */
    Step afterUnheard(List<Reply> replies, CallState state) {
        SpokenPrompt said = spoken.render(replies).withoutMenu();
        if (replies.stream().anyMatch(Reply::handoff)) {
            return new Transfer(said);
        }
        return new Listen(state.current().after(said.sentences()), false,
                Listening.forQuestion(state.expects(), language, places));
    }

    /** A reply that ends on a question offers its choices: the menu goes with it. */
    private static boolean endsOnAQuestion(List<Reply> replies) {
        return replies.get(replies.size() - 1).text().strip().endsWith("?");
    }

    private SpokenPrompt withKeypadHint(SpokenPrompt prompt, CallState state) {
        if (!state.collectingNumber()) {
            return prompt;
        }
        return prompt.withMenuNote(prompts.text(state.awaits(Expectation.TICKET) ? "keys.ticket" : "keys.contact"));
    }
}
