package city.civic.admin.intents;

import city.civic.admin.staff.StaffAudit;
import city.civic.dialog.IntentTraining;
import city.civic.dialog.IntentTraining.Example;
import city.civic.dialog.IntentTraining.Run;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Edits and training from the intents pages. With htmx the changed part comes back (a refusal with its reason
 * and status 400 or 409, nothing changed); a plain form post gets the whole page. Retraining and activation
 * are written to the audit trail as {@code intents.retrain} and {@code intents.activate}.
 */
@Controller
@RequestMapping("/admin/intents")
class IntentsActions {

    private final IntentTraining training;
    private final IntentsPageModel pages;
    private final StaffAudit audit;

    IntentsActions(IntentTraining training, IntentsPageModel pages, StaffAudit audit) {
        this.training = training;
        this.pages = pages;
        this.audit = audit;
    }

    @PostMapping("/{intent}/examples")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String add(@PathVariable String intent, @RequestParam(required = false) String language,
            @RequestParam(required = false) String text, Authentication who,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        try {
            Example added = training.add(intent, language, text, who.getName());
            model.addAttribute("addedId", added.id());
        } catch (IntentTraining.Refused refused) {
            refuse(refused, response, model);
            model.addAttribute("text", text);
        }
        return examplesView(intent, language, htmx, model);
    }

    @PostMapping("/{intent}/examples/{id}/remove")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String remove(@PathVariable String intent, @PathVariable long id, @RequestParam(required = false) String language,
            Authentication who, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response, Model model) {
        try {
            training.remove(id, who.getName());
        } catch (IntentTraining.Refused refused) {
            refuse(refused, response, model);
        }
        return examplesView(intent, language, htmx, model);
    }

    @PostMapping("/retrain")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String retrain(Authentication who, HttpServletRequest http, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            Run run = training.retrain(who.getName());
            audit.record(who.getName(), "intents.retrain", http.getMethod(), http.getRequestURI(), 200,
                    http.getRemoteAddr(), "run " + run.id() + " on " + run.examples() + " examples");
        } catch (IntentTraining.Refused refused) {
            refuse(refused, response, model);
        }
        return panelView(htmx, model);
    }

    @PostMapping("/activate")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String activate(@RequestParam(required = false) Long run, @RequestParam(defaultValue = "false") boolean insist,
            Authentication who, HttpServletRequest http, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            Run activated = training.activate(run == null ? -1 : run, insist, who.getName());
            audit.record(who.getName(), "intents.activate", http.getMethod(), http.getRequestURI(), 200,
                    http.getRemoteAddr(), String.format(Locale.ROOT, "run %d accuracy %.4f live %.4f%s", activated.id(),
                            activated.candidate().accuracy(), activated.live().accuracy(),
                            activated.insisted() ? " insisted (worse)" : ""));
        } catch (IntentTraining.Refused refused) {
            refuse(refused, response, model);
        }
        return panelView(htmx, model);
    }

    private String examplesView(String intent, String language, String htmx, Model model) {
        pages.examples(intent, language, model);
        return htmx != null ? "admin/intents/intent :: examples" : "admin/intents/intent";
    }

    private String panelView(String htmx, Model model) {
        if (htmx != null) {
            pages.trainingPanel(model);
            return "admin/intents/list :: training";
        }
        pages.overview(model);
        return "admin/intents/list";
    }

    private static void refuse(IntentTraining.Refused refused, HttpServletResponse response, Model model) {
        response.setStatus(refused.code().startsWith("training.") && !refused.code().equals("training.worse")
                ? 409 : 400);
        model.addAttribute("error", refused.code());
    }
}
