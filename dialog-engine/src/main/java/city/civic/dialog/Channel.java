package city.civic.dialog;

/** Where a conversation comes from; replies are rendered for that medium by the channel. */
public enum Channel {
    WEB, PHONE, API;

    public static Channel parse(String value) {
        return value == null ? WEB : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
