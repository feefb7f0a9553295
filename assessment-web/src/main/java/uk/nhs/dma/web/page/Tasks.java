package uk.nhs.dma.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;

/** The task list of a draft: one task per measure and one for the EPR, each not started, in progress or completed. */
public final class Tasks {

    public static final String NOT_STARTED = "Not started";
    public static final String IN_PROGRESS = "In progress";
    public static final String COMPLETED = "Completed";

    public record Task(String name, String href, String status) {
        public boolean completed() {
            return COMPLETED.equals(status);
        }
    }

    private Tasks() {
    }

    public static List<Task> of(AssessmentView view, FrameworkDefinition framework) {
        Set<String> answered = view.answers().stream().map(Answer::questionId).collect(Collectors.toSet());
        List<Task> tasks = new ArrayList<>();
        for (Measure measure : framework.measures()) {
            List<Question> questions = framework.questionsOf(measure.id());
            long done = questions.stream().filter(q -> answered.contains(q.id())).count();
            boolean mandatoryDone = questions.stream().filter(Question::mandatory).allMatch(q -> answered.contains(q.id()));
            String status = done == 0 ? NOT_STARTED : mandatoryDone ? COMPLETED : IN_PROGRESS;
            tasks.add(new Task(measure.name(), "/assessments/" + view.assessmentId() + "/measures/" + measure.id(), status));
        }
        tasks.add(new Task("Electronic patient record (EPR)", "/assessments/" + view.assessmentId() + "/epr",
                view.epr() == null ? NOT_STARTED : COMPLETED));
        return tasks;
    }

    public static boolean allCompleted(List<Task> tasks) {
        return tasks.stream().allMatch(Task::completed);
    }
}
