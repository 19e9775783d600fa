package vn.tochuc.danhgia.criteria.internal;

import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;

/**
 * Checks each reference the byte code visitors meet against the allowlist and notes the refused ones as
 * "from → to" in dotted names ({@code so.tai.chinh.Plugin.check → java.lang.System.exit}), each once.
 */
final class RefusedReferences {

    private final BytecodeAllowlist allowlist;
    private final Set<String> refused;

    /** @param refused where the refused references are added, in the order they are met */
    RefusedReferences(BytecodeAllowlist allowlist, Set<String> refused) {
        this.allowlist = allowlist;
        this.refused = refused;
    }

    void bootstrap(String from, Handle bootstrap, Object[] arguments) {
        if (!allowlist.allowsBootstrap(bootstrap)) {
            refused.add(from + " → invokedynamic " + dotted(bootstrap.getOwner()) + "." + bootstrap.getName());
            return;
        }
        for (Object argument : arguments) {
            constant(from, argument);
        }
    }

    /** A constant of the pool: a class, a method handle (a lambda's target) or a dynamic constant. */
    void constant(String from, Object value) {
        if (value instanceof Type t) {
            descriptorTypes(from, t);
        } else if (value instanceof Handle h) {
            member(from, h.getOwner(), h.getName(), h.getDesc());
        } else if (value instanceof ConstantDynamic c) {
            bootstrap(from, c.getBootstrapMethod(), bootstrapArguments(c));
        }
    }

    private static Object[] bootstrapArguments(ConstantDynamic c) {
        Object[] arguments = new Object[c.getBootstrapMethodArgumentCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = c.getBootstrapMethodArgument(i);
        }
        return arguments;
    }

    /** Every class a field, method or array type names. */
    void descriptorTypes(String from, Type type) {
        switch (type.getSort()) {
            case Type.METHOD -> {
                for (Type argument : type.getArgumentTypes()) {
                    descriptorTypes(from, argument);
                }
                descriptorTypes(from, type.getReturnType());
            }
            case Type.ARRAY -> descriptorTypes(from, type.getElementType());
            case Type.OBJECT -> type(from, type.getInternalName());
            default -> {
                // a primitive
            }
        }
    }

    void type(String from, String internalName) {
        if (!allowlist.allowsType(internalName)) {
            refused.add(from + " → " + dotted(internalName));
        }
    }

    void member(String from, String owner, String name, String descriptor) {
        if (!allowlist.allowsMember(owner, name, descriptor)) {
            refused.add(from + " → " + ("<init>".equals(name) ? "new " + dotted(owner)
                    : dotted(owner) + "." + name));
        }
    }

    static String dotted(String internalName) {
        if (internalName.startsWith("[")) {
            return Type.getType(internalName).getClassName();
        }
        return internalName.replace('/', '.');
    }
}
