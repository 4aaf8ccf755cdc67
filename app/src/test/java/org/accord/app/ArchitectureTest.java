package org.accord.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of accord-app: the command line may use every module, but its own packages form no cycle. */
@AnalyzeClasses(packages = "org.accord.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule app_packagesHaveNoCycles = slices().matching("org.accord.(**)").should().beFreeOfCycles();
}
