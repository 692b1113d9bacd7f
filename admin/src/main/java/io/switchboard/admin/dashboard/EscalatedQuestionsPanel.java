package io.switchboard.admin.dashboard;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard's panel "questions most often escalated with no article"
 * ({@code console/dashboard-escalated.html}), given to the dashboard's page as a model attribute of its
 * own, so that the panel comes and goes without touching the other charts.
 */
@ControllerAdvice(assignableTypes = DashboardPages.class)
class EscalatedQuestionsPanel {

    private final EscalatedQuestions questions;

    EscalatedQuestionsPanel(EscalatedQuestions questions) {
        this.questions = questions;
    }

    @ModelAttribute("escalatedQuestions")
    List<EscalatedQuestions.Row> escalatedQuestions() {
        return questions.mostOften();
    }
}
