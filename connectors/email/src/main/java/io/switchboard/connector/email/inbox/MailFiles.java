package io.switchboard.connector.email.inbox;

import io.switchboard.connector.email.reading.MailFile;
import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.UploadedFile;
import io.switchboard.core.inbound.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mail's files kept through core's {@link Attachments}, and taken back when the mail itself could not be stored.
 *
 * <p>Why files first and then the event, and why taken back: the stored event must name its files
 * ({@code stored:<id>}), so they are stored before it; storing them after would leave a window in which the event
 * is committed (the mail then marked seen, and never read again) but its files are not, and a failure there would
 * lose them. The other side of that order is that a failed event leaves files nothing names, and the mail is read
 * again at the next poll and its files stored anew: so when the event was not stored, the files of that attempt are
 * deleted again ({@link #forget}), and every mail keeps exactly one copy of each file. Only a process dying between
 * the two leaves unnamed rows behind, never a file twice in a thread, never a file lost.
 */
final class MailFiles {

    private static final Logger log = LoggerFactory.getLogger(MailFiles.class);

    private final Attachments attachments;
    private final int maxFiles;
    private final JdbcTemplate jdbc;

    MailFiles(Attachments attachments, int maxFiles, JdbcTemplate jdbc) {
        this.attachments = attachments;
        this.maxFiles = maxFiles;
        this.jdbc = jdbc;
    }

    /**
     * Each file on its own, so that one refused file (too large, a type not taken) costs only itself: it is
     * named in {@code notes} for staff instead. Beyond the number of files a message may carry the rest are noted too.
     */
    List<Attachment> store(List<MailFile> files, String sender, List<String> notes) {
        List<Attachment> stored = new ArrayList<>();
        for (MailFile file : files) {
            String name = file.filename() == null ? "(no name)" : file.filename();
            if (stored.size() >= maxFiles) {
                notes.add("[attachment " + name + " not kept: more than " + maxFiles + " files]");
                continue;
            }
            try {
                stored.add(attachments.storeAll(List.of(new UploadedFile(file.filename(), file.bytes())), sender)
                        .get(0).reference());
            } catch (AttachmentRefusedException e) {
                notes.add("[attachment " + name + " not kept: " + e.getMessage() + "]");
            }
        }
        return stored;
    }

    /** Deletes files stored for a message that was then not stored: the next reading of the mail stores them again. */
    void forget(List<Attachment> files) {
        for (Attachment file : files) {
            OptionalLong id = Attachments.idOf(file.fileId());
            if (id.isEmpty()) {
                continue;
            }
            try {
                jdbc.update("delete from attachment where id = ?", id.getAsLong());
            } catch (RuntimeException e) {
                // the database that refused the event may refuse this too: an unnamed row is left, nothing is lost
                log.warn("Could not delete file {} of a mail that was not stored: {}", file.fileId(), e.getMessage());
            }
        }
    }
}
