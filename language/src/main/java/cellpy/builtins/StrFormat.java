package cellpy.builtins;

import cellpy.runtime.PDict;
import cellpy.runtime.PercentFormat;
import cellpy.runtime.PyErrors;
import cellpy.runtime.PyObjects;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code str.format} and {@code str.format_map} (CPython's {@code Objects/stringlib/unicode_format.h}):
 * literal text with {@code {{ }}} escapes, replacement fields with automatic or manual numbering,
 * keyword names, {@code .attr} and {@code [index]} chains, {@code !r/!s/!a} conversions and format
 * specs that may themselves contain replacement fields.
 */
final class StrFormat {
    private StrFormat() {
    }

    /** Where field values come from. */
    private static final class Source {
        Object[] positional;
        PDict keywords;
        Object mapping;
        /** -1 before any field; >= 0 while auto numbering; -2 once manual numbering was used. */
        int auto = -1;

        Object positional(int index) {
            if (index >= positional.length) {
                throw PyErrors.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            return positional[index];
        }

        Object keyword(String name) {
            if (mapping != null) {
                return PyObjects.getItem(mapping, name);
            }
            Object v = keywords.getStr(name);
            if (v == null) {
                throw PyErrors.keyError(name);
            }
            return v;
        }
    }

    /** {@code fmt.format(*args, **kwargs)} with args in vectorcall shape starting at {@code from}. */
    @TruffleBoundary
    static Object format(String fmt, Object[] args, String[] kw, int from) {
        Source src = new Source();
        int npos = args.length - kw.length - from;
        src.positional = new Object[npos];
        System.arraycopy(args, from, src.positional, 0, npos);
        src.keywords = new PDict();
        for (int i = 0; i < kw.length; i++) {
            src.keywords.put(kw[i], args[args.length - kw.length + i]);
        }
        return render(fmt, src, 2);
    }

    @TruffleBoundary
    static Object formatMap(String fmt, Object mapping) {
        Source src = new Source();
        src.positional = new Object[0];
        src.mapping = mapping;
        return render(fmt, src, 2);
    }

    private static String render(String fmt, Source src, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // a replacement field: find its matching '}'
            int start = i + 1;
            int level = 1;
            int j = start;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                    if (level == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                if (level > 1 || start >= n) {
                    throw PyErrors.valueError(start >= n ? "Single '{' encountered in format string"
                                    : "expected '}' before end of string");
                }
                throw PyErrors.valueError("expected '}' before end of string");
            }
            out.append(field(fmt.substring(start, j), src, depth));
            i = j + 1;
        }
        return out.toString();
    }

    private static String field(String field, Source src, int depth) {
        // split off conversion and spec: the name ends at the first '!' or ':' outside brackets
        int k = 0;
        int n = field.length();
        boolean inBracket = false;
        while (k < n) {
            char c = field.charAt(k);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = field.substring(0, k);
        char conversion = 0;
        String spec = "";
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw PyErrors.valueError("end of string while looking for conversion specifier");
            }
            conversion = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < n && field.charAt(k) == ':') {
            spec = field.substring(k + 1);
        }
        Object value = lookup(name, src);
        switch (conversion) {
            case 0:
                break;
            case 'r':
                value = PyObjects.repr(value);
                break;
            case 's':
                value = PyObjects.str(value);
                break;
            case 'a':
                value = PercentFormat.ascii(PyObjects.repr(value));
                break;
            default:
                throw PyErrors.valueError("Unknown conversion specifier %s", String.valueOf(conversion));
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, src, depth - 1);
        }
        return PyObjects.format(value, spec);
    }

    private static Object lookup(String name, Source src) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object value;
        if (first.isEmpty()) {
            if (src.auto == -2) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (src.auto < 0) {
                src.auto = 0;
            }
            value = src.positional(src.auto++);
        } else if (isDigits(first)) {
            if (src.auto >= 0) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            src.auto = -2;
            int index;
            try {
                index = Integer.parseInt(first);
            } catch (NumberFormatException e) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
            value = src.positional(index);
        } else {
            value = src.keyword(first);
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < n && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                String attr = name.substring(k + 1, e);
                if (attr.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                value = PyObjects.getAttr(value, attr);
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                value = PyObjects.getItem(value, isDigits(key) ? (Object) Long.parseLong(key) : key);
                k = e + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
