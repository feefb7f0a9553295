package uk.nhs.dma.api.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.nhs.dma.core.assessment.AssessmentApproved;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.target.TargetRevised;

/**
 * Faults for tests that must fail on a service that gets them wrong, in every API test's context (see ApiTest):
 * <ul>
 *   <li>slow projections: the "assessments" and "targets" processors take {@link #DELAY} longer over an
 *   approval, a reopening and a target revision, so a read that does not wait for them sees the old state; and
 *   while {@link #hold()} is in force they stop at such an event until it is released;</li>
 *   <li>a failure after the command: a request with {@link #FAIL_AFTER_COMMAND} fails once its controller has
 *   returned, as a lost response would.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestHooks {

    public static final Duration DELAY = Duration.ofMillis(150);
    public static final String FAIL_AFTER_COMMAND = "X-Test-Fail-After-Command";
    private static volatile CountDownLatch held;

    /** Stops the slowed projections at their next slowed event until the returned hold is closed. */
    public static AutoCloseable hold() {
        CountDownLatch latch = new CountDownLatch(1);
        held = latch;
        return () -> {
            held = null;
            latch.countDown();
        };
    }

    static void slow() {
        try {
            CountDownLatch latch = held;
            if (latch != null) {
                latch.await(30, TimeUnit.SECONDS);
            }
            Thread.sleep(DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ProcessingGroup("assessments")
    public static class SlowAssessments {
        @EventHandler
        void on(AssessmentApproved event) {
            slow();
        }

        @EventHandler
        void on(AssessmentReopened event) {
            slow();
        }
    }

    @ProcessingGroup("targets")
    public static class SlowTargets {
        @EventHandler
        void on(TargetRevised event) {
            slow();
        }
    }

    @Bean
    SlowAssessments slowAssessments() {
        return new SlowAssessments();
    }

    @Bean
    SlowTargets slowTargets() {
        return new SlowTargets();
    }

    @Bean
    WebMvcConfigurer failAfterCommand() {
        HandlerInterceptor failing = new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView modelAndView) {
                if (request.getHeader(FAIL_AFTER_COMMAND) != null) {
                    throw new IllegalStateException("injected failure after the command");
                }
            }
        };
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(failing).addPathPatterns("/api/**");
            }
        };
    }
}
