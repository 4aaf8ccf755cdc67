package org.accord.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One file to read, as the driver found it: its place in the input order, the address a task opens it at, and the
 * name its articles are reported under.
 *
 * @param index its place among all the files of the job, from 0, which orders their articles as the command line does
 * @param uri the fully qualified address, such as {@code hdfs://nn/crawl/a.warc.gz} or {@code file:/data/a.txt}
 * @param source the name as the command line would give it: the path as given, then the path inside a folder given
 *     ({@code samples/003.txt})
 */
public record InputFile(int index, String uri, String source) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the values. */
    public InputFile {
        checkArgument(index >= 0, "index (%s) must not be negative", index);
        requireNonNull(uri, "uri");
        requireNonNull(source, "source");
    }
}
