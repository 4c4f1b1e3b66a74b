package city.civic.chat.web;

import city.civic.chat.ChatRequestException;
import city.civic.dialog.ConversationBusyException;
import city.civic.dialog.ConversationNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API failure is a small JSON object with a stable code; never a stack trace or error page. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    record ApiError(String error, String message) {
    }

    @ExceptionHandler(ChatRequestException.class)
    ResponseEntity<ApiError> refused(ChatRequestException e) {
        var response = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(new ApiError(e.code(), e.getMessage()));
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ResponseEntity<ApiError> notFound(ConversationNotFoundException e) {
        return ResponseEntity.status(404).body(new ApiError("conversation.not_found",
                "This conversation does not exist or has expired. Please start a new one."));
    }

    /** Another instance kept changing the conversation; nothing of this turn was stored, so a retry is safe. */
    @ExceptionHandler(ConversationBusyException.class)
    ResponseEntity<ApiError> busy(ConversationBusyException e) {
        log.warn("api.conversation-busy {}", e.getMessage());
        return ResponseEntity.status(409).header(HttpHeaders.RETRY_AFTER, "1").body(new ApiError("conversation.busy",
                "Your conversation was busy; nothing was lost. Please send your message again."));
    }

    /**
     * The database is away for a moment (restarting, failing over, its connections all busy): a turn fails within
     * the pool's connection timeout, or when its connection breaks mid-transaction (then even the rollback fails),
     * and sending it again with the same {@code clientMessageId} is safe.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class})
    ResponseEntity<ApiError> databaseAway(Exception e) {
        log.warn("api.database-unavailable {}", e.toString());
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "2").body(new ApiError(
                "service.unavailable", "We cannot reach our records for a moment. Please send your message again."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new ApiError("request.malformed",
                "The request body is not valid JSON of the expected shape."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(415).body(new ApiError("request.media_type", "Send application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(405).body(new ApiError("request.method", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(404).body(new ApiError("not_found", "No such resource."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("api.error", e);
        return ResponseEntity.status(500).body(new ApiError("internal",
                "Something went wrong on our side. Your conversation is kept; please try again."));
    }
}
