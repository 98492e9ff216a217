/** How cellpy values look to other languages and to Java through the polyglot API. */
package cellpy.interop;
