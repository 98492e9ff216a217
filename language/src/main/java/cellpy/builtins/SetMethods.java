package cellpy.builtins;

final class SetMethods {
    private SetMethods() {
    }

    static void install() {
    }
}
