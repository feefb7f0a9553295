package uk.nhs.dma.core.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an action of an improvement plan stands. An action starts PLANNED; it may be started, done or dropped, and
 * a started one done or dropped. DONE and DROPPED are final: a done action's target is what planned-against-actual
 * reads, so undoing it would rewrite what the plan claimed, and more work after a drop is a new action with its own
 * due date. Nothing goes back to PLANNED.
 */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** The statuses an action in this one may move to. */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> EnumSet.of(DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    public boolean allows(ActionStatus to) {
        return next().contains(to);
    }

    /** Still to be done: neither DONE nor DROPPED. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
