package cellpy.runtime;

/** The Ellipsis singleton ({@code ...}). */
public final class PEllipsis {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }
}
