package cellpy.runtime;

/** A module: its name and its namespace (the globals of code run in it). */
public final class PModule {
    public final String name;
    public final PDict dict;

    public PModule(String name, PDict dict) {
        this.name = name;
        this.dict = dict;
    }
}
