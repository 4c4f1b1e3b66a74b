package city.civic.dialog.engine;

import city.civic.dialog.Language;
import city.civic.dialog.Utterance;
import city.civic.dialog.nlu.Entities;
import city.civic.dialog.nlu.IntentPrediction;

/** One citizen message being handled; intent and entities are worked out once, when first needed. */
final class Turn {

    final Conversation conversation;
    final Utterance utterance;
    final String text;
    final Language language;
    private final Nlu nlu;
    /** The bot did not understand this message (or the answer did not fit what it asked). */
    boolean misunderstood;
    private IntentPrediction intent;
    private Entities entities;

    Turn(Conversation conversation, Utterance utterance, String text, Language language, Nlu nlu) {
        this.conversation = conversation;
        this.utterance = utterance;
        this.text = text;
        this.language = language;
        this.nlu = nlu;
    }

    ConversationState state() {
        return conversation.state;
    }

    IntentPrediction intent() {
        if (intent == null) {
            intent = nlu.intents().classify(text);
        }
        return intent;
    }

    Entities entities() {
        if (entities == null) {
            entities = nlu.entities().extract(text);
        }
        return entities;
    }

    /** The entities of part of the message, such as the new value of a correction. */
    Entities entitiesOf(String part) {
        return part.equals(text) ? entities() : nlu.entities().extract(part);
    }
}
