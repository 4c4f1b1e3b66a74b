package city.civic.admin.users;

import city.civic.admin.StaffRole;
import city.civic.admin.dashboard.BadInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts for administrators' scripts ({@code ADMIN} only): list, create, change, disable and enable,
 * reset a password. A generated password is in the answer that made it, and nowhere else.
 */
@RestController
@RequestMapping("/admin/api/users")
class StaffUsersApi {

    private final StaffDirectory directory;
    private final AccountAdministration administration;

    StaffUsersApi(StaffDirectory directory, AccountAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    record NewAccount(String username, String displayName, String department, List<String> roles, String password) {
    }

    record AccountChange(String displayName, String department, List<String> roles) {
    }

    record Enabled(Boolean enabled) {
    }

    record NewPassword(String password) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<Map<String, Object>> list() {
        return directory.all().stream().map(StaffUsersApi::json).toList();
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> one(@PathVariable String username) {
        return json(directory.find(username).orElseThrow());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewAccount account, Authentication who,
            HttpServletRequest http) {
        var created = administration.create(AccountAdministration.Actor.of(who, http), account.username(),
                account.displayName(), account.department(), account.roles(), account.password());
        Map<String, Object> body = json(created.member());
        if (created.generatedPassword() != null) {
            body.put("password", created.generatedPassword());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> change(@PathVariable String username, @RequestBody AccountChange change, Authentication who,
            HttpServletRequest http) {
        return json(administration.update(AccountAdministration.Actor.of(who, http), username, change.displayName(),
                change.department(), change.roles()));
    }

    @PostMapping("/{username}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> enabled(@PathVariable String username, @RequestBody Enabled enabled, Authentication who,
            HttpServletRequest http) {
        if (enabled.enabled() == null) {
            throw new BadInput("enabled.missing", "Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        return json(administration.setEnabled(AccountAdministration.Actor.of(who, http), username,
                enabled.enabled()));
    }

    @PostMapping("/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> password(@PathVariable String username, @RequestBody(required = false) NewPassword password,
            Authentication who, HttpServletRequest http) {
        var generated = administration.resetPassword(AccountAdministration.Actor.of(who, http), username,
                password == null ? null : password.password());
        Map<String, Object> body = json(directory.find(username).orElseThrow());
        generated.ifPresent(value -> body.put("password", value));
        return body;
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<Map<String, String>> refuse(BadInput e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "request.malformed", "message",
                "The body must be a JSON object."));
    }

    @ExceptionHandler(StaffChangeRefused.class)
    ResponseEntity<Map<String, String>> conflict(StaffChangeRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.code(), "message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "user.not_found", "message",
                "There is no staff account of that name."));
    }

    static Map<String, Object> json(StaffMember member) {
        var body = new LinkedHashMap<String, Object>();
        body.put("username", member.username());
        body.put("displayName", member.displayName());
        body.put("department", member.department());
        body.put("roles", member.roles().stream().map(StaffRole::name).sorted().toList());
        body.put("enabled", member.enabled());
        body.put("createdAt", member.createdAt() == null ? null : member.createdAt().toString());
        return body;
    }
}
