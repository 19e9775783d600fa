package vn.tochuc.danhgia.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
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
import vn.tochuc.danhgia.kernel.Zones;
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
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern(Zones.DATE_TIME_PATTERN);
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
    private List<NodeRef> nodes = List.of();
    private final NodeForm edit = new NodeForm();
    private List<String> groups = new ArrayList<>();
    private List<String> singleUnits = new ArrayList<>();
    private String title = "Xin ý kiến góp ý dự thảo Quy định đánh giá, xếp loại chất lượng";
    private String reference;
    private String letter;
    private String deadline;
    private boolean lateAllowed;
    private List<String> selectedTasks = new ArrayList<>();

    @PostConstruct
    public void init() {
        deadline = LocalDateTime.now(Zones.VIETNAM).plusDays(10).withHour(17).withMinute(0).format(INPUT);
    }

    public void upload(FileUploadEvent event) {
        try {
            document = documents.upload(event.getFile().getFileName(), event.getFile().getContent(), null);
            nodes = documents.nodes(document.latest().id());
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
        if (step == 2 && groups.isEmpty() && singleUnits.isEmpty()) {
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

    private void apply(StructureEdit change) {
        try {
            VersionView version = documents.edit(document.latest().id(), change, version().version());
            document = documents.get(version.documentId());
            nodes = documents.nodes(version.id());
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
            ConsultationView created = consultations.create(new ConsultationDraft(title, reference, letter,
                    document.id(), when, lateAllowed, groups, singleUnits));
            // the other tasks are attached before publishing, so that units never see the consultation without them
            for (ConsultationTask task : tasks) {
                if (selectedTasks.contains(task.key())) {
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
        try {
            return LocalDateTime.parse(deadline == null ? "" : deadline.strip(), INPUT).atZone(Zones.VIETNAM)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            FacesErrors.show(AppException.invalid(List.of(FieldError.of("deadline",
                    "consultations.wizard.bad-deadline"))));
            return null;
        }
    }

    private VersionView version() {
        return document.latest();
    }

    public List<UnitGroupView> getAllGroups() {
        return units.groups();
    }

    public List<UnitView> getAllUnits() {
        return units.active();
    }

    public int getRecipientCount() {
        java.util.Set<String> all = new java.util.HashSet<>(singleUnits);
        units.activeInGroups(groups).forEach(u -> all.add(u.code()));
        return all.size();
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

    public List<NodeRef> getNodes() {
        return nodes;
    }

    public NodeForm getEdit() {
        return edit;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
    }

    public List<String> getSingleUnits() {
        return singleUnits;
    }

    public void setSingleUnits(List<String> singleUnits) {
        this.singleUnits = singleUnits == null ? new ArrayList<>() : new ArrayList<>(singleUnits);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    /** The other tasks modules offer, for the Board to tick. */
    public List<ConsultationTask> getAvailableTasks() {
        return tasks.stream().toList();
    }

    public List<String> getSelectedTasks() {
        return selectedTasks;
    }

    public void setSelectedTasks(List<String> selectedTasks) {
        this.selectedTasks = selectedTasks == null ? new ArrayList<>() : new ArrayList<>(selectedTasks);
    }

    public boolean isLateAllowed() {
        return lateAllowed;
    }

    public void setLateAllowed(boolean lateAllowed) {
        this.lateAllowed = lateAllowed;
    }
}
