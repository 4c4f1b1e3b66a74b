package city.civic.knowledge;

/** A responsible department: owner of answers and report categories, recipient of tickets. */
public record Department(String id, String nameEn, String nameKo, String phone, String email) {

    public String name(String lang) {
        return "ko".equals(lang) ? nameKo : nameEn;
    }
}
