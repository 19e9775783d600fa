/**
 * The module's screens: the unit's frameworks and people ({@code /unit/frameworks.xhtml}), the framework editor
 * ({@code /unit/framework-editor.xhtml}), the Board's overview ({@code /board/frameworks.xhtml}) and review
 * ({@code /board/framework-review.xhtml}). Beans call the module's API only. Private to the module.
 */
package vn.tochuc.danhgia.frameworks.web;
