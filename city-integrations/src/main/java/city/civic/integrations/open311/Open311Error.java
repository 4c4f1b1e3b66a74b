package city.civic.integrations.open311;

/** One entry of the spec's error array: {@code [{"code":404,"description":"..."}]}. */
public record Open311Error(int code, String description) {
}
