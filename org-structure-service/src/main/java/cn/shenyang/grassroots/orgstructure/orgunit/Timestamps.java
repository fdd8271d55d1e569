package cn.shenyang.grassroots.orgstructure.orgunit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz column as a native query returns it (an OffsetDateTime, Timestamp or Instant), in UTC. */
public final class Timestamps {
    private Timestamps() {}

    public static OffsetDateTime utc(Object timestamp) {
        if (timestamp instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (timestamp instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return ((Instant) timestamp).atOffset(ZoneOffset.UTC);
    }
}
