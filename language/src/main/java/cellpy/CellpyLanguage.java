package cellpy;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import cellpy.builtins.Builtins;
import cellpy.nodes.root.ModuleRootNode;
import cellpy.parser.Module;
import cellpy.parser.Parser;
import cellpy.parser.SyntaxErrorException;
import cellpy.runtime.Calls;
import cellpy.scope.SymbolTable;
import cellpy.translate.Translator;
import cellpy.nodes.call.GenericCall;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import com.oracle.truffle.api.Option;

/**
 * The cellpy language: parses a source into an AST, runs the symbol table over the whole file (so
 * its SyntaxErrors come before any code runs), translates to Truffle nodes and returns the module's
 * call target.
 */
@TruffleLanguage.Registration(id = CellpyLanguage.ID, name = "cellpy", version = CellpyLanguage.VERSION,
                defaultMimeType = CellpyLanguage.MIME, characterMimeTypes = CellpyLanguage.MIME,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class CellpyLanguage extends TruffleLanguage<CellpyContext> {
    public static final String ID = "cellpy";
    public static final String VERSION = "0.1.0";
    public static final String MIME = "text/x-cellpy";

    private static final LanguageReference<CellpyLanguage> REFERENCE = LanguageReference.create(CellpyLanguage.class);

    @Option(help = "Run as the main program: print an uncaught exception's traceback to stderr and exit with status 1 "
                    + "(set by the cellpy launcher).", category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<Boolean> Main = new OptionKey<>(false);

    @Option(help = "Mark small straight-line functions as trivial roots, so Truffle inlines them into every compiled "
                    + "caller, first-tier compilations included.",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> TrivialFunctions = new OptionKey<>(true);

    @Option(help = "Let call sites run their own copy of a trivial function's body instead of calling it "
                    + "(needs TrivialFunctions).", category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> InlineTrivialCalls = new OptionKey<>(true);

    @Option(help = "Run comprehensions, and generator expressions consumed where they are made (by a for loop, list, "
                    + "tuple, set, sorted, sum, any, all, min, max or str.join), as loops of the enclosing function, without a call or a "
                    + "generator.",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> InlineComprehensions = new OptionKey<>(true);

    static {
        Calls.setInvoker(GenericCall::call);
    }

    /** Source lines of every file parsed by this language instance, for tracebacks. */
    private final java.util.Map<String, java.util.List<String>> sourceLines = new java.util.concurrent.ConcurrentHashMap<>();

    public java.util.Map<String, java.util.List<String>> sourceLines() {
        return sourceLines;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new CellpyLanguageOptionDescriptors();
    }

    @Override
    protected CellpyContext createContext(Env env) {
        CellpyContext ctx = new CellpyContext(env, env.getOptions().get(Main));
        Builtins.install(ctx.builtins());
        return ctx;
    }

    @Override
    protected void finalizeContext(CellpyContext context) {
        context.streams().flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String fileName = source.getPath() != null ? source.getPath() : source.getName();
        CellpyContext ctx = CellpyContext.get();
        try {
            SymbolTable[] table = new SymbolTable[1];
            Module module = Parser.parse(source.getCharacters().toString(), fileName, m -> {
                if (!(fileName.startsWith("<") && fileName.endsWith(">"))) {
                    // CPython's tracebacks read lines from the file; "<string>" (-c) has none to show
                    sourceLines.put(fileName, m.sourceLines());
                }
                table[0] = SymbolTable.build(m);
            });
            boolean trivial = ctx == null || ctx.env().getOptions().get(TrivialFunctions);
            boolean inline = trivial && (ctx == null || ctx.env().getOptions().get(InlineTrivialCalls));
            boolean comprehensions = ctx == null || ctx.env().getOptions().get(InlineComprehensions);
            ModuleRootNode root = new Translator(this, source, module, table[0], trivial, inline, comprehensions)
                            .translateModule();
            return root.getCallTarget();
        } catch (SyntaxErrorException e) {
            if (ctx != null && ctx.isMain()) {
                return new ModuleRootNode.SyntaxErrorRoot(this, e).getCallTarget();
            }
            throw SyntaxErrors.toGuest(e);
        }
    }

    @Override
    protected Object getScope(CellpyContext context) {
        return new GlobalsScope(context.mainGlobals());
    }

    public static CellpyLanguage get(Node node) {
        return REFERENCE.get(node);
    }
}
