package dev.newsbatch.store;

import dev.newsbatch.extract.Extraction;

/** A stored raw page and what the cleaner made of it: the unit the clean step writes. */
public record CleanedPage(StoredPage source, Extraction result) {
}
