package dev.newsbatch.job;

import dev.newsbatch.store.RawPageSelection;

/** The clean step's selection of raw pages, as a step-scoped bean that its reader and its progress share. */
class CleanSelection {

    private final RawPageSelection selection;

    CleanSelection(RawPageSelection selection) {
        this.selection = selection;
    }

    RawPageSelection selection() {
        return selection;
    }
}
