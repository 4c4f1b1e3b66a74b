package city.civic.admin.unanswered;

/** A notice for the queue page after an action: a message key of the bundle and its arguments. */
public record Notice(String key, Object target, Object count) {
}
