package cn.shenyang.grassroots.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be converted. It is a {@link BadRequestException} so the
 * REST layer passes it through as thrown (it would turn other failures into a bare 404).
 */
public class InvalidParameterException extends BadRequestException {
    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() { return parameter; }
    public String reason() { return reason; }
}
