package city.civic.chat.web;

import city.civic.chat.ChatGuard;
import city.civic.chat.ChatRequestException;
import city.civic.chat.RepliedMessages;
import city.civic.chat.TurnAnswered;
import city.civic.dialog.Channel;
import city.civic.dialog.ConversationNotFoundException;
import city.civic.dialog.Conversations;
import city.civic.dialog.Language;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import city.civic.dialog.Utterance;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The turn API of DESIGN.md: start a conversation, send a message, read the transcript. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    static final String TOKEN_HEADER = "X-Conversation-Token";

    private final Conversations conversations;
    private final ChatGuard guard;
    private final RepliedMessages replied;
    private final ApplicationEventPublisher events;

    ConversationController(Conversations conversations, ChatGuard guard, RepliedMessages replied,
            ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.guard = guard;
        this.replied = replied;
        this.events = events;
    }

    record StartRequest(String channel, String language) {
    }

    record StartResponse(String conversationId, String token, List<Reply> messages) {
    }

    /** @param clientMessageId optional; a retry with the same id is answered without handling it again */
    record MessageRequest(String text, String clientMessageId) {
    }

    record MessagesResponse(List<Reply> messages) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StartResponse start(@RequestBody(required = false) StartRequest request, HttpServletRequest http) {
        guard.checkNewConversation(http.getRemoteAddr());
        Channel channel = parseChannel(request == null ? null : request.channel());
        String languageCode = request == null ? null : request.language();
        Language language = Language.fromCode(languageCode).orElse(null);
        if (languageCode != null && language == null) {
            throw new ChatRequestException(400, "language.unsupported", "Language must be \"en\", \"ko\" or null.");
        }
        var started = conversations.start(channel, language);
        return new StartResponse(started.conversationId(), started.token(), started.messages());
    }

    @PostMapping("/{id}/messages")
    MessagesResponse send(@PathVariable String id, @RequestBody MessageRequest request,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token, HttpServletRequest http) {
        checkOwner(id, token);
        guard.checkClientMessageId(request.clientMessageId());
        List<Reply> replies = replied.once(id, request.clientMessageId(), () -> {
            guard.checkMessage(id, http.getRemoteAddr(), request.text());
            return conversations.handle(id, Utterance.text(request.text()), request.clientMessageId());
        });
        events.publishEvent(new TurnAnswered(id, request.clientMessageId(), replies)); // to the widget, if open
        return new MessagesResponse(replies);
    }

    @GetMapping("/{id}")
    Transcript transcript(@PathVariable String id,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        checkOwner(id, token);
        return conversations.transcript(id).orElseThrow(() -> new ConversationNotFoundException(id));
    }

    /** Only the owner's token opens a conversation; without it the conversation does not exist (DESIGN.md). */
    private void checkOwner(String id, String token) {
        if (!conversations.ownedBy(id, token)) {
            throw new ConversationNotFoundException(id);
        }
    }

    private static Channel parseChannel(String value) {
        try {
            return Channel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ChatRequestException(400, "channel.unsupported", "Channel must be \"web\", \"phone\" or \"api\".");
        }
    }
}
