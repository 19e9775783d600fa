package vn.tochuc.danhgia.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.tochuc.danhgia.criteria.AssignmentDraft;
import vn.tochuc.danhgia.criteria.FrameworkAssignments;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.identity.NewUser;
import vn.tochuc.danhgia.identity.Role;
import vn.tochuc.danhgia.identity.UserService;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Demo data, loaded once on the first start of a server run with {@code app.demo=true} (the run command asks for
 * it; production never does): the province's units and groups, the demo logins, all with password
 * {@value #PASSWORD}, and the three agencies' criteria plugins (built by the normal build and carried in the WAR)
 * installed and assigned for the current year. It goes through the modules' own services, so it is validated and
 * audited like any other data: the plugins pass the same checks as an upload.
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

    @Inject
    PluginService plugins;

    @Inject
    FrameworkAssignments assignments;

    @Transactional
    public void loadOnce() {
        if (settings.get(LOADED).isPresent()) {
            return;
        }
        loadGroups();
        units.importFile("don-vi-quang-ngai.csv", resource("demo/units.csv"));
        users.createAll(demoUsers());
        loadPlugins();
        settings.put(LOADED, java.time.Instant.now().toString());
        LOG.info("Demo data loaded: " + units.active().size() + " units and their users (password: demo), "
                + plugins.plugins().size() + " criteria plugins");
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

    /** Sở Tài chính and Sở Giáo dục by unit, the advisory bodies by group, for this year (Vietnam time). */
    private void loadPlugins() {
        for (String plugin : List.of("so-tai-chinh", "so-giao-duc", "tham-muu-tu")) {
            plugins.install(plugin + ".jar", resource("demo/plugins/" + plugin + ".jar"));
        }
        int year = LocalDate.now(Zones.VIETNAM).getYear();
        assignments.assign(new AssignmentDraft(year, "so-tai-chinh", List.of("STC"), List.of()));
        assignments.assign(new AssignmentDraft(year, "so-giao-duc", List.of("SGDDT"), List.of()));
        assignments.assign(new AssignmentDraft(year, "tham-muu-tu", List.of(), List.of("THAM_MUU_TU")));
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
