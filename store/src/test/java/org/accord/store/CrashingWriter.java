package org.accord.store;

import java.nio.file.Path;
import java.util.List;
import org.accord.core.merge.AgreementMerger;

/**
 * A process that dies in the middle of a write, as a killed or crashed run would: it halts the JVM, with no rollback
 * and no close, after writing the first of two articles. Run by {@link AgreementStoreCrashTest}.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    /** Args: the store file. */
    public static void main(String[] args) throws StoreException {
        AgreementStore store = AgreementStore.open(Path.of(args[0]), new AgreementMerger(),
                hash -> Runtime.getRuntime().halt(9));
        store.add(List.of(TestArticles.PCL_ENGLISH, TestArticles.PCL_PARTNER));
        Runtime.getRuntime().halt(0);
    }
}
