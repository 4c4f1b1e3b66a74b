package city.civic.dialog.content;

import java.util.List;

/** A kind of report citizens can file (an Open311 service), owned by a department. */
public record ReportCategory(
        String intent,
        String serviceCode,
        String department,
        LocalizedText name,
        LocalizedText description,
        List<String> keywords,
        List<SlotSpec> slots) {

    public ReportCategory {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        slots = List.copyOf(slots);
    }
}
