package city.civic.voice;

import city.civic.asterisk.AgiClient;
import city.civic.asterisk.AudioSocketCaller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one context of {@code docs/asterisk/extensions.conf} the way Asterisk's PBX core would, for the
 * applications the sample uses: {@code NoOp Answer Set AGI GotoIf Goto AudioSocket TryExec Queue Playback
 * Hangup}, with {@code ${VAR}}, {@code $[...]} ({@code = != | &}) and {@code ${IF(...)}}. The file is read
 * as Asterisk's config parser reads it: an unescaped {@code ;} starts a comment, {@code \;} is a
 * semicolon; a step that no longer parses once its comment is cut fails the run. AGI and
 * AudioSocket go to the platform over real sockets (the addresses in the file are mapped to the test's
 * ports); the caller on the AudioSocket leg is scripted. Ends at {@code Queue}, {@code Hangup} or the
 * end of the extension, and says where.
 */
final class SampleDialplan {

    static final Path FILE = Path.of("../docs/asterisk/extensions.conf");
    private static final Pattern LINE =
            Pattern.compile("^(?:exten\\s*=>\\s*([\\w-]+),\\s*(\\d+)|\\s*same\\s*=>\\s*n),(\\w+)\\((.*)\\)\\s*$");
    private static final Pattern STEP_START = Pattern.compile("^\\s*(?:exten|same)\\s*=>");
    private static final Pattern COMMENT = Pattern.compile("(?<!\\\\);.*$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][\\w]*)}");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\[([^\\[\\]]*)]");
    private static final Pattern IF = Pattern.compile("\\$\\{IF\\(([^?]*)\\?([^:]*):([^)]*)\\)}");

    /** Where the call ended: the application and its argument (the queue's name for {@code Queue}). */
    record Outcome(String application, String argument, Map<String, String> variables) {
    }

    private final Map<String, List<String[]>> extensions = new LinkedHashMap<>();
    private final Map<String, String> addresses;
    private final Consumer<AudioSocketCaller> caller;
    private final Map<String, String> variables = new LinkedHashMap<>();

    /**
     * @param addresses {@code host:port} in the file → the address to use
     * @param caller what the caller does on the AudioSocket leg; returns when the caller is done
     */
    SampleDialplan(String context, Map<String, String> addresses, Consumer<AudioSocketCaller> caller)
            throws IOException {
        this.addresses = addresses;
        this.caller = caller;
        boolean inContext = false;
        String extension = null;
        for (String line : Files.readAllLines(FILE)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[")) {
                inContext = trimmed.equals("[" + context + "]");
                continue;
            }
            String code = COMMENT.matcher(line).replaceFirst("").replace("\\;", ";");
            if (!inContext || !STEP_START.matcher(code).find()) {
                continue;
            }
            Matcher step = LINE.matcher(code);
            if (!step.matches()) {
                throw new IllegalStateException("Asterisk reads this step as \"" + code.strip() + "\"");
            }
            if (step.group(1) != null) {
                extension = step.group(1);
            }
            extensions.computeIfAbsent(extension, e -> new ArrayList<>())
                    .add(new String[] {step.group(3), step.group(4)});
        }
    }

    Outcome run(String extension) throws Exception {
        String current = extension;
        int priority = 0;
        while (true) {
            List<String[]> steps = extensions.get(current);
            if (steps == null || priority >= steps.size()) {
                return new Outcome("end", current, Map.copyOf(variables));
            }
            String application = steps.get(priority)[0];
            String argument = expand(steps.get(priority)[1]);
            priority++;
            switch (application) {
                case "NoOp", "Answer", "Playback" -> {
                }
                case "Set" -> {
                    int eq = argument.indexOf('=');
                    variables.put(argument.substring(0, eq).replaceFirst("^_+", ""), argument.substring(eq + 1));
                }
                case "AGI" -> agi(argument);
                case "AudioSocket" -> audioSocket(argument);
                case "TryExec" -> tryExec(argument);
                case "GotoIf" -> {
                    String[] branches = argument.substring(argument.indexOf('?') + 1).split(":");
                    String condition = argument.substring(0, argument.indexOf('?'));
                    String target = truthy(condition) ? branches[0] : branches.length > 1 ? branches[1] : "";
                    if (!target.isEmpty()) {
                        current = target.split(",")[0];
                        priority = 0;
                    }
                }
                case "Goto" -> {
                    current = argument.split(",")[0];
                    priority = 0;
                }
                case "Queue", "Hangup" -> {
                    return new Outcome(application, argument.split(",")[0], Map.copyOf(variables));
                }
                default -> throw new IllegalStateException("the sample uses an application this runner lacks: "
                        + application);
            }
        }
    }

    /** {@code agi://host:port/script}: AGISTATUS as Asterisk sets it (FAILURE when nothing answers). */
    private void agi(String url) {
        Matcher parts = Pattern.compile("agi://([^/]+)/(.*)").matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("not a FastAGI url: " + url);
        }
        String[] address = addresses.getOrDefault(parts.group(1), parts.group(1)).split(":");
        try {
            new AgiClient(Integer.parseInt(address[1]), "01012345678", variables).run(parts.group(2));
            variables.put("AGISTATUS", "SUCCESS");
        } catch (IOException e) {
            variables.put("AGISTATUS", "FAILURE");
        }
    }

    /** Only {@code TryExec(AudioSocket(...))}: TRYSTATUS FAILED when the connection is refused. */
    private void tryExec(String argument) {
        Matcher application = Pattern.compile("AudioSocket\\((.*)\\)").matcher(argument);
        if (!application.matches()) {
            throw new IllegalStateException("the runner tries AudioSocket only: " + argument);
        }
        try {
            audioSocket(application.group(1));
            variables.put("TRYSTATUS", "SUCCESS");
        } catch (IOException e) {
            variables.put("TRYSTATUS", "FAILED");
        }
    }

    private void audioSocket(String argument) throws IOException {
        String[] parts = argument.split(",");
        String[] address = addresses.getOrDefault(parts[1], parts[1]).split(":");
        try (AudioSocketCaller line = AudioSocketCaller.dial(Integer.parseInt(address[1]), parts[0], 8000)) {
            caller.accept(line);
        }
    }

    private String expand(String text) {
        String expanded = text;
        for (int round = 0; round < 5; round++) {
            String before = expanded;
            expanded = replace(VARIABLE, expanded, m -> variables.getOrDefault(m.group(1), ""));
            expanded = replace(EXPRESSION, expanded, m -> truthy(m.group(1)) ? "1" : "0");
            expanded = replace(IF, expanded, m -> truthy(m.group(1)) ? m.group(2) : m.group(3));
            if (expanded.equals(before)) {
                break;
            }
        }
        return expanded;
    }

    /** {@code "a" != "b" | "c" = ""}: comparisons of quoted strings joined by | and &, or a bare 0/1. */
    private static boolean truthy(String condition) {
        String text = condition.strip();
        if (text.contains("|")) {
            return List.of(text.split("\\|")).stream().anyMatch(SampleDialplan::truthy);
        }
        if (text.contains("&")) {
            return List.of(text.split("&")).stream().allMatch(SampleDialplan::truthy);
        }
        Matcher comparison = Pattern.compile("\"([^\"]*)\"\\s*(!=|=)\\s*\"([^\"]*)\"").matcher(text);
        if (comparison.matches()) {
            boolean equal = comparison.group(1).equals(comparison.group(3));
            return comparison.group(2).equals("=") == equal;
        }
        return !text.isEmpty() && !text.equals("0");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> value) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(matcher)));
        }
        return matcher.appendTail(out).toString();
    }
}
