package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;
import uk.nhs.dma.core.organisation.OdsCode;

/** One assessment per organisation and year: {@code {odsCode}-{year}}, e.g. RJ1-2024. */
public record AssessmentId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,6}-\\d{4}");

    @JsonCreator
    public AssessmentId {
        Identifier.check(value, FORMAT, "assessmentId", "an ODS code, '-', and a four-digit year, e.g. RJ1-2024");
    }

    public static AssessmentId of(OdsCode odsCode, int year) {
        return new AssessmentId(odsCode.value() + "-" + year);
    }

    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    public OdsCode odsCode() {
        return OdsCode.of(value.substring(0, value.lastIndexOf('-')));
    }

    public int year() {
        return Integer.parseInt(value.substring(value.lastIndexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
