package cellpy.builtins;

final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
    }
}
