package uk.nhs.dma.web;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a page shows for a code ({@code IN_PROGRESS} reads "In progress"), from labels.properties, keyed by the
 * enum's simple name, nested names joined by dots ({@code ActionStatus.IN_PROGRESS},
 * {@code TrajectoryView.Status.ON_TRACK}); an optional {@code .tag} key gives a GOV.UK tag's colour. Templates call
 * it as {@code @labels}; JSON and CSV keep the codes. A code without words shows as itself (LabelsTest checks that
 * every code a page shows has words).
 */
@Component("labels")
public class Labels {

    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();

    public Labels() {
        words.setBasename("labels");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
    }

    /** The words for a code; empty for none. */
    public String of(Enum<?> code) {
        return code == null ? "" : of(type(code.getDeclaringClass()), code.name());
    }

    /** The words for a code held as text, of the type named as in labels.properties ({@code Replay}). */
    public String of(String type, String code) {
        return code == null ? "" : words.getMessage(type + "." + code, null, code, Locale.ROOT);
    }

    /** The words for each code, joined by {@code separator}. */
    public String join(Iterable<? extends Enum<?>> codes, String separator) {
        StringBuilder joined = new StringBuilder();
        for (Enum<?> code : codes) {
            joined.append(joined.isEmpty() ? "" : separator).append(of(code));
        }
        return joined.toString();
    }

    /** The GOV.UK tag modifier class for a code ({@code govuk-tag--green}); empty for the default colour. */
    public String tag(Enum<?> code) {
        return code == null ? "" : tag(type(code.getDeclaringClass()), code.name());
    }

    public String tag(String type, String code) {
        String colour = code == null ? "" : words.getMessage(type + "." + code + ".tag", null, "", Locale.ROOT);
        return colour.isEmpty() ? "" : "govuk-tag--" + colour;
    }

    /** Whether the code has words of its own (not shown as itself). */
    public boolean has(Enum<?> code) {
        String key = type(code.getDeclaringClass()) + "." + code.name();
        return words.getMessage(key, null, null, Locale.ROOT) != null;
    }

    private static String type(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type(type.getEnclosingClass()) + "." + type.getSimpleName();
    }
}
