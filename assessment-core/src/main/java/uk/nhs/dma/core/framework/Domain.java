package uk.nhs.dma.core.framework;

import java.util.List;

/**
 * A group of questions under one of the seven WGLL measures (the 2025 round has about 47, varying by care
 * setting), with the wording of its levels. An empty list of levels when none is worded.
 */
public record Domain(String id, String measureId, String name, List<Level> levels) {

    public Domain {
        levels = levels == null ? List.of() : levels;
    }
}
