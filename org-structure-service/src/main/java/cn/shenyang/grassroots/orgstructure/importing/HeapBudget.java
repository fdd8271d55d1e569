package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.platform.problem.ProblemException;

/**
 * The heap one bulk import may take, spent as it reads the file's rows and the stored units they
 * name or clash with (or the whole tree, for a first load): a file too large for this service is
 * refused with a 413 while it is read, before the heap runs out (a 127 MB file at {@code ./suite}'s
 * 384 MB answered a 500).
 */
final class HeapBudget {
    /**
     * Heap held for each row until it is stored, besides the row's own text. Measured on the country
     * (665,276 rows, 71 MB of NDJSON, live heap after a full collection): 170 bytes a parsed row, 107
     * a unit to store and 143 in the checks' maps, 420 in all, of which the row's text is about 108;
     * with room for a file whose every row names another parent (one more map entry each).
     */
    static final int PER_ROW = 350;
    /** Heap held for each stored unit the rows name or clash with (its id, path, code or name, and a set's entry). */
    static final int PER_STORED_MATCH = 200;
    /**
     * Heap held for each unit of a tree read whole (its id, path, code and name, each in a map or set):
     * about 400 bytes, counted from the objects' sizes.
     */
    static final int PER_STORED_UNIT = 400;

    private final long heap;
    private long spent;

    HeapBudget(long heap) {
        this.heap = heap;
    }

    /** Spends a row of the file, {@code length} bytes of text; a 413 once the budget is spent. */
    void spendOnRow(int row, int length) {
        if (!spend(PER_ROW + length)) {
            throw refusal(String.format("reading stopped at row %,d (about %d bytes of heap a row besides its text)",
                    row, PER_ROW));
        }
    }

    /** Whether a tree of {@code units} may be read whole: in a quarter of the heap, leaving the rest to the file. */
    boolean holdsTree(long units) {
        return units * PER_STORED_UNIT <= heap / 4;
    }

    /** Spends a unit of a tree read whole; a 413 once the budget is spent. */
    void spendOnStoredUnit() {
        if (!spend(PER_STORED_UNIT)) {
            throw refusal("the stored tree, read to check the file against (about " + PER_STORED_UNIT
                    + " bytes of heap a unit)");
        }
    }

    /** Spends a stored unit the rows name or would clash with; a 413 once the budget is spent. */
    void spendOnStoredMatch() {
        if (!spend(PER_STORED_MATCH)) {
            throw refusal("its rows, and the stored units they name or would clash with (about " + PER_STORED_MATCH
                    + " bytes of heap each)");
        }
    }

    private boolean spend(long bytes) {
        spent += bytes;
        return spent <= heap;
    }

    /** The message is made only for the refusal: the budget is spent once a row. */
    private ProblemException refusal(String what) {
        return ProblemException.payloadTooLarge(String.format("The file is larger than this service has the memory"
                + " to import at once: %s, which need about %,d MB of its %,d MB of heap. Split the file into parts"
                + " of fewer rows, or give the service more memory (./suite: SUITE_SERVICE_HEAP); nothing was"
                + " stored", what, spent >> 20, heap >> 20));
    }
}
