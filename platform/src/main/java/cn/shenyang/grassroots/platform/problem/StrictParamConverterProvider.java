package cn.shenyang.grassroots.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts UUID, whole-number, decimal, boolean, date and enum path/query parameters, refusing a malformed value with a 400 that names
 * the parameter and what it accepts (the REST layer would otherwise answer a bare 404).
 */
@Provider
public class StrictParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String parameter = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<UUID>(parameter, "is not a valid UUID", value -> {
                if (value.length() != 36) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(value);
            });
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(parameter, "is not a whole number", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(parameter, "is not a whole number", Long::valueOf);
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            // Boolean.valueOf would read "maybe" as false
            return (ParamConverter<T>) new Strict<>(parameter, "is not true or false", value -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException();
                }
                return Boolean.valueOf(value);
            });
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) new Strict<>(parameter, "is not a decimal number", BigDecimal::new);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(parameter, "is not a valid date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Strict<>(parameter, "is not one of " + allowed,
                    value -> Enum.valueOf(type, value));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return "parameter";
    }

    private record Strict<V>(String parameter, String reason, Function<String, V> parse) implements ParamConverter<V> {
        @Override
        public V fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidParameterException(parameter, "'" + value + "' " + reason);
            }
        }

        @Override
        public String toString(V value) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
    }
}
