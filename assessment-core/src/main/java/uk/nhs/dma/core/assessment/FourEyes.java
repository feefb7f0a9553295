package uk.nhs.dma.core.assessment;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The four-eyes rule of approval: the approver of a revision must be neither its submitter nor anyone whose
 * work it holds. That is everyone who recorded answers or the EPR declaration during the revision (even if
 * later overwritten), and the authors of the answers and declaration carried over from earlier revisions that
 * the revision still holds. Pure.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** The users who contributed to a revision; nulls (messages without a user) are left out. */
    public static Set<String> contributors(Collection<String> recordedDuringRevision, Collection<String> heldAnswerAuthors,
                                           String heldEprAuthor) {
        Set<String> users = new TreeSet<>();
        recordedDuringRevision.stream().filter(u -> u != null).forEach(users::add);
        heldAnswerAuthors.stream().filter(u -> u != null).forEach(users::add);
        if (heldEprAuthor != null) {
            users.add(heldEprAuthor);
        }
        return users;
    }
}
