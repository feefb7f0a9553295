package uk.nhs.dma.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import uk.nhs.dma.api.web.ProblemWriter;

/**
 * A request Spring Security's firewall refuses (a path with a ';' or an encoded '/', for instance) gets the same
 * 400 problem as any other unreadable request, not the container's default error body.
 */
@Configuration(proxyBeanMethods = false)
public class RejectedRequests {

    @Bean
    public RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "malformed-request", "The request could not be read (for example a malformed path); nothing was"
                        + " stored.");
    }
}
