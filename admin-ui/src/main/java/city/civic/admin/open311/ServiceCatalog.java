package city.civic.admin.open311;

import city.civic.dialog.Language;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.ReportCategory;
import city.civic.dialog.content.SlotSpec;
import city.civic.integrations.open311.Open311Service;
import city.civic.knowledge.Departments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report categories as Open311 services. Of a category's questions, "what", "where" and "contact"
 * are the spec's own description, location and contact parameters; only "when" is left over, offered as
 * the attribute {@code observed_when} (free text, as the chat accepts "this morning" too).
 */
final class ServiceCatalog {

    static final String OBSERVED_WHEN = "observed_when";

    private final CityContent content;
    private final Departments departments;

    ServiceCatalog(CityContent content, Departments departments) {
        this.content = content;
        this.departments = departments;
    }

    List<Open311Service> services(Language language) {
        return content.categories().stream().map(category -> entry(category, language)).toList();
    }

    ServiceDefinition definition(String serviceCode, Language language) {
        ReportCategory category = require(serviceCode);
        return new ServiceDefinition(category.serviceCode(), attributes(category, language));
    }

    /** The category of a service code, or the spec's 404. */
    ReportCategory require(String serviceCode) {
        return category(serviceCode).orElseThrow(() -> Open311Exception.notFound(
                "service_code " + serviceCode + " was not found; see services.json."));
    }

    Optional<ReportCategory> category(String serviceCode) {
        return content.categories().stream().filter(c -> c.serviceCode().equals(serviceCode)).findFirst();
    }

    /** One read of the categories for mapping many tickets. */
    Map<String, ReportCategory> byCode() {
        var byCode = new LinkedHashMap<String, ReportCategory>();
        content.categories().forEach(category -> byCode.putIfAbsent(category.serviceCode(), category));
        return byCode;
    }

    /** One read of the gazetteer's names for mapping many tickets. */
    Map<String, String> placeNames(Language language) {
        var names = new LinkedHashMap<String, String>();
        content.places().forEach(place -> names.putIfAbsent(place.id(), place.name(language)));
        return names;
    }

    String departmentName(String departmentId, Language language) {
        return departments.find(departmentId).map(d -> d.name(language.code())).orElse(departmentId);
    }

    List<ServiceDefinition.Attribute> attributes(ReportCategory category, Language language) {
        return category.slots().stream().filter(slot -> SlotSpec.WHEN.equals(slot.name()))
                .map(slot -> new ServiceDefinition.Attribute(true, OBSERVED_WHEN, "string", slot.required(),
                        language == Language.KO ? "자유 형식 또는 ISO 8601 (예: 오늘 아침, 2026-03-01T08:30+09:00)"
                                : "Free text or ISO 8601 (e.g. this morning, 2026-03-01T08:30+09:00)",
                        1, slot.prompt().in(language), List.of()))
                .toList();
    }

    static boolean requiresObservedWhen(ReportCategory category) {
        return category.slots().stream().anyMatch(slot -> SlotSpec.WHEN.equals(slot.name()) && slot.required());
    }

    private Open311Service entry(ReportCategory category, Language language) {
        return new Open311Service(category.serviceCode(), category.name().in(language),
                category.description() == null ? null : category.description().in(language),
                !attributes(category, language).isEmpty(), Open311Service.REALTIME,
                String.join(",", category.keywords()),
                departmentName(category.department(), language));
    }
}
