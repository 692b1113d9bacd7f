package io.switchboard.admin.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The console's texts in the reader's language, for what a controller says after a form was posted
 * (the notice or error that the redirected page shows once).
 */
@Component
public class ConsoleMessages {

    /** The flash attributes a page shows above its content after a redirect. */
    public static final String NOTICE = "notice";
    public static final String ERROR = "error";

    private final MessageSource messages;

    ConsoleMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
