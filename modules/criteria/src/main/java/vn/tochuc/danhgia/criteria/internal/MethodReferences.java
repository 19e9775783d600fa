package vn.tochuc.danhgia.criteria.internal;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Visits one method's code: every instruction that names a class, field or method, an {@code invokedynamic}
 * bootstrap, a constant or a caught exception type is checked by {@link RefusedReferences}.
 */
final class MethodReferences extends MethodVisitor {

    private final String from;
    private final RefusedReferences check;

    /** @param from the method, as "class.method" in dotted names */
    MethodReferences(String from, RefusedReferences check) {
        super(Opcodes.ASM9);
        this.from = from;
        this.check = check;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        check.type(from, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
        check.member(from, owner, field, fieldDescriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
            boolean isInterface) {
        check.member(from, owner, method, methodDescriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
            Object... arguments) {
        check.bootstrap(from, bootstrap, arguments);
    }

    @Override
    public void visitLdcInsn(Object value) {
        check.constant(from, value);
    }

    @Override
    public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
        check.type(from, arrayDescriptor);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if (type != null) {
            check.type(from, type);
        }
    }
}
