package city.civic.knowledge;

import java.util.List;
import java.util.Optional;

/** The city's departments. */
public interface Departments {

    List<Department> all();

    Optional<Department> find(String id);

    void save(Department department);
}
