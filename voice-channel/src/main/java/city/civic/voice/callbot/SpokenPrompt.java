package city.civic.voice.callbot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replies made ready for the ear.
 *
 * @param sentences short sentences to synthesize one by one: what the replies say, then the menu
 * @param menuFrom where the menu (and any keypad hint) starts in {@code sentences}
 * @param keys what each keypad digit says on the caller's behalf ({@code '0'} asks for a counsellor)
 */
record SpokenPrompt(List<String> sentences, int menuFrom, Map<Character, String> keys) {

    SpokenPrompt {
        sentences = List.copyOf(sentences);
        keys = Map.copyOf(keys);
    }

    /** Sentences said on their own, with no menu and no keys. */
    static SpokenPrompt saying(List<String> sentences) {
        return new SpokenPrompt(sentences, sentences.size(), Map.of());
    }

    /** The question (the last sentence before the menu) and the menu: what a reprompt repeats. */
    List<String> reminder() {
        return sentences.subList(Math.max(0, menuFrom - 1), sentences.size());
    }

    /** This prompt after {@code first}, keeping its menu and keys. */
    SpokenPrompt after(String first) {
        return after(List.of(first));
    }

    /** The question and the menu again after these sentences, keeping the keys. */
    SpokenPrompt after(List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(reminder());
        return new SpokenPrompt(all, all.size() - (sentences.size() - menuFrom), keys);
    }

    /** A sentence added at the start of the menu part (a keypad hint). */
    SpokenPrompt withMenuNote(String note) {
        List<String> all = new ArrayList<>(sentences);
        all.add(menuFrom, note);
        return new SpokenPrompt(all, menuFrom, keys);
    }

    SpokenPrompt withoutMenu() {
        return saying(sentences.subList(0, menuFrom));
    }

    /** The menu alone, with its keys: what a caller who asks for help hears. */
    SpokenPrompt menu(String intro) {
        List<String> all = new ArrayList<>();
        all.add(intro);
        all.addAll(sentences.subList(menuFrom, sentences.size()));
        return new SpokenPrompt(all, 1, keys);
    }

    /** Other words before the same menu and keys. */
    SpokenPrompt withBody(List<String> body) {
        List<String> all = new ArrayList<>(body);
        all.addAll(sentences.subList(menuFrom, sentences.size()));
        return new SpokenPrompt(all, body.size(), keys);
    }

    /** A last line after the words, before the menu: it becomes the question a reprompt repeats. */
    SpokenPrompt closedWith(String line) {
        List<String> all = new ArrayList<>(sentences.subList(0, menuFrom));
        all.add(line);
        all.addAll(sentences.subList(menuFrom, sentences.size()));
        return new SpokenPrompt(all, menuFrom + 1, keys);
    }
}
