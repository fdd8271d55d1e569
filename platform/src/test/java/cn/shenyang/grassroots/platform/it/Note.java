package cn.shenyang.grassroots.platform.it;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class Note extends Audited {
    @Id
    public UUID id;

    public String text;
}
