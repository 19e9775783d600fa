package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tochuc.danhgia.frameworks.domain.FrameworkRepository;
import vn.tochuc.danhgia.frameworks.domain.UnitFramework;
import vn.tochuc.danhgia.kernel.AppException;

/**
 * Finds the unit framework a request names, refusing one that is not there, and for a change one the caller may read
 * (checked before the row is locked) and in the version the caller read.
 */
@ApplicationScoped
public class StoredFrameworks {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    Access access;

    UnitFramework existing(long id) {
        return frameworks.find(id).orElseThrow(() -> AppException.notFound("frameworks.error.not-found", id));
    }

    UnitFramework existingForUpdate(long id) {
        UnitFramework f = existing(id);
        access.requireRead(f.unitCode());
        return frameworks.findForUpdate(id).orElseThrow(() -> AppException.notFound("frameworks.error.not-found", id));
    }

    static void checkVersion(UnitFramework f, Long sent) {
        if (sent == null || sent != f.version()) {
            throw AppException.conflict("error.conflict.version", f.version(), sent);
        }
    }
}
