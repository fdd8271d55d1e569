package cn.shenyang.grassroots.orgstructure.division;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the service has not the memory to synchronise are refused with a 413 before they are read. */
class DivisionMemoryTest {
    @Test
    void filesBeyondTheHeapAreRefusedAndTheAnswerSaysWhatToDo(@TempDir Path dir) throws Exception {
        List<Path> files = List.of(Files.write(dir.resolve("streets.csv"), new byte[400]),
                Files.write(dir.resolve("villages.csv"), new byte[600]));
        assertDoesNotThrow(() -> DivisionSyncService.refuseBeyondMemory(files, false, 20_000));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> DivisionSyncService.refuseBeyondMemory(files, false, 19_999));
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("1,000 bytes of division files"), refused.getMessage());
        assertTrue(refused.getMessage().contains("SUITE_SERVICE_HEAP"), refused.getMessage());
        // one subtree: every row is still read, but neither the stored country nor a country-wide plan is held
        assertDoesNotThrow(() -> DivisionSyncService.refuseBeyondMemory(files, true, 6_000));
        assertEquals(413, assertThrows(ProblemException.class,
                () -> DivisionSyncService.refuseBeyondMemory(files, true, 5_999)).status());
    }
}
