package io.switchboard.core.outbox;

import io.switchboard.core.gateway.Choice;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An outbox entry's buttons in one text column, so that a send retried hours later still has them:
 * one choice a line, its data, a tab, its label. {@link Choice} keeps tabs and line breaks out of
 * data and line breaks out of labels, so the lines read back as written. No buttons, no value.
 */
@Converter
class ChoicesColumn implements AttributeConverter<List<Choice>, String> {

    @Override
    public String convertToDatabaseColumn(List<Choice> choices) {
        if (choices == null || choices.isEmpty()) {
            return null;
        }
        return choices.stream().map(choice -> choice.data() + '\t' + choice.label()).collect(Collectors.joining("\n"));
    }

    @Override
    public List<Choice> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n")).map(line -> {
            int tab = line.indexOf('\t');
            return new Choice(line.substring(tab + 1), line.substring(0, tab));
        }).toList();
    }
}
