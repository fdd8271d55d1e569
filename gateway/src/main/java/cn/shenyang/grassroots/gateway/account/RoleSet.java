package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.security.Roles;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Roles as stored (comma-separated, in rank order) and ranked ({@link Roles#BY_RANK}, 0 = strongest). */
public final class RoleSet {
    private RoleSet() {}

    public static String join(Collection<String> roles) {
        return String.join(",", sorted(roles));
    }

    public static List<String> split(String roles) {
        return roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(","));
    }

    public static List<String> sorted(Collection<String> roles) {
        return roles.stream().distinct().sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    public static boolean known(String role) {
        return Roles.BY_RANK.contains(role);
    }

    public static int rank(String role) {
        int i = Roles.BY_RANK.indexOf(role);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The rank of the strongest role in the set. */
    public static int strongest(Collection<String> roles) {
        return roles.stream().mapToInt(RoleSet::rank).min().orElse(Integer.MAX_VALUE);
    }

    /** Only these roles may see the whole tree without an org unit (Claims.ORG_PATH absent). */
    public static boolean mayBeUnscoped(Collection<String> roles) {
        return roles.contains(Roles.ADMIN) || roles.contains(Roles.INTEGRATION);
    }
}
