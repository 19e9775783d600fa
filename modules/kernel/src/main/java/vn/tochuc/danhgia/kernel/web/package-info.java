/**
 * Faces infrastructure shared by every screen: the merged message bundle ({@code #{msg['…']}}), the user's chosen
 * language, date formatting in Asia/Ho_Chi_Minh ({@code #{fmt.dateTime(…)}}) and the translation of
 * {@link vn.tochuc.danhgia.kernel.AppException} into Faces messages.
 */
package vn.tochuc.danhgia.kernel.web;
