package city.civic.knowledge.store;

import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import java.sql.ResultSet;
import java.sql.SQLException;
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
                .query(JdbcDepartments::department).list();
    }

    @Override
    public Optional<Department> find(String id) {
        return jdbc.sql("select id, name_en, name_ko, phone, email from department where id = ?")
                .param(id).query(JdbcDepartments::department).optional();
    }

    /**
     * Mapped by position: a row mapper that guesses column names from the record probes names the table
     * does not have, and H2 writes a stack trace into its trace file for every miss.
     */
    private static Department department(ResultSet rs, int row) throws SQLException {
        return new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
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
