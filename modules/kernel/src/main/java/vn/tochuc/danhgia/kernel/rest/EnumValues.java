package vn.tochuc.danhgia.kernel.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.FieldError;

/**
 * Turns JSON binding's "No enum constant x.Y.FOO" into a refusal that names the field and the values it takes.
 * Yasson names neither the property nor the choices, so the enum type is read from its message and the field is
 * found in the request body's type, which the resource method declares.
 */
final class EnumValues {

    private static final Pattern NO_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)");
    private static final int MAX_DEPTH = 4;

    private EnumValues() {}

    static Optional<AppException> problem(Throwable json, Method resourceMethod) {
        for (Throwable t = json; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = NO_CONSTANT.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return enumType(m.group(1)).map(type -> refusal(type, m.group(2), resourceMethod));
            }
        }
        return Optional.empty();
    }

    private static AppException refusal(Class<?> type, String value, Method resourceMethod) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        String field = resourceMethod == null ? null : bodyField(resourceMethod, type);
        if (field == null) {
            return new AppException(ErrorKind.INVALID, "error.json.enum-value-of", value, allowed);
        }
        return new AppException(ErrorKind.INVALID, "error.json.enum-value", List.of(field, value, allowed),
                List.of(FieldError.of(field, "error.json.enum-allowed", allowed)));
    }

    /** The canonical name in the message, as a class: {@code a.B.C} may be the nested {@code a.B$C}. */
    static Optional<Class<?>> enumType(String canonicalName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String name = canonicalName;
        while (true) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                return type.isEnum() ? Optional.of(type) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                name = name.substring(0, dot) + '$' + name.substring(dot + 1);
            }
        }
    }

    /** The path of the first property of that enum type in the method's parameter types, e.g. {@code decision}. */
    static String bodyField(Method method, Class<?> enumType) {
        for (Type parameter : method.getGenericParameterTypes()) {
            String found = find(parameter, enumType, "", 0, new HashSet<>());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String find(Type type, Class<?> enumType, String path, int depth, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            // List<Row>, Map<String, List<Row>>: the element type is the last argument
            Type[] args = p.getActualTypeArguments();
            return find(args[args.length - 1], enumType, path + "[]", depth, seen);
        }
        if (!(type instanceof Class<?> c) || depth > MAX_DEPTH || !seen.add(c)) {
            return null;
        }
        if (c == enumType) {
            return path.isEmpty() ? null : path;
        }
        if (c.isPrimitive() || c.getName().startsWith("java.")) {
            return null;
        }
        for (Property p : properties(c)) {
            String found = find(p.type(), enumType, path.isEmpty() ? p.name() : path + "." + p.name(), depth + 1, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private record Property(String name, Type type) {}

    private static List<Property> properties(Class<?> c) {
        if (c.isRecord()) {
            return Arrays.stream(c.getRecordComponents())
                    .map((RecordComponent r) -> new Property(r.getName(), r.getGenericType())).toList();
        }
        return Arrays.stream(c.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map((Field f) -> new Property(f.getName(), f.getGenericType())).toList();
    }
}
