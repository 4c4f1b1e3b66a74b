package city.civic.voice.speech.mary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several MaryTTS systems in one JVM, so that callers do not wait for each other's phrases. MaryTTS 5.2.1
 * is one system per class loader (its module registry is static and its modules keep per-request state,
 * see {@link MarySpeechSynthesizer}), so every system after the first runs in a class loader of its own
 * that defines MaryTTS's classes and this package's anew and takes everything else (the libraries, the
 * voice's data, the configuration files) from the application's. Each system costs about 40 MB of heap
 * and a few seconds at start.
 *
 * <p>A request goes to an idle system, or waits for the first one free.
 */
public final class MaryPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MaryPool.class);
    private static final MethodType SYNTHESIZE = MethodType.methodType(short[].class, String.class);

    private final List<Member> members;
    private final BlockingQueue<Member> idle;
    private final int sampleRate;

    private MaryPool(List<Member> members, int sampleRate) {
        this.members = members;
        this.idle = new ArrayBlockingQueue<>(members.size(), false, members);
        this.sampleRate = sampleRate;
    }

    /**
     * Starts {@code size} systems: the first in the application's class loader, the others isolated.
     *
     * @throws IllegalArgumentException when {@code size} is under 1
     * @throws IllegalStateException when one does not start
     */
    public static MaryPool start(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a MaryTTS pool needs at least one synthesizer, not " + size);
        }
        MarySpeechSynthesizer first = new MarySpeechSynthesizer();
        List<Member> members = new ArrayList<>();
        members.add(new Member(first::synthesize, first, MarySpeechSynthesizer.class.getClassLoader()));
        try {
            for (int i = 1; i < size; i++) {
                long started = System.nanoTime();
                members.add(isolated(i));
                log.info("mary.pool-member-started number={} ms={}", i + 1, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            members.forEach(Member::close);
            throw e;
        }
        return new MaryPool(List.copyOf(members), first.sampleRate());
    }

    /** Samples per second of what {@link #synthesize} returns (the voice's: 48000). */
    public int sampleRate() {
        return sampleRate;
    }

    public int size() {
        return members.size();
    }

    /** As {@link MarySpeechSynthesizer#synthesize}, on the first idle system. */
    public short[] synthesize(String text) {
        Member member;
        try {
            member = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new short[0];
        }
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(member.loader());
        try {
            return member.voice().synthesize(text);
        } finally {
            thread.setContextClassLoader(caller);
            idle.add(member);
        }
    }

    @Override
    public void close() {
        members.forEach(Member::close);
    }

    private static Member isolated(int number) {
        MaryLoader loader = new MaryLoader(number, MarySpeechSynthesizer.class.getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // MaryTTS finds its configurations through the context loader
        try {
            Class<?> type = loader.loadClass(MarySpeechSynthesizer.class.getName());
            Object synthesizer = type.getConstructor().newInstance();
            MethodHandle synthesize = MethodHandles.publicLookup().findVirtual(type, "synthesize", SYNTHESIZE)
                    .bindTo(synthesizer);
            return new Member(text -> invoke(synthesize, text), (AutoCloseable) synthesizer, loader);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MaryTTS system " + (number + 1) + " did not start", e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static short[] invoke(MethodHandle synthesize, String text) {
        try {
            return (short[]) synthesize.invokeExact(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Voice {
        short[] synthesize(String text);
    }

    private record Member(Voice voice, AutoCloseable synthesizer, ClassLoader loader) {

        void close() {
            try {
                synthesizer.close();
            } catch (Exception e) {
                log.warn("mary.pool-member-close-failed", e);
            }
        }
    }

    /**
     * Defines MaryTTS's classes and this package's itself, from the parent's class files, and leaves
     * everything else to the parent: a MaryTTS system of its own over the same libraries and data.
     */
    static final class MaryLoader extends ClassLoader {

        private static final String OWN_PACKAGE = MarySpeechSynthesizer.class.getPackageName() + ".";

        static {
            registerAsParallelCapable();
        }

        MaryLoader(int number, ClassLoader parent) {
            super("marytts-" + (number + 1), parent);
        }

        static boolean isolates(String className) {
            return className.startsWith("marytts.") || className.startsWith(OWN_PACKAGE);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!isolates(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = defineFromParent(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }

        private Class<?> defineFromParent(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class file of " + name, e);
            }
        }
    }
}
