package dev.pyheap.driver;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The driver's packages and the one way their dependencies point (the module-info's comment draws
 * them):
 * <pre>
 *   scheduling ─────────────┬──────────────┐
 *       │                   ▼              ▼
 *       │      dev.pyheap.driver (SPI)  reports        workloads (services)
 *       │                   ▲                           │    │
 *       │                   └───────────────────────────┘    │
 *       └──────────────► patterns ◄──────────────────────────┘
 * </pre>
 * Built-in workloads are services nobody names; reports are plain records; patterns need no heap.
 */
@AnalyzeClasses(packages = "dev.pyheap.driver", importOptions = ImportOption.DoNotIncludeTests.class)
final class DriverArchitectureTest {
    private static final String SPI = "dev.pyheap.driver";
    private static final String SCHEDULING = "dev.pyheap.driver.scheduling..";
    private static final String REPORTS = "dev.pyheap.driver.reports..";
    private static final String WORKLOADS = "dev.pyheap.driver.workloads..";
    private static final String PATTERNS = "dev.pyheap.driver.patterns..";

    private DriverArchitectureTest() {
    }

    /** Every class sits in one of the five packages, and each package uses only those below it. */
    @ArchTest
    static final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("scheduling").definedBy(SCHEDULING)
            .layer("reports").definedBy(REPORTS)
            .layer("workloads").definedBy(WORKLOADS)
            .layer("workload SPI").definedBy(SPI)
            .layer("patterns").definedBy(PATTERNS)
            .whereLayer("scheduling").mayNotBeAccessedByAnyLayer()
            .whereLayer("workloads").mayNotBeAccessedByAnyLayer()
            .whereLayer("reports").mayOnlyBeAccessedByLayers("scheduling")
            .whereLayer("workload SPI").mayOnlyBeAccessedByLayers("scheduling", "workloads")
            .whereLayer("patterns").mayOnlyBeAccessedByLayers("scheduling", "workloads")
            .ensureAllClassesAreContainedInArchitecture();

    /** The C anchors' patterns drive an allocator alone: the benchmarks use them without a heap. */
    @ArchTest
    static final ArchRule patternsNeedOnlyTheApi = classes().that().resideInAPackage(PATTERNS)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.pyheap.api..", PATTERNS);

    /** What a run found is values; tables and JSON are the CLI's. */
    @ArchTest
    static final ArchRule reportsArePlainRecords = classes().that().resideInAPackage(REPORTS)
            .and().doNotHaveSimpleName("package-info").should().beRecords();

    @ArchTest
    static final ArchRule reportsNeitherPrintNorWrite = noClasses().that().resideInAPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..");

    /** A built-in workload is a service found by name: public only to be provided, and final. */
    @ArchTest
    static final ArchRule builtInWorkloadsAreServices = classes().that().resideInAPackage(WORKLOADS).and().arePublic()
            .should().implement(Workload.class).andShould().haveModifier(JavaModifier.FINAL);
}
