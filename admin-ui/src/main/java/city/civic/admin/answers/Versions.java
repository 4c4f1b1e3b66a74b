package city.civic.admin.answers;

/** The version an edit was based on, as scripts send it in {@code If-Match} ({@code "3"}, {@code W/"3"} or 3). */
final class Versions {

    private Versions() {
    }

    static Integer fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.matches("\\d{1,9}")) {
            throw AnswerProblem.badRequest("version.invalid", "If-Match carries the version number, e.g. \"3\".");
        }
        return Integer.valueOf(value);
    }
}
