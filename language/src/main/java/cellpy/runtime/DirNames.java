package cellpy.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The attribute names dir() lists for built-in types beyond what their method tables hold (CPython
 * 3.11's, taken from {@code dir()}), so that "Did you mean" hints pick the same candidate CPython
 * would (for {@code f.__nme__} that is {@code __name__}, not {@code __ne__}).
 */
final class DirNames {
    private DirNames() {
    }

    static final Map<String, String[]> EXTRA = build();

    private static Map<String, String[]> build() {
        Map<String, String> m = new HashMap<>();
        m.put("object", "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__");
        m.put("int", "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes");
        m.put("float", "__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real");
        m.put("str", "__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill");
        m.put("list", "__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove reverse sort");
        m.put("tuple", "__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__ count index");
        m.put("dict", "__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault update values");
        m.put("set", "__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update");
        m.put("frozenset", "__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union");
        m.put("NoneType", "__bool__");
        m.put("range", "__bool__ __contains__ __getitem__ __iter__ __len__ __reversed__ count index start step stop");
        m.put("function", "__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ __dict__ __get__ __globals__ __kwdefaults__ __module__ __name__ __qualname__");
        m.put("code", "_co_code_adaptive _varname_from_oparg co_argcount co_cellvars co_code co_consts co_exceptiontable co_filename co_firstlineno co_flags co_freevars co_kwonlyargcount co_lines co_linetable co_lnotab co_name co_names co_nlocals co_positions co_posonlyargcount co_qualname co_stacksize co_varnames replace");
        m.put("BaseException", "__cause__ __context__ __dict__ __setstate__ __suppress_context__ __traceback__ add_note args with_traceback");
        m.put("slice", "indices start step stop");
        m.put("cell", "cell_contents");
        m.put("method", "__func__ __self__ __call__ __get__");
        m.put("builtin_function_or_method", "__call__ __module__ __name__ __qualname__ __self__ __text_signature__");
        Map<String, String[]> r = new HashMap<>();
        for (var e : m.entrySet()) {
            r.put(e.getKey(), e.getValue().split(" "));
        }
        r.put("bool", r.get("int"));
        return r;
    }
}
