package org.accord.app.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The one-off cost of the first calls, paid once per JVM: the readers' first read and the first extraction of each
 * language, when its dictionaries and models load. Each is the wall time of one call.
 *
 * @param firstRead the first read of a document
 * @param firstEnglish the first extraction of an English article; null when the inputs hold none
 * @param firstChinese the first extraction of a Chinese article, measured after the English one; null when the inputs
 *     hold none
 */
public record LoadingCost(Duration firstRead, @Nullable Duration firstEnglish, @Nullable Duration firstChinese) {

    /** Checks that the first read is present. */
    public LoadingCost {
        requireNonNull(firstRead, "firstRead");
    }
}
