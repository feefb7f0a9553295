package uk.nhs.dma.api.ops;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 9457 problems every query or every command can answer, as the document shows them. */
final class ApiProblems {

    private ApiProblems() {
    }

    /** By status: every endpoint's, then a query's or a command's. */
    static Map<String, String> of(boolean write) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Malformed request: JSON, unknown fields or enum values, wrong types, bad parameters");
        problems.put("401", "No or wrong credentials");
        problems.put("403", "Not allowed for this user");
        problems.put("429", "Too many failed sign-ins from this user or address (see Retry-After)");
        problems.put("404", "No such organisation, framework, assessment, target or replay");
        if (write) {
            problems.put("409", "Illegal lifecycle transition, or it already exists");
            problems.put("412", "If-Match does not match the current version (nothing stored)");
            problems.put("413", "Request body over 1 MiB");
            problems.put("415", "No JSON Content-Type (also required without a body) and no X-Requested-With");
            problems.put("422", "Invalid values: out of range, unknown references, future dates, wrong parent types");
        } else {
            problems.put("503", "Read models not yet at the commands before this request (or at X-Min-Position)"
                    + " within the time allowed, or being replayed (see Retry-After)");
        }
        problems.put("500", "Unexpected failure: nothing was stored; quote the correlation id");
        return problems;
    }

    static ApiResponse response(String status, String description) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                                + OpenApiConfiguration.PROBLEM))));
        if (status.equals("401")) {
            response.addHeaderObject("WWW-Authenticate", ApiConventions.header("The authentication scheme to use"));
        }
        if (status.equals("503") || status.equals("429")) {
            response.addHeaderObject("Retry-After", ApiConventions.header("Seconds to wait before retrying"));
        }
        return response;
    }
}
