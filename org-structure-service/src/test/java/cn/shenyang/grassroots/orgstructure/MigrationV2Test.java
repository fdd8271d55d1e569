package cn.shenyang.grassroots.orgstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V2 on a database that V1 made and filled as the old service did: existing units take
 * the finer levels, each reclassified one with a new version and an UPDATED feed entry (so
 * replicas follow), and the roll-ups start out equal to the tree.
 */
class MigrationV2Test {
    private final Map<String, UUID> ids = new LinkedHashMap<>();

    @Test
    void existingUnitsAreReclassifiedAnnouncedAndRolledUp() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresResource.shared();
        String database = "migration_v2_" + System.nanoTime();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        DataSource ds = pg.getDatabase("postgres", database);
        flyway(ds).target("1").load().migrate();
        try (Connection c = ds.getConnection()) {
            unit(c, "沈阳市", "CITY", null, "1", "2101");
            unit(c, "苏家屯区", "DISTRICT", "沈阳市", "1.2", "210111");
            unit(c, "康平县", "DISTRICT", "沈阳市", "1.3", "210123");
            unit(c, "岫岩满族自治县", "DISTRICT", "沈阳市", "1.4", null);
            unit(c, "新民市", "COUNTY_CITY", "沈阳市", "1.5", "210181");
            unit(c, "兴隆堡镇", "TOWNSHIP", "新民市", "1.5.6", "2101819001");
            unit(c, "红旗乡", "TOWNSHIP", "新民市", "1.5.7", "210181205");
            unit(c, "梁山", "TOWNSHIP", "新民市", "1.5.8", "210181102");
            unit(c, "老街", "TOWNSHIP", "新民市", "1.5.9", null);
            unit(c, "解放街道", "SUBDISTRICT", "苏家屯区", "1.2.10", null);
            unit(c, "兴隆堡村", "VILLAGE", "兴隆堡镇", "1.5.6.11", null);
            unit(c, "红旗村", "VILLAGE", "红旗乡", "1.5.7.12", null);
            unit(c, "育林社区", "COMMUNITY", "解放街道", "1.2.10.13", null);
            try (Statement s = c.createStatement()) {
                s.execute("update org_unit set status = 'DISSOLVED' where name = '红旗村'");
                s.execute("select setval('org_unit_node_seq', 13)");
            }
        }

        flyway(ds).load().migrate();

        try (Connection c = ds.getConnection()) {
            assertEquals(Map.ofEntries(
                    Map.entry("沈阳市", "CITY 0"), Map.entry("苏家屯区", "DISTRICT 0"), Map.entry("康平县", "COUNTY 1"),
                    Map.entry("岫岩满族自治县", "AUTONOMOUS_COUNTY 1"), Map.entry("新民市", "COUNTY_CITY 0"),
                    Map.entry("兴隆堡镇", "TOWN 1"), Map.entry("红旗乡", "TOWNSHIP 0"), Map.entry("梁山", "TOWN 1"),
                    Map.entry("老街", "TOWNSHIP 0"), Map.entry("解放街道", "SUBDISTRICT 0"), Map.entry("兴隆堡村", "VILLAGE 0"),
                    Map.entry("红旗村", "VILLAGE 0"), Map.entry("育林社区", "COMMUNITY 0")),
                    query(c, "select name, level || ' ' || version from org_unit"));
            assertEquals(Map.of("康平县", "UPDATED COUNTY 1", "岫岩满族自治县", "UPDATED AUTONOMOUS_COUNTY 1",
                    "兴隆堡镇", "UPDATED TOWN 1", "梁山", "UPDATED TOWN 1"),
                    query(c, "select name, change_type || ' ' || level || ' ' || version from org_unit_change"));
            assertEquals(Map.ofEntries(
                    Map.entry("1 DISTRICT", "1 0"), Map.entry("1 COUNTY", "1 0"), Map.entry("1 AUTONOMOUS_COUNTY", "1 0"),
                    Map.entry("1 COUNTY_CITY", "1 0"), Map.entry("1 TOWN", "2 0"), Map.entry("1 TOWNSHIP", "2 0"),
                    Map.entry("1 SUBDISTRICT", "1 0"), Map.entry("1 VILLAGE", "1 1"), Map.entry("1 COMMUNITY", "1 0"),
                    Map.entry("2 SUBDISTRICT", "1 0"), Map.entry("2 COMMUNITY", "1 0"), Map.entry("10 COMMUNITY", "1 0"),
                    Map.entry("5 TOWN", "2 0"), Map.entry("5 TOWNSHIP", "2 0"), Map.entry("5 VILLAGE", "1 1"),
                    Map.entry("6 VILLAGE", "1 0"), Map.entry("7 VILLAGE", "0 1")),
                    query(c, "select node_no || ' ' || level, active || ' ' || dissolved from org_unit_rollup"));
            List<Long> blocks = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select nextval('org_unit_node_seq') from generate_series(1, 2)")) {
                while (rs.next()) {
                    blocks.add(rs.getLong(1));
                }
            }
            assertEquals(List.of(13L + 1024, 13L + 2048), blocks, "node numbers now come in blocks of 1024");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/platform", "classpath:db/migration");
    }

    private void unit(Connection c, String name, String level, String parent, String path, String code) throws Exception {
        UUID id = UUID.randomUUID();
        ids.put(name, id);
        try (PreparedStatement s = c.prepareStatement("""
                insert into org_unit (id, node_no, name, level, parent_id, path, division_code, status, version,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, cast(? as ltree), ?, 'ACTIVE', 0, now(), 'v1', now(), 'v1')""")) {
            s.setObject(1, id);
            s.setLong(2, Long.parseLong(path.substring(path.lastIndexOf('.') + 1)));
            s.setString(3, name);
            s.setString(4, level);
            s.setObject(5, parent == null ? null : ids.get(parent));
            s.setString(6, path);
            s.setString(7, code);
            s.executeUpdate();
        }
    }

    private static Map<String, String> query(Connection c, String sql) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }
}
