package city.civic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph, verified: each module reaches only the modules its {@code package-info} allows
 * ({@code allowedDependencies}), and those only through their APIs or the named interfaces it names.
 */
class ModularityTests {

    final ApplicationModules modules = ApplicationModules.of(CivicContactApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    /** A module without the list would be allowed everything, so a new module could not drift unseen. */
    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        List<String> undeclared = modules.stream()
                .filter(module -> module.getBasePackage().getAnnotation(ApplicationModule.class)
                        .map(annotation -> List.of(annotation.allowedDependencies()).contains(OPEN))
                        .orElse(true))
                .map(module -> module.getName())
                .toList();

        assertThat(undeclared).isEmpty();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /** {@link ApplicationModule#allowedDependencies()}'s default: any dependency allowed. */
    private static final String OPEN = "\u00af\\_(\u30c4)_/\u00af";
}
