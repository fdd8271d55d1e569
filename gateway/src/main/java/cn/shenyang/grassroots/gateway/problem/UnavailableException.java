package cn.shenyang.grassroots.gateway.problem;

import cn.shenyang.grassroots.platform.problem.ProblemException;

/** 503: something the gateway depends on is not there yet; the same request may succeed later. */
public class UnavailableException extends ProblemException {
    public UnavailableException(String detail) {
        super(503, "service-unavailable", "Service unavailable", detail, null);
    }
}
