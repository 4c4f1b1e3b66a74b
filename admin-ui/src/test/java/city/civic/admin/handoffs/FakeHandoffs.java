package city.civic.admin.handoffs;

import city.civic.dialog.Channel;
import city.civic.dialog.Handoff;
import city.civic.dialog.HandoffException;
import city.civic.dialog.HandoffStatus;
import city.civic.dialog.HandoffSummary;
import city.civic.dialog.Handoffs;
import city.civic.dialog.Reply;
import city.civic.dialog.Transcript;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-offs in memory, with the dialog engine's rules in short; the transcripts they belong to beside them. */
final class FakeHandoffs implements Handoffs {

    final Map<String, Handoff> handoffs = new LinkedHashMap<>();
    final Map<String, List<Transcript.Entry>> transcripts = new LinkedHashMap<>();
    private final Instant now;

    FakeHandoffs(Instant now) {
        this.now = now;
    }

    Handoff add(String id, Channel channel, HandoffSummary summary, String citizenSaid) {
        var handoff = new Handoff(id, channel, "en", now.minusSeconds(300), "requested", HandoffStatus.WAITING, null,
                null, summary);
        handoffs.put(id, handoff);
        transcripts.computeIfAbsent(id, k -> new ArrayList<>()).add(new Transcript.Entry("citizen", citizenSaid, now, null));
        return handoff;
    }

    @Override
    public List<Handoff> open() {
        return handoffs.values().stream().filter(Handoff::open).toList();
    }

    @Override
    public Optional<Handoff> find(String conversationId) {
        return Optional.ofNullable(handoffs.get(conversationId));
    }

    @Override
    public Handoff pickUp(String conversationId, String counsellor, String staff) {
        Handoff h = open(conversationId);
        if (h.status() != HandoffStatus.WAITING) {
            throw new HandoffException(HandoffException.Kind.CONFLICT, "handoff.taken", "Taken.");
        }
        return put(new Handoff(h.conversationId(), h.channel(), h.language(), h.since(), h.reason(),
                HandoffStatus.ACTIVE, counsellor, staff, h.summary()));
    }

    @Override
    public Transcript.Entry say(String conversationId, String staff, String text) {
        Handoff h = open(conversationId);
        if (text == null || text.isBlank()) {
            throw new HandoffException(HandoffException.Kind.INVALID, "message.missing", "The message has no text.");
        }
        var reply = new Reply(text, "en", "agent.message", 1, List.of(), null, List.of(), false,
                new Reply.Agent(h.counsellor()));
        var entry = new Transcript.Entry("agent", text, now, reply);
        transcripts.get(conversationId).add(entry);
        return entry;
    }

    @Override
    public Handoff handBack(String conversationId) {
        return close(conversationId);
    }

    @Override
    public Handoff close(String conversationId) {
        Handoff h = open(conversationId);
        return put(new Handoff(h.conversationId(), h.channel(), h.language(), h.since(), h.reason(),
                HandoffStatus.CLOSED, h.counsellor(), h.pickedUpBy(), h.summary()));
    }

    Transcript transcript(String id) {
        return new Transcript(id, handoffs.get(id).channel(), "en", now, List.copyOf(transcripts.get(id)));
    }

    private Handoff open(String id) {
        return find(id).filter(Handoff::open).orElseThrow(() -> new HandoffException(HandoffException.Kind.NOT_FOUND,
                "handoff.not_found", "No open hand-off."));
    }

    private Handoff put(Handoff handoff) {
        handoffs.put(handoff.conversationId(), handoff);
        return handoff;
    }
}
