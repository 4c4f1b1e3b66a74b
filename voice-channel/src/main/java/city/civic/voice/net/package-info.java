/**
 * What both phone listeners (the AudioSocket media server and the FastAGI call-control server) check
 * before they speak their protocol: which addresses may connect ({@link city.civic.voice.net.PeerAddresses},
 * {@code civic.voice.allowed-peers}) and how long a peer may take over its first message
 * ({@link city.civic.voice.net.DeadlineInputStream}).
 *
 * <p>A package of its own, below {@code audiosocket} and {@code agi} and depending on neither, so that
 * neither server depends on the other. Not the module's top package {@code city.civic.voice}: Spring
 * Modulith takes that as the voice module's API to the other modules, and these are internals.
 */
package city.civic.voice.net;
