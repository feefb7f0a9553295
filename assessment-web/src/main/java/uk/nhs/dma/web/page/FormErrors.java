package uk.nhs.dma.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rejected form shows: each message once in the error summary at the top (linking to its field when it
 * has one) and again beside that field.
 */
public final class FormErrors {

    public record Item(String field, String message) {
    }

    private final List<Item> items = new ArrayList<>();
    private boolean stale;

    public FormErrors add(String field, String message) {
        items.add(new Item(field, message));
        return this;
    }

    /** Someone else saved in between: the page offers a reload instead of a field to fix. */
    public FormErrors stale() {
        this.stale = true;
        return this;
    }

    public boolean isStale() {
        return stale;
    }

    public List<Item> getItems() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty() && !stale;
    }

    public boolean has(String field) {
        return items.stream().anyMatch(i -> field.equals(i.field()));
    }

    public String of(String field) {
        return items.stream().filter(i -> field.equals(i.field())).map(Item::message).findFirst().orElse(null);
    }
}
