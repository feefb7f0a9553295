package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.SignInWay;

/** Sign-in and the home page; each role's own areas hang off the home page. */
@Controller
public class HomeController {

    /** Why a sign-in at the identity provider failed, by the reason the security layer gives in {@code ?error=}. */
    static final Map<String, String> PROVIDER_FAILURES = Map.of(
            "refused", "Your organisation's sign-in service did not sign you in. Try again, or ask your"
                    + " administrator for access.",
            "restart", "The sign-in did not start here or took too long. Start again.",
            "untrusted", "The answer from the sign-in service could not be trusted (it did not name you, or came"
                    + " from another service). You have not been signed in.",
            "unavailable", "The sign-in service cannot be reached just now. Try again later.");
    static final String PROVIDER_FAILED = "Sign-in did not succeed. Try again.";

    private final OrganisationPages organisations;
    private final People people;
    private final SignInWay way;

    public HomeController(OrganisationPages organisations, People people, SignInWay way) {
        this.organisations = organisations;
        this.people = people;
        this.way = way;
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    public String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  Model model) {
        model.addAttribute("form", way.form());
        model.addAttribute("provider", way.identityProvider().orElse(null));
        model.addAttribute("failed", error != null && way.form());
        model.addAttribute("providerFailure", error == null || way.form() ? null
                : PROVIDER_FAILURES.getOrDefault(error, PROVIDER_FAILED));
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    public String home(Model model) {
        model.addAttribute("summaries", organisations.mine(people.current()));
        return "home";
    }

    /** Where Spring Security sends a refused request (for example a form whose session has ended). */
    @RequestMapping("/forbidden")
    @PreAuthorize("permitAll()")
    public String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", "You may not do this, or your session has ended: go to the home page and try again.");
        return "error/forbidden";
    }
}
