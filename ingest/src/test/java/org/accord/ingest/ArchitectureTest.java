package org.accord.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of accord-ingest: it reads articles into core types and knows nothing of what is done with them. */
@AnalyzeClasses(packages = "org.accord.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ingest_usesOnlyCoreOfAccord = noClasses()
            .that().resideInAPackage("org.accord.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.accord.report..", "org.accord.store..", "org.accord.app..")
            .because("ingest turns documents into core types; reports, the store and the CLI build on it, not it on them");

    @ArchTest
    static final ArchRule ingest_packagesHaveNoCycles = slices().matching("org.accord.(**)").should().beFreeOfCycles();
}
