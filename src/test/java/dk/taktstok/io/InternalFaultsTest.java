package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fault is ours when our code threw it or made the JDK call that did; a library's when the library
 * made the call. Judged on the whole stack, not its top frame.
 */
class InternalFaultsTest {

    private static StackTraceElement jdk(String type) {
        return new StackTraceElement(null, "java.base", null, type, "get", type + ".java", 1);
    }

    private static StackTraceElement library(String type) {
        return new StackTraceElement(type, "read", "Library.java", 1);
    }

    private static StackTraceElement ours(String type) {
        return new StackTraceElement(type, "read", "Ours.java", 1);
    }

    private static RuntimeException thrownAt(StackTraceElement... frames) {
        var fault = new RuntimeException("thrown");
        fault.setStackTrace(frames);
        return fault;
    }

    private static Throwable caught(Runnable code) {
        try {
            code.run();
        } catch (RuntimeException | Error e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }

    @Test
    void anExceptionOurCodeThrowsIsOurs() {
        assertThat(InternalFaults.isOurs(caught(() -> {
            throw new IllegalStateException("a fault of ours");
        }))).isTrue();
    }

    @Test
    void aFaultSurfacingInsideAJdkMethodWeCalledIsOurs() {
        List<String> empty = new ArrayList<>();

        assertThat(InternalFaults.isOurs(caught(() -> empty.get(3)))).isTrue();
        assertThat(InternalFaults.isOurs(caught(() -> Integer.parseInt("26,7")))).isTrue();
    }

    @Test
    void aFaultThrownInsideALibraryIsTheLibrarys() {
        assertThat(InternalFaults.isOurs(thrownAt(library("org.apache.poi.Sheet"), ours("dk.taktstok.io.excel.Reader"))))
                .isFalse();
    }

    @Test
    void aJdkMethodThatALibraryCalledIsTheLibrarys() {
        assertThat(InternalFaults.isOurs(thrownAt(jdk("java.util.ArrayList"), library("org.apache.poi.Sheet"),
                ours("dk.taktstok.io.excel.Reader")))).isFalse();
    }

    @Test
    void aJdkMethodThatOurCodeCalledIsOursEvenBelowALibrary() {
        // our SAX handler, called by the JDK's parser, called by POI
        assertThat(InternalFaults.isOurs(thrownAt(jdk("java.util.ArrayList"), ours("dk.taktstok.io.excel.Handler"),
                jdk("com.sun.org.apache.xerces.internal.Parser"), library("org.apache.poi.Package")))).isTrue();
    }

    @Test
    void aFaultOfOursThatALibraryWrappedIsFoundAmongTheCauses() {
        var wrapped = new RuntimeException("POI's wrapper", thrownAt(ours("dk.taktstok.io.excel.Handler")));
        wrapped.setStackTrace(new StackTraceElement[] {library("org.apache.poi.Package")});

        assertThat(InternalFaults.isOurs(wrapped)).isTrue();
    }

    @Test
    void aCheckedExceptionIsAFileProblemNotAFault() {
        var damaged = new IOException("truncated");
        damaged.setStackTrace(new StackTraceElement[] {ours("dk.taktstok.io.excel.Reader")});

        assertThat(InternalFaults.isOurs(damaged)).isFalse();
    }

    @Test
    void runningOutOfMemoryIsTheFilesSizeNotAFault() {
        var memory = new OutOfMemoryError("Java heap space");
        memory.setStackTrace(new StackTraceElement[] {ours("dk.taktstok.io.excel.Reader")});

        assertThat(InternalFaults.isOurs(memory)).isFalse();
    }

    @Test
    void aDeliberateRefusalHasNoStackAndIsNoFault() {
        assertThat(InternalFaults.isOurs(caught(() -> {
            throw new ReadCancelled();
        }))).isFalse();
    }
}
