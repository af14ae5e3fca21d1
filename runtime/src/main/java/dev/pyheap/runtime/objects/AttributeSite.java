package dev.pyheap.runtime.objects;

/**
 * What Python/specialize.c's analysis finds for an attribute name on a type, for the evaluator's
 * inline caches ({@code LOAD_ATTR_INSTANCE_VALUE}, {@code STORE_ATTR_INSTANCE_VALUE},
 * {@code LOAD_METHOD_WITH_VALUES}). It holds while no class changes: the caller keys it on
 * the type's {@link PyType#versionTag}, valid while neither its namespace nor a base's changes.
 *
 * @param noClassAttribute nothing of that name on the type's MRO: the instance's own value is the
 *                         attribute ({@code _PyType_Lookup} finds nothing)
 * @param valueIndex       the name's slot in the instances' inline values (the class's shared
 *                         keys), -1 when no instance has it yet
 * @param method           the plain method (a function, a method descriptor) of that name on the
 *                         type, borrowed from the type's namespace; 0 for anything else
 * @param plainSetAttr     no {@code __setattr__} of the class's own: storing writes the values
 * @param keysCount        the names in the shared keys when analysed: as long as it is the same,
 *                         a name that was absent still is (they only grow, as {@code dk_version})
 */
public record AttributeSite(boolean noClassAttribute, int valueIndex, long method, boolean plainSetAttr,
        long keysCount) {
}
