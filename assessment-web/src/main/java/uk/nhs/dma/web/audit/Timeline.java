package uk.nhs.dma.web.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.nhs.dma.web.port.AuditTrail;

/**
 * A stream's events as a timeline in words: who, when, what, and the reasons given. Answers are shown as a
 * difference from what the assessment held before (saved answers against the draft, each submission against the
 * previous submitted revision); an EPR declaration against the previous one.
 */
public final class Timeline {

    /** One changed value: {@code before} null when there was none. */
    public record Difference(String field, String before, String after) {
    }

    public record Entry(long sequence, String recordedAt, String user, String eventType, String summary,
                        String reason, List<Difference> differences) {
    }

    private Timeline() {
    }

    public static List<Entry> of(AuditTrail.Stream stream) {
        Map<String, String> draft = new LinkedHashMap<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        Map<String, String> epr = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (AuditTrail.Event e : stream.events()) {
            Map<String, Object> p = e.payload();
            List<Difference> differences = new ArrayList<>();
            String reason = text(p.get("reason"));
            String summary = switch (e.eventType()) {
                case "OrganisationRegistered" -> "Registered " + p.get("name") + " as " + p.get("type")
                        + under(p.get("parentCode")) + opened(p.get("openedOn"));
                case "OrganisationReassigned" -> "Moved from " + p.get("previousParentCode") + " to "
                        + p.get("parentCode") + " from " + p.get("effectiveFrom");
                case "OrganisationClosed" -> "Closed on " + p.get("closedOn")
                        + (p.get("successorOdsCode") == null ? "" : ", succeeded by " + p.get("successorOdsCode"));
                case "ProgrammeStatusAwarded" -> "Awarded " + p.get("status") + " on " + p.get("awardedOn");
                case "AssessmentStarted" -> {
                    differences.addAll(answers(draft, p.get("carriedAnswers")));
                    yield "Started revision " + p.get("revision") + " under framework " + p.get("frameworkId")
                            + ", assessed on " + p.get("assessedOn") + (p.get("carriedFrom") == null ? ""
                            : ", answers carried forward from " + p.get("carriedFrom") + " to confirm or change");
                }
                case "EvidenceAttached" -> evidence(p.get("evidence"), p.get("carriedFrom"));
                case "EvidenceWithdrawn" -> "Withdrew evidence " + p.get("evidenceId");
                case "AnswersConfirmed" -> "Confirmed carried answers " + p.get("questionIds") + " as they stand";
                case "AnswersRecorded" -> {
                    differences.addAll(answers(draft, p.get("answers")));
                    yield "Saved answers to revision " + p.get("revision");
                }
                case "EprDeclared" -> {
                    differences.addAll(changes(epr, eprOf(p.get("epr"))));
                    yield "Declared the EPR of revision " + p.get("revision");
                }
                case "AssessmentSubmitted" -> {
                    Map<String, String> now = new LinkedHashMap<>();
                    answers(now, p.get("answers"));
                    boolean first = submitted.isEmpty();
                    List<Difference> changed = changes(submitted, now);
                    if (!first) {
                        differences.addAll(changed);
                    }
                    draft.clear();
                    draft.putAll(now);
                    yield "Submitted revision " + p.get("revision") + (differences.isEmpty() ? ""
                            : ": answers that changed since the previous submitted revision below");
                }
                case "AssessmentApproved" -> "Board approved revision " + p.get("revision") + " (approver "
                        + p.get("approvedBy") + (p.get("boardDate") == null ? "" : ", board on " + p.get("boardDate")) + ")";
                case "AssessmentReturned" -> "Returned revision " + p.get("revision") + " for changes; revision "
                        + p.get("newRevision") + " starts as a draft";
                case "AssessmentReopened" -> "Reopened revision " + p.get("revision") + "; revision "
                        + p.get("newRevision") + " starts as a draft";
                case "AssessmentWithdrawn" -> {
                    draft.clear();
                    epr.clear();
                    yield "Withdrew draft revision " + p.get("revision") + ", never submitted";
                }
                case "TargetDefined" -> "Defined target " + p.get("name") + " (" + p.get("metric") + ")";
                case "TargetRevised" -> "Revised the target from " + p.get("effectiveFrom") + " (revision "
                        + p.get("revision") + ")";
                case "FrameworkPublished" -> "Published framework " + p.get("frameworkId");
                default -> e.eventType();
            };
            entries.add(new Entry(e.sequence(), e.recordedAt(), e.user(), e.eventType(), summary, reason, differences));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static String evidence(Object item, Object carriedFrom) {
        Map<String, Object> e = item instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return "Attached " + e.get("kind") + " evidence \"" + e.get("title") + "\" to "
                + (e.get("questionId") == null ? "the EPR declaration" : e.get("questionId"))
                + (carriedFrom == null ? "" : ", carried forward from " + carriedFrom);
    }

    /** Applies saved answers to the held ones, answering the differences ("score" or "score, comment"). */
    @SuppressWarnings("unchecked")
    private static List<Difference> answers(Map<String, String> held, Object answers) {
        Map<String, String> now = new LinkedHashMap<>(held);
        if (answers instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> a = (Map<String, Object>) item;
                String comment = text(a.get("comment"));
                now.put(text(a.get("questionId")), a.get("score") + (comment == null || comment.isBlank() ? "" : ", " + comment));
            }
        }
        return changes(held, now);
    }

    /** The differences from {@code held} to {@code now}; {@code held} becomes {@code now}. */
    private static List<Difference> changes(Map<String, String> held, Map<String, String> now) {
        List<Difference> differences = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(held.get(field), value)) {
                differences.add(new Difference(field, held.get(field), value));
            }
        });
        held.keySet().stream().filter(f -> !now.containsKey(f)).forEach(f -> differences.add(new Difference(f, held.get(f), null)));
        held.clear();
        held.putAll(now);
        return differences;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> eprOf(Object epr) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (epr instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    fields.put("EPR " + k, v.toString());
                }
            });
        }
        return fields;
    }

    private static String under(Object parent) {
        return parent == null ? "" : " under " + parent;
    }

    private static String opened(Object openedOn) {
        return openedOn == null ? "" : ", opened " + openedOn;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
