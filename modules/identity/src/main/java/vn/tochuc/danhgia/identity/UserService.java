package vn.tochuc.danhgia.identity;

import java.util.List;
import vn.tochuc.danhgia.kernel.Page;

/** Administers accounts and lets users change their own password. Every change is audited. */
public interface UserService extends UserDirectory {

    Page<UserView> list(UserQuery query);

    UserView get(String username);

    UserView create(NewUser user);

    /**
     * Creates many accounts at once (provisioning, demo data). Accounts sharing an initial password share its
     * hash, so that creating fifty accounts does not take fifty slow hash computations.
     */
    List<UserView> createAll(List<NewUser> users);

    UserView update(String username, UserChanges changes);

    /** Sets a new password chosen by an administrator; the user must change it at the next login. Unlocks. */
    void resetPassword(String username, String newPassword);

    void unlock(String username);

    /** The caller changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
