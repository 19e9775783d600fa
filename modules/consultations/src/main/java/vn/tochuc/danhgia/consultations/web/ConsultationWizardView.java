package vn.tochuc.danhgia.consultations.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.TreeNode;
import vn.tochuc.danhgia.consultations.ConsultationDraft;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationTask;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.units.UnitDirectory;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitView;

/**
 * Backs {@code board/consultation-new.xhtml}, in five steps: upload the .docx, check and correct its structure, choose
 * the recipients, set the deadline and letter, then publish. Nothing is created until the last step except the
 * document itself (a draft the Board may correct or reuse).
 */
@Named
@ViewScoped
public class ConsultationWizardView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String[] STEPS = {"upload", "structure", "recipients", "deadline", "publish"};

    @Inject
    transient DocumentService documents;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient UnitDirectory units;

    @Inject
    transient Instance<ConsultationTask> tasks;

    private int step;
    private DocumentView document;
    private TreeNode<NodeRef> tree = OutlineTree.of(List.of());
    private final NodeForm edit = new NodeForm();
    private final RecipientChoice recipients = new RecipientChoice();
    private final RoundDetails details = new RoundDetails();
    // Read once per wizard: every AJAX click of the recipients step validates against them and counts with them,
    // and a round's recipients are resolved again (from the database) when it is published.
    private List<UnitGroupView> allGroups;
    private List<UnitView> allUnits;

    public void upload(FileUploadEvent event) {
        try {
            document = documents.upload(event.getFile().getFileName(), event.getFile().getContent(), null);
            tree = OutlineTree.of(documents.nodes(document.latest().id()));
            FacesErrors.info("consultations.wizard.uploaded", document.latest().articles());
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void next() {
        if (step == 0 && document == null) {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("file", "consultations.wizard.no-file"))));
            return;
        }
        if (step == 2 && recipients.isEmpty()) {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("recipientGroups",
                    "consultations.error.no-recipients"))));
            return;
        }
        if (step == 3 && parsedDeadline() == null) {
            return;
        }
        step = Math.min(step + 1, STEPS.length - 1);
    }

    public void back() {
        step = Math.max(step - 1, 0);
    }

    public void select(NodeRef node) {
        edit.load(node);
    }

    public void saveNode() {
        apply(StructureEdit.update(edit.getPath(), edit.getNumber(), edit.getTitle(), edit.getText()));
    }

    public void merge(NodeRef node) {
        apply(StructureEdit.of(StructureEdit.Op.MERGE, node.path()));
    }

    public void delete(NodeRef node) {
        apply(StructureEdit.of(StructureEdit.Op.DELETE, node.path()));
    }

    public void renumber() {
        apply(StructureEdit.of(StructureEdit.Op.RENUMBER, null));
    }

    public void expandAll() {
        OutlineTree.expandAll(tree, true);
    }

    public void collapseAll() {
        OutlineTree.expandAll(tree, false);
    }

    private void apply(StructureEdit change) {
        try {
            VersionView version = documents.edit(document.latest().id(), change, version().version());
            document = documents.get(version.documentId());
            tree = OutlineTree.of(documents.nodes(version.id()));
            FacesErrors.info("consultations.wizard.corrected");
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public void publish() {
        OffsetDateTime when = parsedDeadline();
        if (when == null) {
            return;
        }
        try {
            ConsultationView created = consultations.create(new ConsultationDraft(details.getTitle(),
                    details.getReference(), details.getLetter(), document.id(), when, details.isLateAllowed(),
                    recipients.getGroups(), recipients.getSingleUnits()));
            // the other tasks are attached before publishing, so that units never see the consultation without them
            for (ConsultationTask task : tasks) {
                if (details.getSelectedTasks().contains(task.key())) {
                    task.attach(created.id());
                }
            }
            consultations.publish(created.id());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesErrors.info("consultations.wizard.published", created.reference());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/board/consultation-tracking.xhtml?id=" + created.id());
        } catch (AppException e) {
            FacesErrors.show(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OffsetDateTime parsedDeadline() {
        return details.parsedDeadline().orElseGet(() -> {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("deadline",
                    "consultations.wizard.bad-deadline"))));
            return null;
        });
    }

    private VersionView version() {
        return document.latest();
    }

    public List<UnitGroupView> getAllGroups() {
        if (allGroups == null) {
            allGroups = units.groups();
        }
        return allGroups;
    }

    public List<UnitView> getAllUnits() {
        if (allUnits == null) {
            allUnits = units.active();
        }
        return allUnits;
    }

    public int getRecipientCount() {
        return recipients.count(getAllUnits());
    }

    /** The active units of the group the Board chose to look at. */
    public List<UnitView> getPreviewUnits() {
        return recipients.preview(getAllUnits());
    }

    /**
     * What "Tiếp theo" and "Quay lại" submit besides themselves: the inputs of the step on screen, never the outline
     * tree (its rows have no inputs, and decoding them made every click of the structure step slow).
     */
    public String getStepInputs() {
        return switch (getStepName()) {
            case "recipients" -> "step-recipients";
            case "deadline" -> "step-deadline";
            default -> "";
        };
    }

    public RecipientChoice getRecipients() {
        return recipients;
    }

    public int getStep() {
        return step;
    }

    public String getStepName() {
        return STEPS[step];
    }

    public DocumentView getDocument() {
        return document;
    }

    public TreeNode<NodeRef> getTree() {
        return tree;
    }

    public NodeForm getEdit() {
        return edit;
    }

    public RoundDetails getDetails() {
        return details;
    }

    /** The other tasks modules offer, for the Board to tick. */
    public List<ConsultationTask> getAvailableTasks() {
        return tasks.stream().toList();
    }
}
