package org.accord.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample articles under {@code src/test/resources/samples/}, copied where a test wants them. */
public final class Fixtures {
    /** An English page: Peng Cheng Laboratory and Dalian University of Technology, signed 2019-03-22. */
    public static final String ENGLISH_SAMPLE = "000_332cdf8b368dfd31.txt";
    /** A Chinese Jekyll post: 中国电信 and 上海人工智能实验室, signed 2021-12-15. */
    public static final String CHINESE_SAMPLE = "003_a15274cb8ed54760.txt";

    private Fixtures() {
    }

    /** Copies the named samples into a folder, created if needed, and returns the folder. */
    public static Path copySamples(Path folder, String... names) throws IOException {
        Files.createDirectories(folder);
        for (String name : names) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) {
                    throw new IOException("test resource /samples/" + name + " is missing");
                }
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    /** Copies both samples into a folder and returns the folder. */
    public static Path copySamples(Path folder) throws IOException {
        return copySamples(folder, ENGLISH_SAMPLE, CHINESE_SAMPLE);
    }

    /** The non-blank lines of a text file. */
    public static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }
}
