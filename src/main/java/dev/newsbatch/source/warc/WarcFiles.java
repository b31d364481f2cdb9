package dev.newsbatch.source.warc;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which files are WARC archives (ISO 28500): told by name, as {@code .warc} or {@code .warc.gz}. */
public final class WarcFiles {

    /** File name endings of WARC archives; jwarc tells plain from gzipped by the first bytes, not by the name. */
    public static final List<String> ENDINGS = List.of(".warc", ".warc.gz");

    private WarcFiles() {
    }

    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }
}
