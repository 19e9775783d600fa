package vn.tochuc.danhgia.criteria.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Visits one class file: its super class and interfaces, the types of its fields and methods, and what each method's
 * code refers to ({@link MethodReferences}), each checked by {@link RefusedReferences}.
 */
final class ClassReferences extends ClassVisitor {

    private final RefusedReferences check;
    private String className;

    ClassReferences(RefusedReferences check) {
        super(Opcodes.ASM9);
        this.check = check;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        className = name;
        String from = RefusedReferences.dotted(name);
        if (superName != null) {
            check.type(from, superName);
        }
        if (interfaces != null) {
            for (String i : interfaces) {
                check.type(from, i);
            }
        }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        check.descriptorTypes(RefusedReferences.dotted(className) + "." + name, Type.getType(descriptor));
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        String from = RefusedReferences.dotted(className) + "." + name;
        check.descriptorTypes(from, Type.getMethodType(descriptor));
        if (exceptions != null) {
            for (String e : exceptions) {
                check.type(from, e);
            }
        }
        return new MethodReferences(from, check);
    }
}
