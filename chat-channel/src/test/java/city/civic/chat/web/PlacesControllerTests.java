package city.civic.chat.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import city.civic.chat.ChatConfigurationForTests;
import city.civic.dialog.Language;
import city.civic.dialog.PlaceSuggestion;
import city.civic.dialog.Places;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The places endpoint of DESIGN.md: the gazetteer's suggestions in the asked language, and its refusals. */
@WebMvcTest(PlacesController.class)
@Import(ChatConfigurationForTests.class)
class PlacesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Places places;

    @Test
    void suggestionsComeInTheContractsShape() throws Exception {
        when(places.suggest("오포", Language.KO, 8)).thenReturn(List.of(
                new PlaceSuggestion("opo-intersection", "오포사거리", "intersection", "오포읍", 37.36, 127.22)));

        mvc.perform(get("/api/v1/places").param("q", "오포").param("lang", "ko"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("opo-intersection"))
                .andExpect(jsonPath("$[0].name").value("오포사거리"))
                .andExpect(jsonPath("$[0].kind").value("intersection"))
                .andExpect(jsonPath("$[0].district").value("오포읍"))
                .andExpect(jsonPath("$[0].lat").value(37.36))
                .andExpect(jsonPath("$[0].lon").value(127.22));
    }

    @Test
    void englishIsTheDefaultLanguage() throws Exception {
        when(places.suggest("Opo", Language.EN, 8)).thenReturn(List.of());

        mvc.perform(get("/api/v1/places").param("q", "Opo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        verify(places).suggest("Opo", Language.EN, 8);
    }

    @Test
    void anUnknownLanguageOrALongQueryIsA400() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "Opo").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("language.unsupported"));
        mvc.perform(get("/api/v1/places").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("query.too_long"));
        verify(places, never()).suggest(anyString(), any(), anyInt());
    }
}
