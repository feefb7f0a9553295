package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The register's effective-dated hierarchy, built from the registration, reassignment and closure facts: which
 * organisations are open on a date, and under which parent and in which region each sits on that date. A
 * reassignment adds a dated entry and never rewrites an earlier one, so any date can use the structure of that date.
 */
public final class Hierarchy {

    /** Trust, ICB, region: a region is never more than this many steps up. */
    private static final int DEPTH = 3;

    private final Map<String, Node> byCode;

    private Hierarchy(Map<String, Node> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * One organisation's place over time: opened (null: since records began), closed (null: open), and its parent
     * assignments in the order they were made (an assignment effective from null: since its opening).
     */
    public record Node(OdsCode odsCode, OrganisationType type, LocalDate openedOn, LocalDate closedOn,
                       List<ParentAssignment> parents) {

        public Node {
            parents = List.copyOf(parents);
        }

        public static Node registered(OrganisationRegistered event) {
            return new Node(event.odsCode(), event.type(), event.openedOn(), null, event.parentCode() == null
                    ? List.of() : List.of(new ParentAssignment(event.parentCode(), event.openedOn())));
        }

        public Node reassigned(OrganisationReassigned event) {
            List<ParentAssignment> moved = new ArrayList<>(parents);
            moved.add(new ParentAssignment(event.parentCode(), event.effectiveFrom()));
            return new Node(odsCode, type, openedOn, closedOn, moved);
        }

        public Node closed(OrganisationClosed event) {
            return new Node(odsCode, type, openedOn, event.closedOn(), parents);
        }

        /** Open on a date: opened on or before it (or no opening date recorded) and not closed on or before it. */
        public boolean isOpenOn(LocalDate date) {
            return (openedOn == null || !openedOn.isAfter(date)) && (closedOn == null || closedOn.isAfter(date));
        }

        /** The parent in force on a date: the last assignment effective on or before it. */
        public Optional<OdsCode> parentOn(LocalDate date) {
            OdsCode parent = null;
            for (ParentAssignment assignment : parents) {
                if (assignment.effectiveFrom() == null || !assignment.effectiveFrom().isAfter(date)) {
                    parent = assignment.parentCode();
                }
            }
            return Optional.ofNullable(parent);
        }

        /** The latest assignment made, if any. */
        public Optional<ParentAssignment> currentAssignment() {
            return parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(parents.size() - 1));
        }
    }

    public static Hierarchy of(Collection<Node> nodes) {
        Map<String, Node> byCode = new TreeMap<>();
        nodes.forEach(node -> byCode.put(node.odsCode().value(), node));
        return new Hierarchy(byCode);
    }

    /** The hierarchy that a sequence of register facts builds (other events are ignored). */
    public static Hierarchy from(Iterable<?> facts) {
        Map<String, Node> byCode = new TreeMap<>();
        for (Object fact : facts) {
            if (fact instanceof OrganisationRegistered e) {
                byCode.putIfAbsent(e.odsCode().value(), Node.registered(e));
            } else if (fact instanceof OrganisationReassigned e) {
                byCode.computeIfPresent(e.odsCode().value(), (code, node) -> node.reassigned(e));
            } else if (fact instanceof OrganisationClosed e) {
                byCode.computeIfPresent(e.odsCode().value(), (code, node) -> node.closed(e));
            }
        }
        return new Hierarchy(byCode);
    }

    public Optional<Node> node(String odsCode) {
        return Optional.ofNullable(odsCode == null ? null : byCode.get(odsCode));
    }

    /** Every organisation, by ODS code. */
    public Collection<Node> nodes() {
        return byCode.values();
    }

    public boolean isOpenOn(String odsCode, LocalDate date) {
        return node(odsCode).map(node -> node.isOpenOn(date)).orElse(false);
    }

    public Optional<String> parentOn(String odsCode, LocalDate date) {
        return node(odsCode).flatMap(node -> node.parentOn(date)).map(OdsCode::value);
    }

    /**
     * The ICB an organisation sits under on a date: itself if an ICB; for a trust, a general practice or an adult
     * social care provider the ICB that is its parent then; none for a region (or an organisation with no parent).
     */
    public Optional<String> icbOn(String odsCode, LocalDate date) {
        Optional<Node> node = node(odsCode);
        if (node.isEmpty() || node.get().type() == OrganisationType.REGION) {
            return Optional.empty();
        }
        if (node.get().type() == OrganisationType.ICB) {
            return Optional.of(odsCode);
        }
        return node.get().parentOn(date).map(OdsCode::value)
                .filter(parent -> node(parent).map(p -> p.type() == OrganisationType.ICB).orElse(false));
    }

    /** The region an organisation sits in on a date: itself if a region, else the first region up its parents. */
    public Optional<String> regionOn(String odsCode, LocalDate date) {
        Optional<Node> node = node(odsCode);
        for (int depth = 0; depth < DEPTH && node.isPresent(); depth++) {
            if (node.get().type() == OrganisationType.REGION) {
                return Optional.of(node.get().odsCode().value());
            }
            node = node.get().parentOn(date).flatMap(parent -> node(parent.value()));
        }
        return Optional.empty();
    }
}
