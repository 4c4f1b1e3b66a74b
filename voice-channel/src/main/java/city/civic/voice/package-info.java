/**
 * The callbot line: telephone calls from Asterisk into the dialog engine. The media leg (Asterisk
 * AudioSocket) lives in {@code audiosocket}; call control, speech recognition and synthesis come later.
 */
@ApplicationModule(allowedDependencies = {"dialog", "dialog :: content"})
package city.civic.voice;

import org.springframework.modulith.ApplicationModule;
