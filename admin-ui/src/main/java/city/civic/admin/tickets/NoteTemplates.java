package city.civic.admin.tickets;

import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The notes citizens hear when asking about a ticket by number, as templates per status in both languages:
 * built in ({@code admin/console-notes.properties}, keys {@code <status>.<name>}), added to or replaced by
 * configuration ({@link ConsoleProperties#noteTemplates()}). Staff pick one and may edit its text.
 * The template {@code <status>.default} is the note of a change that comes without one.
 */
public final class NoteTemplates {

    private static final String DEFAULT = "default";

    private final Map<String, NoteTemplate> byKey;

    /** @param key {@code <status>.<name>}, e.g. {@code in_progress.crew_sent} */
    public record NoteTemplate(String key, TicketStatus status, String en, String ko) {

        public String in(Language language) {
            return language == Language.KO && ko != null ? ko : en;
        }
    }

    NoteTemplates(List<NoteTemplate> templates) {
        var sorted = new ArrayList<>(templates);
        sorted.sort(Comparator.comparing(NoteTemplate::status)
                .thenComparing(t -> !t.key().endsWith("." + DEFAULT))
                .thenComparing(NoteTemplate::key));
        byKey = new LinkedHashMap<>();
        sorted.forEach(t -> byKey.put(t.key(), t));
    }

    /** The built-in templates with the configured ones laid over them. */
    public static NoteTemplates load(Map<String, ConsoleProperties.NoteTemplateText> configured) {
        Properties en = read("admin/console-notes.properties");
        Properties ko = read("admin/console-notes_ko.properties");
        var templates = new LinkedHashMap<String, NoteTemplate>();
        for (String key : en.stringPropertyNames()) {
            TicketStatus status = TicketStatus.ofCode(key.substring(0, Math.max(0, key.indexOf('.'))))
                    .orElseThrow(() -> new IllegalStateException("Note template " + key + " names no status"));
            templates.put(key, new NoteTemplate(key, status, en.getProperty(key), ko.getProperty(key)));
        }
        configured.forEach((name, text) -> {
            if (text.status() == null || text.en() == null || text.en().isBlank()) {
                throw new IllegalStateException("civic.console.note-templates." + name + " needs a status and en");
            }
            String key = text.status().code() + "." + name;
            templates.put(key, new NoteTemplate(key, text.status(), text.en(), text.ko()));
        });
        return new NoteTemplates(List.copyOf(templates.values()));
    }

    public List<NoteTemplate> all() {
        return List.copyOf(byKey.values());
    }

    public List<NoteTemplate> forStatus(TicketStatus status) {
        return byKey.values().stream().filter(t -> t.status() == status).toList();
    }

    public Optional<NoteTemplate> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key.strip()));
    }

    /** The status's {@code default} template, else its first. */
    public Optional<NoteTemplate> defaultFor(TicketStatus status) {
        return forStatus(status).stream().findFirst();
    }

    /** Fills {@code {department}}, {@code {duplicateOf}}, {@code {ticket}}; other braces stay as typed. */
    public static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (var value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return filled;
    }

    private static Properties read(String resource) {
        var properties = new Properties();
        try (InputStream in = NoteTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
