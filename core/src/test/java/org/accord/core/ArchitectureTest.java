package org.accord.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of accord-core: the domain stands alone. It uses no other Accord module and no library that reads or
 * writes a file format, so that every other module, and any team embedding it, can depend on it cheaply.
 */
@AnalyzeClasses(packages = "org.accord.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_usesNoOtherAccordModule = noClasses()
            .that().resideInAPackage("org.accord.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.accord.ingest..", "org.accord.report..", "org.accord.store..", "org.accord.app..")
            .because("core is the domain every other module depends on");

    @ArchTest
    static final ArchRule core_usesNoFileFormatLibrary = noClasses()
            .that().resideInAPackage("org.accord.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jsoup..",                      // HTML
                    "org.apache.poi..",                 // Excel, Word
                    "com.lowagie..", "org.openpdf..",   // OpenPDF
                    "org.apache.pdfbox..",              // PDF
                    "com.fasterxml.jackson.dataformat..", // YAML, XML, CSV...
                    "com.hankcs..",                     // HanLP
                    "org.sqlite..", "java.sql..")       // the store
            .because("core never sees a file format: reading and writing formats is ingest's, report's and store's");

    @ArchTest
    static final ArchRule core_packagesHaveNoCycles = slices().matching("org.accord.(**)").should().beFreeOfCycles();
}
