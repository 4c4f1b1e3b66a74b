package city.civic.chat;

/** The turn API for tests outside this package: the first reply's text of each turn. */
public final class TurnApiClient {

    private final TurnApi api;

    public TurnApiClient(int port) {
        this.api = new TurnApi(port);
    }

    public String start(String language) {
        return api.start(language);
    }

    public String say(String conversationId, String text) {
        return api.say(conversationId, text).reply(0).get("text").asString();
    }

    /** The last reply's text of the turn. */
    public String lastSay(String conversationId, String text) {
        return api.say(conversationId, text).lastReply().get("text").asString();
    }
}
