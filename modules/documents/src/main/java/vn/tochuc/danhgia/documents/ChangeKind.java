package vn.tochuc.danhgia.documents;

/**
 * How a node differs between two versions, or what one edit did to it.
 *
 * <ul>
 *   <li>{@code UNCHANGED}: same text (used only in differences, to show context);</li>
 *   <li>{@code MODIFIED}: its text or title changed (its number may have changed too);</li>
 *   <li>{@code ADDED}: it is new in the later version;</li>
 *   <li>{@code DELETED}: it is gone from the later version;</li>
 *   <li>{@code RENUMBERED}: only its own number changed (the text is the same apart from the number).</li>
 * </ul>
 */
public enum ChangeKind { UNCHANGED, MODIFIED, ADDED, DELETED, RENUMBERED }
