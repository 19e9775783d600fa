package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.documents.ArticleDiff;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * Backs {@code board/version-editor.xhtml?id=}: starts the revised draft (version 2), edits it node by node (text,
 * insert after, delete, renumber) with each change linked to the comments it answers, and shows the difference with
 * version 1 article by article, side by side, with the linked comments. {@code ?download=1|2} sends a version's .docx.
 */
@Named("versionEditor")
@ViewScoped
public class VersionEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsolidationService consolidation;

    @Inject
    transient DocumentService documents;

    private long id;
    private String download;
    private ConsolidationView overview;
    private VersionView revised;
    private List<NodeRef> nodes = List.of();
    private List<DispositionView> comments = List.of();
    private SideBySideDiff diff;
    private String article;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<String>> links = new HashMap<>();
    private String insertAfter;
    private String insertText;
    private List<String> insertLinks = new ArrayList<>();

    public void load() {
        try {
            overview = consolidation.overview(id);
            if (download != null) {
                sendVersion();
                return;
            }
            comments = consolidation.dispositions(id);
            refresh();
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    private void sendVersion() {
        long versionId = "1".equals(download) || overview.revisedVersionId() == null ? overview.sourceVersionId()
                : overview.revisedVersionId();
        VersionView v = documents.version(versionId);
        Downloads.send(documents.file(versionId), "du-thao-" + overview.documentId() + "-lan-" + v.number() + ".docx",
                Downloads.DOCX);
    }

    private void refresh() {
        overview = consolidation.overview(id);
        if (overview.revisedVersionId() == null) {
            return;
        }
        revised = documents.version(overview.revisedVersionId());
        nodes = documents.nodes(revised.id());
        diff = new SideBySideDiff(consolidation.diff(overview.documentId(), 1, revised.number()));
        texts.clear();
        nodes.forEach(n -> texts.put(n.path(), n.text()));
        if (article == null || nodes.stream().noneMatch(n -> n.path().equals(article))) {
            article = nodes.stream().filter(n -> n.kind() == NodeKind.ARTICLE).map(NodeRef::path).findFirst()
                    .orElse(null);
        }
    }

    public void start() {
        try {
            consolidation.startRevision(id);
            refresh();
            FacesErrors.info("consolidation.editor.started", revised.label(ViewLocale.current()));
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void save(String path) {
        edit(StructureEdit.update(path, null, null, texts.get(path)), links.get(path));
    }

    public void insert() {
        edit(StructureEdit.insertAfter(insertAfter, null, null, insertText), insertLinks);
        insertText = null;
        insertLinks = new ArrayList<>();
    }

    public void remove(String path) {
        edit(StructureEdit.of(StructureEdit.Op.DELETE, path), links.get(path));
    }

    public void renumber() {
        edit(StructureEdit.of(StructureEdit.Op.RENUMBER, null), List.of());
    }

    /** The picked comment ids: Faces may hand them over as strings or as numbers, whatever the declared type. */
    private void edit(StructureEdit edit, List<?> commentIds) {
        try {
            List<Long> ids = commentIds == null ? List.of()
                    : commentIds.stream().map(o -> Long.valueOf(String.valueOf(o))).toList();
            consolidation.editRevision(id, edit, revised.version(), ids);
            links.clear();
            refresh();
            FacesErrors.info("consolidation.editor.saved");
        } catch (AppException e) {
            FacesErrors.show(e);
            refresh();
        }
    }

    public void select(String path) {
        article = path;
    }

    public List<NodeRef> getArticles() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.ARTICLE).toList();
    }

    /** The selected article and everything in it, in the revised version. */
    public List<NodeRef> getArticleNodes() {
        return nodes.stream().filter(n -> article != null && article.equals(n.articlePath())).toList();
    }

    /** The comments a change in the selected article may answer: those on its parts in the commented version. */
    public List<DispositionView> getArticleComments() {
        return SideBySideDiff.commentsFor(getArticleDiff(), article, comments);
    }

    public ArticleDiff getArticleDiff() {
        return diff == null ? null : diff.article(article);
    }

    public boolean isEditable() {
        return revised != null && !revised.sent() && !overview.issued();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getDownload() {
        return download;
    }

    public void setDownload(String download) {
        this.download = download;
    }

    public ConsolidationView getOverview() {
        return overview;
    }

    public VersionView getRevised() {
        return revised;
    }

    public SideBySideDiff getDiff() {
        return diff;
    }

    public String getArticle() {
        return article;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public Map<String, List<String>> getLinks() {
        return links;
    }

    public String getInsertAfter() {
        return insertAfter;
    }

    public void setInsertAfter(String insertAfter) {
        this.insertAfter = insertAfter;
    }

    public String getInsertText() {
        return insertText;
    }

    public void setInsertText(String insertText) {
        this.insertText = insertText;
    }

    public List<String> getInsertLinks() {
        return insertLinks;
    }

    public void setInsertLinks(List<String> insertLinks) {
        this.insertLinks = insertLinks;
    }
}
