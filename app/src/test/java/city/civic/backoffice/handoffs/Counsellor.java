package city.civic.backoffice.handoffs;

import city.civic.admin.StaffRole;
import city.civic.security.StaffApi;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member of staff with the given roles working hand-offs through the staff JSON API (HTTP Basic). */
record Counsellor(String username, StaffApi api) {

    static final String PASSWORD = "correct horse battery";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Counsellor create(int port, UserDetailsManager accounts, PasswordEncoder passwords, String prefix,
            StaffRole... roles) {
        String username = prefix + "-" + Long.toHexString(System.nanoTime());
        accounts.createUser(User.withUsername(username).password(passwords.encode(PASSWORD))
                .authorities(Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build());
        return new Counsellor(username, new StaffApi(port, username, PASSWORD));
    }

    StaffApi.Response list() {
        return api.get("/admin/api/handoffs");
    }

    /** This conversation's entry in the list of open hand-offs, or null. */
    JsonNode inList(String conversationId) {
        StaffApi.Response list = list();
        if (list.status() != 200) {
            throw new AssertionError("list: " + list.status() + " " + list.raw().body());
        }
        return list.body().valueStream().filter(h -> h.get("conversationId").asString().equals(conversationId))
                .findFirst().orElse(null);
    }

    StaffApi.Response pickUp(String conversationId, String name) {
        return api.postJson(path(conversationId, "pickup"), JSON.writeValueAsString(Map.of("name", name)));
    }

    StaffApi.Response say(String conversationId, String text) {
        return api.postJson(path(conversationId, "messages"), JSON.writeValueAsString(Map.of("text", text)));
    }

    StaffApi.Response handBack(String conversationId) {
        return api.postJson(path(conversationId, "handback"), "{}");
    }

    StaffApi.Response close(String conversationId) {
        return api.postJson(path(conversationId, "close"), "{}");
    }

    static String path(String conversationId, String action) {
        return "/admin/api/handoffs/" + conversationId + "/" + action;
    }
}
