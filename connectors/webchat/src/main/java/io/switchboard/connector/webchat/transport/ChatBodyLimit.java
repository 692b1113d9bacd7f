package io.switchboard.connector.webchat.transport;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (413) a JSON body over 64 KB on the chat API before anything reads it, as the socket refuses such a
 * message: no visitor's message needs more, and nobody gets to make the server parse megabytes. Uploads are
 * limited by the attachments' rules instead ({@code switchboard.attachments.*}).
 */
class ChatBodyLimit extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/chat/") || request.getRequestURI().equals("/api/chat/files");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > ChatSocketConfiguration.MAX_TEXT) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"payload_too_large\",\"message\":\"a request body has at most "
                    + ChatSocketConfiguration.MAX_TEXT / 1024 + " KB\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
