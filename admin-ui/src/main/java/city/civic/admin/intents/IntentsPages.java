package city.civic.admin.intents;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The intents overview with the training panel, one intent's examples, and the panel alone for polling. */
@Controller
@RequestMapping("/admin/intents")
class IntentsPages {

    private final IntentsPageModel pages;

    IntentsPages(IntentsPageModel pages) {
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String list(Model model) {
        pages.overview(model);
        return "admin/intents/list";
    }

    @GetMapping("/training")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String training(Model model) {
        pages.trainingPanel(model);
        return "admin/intents/list :: training";
    }

    /** {@code language} chooses the examples' language (the staff UI's own is {@code lang}); by default the UI's. */
    @GetMapping("/{intent}")
    @PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
    String intent(@PathVariable String intent, @RequestParam(required = false) String language, Locale locale,
            Model model) {
        pages.examples(intent, language != null ? language : locale.getLanguage(), model);
        return "admin/intents/intent";
    }
}
