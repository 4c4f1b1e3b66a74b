package city.civic.knowledge.store;

import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

public class JdbcDepartments implements Departments {

    private final JdbcClient jdbc;

    public JdbcDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Department> all() {
        return jdbc.sql("select id, name_en, name_ko, phone, email from department order by id")
                .query(Department.class).list();
    }

    @Override
    public Optional<Department> find(String id) {
        return jdbc.sql("select id, name_en, name_ko, phone, email from department where id = ?")
                .param(id).query(Department.class).optional();
    }

    @Override
    @Transactional
    public void save(Department d) {
        int updated = jdbc.sql("update department set name_en = ?, name_ko = ?, phone = ?, email = ? where id = ?")
                .params(d.nameEn(), d.nameKo(), d.phone(), d.email(), d.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into department (id, name_en, name_ko, phone, email) values (?, ?, ?, ?, ?)")
                    .params(d.id(), d.nameEn(), d.nameKo(), d.phone(), d.email()).update();
        }
    }
}
