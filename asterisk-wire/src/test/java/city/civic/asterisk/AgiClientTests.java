package city.civic.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AgiClientTests {

    /** A FastAGI server in miniature: reads the environment, sends the commands, collects the replies. */
    private static CompletableFuture<List<String>> serve(ServerSocket server, List<String> environment,
            String... commands) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> replies = new ArrayList<>();
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(3000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                String line;
                while (!(line = in.readLine()).isEmpty()) {
                    environment.add(line);
                }
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                for (String command : commands) {
                    out.write(command + "\n");
                    out.flush();
                    replies.add(in.readLine());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return replies;
        });
    }

    @Test
    void sendsTheEnvironmentAndKeepsTheChannelsVariablesAcrossScripts() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            AgiClient channel = new AgiClient(port, "01099998888").variable("CIVIC_LANG", "ko");
            List<String> environment = new ArrayList<>();
            CompletableFuture<List<String>> start = serve(server, environment,
                    "GET VARIABLE \"CIVIC_LANG\"", "SET VARIABLE \"BOT_UUID\" \"abc \\\"1\\\"\"", "ANSWER");

            assertThat(channel.run("start", "en")).containsExactly("GET VARIABLE \"CIVIC_LANG\"",
                    "SET VARIABLE \"BOT_UUID\" \"abc \\\"1\\\"\"", "ANSWER");
            assertThat(start.get()).containsExactly("200 result=1 (ko)", "200 result=1", "200 result=1");
            assertThat(environment).contains("agi_network: yes", "agi_network_script: start",
                    "agi_request: agi://127.0.0.1:" + port + "/start", "agi_callerid: 01099998888",
                    "agi_channel: " + channel.channel(), "agi_uniqueid: " + channel.uniqueId(), "agi_arg_1: en");
            assertThat(channel.variables()).containsEntry("BOT_UUID", "abc \"1\"");

            CompletableFuture<List<String>> route = serve(server, new ArrayList<>(),
                    "GET VARIABLE \"BOT_UUID\"", "GET VARIABLE \"NOT_SET\"");
            channel.run("route");
            assertThat(route.get()).containsExactly("200 result=1 (abc \"1\")", "200 result=0");
        }
    }

    @Test
    void aHungUpChannelAnswersHangupOnceThenRefusesEveryCommand() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AgiClient channel = new AgiClient(server.getLocalPort()).hangUpBefore("STREAM FILE");
            CompletableFuture<List<String>> replies = serve(server, new ArrayList<>(),
                    "ANSWER", "STREAM FILE \"hello\" \"\"", "HANGUP");

            channel.run("start");

            assertThat(replies.get()).containsExactly("200 result=1", "HANGUP",
                    "511 Command Not Permitted on a dead channel or intercept routine");
        }
    }
}
