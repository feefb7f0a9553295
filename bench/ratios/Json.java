import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reading the service's JSON answers. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** The text of {@code field} in each element of the array {@code array} (or of the top-level array). */
    static List<String> strings(String body, String array, String field) {
        JsonNode node = read(body);
        JsonNode items = array == null ? node : node.path(array);
        if (items.has("items")) {
            items = items.get("items");
        }
        List<String> found = new ArrayList<>();
        items.forEach(item -> found.add(item.path(field).asText()));
        return found;
    }
}
