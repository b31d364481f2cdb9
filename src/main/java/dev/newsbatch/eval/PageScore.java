package dev.newsbatch.eval;

/**
 * How one page scored, for the worst-first listing.
 *
 * @param id     the page id
 * @param score  the page's score in [0, 1] (1 is perfect); what the listing sorts by
 * @param detail a short human-readable explanation (the page's P/R, the passages missed, the dates compared)
 */
public record PageScore(String id, double score, String detail) {
}
