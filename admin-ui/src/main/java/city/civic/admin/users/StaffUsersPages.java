package city.civic.admin.users;

import city.civic.admin.StaffRole;
import city.civic.admin.dashboard.BadInput;
import city.civic.dialog.ConversationInsights;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff accounts pages ({@code ADMIN} only). Forms post normally; a refused form is shown again with its
 * message (400, or 409 for the last administrator) and nothing changed. A generated password is shown in
 * the answer to the post that made it, once.
 */
@Controller
class StaffUsersPages {

    private final StaffDirectory directory;
    private final AccountAdministration administration;
    private final Departments departments;
    private final ZoneId zone;

    StaffUsersPages(StaffDirectory directory, AccountAdministration administration, Departments departments,
            ConversationInsights insights) {
        this.directory = directory;
        this.administration = administration;
        this.departments = departments;
        this.zone = insights.zone();
    }

    /** What the account forms offer, and department names for the list. */
    @ModelAttribute
    void choices(Model model) {
        List<Department> all = departments.all();
        model.addAttribute("allRoles", List.of(StaffRole.values()));
        model.addAttribute("departments", all);
        model.addAttribute("departmentNames", all.stream().collect(Collectors.toMap(Department::id, d -> d)));
        model.addAttribute("zone", zone);
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        model.addAttribute("members", directory.all());
        model.addAttribute("form", AccountForm.empty());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("form") AccountForm form, Authentication who, HttpServletRequest http,
            HttpServletResponse response, Model model) {
        try {
            var created = administration.create(AccountAdministration.Actor.of(who, http), form.username(),
                    form.displayName(), form.department(), form.rolesOrNone(), form.password());
            model.addAttribute("member", created.member());
            model.addAttribute("generatedPassword", created.generatedPassword());
            model.addAttribute("notice", "users.created");
            return "admin/user";
        } catch (BadInput | StaffChangeRefused e) {
            response.setStatus(e instanceof StaffChangeRefused ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", e instanceof BadInput bad ? bad.messageKey()
                    : ((StaffChangeRefused) e).messageKey());
            model.addAttribute("members", directory.all());
            model.addAttribute("form", form.withoutPassword());
            return "admin/users";
        }
    }

    @GetMapping("/admin/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    String member(@PathVariable String username, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("member", existing(username));
        if (done != null && List.of("saved", "enabled", "disabled").contains(done)) {
            model.addAttribute("notice", "users.done." + done);
        }
        return "admin/user";
    }

    @PostMapping("/admin/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable String username, @ModelAttribute AccountForm form, Authentication who,
            HttpServletRequest http, HttpServletResponse response, Model model) {
        existing(username);
        return changed(username, "saved", response, model, () -> administration.update(
                AccountAdministration.Actor.of(who, http), username, form.displayName(), form.department(),
                form.rolesOrNone()));
    }

    @PostMapping("/admin/users/{username}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    String enabled(@PathVariable String username, @RequestParam(required = false) String enabled, Authentication who,
            HttpServletRequest http, HttpServletResponse response, Model model) {
        existing(username);
        boolean enable = "true".equals(enabled);
        return changed(username, enable ? "enabled" : "disabled", response, model,
                () -> administration.setEnabled(AccountAdministration.Actor.of(who, http), username, enable));
    }

    @PostMapping("/admin/users/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    String password(@PathVariable String username, @RequestParam(required = false) String password,
            Authentication who, HttpServletRequest http, HttpServletResponse response, Model model) {
        existing(username);
        try {
            var generated = administration.resetPassword(AccountAdministration.Actor.of(who, http), username,
                    password);
            model.addAttribute("generatedPassword", generated.orElse(null));
            model.addAttribute("notice", "users.passwordSet");
        } catch (BadInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passwordError", e.messageKey());
        }
        model.addAttribute("member", existing(username));
        return "admin/user";
    }

    /** An account that vanished between the check and the change: as if it had never been there. */
    @ExceptionHandler(NoSuchElementException.class)
    void unknown(HttpServletResponse response) throws java.io.IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Post, redirect, get: the page after a change can be reloaded without posting again. */
    private String changed(String username, String done, HttpServletResponse response, Model model,
            Runnable change) {
        try {
            change.run();
            return "redirect:/admin/users/{username}?done=" + done;
        } catch (BadInput | StaffChangeRefused e) {
            response.setStatus(e instanceof StaffChangeRefused ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", e instanceof BadInput bad ? bad.messageKey()
                    : ((StaffChangeRefused) e).messageKey());
            model.addAttribute("member", existing(username));
            return "admin/user";
        }
    }

    private StaffMember existing(String username) {
        return directory.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
