package vn.tochuc.danhgia.consultations;

/** The counts at the top of the tracking dashboard. */
public record StatusCounts(int recipients, int notOpened, int opened, int draft, int submitted, int late, int agree,
        int withComments, int comments) {

    /** Units that have not submitted yet (not opened, opened or drafting). */
    public int notAnswered() {
        return notOpened + opened + draft;
    }
}
