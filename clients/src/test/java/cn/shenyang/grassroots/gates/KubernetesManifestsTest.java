package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes base (deploy/kubernetes/base) is what the build generates: a setting changed in a
 * service's configuration and not copied with deploy/kubernetes/update fails here, instead of
 * deploying something else than the code says.
 */
class KubernetesManifestsTest {
    static final List<String> MODULES = List.of("org-structure-service", "gateway", "volunteer-service",
            "cadre-pipeline-service", "rural-industry-service");

    @Test
    void theCommittedBaseIsWhatTheBuildGenerates() throws Exception {
        List<String> differing = new ArrayList<>();
        for (String module : MODULES) {
            Path generated = Path.of("..", module, "target", "kubernetes", "kubernetes.yml");
            Path committed = Path.of("..", "deploy", "kubernetes", "base", module + ".yml");
            if (!Files.exists(generated)) {
                differing.add(module + ": not generated (build the module first)");
            } else if (!Files.exists(committed) || !lines(generated).equals(lines(committed))) {
                differing.add(module + ": " + committed + " differs from " + generated + "; run deploy/kubernetes/update");
            }
        }
        assertEquals(List.of(), differing);
    }

    /**
     * The file's lines, sorted: quarkus-kubernetes does not keep the order of a container's ports
     * from one build to the next, and any change of a setting still changes a line.
     */
    private static List<String> lines(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
