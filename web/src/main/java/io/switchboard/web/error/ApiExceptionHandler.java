package io.switchboard.web.error;

import io.switchboard.core.account.UsernameTakenException;
import io.switchboard.core.announcement.AnnouncementNotFoundException;
import io.switchboard.core.announcement.DeliveryNotFoundException;
import io.switchboard.core.announcement.DeliveryNotRetryableException;
import io.switchboard.core.announcement.UnknownTargetException;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.core.knowledge.DuplicateArticleException;
import io.switchboard.core.member.MemberNotFoundException;
import io.switchboard.core.phrasing.ProposalDecidedException;
import io.switchboard.core.phrasing.ProposalNotFoundException;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.outbox.OutboxStatus;
import io.switchboard.core.staff.StaffAccountNotFoundException;
import io.switchboard.core.staff.StaffChangeRefusedException;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.AgentNotFoundException;
import io.switchboard.core.ticket.InvalidTicketRequestException;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketNotFoundException;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketTransitionException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every failed API request into an {@link ApiError}, for the JSON controllers of every module.
 * Controllers signal their own errors with {@link ResponseStatusException}
 * ({@code new ResponseStatusException(NOT_FOUND, "no ticket T-9")}); the reason becomes the message.
 * Applies to JSON controllers only, so the forum's and the console's pages keep their own error pages;
 * it comes last, so that a surface's own advice (the forum API's) answers first for the errors it knows.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    /** Enums that appear as query parameters: accepted in any case. */
    private static final List<Class<? extends Enum<?>>> PARAMETER_ENUMS =
            List.of(Channel.class, ThreadStatus.class, TicketStatus.class, TicketCategory.class,
                    TicketPriority.class, OutboxStatus.class, ModerationItem.Status.class, GuardOutcome.class);

    @InitBinder
    void readEnumsInAnyCase(WebDataBinder binder) {
        PARAMETER_ENUMS.forEach(type -> registerEditor(binder, type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerEditor(WebDataBinder binder, Class<? extends Enum<?>> type) {
        binder.registerCustomEditor(type, new CaseInsensitiveEnumEditor(type));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> statusSignalled(ResponseStatusException exception) {
        return ResponseEntity.status(exception.getStatusCode())
                .body(ApiError.of(exception.getStatusCode(), exception.getReason()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException exception) {
        String message = exception.isMissingAfterConversion()
                ? "parameter '" + exception.getParameterName() + "' must not be empty"
                : "missing required parameter '" + exception.getParameterName() + "'";
        return badRequest(message, List.of());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> unreadableParameter(MethodArgumentTypeMismatchException exception) {
        Class<?> type = exception.getRequiredType();
        if (type != null && type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> spell((Enum<?>) constant))
                    .toList();
            return badRequest("unknown " + exception.getName() + " '" + exception.getValue()
                    + "', expected one of " + allowed, allowed);
        }
        return badRequest("invalid value '" + exception.getValue() + "' for parameter '"
                + exception.getName() + "'", List.of());
    }

    /** Constraints on {@code @RequestParam}s, e.g. a text over the length limit. */
    @ExceptionHandler
    ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException exception) {
        String message = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> parameterName(result.getMethodParameter()) + " " + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return badRequest(message, List.of());
    }

    /**
     * Parameters bound into a record, such as admin's {@code PageQuery}, and {@code @Valid} request bodies:
     * the message sums it up, {@code errors} has one entry per invalid field.
     */
    @ExceptionHandler
    ResponseEntity<ApiError> invalidParameters(MethodArgumentNotValidException exception) {
        Map<String, String> errors = new TreeMap<>();
        exception.getBindingResult().getFieldErrors().forEach(error ->
                errors.merge(error.getField(), fieldMessage(error), (a, b) -> a + "; " + b));
        exception.getBindingResult().getGlobalErrors().forEach(error ->
                errors.merge(error.getObjectName(), error.getDefaultMessage(), (a, b) -> a + "; " + b));
        String message = exception.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::describe)
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(new ApiError(ApiError.code(HttpStatus.BAD_REQUEST),
                message.isEmpty() ? "the request has " + errors.size() + " invalid field(s)" : message,
                List.of(), errors));
    }

    /**
     * Says where the body went wrong in the client's terms (the line and column of broken JSON, or
     * the field whose value does not fit), never Jackson's message, which names our Java classes.
     */
    @ExceptionHandler
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException exception) {
        return badRequest(BodyProblem.describe(exception.getMostSpecificCause()), List.of());
    }

    @ExceptionHandler({ArticleNotFoundException.class, AnnouncementNotFoundException.class,
            TicketNotFoundException.class, AgentNotFoundException.class, MemberNotFoundException.class,
            StaffAccountNotFoundException.class, DeliveryNotFoundException.class, ProposalNotFoundException.class})
    ResponseEntity<ApiError> notFound(RuntimeException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }

    @ExceptionHandler({DuplicateArticleException.class, TicketTransitionException.class,
            UsernameTakenException.class, StaffChangeRefusedException.class, DeliveryNotRetryableException.class,
            ProposalDecidedException.class})
    ResponseEntity<ApiError> conflict(RuntimeException exception) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(HttpStatus.CONFLICT, exception.getMessage()));
    }

    /** A request that names something that does not exist: the field it was in, like a validation error. */
    @ExceptionHandler
    ResponseEntity<ApiError> invalidTicketRequest(InvalidTicketRequestException exception) {
        return invalidField(exception.getMessage(), exception.field(), exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> invalidField(InvalidFieldException exception) {
        return invalidField(exception.getMessage(), exception.field(), exception.problem());
    }

    /** An announcement chose a chat (or other target) its channel is not configured with. */
    @ExceptionHandler
    ResponseEntity<ApiError> unknownTarget(UnknownTargetException exception) {
        return invalidField(exception.getMessage(), "targets." + exception.channel().name(), exception.getMessage());
    }

    private static ResponseEntity<ApiError> invalidField(String message, String field, String problem) {
        return ResponseEntity.badRequest().body(new ApiError(ApiError.code(HttpStatus.BAD_REQUEST),
                message, List.of(), Map.of(field, problem)));
    }

    private static String fieldMessage(FieldError error) {
        return error.isBindingFailure() ? "invalid value '" + error.getRejectedValue() + "'" : error.getDefaultMessage();
    }

    private static String describe(FieldError error) {
        return error.isBindingFailure()
                ? "invalid value '" + error.getRejectedValue() + "' for parameter '" + error.getField() + "'"
                : error.getField() + " " + error.getDefaultMessage();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        return requestParam != null && !requestParam.name().isEmpty()
                ? requestParam.name()
                : parameter.getParameterName();
    }

    /** Channels by their lower-case key, as the JSON shows them; other enums by name. */
    private static String spell(Enum<?> value) {
        return value instanceof Channel channel ? channel.key() : value.name();
    }

    private static ResponseEntity<ApiError> badRequest(String message, List<String> allowed) {
        return ResponseEntity.badRequest().body(new ApiError(ApiError.code(HttpStatus.BAD_REQUEST), message, allowed, Map.of()));
    }
}
