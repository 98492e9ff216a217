package cellpy.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * {@code cellpy [options] FILE [ARGS]} or {@code cellpy [options] -c CODE [ARGS]}. Options of the
 * form {@code --engine.X=V}, {@code --compiler.X=V}, {@code --cellpy.X=V}, {@code --log.X=V} go to
 * the polyglot engine. The program runs on a thread with a large stack, so that Python's
 * recursion limit, not the Java stack, decides when recursion is too deep.
 */
public final class Main {
    private static final String USAGE = """
                    usage: cellpy [option] ... (-c cmd | file) [arg] ...
                    Options:
                      -c cmd         program passed in as string
                      --version      print cellpy's, Truffle's and Java's versions, whether the Graal JIT and the start-up cache are on
                      -h, --help     print this help message and exit
                      --engine.X=V, --compiler.X=V, --cellpy.X=V, --log.X=V
                                     polyglot options, e.g. --engine.TraceCompilation=true
                    Arguments:
                      file           program read from script file
                      arg ...        arguments passed to program in sys.argv[1:]
                    """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "cellpy-main", 2L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        String code = null;
        String file = null;
        List<String> programArgs = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--version") || a.equals("-V")) {
                printVersion(options);
                return 0;
            } else if (a.equals("-h") || a.equals("--help")) {
                System.out.print(USAGE);
                return 0;
            } else if (a.equals("-c")) {
                if (i + 1 >= args.length) {
                    System.err.println("Argument expected for the -c option");
                    System.err.print(USAGE);
                    return 2;
                }
                code = args[++i];
                programArgs.add("-c");
                i++;
                break;
            } else if (a.startsWith("--") && a.contains("=") && isPolyglotOption(a)) {
                int eq = a.indexOf('=');
                options.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (a.startsWith("--") && isPolyglotOption(a)) {
                options.put(a.substring(2), "true");
            } else if (a.startsWith("-") && !a.equals("-")) {
                System.err.println("cellpy: unknown option " + a);
                System.err.print(USAGE);
                return 2;
            } else {
                file = a;
                programArgs.add(a);
                i++;
                break;
            }
        }
        for (; i < args.length; i++) {
            programArgs.add(args[i]);
        }
        if (code == null && file == null) {
            System.err.println("cellpy: no program given (the interactive prompt is not supported)");
            System.err.print(USAGE);
            return 2;
        }
        Source source;
        try {
            if (code != null) {
                source = Source.newBuilder("cellpy", code, "<string>").build();
            } else {
                File f = new File(file);
                if (!f.isFile()) {
                    System.err.println("cellpy: can't open file '" + f.getAbsolutePath() + "': [Errno 2] No such file or directory");
                    return 2;
                }
                source = Source.newBuilder("cellpy", f).name(file).build();
            }
        } catch (IOException e) {
            System.err.println("cellpy: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        options.put("cellpy.Main", "true");
        try (Context context = Context.newBuilder("cellpy").allowExperimentalOptions(true).options(options)
                        .arguments("cellpy", programArgs.toArray(new String[0]))
                        .out(System.out).err(System.err).in(System.in).build()) {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException()) {
                System.err.println(e.getMessage());
                return 1;
            }
            PrintStream err = System.err;
            err.println("cellpy: internal error (a bug in cellpy, not in your program):");
            e.printStackTrace(err);
            return 70;
        } catch (IllegalArgumentException e) {
            System.err.println("cellpy: " + e.getMessage());
            return 2;
        }
    }

    private static boolean isPolyglotOption(String a) {
        return a.startsWith("--engine.") || a.startsWith("--compiler.") || a.startsWith("--cellpy.")
                        || a.startsWith("--log.");
    }

    /** The Truffle version the launcher was built against (filtered in by Maven). */
    private static String truffleVersion() {
        java.util.Properties p = new java.util.Properties();
        try (var in = Main.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("truffle.version", "unknown");
    }

    private static void printVersion(Map<String, String> options) {
        try (Engine engine = Engine.newBuilder("cellpy").allowExperimentalOptions(true).options(options).build()) {
            String jit = engine.getImplementationName();
            System.out.println("cellpy " + engine.getLanguages().get("cellpy").getVersion());
            System.out.println("Truffle " + truffleVersion());
            // "sharing" in java.vm.info: classes come from a class-data-sharing archive (our start-up cache)
            boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
            System.out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
            System.out.println("start-up cache " + (sharing ? "on (class-data sharing)" : "off"));
            System.out.println("runtime " + jit + ("Interpreted".equals(jit) ? " (no Graal JIT: about 20x slower)" : " (Graal JIT on)"));
        }
    }
}
