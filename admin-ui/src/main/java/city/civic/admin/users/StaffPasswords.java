package city.civic.admin.users;

import city.civic.admin.dashboard.BadInput;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * What a staff password must be, and strong ones made up for people. Rules after NIST SP 800-63B: length
 * over composition; at least 12 characters (as production asks of the first administrator), at most 72
 * bytes (bcrypt reads no further), not the username, not a well-known password, not one character repeated.
 */
final class StaffPasswords {

    static final int SHORTEST = 12;
    static final int LONGEST_BYTES = 72;
    private static final int FEWEST_DISTINCT = 5;
    /** Without look-alikes (0/O, 1/l/I), so a password read off the screen is typed right. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP = 5;
    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwertyuiop12",
            "administrator", "letmein12345", "welcome12345", "changeme1234", "passwordpassword", "iloveyou1234",
            "1q2w3e4r5t6y", "qwerty123456", "password123!", "p@ssw0rd1234");

    private final SecureRandom random = new SecureRandom();

    /** @throws BadInput {@code password.weak} or {@code password.too_long}, saying why */
    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            throw new BadInput("password.weak", "The password needs at least " + SHORTEST + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            throw new BadInput("password.too_long", "The password may be at most " + LONGEST_BYTES + " bytes.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadInput("password.weak", "The password must not contain the username.");
        }
        if (WELL_KNOWN.contains(lower) || password.codePoints().distinct().count() < FEWEST_DISTINCT) {
            throw new BadInput("password.weak", "The password is too easy to guess.");
        }
    }

    /** Four groups of five random characters (about 115 bits), e.g. {@code k7Rmq-3xQaz-…}. */
    String generate() {
        var password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
