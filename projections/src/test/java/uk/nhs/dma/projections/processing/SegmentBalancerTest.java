package uk.nhs.dma.projections.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An instance's fair share of a processor's segments: all of them alone, ceil(segments / instances) otherwise. */
class SegmentBalancerTest {

    @Test
    void alone_an_instance_holds_every_segment() {
        assertThat(SegmentBalancer.fairShare(4, 1)).isEqualTo(4);
        assertThat(SegmentBalancer.fairShare(4, 0)).isEqualTo(4);
    }

    @Test
    void several_instances_share_the_segments_rounding_up_so_none_is_left_unclaimed() {
        assertThat(SegmentBalancer.fairShare(4, 2)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(5, 2)).isEqualTo(3);
        assertThat(SegmentBalancer.fairShare(2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(4, 3) * 3).isGreaterThanOrEqualTo(4);
    }
}
