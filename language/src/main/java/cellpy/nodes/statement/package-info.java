/** Simple statements: expression statements, assignment, augmented assignment, assert, del, with, import. */
package cellpy.nodes.statement;
