package uk.nhs.dma.api.rest;

import java.time.LocalDate;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.progress.Scope;

/** Reads {@code scope=NATIONAL|REGION:{code}|ICB:{code}}: malformed is 400; a region or ICB we do not know is 404. */
public final class ScopeParameter {

    private ScopeParameter() {
    }

    public static Scope resolve(String text, QuerySender queries, LocalDate asOf) {
        Scope scope;
        try {
            scope = Scope.parse(text);
        } catch (RuleViolation e) {
            throw new BadRequest("invalid-scope", e.getMessage());
        }
        if (scope.kind() != Scope.Kind.NATIONAL) {
            OrganisationType expected = scope.kind() == Scope.Kind.REGION ? OrganisationType.REGION : OrganisationType.ICB;
            boolean known = queries.one(new FindOrganisation(scope.code(), asOf), OrganisationView.class)
                    .filter(o -> o.type() == expected).isPresent();
            if (!known) {
                throw new NotFound("No " + expected + " '" + scope.code() + "' is registered.");
            }
        }
        return scope;
    }
}
