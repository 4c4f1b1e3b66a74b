package city.civic.dialog.handoff;

/**
 * The counsellors as the dialog engine sees them: the queue of hand-offs, the hours they answer chats, and the
 * ticket category and department a callback request outside those hours is filed under.
 */
public record Counsellors(HandoffQueue queue, CounsellorHours hours, String callbackServiceCode,
        String callbackDepartment) {
}
