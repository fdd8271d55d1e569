package cn.shenyang.grassroots.platform.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON as every service reads it: a key that appears twice in one object is refused instead of the
 * last one silently winning, and no string may carry a control character. (Unknown properties are
 * refused by {@code quarkus.jackson.fail-on-unknown-properties}.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new CleanStrings()));
    }

    /** Jackson's own string reading, then the control-character check; the mapper names the field. */
    static final class CleanStrings extends StdScalarDeserializer<String> {
        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (ControlCharacters.present(value)) {
                throw new ControlCharacterException(p);
            }
            return value;
        }
    }

    /** A string with a control character; its path (set by Jackson) names the field. */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p) {
            super(p, ControlCharacters.MESSAGE, null, String.class);
        }
    }
}
