package dev.pyheap.runtime.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.pyheap.runtime.PyHeap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's packages and the one-way dependencies between them (ARCHITECTURE §2):
 * {@code inject -> modules -> gc -> state -> objects -> api}, {@code sanity} beside {@code gc}. A
 * lower layer reaches an upper one only through a type it declares itself (the check-point hook,
 * the allocation observer, the thread context), so no rule here needs an exception for it.
 */
final class ArchitectureTest {
    private static final String ROOT = "dev.pyheap.runtime";
    private static final String[] INTERNAL = {ROOT + ".inject..", ROOT + ".modules..", ROOT + ".gc..", ROOT + ".sanity..",
            ROOT + ".state..", ROOT + ".objects.."};
    private static final String[] EXPORTED = {ROOT, ROOT + ".gil", ROOT + ".tracemalloc", ROOT + ".objgraph",
            ROOT + ".management"};

    private static JavaClasses runtime;

    @BeforeAll
    static void importTheRuntime() throws URISyntaxException {
        // The main classes only, from where this module's classes are (a directory or a jar).
        var location = Location.of(PyHeap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        runtime = new ClassFileImporter().importLocations(Set.of(location));
    }

    /** PyHeap opens the heap: the one class of the embedding API that builds and calls the layers below. */
    private static final DescribedPredicate<JavaClass> THE_HEAP = DescribedPredicate.describe("PyHeap",
            c -> c.getName().equals(PyHeap.class.getName()));

    @Test
    void theImportSeesEveryLayer() {
        for (String c : new String[]{"inject.HeapComponent", "modules.GcModule", "gc.Binding", "sanity.SanityChecker",
                "state.InterpreterState", "objects.ObjectSpace", "PyHeap", "gil.Gil"}) {
            assertTrue(runtime.contain(ROOT + "." + c), c);
        }
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(EXPORTED)
                .layer("inject").definedBy(ROOT + ".inject..")
                .layer("modules").definedBy(ROOT + ".modules..")
                .layer("gc").definedBy(ROOT + ".gc..")
                .layer("sanity").definedBy(ROOT + ".sanity..")
                .layer("state").definedBy(ROOT + ".state..")
                .layer("objects").definedBy(ROOT + ".objects..")
                .whereLayer("inject").mayOnlyBeAccessedByLayers("api")
                .whereLayer("modules").mayOnlyBeAccessedByLayers("inject", "api")
                .whereLayer("sanity").mayOnlyBeAccessedByLayers("api")
                .whereLayer("gc").mayOnlyBeAccessedByLayers("modules", "sanity", "inject", "api")
                .whereLayer("state").mayOnlyBeAccessedByLayers("gc", "sanity", "modules", "inject", "api")
                .whereLayer("objects").mayOnlyBeAccessedByLayers("state", "gc", "sanity", "modules", "inject")
                .check(runtime);
    }

    @Test
    void onlyTheHeapOfTheEmbeddingApiReachesTheImplementation() {
        noClasses().that().resideInAnyPackage(EXPORTED).and(DescribedPredicate.not(THE_HEAP))
                .should().dependOnClassesThat().resideInAnyPackage(INTERNAL)
                .check(runtime);
    }

    @Test
    void theLayersBelowOnlyPassTheHeapAround() {
        noClasses().that().resideInAnyPackage(INTERNAL).and().resideOutsideOfPackage(ROOT + ".inject..")
                .should().accessClassesThat(THE_HEAP)
                .because("the heap is the embedder's: the layers below keep it only to hand it back (PyThreadState.heap())")
                .check(runtime);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(runtime);
    }

    /** An implementation behind an API interface lives in an unexported package, or is not public. */
    @Test
    void implementationsAreNotPublicApi() {
        classes().that().resideInAnyPackage(EXPORTED).and().areNotInterfaces().and().areNotRecords().and().areNotEnums()
                .and(implementAnApiInterface())
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(runtime);
    }

    private static DescribedPredicate<JavaClass> implementAnApiInterface() {
        return DescribedPredicate.describe("implement an interface of the embedding API",
                c -> c.getAllRawInterfaces().stream().anyMatch(i -> resideInAnyPackage(EXPORTED).test(i)));
    }

    /** The module exports exactly the embedding API; the rest is the implementation. */
    @Test
    void theModuleExportsTheApiPackagesOnly() {
        ModuleDescriptor descriptor = PyHeap.class.getModule().getDescriptor();
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(EXPORTED)), exported);
    }
}
