package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How far a {@link Pipeline} run has got, as told after each file.
 *
 * @param filesDone the files read or failed so far
 * @param files the files of the run
 * @param articles the articles read so far (a container's count as many as it held)
 */
public record Progress(int filesDone, int files, int articles) {

    /** Checks the counts. */
    public Progress {
        checkArgument(filesDone >= 0 && filesDone <= files, "filesDone (%s) must be between 0 and files (%s)",
                filesDone, files);
        checkArgument(articles >= 0, "articles (%s) must not be negative", articles);
    }

    /** Whether every file is done. */
    public boolean finished() {
        return filesDone == files;
    }
}
