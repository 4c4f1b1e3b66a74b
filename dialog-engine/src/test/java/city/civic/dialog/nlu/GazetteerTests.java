package city.civic.dialog.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.dialog.Language;
import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    static Place place(String id, String kind, String en, String ko, List<String> aliasesEn, List<String> aliasesKo) {
        return new Place(id, kind, "gyeongan-dong", new LocalizedText(en, ko),
                new Place.Aliases(aliasesEn, aliasesKo), 37.41, 127.25, null, null, null, null, null, null, null, null);
    }

    final Gazetteer gazetteer = new Gazetteer(List.of(
            new Place("gyeongan-dong", "district", null, new LocalizedText("Gyeongan-dong", "경안동"),
                    new Place.Aliases(List.of("Kyungan-dong"), List.of("경안")), 37.41, 127.25,
                    null, null, null, null, null, null, null, null),
            place("city-hall-intersection", "intersection", "City Hall Intersection", "시청사거리",
                    List.of("city hall crossroads"), List.of("시청 사거리", "시청앞사거리")),
            place("gwangju-city-hall", "landmark", "Gwangju City Hall", "광주시청", List.of("City Hall"), List.of("시청")),
            place("gyeongan-market", "landmark", "Gyeongan Market", "경안시장", List.of("Gyeongan traditional market"),
                    List.of("경안 전통시장"))));

    @Test
    void findsTheLongestSpecificPlaceNotItsParts() {
        List<PlaceMention> found = gazetteer.find("The light at the City Hall Intersection is dark");

        assertThat(found).extracting(m -> m.place().id()).containsExactly("city-hall-intersection");
    }

    @Test
    void toleratesSpacingHyphensCaseAndKoreanParticles() {
        assertThat(gazetteer.find("near gyeongan dong")).extracting(m -> m.place().id()).contains("gyeongan-dong");
        assertThat(gazetteer.find("시청사거리에서 신호등이 꺼졌어요")).extracting(m -> m.place().id())
                .containsExactly("city-hall-intersection");
        assertThat(gazetteer.find("경안시장 앞 가로등")).extracting(m -> m.place().id()).containsExactly("gyeongan-market");
    }

    @Test
    void toleratesASmallMisspelling() {
        List<PlaceMention> found = gazetteer.find("pothole next to Gyongan Market");

        assertThat(found).extracting(m -> m.place().id()).containsExactly("gyeongan-market");
        assertThat(found.get(0).similarity()).isLessThan(1.0);
    }

    @Test
    void findsNothingInTextWithoutPlaces() {
        assertThat(gazetteer.find("How do I pay my car tax?")).isEmpty();
    }

    @Test
    void suggestsByPrefixInTheAskedLanguageWithTheDistrictName() {
        var suggestions = gazetteer.suggest("gyeongan", Language.KO, 5);

        assertThat(suggestions).extracting(s -> s.id()).contains("gyeongan-dong", "gyeongan-market");
        assertThat(suggestions).filteredOn(s -> s.id().equals("gyeongan-market"))
                .singleElement().satisfies(s -> {
                    assertThat(s.name()).isEqualTo("경안시장");
                    assertThat(s.district()).isEqualTo("경안동");
                });
    }
}
