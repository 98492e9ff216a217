package cellpy.nodes.generator;

import cellpy.nodes.StmtNode;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The generator's resume point, one static int slot of its frame: 0 while the body runs, the number
 * of the yield it is suspended at (1, 2, ... in source order) while suspended and while a resume
 * finds its way back to that yield. Every resumable statement knows the numbers of the yields it
 * contains (a range, as the translator numbers them in order) and decides from this one word whether
 * to run normally or skip ahead into the part holding the yield; the yield sets it back to 0. One
 * word rather than a phase per statement lets compiled code fold every test after the first: a
 * resume is a short chain of comparisons of one value, and code that runs after it (a loop the
 * generator goes on with) sees the constant 0 and carries no resume tests at all.
 *
 * <p>The slot is static: no type tag to write or check, and a fresh frame reads 0.
 */
public final class GenState {
    private GenState() {
    }

    public static int get(VirtualFrame frame, int slot) {
        return frame.getIntStatic(slot);
    }

    public static void set(VirtualFrame frame, int slot, int value) {
        frame.setIntStatic(slot, value);
    }

    /**
     * Whether resume point {@code rp} lies in the yields numbered {@code after + 1 .. last} (bounds
     * that are constants in compiled code). A single yield is tested for equality: Graal folds an
     * equality test that an earlier one on the same value decides, which it does not do for ranges
     * of a value whose bounds it does not know.
     */
    public static boolean in(int rp, int after, int last) {
        if (last == after) {
            return false;
        }
        if (last == after + 1) {
            return rp == last;
        }
        return rp > after && rp <= last;
    }

    /**
     * Whether {@code orelse}, the last part of a resumable loop or if, holds yields (a generator's
     * block with a yield is a resumable statement; one without is plain). When it holds none, the
     * last part before it that holds yields is entered on a resume without a test: a resume that
     * reaches a statement lands in one of its parts, so that test could only fail on a path that
     * never runs, and compiled code, having no profile of it, took that path for even odds: the
     * generator finishing there, and a loop consuming it compiled as if it ended after every third
     * item (a heap {@code countdown}'s consumer: a loop header frequency of 2.8).
     */
    static boolean holdsYields(StmtNode orelse) {
        return orelse instanceof GenStmtNode;
    }

    /** Static slots: no type tag to write or check (a fresh frame reads 0). */
    public static final FrameSlotKind KIND = FrameSlotKind.Static;
}
