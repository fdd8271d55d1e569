package cn.shenyang.grassroots.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path app;

    @Test
    void aFreshBuildRecordsItsClassesWhenTheServiceStops() throws Exception {
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        assertEquals("-XX:ArchiveClassesAtExit=app-cds.jsa", SuiteLauncher.classDataArchive(app));
    }

    @Test
    void anArchiveMadeAfterTheBuildIsMapped() throws Exception {
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.writeString(app.resolve("app-cds.jsa"), "archive");
        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.from(Instant.parse("2026-11-28T10:00:00Z")));
        Files.setLastModifiedTime(app.resolve("app-cds.jsa"), FileTime.from(Instant.parse("2026-11-28T10:05:00Z")));
        assertEquals("-XX:SharedArchiveFile=app-cds.jsa", SuiteLauncher.classDataArchive(app));
    }

    @Test
    void anArchiveOfAnEarlierBuildIsDroppedAndRecordedAgain() throws Exception {
        Files.writeString(app.resolve("app-cds.jsa"), "archive");
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(app.resolve("app-cds.jsa"), FileTime.from(Instant.parse("2026-11-28T10:00:00Z")));
        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.from(Instant.parse("2026-11-28T10:05:00Z")));
        assertEquals("-XX:ArchiveClassesAtExit=app-cds.jsa", SuiteLauncher.classDataArchive(app));
        assertFalse(Files.exists(app.resolve("app-cds.jsa")));
    }
}
