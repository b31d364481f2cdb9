package dev.newsbatch.job;

import dev.newsbatch.store.ArticleStore;
import dev.newsbatch.store.CleanedPage;
import java.util.ArrayList;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of cleaned pages (articles, rejections, cleaned marks) in the chunk's transaction. */
class CleanedPageWriter implements ItemWriter<CleanedPage> {

    private final ArticleStore articles;
    private final long jobExecutionId;

    CleanedPageWriter(ArticleStore articles, long jobExecutionId) {
        this.articles = articles;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends CleanedPage> chunk) {
        articles.write(new ArrayList<>(chunk.getItems()), jobExecutionId);
    }
}
