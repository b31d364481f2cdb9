package dev.newsbatch.job;

import dev.newsbatch.extract.ExtractionSettings;
import dev.newsbatch.site.SiteDefinition;
import dev.newsbatch.site.SiteDefinitionLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/** The job definitions of the jobs folder, by name, and the extraction settings each gives its pages. */
final class SiteDefinitions {

    private final Map<String, SiteDefinition> byName;

    SiteDefinitions(Path jobsDir) {
        this.byName = new SiteDefinitionLoader().loadAll(jobsDir);
    }

    /**
     * The settings for a page of the named site; a zone given at import (stored with the page) wins over the
     * definition's, as {@code --time-zone} is the more specific instruction.
     */
    ExtractionSettings settingsFor(String site, String importZone) {
        SiteDefinition definition = site == null ? null : byName.get(site);
        ExtractionSettings settings = definition == null ? ExtractionSettings.defaults() : definition.extractionSettings();
        return importZone == null ? settings : settings.withDefaultZone(ZoneId.of(importZone));
    }
}
