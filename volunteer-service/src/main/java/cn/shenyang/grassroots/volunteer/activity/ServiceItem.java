package cn.shenyang.grassroots.volunteer.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One service offered at an activity or fair (free haircuts, legal advice, blood-pressure checks…). */
@Entity
@Table(name = "service_item")
public class ServiceItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "activity_id")
    public UUID activityId;

    public int seq;

    public String name;

    public String provider;

    public String description;
}
