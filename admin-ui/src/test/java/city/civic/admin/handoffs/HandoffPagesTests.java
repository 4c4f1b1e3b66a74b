package city.civic.admin.handoffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import city.civic.dialog.Channel;
import city.civic.dialog.Conversations;
import city.civic.dialog.HandoffSummary;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The hand-offs pages rendered by Thymeleaf over in-memory hand-offs: what a counsellor sees and may do, in
 * English and Korean, with everything citizens and counsellors typed escaped. Roles are proven over real HTTP
 * (app tests); here the pages themselves.
 */
class HandoffPagesTests {

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final HandoffSummary SUMMARY = new HandoffSummary("the streetlight " + SCRIPT + " is out", "streetlight.report",
            "Opo-ro", "SC-2026-000123", List.of(new HandoffSummary.Step("answered", "Streetlights"),
                    new HandoffSummary.Step("report_started", "streetlight.report"),
                    new HandoffSummary.Step("not_understood", null)));

    final FakeHandoffs handoffs = new FakeHandoffs(NOW);
    final List<String> audited = new java.util.ArrayList<>();
    final MockMvc mvc = mvc();

    @Test
    void theQueueShowsEachHandoffWithItsSummaryAndWhatTheBotTried() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hi");
        handoffs.add("call-1", Channel.PHONE, new HandoffSummary(null, null, null, null, List.of()), "agent");

        String page = page(get("/admin/console/handoffs"));

        assertThat(page).contains("Hand-offs").contains("2 waiting, 0 answered now")
                .contains("Web chat").contains("Phone").contains("asked 5 min ago")
                .contains("Streetlight fault").contains("Opo-ro").contains("SC-2026-000123")
                .contains("Answered from &quot;Streetlights&quot;").contains("Started a report: Streetlight fault")
                .contains("Did not understand a message").contains("Only asked for a person so far")
                .contains("Read the transcript").contains("href=\"/admin/console\"")
                .contains("sse-connect=\"/admin/console/handoffs/events\"");
        assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theQueueIsInKoreanToo() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hi");

        String page = page(get("/admin/console/handoffs").locale(Locale.KOREAN));

