package dev.pyheap.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The commands use {@code output}; {@code output} turns the driver's reports and objgraph's DOT
 * text into what users read and tools parse, knowing nothing of the commands or of picocli.
 */
@AnalyzeClasses(packages = "dev.pyheap.cli", importOptions = ImportOption.DoNotIncludeTests.class)
final class CliArchitectureTest {
    private static final String OUTPUT = "dev.pyheap.cli.output..";

    private CliArchitectureTest() {
    }

    /** Presentation of plain values: the JDK, the driver's reports, the allocator's values and the drawing/JSON libraries. */
    @ArchTest
    static final ArchRule outputPresentsReportsOnly = classes().that().resideInAPackage(OUTPUT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.pyheap.driver.reports..", OUTPUT,
                    // the allocator's plain values (the arena map) and the drawing and JSON libraries
                    "dev.pyheap.api.alloc..", "javax.imageio..", "org.jfree.svg..", "tools.jackson..");

    /** The one process the command starts is Graphviz's {@code dot}, from {@code output}. */
    @ArchTest
    static final ArchRule onlyOutputStartsProcesses = noClasses().that().resideOutsideOfPackage(OUTPUT)
            .should().dependOnClassesThat().areAssignableTo(ProcessBuilder.class);
}
