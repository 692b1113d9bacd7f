package io.switchboard.connector.email.sending;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * The two bodies of a reply mail, rendered by Thymeleaf from {@code email/templates/reply.txt} (text/plain) and
 * {@code email/templates/reply.html} (text/html); their words come from {@code email/messages_<language>.properties}
 * (zh, en), so both parts say the same in the member's language. A plain engine of its own: the application has no
 * Thymeleaf web view, and these templates are not pages.
 */
final class ReplyTemplates {

    static final String TEMPLATE = "reply";
    private static final String BUNDLE = "email.messages";
    /** An address people can click; closing punctuation after it is the sentence's, not the link's. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+?(?=[.,;:!?)\\]]*(?:\\s|$|[<>\"]))");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    /** The plain and the HTML body. */
    record Bodies(String plain, String html) {
    }

    /**
     * @param language zh or en
     * @param variables what the templates show: {@code text} (the reply), {@code answer} (the bot answers, so the
     *     mail says "reply if it did not help"), {@code agentName}, {@code ticketNumber}
     */
    Bodies render(String language, String replyText, Map<String, Object> variables) {
        Context context = new Context(Locale.forLanguageTag(language), variables);
        context.setVariable("text", replyText.strip());
        context.setVariable("language", language);
        String plain = text.process(TEMPLATE, context);
        context.setVariable("textHtml", paragraphs(replyText));
        return new Bodies(plain, html.process(TEMPLATE, context));
    }

    /** A message of the language's bundle, with its arguments filled in. */
    static String message(String language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /**
     * The reply as HTML: every character escaped, blank lines separating paragraphs, line breaks kept, and web
     * addresses made links.
     */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            html.append("<p>").append(linked(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static String linked(String text) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            String address = HtmlEscape.escapeHtml4Xml(link.group());
            html.append(HtmlEscape.escapeHtml4Xml(text.substring(at, link.start())))
                    .append("<a href=\"").append(address).append("\">").append(address).append("</a>");
            at = link.end();
        }
        return html.append(HtmlEscape.escapeHtml4Xml(text.substring(at))).toString();
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(ReplyTemplates.class.getClassLoader());
        templates.setPrefix("email/templates/");
        templates.setSuffix(suffix);
        templates.setTemplateMode(mode);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new BundleMessages());
        return engine;
    }

    /** {@code #{key}} in the templates: the bundle of the context's language. */
    private static final class BundleMessages implements IMessageResolver {

        @Override
        public String getName() {
            return "email-messages";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            try {
                return message(context.getLocale().toLanguageTag(), key, arguments == null ? new Object[0] : arguments);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                Object[] arguments) {
            // A missing message is a bug of ours; show the key rather than send a mail with a hole in it silently.
            return "??" + key + "_" + context.getLocale() + "??";
        }
    }
}
