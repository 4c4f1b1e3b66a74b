package city.civic.voice.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Asterisk's {@code res_agi.c} does for {@code AGI(agi://...)}: connects, sends the {@code agi_*}
 * environment ending with an empty line, then answers each command line with {@code 200 result=...}.
 * It keeps the channel's variables, so {@code GET VARIABLE} sees what {@code SET VARIABLE} set. After
 * {@link #hangUpBefore(String)} matches a command it answers as a hung-up channel does: {@code HANGUP}
 * once, then {@code 511 Command Not Permitted on a dead channel or intercept routine} to every command.
 */
final class FakeAsterisk {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> commands = new ArrayList<>();
    private String hangUpBefore;
    private boolean hungUp;
    private InetAddress from = InetAddress.getLoopbackAddress();

    /** Connects from this loopback address, e.g. 127.0.0.2 to be another host. */
    FakeAsterisk from(InetAddress localAddress) {
        this.from = localAddress;
        return this;
    }

    FakeAsterisk variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    FakeAsterisk hangUpBefore(String commandPrefix) {
        this.hangUpBefore = commandPrefix;
        return this;
    }

    Map<String, String> variables() {
        return variables;
    }

    List<String> commands() {
        return commands;
    }

    /** The environment Asterisk 20 sends for {@code AGI(agi://127.0.0.1:PORT/SCRIPT,ARGS...)}. */
    static List<String> environment(int port, String script, String... arguments) {
        List<String> lines = new ArrayList<>(List.of(
                "agi_network: yes",
                "agi_network_script: " + script,
                "agi_request: agi://127.0.0.1:" + port + "/" + script,
                "agi_channel: PJSIP/citytrunk-0000002a",
                "agi_language: en",
                "agi_type: PJSIP",
                "agi_uniqueid: 1718000000.42",
                "agi_version: 20.19.0",
                "agi_callerid: 01012345678",
                "agi_calleridname: unknown",
                "agi_callingpres: 0",
                "agi_callingani2: 0",
                "agi_callington: 0",
                "agi_callingtns: 0",
                "agi_dnid: 0317602114",
                "agi_rdnis: unknown",
                "agi_context: civic-callbot",
                "agi_extension: s",
                "agi_priority: 2",
                "agi_enhanced: 0.0",
                "agi_accountcode: ",
                "agi_threadid: 140234567890"));
        for (int i = 0; i < arguments.length; i++) {
            lines.add("agi_arg_" + (i + 1) + ": " + arguments[i]);
        }
        return lines;
    }

    /** Runs one AGI connection to its end (the server closes the socket) and returns the commands seen. */
    List<String> run(int port, List<String> environment) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(10_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line : environment) {
                out.write(line + "\n");
            }
            out.write("\n");
            out.flush();
            String command;
            while ((command = in.readLine()) != null) {
                commands.add(command);
                out.write(answer(command));
                out.flush();
            }
        }
        return commands;
    }

    private String answer(String command) {
        if (!hungUp && hangUpBefore != null && command.startsWith(hangUpBefore)) {
            hungUp = true;
            return "HANGUP\n511 Command Not Permitted on a dead channel or intercept routine\n";
        }
        if (hungUp) {
            return "511 Command Not Permitted on a dead channel or intercept routine\n";
        }
        List<String> arguments = quoted(command);
        if (command.startsWith("GET VARIABLE")) {
            String value = variables.get(arguments.get(0));
            return value == null ? "200 result=0\n" : "200 result=1 (" + value + ")\n";
        }
        if (command.startsWith("SET VARIABLE")) {
            variables.put(arguments.get(0), arguments.get(1));
        }
        return "200 result=1\n";
    }

    private static List<String> quoted(String command) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(command);
        while (matcher.find()) {
            arguments.add(matcher.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return arguments;
    }
}
