package city.civic.admin.users;

/**
 * A change to staff accounts that would break a rule (409): {@code user.exists}, or {@code user.last_admin}
 * (no enabled administrator would remain).
 */
final class StaffChangeRefused extends RuntimeException {

    private final String code;

    StaffChangeRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return "input." + code;
    }
}
