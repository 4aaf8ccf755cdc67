package org.accord.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of accord-report: it writes core types and never sees how articles are read or kept. */
@AnalyzeClasses(packages = "org.accord.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule report_neverSeesIngestOrStore = noClasses()
            .that().resideInAPackage("org.accord.report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.accord.ingest..", "org.accord.store..", "org.accord.app..")
            .because("report writes agreements from core types, wherever they came from");

    /**
     * The writers' packages ({@code excel}, {@code pdf}, {@code internal}, with their subpackages) form no cycle. The
     * front door {@code Reports} and the types callers hand it ({@code Period}, {@code ReportOptions},
     * {@code ReportLanguage}) sit in {@code org.accord.report} itself, and the writers take those types, so that
     * package is left out of the slices: a facade calling the packages that use its own API types is by design.
     */
    @ArchTest
    static final ArchRule report_writerPackagesHaveNoCycles =
            slices().matching("org.accord.report.(*)..").should().beFreeOfCycles();
}
