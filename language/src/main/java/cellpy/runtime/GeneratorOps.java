package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The generator protocol on the uncached path: {@code __next__}, {@code send}, {@code throw},
 * {@code close}, with CPython's errors. Nodes on hot paths call the resume target directly
 * (cellpy.nodes.generator.GeneratorResumeNode).
 */
public final class GeneratorOps {
    private GeneratorOps() {
    }

    /**
     * Checks the state, delivers {@code sent}/{@code thrown}; true when the body must be resumed.
     * Compiled code has no profile of these tests, so each states its odds: every {@code send()}
     * comes here, and at even odds a loop of sends was compiled as a loop that ends in an error or
     * a finished generator every other iteration. A generator starts once and finishes once,
     * whatever the number of resumes in between ({@link #ONCE_ODDS}); at Truffle's "unlikely"
     * (one in four) for each, a loop of {@code acc.send(x)} still looked to Graal as if it left
     * after every second send, through the error of a first send of a value.
     */
    public static boolean prepare(PGenerator g, Object sent, PException thrown) {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, g.state == PGenerator.RUNNING)) {
            throw PyErrors.valueError("generator already executing");
        }
        if (CompilerDirectives.injectBranchProbability(ONCE_ODDS, g.state == PGenerator.FINISHED)) {
            if (thrown != null) {
                throw thrown;
            }
            return false;
        }
        if (CompilerDirectives.injectBranchProbability(ONCE_ODDS, g.state == PGenerator.CREATED)) {
            if (thrown != null) {
                g.state = PGenerator.FINISHED;
                thrown.getValue().addFrame(g.code.fileName, g.code.firstLine, g.code.name);
                throw thrown;
            }
            if (sent != PNone.NONE) {
                throw PyErrors.typeError("can't send non-None value to a just-started generator");
            }
        }
        // written only when there is something to deliver: both fields are left empty by the
        // yield that takes them (see PGenerator.sent)
        if (sent != PNone.NONE) {
            g.putSent(sent);
        }
        if (thrown != null) {
            g.thrown = thrown;
        }
        return true;
    }

    /** The odds of a first resume, or of a resume of a finished generator: low (see {@link #prepare}). */
    private static final double ONCE_ODDS = 0.001;

    /** Resumes; returns the yielded value, or null when the generator finished (see returnValue). */
    @TruffleBoundary
    public static Object resume(PGenerator g, Object sent, PException thrown) {
        if (!prepare(g, sent, thrown)) {
            return null;
        }
        g.state = PGenerator.RUNNING;
        Object r;
        try {
            r = g.resume.call(g);
        } catch (Throwable t) {
            g.left();
            throw t;
        }
        if (r == Boolean.TRUE) {
            g.state = PGenerator.SUSPENDED;
            return g.takeYielded();
        }
        return null;
    }

    /** Takes the finished generator's return value (StopIteration.value) once. */
    public static Object takeReturnValue(PGenerator g) {
        Object v = g.returnValue;
        g.returnValue = PNone.NONE;
        return v;
    }

    /** {@code next(g)} / {@code g.send(v)}: the yielded value, or StopIteration. */
    @TruffleBoundary
    public static Object send(PGenerator g, Object sent) {
        Object v = resume(g, sent, null);
        if (v == null) {
            throw PyErrors.stopIteration(takeReturnValue(g));
        }
        return v;
    }

    /** {@code g.throw(type[, value[, tb]])} or {@code g.throw(instance)}. */
    @TruffleBoundary
    public static Object throwInto(PGenerator g, Object type, Object value) {
        Object v = resume(g, PNone.NONE, makeException(type, value));
        if (v == null) {
            throw PyErrors.stopIteration(takeReturnValue(g));
        }
        return v;
    }

    @TruffleBoundary
    static PException makeException(Object type, Object value) {
        PBaseException exc;
        if (type instanceof PyType t && t.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (value instanceof PBaseException e && e.getType().isSubtypeOf(t)) {
                exc = e;
            } else if (value == null || value == PNone.NONE) {
                exc = (PBaseException) Calls.call(t);
            } else if (value instanceof PTuple tuple) {
                exc = (PBaseException) Calls.call(t, tuple.items());
            } else {
                exc = (PBaseException) Calls.call(t, value);
            }
        } else if (type instanceof PBaseException e) {
            if (value != null && value != PNone.NONE) {
                throw PyErrors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                            PyObjects.typeName(type));
        }
        exc.pendingLine = -1;
        return PException.restore(exc);
    }

    /** {@code g.close()}: GeneratorExit in at the suspended yield; finally blocks run. */
    @TruffleBoundary
    public static Object close(PGenerator g) {
        if (g.state == PGenerator.CREATED || g.state == PGenerator.FINISHED) {
            g.state = PGenerator.FINISHED;
            return PNone.NONE;
        }
        Object v;
        try {
            v = resume(g, PNone.NONE, PyErrors.raiseEmpty(BuiltinTypes.GENERATOR_EXIT));
        } catch (PException e) {
            if (e.getType().isSubtypeOf(BuiltinTypes.GENERATOR_EXIT) || e.getType().isSubtypeOf(BuiltinTypes.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (v != null) {
            throw PyErrors.runtimeError("generator ignored GeneratorExit");
        }
        return PNone.NONE;
    }
}
