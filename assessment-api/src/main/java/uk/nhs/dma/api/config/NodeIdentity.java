package uk.nhs.dma.api.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This instance's name among the instances sharing one database: the owner of its token claims and of the
 * replays it runs. {@code assessment.node-id} (env {@code ASSESSMENT_NODE_ID}) sets it; by default it is the host
 * name, the process id and a random suffix, so two instances never share one, even in one container image.
 */
@Component
public class NodeIdentity {

    private final String id;

    public NodeIdentity(AssessmentProperties properties) {
        String configured = properties.nodeId();
        this.id = configured == null || configured.isBlank() ? generated() : configured.strip();
    }

    public String id() {
        return id;
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
