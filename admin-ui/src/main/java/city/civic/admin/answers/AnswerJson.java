package city.civic.admin.answers;

import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.CuratedAnswer;
import java.util.List;

/**
 * An answer in one language on the staff JSON API: {@code category} is its topic, {@code variants} the other
 * wordings of the question, {@code version} what an edit must send back, {@code liveVersion} the version
 * citizens get (null when none).
 */
record AnswerJson(String id, String lang, int version, String status, String question, List<String> variants,
        String text, String category, String department, Integer liveVersion, String updatedBy, String updatedAt) {

    static AnswerJson of(CuratedAnswer c) {
        AnswerVersion head = c.head();
        Answer a = head.answer();
        return new AnswerJson(a.id(), a.lang(), head.version(), WireStatus.of(a.status()), a.question(),
                a.alternatives(), a.text(), a.topic(), a.department(), c.isLive() ? c.liveVersion() : null,
                head.author(), head.at().toString());
    }

    /** Both languages of one answer. */
    record Languages(String id, List<AnswerJson> answers) {
    }

    /** After a status change: the status, and each language it changed. */
    record Moved(String id, String status, List<AnswerJson> answers) {
    }

    /** One kept version: who, when, how, and which fields it changed from the one before. */
    record Version(int version, String status, String change, String author, String at, List<String> changed) {
    }

    /** A version's whole content. */
    record VersionContent(int version, String status, String question, List<String> variants, String text,
            String category, String department, String author, String at) {

        static VersionContent of(AnswerVersion v) {
            Answer a = v.answer();
            return new VersionContent(v.version(), WireStatus.of(a.status()), a.question(), a.alternatives(),
                    a.text(), a.topic(), a.department(), v.author(), v.at().toString());
        }
    }

    /** Word-level differences between two versions. */
    record Diff(String id, String lang, int from, int to, java.util.Map<String, List<Op>> fields, String fromStatus,
            String toStatus) {
    }

    record Op(String op, String text) {
    }

    /** The result of "try a question". */
    record Trial(String question, String lang, double threshold, List<Hit> hits, String answerId) {
    }

    record Hit(int rank, String answerId, String title, String department, double score, boolean confident) {
    }
}
