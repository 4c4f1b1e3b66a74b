package city.civic.admin.open311;

import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.util.List;
import java.util.Optional;

final class FakeDepartments implements Departments {

    private final List<Department> departments = List.of(
            new Department("traffic-signals", "Traffic Signal Team", "교통신호팀", "031-760-0000",
                    "signals@sample-city.example"),
            new Department("road-maintenance", "Road Maintenance Division", "도로관리과", "031-760-0001",
                    "roads@sample-city.example"));

    @Override
    public List<Department> all() {
        return departments;
    }

    @Override
    public Optional<Department> find(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public void save(Department department) {
        throw new UnsupportedOperationException();
    }
}
