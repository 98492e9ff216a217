/** The {@code cellpy} command: runs a file or {@code -c} code through the polyglot API. */
package cellpy.launcher;
