package city.civic.voice.agi;

import city.civic.dialog.Channel;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Starts numbered conversations and remembers how each was started. */
final class FakeConversations implements Conversations {

    record Started(String conversationId, Channel channel, Language language) {
    }

    final List<Started> started = new CopyOnWriteArrayList<>();

    @Override
    public StartedConversation start(Channel channel, Language language) {
        String id = "conv-" + (started.size() + 1);
        started.add(new Started(id, channel, language));
        Reply greeting = new Reply("Hello, this is the city.", language.code(), "greeting", 1.0, null, null, null,
                false);
        return new StartedConversation(id, "token-" + id, List.of(greeting));
    }

    @Override
    public Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId) {
        throw new UnsupportedOperationException("FastAGI steps never take turns");
    }

    @Override
    public List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
        throw new UnsupportedOperationException("FastAGI steps never take turns");
    }

    @Override
    public Optional<Transcript> transcript(String conversationId) {
        return Optional.empty();
    }

    @Override
    public Optional<Transcript> keptTranscript(String conversationId) {
        return transcript(conversationId);
    }


    @Override
    public boolean ownedBy(String conversationId, String token) {
        return false;
    }
}
