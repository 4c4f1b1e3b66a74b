package city.civic.admin.answers;

import city.civic.admin.StaffRole;
import city.civic.admin.web.Staff;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerChange;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.AnswerTransitionException;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.StaleAnswerVersionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials' and reviewers' changes to answers, shared by the JSON API and the pages: checks the input,
 * who may do it, and the version it is based on; several languages change together or not at all.
 */
@Component
class AnswerEditing {

    private final AnswerCuration curation;
    private final AnswerInputs inputs;
    private final AnswerOwners owners;
    private final AnswerAuditing audit;

    AnswerEditing(AnswerCuration curation, AnswerInputs inputs, AnswerOwners owners, AnswerAuditing audit) {
        this.curation = curation;
        this.inputs = inputs;
        this.owners = owners;
        this.audit = audit;
    }

    /** A new answer in the languages given (English first); returns its id. */
    @Transactional
    String create(Map<String, AnswerDraft> byLanguage, Staff who) {
        requireEditor(who);
        var checked = new LinkedHashMap<String, AnswerInput>();
        byLanguage.forEach((lang, draft) -> checked.put(lang, inputs.check(lang, owners.withOwner(draft), null)));
        String question = checked.values().iterator().next().question();
        String id = AnswerIds.newId(question, taken -> !curation.curated(taken).isEmpty());
        checked.values().forEach(input -> curation.save(input.toAnswer(id), AnswerCuration.NEW, who.username()));
        audit.record(who.username(), "answer.create", id + " " + checked.keySet());
        return id;
    }

    /**
     * New content for one language of an answer (a language it does not have yet is added, taking category
     * and department from the other one).
     *
     * @param basedOn the version the person edited; required when the language exists
     */
    @Transactional
    AnswerVersion update(String id, String lang, AnswerDraft draft, Integer basedOn, Staff who) {
        requireEditor(who);
        List<CuratedAnswer> languages = existing(id);
        var current = languages.stream().filter(c -> c.answer().lang().equals(lang)).findFirst();
        if (current.isPresent() && basedOn == null) {
            throw AnswerProblem.badRequest("version.missing", "Send the version you edited (\"version\" or"
                    + " If-Match), so an edit made meanwhile is not overwritten.");
        }
        Answer base = current.map(CuratedAnswer::answer).orElseGet(() -> emptyLike(languages.get(0).answer(), lang));
        AnswerInput input = inputs.check(lang, draft, base);
        int based = basedOn == null ? AnswerCuration.NEW : basedOn;
        AnswerVersion saved = curation.save(input.toAnswer(id), based, who.username());
        audit.record(who.username(), current.isPresent() ? "answer.edit" : "answer.create",
                id + " " + lang + " v" + saved.version());
        return saved;
    }

    /**
     * Moves an answer to another status: in one language, or (lang null) in each of its languages. A
     * version applies to one language only.
     */
    @Transactional
    List<AnswerVersion> move(String id, String lang, AnswerStatus to, Integer basedOn, Staff who) {
        if (!AnswerRoles.mayMove(who, to)) {
            throw new AccessDeniedException("may not move answers to " + to);
        }
        List<CuratedAnswer> targets = targets(id, lang);
        if (basedOn != null && targets.size() > 1) {
            throw AnswerProblem.badRequest("lang.missing", "A version belongs to one language: say which (\"lang\").");
        }
        for (CuratedAnswer target : targets) {
            AnswerStatus from = target.answer().status();
            if (!from.canMoveTo(to)) {
                throw new AnswerTransitionException(id, target.answer().lang(), from, to);
            }
            if (to == AnswerStatus.PUBLISHED) {
                requireSomeoneElsesEdit(target, who);
            }
        }
        var moved = new ArrayList<AnswerVersion>();
        for (CuratedAnswer target : targets) {
            int based = basedOn == null ? target.version() : basedOn;
            moved.add(curation.move(id, target.answer().lang(), to, based, who.username()));
            audit.record(who.username(), "answer." + action(to), id + " " + target.answer().lang() + " v" + based);
        }
        return moved;
    }

