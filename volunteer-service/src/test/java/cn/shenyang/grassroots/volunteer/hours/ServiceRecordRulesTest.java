package cn.shenyang.grassroots.volunteer.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRecordRulesTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T12:00:00+08:00");
    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-03-09T09:00:00+08:00");

    private static List<String> fields(String start, String end, String hours) {
        return ServiceRecordRules.check(OffsetDateTime.parse(start), OffsetDateTime.parse(end), new BigDecimal(hours), NOW)
                .stream().map(ServiceRecordRules.Violation::field).toList();
    }

    @Test
    void hoursComeInHalfHourStepsUpToTheTimeServed() {
        assertEquals(List.of(), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "3"));
        assertEquals(List.of(), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "2.5"));
        assertEquals(List.of(), fields("2026-03-09T09:00+08:00", "2026-03-09T09:30+08:00", "0.5"));
        assertEquals(List.of("hours"), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "2.25"));
        assertEquals(List.of("hours"), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "0"));
        assertEquals(List.of("hours"), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "-1"));
        // travel is not service: 3.5 h claimed for a 3 h window
        assertEquals(List.of("hours"), fields("2026-03-09T09:00+08:00", "2026-03-09T12:00+08:00", "3.5"));
        // 2 h 59 min of presence is not 3 h of service
        assertEquals(List.of("hours"), fields("2026-03-09T09:00+08:00", "2026-03-09T11:59+08:00", "3"));
    }

    @Test
    void aServiceEndsAfterItStartsWithinADayAndNotInTheFuture() {
        assertEquals(List.of("endedAt"), fields("2026-03-09T09:00+08:00", "2026-03-09T09:00+08:00", "0.5"));
        assertEquals(List.of("endedAt"), fields("2026-03-09T09:00+08:00", "2026-03-09T08:00+08:00", "0.5"));
        assertEquals(List.of(), fields("2026-03-08T09:00+08:00", "2026-03-09T09:00+08:00", "24"));
        assertEquals(List.of("endedAt"), fields("2026-03-08T09:00+08:00", "2026-03-09T09:30+08:00", "24"));
        assertEquals(List.of(), fields("2026-03-10T09:00+08:00", "2026-03-10T12:00+08:00", "3"));
        assertEquals(List.of("endedAt"), fields("2026-03-10T10:00+08:00", "2026-03-10T12:30+08:00", "2"));
    }

    @Test
    void backToBackServicesDoNotOverlap() {
        OffsetDateTime ten = NINE.plusHours(1);
        OffsetDateTime eleven = NINE.plusHours(2);
        assertFalse(ServiceRecordRules.overlap(NINE, ten, ten, eleven));
        assertFalse(ServiceRecordRules.overlap(ten, eleven, NINE, ten));
        assertTrue(ServiceRecordRules.overlap(NINE, ten.plusMinutes(1), ten, eleven));
        assertTrue(ServiceRecordRules.overlap(NINE, eleven, ten, ten.plusMinutes(1)));
        assertTrue(ServiceRecordRules.overlap(NINE, ten, NINE, ten));
        // the same instant written in another zone is the same moment
        assertTrue(ServiceRecordRules.overlap(NINE, ten, OffsetDateTime.parse("2026-03-09T01:30:00Z"), eleven));
    }
}
