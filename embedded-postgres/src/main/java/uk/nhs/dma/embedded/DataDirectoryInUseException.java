package uk.nhs.dma.embedded;

import java.nio.file.Path;

/** Another running instance of the service holds the data directory; starting a second one would corrupt it. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDir;

    public DataDirectoryInUseException(Path dataDir, String holderPid) {
        super("The data directory " + dataDir + " is in use by another running instance of the service (pid "
                + holderPid + "): stop that instance first, or set ASSESSMENT_DATA_DIR to another directory");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }

}
