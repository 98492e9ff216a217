package cellpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** cellpy used from Java through the polyglot API, as an embedder would. */
class EmbeddingTest {
    private Context context;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        context = Context.newBuilder("cellpy").engine(CellpyRunner.engine()).out(out).build();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void evalReturnsLastExpression() {
        assertEquals(42, context.eval("cellpy", "x = 40\nx + 2").asInt());
        assertEquals("ab", context.eval("cellpy", "'a' + 'b'").asString());
        assertEquals(2.5, context.eval("cellpy", "5 / 2").asDouble());
        assertTrue(context.eval("cellpy", "1 < 2").asBoolean());
        assertTrue(context.eval("cellpy", "None").isNull());
        assertTrue(context.eval("cellpy", "x = 1").isNull());
    }

    @Test
    void instancesShowTheirReprAndGoBackAsThemselves() {
        Value p = context.eval("cellpy", """
                        class P:
                            def __init__(self, x):
                                self.x = x
                            def __repr__(self):
                                return 'P(%d)' % self.x
                        P(3)
                        """);
        assertEquals("P(3)", p.toString());
        Value doubled = context.eval("cellpy", "lambda p: p.x * 2").execute(p);
        assertEquals(6, doubled.asInt());
    }

    @Test
    void bigIntsAreNumbers() {
        Value v = context.eval("cellpy", "2 ** 100");
        assertTrue(v.isNumber());
        assertFalse(v.fitsInLong());
        assertEquals("1267650600228229401496703205376", v.toString());
    }

    @Test
    void listsAndTuplesAreArrays() {
        Value list = context.eval("cellpy", "[1, 'two', 3.0, [4]]");
        assertTrue(list.hasArrayElements());
        assertEquals(4, list.getArraySize());
        assertEquals(1, list.getArrayElement(0).asInt());
        assertEquals("two", list.getArrayElement(1).asString());
        assertEquals(3.0, list.getArrayElement(2).asDouble());
        assertEquals(4, list.getArrayElement(3).getArrayElement(0).asInt());
        list.setArrayElement(0, 10);
        assertEquals(10, list.getArrayElement(0).asInt());
        Value tuple = context.eval("cellpy", "(1, 2)");
        assertEquals(2, tuple.getArraySize());
    }

    @Test
    void dictsHaveHashEntries() {
        Value d = context.eval("cellpy", "{'a': 1, 'b': [2]}");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(1, d.getHashValue("a").asInt());
        assertEquals(2, d.getHashValue("b").getArrayElement(0).asInt());
        d.putHashEntry("c", 3);
        assertEquals(3, context.eval("cellpy", "d = None\n0").asInt() + d.getHashValue("c").asInt());
    }

    @Test
    void functionsAreCallableFromJava() {
        context.eval("cellpy", """
                        def add(a, b=10):
                            return a + b

                        def make_counter():
                            n = 0
                            def tick(step=1):
                                nonlocal n
                                n += step
                                return n
                            return tick

                        counter = make_counter()
                        """);
        Value bindings = context.getBindings("cellpy");
        assertEquals(5, bindings.getMember("add").execute(2, 3).asInt());
        assertEquals(12, bindings.getMember("add").execute(2).asInt());
        Value counter = bindings.getMember("counter");
        assertTrue(counter.canExecute());
        counter.execute();
        counter.execute(5);
        assertEquals(7, counter.execute(1).asInt());
        Value fresh = bindings.getMember("make_counter").execute();
        assertEquals(1, fresh.execute().asInt());
        assertEquals(7 + 1, counter.execute().asInt());
    }

    @Test
    void javaValuesBecomePythonValues() {
        context.getBindings("cellpy").putMember("n", 20);
        context.getBindings("cellpy").putMember("s", "py");
        assertEquals("pypy20", context.eval("cellpy", "s * 2 + str(n)").asString());
        assertEquals("int", context.eval("cellpy", "type(n).__name__").asString());
    }

    @Test
    void printGoesToTheContextOutput() {
        context.eval("cellpy", "print('hello', 1, sep='-')");
        context.close();
        assertEquals("hello-1\n", out.toString(StandardCharsets.UTF_8));
        context = Context.newBuilder("cellpy").engine(CellpyRunner.engine()).build();
    }

    @Test
    void guestErrorsArePolyglotExceptions() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("cellpy", "1 // 0"));
        assertTrue(e.isGuestException());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        PolyglotException s = assertThrows(PolyglotException.class, () -> context.eval("cellpy", "x = = 1"));
        assertTrue(s.isGuestException());
        assertTrue(s.getMessage().startsWith("SyntaxError: invalid syntax"), s.getMessage());
    }

    @Test
    void globalsPersistAcrossEvals() {
        context.eval("cellpy", "def f():\n    return g * 2\n");
        context.eval("cellpy", "g = 21");
        assertEquals(42, context.eval("cellpy", "f()").asInt());
    }
}
