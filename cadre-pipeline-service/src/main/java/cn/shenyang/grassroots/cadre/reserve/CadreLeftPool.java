package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the step that takes a cadre out of the pool (REMOVE or ELECT), dated the day it
 * happened, so what hangs on a pool membership ends with it: mentorships end, an election is recorded.
 */
public record CadreLeftPool(UUID cadreId, LocalDate on, Stage exit, Committee committee, String note) {}
