package uk.nhs.dma.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.CqcLocationId;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.projections.support.Json;

/** A registration stored before the CQC location id existed still reads; a new one carries it. */
class StoredRegistrationTest {

    @Test
    void a_registration_stored_without_a_cqc_location_id_reads_as_none() {
        OrganisationRegistered old = Json.read("""
                {"odsCode":"RJ1","name":"Trust","type":"ACUTE","parentCode":"QOP","openedOn":"2001-04-01"}""",
                OrganisationRegistered.class);

        assertThat(old.cqcLocationId()).isNull();
        assertThat(old.odsCode().value()).isEqualTo("RJ1");
    }

    @Test
    void a_new_registration_carries_its_cqc_location_id() {
        OrganisationRegistered read = Json.read("""
                {"odsCode":"VN4A1","name":"Care home","type":"ADULT_SOCIAL_CARE_PROVIDER","parentCode":"QOP",
                 "openedOn":"2015-04-01","cqcLocationId":"1-101680289"}""", OrganisationRegistered.class);

        assertThat(read.cqcLocationId()).isEqualTo(new CqcLocationId("1-101680289"));
        assertThat(Json.write(read)).contains("\"cqcLocationId\":\"1-101680289\"");
    }
}
