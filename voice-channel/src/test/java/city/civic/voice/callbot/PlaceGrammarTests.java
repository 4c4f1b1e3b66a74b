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
        assertThat(grammar.written("city hall intersection")).isEqualTo("City Hall Intersection");
        assertThat(grammar.written("i don't know")).isEqualTo("i don't know");
    }

    @Test
    void mostOfOneNamesFormStandsForItButNotAPartSeveralNamesShare() {
        PlaceGrammar roads = PlaceGrammar.of(List.of("Docheok-ro", "Hoean-daero", "Jungbu-daero"),
                Map.of("docheok", List.of("doe check"), "hoean", List.of("hoe an"), "jungbu", List.of("jung boo"),
                        "daero", List.of("dare oh")), word -> true);

        assertThat(roads.written("check ro")).isEqualTo("Docheok-ro");
        assertThat(roads.written("boo dare oh")).isEqualTo("Jungbu-daero");
        assertThat(roads.written("dare oh")).as("half of a name, and two names end so").isEqualTo("dare oh");
        assertThat(roads.written("ro")).as("one word is too little").isEqualTo("ro");
        assertThat(roads.written("the streetlight is out")).isEqualTo("the streetlight is out");
    }
}
