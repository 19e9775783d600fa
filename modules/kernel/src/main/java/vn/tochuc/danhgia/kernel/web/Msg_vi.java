package vn.tochuc.danhgia.kernel.web;

import vn.tochuc.danhgia.kernel.Messages;

/** Vietnamese texts for Faces; see {@link Msg}. */
public class Msg_vi extends Msg {

    public Msg_vi() {
        super(Messages.VIETNAMESE);
    }
}
