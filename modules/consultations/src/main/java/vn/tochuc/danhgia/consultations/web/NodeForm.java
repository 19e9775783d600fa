package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import vn.tochuc.danhgia.documents.NodeRef;

/** The structure correction dialog's fields: a node's number, title and text. */
public class NodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String path;
    private String label;
    private String number;
    private String title;
    private String text;

    void load(NodeRef node) {
        path = node.path();
        label = node.label();
        String[] segments = node.path().split("\\.");
        String last = segments[segments.length - 1];
        number = last.replaceFirst("^(C|M|D|K|PL)(?=\\d)", "");
        title = node.title();
        text = node.text();
    }

    public String getPath() {
        return path;
    }

    public String getLabel() {
        return label;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
