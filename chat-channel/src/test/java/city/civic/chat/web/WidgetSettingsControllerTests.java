package city.civic.chat.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.chat.ChatConfigurationForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The widget takes its message limit from the server's configuration. */
@WebMvcTest(WidgetSettingsController.class)
@Import(ChatConfigurationForTests.class)
@TestPropertySource(properties = "civic.chat.max-message-length=500")
class WidgetSettingsControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theScriptCarriesTheConfiguredLimit() throws Exception {
        mvc.perform(get("/chat/settings.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(content().string(containsString("window.CivicChatSettings")))
                .andExpect(content().string(containsString("maxMessageLength: 500 ")));
    }
}
