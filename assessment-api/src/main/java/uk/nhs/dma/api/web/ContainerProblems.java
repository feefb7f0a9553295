package uk.nhs.dma.api.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (a path with an invalid or a NUL percent-encoding, for
 * instance) get an RFC 9457 problem too, instead of Tomcat's HTML error page: the host's error report valve is
 * replaced by {@link ProblemValve}. Answers the application wrote itself pass through untouched.
 */
@Component
public class ContainerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Writes a problem for an error nobody else answered; no detail of the request is echoed. */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String rule = title.toLowerCase().replaceAll("[^a-z]+", "-");
            String detail = status < 500 ? "The request could not be read (for example a malformed path); nothing"
                    + " was stored." : "Something went wrong on our side; nothing was stored.";
            String correlationId = java.util.UUID.randomUUID().toString();
            try {
                response.setHeader(CorrelationIdFilter.HEADER, correlationId);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"" + ProblemWriter.TYPE_PREFIX + rule + "\",\"title\":\"" + title
                            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule
                            + "\",\"correlationId\":\"" + correlationId + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone; there is nobody left to answer
            }
        }
    }
}
