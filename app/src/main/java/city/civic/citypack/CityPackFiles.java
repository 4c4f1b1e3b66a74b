package city.civic.citypack;

import city.civic.dialog.content.LocalizedText;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.nlu.IntentExample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a city pack folder: JSON files and JSON Lines intent examples (the eval-intents format). */
public final class CityPackFiles {

    public record Department(String id, LocalizedText name, String phone, String email) {
    }

    public record FaqText(String question, List<String> alternatives, String answer) {
    }

    public record Faq(String id, String topic, String department, FaqText en, FaqText ko) {
    }

    private final ResourceLoader resources;
    private final JsonMapper json;
    private final String location;

    public CityPackFiles(ResourceLoader resources, JsonMapper json, String location) {
        this.resources = resources;
        this.json = json;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    public List<Department> departments() {
        return read("departments.json", new TypeReference<>() { });
    }

    public List<Faq> faqs() {
        return read("faq.json", new TypeReference<>() { });
    }

    public List<Place> places() {
        return read("gazetteer.json", new TypeReference<>() { });
    }

    public List<ReportCategory> categories() {
        return read("report-categories.json", new TypeReference<>() { });
    }

    public List<IntentExample> intentExamples(String lang) {
        return jsonLines(json, open("intents-" + lang + ".jsonl"));
    }

    public static List<IntentExample> jsonLines(JsonMapper json, InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> json.readValue(line, IntentExample.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = open(file)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read city pack file " + file, e);
        }
    }

    private InputStream open(String file) {
        Resource resource = resources.getResource(location + file);
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("city pack file missing: " + location + file, e);
        }
    }
}
