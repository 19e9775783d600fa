/**
 * The criteria module's implementation. The plugin runtime ({@link vn.tochuc.danhgia.criteria.internal.PluginRuntime}
 * and the classes it uses: {@code JarReader}, {@code SignatureCheck}, {@code BytecodeScan} with its
 * {@code BytecodeAllowlist}, {@code PluginLoader},
 * {@code SpiOnlyClassLoader}, {@code PluginCalls}, {@code LimitedPlugin}, {@code LoadedPlugin}, {@code FrameworkJson})
 * is plain Java and unit-tested without a server; the CDI services
 * around it add the database, the files, the audit log and the events.
 */
package vn.tochuc.danhgia.criteria.internal;
