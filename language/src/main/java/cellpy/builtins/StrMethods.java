package cellpy.builtins;

final class StrMethods {
    private StrMethods() {
    }

    static void install() {
    }
}
