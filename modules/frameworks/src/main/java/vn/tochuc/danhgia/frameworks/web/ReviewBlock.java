package vn.tochuc.danhgia.frameworks.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.criteria.CriterionNode;
import vn.tochuc.danhgia.frameworks.TargetRow;

/** One concretized criterion on the review screen: the submitted targets, each with a remark field. */
public class ReviewBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String title;
    private final String maxPoints;
    private final List<Item> items = new ArrayList<>();
    private String remark = "";

    ReviewBlock(CriterionNode node, List<TargetRow> targets) {
        this.code = node.code();
        this.title = node.title();
        this.maxPoints = node.maxPoints().stripTrailingZeros().toPlainString();
        targets.forEach(t -> items.add(new Item(t)));
    }

    /** A submitted target and the Board's remark on it. */
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TargetRow target;
        private String remark = "";

        Item(TargetRow target) {
            this.target = target;
        }

        public TargetRow getTarget() {
            return target;
        }

        public String getRemark() {
            return remark;
        }

        public void setRemark(String remark) {
            this.remark = remark == null ? "" : remark;
        }
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getMaxPoints() {
        return maxPoints;
    }

    public List<Item> getItems() {
        return items;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark == null ? "" : remark;
    }
}
