package city.civic.admin.open311;

import city.civic.dialog.Language;
import city.civic.tickets.TicketStatus;

/** The few sentences the endpoint writes itself, in both of the city's languages. */
final class Wording {

    private Wording() {
    }

    /** The platform's six states, since the spec's open/closed hides whether work has started. */
    static String statusNotes(TicketStatus status, Language language) {
        boolean ko = language == Language.KO;
        return switch (status) {
            case RECEIVED -> ko ? "접수됨" : "Received";
            case ASSIGNED -> ko ? "담당 부서 배정" : "Assigned";
            case IN_PROGRESS -> ko ? "처리 중" : "In progress";
            case RESOLVED -> ko ? "처리 완료" : "Resolved";
            case CLOSED -> ko ? "종결" : "Closed";
            case DUPLICATE -> ko ? "중복 접수" : "Duplicate";
        };
    }

    /** The finer status first, then the department's note: "Assigned: passed to the Road Management Division". */
    static String statusNotes(TicketStatus status, String note, Language language) {
        String state = statusNotes(status, language);
        return note == null || note.isBlank() ? state : state + ": " + note;
    }

    /** Worded like the chat's confirmation, so a citizen hears the same thing on every channel. */
    static String filedNotice(String department, String ticketId, Language language) {
        return language == Language.KO
                ? department + "에 신고가 접수되었습니다. 접수 번호는 " + ticketId + "입니다. 이 번호로 처리 상황을 조회하실 수"
                        + " 있습니다."
                : "Filed with the " + department + ". The ticket number is " + ticketId + "; ask about it any time"
                        + " with that number.";
    }
}
