package city.civic.voice;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.IntegrationTest;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.Place;
import city.civic.dialog.nlu.Gazetteer;
import city.civic.dialog.nlu.PlaceMention;
import city.civic.voice.callbot.Callbot;
import city.civic.voice.callbot.PlaceGrammar;
import city.civic.voice.speech.RecognitionStream;
import city.civic.voice.speech.SpeechRecognizer;
import city.civic.voice.speech.TelephoneVoice;
import city.civic.voice.speech.Transcription;
import city.civic.voice.speech.dsp.HalfBandUpsampler;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pack's intersections and roads, each said by a caller (MaryTTS through the telephone band) when
 * the bot asks where: heard through the callbot's place grammar with its fallback, and, for comparison,
 * over the whole vocabulary alone (the line before the grammar). A name counts as recognised when the
 * dialog engine's gazetteer finds that very place first in what was heard; another place found is worse
 * than none (the caller is not asked again).
 */
@IntegrationTest
class PlaceNamesByPhoneIntegrationTests {

    /**
     * Measured 16 to 18 of 23 in four runs on 2026-12-07 (recognition varies a little between runs); see the
     * README (Callbot line, places by voice). The full vocabulary recognised none.
     */
    static final double GRAMMAR_FLOOR = 0.55;
    static final String NONE = "none";

    @Autowired
    Callbot callbot;

    @Autowired
    SpeechRecognizer ears;

    @Autowired
    TelephoneVoice voice;

    @Autowired
    CityContent content;

    @Test
    void thePacksIntersectionsAndRoadsAreRecognisedByName() {
        PlaceGrammar grammar = callbot.placeGrammar();
        Gazetteer gazetteer = new Gazetteer(content.places());
        List<Place> named = content.places().stream()
                .filter(place -> place.kind().equals("intersection") || place.kind().equals("road")).toList();
        assertThat(named).hasSizeGreaterThanOrEqualTo(20);
        int byGrammar = 0;
        int inFull = 0;
        int wrongByGrammar = 0;
        for (Place place : named) {
            String said = place.name().en().replaceAll("\\s*\\(.*\\)", "");
            short[] audio = new HalfBandUpsampler().process(voice.speak(said, 8000));
            String grammarHeard = grammar.written(ears.surelyOrInFull(throughGrammar(grammar, audio), audio).text());
            String fullHeard = ears.recognize(audio).text();
            String grammarPlace = firstPlace(gazetteer, grammarHeard);
            String fullPlace = firstPlace(gazetteer, fullHeard);
            byGrammar += grammarPlace.equals(place.id()) ? 1 : 0;
            inFull += fullPlace.equals(place.id()) ? 1 : 0;
            wrongByGrammar += grammarPlace.equals(place.id()) || grammarPlace.equals(NONE) ? 0 : 1;
            System.out.printf(Locale.ROOT, "place %-28s grammar \"%s\" → %s | full vocabulary \"%s\" → %s%n", said,
                    grammarHeard, grammarPlace, fullHeard, fullPlace);
        }
        double grammarShare = byGrammar / (double) named.size();
        double fullShare = inFull / (double) named.size();
        System.out.printf(Locale.ROOT, "places recognised: grammar %d/%d (%.1f %%, another place %d),"
                + " full vocabulary %d/%d (%.1f %%)%n", byGrammar, named.size(), 100 * grammarShare, wrongByGrammar,
                inFull, named.size(), 100 * fullShare);

        assertThat(grammarShare).isGreaterThanOrEqualTo(GRAMMAR_FLOOR).isGreaterThan(fullShare);
        // Recognition varies between runs (Jungbu-daero has been heard as Gyeongchung-daero, Docheok-ro as
        // Gonjiam-ro; two such slips in one run once); the caller hears the place in the report's summary and can
        // correct it, so two slips of the pack's 23 names are tolerated.
        assertThat(wrongByGrammar).as("names taken for another place").isLessThanOrEqualTo(2);
    }

    @Test
    void somethingElseThanAPlaceFallsBackToTheWholeVocabulary() {
        PlaceGrammar grammar = callbot.placeGrammar();
        short[] audio = new HalfBandUpsampler().process(voice.speak("The street light is broken.", 8000));

        Transcription heard = ears.surelyOrInFull(throughGrammar(grammar, audio), audio);

        assertThat(heard.text()).contains("street").contains("broken");
    }

    @Test
    void aCallerWhoDoesNotKnowThePlaceIsHeardSaySo() {
        PlaceGrammar grammar = callbot.placeGrammar();
        short[] audio = new HalfBandUpsampler().process(voice.speak("I don't know.", 8000));

        assertThat(ears.surelyOrInFull(throughGrammar(grammar, audio), audio).text()).isEqualTo("i don't know");
    }

    private Transcription throughGrammar(PlaceGrammar grammar, short[] audio16k) {
        try (RecognitionStream stream = ears.open(grammar.phrases())) {
            stream.accept(audio16k);
            return stream.finish();
        }
    }

    private static String firstPlace(Gazetteer gazetteer, String heard) {
        return gazetteer.find(heard).stream().findFirst().map(PlaceMention::place).map(Place::id).orElse(NONE);
    }
}
