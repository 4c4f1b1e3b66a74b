package city.civic.voice.callbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceGrammarTests {

    static final Set<String> VOCABULARY = Set.of("doe", "chuck", "row", "ro", "city", "hall", "intersection",
            "national", "route", "three", "gyeong", "junction");

    final PlaceGrammar grammar = PlaceGrammar.of(
            List.of("Docheok-ro", "City Hall Intersection", "Gyeongchung-daero (National Route 3)", "Bunwon Junction"),
            Map.of("docheok", List.of("doe chuck")), VOCABULARY::contains);

    @Test
    void namesAreSaidThroughTheirRespellingsAndDigitsAsWords() {
        assertThat(grammar.phrases()).contains("doe chuck ro", "city hall intersection", "national route three")
                .containsAll(PlaceGrammar.DONT_KNOW);
    }

    @Test
    void aNameWithAWordTheModelLacksIsLeftOutRatherThanHeardWithoutIt() {
        assertThat(grammar.phrases()).noneMatch(phrase -> phrase.contains("junction") || phrase.contains("daero"));
    }

    @Test
    void whatWasHeardGoesBackToTheWrittenName() {
        assertThat(grammar.written("doe chuck ro")).isEqualTo("Docheok-ro");
        assertThat(grammar.written("near national route three please")).isEqualTo("near National Route 3 please");
        assertThat(grammar.written("city hall intersection")).isEqualTo("city hall intersection");
        assertThat(grammar.written("i don't know")).isEqualTo("i don't know");
    }
}
