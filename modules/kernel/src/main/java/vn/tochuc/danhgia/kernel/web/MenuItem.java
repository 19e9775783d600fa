package vn.tochuc.danhgia.kernel.web;

import java.util.List;

/**
 * One entry of the main menu.
 *
 * @param labelKey the bundle key of its label
 * @param outcome the page, e.g. {@code /admin/units.xhtml}
 * @param icon a PrimeIcons class, e.g. {@code pi pi-building}
 * @param roles the roles that see it (any of them)
 * @param order where it goes; lower first
 */
public record MenuItem(String labelKey, String outcome, String icon, List<String> roles, int order) {

    public MenuItem {
        roles = List.copyOf(roles);
    }
}
