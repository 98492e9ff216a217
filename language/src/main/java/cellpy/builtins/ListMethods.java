package cellpy.builtins;

final class ListMethods {
    private ListMethods() {
    }

    static void install() {
    }
}
