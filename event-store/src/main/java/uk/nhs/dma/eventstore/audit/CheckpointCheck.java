package uk.nhs.dma.eventstore.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the store against checkpoints in the verification's single pass: fed each stream in byte order of its id
 * with its events' global positions, sequences and recorded hashes, it rebuilds every checkpoint's event count,
 * stream count and head digest as of its position, then compares them and the signatures.
 */
final class CheckpointCheck {

    /** One stored event, as the checkpoints see it. */
    record Event(long globalPosition, long sequence, String hash) {
    }

    private final List<Checkpoint> checkpoints;
    private final HeadDigest[] digests;
    private final long[] counts;

    CheckpointCheck(List<Checkpoint> stored, List<Checkpoint> supplied, CheckpointSigner signer,
                    List<Verification.Failure> failures) {
        Set<Checkpoint> all = new LinkedHashSet<>(stored);
        for (Checkpoint c : supplied) {
            if (stored.stream().noneMatch(s -> s.globalPosition() == c.globalPosition()
                    && s.signature().equals(c.signature()))) {
                failures.add(failure(c, "the checkpoint is in the list given but not in the database"));
            }
            all.add(c);
        }
        this.checkpoints = all.stream().sorted(Comparator.comparingLong(Checkpoint::globalPosition)).toList();
        this.digests = new HeadDigest[checkpoints.size()];
        this.counts = new long[checkpoints.size()];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = new HeadDigest();
        }
        for (Checkpoint c : checkpoints) {
            if (!signer.canVerify()) {
                continue;
            }
            if (!signer.keyId().equals(c.keyId())) {
                failures.add(failure(c, "signed by key " + c.keyId() + ", not the configured key " + signer.keyId()));
            } else if (!signer.verify(c.signedText(), c.signature())) {
                failures.add(failure(c, "the signature does not verify: the checkpoint was altered"));
            }
        }
    }

    int size() {
        return checkpoints.size();
    }

    /** One whole stream, its events in any order. */
    void stream(String aggregateId, List<Event> events) {
        if (checkpoints.isEmpty()) {
            return;
        }
        List<Event> byPosition = new ArrayList<>(events);
        byPosition.sort(Comparator.comparingLong(Event::globalPosition));
        int next = 0;
        Event head = null;
        for (int i = 0; i < checkpoints.size(); i++) {
            long position = checkpoints.get(i).globalPosition();
            while (next < byPosition.size() && byPosition.get(next).globalPosition() <= position) {
                Event e = byPosition.get(next++);
                head = head == null || e.sequence() > head.sequence() ? e : head;
            }
            if (head != null) {
                digests[i].add(aggregateId, head.sequence(), head.hash());
                counts[i] += next;
            }
        }
    }

    void finish(List<Verification.Failure> failures) {
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint c = checkpoints.get(i);
            String digest = digests[i].hex();
            if (counts[i] != c.eventCount() || digests[i].streams() != c.streamCount()) {
                failures.add(failure(c, "up to global position " + c.globalPosition() + " the store holds "
                        + counts[i] + " events in " + digests[i].streams() + " streams; the checkpoint signed "
                        + c.eventCount() + " in " + c.streamCount()));
            } else if (!digest.equals(c.headsDigest())) {
                failures.add(failure(c, "the stream heads as of global position " + c.globalPosition()
                        + " differ from those the checkpoint signed"));
            }
        }
    }

    private static Verification.Failure failure(Checkpoint c, String reason) {
        return new Verification.Failure(null, null, c.globalPosition(), "checkpoint at global position "
                + c.globalPosition() + ": " + reason);
    }
}
