package uk.nhs.dma.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a stored command answers: the aggregate's id (under its own name) and its version after the command. */
@Schema(description = "A stored command: the aggregate's id and version")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResult(
        @Schema(description = "The organisation (organisation commands)") String odsCode,
        @Schema(description = "The assessment (assessment commands)") String assessmentId,
        @Schema(description = "The target (target commands)") String targetId,
        @Schema(description = "The aggregate's version after the command; also the ETag",
                requiredMode = Schema.RequiredMode.REQUIRED) long version) {

    public static CommandResult organisation(String odsCode, long version) {
        return new CommandResult(odsCode, null, null, version);
    }

    public static CommandResult assessment(String assessmentId, long version) {
        return new CommandResult(null, assessmentId, null, version);
    }

    public static CommandResult target(String targetId, long version) {
        return new CommandResult(null, null, targetId, version);
    }

    /** The version as the ETag the answer carries. */
    public ETag etag() {
        return ETag.of(version);
    }
}
