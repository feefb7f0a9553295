package uk.nhs.dma.core.framework;

import java.util.List;

/** The seven success measures of What Good Looks Like (NHSX, August 2021), in their published order. */
public final class WgllMeasures {

    public static final List<String> IDS = List.of("well-led", "smart-foundations", "safe-practice",
            "support-people", "empower-citizens", "improve-care", "healthy-populations");

    private WgllMeasures() {
    }
}
