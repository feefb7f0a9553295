package uk.nhs.dma.eventstore;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

/**
 * This instance's name among the instances sharing one database: the owner of its token claims and of the
 * replays it runs. {@code assessment.node-id} (env {@code ASSESSMENT_NODE_ID}) sets it; by default it is the host
 * name, the process id and a random suffix, so two instances never share one, even in one container image.
 * A claim of this instance that it has not renewed within the claim timeout
 * ({@code assessment.projections.claim-timeout}) may be taken by another instance.
 */
public class NodeIdentity {

    private final String id;
    private final Duration claimTimeout;

    public NodeIdentity(String configured, Duration claimTimeout) {
        this.id = configured == null || configured.isBlank() ? generated() : configured.strip();
        this.claimTimeout = claimTimeout;
    }

    public String id() {
        return id;
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
