package cn.shenyang.grassroots.platform.strict;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters as every endpoint reads them: a query parameter the endpoint does not
 * declare is refused with the list of those it does (a typo such as {@code villageId} for
 * {@code orgUnitId} would otherwise return the whole scope unfiltered), and no parameter may carry
 * a control character. Names starting with {@code _} are let through for cache-busters. A body
 * sent without a Content-Type to an operation that names the types it consumes is refused with
 * those types (415), rather than matched as if it were one of them.
 */
public class StrictParameters {
    /** The declared query parameters of each endpoint method, read once by reflection. */
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();
    /** The media types each endpoint method consumes ({@code @Consumes} on it or its class); empty when it names none. */
    private static final Map<Method, List<String>> CONSUMES = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 100)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getPathParameters().entrySet()) {
            for (String value : p.getValue()) {
                ControlCharacters.refuse(p.getKey(), value);
            }
        }
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            List<String> consumed = CONSUMES.computeIfAbsent(method, StrictParameters::consumed);
            if (!consumed.isEmpty() && (hasBody(request) || onlyFiles(consumed))) {
                throw ProblemException.unsupportedMediaType(
                        "The body has no Content-Type; this operation takes " + String.join(", ", consumed));
            }
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, StrictParameters::declaredQueryParameters);
        for (Map.Entry<String, List<String>> q : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = q.getKey();
            ControlCharacters.refuse("query parameter", name);
            if (!declared.contains(name) && !name.startsWith("_")) {
                throw ProblemException.invalid(name, declared.isEmpty()
                        ? "is not a parameter of this operation, which takes no query parameters"
                        : "is not a parameter of this operation; it accepts " + String.join(", ", declared));
            }
            for (String value : q.getValue()) {
                ControlCharacters.refuse(name, value);
            }
        }
    }

    /** A body is announced by a non-zero Content-Length or by chunked transfer. */
    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.strip().equals("0") : request.getHeaderString("Transfer-Encoding") != null;
    }

    /** An operation that takes only files (CSV, NDJSON, multipart) cannot tell how to read even an empty body. */
    private static boolean onlyFiles(List<String> consumed) {
        return consumed.stream().noneMatch(t -> t.startsWith(MediaType.APPLICATION_JSON)
                || t.startsWith(MediaType.APPLICATION_FORM_URLENCODED) || t.equals(MediaType.WILDCARD));
    }

    static List<String> consumed(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? List.of() : List.of(consumes.value());
    }

    static Set<String> declaredQueryParameters(Method method) {
        SortedSet<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation a : annotations[i]) {
                collect(a, parameters[i].getName(), parameters[i].getType(), names);
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }

    /** Query parameters named by one annotation; a bean parameter's fields are read in turn. */
    private static void collect(Annotation a, String javaName, Class<?> type, Set<String> names) {
        if (a instanceof QueryParam q) {
            names.add(q.value());
        } else if (a instanceof RestQuery q) {
            names.add(q.value().isEmpty() ? javaName : q.value());
        } else if (a instanceof BeanParam) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    for (Annotation fa : f.getAnnotations()) {
                        collect(fa, f.getName(), f.getType(), names);
                    }
                }
            }
        }
    }
}
