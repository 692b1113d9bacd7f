package io.switchboard.core.outbox;

import io.switchboard.core.inbound.Attachment;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An outbox entry's files in one text column, so that a send retried hours later still carries them: one
 * file a line, its kind, a tab, its file id ({@code stored:<id>}), a tab, its content type. Kinds, ids and
 * content types hold no tabs or line breaks. No files, no value.
 */
@Converter
class AttachmentsColumn implements AttributeConverter<List<Attachment>, String> {

    @Override
    public String convertToDatabaseColumn(List<Attachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return null;
        }
        return attachments.stream()
                .map(file -> file.kind() + '\t' + file.fileId() + '\t' + (file.mimeType() == null ? "" : file.mimeType()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public List<Attachment> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n")).map(line -> {
            String[] parts = line.split("\t", -1);
            return new Attachment(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
        }).toList();
    }
}
