package city.civic.admin.tickets;

import city.civic.dialog.Language;
import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.Place;
import city.civic.dialog.content.ReportCategory;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The city's names for what a ticket refers to (categories, places, departments), read once per request. */
public final class TicketNames {

    private final Map<String, ReportCategory> categories;
    private final Map<String, Place> places;
    private final Map<String, Department> departments;

    private TicketNames(List<ReportCategory> categories, List<Place> places, List<Department> departments) {
        this.categories = categories.stream().collect(Collectors.toMap(ReportCategory::serviceCode,
                Function.identity(), (a, b) -> a));
        this.places = places.stream().collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
        this.departments = departments.stream().collect(Collectors.toMap(Department::id, Function.identity(),
                (a, b) -> a));
    }

    public static TicketNames read(CityContent content, Departments departments) {
        return new TicketNames(content.categories(), content.places(), departments.all());
    }

    public String category(String serviceCode, Language language) {
        ReportCategory category = categories.get(serviceCode);
        return category == null ? serviceCode : category.name().in(language);
    }

    public Optional<Place> place(String placeId) {
        return Optional.ofNullable(placeId == null ? null : places.get(placeId));
    }

    public String department(String id, Language language) {
        Department department = departments.get(id);
        return department == null ? id : department.name(language.code());
    }

    public boolean isDepartment(String id) {
        return id != null && departments.containsKey(id);
    }

    public List<ReportCategory> categories() {
        return List.copyOf(categories.values());
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public List<Place> places() {
        return List.copyOf(places.values());
    }
}
