package uk.nhs.dma.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.api.testing.Api;

/**
 * One fuzzed request: structural mutations of a valid body (a value replaced, a field removed or added), then
 * perhaps damage to its bytes (cut, a byte inserted or dropped, or a whole hostile document instead), with the
 * path id, the If-Match header and the content type sometimes swapped for odd ones.
 */
record Fuzz(List<Mutation> mutations, Damage damage, int position, String rawDocument, String pathId,
            String ifMatch, String contentType) {

    enum Kind { REPLACE, REMOVE, ADD }

    enum Damage { NONE, CUT, INSERT, DROP, REPLACE_DOCUMENT }

    record Mutation(Kind kind, int pick, String name, JsonNode value) {
    }

    /** The body to send: the template, mutated and damaged. */
    byte[] body(JsonNode template) {
        JsonNode body = template.deepCopy();
        for (Mutation mutation : mutations) {
            body = apply(body, mutation);
        }
        byte[] bytes = write(body);
        int at = bytes.length == 0 ? 0 : Math.floorMod(position, bytes.length);
        return switch (damage) {
            case NONE -> bytes;
            case CUT -> java.util.Arrays.copyOf(bytes, at);
            case INSERT -> splice(bytes, at, new byte[] {(byte) (position >>> 8)}, 0);
            case DROP -> splice(bytes, at, new byte[0], 1);
            case REPLACE_DOCUMENT -> rawDocument.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static JsonNode apply(JsonNode body, Mutation mutation) {
        List<Slot> slots = new ArrayList<>();
        collect(body, slots);
        if (mutation.kind() == Kind.REPLACE && slots.isEmpty()) {
            return mutation.value();
        }
        if (mutation.kind() == Kind.ADD) {
            List<ObjectNode> objects = new ArrayList<>();
            objectsIn(body, objects);
            if (!objects.isEmpty()) {
                objects.get(Math.floorMod(mutation.pick(), objects.size())).set(mutation.name(), mutation.value());
            }
            return body;
        }
        if (slots.isEmpty()) {
            return body;
        }
        Slot slot = slots.get(Math.floorMod(mutation.pick(), slots.size()));
        if (slot.parent() instanceof ObjectNode object) {
            if (mutation.kind() == Kind.REMOVE) {
                object.remove(slot.name());
            } else {
                object.set(slot.name(), mutation.value());
            }
        } else if (slot.parent() instanceof ArrayNode array) {
            if (mutation.kind() == Kind.REMOVE) {
                array.remove(slot.index());
            } else {
                array.set(slot.index(), mutation.value());
            }
        }
        return body;
    }

    private record Slot(ContainerNode<?> parent, String name, int index) {
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> slots.add(new Slot(object, name, -1)));
            object.elements().forEachRemaining(child -> collect(child, slots));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static void objectsIn(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> objectsIn(child, objects));
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert, int drop) {
        int end = Math.min(bytes.length, at + drop);
        byte[] out = new byte[at + insert.length + bytes.length - end];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, end, out, at + insert.length, bytes.length - end);
        return out;
    }

    private static byte[] write(JsonNode body) {
        try {
            return Api.JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Fuzz[mutations=" + mutations + ", damage=" + damage + "@" + position
                + (damage == Damage.REPLACE_DOCUMENT ? " " + abbreviated(rawDocument) : "") + ", pathId=" + pathId
                + ", ifMatch=" + ifMatch + ", contentType=" + contentType + "]";
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + " chars)";
    }
}
