package cellpy.builtins;

final class TupleMethods {
    private TupleMethods() {
    }

    static void install() {
    }
}
