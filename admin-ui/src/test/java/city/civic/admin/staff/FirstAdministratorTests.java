package city.civic.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import city.civic.admin.StaffRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
    final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void withoutConfigurationAnAdminWithARandomPasswordIsPrintedOnce(CapturedOutput output) {
        new FirstAdministrator(accounts, passwords, new StaffSecurityProperties.Admin(null, null)).run(null);
        new FirstAdministrator(accounts, passwords, new StaffSecurityProperties.Admin(null, null)).run(null);

        Matcher printed = Pattern.compile("staff.admin.created username=admin password=(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(printed.find()).as("printed once").isFalse();
        var admin = accounts.loadUserByUsername("admin");
        assertThat(passwords.matches(password, admin.getPassword())).isTrue();
        assertThat(admin.getPassword()).startsWith("{bcrypt}");
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OFFICIAL", "ROLE_REVIEWER", "ROLE_OPERATOR", "ROLE_ADMIN");
    }

    @Test
    void theConfiguredAdministratorIsCreatedAndItsPasswordNeverPrinted(CapturedOutput output) {
        new FirstAdministrator(accounts, passwords, new StaffSecurityProperties.Admin("chief", "a long secret 1"))
                .run(null);

        assertThat(passwords.matches("a long secret 1", accounts.loadUserByUsername("chief").getPassword())).isTrue();
        assertThat(output.getAll()).doesNotContain("a long secret 1");
        assertThat(accounts.userExists("admin")).isFalse();
    }

    @Test
    void anAccountAnotherInstanceCreatedMeanwhileIsLeftAsItIs() {
        var racing = new InMemoryUserDetailsManager() {
            boolean raced;

            @Override
            public boolean userExists(String username) {
                boolean exists = super.userExists(username);
                if (!exists && !raced) { // another instance, started at the same time, creates it after this check
                    raced = true;
                    super.createUser(User.withUsername(username).password(passwords.encode("the other's"))
                            .authorities(StaffRole.ADMIN.authority()).build());
                }
                return exists;
            }

            @Override
            public void createUser(UserDetails user) {
                if (super.userExists(user.getUsername())) {
                    throw new DuplicateKeyException("duplicate key value violates unique constraint \"users_pkey\"");
                }
                super.createUser(user);
            }
        };

        new FirstAdministrator(racing, passwords, new StaffSecurityProperties.Admin("chief", "mine")).run(null);

        assertThat(passwords.matches("the other's", racing.loadUserByUsername("chief").getPassword())).isTrue();
    }

    @Test
    void anExistingAccountIsNeverChangedAtStart() {
        accounts.createUser(User.withUsername("chief").password(passwords.encode("changed later"))
                .authorities(StaffRole.ADMIN.authority()).build());

        new FirstAdministrator(accounts, passwords, new StaffSecurityProperties.Admin("chief", "the first one"))
                .run(null);

        assertThat(passwords.matches("changed later", accounts.loadUserByUsername("chief").getPassword())).isTrue();
    }
}
