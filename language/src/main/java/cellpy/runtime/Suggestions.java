package cellpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.TreeSet;

/**
 * The "Did you mean: 'x'?" hints CPython 3.11 appends to AttributeError and NameError lines in a
 * traceback: the closest candidate by CPython's weighted Levenshtein distance (a case change costs
 * 1, other edits 2), accepted only within a third of the characters involved.
 */
public final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The best candidate for name, considering the candidates sorted as dir() would; or null. */
    @TruffleBoundary
    public static String closest(String name, Iterable<String> candidates) {
        TreeSet<String> sorted = new TreeSet<>(PyObjects::compareStrings);
        for (String c : candidates) {
            sorted.add(c);
        }
        return closestInOrder(name, sorted);
    }

    /** Like {@link #closest} but keeps the given order (NameError scans locals, globals, builtins). */
    @TruffleBoundary
    public static String closestInOrder(String name, Iterable<String> candidates) {
        int count = 0;
        for (String c : candidates) {
            count++;
        }
        if (count >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    private static int distance(String sa, String sb, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = sa.length();
        int bEnd = sb.length();
        while (aStart < aEnd && bStart < bEnd && sa.charAt(aStart) == sb.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && sa.charAt(aEnd - 1) == sb.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        String a = sa.substring(aStart, aEnd);
        String b = sb.substring(bStart, bEnd);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length()];
        int tmp = MOVE_COST;
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length(); index++) {
                int substitute = distance + substitutionCost(code, a.charAt(index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
