package org.accord.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of accord-spark: of Accord it uses ingest and core only, as the command line's library users do. */
@AnalyzeClasses(packages = "org.accord.spark", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule spark_usesOnlyIngestAndCoreOfAccord = noClasses()
            .that().resideInAPackage("org.accord.spark..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.accord.report..", "org.accord.store..", "org.accord.app..")
            .because("the Spark job reads and extracts with ingest and merges with core, like the command line, "
                    + "and nothing else of Accord");

    @ArchTest
    static final ArchRule spark_packagesHaveNoCycles = slices().matching("org.accord.(**)").should().beFreeOfCycles();
}
