package city.civic.admin.open311;

/** One entry of the spec's error array: {@code [{"code":404,"description":"..."}]}. */
record Open311Error(int code, String description) {
}