        assertThat(page).contains("상담 연결").contains("대기 1건, 응대 중 0건").contains("웹 채팅").contains("가로등 고장");
    }

    @Test
    void aWaitingChatOffersPickUpAndAPhoneCallOnlyReadingAndClosing() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hello " + SCRIPT);
        handoffs.add("call-1", Channel.PHONE, SUMMARY, "agent");

        String chat = page(get("/admin/console/handoffs/chat-1"));
        String call = page(get("/admin/console/handoffs/call-1"));

        assertThat(chat).contains("id=\"counsellor-name\"").contains("Pick up").doesNotContain("reply-text")
                .contains("sse-connect=\"/admin/console/handoffs/events?conversation=chat-1\"")
                .contains("hello &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        assertThat(call).doesNotContain("counsellor-name").contains("Done: close").contains("call-1")
                .contains("Asterisk");
    }

    @Test
    void pickingUpShowsTheMessageBoxToItsCounsellorOnlyAndRemembersTheName() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hi");

        var session = new org.springframework.mock.web.MockHttpSession();
        var picked = mvc.perform(as("op1", post("/admin/console/handoffs/chat-1/pickup").param("name", "Mina \"><b>")
                .session(session))).andReturn().getResponse();
        String mine = page(get("/admin/console/handoffs/chat-1").session(session));
        String theirs = page(get("/admin/console/handoffs/chat-1"), "op2");

        assertThat(picked.getStatus()).isEqualTo(303);
        assertThat(picked.getRedirectedUrl()).isEqualTo("/admin/console/handoffs/chat-1");
        assertThat(mine).contains("id=\"reply-text\"").contains("maxlength=\"" + Handoffs.LONGEST_MESSAGE + "\"")
                .contains("Hand back to the bot")
                .contains("shown as Mina &quot;&gt;&lt;b&gt;").doesNotContain("Mina \"><b>");
        assertThat(theirs).doesNotContain("reply-text").contains("Another counsellor (op1) answers");
        assertThat(audited).containsExactly("handoff.pickup");
    }

    @Test
    void aMessageSentWithHtmxIsAnsweredWithNoContentAndPlainFormsAreRedirected() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hi");
        handoffs.pickUp("chat-1", "Mina", "op1");

        int htmx = mvc.perform(as("op1", post("/admin/console/handoffs/chat-1/messages").param("text", "Hello")
                .header("HX-Request", "true"))).andReturn().getResponse().getStatus();
        var plain = mvc.perform(as("op1", post("/admin/console/handoffs/chat-1/messages").param("text", " ")))
                .andReturn().getResponse();
        var refused = mvc.perform(as("op1", post("/admin/console/handoffs/chat-1/messages").param("text", " ")
                .header("HX-Request", "true"))).andReturn().getResponse();

        assertThat(htmx).isEqualTo(204);
        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getRedirectedUrl()).isEqualTo("/admin/console/handoffs/chat-1?error=message.missing");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("message.missing");
        assertThat(page(get("/admin/console/handoffs/chat-1?error=message.missing")))
                .contains("The message has no text.");
        assertThat(audited).containsExactly("handoff.message");
    }

    @Test
    void theLimitsInRefusalsAreTheOnesTheHandoffsApplyInBothLanguages() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "hi");

        assertThat(page(get("/admin/console/handoffs/chat-1?error=message.too_long")))
                .contains("Messages can be at most " + Handoffs.LONGEST_MESSAGE + " characters.");
        assertThat(page(get("/admin/console/handoffs/chat-1?error=name.too_long").locale(Locale.KOREAN)))
                .contains("이름은 최대 " + Handoffs.LONGEST_NAME + "자입니다.");
        assertThat(page(get("/admin/console/handoffs/chat-1?error=handoff.expired")))
                .contains("The citizen\u2019s conversation has expired.");
    }

    @Test
    void theTranscriptFragmentSendsOnlyWhatThePageHasNotShown() throws Exception {
        handoffs.add("chat-1", Channel.WEB, SUMMARY, "first");
        handoffs.pickUp("chat-1", "Mina", "op1");
        handoffs.say("chat-1", "op1", "second " + SCRIPT);

        String more = page(get("/admin/console/handoffs/chat-1/transcript").param("after", "1"));

        assertThat(more).doesNotContain("first").contains("second &lt;script&gt;")
                .contains("Counsellor Mina").contains("id=\"transcript-after\"").contains("value=\"2\"")
                .contains("hx-swap-oob=\"true\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, "op1");
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        var response = mvc.perform(as(username, request)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.principal(new UsernamePasswordAuthenticationToken(username, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
    }

    private MockMvc mvc() {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var clocks = new StaticListableBeanFactory(java.util.Map.of("clock", clock)).getBeanProvider(Clock.class);
        var views = new HandoffViews(ZoneId.of("Asia/Seoul"), clocks);
        CounsellorActions.AuditRow audit = (username, action, method, path, status, address, detail) -> audited.add(action);
        var actions = new CounsellorActions(handoffs, audit);
        var controller = new HandoffPageController(handoffs, conversations(), actions, views, new HandoffStream());
        return MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new Layout())
                .setViewResolvers(viewResolver()).build();
    }

    private Conversations conversations() {
        return new Conversations() {
            public StartedConversation start(Channel channel, Language language) {
                throw new UnsupportedOperationException();
            }

            public List<Reply> handle(String conversationId, Utterance utterance, String clientMessageId) {
                throw new UnsupportedOperationException();
            }

            public Optional<List<Reply>> repliesTo(String conversationId, String clientMessageId) {
                throw new UnsupportedOperationException();
            }

            public Optional<Transcript> transcript(String conversationId) {
                return keptTranscript(conversationId);
            }

            public Optional<Transcript> keptTranscript(String conversationId) {
                return handoffs.find(conversationId).map(h -> handoffs.transcript(conversationId));
            }

            public boolean ownedBy(String conversationId, String token) {
                return false;
            }
        };
    }

    private static ThymeleafViewResolver viewResolver() {
        var templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("admin/messages", "admin/handoffs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        var resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setCharacterEncoding("UTF-8");
        return resolver;
    }

    /** What the back office's layout finds in every page's model (StaffPages, Spring Security's CSRF token). */
    @ControllerAdvice
    static class Layout {
        @ModelAttribute("_csrf")
        DefaultCsrfToken csrf() {
            return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token");
        }

        @ModelAttribute("staff")
        city.civic.admin.web.Staff staff(java.security.Principal who) {
            return new city.civic.admin.web.Staff(who == null ? "op1" : who.getName(),
                    java.util.EnumSet.of(city.civic.admin.StaffRole.OPERATOR));
        }

        @ModelAttribute("requestPath")
        String requestPath(jakarta.servlet.http.HttpServletRequest request) {
            return request.getRequestURI();
        }
    }
}
