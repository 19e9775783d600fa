package vn.tochuc.danhgia.kernel.web;

import vn.tochuc.danhgia.kernel.Messages;

/** English texts for Faces; see {@link Msg}. */
public class Msg_en extends Msg {

    public Msg_en() {
        super(Messages.ENGLISH);
    }
}
