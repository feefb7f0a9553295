package uk.nhs.dma.projections.support;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Small conversions between JDBC values and domain types. */
public final class Sql {

    /** A fact counts when it was recorded by :t, or always when :t is null (now). */
    public static final String KNOWN = "(cast(:t as timestamptz) is null or %s <= :t)";

    private Sql() {
    }

    /** {@link #KNOWN} for a column. */
    public static String knownBy(String column) {
        return KNOWN.formatted(column);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    public static java.time.OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
}
