package io.switchboard.web.upload;

import io.switchboard.core.attachment.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a form, as the attachments check them: every surface's uploads (help-center requests, staff replies). */
public final class Uploads {

    private Uploads() {
    }

    /** Every part a file was chosen for; a browser sends an empty, nameless part when none was. */
    public static List<UploadedFile> of(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> !(part.isEmpty() && (part.getOriginalFilename() == null
                        || part.getOriginalFilename().isBlank())))
                .map(Uploads::read).toList();
    }

    private static UploadedFile read(MultipartFile part) {
        try {
            return new UploadedFile(part.getOriginalFilename(), part.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file " + part.getOriginalFilename(), e);
        }
    }
}
