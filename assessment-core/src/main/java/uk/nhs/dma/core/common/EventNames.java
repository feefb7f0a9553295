package uk.nhs.dma.core.common;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names events are stored under, independent of Java packages and class names: each event permitted by the
 * given sealed interfaces names itself with {@link JsonTypeName}. Events stored before they had names kept the
 * Java class name they were stored under; {@link #withLegacyNames} maps those to the event's name, so they still
 * read after a class moves.
 */
public final class EventNames {

    private final Map<String, Class<?>> classes;
    private final Map<Class<?>, String> names;
    private final Map<String, String> legacy;

    private EventNames(Map<String, Class<?>> classes, Map<Class<?>, String> names, Map<String, String> legacy) {
        this.classes = classes;
        this.names = names;
        this.legacy = legacy;
    }

    /** Every event each sealed interface permits; fails if one has no name or two share one. */
    public static EventNames of(List<Class<?>> sealedInterfaces) {
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        Map<Class<?>, String> names = new HashMap<>();
        for (Class<?> root : sealedInterfaces) {
            if (!root.isSealed()) {
                throw new IllegalArgumentException(root.getName() + " is not a sealed interface");
            }
            for (Class<?> event : root.getPermittedSubclasses()) {
                JsonTypeName name = event.getAnnotation(JsonTypeName.class);
                if (name == null || name.value().isBlank()) {
                    throw new IllegalArgumentException(event.getName() + " has no @JsonTypeName to be stored under");
                }
                Class<?> other = classes.putIfAbsent(name.value(), event);
                if (other != null) {
                    throw new IllegalArgumentException(event.getName() + " and " + other.getName()
                            + " are both named " + name.value());
                }
                names.put(event, name.value());
            }
        }
        return new EventNames(classes, names, Map.of());
    }

    /** These names, and the Java class names some of them were once stored under: {@code javaPackage.name}. */
    public EventNames withLegacyNames(String javaPackage, String... eventNames) {
        Map<String, String> more = new HashMap<>(legacy);
        for (String name : Arrays.asList(eventNames)) {
            if (!classes.containsKey(name)) {
                throw new IllegalArgumentException("no event is named " + name);
            }
            more.put(javaPackage + "." + name, name);
        }
        return new EventNames(classes, names, Map.copyOf(more));
    }

    /** The name an event class is stored under; empty for anything that is not an event. */
    public Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(names.get(type));
    }

    /** The event class a stored name (or a legacy class name) stands for; empty when it names no event. */
    public Optional<Class<?>> classOf(String storedName) {
        return Optional.ofNullable(classes.get(legacy.getOrDefault(storedName, storedName)));
    }

    /** Every event name, in the order of the sealed interfaces and their permits clauses. */
    public Set<String> names() {
        return Collections.unmodifiableSet(classes.keySet());
    }
}
