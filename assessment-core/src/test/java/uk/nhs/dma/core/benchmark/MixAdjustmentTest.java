package uk.nhs.dma.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.benchmark.MixAdjustment.MixFigure;
import uk.nhs.dma.core.benchmark.MixAdjustment.Member;

/** Mix-adjusted means: each trust against its own type's national median, then averaged per group. */
class MixAdjustmentTest {

    private static final List<String> WL = List.of("well-led");

    private static Member trust(String ods, String type, String group, String score) {
        return new Member(ods, type, group, Map.of("well-led", new BigDecimal(score)));
    }

    /** The README's worked example. */
    @Test
    void a_group_of_ambulance_trusts_is_no_longer_ranked_below_for_being_ambulance_trusts() {
        List<Member> trusts = List.of(
                trust("A1", "ACUTE", "QAA", "3.0"), trust("A2", "ACUTE", "QAA", "4.0"),
                trust("B1", "AMBULANCE", "QBB", "2.0"), trust("B2", "ACUTE", "QBB", "3.0"),
                trust("C1", "ACUTE", "QCC", "2.0"), trust("C2", "AMBULANCE", "QCC", "1.0"));
        // National medians: ACUTE of 3.0, 4.0, 3.0, 2.0 is 3.0; AMBULANCE of 2.0, 1.0 is 1.5.
        assertThat(MixAdjustment.medians(trusts, WL)).containsEntry("ACUTE", Map.of("well-led", new BigDecimal("3.0000")))
                .containsEntry("AMBULANCE", Map.of("well-led", new BigDecimal("1.5000")));
        List<MixFigure> figures = MixAdjustment.figures(trusts, WL);
        assertThat(figures).extracting(MixFigure::groupCode).containsExactly("QAA", "QBB", "QCC");
        MixFigure a = figures.get(0);
        MixFigure b = figures.get(1);
        MixFigure c = figures.get(2);
        assertThat(a.plainMean()).isEqualByComparingTo("3.5");    // (3 + 4) / 2
        assertThat(a.mixAdjusted()).isEqualByComparingTo("0.5");  // (0 + 1) / 2
        assertThat(b.plainMean()).isEqualByComparingTo("2.5");    // (2 + 3) / 2
        assertThat(b.mixAdjusted()).isEqualByComparingTo("0.25"); // (0.5 + 0) / 2
        assertThat(c.plainMean()).isEqualByComparingTo("1.5");
        assertThat(c.mixAdjusted()).isEqualByComparingTo("-0.75"); // (-1 + -0.5) / 2
        assertThat(List.of(a.plainRank(), b.plainRank(), c.plainRank())).containsExactly(1, 2, 3);
        assertThat(List.of(a.mixAdjustedRank(), b.mixAdjustedRank(), c.mixAdjustedRank())).containsExactly(1, 2, 3);
        assertThat(b.groups()).isEqualTo(3);
        assertThat(b.trusts()).isEqualTo(2);
    }

    @Test
    void mix_changes_the_order_where_it_alone_made_a_group_look_worse() {
        List<Member> trusts = List.of(
                trust("A1", "ACUTE", "QAA", "3.0"), trust("A2", "ACUTE", "QAA", "3.0"),
                trust("B1", "AMBULANCE", "QBB", "2.5"), trust("B2", "AMBULANCE", "QBB", "2.5"),
                trust("X1", "ACUTE", null, "3.5"), trust("X2", "AMBULANCE", null, "1.5"));
        List<MixFigure> figures = MixAdjustment.figures(trusts, WL);
        // ACUTE median 3.0 (3, 3, 3.5), AMBULANCE 2.5 (2.5, 2.5, 1.5): both groups sit exactly at their medians.
        assertThat(figures.get(0).plainRank()).isEqualTo(1);
        assertThat(figures.get(1).plainRank()).isEqualTo(2);
        assertThat(figures).extracting(MixFigure::mixAdjusted).allSatisfy(m -> assertThat(m).isEqualByComparingTo("0"));
        assertThat(figures).extracting(MixFigure::mixAdjustedRank).containsExactly(1, 1);
        assertThat(figures).extracting(MixFigure::groups).containsExactly(2, 2);
    }

    @Property
    void shifting_every_score_of_one_type_leaves_the_mix_adjusted_figures_as_they_were(
            @ForAll("members") List<Member> members, @ForAll("shift") int shift) {
        List<Member> shifted = new ArrayList<>();
        for (Member m : members) {
            BigDecimal score = m.scores().get("well-led");
            shifted.add(m.type().equals("AMBULANCE")
                    ? new Member(m.odsCode(), m.type(), m.group(), Map.of("well-led", score.add(BigDecimal.valueOf(shift, 4))))
                    : m);
        }
        assertThat(MixAdjustment.figures(shifted, WL)).extracting(MixFigure::groupCode, MixFigure::mixAdjusted,
                MixFigure::mixAdjustedRank).isEqualTo(MixAdjustment.figures(members, WL).stream()
                .map(f -> org.assertj.core.groups.Tuple.tuple(f.groupCode(), f.mixAdjusted(), f.mixAdjustedRank()))
                .toList());
    }

    @Property
    void ranks_run_from_one_to_the_number_of_groups(@ForAll("members") List<Member> members) {
        for (MixFigure f : MixAdjustment.figures(members, WL)) {
            assertThat(f.plainRank()).isBetween(1, f.groups());
            assertThat(f.mixAdjustedRank()).isBetween(1, f.groups());
        }
    }

    @Provide
    Arbitrary<List<Member>> members() {
        Arbitrary<Member> member = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
                Arbitraries.of("ACUTE", "AMBULANCE", "COMMUNITY"),
                Arbitraries.of("QAA", "QBB", "QCC", "QDD").injectNull(0.1),
                Arbitraries.integers().between(10000, 50000)).as((ods, type, group, score) ->
                new Member(ods, type, group, Map.of("well-led", BigDecimal.valueOf(score, 4))));
        return member.list().ofMinSize(1).ofMaxSize(40);
    }

    /** An even number of ten-thousandths: a median halfway between two scores moves by exactly as much. */
    @Provide
    Arbitrary<Integer> shift() {
        return Arbitraries.integers().between(-5000, 5000).map(i -> 2 * i);
    }
}
