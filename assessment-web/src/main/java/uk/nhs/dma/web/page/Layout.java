package uk.nhs.dma.web.page;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.Person;

/** What every page's header needs: the signed-in person. */
@ControllerAdvice(basePackages = "uk.nhs.dma.web")
public class Layout {

    private final People people;

    public Layout(People people) {
        this.people = people;
    }

    @ModelAttribute("person")
    Person person() {
        return people.current();
    }
}
