package io.switchboard.core.attachment;

import io.switchboard.core.text.Sha256;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The files users attach, kept in the database: every file of a message is checked (how many, each one's
 * real type by its bytes, its size) before any is stored, so a message with one bad file stores none; images
 * are stored without the metadata that could say where they were taken.
 */
@Service
public class Attachments {

    /** How a thread message's attachment names a file kept here: {@code stored:42}. */
    static final String FILE_ID_PREFIX = "stored:";

    private static final RowMapper<StoredAttachment> META = (row, n) -> new StoredAttachment(
            row.getLong("id"), row.getString("filename"), row.getString("content_type"), row.getLong("size"));

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;
    private final AttachmentsProperties limits;
    private final Clock clock;

    Attachments(JdbcTemplate jdbc, AttachmentsProperties limits, Clock clock) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("attachment").usingGeneratedKeyColumns("id")
                .usingColumns("filename", "content_type", "size", "sha256", "bytes", "uploaded_by", "created_at");
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Checks every file, then stores them all, in order.
     *
     * @param uploadedBy who sent them (an account's name, or a visitor's e-mail), for staff
     * @throws AttachmentRefusedException when there are too many files or any one is empty, too large, not a
     *     PNG, JPEG, WebP or PDF, or an image too broken to strip; nothing is stored then
     */
    @Transactional
    public List<StoredAttachment> storeAll(List<UploadedFile> files, String uploadedBy) {
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        List<Checked> checked = check(files);
        List<StoredAttachment> stored = new ArrayList<>(checked.size());
        Timestamp now = Timestamp.from(clock.instant());
        for (Checked file : checked) {
            byte[] bytes = file.bytes();
            String filename = AttachmentFilename.of(file.upload().filename(), file.type());
            Number id = insert.executeAndReturnKey(new MapSqlParameterSource()
                    .addValue("filename", filename)
                    .addValue("content_type", file.type().contentType())
                    .addValue("size", bytes.length)
                    .addValue("sha256", Sha256.hex(bytes))
                    .addValue("bytes", bytes)
                    .addValue("uploaded_by", uploadedBy)
                    .addValue("created_at", now));
            stored.add(new StoredAttachment(id.longValue(), filename, file.type().contentType(), bytes.length));
        }
        return List.copyOf(stored);
    }

    /** A stored file and its bytes. */
    @Transactional(readOnly = true)
    public Optional<AttachmentContent> content(long id) {
        return jdbc.query("select id, filename, content_type, size, bytes from attachment where id = ?",
                (row, n) -> new AttachmentContent(META.mapRow(row, n), row.getBytes("bytes")), id).stream().findFirst();
    }

    /** The id in a thread message's file id {@code stored:42}; empty for a platform's file or anything else. */
    public static OptionalLong idOf(String fileId) {
        if (fileId == null || !fileId.startsWith(FILE_ID_PREFIX)) {
            return OptionalLong.empty();
        }
        String digits = fileId.substring(FILE_ID_PREFIX.length());
        if (!digits.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    private List<Checked> check(List<UploadedFile> files) {
        if (files.size() > limits.maxFiles()) {
            throw new AttachmentRefusedException("attachment.count",
                    files.size() + " files, at most " + limits.maxFiles() + " allowed", limits.maxFiles());
        }
        List<Checked> checked = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            FileType type = typeOf(file);
            checked.add(new Checked(file, type, withoutMetadata(file, type)));
        }
        return checked;
    }

    private FileType typeOf(UploadedFile file) {
        String name = AttachmentFilename.shown(file.filename());
        if (file.bytes().length == 0) {
            throw new AttachmentRefusedException("attachment.empty", "'" + name + "' is empty", name);
        }
        long maxBytes = limits.maxBytes().toBytes();
        if (file.bytes().length > maxBytes) {
            throw new AttachmentRefusedException("attachment.size", "'" + name + "' has " + file.bytes().length
                    + " bytes, at most " + maxBytes + " allowed", name, readable(limits.maxBytes()));
        }
        return FileType.of(file.bytes()).orElseThrow(() -> new AttachmentRefusedException("attachment.type",
                "'" + name + "' is not a PNG, JPEG, WebP or PDF file", name));
    }

    /** "5 MB", "512 KB": the limit as the refusal tells it to users. */
    private static String readable(DataSize size) {
        return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
                : Math.max(1, size.toKilobytes()) + " KB";
    }

    private static byte[] withoutMetadata(UploadedFile file, FileType type) {
        try {
            return type.stripMetadata(file.bytes());
        } catch (MalformedFileException e) {
            String name = AttachmentFilename.shown(file.filename());
            throw new AttachmentRefusedException("attachment.damaged", "'" + name + "': " + e.getMessage(), name);
        }
    }


    /** A file that passed every check, and the bytes to store: the upload's without their metadata. */
    private record Checked(UploadedFile upload, FileType type, byte[] bytes) {
    }
}
