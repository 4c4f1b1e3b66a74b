/**
 * The callbot line: telephone calls from Asterisk into the dialog engine. Call control (FastAGI) lives in
 * {@code agi}, the registry of calls in {@code calls}, the media leg (AudioSocket) in {@code audiosocket},
 * speech recognition and synthesis in {@code speech}, and each call's turn-taking in {@code callbot}.
 * {@code civic.voice.enabled=false} turns all of it off, listeners included.
 */
@ApplicationModule(allowedDependencies = {"dialog", "dialog :: content", "asterisk"})
package city.civic.voice;

import org.springframework.modulith.ApplicationModule;
