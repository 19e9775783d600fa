package vn.tochuc.danhgia.criteria.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.criteria.ConcretizationRuleView;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.criteria.FrameworkCatalog;
import vn.tochuc.danhgia.criteria.FrameworkTree;
import vn.tochuc.danhgia.criteria.PluginService;
import vn.tochuc.danhgia.criteria.PluginVersionView;
import vn.tochuc.danhgia.criteria.PluginView;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/** Backs {@code it/plugin.xhtml?id=…&version=…}: the plugin's versions and one version's three frameworks. */
@Named
@ViewScoped
public class PluginDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginService plugins;

    @Inject
    transient FrameworkCatalog catalog;

    private String id;
    private String version;
    private PluginView plugin;
    private final Map<SubjectType, FrameworkTree> frameworks = new EnumMap<>(SubjectType.class);
    private final Map<SubjectType, TreeNode<CriterionNode>> trees = new EnumMap<>(SubjectType.class);

    /** {@code f:viewAction}: reads the plugin and the chosen (default: active, else newest) version's frameworks. */
    public void load() {
        try {
            plugin = plugins.plugin(id);
        } catch (AppException e) {
            FacesErrors.show(e);
            return;
        }
        if (version == null || version.isBlank() || plugin.version(version).isEmpty()) {
            version = plugin.activeVersion() != null ? plugin.activeVersion()
                    : plugin.versions().isEmpty() ? null : plugin.versions().get(0).version();
        }
        showVersion();
    }

    public void showVersion() {
        frameworks.clear();
        trees.clear();
        if (version == null) {
            return;
        }
        for (SubjectType subject : SubjectType.values()) {
            FrameworkTree tree = catalog.framework(id, version, subject).framework();
            frameworks.put(subject, tree);
            trees.put(subject, FrameworkNodes.tree(tree));
        }
    }

    public TreeNode<CriterionNode> tree(String subject) {
        return trees.get(SubjectType.valueOf(subject));
    }

    public FrameworkTree framework(String subject) {
        return frameworks.get(SubjectType.valueOf(subject));
    }

    public List<String> getSubjects() {
        return Arrays.stream(SubjectType.values()).map(Enum::name).toList();
    }

    public String join(List<String> items) {
        return items == null ? "" : String.join("; ", items);
    }

    public String rule(ConcretizationRuleView rule) {
        return FrameworkNodes.rule(rule, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public PluginVersionView getSelected() {
        return plugin == null || version == null ? null : plugin.version(version).orElse(null);
    }

    public PluginView getPlugin() {
        return plugin;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
