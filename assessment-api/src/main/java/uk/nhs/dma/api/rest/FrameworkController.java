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
import uk.nhs.dma.core.framework.QuestionSet;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.Level;
import uk.nhs.dma.core.organisation.OrganisationType;

/** Assessment frameworks: published once, immutable after. */
@RestController
@RequestMapping("/api/frameworks")
public class FrameworkController {

    record MeasureBody(String id, String name) {
    }

    /** A question; in a level-gated framework an element of a level of its domain, scored 0 or 1 by default. */
    record QuestionBody(String id, String measureId, String text, Integer minScore, Integer maxScore,
                        Boolean mandatory, String domainId, Integer level, List<String> replaces) {
    }

    record LevelBody(Integer level, String text) {
    }

    record DomainBody(String id, String measureId, String name, List<LevelBody> levels) {
    }

    record QuestionSetBody(List<OrganisationType> organisationTypes, List<String> questionIds) {
    }

    record CoreRuleBody(BigDecimal minMeasureScore, Boolean requiresEpr) {
    }

    record FoundationalRuleBody(List<String> measureIds, BigDecimal minMeasureScore, Boolean requiresEpr) {
    }

    record RulesBody(CoreRuleBody coreCapability, FoundationalRuleBody foundational) {
    }

    record FrameworkBody(@NotNull(message = REQUIRED) String frameworkId, String title,
                         @NotNull(message = REQUIRED) Integer assessmentYear, LocalDate referenceDate,
                         List<MeasureBody> measures, List<QuestionBody> questions, RulesBody rules,
                         ScoringMethod scoring, List<DomainBody> domains, List<QuestionSetBody> questionSets) {
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
                        orDefault(q.minScore(), q.level() == null ? Question.DEFAULT_MIN : 0),
                        orDefault(q.maxScore(), q.level() == null ? Question.DEFAULT_MAX : 1),
                        q.mandatory() == null || q.mandatory(), q.domainId(), q.level(), q.replaces()))
                .toList();
        List<Domain> domains = body.domains() == null ? null : body.domains().stream()
                .map(d -> d == null ? null : new Domain(d.id(), d.measureId(), d.name(), d.levels() == null ? null
                        : d.levels().stream().map(l -> l == null ? null
                        : new Level(orDefault(l.level(), 0), l.text())).toList()))
                .toList();
        List<QuestionSet> sets = body.questionSets() == null ? null : body.questionSets().stream()
                .map(set -> set == null ? null : new QuestionSet(set.organisationTypes(), set.questionIds())).toList();
        return new FrameworkDefinition(id, body.title(), body.assessmentYear(),
                body.referenceDate(), measures, questions, toRules(body.rules()), body.scoring(), domains, sets);
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
