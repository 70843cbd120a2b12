package se.nspl.finance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Capacity data never feeds finance: the cost key rests on the registry's populations and decisions only. */
class FinanceBoundaryTest {

    @Test
    void financeReadsNothingOfCapacityOrThePicture() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.nspl.finance");

        noClasses()
                .that()
                .resideInAPackage("se.nspl.finance..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.nspl.capacity..", "se.nspl.picture..")
                .check(classes);
    }
}
