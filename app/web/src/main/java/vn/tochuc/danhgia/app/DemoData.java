package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Demo data, loaded once on the first start of a server run with {@code app.demo=true} (the run command asks for
 * it; production never does): the province's units and groups, and the demo logins, all with password
 * {@value #PASSWORD}. It goes through the modules' own services, so it is validated and audited like any other data.
 */
@ApplicationScoped
public class DemoData {

    static final String PASSWORD = "demo";
    static final String LOADED = "demo.loaded";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AppSettings settings;

    @Inject
    UnitService units;

    @Inject
    UserService users;

    @Transactional
    public void loadOnce() {
        if (settings.get(LOADED).isPresent()) {
            return;
        }
        loadGroups();
        units.importFile("don-vi-quang-ngai.csv", resource("demo/units.csv"));
        users.createAll(demoUsers());
        settings.put(LOADED, java.time.Instant.now().toString());
        LOG.info("Demo data loaded: " + units.active().size() + " units and their users (password: demo)");
    }

    private void loadGroups() {
        String[] lines = new String(resource("demo/groups.csv"), StandardCharsets.UTF_8).split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int comma = lines[i].indexOf(',');
            String name = lines[i].substring(comma + 1).trim();
            if (name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            }
            units.saveGroup(new UnitGroupDraft(lines[i].substring(0, comma), name, i, null));
        }
    }

    private List<NewUser> demoUsers() {
        List<NewUser> list = new ArrayList<>();
        list.add(user("admin", "Quản trị hệ thống", "Quản trị viên", null, Role.ADMIN));
        list.add(user("board", "Nguyễn Văn Bình", "Chuyên viên Phòng Tổ chức - Cán bộ", "BTCTU", Role.BOARD));
        list.add(user("board2", "Trần Thị Ngọc Ánh", "Trưởng phòng Tổ chức - Cán bộ", "BTCTU", Role.BOARD));
        list.add(user("it", "Lê Minh Khoa", "Cán bộ công nghệ thông tin", null, Role.PLUGIN_ADMIN));
        for (UnitView unit : units.active()) {
            list.add(user(unit.code().toLowerCase(Locale.ROOT), "Văn thư " + unit.name(), "Chuyên viên tổng hợp",
                    unit.code(), Role.UNIT));
        }
        return list;
    }

    private static NewUser user(String username, String fullName, String title, String unit, Role role) {
        return new NewUser(username, fullName, title, username + "@demo.danhgia.local", unit, List.of(role), PASSWORD,
                false);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
