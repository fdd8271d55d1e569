package cn.shenyang.grassroots.cadre.reserve;

import java.time.LocalDate;
import java.util.UUID;

/** Fired inside the REMOVE transaction, so what hangs on a pool membership (mentorships) ends with it. */
public record CadreLeftPool(UUID cadreId, LocalDate on) {}
