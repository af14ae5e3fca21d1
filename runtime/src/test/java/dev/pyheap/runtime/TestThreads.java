package dev.pyheap.runtime;

import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/** What the tests of misuse across threads share: calls tried one by one, threads waited for with Awaitility. */
final class TestThreads {
    private TestThreads() {
    }

    /** Each call's outcome, in order: {@code name: allowed} or {@code name: ExceptionClass: message}. */
    static List<String> outcomes(Map<String, Executable> calls) {
        List<String> out = new ArrayList<>();
        calls.forEach((name, call) -> {
            try {
                call.execute();
                out.add(name + ": allowed");
            } catch (Throwable e) {
                out.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
        return out;
    }

    /**
     * One call of each kind through thread state {@code t}: operations, the GIL, frames, the C API
     * ({@code c}, taken beforehand, and {@code address}, that of {@code list}), a frame's locals.
     */
    static Map<String, Executable> threadStateCalls(PyThreadState t, CApi c, long address, PyFrame frame, Handle list) {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("newList", t::newList);
        calls.put("append", () -> t.append(list, list));
        calls.put("repr", () -> t.repr(list));
        calls.put("releaseGil", t::releaseGil);
        calls.put("acquireGil", t::acquireGil);
        calls.put("checkpoint", t::checkpoint);
        calls.put("pushFrame", () -> t.pushFrame("f", "x.py", 1));
        calls.put("popFrame", t::popFrame);
        calls.put("holdsGil", t::holdsGil);
        calls.put("depth", t::depth);
        calls.put("heap", t::heap);
        calls.put("capi", t::capi);
        calls.put("capi.newList", c::newList);
        calls.put("capi.incref", () -> c.incref(address));
        calls.put("capi.decref", () -> c.decref(address));
        calls.put("capi.toHandle", () -> c.toHandle(address));
        calls.put("frame.setLocal", () -> frame.setLocal("x", list));
        calls.put("frame.getLocal", () -> frame.getLocal("list"));
        calls.put("frame.delLocal", () -> frame.delLocal("list"));
        calls.put("frame.setLine", () -> frame.setLine(7));
        return calls;
    }

    /** Runs {@code body} in a new daemon thread named {@code name} and waits for its result. */
    static <T> T inThread(String name, Supplier<T> body) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        start(name, () -> {
            try {
                result.complete(body.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(result::isDone);
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * A daemon thread named {@code name} that attaches to {@code heap} and takes the GIL (and lets
     * it go): the future completes with null once it had it, or with what was thrown instead.
     */
    static CompletableFuture<Throwable> acquireInThread(PyHeap heap, String name) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        start(name, () -> {
            try (PyThreadState t = heap.attach()) {
                t.acquireGil();
                t.releaseGil();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        return outcome;
    }

    private static void start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
