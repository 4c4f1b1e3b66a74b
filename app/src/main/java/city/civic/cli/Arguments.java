package city.civic.cli;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} and {@code --flag} arguments after the command name. */
record Arguments(Map<String, String> values) {

    static Arguments parse(String[] args) {
        var values = new HashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new Arguments(values);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
