package dev.newsbatch.extract;

/** What the cleaner makes of one raw page: an {@link Article}, or a page {@link Rejected} with its reason. */
public sealed interface Extraction permits Article, Rejected {
}
