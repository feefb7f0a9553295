package uk.nhs.dma.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of fuzzed requests: hostile JSON values, field names, documents, ids and headers. */
final class FuzzArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("odsCode", "name", "type", "parentCode", "openedOn", "year",
            "frameworkId", "assessedOn", "answers", "questionId", "score", "comment", "status", "supplier",
            "liveSince", "boardDate", "reason", "effectiveFrom", "closedOn", "successorOdsCode", "awardedOn",
            "milestones", "dueBy", "thresholdPercent", "measures", "questions", "rules", "minScore", "maxScore",
            "population", "countedEprStatuses", "metric", "source", "targetId", "x", "", "__proto__");

    private FuzzArbitraries() {
    }

    static Arbitrary<Fuzz> requests() {
        Arbitrary<Fuzz.Mutation> mutation = Combinators.combine(Arbitraries.of(Fuzz.Kind.class),
                Arbitraries.integers().between(0, 10_000), Arbitraries.of(NAMES), values(2)).as(Fuzz.Mutation::new);
        Arbitrary<Fuzz.Damage> damage = Arbitraries.frequencyOf(Tuple.of(60, Arbitraries.just(Fuzz.Damage.NONE)),
                Tuple.of(10, Arbitraries.just(Fuzz.Damage.CUT)), Tuple.of(8, Arbitraries.just(Fuzz.Damage.INSERT)),
                Tuple.of(7, Arbitraries.just(Fuzz.Damage.DROP)),
                Tuple.of(15, Arbitraries.just(Fuzz.Damage.REPLACE_DOCUMENT)));
        return Combinators.combine(mutation.list().ofMaxSize(4), damage, Arbitraries.integers().between(0, 1 << 16),
                documents(), orNull(pathIds(), 85), orNull(ifMatches(), 85), orNull(contentTypes(), 90))
                .as(Fuzz::new);
    }

    /** JSON values likely to break a parser or a rule: odd strings, dates, huge and tiny numbers, nesting. */
    static Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> strings = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(24).map(NODES::textNode),
                Arbitraries.of("", " ", "2024-02-30", "2024-13-01", "0000-01-01", "+999999999-12-31", "9999-12-31",
                        "-999999999-01-01", "1900-01-01", "2099-01-01", "2024-03-31T00:00:00Z", "LIVE", "ACUTE",
                        "REGION", "NaN", "-1", "RJ1", "ZT1", "ZI2", "ZR1", "wgll-2024", "zz-target", "\u0000",
                        "x".repeat(5_000), "../../etc", "' or 1=1 --", "%s%n", "${jndi:ldap://127.0.0.1/x}",
                        "\uD83D\uDE00", "\uD800").map(NODES::textNode));
        Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.of(-1, 0, 1, 2, 3, 5, 6, 1899, 2024, 10_000, 1_000_000_000).map(NODES::numberNode),
                Arbitraries.of(new BigDecimal("0.5"), new BigDecimal("-0.0"), new BigDecimal("1E+308"),
                        new BigDecimal("1E-400"), new BigDecimal("3.00000000001"), new BigDecimal("1E+100000"),
                        new BigDecimal("2.5"), new BigDecimal("100.0001")).map(NODES::numberNode),
                Arbitraries.of(new BigInteger("9".repeat(40))).map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode));
        Arbitrary<JsonNode> scalars = Arbitraries.frequencyOf(Tuple.of(4, strings), Tuple.of(4, numbers),
                Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
                Tuple.of(2, Arbitraries.just(NODES.nullNode())));
        if (depth <= 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = values(depth - 1).list().ofMaxSize(3).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(Arbitraries.of(NAMES), values(depth - 1)).as((k, v) -> {
            ObjectNode object = NODES.objectNode();
            object.set(k, v);
            return (JsonNode) object;
        });
        return Arbitraries.frequencyOf(Tuple.of(8, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    /** Whole documents that are not the body asked for. */
    static Arbitrary<String> documents() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", "null", "[]", "{}", "\"x\"", "42", "true", "{\"a\":1,\"a\":2}", "\uFEFF{}",
                        "{'odsCode':'ZT1'}", "/* c */{}", "NaN", "{\"odsCode\":\"\\u0000\"}", "1" + "0".repeat(5_000),
                        "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                        "{\"answers\":[" + "{\"questionId\":\"Q01\",\"score\":3},".repeat(500) + "{}]}",
                        "{\"answers\":[{\"questionId\":\"Q01\",\"score\":3}]} trailing", "\u00ff\u00fe"));
    }

    static Arbitrary<String> pathIds() {
        return Arbitraries.of("NOPE99", "nope", "%20", "A".repeat(300), "ZT2-abcd", "ZT2-99999999999", "%C3%A9",
                "ZT2-2024x", "-", "ZT2--2024", "ZT2-2024;x=1", "ZT2-0", "ZT2-2024%00", "zz-Target", "9");
    }

    static Arbitrary<String> ifMatches() {
        return Arbitraries.of("*", "\"0\"", "\"-1\"", "W/\"1\"", "\"99999999999999999999\"", "garbage", "\"\"",
                "\"1\", \"2\"", "\"9223372036854775807\"", "\"1");
    }

    static Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json; charset=ISO-8859-1", "application/json;charset=UTF-16",
                "text/plain", "application/x-www-form-urlencoded", "application/problem+json",
                "application/json; charset=nonsense");
    }

    private static <T> Arbitrary<T> orNull(Arbitrary<T> arbitrary, int nullPercent) {
        return arbitrary.injectNull(nullPercent / 100.0);
    }
}
