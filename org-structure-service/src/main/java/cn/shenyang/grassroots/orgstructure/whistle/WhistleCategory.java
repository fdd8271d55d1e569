package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.UUID;

/** A kind of whistle with its deadlines per urgency. Only {@link WhistleCategoryService} writes it. */
@Entity
@Table(name = "whistle_category")
public class WhistleCategory extends Audited {
    @Id
    public UUID id;

    public String name;

    public String description;

    @Column(name = "urgent_check_in_hours")
    public int urgentCheckInHours;

    @Column(name = "urgent_resolve_days")
    public int urgentResolveDays;

    @Column(name = "ordinary_check_in_hours")
    public int ordinaryCheckInHours;

    @Column(name = "ordinary_resolve_days")
    public int ordinaryResolveDays;

    @Column(name = "complex_check_in_hours")
    public int complexCheckInHours;

    @Column(name = "complex_resolve_days")
    public int complexResolveDays;

    /** How long after a dispatch each department has to check in. */
    public Duration checkIn(Urgency urgency) {
        return Duration.ofHours(switch (urgency) {
            case URGENT -> urgentCheckInHours;
            case ORDINARY -> ordinaryCheckInHours;
            case COMPLEX -> complexCheckInHours;
        });
    }

    /** How long after a dispatch the lead department has to report a result. */
    public Duration resolve(Urgency urgency) {
        return Duration.ofDays(switch (urgency) {
            case URGENT -> urgentResolveDays;
            case ORDINARY -> ordinaryResolveDays;
            case COMPLEX -> complexResolveDays;
        });
    }
}
