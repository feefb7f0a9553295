package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

/** What other aggregates may know of an organisation when they check their own rules: its name and dated place. */
public record OrganisationSnapshot(String name, Hierarchy.Node node) {

    public OrganisationType type() {
        return node.type();
    }

    public boolean isOpenOn(LocalDate date) {
        return node.isOpenOn(date);
    }
}
