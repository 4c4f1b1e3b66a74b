package city.civic.cli.bench;

/** A conversation opened over REST: its id and the token that proves ownership over STOMP. */
record Conversation(String id, String token) {
}
