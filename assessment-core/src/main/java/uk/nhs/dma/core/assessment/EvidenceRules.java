package uk.nhs.dma.core.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;

/**
 * The checks of an evidence item, whatever the state of its assessment: its id, what it is about, its title, its
 * dates (effective not in the future, expiry not before effective) and what its kind needs. The aggregate decides
 * when an item may be attached or withdrawn (in a draft) and that an id is used once.
 */
final class EvidenceRules {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 4000;
    static final int MAX_LINK = 2000;
    static final int MAX_FILE_NAME = 255;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,79}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private EvidenceRules() {
    }

    /** The item as recorded: checked, with its text trimmed. */
    static Evidence evidence(Evidence given, FrameworkDefinition framework, LocalDate today) {
        Evidence item = Require.present(given, "evidence");
        String id = Require.text(item.evidenceId(), "evidenceId", 80);
        Require.that(ID.matcher(id).matches(), "evidenceId", "evidenceId must be letters, digits and '-'");
        if (item.questionId() != null) {
            framework.question(item.questionId()).orElseThrow(() -> RuleViolation.unknown("questionId",
                    "question '" + item.questionId() + "' is not in framework " + framework.frameworkId()));
        }
        EvidenceKind kind = Require.present(item.kind(), "kind");
        String title = Require.text(item.title(), "title", MAX_TITLE);
        LocalDate effectiveOn = Require.notAfter(Require.date(item.effectiveOn(), "effectiveOn"), today,
                "effectiveOn");
        LocalDate expiresOn = Require.plausible(item.expiresOn(), "expiresOn");
        Require.that(expiresOn == null || !expiresOn.isBefore(effectiveOn), "expiresOn",
                "expiresOn " + expiresOn + " is before effectiveOn " + effectiveOn);
        String link = kind == EvidenceKind.LINK ? link(item.link()) : absent(item.link(), "link", kind);
        String note = kind == EvidenceKind.NOTE ? Require.text(item.note(), "note", MAX_NOTE)
                : absent(item.note(), "note", kind);
        EvidenceFile file = kind == EvidenceKind.DOCUMENT ? file(item.file()) : absent(item.file(), "file", kind);
        return new Evidence(id, item.questionId(), kind, title, link, note, file, effectiveOn, expiresOn);
    }

    /** Items carried forward: each checked as when attached, and no id twice. */
    static List<Evidence> carried(Collection<Evidence> given, FrameworkDefinition framework, LocalDate today) {
        List<Evidence> items = given.stream().map(e -> evidence(e, framework, today)).toList();
        Require.that(items.stream().map(Evidence::evidenceId).distinct().count() == items.size(), "evidenceId",
                "an evidence id is carried forward twice");
        return items;
    }

    private static String link(String given) {
        String link = Require.text(given, "link", MAX_LINK);
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            Require.that((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null, "link",
                    "link must be an absolute http or https address");
        } catch (URISyntaxException e) {
            throw RuleViolation.invalid("link", "link is not a valid address: " + e.getReason());
        }
        return link;
    }

    private static EvidenceFile file(EvidenceFile given) {
        EvidenceFile file = Require.present(given, "file");
        Require.that(file.sha256() != null && SHA256.matcher(file.sha256()).matches(), "file",
                "the file's sha256 must be 64 lower-case hex digits");
        Require.that(file.size() > 0, "file", "the file is empty");
        String contentType = Require.text(file.contentType(), "contentType", 200);
        String fileName = Require.text(file.fileName(), "fileName", MAX_FILE_NAME);
        return new EvidenceFile(file.sha256(), file.size(), contentType, fileName);
    }

    private static <T> T absent(T value, String field, EvidenceKind kind) {
        Require.that(value == null || (value instanceof String s && s.isBlank()), field,
                "a " + kind + " has no " + field);
        return null;
    }
}
