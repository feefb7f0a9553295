package uk.nhs.dma.seeds;

import java.time.LocalDate;
import java.util.List;

/**
 * A share of organisations over time, rising through its points and straight between them; an organisation's
 * place in the queue ({@code p}, from 0 to 1) gives the date the share reaches it, so a population whose places are
 * spread evenly has the trajectory's share on every date.
 */
record Trajectory(List<Point> points) {

    record Point(LocalDate on, double share) {
    }

    Trajectory {
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).on().isAfter(points.get(i - 1).on())
                    || points.get(i).share() < points.get(i - 1).share()) {
                throw new IllegalArgumentException("a trajectory rises through later points: " + points);
            }
        }
    }

    static Trajectory of(Object... dateThenShare) {
        java.util.ArrayList<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < dateThenShare.length; i += 2) {
            points.add(new Point(LocalDate.parse((String) dateThenShare[i]), (Double) dateThenShare[i + 1]));
        }
        return new Trajectory(List.copyOf(points));
    }

    /** The date the share reaches {@code p}: the first point's date at or below its share, null above the last. */
    LocalDate reaches(double p) {
        if (p <= points.get(0).share()) {
            return points.get(0).on();
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (p <= b.share()) {
                long days = b.on().toEpochDay() - a.on().toEpochDay();
                double f = (p - a.share()) / (b.share() - a.share());
                return a.on().plusDays((long) Math.ceil(f * days));
            }
        }
        return null;
    }

    /** The share on a date (0 before the first point, the last share after the last). */
    double on(LocalDate date) {
        if (date.isBefore(points.get(0).on())) {
            return 0;
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (date.isBefore(b.on())) {
                double f = (double) (date.toEpochDay() - a.on().toEpochDay()) / (b.on().toEpochDay() - a.on().toEpochDay());
                return a.share() + f * (b.share() - a.share());
            }
        }
        return points.get(points.size() - 1).share();
    }
}
