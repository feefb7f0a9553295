package uk.nhs.dma.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.dma.api.config.EvidenceConfiguration;
import uk.nhs.dma.projections.evidence.EvidenceSettings;

/**
 * Refuses request bodies over 1 MiB with 413, whether the length is declared up front or only streamed. A
 * multipart upload (evidence documents) may be as large as the evidence settings allow; the container's multipart
 * limit bounds it while it is read ({@code EvidenceConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimit extends OncePerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;

    private final ProblemWriter problems;
    private final long maxUploadBytes;

    public BodySizeLimit(ProblemWriter problems, EvidenceSettings evidence) {
        this.problems = problems;
        this.maxUploadBytes = EvidenceConfiguration.maxRequestBytes(evidence);
    }

    /** Bulk import uploads have their own, larger limit ({@code assessment.imports.max-bytes}, see bulk/ImportUploads). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/api/admin/imports") || path.equals("/admin/imports"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            if (request.getContentLengthLong() > maxUploadBytes) {
                problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large",
                        "The upload is larger than " + maxUploadBytes + " bytes; nothing was stored.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body is larger than " + MAX_BYTES + " bytes.");
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Thrown while reading a streamed body once it passes the limit. */
    public static class TooLarge extends IOException {
        TooLarge() {
            super("request body exceeds " + MAX_BYTES + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0 && ++read > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
