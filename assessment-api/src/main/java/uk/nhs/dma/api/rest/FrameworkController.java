package uk.nhs.dma.api.rest;

import static uk.nhs.dma.core.common.Require.REQUIRED;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FoundationalRule;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.PublishFramework;
import uk.nhs.dma.core.framework.Question;

/** Assessment frameworks: published once, immutable after. */
@RestController
@RequestMapping("/api/frameworks")
public class FrameworkController {

    record MeasureBody(String id, String name) {
    }

    record QuestionBody(String id, String measureId, String text, Integer minScore, Integer maxScore,
                        Boolean mandatory) {
    }

    record CoreRuleBody(BigDecimal minMeasureScore, Boolean requiresEpr) {
    }

    record FoundationalRuleBody(List<String> measureIds, BigDecimal minMeasureScore, Boolean requiresEpr) {
    }

    record RulesBody(CoreRuleBody coreCapability, FoundationalRuleBody foundational) {
    }

    record FrameworkBody(@NotNull(message = REQUIRED) String frameworkId, String title,
                         @NotNull(message = REQUIRED) Integer assessmentYear, LocalDate referenceDate,
                         List<MeasureBody> measures, List<QuestionBody> questions, RulesBody rules) {
    }

    /** The definition in the shape it was published in, and who published it when. */
    record FrameworkResponse(@JsonUnwrapped FrameworkDefinition definition, Instant publishedAt, String publishedBy) {
    }

    private final CommandSender commands;
    private final QuerySender queries;

    public FrameworkController(CommandSender commands, QuerySender queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("@scope.grants('ADMIN')")
    @ApiResponse(responseCode = "201")
    @ApiResponse(responseCode = "200")
    public ResponseEntity<FrameworkDefinition> publish(@RequestBody @Valid FrameworkBody body) {
        FrameworkDefinition definition = toDefinition(body);
        String id = definition.frameworkId().value();
        boolean existed = commands.exists(id);
        long version = commands.send(new PublishFramework(definition), id);
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/frameworks/" + id)).eTag(ETag.of(version).toString())
                .body(definition.validated());
    }

    @GetMapping
    @PreAuthorize("@scope.grants('EVERYONE')")
    public List<FrameworkResponse> list() {
        return queries.list(new ListFrameworks(), FrameworkView.class).stream()
                .map(v -> new FrameworkResponse(v.definition(), v.publishedAt(), v.publishedBy())).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@scope.grants('EVERYONE')")
    @ApiResponse(responseCode = "200", headers = @Header(name = "ETag", description = ETag.OF_VIEW))
    public ResponseEntity<FrameworkResponse> get(@PathVariable @IdOf(FrameworkId.class) String id) {
        FrameworkId frameworkId = FrameworkId.of(id);
        FrameworkView view = queries.one(new FindFramework(frameworkId), FrameworkView.class)
                .orElseThrow(() -> new NotFound("No framework '" + id + "' is published."));
        return ResponseEntity.ok().eTag(ETag.of(view.version()).toString())
                .body(new FrameworkResponse(view.definition(), view.publishedAt(), view.publishedBy()));
    }

    private static FrameworkDefinition toDefinition(FrameworkBody body) {
        FrameworkId id = FrameworkId.of(body.frameworkId());
        List<Measure> measures = body.measures() == null ? null
                : body.measures().stream().map(m -> m == null ? null : new Measure(m.id(), m.name())).toList();
        List<Question> questions = body.questions() == null ? null : body.questions().stream()
                .map(q -> q == null ? null : new Question(q.id(), q.measureId(), q.text(),
                        orDefault(q.minScore(), Question.DEFAULT_MIN), orDefault(q.maxScore(), Question.DEFAULT_MAX),
                        q.mandatory() == null || q.mandatory()))
                .toList();
        return new FrameworkDefinition(id, body.title(), body.assessmentYear(),
                body.referenceDate(), measures, questions, toRules(body.rules()));
    }

    private static CapabilityRules toRules(RulesBody rules) {
        CapabilityRules defaults = CapabilityRules.defaults();
        if (rules == null) {
            return defaults;
        }
        CoreRuleBody core = rules.coreCapability();
        FoundationalRuleBody foundational = rules.foundational();
        return new CapabilityRules(
                core == null ? defaults.coreCapability()
                        : new CoreCapabilityRule(core.minMeasureScore(), core.requiresEpr() == null || core.requiresEpr()),
                foundational == null ? defaults.foundational()
                        : new FoundationalRule(foundational.measureIds(), foundational.minMeasureScore(),
                        foundational.requiresEpr() == null || foundational.requiresEpr()));
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
