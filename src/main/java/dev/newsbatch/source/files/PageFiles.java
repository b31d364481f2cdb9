package dev.newsbatch.source.files;

import dev.newsbatch.page.Origin;
import dev.newsbatch.source.warc.WarcFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an import reads: each file named, and every page file and WARC archive below each folder named, in a
 * stable order (so a restarted import can skip what it already read by position).
 */
public final class PageFiles {

    /** File name endings read when walking a folder, and what kind of page each holds. */
    private static final List<String> HTML_ENDINGS = List.of(".html", ".htm", ".xhtml", ".shtml");
    private static final List<String> TEXT_ENDINGS = List.of(".txt");

    /** The listing: page files in order, and how many other files the folders held. */
    public record Listing(List<Path> files, int ignored) {
    }

    private PageFiles() {
    }

    /**
     * Lists the page files of the given paths. A file named explicitly is always listed, whatever its name; in folders
     * only files with a page ending are.
     *
     * @throws IllegalArgumentException naming the first path that does not exist
     */
    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        int ignored = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            if (!Files.isDirectory(path)) {
                files.add(path.toAbsolutePath().normalize());
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize())
                        .sorted(Comparator.comparing(Path::toString)).toList();
                for (Path file : found) {
                    if (isPageFile(file)) {
                        files.add(file);
                    } else {
                        ignored++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        return new Listing(files.stream().distinct().toList(), ignored);
    }

    /** Text dumps are {@code .txt}; anything else is read as HTML. */
    public static Origin originOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_ENDINGS.stream().anyMatch(name::endsWith) ? Origin.TEXT : Origin.FILE;
    }

    static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return HTML_ENDINGS.stream().anyMatch(name::endsWith) || TEXT_ENDINGS.stream().anyMatch(name::endsWith)
                || WarcFiles.isWarc(file);
    }
}
