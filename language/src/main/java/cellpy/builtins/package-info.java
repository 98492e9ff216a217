/**
 * The built-in functions, the methods of the built-in types, the built-in types' constructors and
 * the built-in modules (sys, time). {@link cellpy.builtins.Builtins#install} fills a context's
 * builtins namespace; {@link cellpy.builtins.Modules#create} makes a module for {@code import}.
 * Everything here follows CPython 3.11's behaviour and error messages.
 */
package cellpy.builtins;
