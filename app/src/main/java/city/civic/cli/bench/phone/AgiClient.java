package city.civic.cli.bench.phone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's side of a FastAGI step ({@code res/res_agi.c}): connect, send the {@code agi_*} environment
 * and an empty line, answer every command with {@code 200 result=...}, keeping the channel's variables
 * so {@code GET VARIABLE} sees what {@code SET VARIABLE} set. One instance is one channel: its variables
 * carry from {@code start} to {@code route} as the dialplan's do.
 */
public final class AgiClient {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final int port;
    private final String callerId;
    private final Map<String, String> variables;

    public AgiClient(int port, String callerId) {
        this(port, callerId, new LinkedHashMap<>());
    }

    /** @param variables the channel's variables, read and written by the scripts */
    public AgiClient(int port, String callerId, Map<String, String> variables) {
        this.port = port;
        this.callerId = callerId;
        this.variables = variables;
    }

    /** {@code AGI(agi://127.0.0.1:PORT/start)}; returns the {@code BOT_UUID} it set, or null. */
    public String start() throws IOException {
        run("start");
        return variables.get("BOT_UUID");
    }

    /** {@code AGI(agi://127.0.0.1:PORT/route?uuid=${BOT_UUID})}; returns the channel's variables after it. */
    public Map<String, String> route() throws IOException {
        run("route?uuid=" + variables.get("BOT_UUID"));
        return Map.copyOf(variables);
    }

    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** Runs {@code agi://127.0.0.1:PORT/SCRIPT} to its end, as the dialplan's {@code AGI()} does. */
    public void run(String script) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line : environment(script)) {
                out.write(line + "\n");
            }
            out.write("\n");
            out.flush();
            String command;
            while ((command = in.readLine()) != null) {
                out.write(answer(command));
                out.flush();
            }
        }
    }

    private List<String> environment(String script) {
        return List.of(
                "agi_network: yes",
                "agi_network_script: " + script,
                "agi_request: agi://127.0.0.1:" + port + "/" + script,
                "agi_channel: PJSIP/citytrunk-" + Integer.toHexString(System.identityHashCode(this)),
                "agi_language: en",
                "agi_type: PJSIP",
                "agi_uniqueid: " + System.currentTimeMillis() / 1000 + "." + (System.nanoTime() % 10_000),
                "agi_version: 20.19.0",
                "agi_callerid: " + callerId,
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
                "agi_threadid: " + Thread.currentThread().getId());
    }

    private String answer(String command) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(command);
        while (matcher.find()) {
            arguments.add(matcher.group(1).replaceAll("\\\\(.)", "$1"));
        }
        if (command.startsWith("GET VARIABLE")) {
            String value = variables.get(arguments.get(0));
            return value == null ? "200 result=0\n" : "200 result=1 (" + value + ")\n";
        }
        if (command.startsWith("SET VARIABLE")) {
            variables.put(arguments.get(0), arguments.get(1));
        }
        return "200 result=1\n";
    }
}
