package cellpy.nodes.call;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.Node;
import cellpy.nodes.root.FunctionBody;
import cellpy.nodes.root.FunctionRootNode;
import cellpy.runtime.PCode;

/**
 * A call site's own copy of a trivial function (see cellpy.translate.TrivialBody): the call runs
 * the copied body in a fresh frame of the function's layout, without a call through Truffle.
 *
 * <p>Why: Truffle inlines a trivial root into compiled callers anyway, but until the caller's
 * last tier a call still goes through the runtime. In the interpreter that is a call target's
 * argument profiling, call counting and frame set-up; in first-tier code, which a benchmark's
 * {@code run()} may use for its whole steady state, every inlined call still counts itself
 * (a field read, an add and a write per call: 9 per iteration of closure_factory's loop). And each
 * small function called from a hot loop was compiled on its own first, one compilation per
 * function on the single compiler thread, before the loop's. A copy per site also gets profiles
 * of its own (a lambda made in two places specializes on what each place passes).
 *
 * <p>The cost: the body's nodes once more per site (trivial bodies are at most 40 syntax nodes),
 * and no call target to count the function's calls (nothing needs them).
 */
final class InlinedCallNode extends Node {
    private final FrameDescriptor descriptor;
    @Child private FunctionBody body;

    private InlinedCallNode(FunctionRootNode root) {
        this.descriptor = root.getFrameDescriptor();
        this.body = root.copyBody();
    }

    /** Runs the body with {@code args} (the function in slot 0) as its frame's arguments. */
    Object call(Object[] args) {
        return body.execute(Truffle.getRuntime().createVirtualFrame(args, descriptor));
    }

    /**
     * A copy of {@code code}'s body for the call site {@code site}, or null when the function is not
     * trivial, or when the site is itself inside a copy or the body of the same function. A
     * trivial body has no calls, so it reaches itself only through a special method, and those
     * are called through the generic path today; the check keeps a site that could from making a
     * new, unspecialized copy at every level of such a recursion.
     */
    static InlinedCallNode create(PCode code, Node site) {
        if (!(code.getCallTarget().getRootNode() instanceof FunctionRootNode root) || !root.isInlinable()) {
            return null;
        }
        for (Node n = site; n != null; n = n.getParent()) {
            if (n instanceof FunctionBody b && b.getCode() == code) {
                return null;
            }
        }
        return new InlinedCallNode(root);
    }
}
