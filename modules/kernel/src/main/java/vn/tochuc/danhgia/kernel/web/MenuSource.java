package vn.tochuc.danhgia.kernel.web;

import java.util.List;

/**
 * Implemented by a module (as a CDI bean) to put its screens in the main menu, so that the layout does not have to
 * know every module.
 */
public interface MenuSource {

    List<MenuItem> menuItems();
}
