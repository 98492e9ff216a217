/**
 * Cached attribute access on instances of user classes: the instance's attributes are the
 * properties of a Truffle DynamicObject (looked up by shape), the class's attribute is looked up
 * once per call site and class and kept under the assumptions that the dicts along the MRO are
 * unchanged.
 */
package cellpy.nodes.attr;
