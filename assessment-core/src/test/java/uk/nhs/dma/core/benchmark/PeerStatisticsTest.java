package uk.nhs.dma.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Median, quartiles (type 7) and the mid-rank percentile of a score among its peers. */
class PeerStatisticsTest {

    private static List<BigDecimal> scores(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void quartiles_interpolate_between_closest_ranks_and_the_percentile_counts_ties_as_half() {
        PeerStatistics s = PeerStatistics.of(scores("1", "2", "2", "3", "5"), new BigDecimal("2")).orElseThrow();
        assertThat(s.peers()).isEqualTo(5);
        assertThat(s.median()).isEqualByComparingTo("2");
        assertThat(s.lowerQuartile()).isEqualByComparingTo("2");
        assertThat(s.upperQuartile()).isEqualByComparingTo("3");
        assertThat(s.percentileRank()).isEqualByComparingTo("40.00"); // (1 below + 2 equal / 2) / 5

        PeerStatistics even = PeerStatistics.of(scores("1", "2", "3", "4"), new BigDecimal("4")).orElseThrow();
        assertThat(even.median()).isEqualByComparingTo("2.5");
        assertThat(even.lowerQuartile()).isEqualByComparingTo("1.75"); // h = 0.75
        assertThat(even.upperQuartile()).isEqualByComparingTo("3.25"); // h = 2.25
        assertThat(even.percentileRank()).isEqualByComparingTo("87.50");
    }

    @Test
    void no_peers_no_figures_and_no_score_no_rank() {
        assertThat(PeerStatistics.of(List.of(), BigDecimal.ONE)).isEmpty();
        PeerStatistics one = PeerStatistics.of(scores("3.1429"), null).orElseThrow();
        assertThat(one.median()).isEqualByComparingTo("3.1429");
        assertThat(one.lowerQuartile()).isEqualByComparingTo("3.1429");
        assertThat(one.percentileRank()).isNull();
    }

    @Property
    void the_quartiles_are_ordered_inside_the_range_and_the_median_is_the_textbook_one(
            @ForAll("peers") List<BigDecimal> peers) {
        PeerStatistics s = PeerStatistics.of(peers, peers.get(0)).orElseThrow();
        List<BigDecimal> sorted = peers.stream().sorted().toList();
        assertThat(s.lowerQuartile()).isBetween(sorted.get(0), s.median());
        assertThat(s.upperQuartile()).isBetween(s.median(), sorted.get(sorted.size() - 1));
        int n = sorted.size();
        BigDecimal textbook = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN);
        assertThat(s.median()).isEqualByComparingTo(textbook);
    }

    @Property
    void order_does_not_matter_and_a_higher_score_never_ranks_lower(@ForAll("peers") List<BigDecimal> peers) {
        List<BigDecimal> shuffled = new ArrayList<>(peers);
        Collections.shuffle(shuffled);
        BigDecimal own = peers.get(0);
        assertThat(PeerStatistics.of(shuffled, own)).isEqualTo(PeerStatistics.of(peers, own));
        BigDecimal rank = PeerStatistics.percentileRank(peers, own);
        assertThat(rank).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        for (BigDecimal other : peers) {
            if (other.compareTo(own) > 0) {
                assertThat(PeerStatistics.percentileRank(peers, other)).isGreaterThan(rank);
            }
        }
    }

    @Property
    void about_a_quarter_of_peers_lie_below_the_lower_quartile_at_most(@ForAll("peers") List<BigDecimal> peers) {
        PeerStatistics s = PeerStatistics.of(peers, null).orElseThrow();
        long below = peers.stream().filter(p -> p.compareTo(s.lowerQuartile()) < 0).count();
        long above = peers.stream().filter(p -> p.compareTo(s.upperQuartile()) > 0).count();
        // Type 7 puts the quartiles at h = (n - 1) / 4 and 3 (n - 1) / 4: at most (n - 1) / 4 + 1 peers beyond each.
        assertThat(4 * below).isLessThanOrEqualTo(peers.size() + 3);
        assertThat(4 * above).isLessThanOrEqualTo(peers.size() + 3);
    }

    @Provide
    Arbitrary<List<BigDecimal>> peers() {
        return Arbitraries.integers().between(10000, 50000).map(i -> BigDecimal.valueOf(i, 4)).list().ofMinSize(1)
                .ofMaxSize(60);
    }
}
