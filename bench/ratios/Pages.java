import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main web pages, signed in with a page session (form sign-in with CSRF), each timed beside the API answer
 * it renders, fetched with the same session (the API reads a page session for GETs).
 */
final class Pages {

    /** A page and the API answer it renders. */
    record Page(String name, Client session, String page, String api) {
    }

    private final int calls;

    Pages(int calls) {
        this.calls = calls;
    }

    /** Alternates each page with its API answer {@code calls} times, after a warm-up; answers p50 and p99. */
    Map<String, Object> measure(List<Page> pages) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Page p : pages) {
            for (int i = 0; i < 3; i++) {
                p.session().timedGet(p.page());
                p.session().timedGet(p.api());
            }
            List<Long> page = new ArrayList<>();
            List<Long> api = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                page.add(p.session().timedGet(p.page()));
                api.add(p.session().timedGet(p.api()));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("page", p.page());
            one.put("api", p.api());
            one.put("pageTimings", Report.timings(page));
            one.put("apiTimings", Report.timings(api));
            all.put(p.name(), one);
        }
        return all;
    }
}
