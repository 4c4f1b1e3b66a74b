package city.civic.voice.calls;

/** Lets tests in other packages load the package-private configuration. */
public final class CallsTestAccess {

    private CallsTestAccess() {
    }

    public static Class<?> configuration() {
        return CallsConfiguration.class;
    }
}
