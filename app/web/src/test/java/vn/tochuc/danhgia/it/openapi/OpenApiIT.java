package vn.tochuc.danhgia.it.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.it.support.Api;
import vn.tochuc.danhgia.it.support.Deployments;
import vn.tochuc.danhgia.it.support.Reply;
import vn.tochuc.danhgia.it.support.ServerTest;

/**
 * The OpenAPI document the server publishes at {@code /openapi}, checked against the code behind it: an enum in the
 * document is the Java enum of the field it describes, and operations say what they do and how they fail.
 */
@ServerTest
class OpenApiIT {

    private static final String PACKAGE = "vn/tochuc/danhgia/";

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void everyEnumInTheOpenApiDocumentMatchesItsJavaType() {
        JsonObject document = document();
        Map<String, List<Class<?>>> types = schemaTypes();
        List<String> enums = new ArrayList<>();
        collectEnums(document, "", enums);
        assertFalse(enums.isEmpty(), "the document has enums (subject types, decisions, …)");

        List<String> wrong = new ArrayList<>();
        for (String location : enums) {
            String problem = check(document, location, types);
            if (problem != null) {
                wrong.add(location + ": " + problem);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theBoardsReviewOffersApproveAndReturn() {
        JsonObject document = document();
        JsonObject body = document.getJsonObject("paths").getJsonObject("/api/v1/frameworks/{id}/review")
                .getJsonObject("post").getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
        JsonObject schema = resolve(document, body);
        JsonObject decision = resolve(document, schema.getJsonObject("properties").getJsonObject("decision"));

        assertEquals(List.of("RETURN", "APPROVE"), strings(decision.getJsonArray("enum")));
    }

    /** The plugin and framework APIs that outside clients (agencies, IT staff) program against. */
    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
            "/api/v1/(frameworks|framework-[a-z-]+|plugins|units/\\{[^}]+}/frameworks)(/.*)?");

    @Test
    void everyPluginAndFrameworkOperationHasASummaryAndDocumentsItsAnswersAndProblems() {
        JsonObject document = document();
        List<String> missing = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!DESCRIBED.matcher(path).matches() || !Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            String name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            if (operation.getString("summary", "").isBlank()) {
                missing.add(name + ": no summary");
            }
            JsonObject responses = operation.getJsonObject("responses");
            if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                missing.add(name + ": no success status");
                return;
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") && problemSchema(document, response.asJsonObject()) == null) {
                    missing.add(name + ": " + status + " without an application/problem+json Problem");
                }
            });
            if (!responses.containsKey("403") && !responses.containsKey("400") && !responses.containsKey("404")) {
                missing.add(name + ": no error status");
            }
        }));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    // --- the document

    private JsonObject document() {
        Reply reply = api.send(api.request("openapi", null).header("Accept", "application/json"));
        assertEquals(200, reply.status(), reply.body());
        try {
            Path copy = Path.of(System.getProperty("project.build.directory", "target"), "openapi.json");
            Files.writeString(copy, reply.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reply.json();
    }

    /** Every place in the document that carries an {@code enum}, as a JSON pointer. */
    private static void collectEnums(JsonValue value, String pointer, List<String> found) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("enum")) {
                found.add(pointer);
            }
            object.forEach((key, child) -> collectEnums(child, pointer + "/" + escape(key), found));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                collectEnums(array.get(i), pointer + "/" + i, found);
            }
        }
    }

    /**
     * {@code /components/schemas/S} (an enum schema), or {@code /components/schemas/S/properties/p} possibly
     * followed by {@code items} or {@code additionalProperties}: the Java type behind it, compared by constants.
     */
    private static String check(JsonObject document, String pointer, Map<String, List<Class<?>>> types) {
        List<String> enumValues = strings(pointer(document, pointer).getJsonArray("enum"));
        String[] steps = pointer.substring(1).split("/");
        if (steps.length < 3 || !steps[0].equals("components") || !steps[1].equals("schemas")) {
            return "an enum outside the components' schemas, not checked against any Java type";
        }
        String schema = unescape(steps[2]);
        List<Class<?>> candidates = types.getOrDefault(schema, List.of());
        if (candidates.isEmpty()) {
            return "no Java type is named " + schema;
        }
        if (candidates.size() > 1) {
            return "the schema name " + schema + " stands for several Java types " + candidates
                    + ": give them distinct @Schema names";
        }
        Class<?> owner = candidates.get(0);
        Type type;
        int next;
        if (steps.length == 3) {
            type = owner;
            next = 3;
        } else if (steps.length >= 5 && steps[3].equals("properties")) {
            type = propertyType(owner, unescape(steps[4]));
            if (type == null) {
                return owner.getName() + " has no property " + unescape(steps[4]);
            }
            next = 5;
        } else {
            return "an enum at an unexpected place of schema " + schema;
        }
        for (int i = next; i < steps.length; i++) {
            type = switch (steps[i]) {
                case "items" -> element(type);
                case "additionalProperties" -> mapValue(type);
                default -> null;
            };
            if (type == null) {
                return "cannot follow " + steps[i] + " into the Java type";
            }
        }
        Class<?> raw = raw(type);
        if (raw == null || !raw.isEnum()) {
            return "the Java type " + type.getTypeName() + " is not an enum, the document lists " + enumValues;
        }
        List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!constants.equals(enumValues)) {
            return "the document lists " + enumValues + " where " + raw.getName() + " has " + constants;
        }
        return null;
    }

    private static JsonObject problemSchema(JsonObject document, JsonObject declared) {
        JsonObject response = resolve(document, declared);
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey("application/problem+json")) {
            return null;
        }
        JsonObject schema = content.getJsonObject("application/problem+json").getJsonObject("schema");
        if (schema == null || !schema.getString("$ref", "").endsWith("/Problem")) {
            return null;
        }
        return resolve(document, schema);
    }

    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : pointer(document, ref.substring(1));
    }

    private static JsonObject pointer(JsonObject document, String pointer) {
        JsonValue at = document;
        for (String step : pointer.substring(1).split("/")) {
            at = at.getValueType() == JsonValue.ValueType.ARRAY ? at.asJsonArray().get(Integer.parseInt(step))
                    : at.asJsonObject().get(unescape(step));
        }
        return at.asJsonObject();
    }

    private static List<String> strings(Collection<JsonValue> values) {
        return values.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }

    // --- the Java types (the WAR's modules are on the test class path)

    /** Schema name (a {@code @Schema(name)} or the simple name, as MicroProfile OpenAPI names them) to classes. */
    private static Map<String, List<Class<?>>> schemaTypes() {
        Map<String, List<Class<?>>> types = new TreeMap<>();
        ClassLoader loader = OpenApiIT.class.getClassLoader();
        for (String name : applicationClassNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (Throwable notLoadable) {
                continue;
            }
            if (type.isAnonymousClass() || type.isSynthetic() || type.isLocalClass()) {
                continue;
            }
            Schema schema = type.getAnnotation(Schema.class);
            String schemaName = schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
            types.computeIfAbsent(schemaName, k -> new ArrayList<>()).add(type);
        }
        return types;
    }

    private static Set<String> applicationClassNames() {
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.isDirectory()) {
                Path root = file.toPath();
                if (root.endsWith("test-classes")) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(OpenApiIT::applicationClass).forEach(p -> names.add(className(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (file.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    jar.stream().map(e -> e.getName()).filter(OpenApiIT::applicationClass)
                            .forEach(p -> names.add(className(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return names;
    }

    private static boolean applicationClass(String path) {
        return path.startsWith(PACKAGE) && path.endsWith(".class") && !path.startsWith(PACKAGE + "it/")
                && !path.endsWith("package-info.class") && !path.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Type propertyType(Class<?> owner, String property) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getGenericType();
                }
            }
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    return field.getGenericType();
                }
            }
        }
        String capital = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : owner.getMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + capital)
                    || method.getName().equals("is" + capital) || method.getName().equals(property))) {
                return method.getGenericReturnType();
            }
        }
        return null;
    }

    private static Type element(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }

    private static Type mapValue(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Map.class.isAssignableFrom(raw)) {
            return p.getActualTypeArguments()[1];
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
