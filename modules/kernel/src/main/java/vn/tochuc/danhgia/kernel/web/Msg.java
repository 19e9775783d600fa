package vn.tochuc.danhgia.kernel.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The Faces resource bundle ({@code var="msg"} in faces-config.xml) over {@link Messages}: one bundle for all
 * modules. {@code Msg_vi} and {@code Msg_en} exist so that {@code ResourceBundle.getBundle} finds a class per
 * language; this root class serves Vietnamese.
 */
public class Msg extends ResourceBundle {

    private final Map<String, String> table;

    public Msg() {
        this(Messages.VIETNAMESE);
    }

    protected Msg(Locale locale) {
        this.table = Messages.table(locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        String text = table.get(key);
        return text != null ? text : Messages.get(Messages.VIETNAMESE, key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(table.keySet());
    }
}
