package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The guest's stdout and stderr: buffered writers over the context's streams. stdout is flushed
 * before anything goes to stderr and when the program ends, so the two interleave as in CPython
 * run on a pipe.
 */
public final class StdStreams {
    private final Writer out;
    private final Writer err;

    public StdStreams(OutputStream out, OutputStream err) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.err = new OutputStreamWriter(err, StandardCharsets.UTF_8);
    }

    @TruffleBoundary
    public void writeOut(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            // stdout closed: CPython would die with a BrokenPipeError; drop the output instead
        }
    }

    @TruffleBoundary
    public void writeErr(String s) {
        try {
            out.flush();
            err.write(s);
            err.flush();
        } catch (IOException e) {
            // nothing sensible to do
        }
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // nothing sensible to do
        }
    }
}
