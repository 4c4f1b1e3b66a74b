package city.civic.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.civic.admin.StaffRole;
import city.civic.admin.dashboard.BadInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usernames, names, roles and passwords of staff accounts. */
class AccountRulesTests {

    @Test
    void usernamesAreLowerCaseIdentifiers() {
        assertThat(AccountInput.username("  Kim.Minji ")).isEqualTo("kim.minji");
        assertThat(AccountInput.username("ops_2-night")).isEqualTo("ops_2-night");
        for (String bad : new String[] {null, "", "ab", "1st-admin", "kim minji", "<script>", "a".repeat(65),
                "kim@city", "김민지"}) {
            assertThatThrownBy(() -> AccountInput.username(bad)).as(String.valueOf(bad))
                    .isInstanceOf(BadInput.class).extracting("code").isEqualTo("username.invalid");
        }
    }

    @Test
    void namesAreOneLineOfAtMostAHundredCharacters() {
        assertThat(AccountInput.displayName("  김민지 ")).isEqualTo("김민지");
        assertThat(AccountInput.displayName(" ")).isNull();
        assertThat(AccountInput.displayName("\"><img src=x>")).isEqualTo("\"><img src=x>");
        assertThatThrownBy(() -> AccountInput.displayName("n".repeat(101))).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> AccountInput.displayName("two\nlines")).isInstanceOf(BadInput.class);
    }

    @Test
    void anAccountHoldsAtLeastOneKnownRole() {
        assertThat(AccountInput.roles(List.of("official", " ADMIN "))).containsExactly(StaffRole.OFFICIAL,
                StaffRole.ADMIN);
        assertThatThrownBy(() -> AccountInput.roles(List.of())).extracting("code").isEqualTo("roles.missing");
        assertThatThrownBy(() -> AccountInput.roles(null)).extracting("code").isEqualTo("roles.missing");
        assertThatThrownBy(() -> AccountInput.roles(List.of("MAYOR"))).extracting("code").isEqualTo("role.invalid");
        assertThatThrownBy(() -> AccountInput.roles(Arrays.asList((String) null))).extracting("code")
                .isEqualTo("role.invalid");
    }

    @Test
    void passwordsAreLongNotTheUsernameAndNotWellKnown() {
        assertThatCode(() -> StaffPasswords.check("correct horse battery", "kim")).doesNotThrowAnyException();
        assertThatCode(() -> StaffPasswords.check("비밀번호는길어야안전해요", "kim")).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaffPasswords.check("short-one", "kim")).extracting("code").isEqualTo("password.weak");
        assertThatThrownBy(() -> StaffPasswords.check("kim.minji-2026!", "kim.minji")).extracting("code")
                .isEqualTo("password.weak");
        assertThatThrownBy(() -> StaffPasswords.check("Password1234", "kim")).extracting("code")
                .isEqualTo("password.weak");
        assertThatThrownBy(() -> StaffPasswords.check("aaaaaaaaaaaaaaaa", "kim")).extracting("code")
                .isEqualTo("password.weak");
        assertThatThrownBy(() -> StaffPasswords.check("가".repeat(25), "kim")).as("75 bytes in UTF-8")
                .extracting("code").isEqualTo("password.too_long");
    }

    @Test
    void generatedPasswordsPassTheRulesAndDiffer() {
        var passwords = new StaffPasswords();
        String first = passwords.generate();

        assertThat(first).matches("[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}").doesNotContain("0", "O", "1", "l", "I");
        assertThatCode(() -> StaffPasswords.check(first, "anyone")).doesNotThrowAnyException();
        assertThat(passwords.generate()).isNotEqualTo(first);
    }
}
