package org.accord.report;

import java.util.Iterator;
import org.accord.core.model.Agreement;

/** Agreements that count how many times they have been iterated. */
public final class CountingIterable implements Iterable<Agreement> {
    private final Iterable<Agreement> agreements;
    private int iterations;

    public CountingIterable(Iterable<Agreement> agreements) {
        this.agreements = agreements;
    }

    @Override
    public Iterator<Agreement> iterator() {
        iterations++;
        return agreements.iterator();
    }

    /** How many times {@link #iterator()} was called. */
    public int iterations() {
        return iterations;
    }
}
