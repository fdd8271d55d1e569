package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.strict.StreamedBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Proxied requests stream their bodies to the service, which reads them itself. */
@ApplicationScoped
public class RoutedBodies implements StreamedBodies {
    @Inject
    RoutesConfig routes;

    @Override
    public boolean streams(String path) {
        return routes.services().values().stream()
                .anyMatch(route -> route.prefixes().stream().anyMatch(p -> path.startsWith(p.strip())));
    }
}
