package city.civic.dialog.engine;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One thing at a time per conversation: a citizen's turn, or a counsellor's action on it. */
final class ConversationLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ConversationLocks() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(String conversationId) {
        return locks[Math.floorMod(conversationId.hashCode(), STRIPES)];
    }

    <T> T with(String conversationId, Supplier<T> work) {
        ReentrantLock lock = of(conversationId);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
