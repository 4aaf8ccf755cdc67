package org.accord.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of accord-store: it keeps core types, and of Accord it uses core only. */
@AnalyzeClasses(packages = "org.accord.store", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule store_usesOnlyCoreOfAccord = noClasses()
            .that().resideInAPackage("org.accord.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.accord.ingest..", "org.accord.report..", "org.accord.app..")
            .because("the store keeps core types, whoever read or writes them");

    @ArchTest
    static final ArchRule store_packagesHaveNoCycles = slices().matching("org.accord.(**)").should().beFreeOfCycles();
}