    /**
     * The editor's save: each language whose words differ from the version it was based on becomes a new
     * version (a language not there yet is added when filled in); all of them or none.
     */
    @Transactional
    List<AnswerVersion> saveAll(String id, EditorForm form, Staff who) {
        requireEditor(who);
        List<CuratedAnswer> languages = existing(id);
        var saved = new ArrayList<AnswerVersion>();
        for (String lang : EditorForm.LANGUAGES) {
            boolean exists = languages.stream().anyMatch(c -> c.answer().lang().equals(lang));
            Integer basedOn = form.columns().get(lang).version();
            if (exists && basedOn != null && changes(id, lang, form.draft(lang), basedOn)
                    || !exists && !form.columns().get(lang).isBlank()) {
                saved.add(update(id, lang, form.draft(lang), exists ? basedOn : null, who));
            }
        }
        return saved;
    }

    private boolean changes(String id, String lang, AnswerDraft draft, int basedOn) {
        Answer base = curation.version(id, lang, basedOn)
                .orElseThrow(() -> new StaleAnswerVersionException(id, lang, basedOn)).answer();
        return !inputs.check(lang, draft, base).toAnswer(id).sameContentAs(base.withStatus(AnswerStatus.DRAFT));
    }

    /** The language a request means: the one it names, else the answer's only language. */
    String languageOf(String id, String requested) {
        if (requested != null && !requested.isBlank()) {
            return AnswerInputs.language(requested);
        }
        List<CuratedAnswer> languages = existing(id);
        if (languages.size() > 1) {
            throw AnswerProblem.badRequest("lang.missing",
                    "This answer is in English and Korean: say which (\"lang\": \"en\" or \"ko\").");
        }
        return languages.get(0).answer().lang();
    }

    List<CuratedAnswer> existing(String id) {
        List<CuratedAnswer> languages = curation.curated(id);
        if (languages.isEmpty()) {
            throw AnswerProblem.notFound(id);
        }
        return languages;
    }

    private List<CuratedAnswer> targets(String id, String lang) {
        List<CuratedAnswer> languages = existing(id);
        if (lang == null) {
            return languages;
        }
        String language = AnswerInputs.language(lang);
        return List.of(languages.stream().filter(c -> c.answer().lang().equals(language)).findFirst()
                .orElseThrow(() -> new AnswerProblem(HttpStatus.NOT_FOUND, "answer.not_found",
                        "The answer " + id + " has no " + language + " version.")));
    }

    /** Four eyes: whoever wrote the words under review does not also approve them (administrators excepted). */
    private void requireSomeoneElsesEdit(CuratedAnswer target, Staff who) {
        if (who.has(StaffRole.ADMIN.name())) {
            return;
        }
        String writer = curation.history(target.answer().id(), target.answer().lang()).stream()
                .filter(v -> v.change() != AnswerChange.STATUS).findFirst().map(AnswerVersion::author).orElse(null);
        if (who.username().equals(writer)) {
            throw new AnswerProblem(HttpStatus.FORBIDDEN, "answer.own_edit",
                    "You wrote this version; another reviewer must publish it.");
        }
    }

    private static void requireEditor(Staff who) {
        if (!AnswerRoles.mayEdit(who)) {
            throw new AccessDeniedException("may not edit answers");
        }
    }

    private static Answer emptyLike(Answer other, String lang) {
        return new Answer(other.id(), lang, other.topic(), other.department(), "", List.of(), "", AnswerStatus.DRAFT);
    }

    private static String action(AnswerStatus to) {
        return switch (to) {
            case DRAFT -> "draft";
            case REVIEW -> "review";
            case PUBLISHED -> "publish";
            case ARCHIVED -> "archive";
        };
    }
}
