package cellpy.builtins;

import static cellpy.builtins.Methods.def;
import static cellpy.builtins.Methods.def0;
import static cellpy.builtins.Methods.def1;

import cellpy.runtime.BuiltinTypes;
import cellpy.runtime.Iterators;
import cellpy.runtime.PDict;
import cellpy.runtime.PList;
import cellpy.runtime.PNone;
import cellpy.runtime.PTuple;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyInt;
import cellpy.runtime.PyObjects;
import cellpy.runtime.PyStr;
import cellpy.runtime.PyType;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The methods of str. Indices in and out are code point indices (Python's), converted to Java
 * char indices only where a string holds characters beyond U+FFFF.
 */
final class StrMethods {
    private StrMethods() {
    }

    private static final PyType STR = BuiltinTypes.STR;

    private static String s(Object o) {
        return (String) o;
    }

    private static String strArg(Object o, String what) {
        if (o instanceof String x) {
            return x;
        }
        throw PyErrors.typeError("%s must be str, not %s", what, PyObjects.typeName(o));
    }

    @TruffleBoundary
    static void install() {
        def0(STR, "upper", o -> s(o).toUpperCase(Locale.ROOT));
        def0(STR, "lower", o -> s(o).toLowerCase(Locale.ROOT));
        def0(STR, "casefold", o -> casefold(s(o)));
        def0(STR, "capitalize", o -> capitalize(s(o)));
        def0(STR, "title", o -> title(s(o)));
        def0(STR, "swapcase", o -> swapcase(s(o)));
        def0(STR, "isdigit", o -> all(s(o), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                        || isOtherDigit(cp)));
        def0(STR, "isdecimal", o -> all(s(o), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER));
        def0(STR, "isnumeric", o -> all(s(o), cp -> {
            int t = Character.getType(cp);
            return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
                            || isOtherDigit(cp);
        }));
        def0(STR, "isalpha", o -> all(s(o), StrMethods::isAlpha));
        def0(STR, "isalnum", o -> all(s(o), cp -> isAlpha(cp) || Character.isDigit(cp)
                        || Character.getType(cp) == Character.OTHER_NUMBER || Character.getType(cp) == Character.LETTER_NUMBER));
        def0(STR, "isspace", o -> all(s(o), PyStr::isSpace));
        def0(STR, "isascii", o -> s(o).chars().allMatch(c -> c < 128));
        def0(STR, "isprintable", o -> s(o).codePoints().allMatch(PyStr::isPrintable));
        def0(STR, "isupper", o -> cased(s(o), true));
        def0(STR, "islower", o -> cased(s(o), false));
        def0(STR, "istitle", o -> istitle(s(o)));
        def0(STR, "isidentifier", o -> isIdentifier(s(o)));
        def(STR, "split", (a, k) -> split(a, k, false));
        def(STR, "rsplit", (a, k) -> split(a, k, true));
        def(STR, "splitlines", StrMethods::splitlines);
        def1(STR, "join", StrMethods::join);
        def(STR, "strip", (a, k) -> strip(a, k, "strip", true, true));
        def(STR, "lstrip", (a, k) -> strip(a, k, "lstrip", true, false));
        def(STR, "rstrip", (a, k) -> strip(a, k, "rstrip", false, true));
        def(STR, "replace", StrMethods::replace);
        def(STR, "find", (a, k) -> find(a, k, "find", false, false));
        def(STR, "rfind", (a, k) -> find(a, k, "rfind", true, false));
        def(STR, "index", (a, k) -> find(a, k, "index", false, true));
        def(STR, "rindex", (a, k) -> find(a, k, "rindex", true, true));
        def(STR, "count", StrMethods::count);
        def(STR, "startswith", (a, k) -> startsEnds(a, k, "startswith", true));
        def(STR, "endswith", (a, k) -> startsEnds(a, k, "endswith", false));
        def(STR, "center", (a, k) -> justify(a, k, "center", 'c'));
        def(STR, "ljust", (a, k) -> justify(a, k, "ljust", 'l'));
        def(STR, "rjust", (a, k) -> justify(a, k, "rjust", 'r'));
        def1(STR, "zfill", StrMethods::zfill);
        def1(STR, "partition", (o, sep) -> partition(s(o), sep, false));
        def1(STR, "rpartition", (o, sep) -> partition(s(o), sep, true));
        def(STR, "expandtabs", StrMethods::expandtabs);
        def1(STR, "removeprefix", (o, p) -> {
            String x = strArg(p, "removeprefix() argument");
            return s(o).startsWith(x) ? s(o).substring(x.length()) : s(o);
        });
        def1(STR, "removesuffix", (o, p) -> {
            String x = strArg(p, "removesuffix() argument");
            return s(o).endsWith(x) && !x.isEmpty() ? s(o).substring(0, s(o).length() - x.length()) : s(o);
        });
        def(STR, "format", (a, k) -> StrFormat.format(s(a[0]), a, k, 1));
        def1(STR, "format_map", (o, m) -> StrFormat.formatMap(s(o), m));
        def1(STR, "translate", StrMethods::translate);
        STR.dict.put("maketrans", new cellpy.runtime.PStaticMethod(
                        new cellpy.runtime.PBuiltinFunction("maketrans", StrMethods::maketrans)));
        def(STR, "encode", (a, k) -> {
            throw PyErrors.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "bytes are not supported");
        });
        def0(STR, "__len__", o -> (long) PyStr.length(s(o)));
        def1(STR, "__contains__", (o, x) -> PyObjects.contains(o, x));
        def1(STR, "__getitem__", PyObjects::getItem);
        def0(STR, "__iter__", o -> new Iterators.StrIter(s(o), false));
        def1(STR, "__add__", (o, x) -> x instanceof String ? s(o) + x : cellpy.runtime.PNotImplemented.INSTANCE);
        def1(STR, "__mul__", (o, x) -> PyInt.isInt(x) ? cellpy.runtime.PyNumbers.mul(o, x)
                        : cellpy.runtime.PNotImplemented.INSTANCE);
        def1(STR, "__mod__", (o, x) -> cellpy.runtime.PercentFormat.format(s(o), x));
        def1(STR, "__format__", (o, x) -> PyObjects.format(o, strArg(x, "format spec")));
    }

    // ---- predicates ------------------------------------------------------------------------

    private static boolean isOtherDigit(int cp) {
        // superscripts and other digit-valued characters Python counts as digits
        return Character.getType(cp) == Character.OTHER_NUMBER && Character.digit(cp, 10) < 0
                        && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9
                        && (cp == 0xb2 || cp == 0xb3 || cp == 0xb9 || (cp >= 0x2070 && cp <= 0x2079)
                                        || (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468));
    }

    private static boolean isAlpha(int cp) {
        int t = Character.getType(cp);
        return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER
                        || t == Character.MODIFIER_LETTER || t == Character.OTHER_LETTER;
    }

    private static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(p);
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp)) {
                any = true;
            }
        }
        return any;
    }

    private static boolean istitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    @TruffleBoundary
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!(Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp))) {
                return false;
            }
        }
        return true;
    }

    // ---- case mapping ----------------------------------------------------------------------

    private static String casefold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))
                        ? s.toLowerCase(Locale.ROOT).replace("ß", "ss")
                        : s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    private static String titleChar(int cp) {
        if (Character.isTitleCase(cp) || !Character.isLowerCase(cp) && !Character.isUpperCase(cp)) {
            return new String(Character.toChars(cp));
        }
        int t = Character.toTitleCase(cp);
        if (t != cp && Character.charCount(t) > 0 && cp != 0xdf) {
            return new String(Character.toChars(t));
        }
        // multi-char titlecase mappings (e.g. 'ß' -> 'Ss')
        String up = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (up.length() > 1) {
            return up.charAt(0) + up.substring(1).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return titleChar(cp) + s.substring(Character.charCount(cp)).toLowerCase(Locale.ROOT);
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (prevCased) {
                sb.append(c.toLowerCase(Locale.ROOT));
            } else {
                sb.append(titleChar(cp));
            }
            prevCased = isCased(cp);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (Character.isUpperCase(cp)) {
                sb.append(c.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(cp)) {
                sb.append(c.toUpperCase(Locale.ROOT));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- split / join / strip --------------------------------------------------------------

    @TruffleBoundary
    static Object split(Object[] a, String[] k, boolean right) {
        String name = right ? "rsplit" : "split";
        // split() and split(sep), the common calls, skip binding the arguments by name
        Object[] p = k.length == 0 && a.length <= 2 ? a : Args.bindMethod(name, a, k, 0, "sep", "maxsplit");
        String s = s(p[0]);
        Object sepObj = p.length < 2 || p[1] == null ? PNone.NONE : p[1];
        long maxsplit = p.length < 3 || p[2] == null ? -1 : PyInt.asClampedLong(PyObjects.index(p[2]));
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PList out = new PList();
        if (sepObj == PNone.NONE) {
            if (!right) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && PyStr.isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (maxsplit-- == 0) {
                        out.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !PyStr.isSpace(s.charAt(j))) {
                        j++;
                    }
                    out.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = s.length();
                List<Object> rev = new ArrayList<>();
                while (true) {
                    while (j > 0 && PyStr.isSpace(s.charAt(j - 1))) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (maxsplit-- == 0) {
                        rev.add(s.substring(0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !PyStr.isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    rev.add(s.substring(i, j));
                    j = i;
                }
                for (int x = rev.size() - 1; x >= 0; x--) {
                    out.add(rev.get(x));
                }
            }
            return out;
        }
        if (!(sepObj instanceof String sep)) {
            throw PyErrors.typeError("must be str or None, not %s", PyObjects.typeName(sepObj));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        if (!right) {
            int i = 0;
            while (maxsplit-- > 0) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                out.add(s.substring(i, j));
                i = j + sep.length();
            }
            out.add(s.substring(i));
        } else {
            int j = s.length();
            List<Object> rev = new ArrayList<>();
            while (maxsplit-- > 0) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0 || j - sep.length() < 0) {
                    break;
                }
                rev.add(s.substring(i + sep.length(), j));
                j = i;
            }
            rev.add(s.substring(0, j));
            for (int x = rev.size() - 1; x >= 0; x--) {
                out.add(rev.get(x));
            }
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                        || c == 0x2028 || c == 0x2029;
    }

    @TruffleBoundary
    static Object splitlines(Object[] a, String[] k) {
        Object[] p = Args.bindMethod("splitlines", a, k, 0, "keepends");
        String s = s(p[0]);
        boolean keep = p[1] != null && PyObjects.isTrue(p[1]);
        PList out = new PList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(s.substring(i, keep ? j : eol));
            i = j;
        }
        return out;
    }

    @TruffleBoundary
    static Object join(Object self, Object iterable) {
        String sep = s(self);
        // CPython takes every item first (PySequence_Fast), then checks them: a generator runs
        // to its end even when an early item is not a str. A list or tuple is read in place
        // (joining calls no guest code that could change it).
        java.util.List<Object> items = iterable instanceof PList l ? l.items
                        : iterable instanceof PTuple t ? java.util.Arrays.asList(t.items()) : PyObjects.toList(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Object v = items.get(i);
            if (!(v instanceof String x)) {
                throw PyErrors.typeError("sequence item %d: expected str instance, %s found", i, PyObjects.typeName(v));
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(x);
        }
        return sb.toString();
    }

    /** strip() without arguments: whitespace is never a surrogate, so chars can be tested one by one. */
    private static String stripSpace(String s, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && PyStr.isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (right) {
            while (j > i && PyStr.isSpace(s.charAt(j - 1))) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    @TruffleBoundary
    static Object strip(Object[] a, String[] k, String name, boolean left, boolean right) {
        if (a.length == 1 && k.length == 0) {
            return stripSpace(s(a[0]), left, right);
        }
        Methods.range("str", name, a, k, 0, 1);
        String s = s(a[0]);
        Object chars = a.length > 1 ? a[1] : PNone.NONE;
        java.util.function.IntPredicate strip;
        if (chars == PNone.NONE) {
            strip = PyStr::isSpace;
        } else if (chars instanceof String cs) {
            strip = cp -> cs.indexOf(cp) >= 0;
        } else {
            throw PyErrors.typeError("%s arg must be None or str", name);
        }
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!strip.test(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!strip.test(cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    @TruffleBoundary
    static Object replace(Object[] a, String[] k) {
        Methods.range("str", "replace", a, k, 2, 3);
        String s = s(a[0]);
        String old = strArg(a[1], "replace() argument 1");
        String nw = strArg(a[2], "replace() argument 2");
        long count = a.length > 3 ? PyInt.asClampedLong(PyObjects.index(a[3])) : -1;
        if (count < 0) {
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            int n = 0;
            while (i <= s.length()) {
                if (n < count) {
                    sb.append(nw);
                    n++;
                } else {
                    sb.append(s, i, s.length());
                    return sb.toString();
                }
                if (i == s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
        int i = 0;
        long n = 0;
        while (n < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            n++;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    // ---- searching -------------------------------------------------------------------------

    /** [start, end) in code points after CPython's ADJUST_INDICES; start may exceed len. */
    private static long[] adjust(Object[] a, int from, long len) {
        long start = Methods.optIndex(a, from, 0);
        long end = Methods.optIndex(a, from + 1, len);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new long[]{start, end};
    }

    @TruffleBoundary
    static Object find(Object[] a, String[] k, String name, boolean reverse, boolean raise) {
        Args.noKw("str", name, k);
        if (a.length < 2) {
            throw PyErrors.typeError("%s() takes at least 1 argument (0 given)", name);
        }
        if (a.length > 4) {
            throw PyErrors.typeError("%s() takes at most 3 arguments (%d given)", name, a.length - 1);
        }
        String s = s(a[0]);
        if (!(a[1] instanceof String sub)) {
            throw PyErrors.typeError("must be str, not %s", PyObjects.typeName(a[1]));
        }
        if (a.length == 2) {
            int idx = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
            if (idx < 0 && raise) {
                throw PyErrors.valueError("substring not found");
            }
            return idx < 0 ? -1L : (long) PyStr.cpIndex(s, idx);
        }
        int len = PyStr.length(s);
        long[] r = adjust(a, 2, len);
        long res = -1;
        if (r[0] <= len && r[1] - r[0] >= PyStr.length(sub)) {
            int cs = PyStr.charIndex(s, (int) r[0]);
            int ce = PyStr.charIndex(s, (int) r[1]);
            String window = s.substring(cs, ce);
            int idx = reverse ? window.lastIndexOf(sub) : window.indexOf(sub);
            if (idx >= 0) {
                res = PyStr.cpIndex(s, cs + idx);
            }
        }
        if (res < 0 && raise) {
            throw PyErrors.valueError("substring not found");
        }
        return res;
    }

    @TruffleBoundary
    static Object count(Object[] a, String[] k) {
        Args.noKw("str", "count", k);
        if (a.length < 2) {
            throw PyErrors.typeError("count() takes at least 1 argument (0 given)");
        }
        String s = s(a[0]);
        if (!(a[1] instanceof String sub)) {
            throw PyErrors.typeError("must be str, not %s", PyObjects.typeName(a[1]));
        }
        int len = PyStr.length(s);
        long[] r = adjust(a, 2, len);
        if (r[0] > len) {
            return 0L;
        }
        if (sub.isEmpty()) {
            return r[1] >= r[0] ? r[1] - r[0] + 1 : 0L;
        }
        if (r[1] < r[0]) {
            return 0L;
        }
        String window = s.substring(PyStr.charIndex(s, (int) r[0]), PyStr.charIndex(s, (int) r[1]));
        long n = 0;
        int i = 0;
        while ((i = window.indexOf(sub, i)) >= 0) {
            n++;
            i += sub.length();
        }
        return n;
    }

    @TruffleBoundary
    static Object startsEnds(Object[] a, String[] k, String name, boolean starts) {
        Args.noKw("str", name, k);
        if (a.length < 2) {
            throw PyErrors.typeError("%s() takes at least 1 argument (0 given)", name);
        }
        String s = s(a[0]);
        if (a.length == 2 && a[1] instanceof String sub) {
            // the whole string: a prefix of code points is a prefix of chars, no index to convert
            return starts ? s.startsWith(sub) : s.endsWith(sub);
        }
        int len = PyStr.length(s);
        long[] r = adjust(a, 2, len);
        Object[] subs;
        if (a[1] instanceof PTuple t) {
            subs = t.items();
            for (Object o : subs) {
                if (!(o instanceof String)) {
                    throw PyErrors.typeError("tuple for %s must only contain str, not %s", name, PyObjects.typeName(o));
                }
            }
        } else if (a[1] instanceof String) {
            subs = new Object[]{a[1]};
        } else {
            throw PyErrors.typeError("%s first arg must be str or a tuple of str, not %s", name, PyObjects.typeName(a[1]));
        }
        for (Object o : subs) {
            String sub = (String) o;
            long slen = PyStr.length(sub);
            long start = r[0];
            long end = r[1];
            if (end - slen < start || start > len) {
                continue;
            }
            String window = s.substring(PyStr.charIndex(s, (int) start), PyStr.charIndex(s, (int) end));
            if (starts ? window.startsWith(sub) : window.endsWith(sub)) {
                return true;
            }
        }
        return false;
    }

    // ---- padding ---------------------------------------------------------------------------

    @TruffleBoundary
    static Object justify(Object[] a, String[] k, String name, char how) {
        Methods.range("str", name, a, k, 1, 2);
        String s = s(a[0]);
        long width = PyInt.asClampedLong(PyObjects.index(a[1]));
        String fill = " ";
        if (a.length > 2) {
            if (!(a[2] instanceof String f) || PyStr.length(f) != 1) {
                if (a[2] instanceof String) {
                    throw PyErrors.typeError("The fill character must be exactly one character long");
                }
                throw PyErrors.typeError("%s() argument 2 must be str, not %s", name, PyObjects.typeName(a[2]));
            }
            fill = f;
        }
        int len = PyStr.length(s);
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        long left;
        switch (how) {
            case 'l':
                left = 0;
                break;
            case 'r':
                left = marg;
                break;
            default:
                left = marg / 2 + (marg & width & 1);
                break;
        }
        return fill.repeat((int) left) + s + fill.repeat((int) (marg - left));
    }

    @TruffleBoundary
    static Object zfill(Object self, Object w) {
        String s = s(self);
        long width = PyInt.asClampedLong(PyObjects.index(w));
        int len = PyStr.length(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    @TruffleBoundary
    static Object partition(String s, Object sepObj, boolean right) {
        if (!(sepObj instanceof String sep)) {
            throw PyErrors.typeError("must be str, not %s", PyObjects.typeName(sepObj));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return right ? PTuple.of("", "", s) : PTuple.of(s, "", "");
        }
        return PTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    @TruffleBoundary
    static Object expandtabs(Object[] a, String[] k) {
        Object[] p = Args.bindMethod("expandtabs", a, k, 0, "tabsize");
        String s = s(p[0]);
        long tab = p[1] == null ? 8 : PyInt.asClampedLong(PyObjects.index(p[1]));
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    long n = tab - (col % tab);
                    sb.repeat(' ', (int) n);
                    col += n;
                }
            } else {
                sb.append(c);
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    static Object translate(Object self, Object table) {
        String s = s(self);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = PyObjects.getItem(table, (long) cp);
            } catch (cellpy.runtime.PException e) {
                if (e.getType().isSubtypeOf(BuiltinTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == PNone.NONE) {
                continue;
            }
            if (r instanceof String x) {
                sb.append(x);
            } else if (PyInt.isInt(r)) {
                sb.appendCodePoint((int) PyInt.asIndexLong(r));
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    static Object maketrans(Object[] a, String[] k) {
        Args.range("maketrans", a, k, 1, 3);
        PDict d = new PDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PDict m)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PDict.Entry e : m.entries()) {
                Object key = e.key;
                if (key instanceof String ks) {
                    if (PyStr.length(ks) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    key = (long) ks.codePointAt(0);
                }
                d.put(key, e.value);
            }
            return d;
        }
        String x = strArg(a[0], "maketrans() argument 1");
        String y = strArg(a[1], "maketrans() argument 2");
        int[] xs = PyStr.codePoints(x);
        int[] ys = PyStr.codePoints(y);
        if (xs.length != ys.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            d.put((long) xs[i], (long) ys[i]);
        }
        if (a.length == 3) {
            for (int cp : PyStr.codePoints(strArg(a[2], "maketrans() argument 3"))) {
                d.put((long) cp, PNone.NONE);
            }
        }
        return d;
    }
}
