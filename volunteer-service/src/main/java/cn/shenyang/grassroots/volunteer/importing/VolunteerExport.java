package cn.shenyang.grassroots.volunteer.importing;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.privacy.Masking;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.support.CsvText;
import cn.shenyang.grassroots.volunteer.volunteer.Skill;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * The CSV export of a filtered list of volunteers, streamed from a database cursor (2,000 rows at a
 * time) straight to the response: memory stays flat however many rows there are. The header is the
 * import's columns plus export-only ones the import ignores; phone and ID number are masked for
 * roles that may not read them.
 */
@ApplicationScoped
public class VolunteerExport {
    static final String HEADER = "id,name,gender,birthDate,phone,idNumber,homeCommunityId,homeCommunityName,partyMember,skills,"
            + "status,registeredOn,totalHours,starLevel";
    /** ?1 the caller's scope, ?2 the orgUnitId filter's path (or the scope again), then each optional filter twice. */
    private static final String ROWS = """
            select v.id, v.name, v.gender, v.birth_date, v.phone, v.id_number, v.home_community_id, u.name, v.party_member,
                   v.skills, v.status, v.registered_on,
                   coalesce((select sum(h.hours) from volunteer_year_hours h where h.volunteer_id = v.id), 0),
                   coalesce((select max(s.stars) from volunteer_star s where s.volunteer_id = v.id), 0)
            from volunteer v join org_unit_replica u on u.id = v.home_community_id
            where u.path <@ cast(? as ltree) and u.path <@ cast(? as ltree)
              and (cast(? as varchar) is null or v.status = ?)
              and (cast(? as boolean) is null or v.party_member = ?)
              and (cast(? as varchar) is null or ? = any(string_to_array(v.skills, ',')))
              and (cast(? as varchar) is null or v.name ilike ?)
            order by v.name, v.id""";

    @Inject
    AgroalDataSource db;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    /** Resolves the scope and filters now, on the request; the rows are read while the response is written. */
    public StreamingOutput export(UUID orgUnitId, VolunteerStatus status, Boolean partyMember, Skill skill, String q) {
        String scope = Scopes.of(caller);
        String within = orgUnitId == null ? scope : orgUnits.requireField(orgUnitId, "orgUnitId").path();
        boolean personal = caller.mayReadPersonalData();
        String pattern = q == null || q.isBlank() ? null : Where.contains(q);
        return out -> {
            if (scope == null) {
                out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                try (PreparedStatement s = c.prepareStatement(ROWS)) {
                    s.setFetchSize(2_000);
                    s.setString(1, scope);
                    s.setString(2, within);
                    s.setString(3, status == null ? null : status.name());
                    s.setString(4, status == null ? null : status.name());
                    s.setObject(5, partyMember, Types.BOOLEAN);
                    s.setObject(6, partyMember, Types.BOOLEAN);
                    s.setString(7, skill == null ? null : skill.name());
                    s.setString(8, skill == null ? null : skill.name());
                    s.setString(9, pattern);
                    s.setString(10, pattern);
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    w.write(HEADER);
                    w.write('\n');
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            row(w, rs, personal);
                        }
                    }
                    w.flush();
                } finally {
                    c.rollback();
                }
            } catch (SQLException e) {
                throw new IOException("The export could not be read from the database", e);
            }
        };
    }

    private static void row(Writer w, ResultSet rs, boolean personal) throws IOException, SQLException {
        String phone = rs.getString(5);
        String idNumber = rs.getString(6);
        String skills = rs.getString(10);
        w.write(rs.getString(1));
        w.write(',');
        w.write(CsvText.field(rs.getString(2)));
        w.write(',');
        w.write(rs.getString(3));
        w.write(',');
        w.write(rs.getString(4));
        w.write(',');
        w.write(CsvText.field(personal ? phone : Masking.phone(phone)));
        w.write(',');
        w.write(CsvText.field(personal ? idNumber : Masking.idNumber(idNumber)));
        w.write(',');
        w.write(rs.getString(7));
        w.write(',');
        w.write(CsvText.field(rs.getString(8)));
        w.write(',');
        w.write(Boolean.toString(rs.getBoolean(9)));
        w.write(',');
        w.write(skills == null ? "" : skills.replace(',', ';'));
        w.write(',');
        w.write(rs.getString(11));
        w.write(',');
        w.write(rs.getString(12));
        w.write(',');
        w.write(rs.getBigDecimal(13).setScale(1).toPlainString());
        w.write(',');
        w.write(Integer.toString(rs.getInt(14)));
        w.write('\n');
    }
}
