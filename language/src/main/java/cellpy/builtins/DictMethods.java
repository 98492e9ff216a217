package cellpy.builtins;

final class DictMethods {
    private DictMethods() {
    }

    static void install() {
    }
}
