package city.civic.dialog.training;

import city.civic.dialog.nlu.IntentExample;
import java.util.ArrayList;
import java.util.List;

/** A small English training set: four intents (two of them close) and out-of-scope, ten examples each. */
final class Seed {

    private Seed() {
    }

    static List<IntentExample> examples() {
        var examples = new ArrayList<IntentExample>();
        add(examples, "streetlight.report", "the streetlight is out", "street lamp not working on my road",
                "a lamp post is flickering all night", "the street light near the bus stop is broken",
                "lamp post dark since yesterday", "street lights are off on main street",
                "the light pole outside my house keeps blinking", "report a broken streetlight",
                "no street lighting in the alley", "streetlamp buzzing and flickering");
        add(examples, "signal.timing.complaint", "the red light lasts far too long",
                "the green phase for pedestrians is too short", "we wait ages at the signal on main street",
                "the traffic light cycle is unfair to the side road", "the left turn arrow is too short",
                "why is the red at the crossing so long", "the signal timing makes cars queue for ages",
                "not enough green time for buses", "the walk signal changes before grandma can cross",
                "the light stays red even when nobody comes");
        add(examples, "signal.fault.report", "the traffic light is dark", "the signal at the crossing is stuck on red",
                "traffic lights flashing yellow at the junction", "the pedestrian signal is broken",
                "the signal head was knocked over", "the traffic light never turns green",
                "the lights at main street are out", "the left turn arrow does not work",
                "the crossing signal is stuck", "report a broken traffic light");
        add(examples, "greeting", "hello", "hi there", "good morning", "hey", "good afternoon", "hi",
                "hello there", "good evening", "hey bot", "greetings");
        add(examples, "oos", "tell me a joke", "what is the meaning of life", "book me a flight to Paris",
                "who won the football match", "play some music", "what is the capital of France",
                "recommend a good movie", "how tall is mount everest", "order a pizza", "sing a song");
        return examples;
    }

    private static void add(List<IntentExample> examples, String intent, String... texts) {
        for (String text : texts) {
            examples.add(new IntentExample(text, intent));
        }
    }
}
