package cn.shenyang.grassroots.platform.time;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Timestamps written as Jackson writes them (ISO 8601, {@code 2026-11-28T23:36:38.828123Z}), without
 * its formatter: a page of 50 units spent 40 % of its JSON writing in {@code DateTimeFormatter}
 * (which builds a BigDecimal for every fraction of a second). UTC values of years 0–9999, the ones
 * every service stores, are written here digit by digit; anything else, and any property with a
 * {@code @JsonFormat}, goes to Jackson's own serializer.
 */
@Singleton
public class TimestampJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus has registered Jackson's own time module: the module registered last wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("utc-timestamps").addSerializer(OffsetDateTime.class, new Utc()));
    }

    static final class Utc extends StdSerializer<OffsetDateTime> implements ContextualSerializer {
        Utc() {
            super(OffsetDateTime.class);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonFormat.Value format = findFormatOverrides(provider, property, OffsetDateTime.class);
            boolean customised = format != null && (format.hasPattern() || format.hasShape() || format.hasTimeZone()
                    || format.hasLocale() || format.hasLenient());
            return customised ? OffsetDateTimeSerializer.INSTANCE.createContextual(provider, property) : this;
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!value.getOffset().equals(ZoneOffset.UTC) || value.getYear() < 0 || value.getYear() > 9999
                    || provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    || provider.getConfig().hasExplicitTimeZone()) {
                OffsetDateTimeSerializer.INSTANCE.serialize(value, gen, provider);
                return;
            }
            char[] text = new char[30];
            int n = 0;
            n = digits(text, n, value.getYear(), 4);
            text[n++] = '-';
            n = digits(text, n, value.getMonthValue(), 2);
            text[n++] = '-';
            n = digits(text, n, value.getDayOfMonth(), 2);
            text[n++] = 'T';
            n = digits(text, n, value.getHour(), 2);
            text[n++] = ':';
            n = digits(text, n, value.getMinute(), 2);
            text[n++] = ':';
            n = digits(text, n, value.getSecond(), 2);
            int nano = value.getNano();
            if (nano != 0) {
                // as DateTimeFormatter's fraction: nine digits less their trailing zeros
                int width = 9;
                while (nano % 10 == 0) {
                    nano /= 10;
                    width--;
                }
                text[n++] = '.';
                n = digits(text, n, nano, width);
            }
            text[n++] = 'Z';
            gen.writeString(text, 0, n);
        }

        private static int digits(char[] text, int at, int value, int width) {
            for (int i = at + width - 1; i >= at; i--) {
                text[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            return at + width;
        }
    }
}
