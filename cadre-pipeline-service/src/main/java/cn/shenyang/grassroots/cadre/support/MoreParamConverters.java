package cn.shenyang.grassroots.cadre.support;

import cn.shenyang.grassroots.platform.problem.InvalidParameterException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code ?asOf=2026-13-01}, {@code ?referenceBonus=lots} or {@code ?current=maybe} answers a 400
 * naming the parameter; the REST layer would otherwise answer a bare 404 (or read "maybe" as
 * false). The platform's strict converter covers UUIDs, whole numbers and enums only.
 */
@Provider
public class MoreParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class && rawType != BigDecimal.class && rawType != Boolean.class) {
            return null;
        }
        String parameter = "parameter";
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                parameter = q.value();
            } else if (a instanceof PathParam p) {
                parameter = p.value();
            }
        }
        String name = parameter;
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new ParamConverter<Boolean>() {
                @Override
                public Boolean fromString(String value) {
                    if (value == null || value.isEmpty()) {
                        return null;
                    }
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new InvalidParameterException(name, "'" + value + "' is not true or false");
                    }
                    return Boolean.valueOf(value);
                }

                @Override
                public String toString(Boolean value) {
                    return value.toString();
                }
            };
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) new ParamConverter<BigDecimal>() {
                @Override
                public BigDecimal fromString(String value) {
                    if (value == null || value.isEmpty()) {
                        return null;
                    }
                    try {
                        return new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        throw new InvalidParameterException(name, "'" + value + "' is not a decimal number");
                    }
                }

                @Override
                public String toString(BigDecimal value) {
                    return value.toPlainString();
                }
            };
        }
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidParameterException(name, "'" + value + "' is not a valid date (YYYY-MM-DD)");
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }
}
