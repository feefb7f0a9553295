import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main web pages, signed in with a page session (form sign-in with CSRF), each timed beside the API answer
 * it renders, fetched with the same session (the API reads a page session for GETs).
 */
final class Pages {

    /** A page and the API answers it renders (a call's API time is their sum, fetched one after another). */
    record Page(String name, Client session, String page, List<String> apis) {
        Page(String name, Client session, String page, String api) {
            this(name, session, page, List.of(api));
        }
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
                apis(p);
            }
            List<Long> page = new ArrayList<>();
            List<Long> api = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                page.add(p.session().timedGet(p.page()));
                api.add(apis(p));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("page", p.page());
            one.put("api", p.apis().size() == 1 ? p.apis().get(0) : p.apis());
            one.put("pageTimings", Report.timings(page));
            one.put("apiTimings", Report.timings(api));
            all.put(p.name(), one);
        }
        return all;
    }

    private static long apis(Page p) {
        long sum = 0;
        for (String api : p.apis()) {
            sum += p.session().timedGet(api);
        }
        return sum;
    }
}
