package cn.shenyang.grassroots.platform.orgreplica;

import java.util.UUID;

/** An org unit as a service's replica holds it. */
public record ReplicaUnit(UUID id, UUID parentId, String path, String level, String name, String status) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
