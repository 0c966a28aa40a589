package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The fuzz targets and property tests catch a fault of Taktstok's own in the table finder: with one
 * injected ({@link TableFinder#injectedFault}), each of them that reads tables fails, and fails because of
 * that fault. Before faults were told apart, such a fault became "an internal error" problem, which the
 * tests took for a rejected file, and all of them passed. Runs beside the fuzz targets (fuzz-inputs).
 */
class InjectedFaultTest {

    private static final String FAULT = "a fault injected into the table finder";

    @TempDir
    Path folder;

    /** A test method that failed, and what it failed with. */
    private record Failure(String test, Throwable cause) {
    }

    @Test
    void aFaultInTheTableFinderFailsEveryFuzzTargetAndThePropertyTestOfDamagedFiles() throws Exception {
        List<Failure> failures;
        TableFinder.injectedFault = FAULT;
        try {
            failures = run(GridFuzzTest.class.getName(), "dk.taktstok.io.csv.CsvFuzzTest",
                    "dk.taktstok.io.excel.ExcelFuzzTest", "dk.taktstok.io.FilePropertiesTest");
        } finally {
            TableFinder.injectedFault = null;
        }

        assertThat(failures).extracting(Failure::test).contains(
                "GridFuzzTest.anyGridGivesAStudyOrAProblem",
                "CsvFuzzTest.anyBytesGiveAStudyOrAProblem",
                "ExcelFuzzTest.anyBytesGiveAStudyOrAProblem",
                "FilePropertiesTest.damagedFilesGiveAStudyOrAProblem");
        assertThat(failures).as("every failure is the injected fault, thrown in the table finder")
                .allSatisfy(failure -> assertThat(injectedIn(failure.cause()))
                        .as("%s failed with %s", failure.test(), failure.cause()).isPresent());
    }

    /** Runs the test classes on the JUnit Platform and gives the failures, by class and method. */
    private List<Failure> run(String... classes) throws Exception {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Stream.of(classes).map(c -> selectClass(c)).toList())
                // jqwik remembers failing seeds; these failures are not to be tried first by the next build
                .configurationParameter("jqwik.database", Files.createDirectories(folder.resolve("jqwik")).resolve("db").toString())
                .build();
        Map<TestIdentifier, Throwable> failed = new LinkedHashMap<>();
        TestPlan[] plan = new TestPlan[1];
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                plan[0] = testPlan;
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED && id.isTest()) {
                    failed.put(id, result.getThrowable().orElse(null));
                }
            }
        });
        List<Failure> failures = new ArrayList<>();
        failed.forEach((id, cause) -> failures.add(new Failure(methodOf(plan[0], id), cause)));
        return failures;
    }

    /** "CsvFuzzTest.anyBytesGiveAStudyOrAProblem" for a test or for one of its invocations. */
    private static String methodOf(TestPlan plan, TestIdentifier id) {
        for (Optional<TestIdentifier> at = Optional.of(id); at.isPresent(); at = plan.getParent(at.get())) {
            if (at.get().getSource().orElse(null) instanceof MethodSource method) {
                String type = method.getClassName();
                return type.substring(type.lastIndexOf('.') + 1) + "." + method.getMethodName();
            }
        }
        return id.getDisplayName();
    }

    /** The injected fault in the chain of causes, if it is there and was thrown by the table finder. */
    private static Optional<Throwable> injectedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && FAULT.equals(t.getMessage())
                    && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().equals(TableFinder.class.getName())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
