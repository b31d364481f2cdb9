package dev.newsbatch.site;

/** A job definition that cannot be used; the message names the file, the key and what is wrong. */
public final class SiteDefinitionException extends RuntimeException {

    public SiteDefinitionException(String message) {
        super(message);
    }
}
