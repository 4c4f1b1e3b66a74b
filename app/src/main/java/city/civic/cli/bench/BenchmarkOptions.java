package city.civic.cli.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code benchmark} command's {@code --name=value} options, checked before anything is sent. */
record BenchmarkOptions(List<URI> urls, int conversations, Duration interval, Duration warmup, Duration duration,
        String transport, String mix) {

    static final String USAGE = """
            usage: benchmark [--url=http://127.0.0.1:8080[,http://host:port...]] [--conversations=200]
                             [--interval-ms=2000] [--duration-s=60] [--warmup-s=10] [--transport=rest|ws|both]
                             [--mix=faq|faq-repeat]
              --url          several instances: conversation i opens (and keeps its WebSocket) on instance i mod n;
                             its REST turns go round the instances in turn, as a load balancer without stickiness
              --interval-ms  think time between a conversation's messages; 0 sends each as soon as the reply is in
              --transport    both: half the conversations over REST, half over STOMP/WebSocket""";

    private static final Set<String> NAMES =
            Set.of("url", "conversations", "interval-ms", "duration-s", "warmup-s", "transport", "mix");

    /** Parses {@code args[1..]}; {@code args[0]} is the command name. */
    static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0 || !NAMES.contains(arg.substring(2, eq))) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        var urls = new ArrayList<URI>();
        for (String each : values.getOrDefault("url", "http://127.0.0.1:8080").split(",", -1)) {
            URI url;
            try {
                url = URI.create(RestDriver.stripSlash(each.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--url must be http:// or https:// addresses: " + each);
            }
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("--url must be http:// or https:// addresses: " + each);
            }
            urls.add(url);
        }
        String transport = values.getOrDefault("transport", "rest");
        if (!Set.of("rest", "ws", "both").contains(transport)) {
            throw new IllegalArgumentException("--transport must be rest, ws or both: " + transport);
        }
        String mix = values.getOrDefault("mix", "faq");
        TurnMix.named(mix);
        return new BenchmarkOptions(List.copyOf(urls),
                (int) number(values, "conversations", 200, 1),
                Duration.ofMillis(number(values, "interval-ms", 2000, 0)),
                Duration.ofSeconds(number(values, "warmup-s", 10, 0)),
                Duration.ofSeconds(number(values, "duration-s", 60, 1)),
                transport, mix);
    }

    /** How many of the conversations go over STOMP; the rest use REST. */
    int stompConversations() {
        return switch (transport) {
            case "ws" -> conversations;
            case "both" -> conversations / 2;
            default -> 0;
        };
    }

    private static long number(Map<String, String> values, String name, long fallback, long min) {
        String value = values.get(name);
        try {
            long number = value == null ? fallback : Long.parseLong(value);
            if (number < min || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--" + name + " must be at least " + min + ": " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
        }
    }
}
