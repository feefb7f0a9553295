package uk.nhs.dma.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;

/** What a revision changed against the one before it: each answer or EPR field whose value differs. */
public final class Changes {

    public record Change(String what, String before, String after) {
    }

    private Changes() {
    }

    public static List<Change> between(AssessmentView before, AssessmentView after, FrameworkDefinition framework) {
        Map<String, Answer> was = before.answers().stream().collect(Collectors.toMap(Answer::questionId, Function.identity()));
        Map<String, Answer> now = after.answers().stream().collect(Collectors.toMap(Answer::questionId, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (Question q : framework.questions()) {
            String b = score(was.get(q.id()));
            String a = score(now.get(q.id()));
            if (!b.equals(a)) {
                changes.add(new Change(q.text(), b, a));
            }
        }
        epr(changes, "EPR status", before.epr(), after.epr(), e -> e.status().name());
        epr(changes, "EPR supplier", before.epr(), after.epr(), EprDeclaration::supplier);
        epr(changes, "EPR live since", before.epr(), after.epr(), e -> e.liveSince() == null ? null : e.liveSince().toString());
        return changes;
    }

    private static String score(Answer answer) {
        if (answer == null) {
            return "Not answered";
        }
        return answer.score() + (answer.comment() == null ? "" : " (" + answer.comment() + ")");
    }

    private static void epr(List<Change> changes, String what, EprDeclaration before, EprDeclaration after,
                            Function<EprDeclaration, String> field) {
        String b = before == null ? null : field.apply(before);
        String a = after == null ? null : field.apply(after);
        if (!Objects.equals(b, a)) {
            changes.add(new Change(what, b == null ? "None" : b, a == null ? "None" : a));
        }
    }
}
