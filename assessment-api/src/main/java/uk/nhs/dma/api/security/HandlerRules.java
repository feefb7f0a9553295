package uk.nhs.dma.api.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.ExpressionState;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule each handler declares with {@code @PreAuthorize}, read once per handler. Its terms that need no
 * argument of the call (the roles: {@code @scope.grants('SUBMITTER')}) are checked before the request is read, so a
 * caller without the role is told 403 whatever body it sent; the whole rule, with its scope terms on the
 * arguments ({@code @scope.coversAssessment(#id)}), still runs by method security as the handler is called.
 */
@Component
public class HandlerRules {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final Map<Method, List<SpelNode>> argumentFree = new ConcurrentHashMap<>();

    public HandlerRules(ApplicationContext context) {
        expressions.setApplicationContext(context);
    }

    /** The rule a handler declares, on the method or its class; empty when it declares none. */
    public static Optional<String> of(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return Optional.ofNullable(rule).map(PreAuthorize::value);
    }

    /** Refuses the caller (403) when a term of the handler's rule that needs no argument is false. */
    public void checkRoles(HandlerMethod handler) {
        List<SpelNode> terms = argumentFree.computeIfAbsent(handler.getMethod(),
                m -> of(handler).map(HandlerRules::argumentFreeTerms).orElse(List.of()));
        if (terms.isEmpty()) {
            return;
        }
        EvaluationContext context = expressions.createEvaluationContext(
                () -> SecurityContextHolder.getContext().getAuthentication(),
                new SimpleMethodInvocation(handler.getBean(), handler.getMethod()));
        ExpressionState state = new ExpressionState(context);
        for (SpelNode term : terms) {
            if (!Boolean.TRUE.equals(term.getValue(state))) {
                throw new AuthorizationDeniedException("Access Denied");
            }
        }
    }

    private static List<SpelNode> argumentFreeTerms(String rule) {
        List<SpelNode> terms = new ArrayList<>();
        collect(PARSER.parseRaw(rule).getAST(), terms);
        return List.copyOf(terms);
    }

    /** The conjuncts of {@code a and b and c} that read no variable ({@code #id}, {@code #body}). */
    private static void collect(SpelNode node, List<SpelNode> terms) {
        if (node instanceof OpAnd) {
            for (int i = 0; i < node.getChildCount(); i++) {
                collect(node.getChild(i), terms);
            }
        } else if (!readsVariables(node)) {
            terms.add(node);
        }
    }

    private static boolean readsVariables(SpelNode node) {
        if (node instanceof VariableReference) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (readsVariables(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
