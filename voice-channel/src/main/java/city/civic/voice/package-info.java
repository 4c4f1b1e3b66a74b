/**
 * The callbot line: telephone calls from Asterisk into the dialog engine. The media leg (Asterisk
 * AudioSocket) lives in {@code audiosocket}; call control, speech recognition and synthesis come later.
 */
package city.civic.voice;
