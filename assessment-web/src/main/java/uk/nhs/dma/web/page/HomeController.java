package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.dma.web.port.People;

/** Sign-in and the home page; each role's own areas hang off the home page. */
@Controller
public class HomeController {

    private final OrganisationPages organisations;
    private final People people;

    public HomeController(OrganisationPages organisations, People people) {
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("summaries", organisations.mine(people.current()));
        return "home";
    }

    /** Where Spring Security sends a refused request (for example a form whose session has ended). */
    @RequestMapping("/forbidden")
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", "You may not do this, or your session has ended: go to the home page and try again.");
        return "error/forbidden";
    }
}
