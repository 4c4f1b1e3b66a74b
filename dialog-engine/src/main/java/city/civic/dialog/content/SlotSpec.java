package city.civic.dialog.content;

/** One piece of information a report collects, with the question that asks for it. */
public record SlotSpec(String name, boolean required, LocalizedText prompt) {

    public static final String WHAT = "what";
    public static final String WHERE = "where";
    public static final String WHEN = "when";
    public static final String CONTACT = "contact";
}
