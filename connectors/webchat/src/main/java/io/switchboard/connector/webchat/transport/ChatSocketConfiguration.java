package io.switchboard.connector.webchat.transport;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.connector.webchat.visitor.VisitorTokens;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The widget's socket, {@code /chat/ws}: open from Switchboard's own pages and the sites of
 * {@code switchboard.webchat.allowed-origins} only (any other Origin gets 403), with a visitor's token; and the
 * size limits of what visitors send (64 KB a socket message or API body).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/chat/ws";
    /** The largest text a visitor's socket takes in one message: far above any allowed message. */
    static final int MAX_TEXT = 64 * 1024;

    private final ChatSocketHandler handler;
    private final VisitorTokens tokens;
    private final WebchatProperties properties;

    ChatSocketConfiguration(ChatSocketHandler handler, VisitorTokens tokens, WebchatProperties properties) {
        this.handler = handler;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // same-origin requests are always let through by Spring's origin check; these are the embedding sites
        registry.addHandler(handler, PATH).addInterceptors(new ChatHandshake(tokens))
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    FilterRegistrationBean<ChatBodyLimit> chatBodyLimit() {
        FilterRegistrationBean<ChatBodyLimit> registration = new FilterRegistrationBean<>(new ChatBodyLimit());
        registration.addUrlPatterns("/api/chat/*");
        return registration;
    }
}
