package cellpy.runtime;

/** The NotImplemented singleton that binary dunder methods return to decline an operation. */
public final class PNotImplemented {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }
}
