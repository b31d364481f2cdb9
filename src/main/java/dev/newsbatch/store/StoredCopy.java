package dev.newsbatch.store;

import java.time.OffsetDateTime;

/**
 * A stored article that is a copy of a story about to be written (see {@link DuplicateLinker#storedCopies}).
 *
 * @param duplicateOf the original it is linked to, or null
 */
public record StoredCopy(long id, OffsetDateTime publishedAt, Long duplicateOf) {
}
