package city.civic.voice.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the Vosk model lies on disk. Vosk reads a directory, so the model bundled in the jar (unpacked
 * from its aar at build time) is copied out once, into a directory named after the model's own
 * {@code uuid} file, and reused by later starts. Run from the build tree the classes directory is used
 * as it is.
 */
public final class VoskModelFiles {

    static final String BUNDLED = "vosk/model-en-us/";
    private static final Logger log = LoggerFactory.getLogger(VoskModelFiles.class);

    private VoskModelFiles() {
    }

    /**
     * @param configured a model directory chosen by the operator, or null/blank for the bundled model
     * @param dataDirectory where the bundled model is copied out to
     */
    public static Path locate(String configured, Path dataDirectory) throws IOException {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path.resolve("am/final.mdl"))) {
                throw new IOException("civic.voice.speech.model-path " + path.toAbsolutePath()
                        + " is not a Vosk model directory (no am/final.mdl)");
            }
            return path;
        }
        URL marker = VoskModelFiles.class.getClassLoader().getResource(BUNDLED + "uuid");
        if (marker == null) {
            throw new IOException("the bundled Vosk model (" + BUNDLED + ") is not on the class path");
        }
        if ("file".equals(marker.getProtocol())) {
            try {
                return Path.of(marker.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        String id;
        try (InputStream in = marker.openStream()) {
            id = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        Path target = dataDirectory.resolve("model-en-us-" + id);
        if (Files.isRegularFile(target.resolve("uuid"))) {
            return target;
        }
        copyBundled(target);
        return target;
    }

    /** Copies into a temporary sibling first, so a start interrupted halfway never leaves half a model. */
    private static void copyBundled(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial");
        long started = System.nanoTime();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(VoskModelFiles.class.getClassLoader())
                    .getResources("classpath*:" + BUNDLED + "**");
            for (Resource resource : resources) {
                if (!resource.isReadable()) {
                    continue; // a directory entry
                }
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(BUNDLED) + BUNDLED.length());
                if (relative.isEmpty() || relative.endsWith("/")) {
                    continue;
                }
                Path file = partial.resolve(relative).normalize();
                if (!file.startsWith(partial)) {
                    throw new IOException("unexpected model entry " + relative);
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            log.info("vosk.model-copied to={} ms={}", target, (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("vosk.cleanup-failed path={} reason={}", directory, e.toString());
        }
    }
}
