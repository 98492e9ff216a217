package cellpy.builtins;

import cellpy.runtime.Calls;
import cellpy.runtime.PNone;
import cellpy.runtime.PyObjects;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * list.sort / sorted: a stable merge sort that only ever asks "is the later element less than the
 * earlier one?" through Python's {@code <}, as CPython's timsort does. Unlike Java's
 * {@code List.sort} it cannot fail on inconsistent orderings (NaN, odd {@code __lt__}), and a
 * TypeError from a comparison simply propagates. Keys are computed once per element first;
 * reverse sorting keeps equal elements in their original order (reverse, sort, reverse).
 */
final class Sorting {
    private Sorting() {
    }

    @TruffleBoundary
    static void sort(List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        if (n < 2 && (key == null || key == PNone.NONE)) {
            return;
        }
        Object[] keys = new Object[n];
        Object[] vals = items.toArray();
        boolean hasKey = key != null && key != PNone.NONE;
        for (int i = 0; i < n; i++) {
            keys[i] = hasKey ? Calls.call(key, vals[i]) : vals[i];
        }
        if (reverse) {
            reverse(keys);
            reverse(vals);
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Comparator<Integer> fast = fastComparator(keys);
        if (fast != null) {
            // homogeneous ints, floats without NaN, or strs: a total order, so Java's stable sort is exact
            java.util.Arrays.sort(idx, fast);
        } else {
            Integer[] tmp = new Integer[n];
            mergeSort(idx, tmp, 0, n, keys);
        }
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(vals[idx[i]]);
        }
        if (reverse) {
            Collections.reverse(out);
        }
        items.clear();
        items.addAll(out);
    }

    private static java.util.Comparator<Integer> fastComparator(Object[] keys) {
        boolean longs = true;
        boolean doubles = true;
        boolean strs = true;
        for (Object k : keys) {
            longs &= k instanceof Long;
            doubles &= k instanceof Double d && !Double.isNaN(d);
            strs &= k instanceof String;
            if (!longs && !doubles && !strs) {
                return null;
            }
        }
        if (longs) {
            return (x, y) -> Long.compare((Long) keys[x], (Long) keys[y]);
        }
        if (doubles) {
            return (x, y) -> {
                double a = (Double) keys[x];
                double b = (Double) keys[y];
                return a < b ? -1 : a > b ? 1 : 0;
            };
        }
        return (x, y) -> PyObjects.compareStrings((String) keys[x], (String) keys[y]);
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n <= 8) {
            // binary-free insertion sort: stable, compares later < earlier
            for (int i = lo + 1; i < hi; i++) {
                Integer x = a[i];
                int j = i - 1;
                while (j >= lo && PyObjects.lessThan(keys[x], keys[a[j]])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!PyObjects.lessThan(keys[a[mid]], keys[a[mid - 1]])) {
            return; // already in order
        }
        System.arraycopy(a, lo, tmp, lo, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (PyObjects.lessThan(keys[tmp[j]], keys[tmp[i]])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
