package org.accord.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the paths a job is given into the files to read, as {@code org.accord.ingest.Readers#expand} does for the
 * command line, but through Hadoop's {@link FileSystem}, so that any URI a cluster can read works ({@code hdfs://},
 * {@code s3a://}, {@code gs://}, {@code abfs://}, {@code file:}): folders recursively, hidden files and folders (a
 * name starting with a dot) skipped, each folder's files ordered by their full name, the paths in the order given.
 *
 * <p>Each file is named as the command line names it: a file given is named as given, and a file found in a folder
 * is the folder as given, a slash and its path inside the folder. The articles of {@code samples} are
 * {@code samples/000.txt} on Spark as in {@code accord extract samples}.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files of the given paths.
     *
     * @param paths files and folders, local paths or URIs
     * @param conf the Hadoop configuration of the job
     * @throws IllegalArgumentException when a path does not exist
     * @throws IOException when a folder cannot be listed
     */
    static List<InputFile> expand(List<String> paths, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String given : paths) {
            String name = given.length() > 1 ? given.replaceAll("/+$", "") : given;
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (java.io.FileNotFoundException e) {
                throw new IllegalArgumentException("input " + given + " does not exist", e);
            }
            Path qualified = status.getPath();
            if (!status.isDirectory()) {
                files.add(new InputFile(files.size(), qualified.toString(), name));
                continue;
            }
            List<InputFile> inFolder = new ArrayList<>();
            String root = qualified.toUri().getPath();
            RemoteIterator<LocatedFileStatus> listing = fs.listFiles(qualified, true);
            while (listing.hasNext()) {
                LocatedFileStatus file = listing.next();
                String relative = relative(root, file.getPath().toUri().getPath());
                if (file.isFile() && !hidden(relative)) {
                    inFolder.add(new InputFile(0, file.getPath().toString(), name + "/" + relative));
                }
            }
            inFolder.sort(Comparator.comparing(InputFile::source));
            for (InputFile file : inFolder) {
                files.add(new InputFile(files.size(), file.uri(), file.source()));
            }
        }
        return files;
    }

    private static String relative(String root, String path) {
        String prefix = root.endsWith("/") ? root : root + "/";
        if (!path.startsWith(prefix)) {
            throw new IllegalStateException("listing " + root + " gave " + path + ", which is outside it");
        }
        return path.substring(prefix.length());
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
