package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Rules of the training ledger; the only writer of {@link TrainingRecord}. */
@ApplicationScoped
public class TrainingService implements CurrentVersion {
    @Inject
    CadreLookup cadres;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public TrainingRecord create(TrainingRequests.CreateTrainingRecord r) {
        ReserveCadre c = cadres.requireInPoolField(r.cadreId(), "cadreId", "Training records");
        requireDates(r.startsOn(), r.endsOn());
        TrainingRecord t = new TrainingRecord();
        t.id = UUID.randomUUID();
        t.cadreId = c.id;
        apply(t, r.kind(), r.title(), r.provider(), r.startsOn(), r.endsOn(), r.hours());
        t.created(caller.name(), clock);
        t.persist();
        return t;
    }

    @Transactional
    public TrainingRecord update(UUID id, String ifMatch, TrainingRequests.UpdateTrainingRecord r) {
        TrainingRecord t = require(id);
        Versions.requireMatch(ifMatch, t.version);
        requireDates(r.startsOn(), r.endsOn());
        apply(t, r.kind(), r.title(), r.provider(), r.startsOn(), r.endsOn(), r.hours());
        t.touched(caller.name(), clock);
        return t;
    }

    public TrainingRecord require(UUID id) {
        TrainingRecord t = TrainingRecord.findById(id);
        if (t == null || !cadres.visible(t.cadreId)) {
            throw ProblemException.notFound("Training record", id);
        }
        return t;
    }

    private static void requireDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    private static void apply(TrainingRecord t, TrainingKind kind, String title, String provider, LocalDate startsOn,
            LocalDate endsOn, java.math.BigDecimal hours) {
        t.kind = kind;
        t.title = title.strip();
        t.provider = provider;
        t.startsOn = startsOn;
        t.endsOn = endsOn;
        t.hours = hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}
