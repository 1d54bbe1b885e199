package org.lambeth.livingwell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages' boundaries, checked by Spring Modulith: each direct sub-package of
 * {@code org.lambeth.livingwell} is a module; another module may use only its top-level package and the sub-packages
 * it names as interfaces ({@code @NamedInterface} in their {@code package-info.java}), and no two modules depend on
 * each other in a cycle. The module diagrams are written to {@code docs/modules} (ARCHITECTURE.md links them).
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(LivingWellMapApplication.class);

    @Test
    void featuresUseOnlyEachOthersInterfacesAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
