package city.civic.admin.answers;

import city.civic.admin.web.Staff;
import city.civic.knowledge.AnswerCuration;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.AnswerVersion;
import city.civic.knowledge.CuratedAnswer;
import city.civic.knowledge.KnowledgeSearch;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answers part of the staff JSON API (DESIGN.md): list, create, edit (a new version), move through the
 * workflow; plus an answer's languages, versions, word diffs, and "try a question". Reading is for officials,
 * reviewers and administrators; writing for officials and administrators; publishing and archiving for
 * reviewers and administrators.
 */
@RestController
@RequestMapping("/admin/api/answers")
class AnswersApiController {

    private final AnswerCuration curation;
    private final AnswerEditing editing;
    private final KnowledgeSearch search;

    AnswersApiController(AnswerCuration curation, AnswerEditing editing, KnowledgeSearch search) {
        this.curation = curation;
        this.editing = editing;
        this.search = search;
    }

    record CreateRequest(String lang, String question, List<String> variants, String text, String category,
            String department) {
    }

    record UpdateRequest(String lang, String question, List<String> variants, String text, String category,
            String department, Integer version) {
    }

    record StatusRequest(String to, String lang, Integer version) {
    }

    @GetMapping
    @PreAuthorize(AnswerRoles.READ)
    List<AnswerJson> list(@RequestParam(required = false) String lang, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String department) {
        var filter = new AnswerFilter(q, category, lang, status(status), department);
        return curation.curated().stream().filter(filter::matches).map(AnswerJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(AnswerRoles.READ)
    AnswerJson.Languages one(@PathVariable String id) {
        return new AnswerJson.Languages(id, editing.existing(id).stream().map(AnswerJson::of).toList());
    }

    @PostMapping
    @PreAuthorize(AnswerRoles.EDIT)
    ResponseEntity<AnswerJson> create(@RequestBody CreateRequest request, Authentication who) {
        String lang = AnswerInputs.language(request.lang());
        var draft = new AnswerDraft(request.question(), request.variants(), request.text(), request.category(),
                request.department());
        String id = editing.create(Map.of(lang, required(draft)), Staff.of(who));
        CuratedAnswer created = curation.curated(id, lang).orElseThrow();
        return ResponseEntity.created(URI.create("/admin/api/answers/" + id))
                .eTag(etag(created.version())).body(AnswerJson.of(created));
    }

    /** Fields left out keep their value; {@code lang} in the body or the query, else the answer's only one. */
    @PutMapping("/{id}")
    @PreAuthorize(AnswerRoles.EDIT)
    ResponseEntity<AnswerJson> update(@PathVariable String id, @RequestBody UpdateRequest request,
            @RequestParam(name = "lang", required = false) String langParam,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication who) {
        String lang = editing.languageOf(id, request.lang() != null ? request.lang() : langParam);
        Integer basedOn = request.version() != null ? request.version() : Versions.fromIfMatch(ifMatch);
        var draft = new AnswerDraft(request.question(), request.variants(), request.text(), request.category(),
                request.department());
        AnswerVersion saved = editing.update(id, lang, draft, basedOn, Staff.of(who));
        CuratedAnswer current = curation.curated(id, lang).orElseThrow();
        return ResponseEntity.ok().eTag(etag(saved.version())).body(AnswerJson.of(current));
    }

    /** Without {@code lang}: every language of the answer, all or none. */
    @PostMapping("/{id}/status")
    @PreAuthorize(AnswerRoles.READ)
    AnswerJson.Moved status(@PathVariable String id, @RequestBody StatusRequest request,
            @RequestParam(name = "lang", required = false) String langParam,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication who) {
        AnswerStatus to = WireStatus.parse(request.to()).orElseThrow(() -> AnswerProblem.badRequest("status.unknown",
                "\"to\" is one of draft, in_review, published, archived."));
        String lang = request.lang() != null ? request.lang() : langParam;
        Integer basedOn = request.version() != null ? request.version() : Versions.fromIfMatch(ifMatch);
        List<AnswerVersion> moved = editing.move(id, lang, to, basedOn, Staff.of(who));
        return new AnswerJson.Moved(id, WireStatus.of(to), moved.stream()
                .map(v -> AnswerJson.of(curation.curated(id, v.answer().lang()).orElseThrow())).toList());
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize(AnswerRoles.READ)
    List<AnswerJson.Version> versions(@PathVariable String id, @RequestParam(required = false) String lang) {
        String language = editing.languageOf(id, lang);
        return AnswerHistory.rows(curation.history(id, language)).stream()
                .map(row -> new AnswerJson.Version(row.version().version(), row.status(), row.change(),
                        row.version().author(), row.version().at().toString(), row.changed()))
                .toList();
    }

    @GetMapping("/{id}/versions/{version}")
    @PreAuthorize(AnswerRoles.READ)
    AnswerJson.VersionContent version(@PathVariable String id, @PathVariable int version,
            @RequestParam(required = false) String lang) {
        return AnswerJson.VersionContent.of(curation.version(id, editing.languageOf(id, lang), version).orElseThrow());
    }

    /** Word-level differences; {@code from} defaults to the version before {@code to}, {@code to} to the newest. */
    @GetMapping("/{id}/diff")
    @PreAuthorize(AnswerRoles.READ)
    AnswerJson.Diff diff(@PathVariable String id, @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        String language = editing.languageOf(id, lang);
        int newer = to != null ? to : curation.curated(id, language).orElseThrow().version();
        int older = from != null ? from : newer - 1;
        VersionDiff diff = VersionDiff.between(curation.version(id, language, older).orElseThrow(),
                curation.version(id, language, newer).orElseThrow());
        var fields = new LinkedHashMap<String, List<AnswerJson.Op>>();
        diff.fields().forEach(f -> fields.put(f.name(),
                f.parts().stream().map(p -> new AnswerJson.Op(p.op(), p.text())).toList()));
        return new AnswerJson.Diff(id, language, older, newer, fields, diff.fromStatus(), diff.toStatus());
    }

    @GetMapping("/try")
    @PreAuthorize(AnswerRoles.READ)
    AnswerJson.Trial tryQuestion(@RequestParam(name = "q", defaultValue = "") String question,
            @RequestParam(defaultValue = "en") String lang) {
        QuestionTrial trial = QuestionTrial.run(search, question, AnswerInputs.language(lang));
        var given = trial.given();
        return new AnswerJson.Trial(trial.question(), trial.lang(), trial.threshold(), trial.rows().stream()
                .map(r -> new AnswerJson.Hit(r.rank(), r.hit().answerId(), r.hit().title(), r.hit().department(),
                        r.hit().confidence(), r.hit().confident()))
                .toList(), given == null ? null : given.answerId());
    }

    private static AnswerDraft required(AnswerDraft draft) {
        return new AnswerDraft(orEmpty(draft.question()), draft.variants() == null ? List.of() : draft.variants(),
                orEmpty(draft.text()), orEmpty(draft.category()), draft.department());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static AnswerStatus status(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        return WireStatus.parse(wire).orElseThrow(() -> AnswerProblem.badRequest("status.unknown",
                "status is one of draft, in_review, published, archived."));
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }
}
