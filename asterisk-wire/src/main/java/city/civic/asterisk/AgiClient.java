package city.civic.asterisk;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asterisk's side of FastAGI, as {@code res/res_agi.c} runs {@code AGI(agi://host:port/script,args…)}:
 * connect, send the {@code agi_*} environment and an empty line, answer every command line with
 * {@code 200 result=...} until the server closes the socket. One instance is one channel: its variables
 * carry from one script to the next as the dialplan's do, so {@code GET VARIABLE} sees what
 * {@code SET VARIABLE} set. After {@link #hangUpBefore(String)} matches a command it answers as a hung-up
 * channel does: {@code HANGUP} once, then {@code 511 Command Not Permitted on a dead channel or intercept
 * routine} to every command.
 */
public final class AgiClient {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String DEAD_CHANNEL = "511 Command Not Permitted on a dead channel or intercept routine\n";
    private static final AtomicInteger CHANNELS = new AtomicInteger();

    private final int port;
    private final String callerId;
    private final Map<String, String> variables;
    private final String channel;
    private final String uniqueId;
    private final List<String> commands = new ArrayList<>();
    private InetAddress from = InetAddress.getLoopbackAddress();
    private String hangUpBefore;
    private boolean hungUp;

    /** A channel calling from {@code 01012345678}. */
    public AgiClient(int port) {
        this(port, "01012345678");
    }

    public AgiClient(int port, String callerId) {
        this(port, callerId, new LinkedHashMap<>());
    }

    /** @param variables the channel's variables, read and written by the scripts */
    public AgiClient(int port, String callerId, Map<String, String> variables) {
        this.port = port;
        this.callerId = callerId;
        this.variables = variables;
        int sequence = CHANNELS.incrementAndGet();
        this.channel = String.format("PJSIP/citytrunk-%08x", sequence);
        this.uniqueId = System.currentTimeMillis() / 1000 + "." + sequence;
    }

    /** Connects from this local address, e.g. 127.0.0.2 to be another host. */
    public AgiClient from(InetAddress localAddress) {
        this.from = localAddress;
        return this;
    }

    /** Sets a channel variable, as the dialplan's {@code Set()} does before {@code AGI()}. */
    public AgiClient variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** The caller hangs up just before the first command starting with {@code commandPrefix}. */
    public AgiClient hangUpBefore(String commandPrefix) {
        this.hangUpBefore = commandPrefix;
        return this;
    }

    /** {@code AGI(agi://127.0.0.1:PORT/start)}; returns the {@code BOT_UUID} it set, or null. */
    public String start() throws IOException {
        run("start");
        return variables.get("BOT_UUID");
    }

    /** {@code AGI(agi://127.0.0.1:PORT/route?uuid=${BOT_UUID})}; returns the channel's variables after it. */
    public Map<String, String> route() throws IOException {
        run("route?uuid=" + variables.get("BOT_UUID"));
        return variables();
    }

    /** Runs {@code agi://127.0.0.1:PORT/SCRIPT,ARGS…} to its end; returns the commands of that run. */
    public List<String> run(String script, String... arguments) throws IOException {
        return run(environment(script, arguments));
    }

    /** Sends these environment lines (well-formed or not), then answers commands to the end. */
    public List<String> run(List<String> environment) throws IOException {
        List<String> seen = new ArrayList<>();
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
                seen.add(command);
                out.write(answer(command));
                out.flush();
            }
        } finally {
            commands.addAll(seen);
        }
        return seen;
    }

    /** The environment Asterisk 20 sends for {@code AGI(agi://127.0.0.1:PORT/SCRIPT,ARGS…)} on this channel. */
    public List<String> environment(String script, String... arguments) {
        List<String> lines = new ArrayList<>(List.of(
                "agi_network: yes",
                "agi_network_script: " + script,
                "agi_request: agi://127.0.0.1:" + port + "/" + script,
                "agi_channel: " + channel,
                "agi_language: en",
                "agi_type: PJSIP",
                "agi_uniqueid: " + uniqueId,
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
                "agi_threadid: " + Thread.currentThread().getId()));
        for (int i = 0; i < arguments.length; i++) {
            lines.add("agi_arg_" + (i + 1) + ": " + arguments[i]);
        }
        return lines;
    }

    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** Every command the server sent on this channel, in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    public String callerId() {
        return callerId;
    }

    /** {@code agi_channel}, e.g. {@code PJSIP/citytrunk-0000002a}. */
    public String channel() {
        return channel;
    }

    /** {@code agi_uniqueid}, e.g. {@code 1718000000.42}. */
    public String uniqueId() {
        return uniqueId;
    }

    private String answer(String command) {
        if (!hungUp && hangUpBefore != null && command.startsWith(hangUpBefore)) {
            hungUp = true;
            return "HANGUP\n" + DEAD_CHANNEL;
        }
        if (hungUp) {
            return DEAD_CHANNEL;
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
