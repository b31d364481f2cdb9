package dev.newsbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbatch.dedupe.TextFingerprint;
import dev.newsbatch.dedupe.TextFingerprintTest;
import dev.newsbatch.testing.NewsbatchDatabase;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored copies a story about to be written finds, as its writer decides by them. */
class DuplicateLinkerIT {

    @RegisterExtension
    final NewsbatchDatabase database = new NewsbatchDatabase();

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2024-03-01T09:00:00Z");

    @Test
    void findsTheStoredCopiesWithTheirLinksAndTheOriginalsTheyPointTo() {
        DataSource dataSource = database.migrated();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TextFingerprint story = TextFingerprint.of(TextFingerprintTest.STORY);
        TextFingerprint edited = TextFingerprint.of(TextFingerprintTest.EDITED_COPY);
        TextFingerprint other = TextFingerprint.of(TextFingerprintTest.SAME_TOPIC);
        // found by its paragraphs: an edited copy shares them, not the whole text
        long original = store(jdbc, "https://post.example/a", edited, null);
        long copy = store(jdbc, "https://ledger.example/b", story, original);
        store(jdbc, "https://ledger.example/c", other, null);
        long self = store(jdbc, "https://herald.example/d", story, original);
        // an original that is no candidate (as when the lookup's limit is reached before it) is read by its id
        long farOriginal = store(jdbc, "https://far.example/g", TextFingerprint.of("Quite another text, of other words"
                + " and other paragraphs, that nothing here copies at all"), null);
        long farCopy = store(jdbc, "https://far.example/h", TextFingerprint.of(TextFingerprintTest.SAME_TOPIC + "\n\nPS"),
                farOriginal);

        DuplicateLinker linker = new DuplicateLinker(jdbc);
        assertThat(linker.storedCopies("https://herald.example/d", story)).as("its own row (a re-clean) left out")
                .containsExactlyInAnyOrder(new StoredCopy(original, NINE, null), new StoredCopy(copy, NINE, original));
        assertThat(DuplicateLinker.originalToJoin(linker.storedCopies("https://new.example/e", story), NINE))
                .isEqualTo(original);
        assertThat(linker.storedCopies("https://new.example/e", story)).extracting(StoredCopy::id)
                .containsExactlyInAnyOrder(original, copy, self);
        assertThat(linker.storedCopies("https://ledger.example/c", other)).as("the same words but one")
                .containsExactlyInAnyOrder(new StoredCopy(farCopy, NINE, farOriginal), new StoredCopy(farOriginal, NINE, null));
    }

    @Test
    void aLongStorysEditedCopyIsFoundByItsFirstParagraphs() {
        JdbcTemplate jdbc = new JdbcTemplate(database.migrated());
        String[] paragraphs = new String[40];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = "Paragraph " + i + " of the long report tells of harbour works number " + (i * 7919)
                    + " and of the tolls the council set for lorries in year " + (1900 + i) + ".";
        }
        long stored = store(jdbc, "https://ledger.example/long", TextFingerprint.of(String.join("\n\n", paragraphs)), null);
        paragraphs[3] = "A paragraph the second outlet rewrote entirely, with words of its own about the bridge.";
        paragraphs[30] = "And another one near the end, also rewritten by the second outlet for its readers.";
        TextFingerprint edited = TextFingerprint.of(String.join("\n\n", paragraphs));
        assertThat(edited.paragraphHashes().length).isGreaterThan(DuplicateLinker.LOOKUP_PARAGRAPHS);

        assertThat(new DuplicateLinker(jdbc).storedCopies("https://herald.example/long", edited))
                .containsExactly(new StoredCopy(stored, NINE, null));
    }

    private static long store(JdbcTemplate jdbc, String key, TextFingerprint fingerprint, Long duplicateOf) {
        return jdbc.queryForObject("""
                INSERT INTO article (story_key, body_text, word_count, content_hash, extractor_version, body_hash,
                    simhash, paragraph_hashes, published_at, duplicate_of)
                VALUES (?, 'text', 1, 'hash', 'test', ?, ?, ?::bigint[], ?, ?) RETURNING id""", Long.class, key,
                fingerprint.normalizedHash(), fingerprint.simhash(),
                java.util.Arrays.toString(fingerprint.paragraphHashes()).replace('[', '{').replace(']', '}'), NINE,
                duplicateOf);
    }
}
