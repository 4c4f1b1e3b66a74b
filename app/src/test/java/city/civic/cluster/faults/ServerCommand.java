package city.civic.cluster.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An operator's command on this machine's servers (PostgreSQL, RabbitMQ), as the test user: it must succeed
 * within a minute, or the test fails with the command's output.
 */
final class ServerCommand {

    private ServerCommand() {
    }

    /** Runs {@code command}; its output. */
    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + ": no answer within 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command)
                    + " (the fault tests need this machine's server tools, run as their owner or root)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command}; how long it took. */
    static Duration timed(List<String> command) {
        Instant start = Instant.now();
        run(command);
        return Duration.between(start, Instant.now());
    }

    /**
     * The local PostgreSQL's restart: {@code CIVIC_TEST_POSTGRES_RESTART} (a shell command) if set, else
     * {@code pg_ctlcluster <version> <cluster> restart} for the cluster on port 5432 (Debian's postgresql-common).
     */
    static List<String> postgresRestart() {
        String configured = System.getenv("CIVIC_TEST_POSTGRES_RESTART");
        if (configured != null && !configured.isBlank()) {
            return List.of("sh", "-c", configured);
        }
        for (String line : run(List.of("pg_lsclusters", "--no-header")).split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[2].equals("5432")) {
                return List.of("pg_ctlcluster", columns[0], columns[1], "restart");
            }
        }
        throw new IllegalStateException("no PostgreSQL cluster on port 5432 in pg_lsclusters;"
                + " set CIVIC_TEST_POSTGRES_RESTART to this machine's restart command");
    }
}
