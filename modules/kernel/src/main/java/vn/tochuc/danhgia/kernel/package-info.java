/**
 * The shared kernel: what every module may use, and nothing that belongs to one of them.
 *
 * <p>Public here: {@link vn.tochuc.danhgia.kernel.AppException} and {@link vn.tochuc.danhgia.kernel.ErrorKind}
 * (errors that the REST layer turns into RFC 9457 problems and the Faces layer into messages),
 * {@link vn.tochuc.danhgia.kernel.Checks} (field validation that reports every bad field at once),
 * {@link vn.tochuc.danhgia.kernel.Messages} (the Vietnamese and English bundles of all modules, merged),
 * {@link vn.tochuc.danhgia.kernel.Zones} (the product's time zone and date formats) and
 * {@link vn.tochuc.danhgia.kernel.Caller} (who is calling, and from where). The sub-packages {@code rest} and
 * {@code web} hold the matching infrastructure (problem bodies, role checks, uploads; the Faces bundle, menu,
 * formats), shared by the {@code rest} and {@code web} layers of every module; unlike other modules' sub-packages
 * they may be used from outside the kernel.
 */
package vn.tochuc.danhgia.kernel;
