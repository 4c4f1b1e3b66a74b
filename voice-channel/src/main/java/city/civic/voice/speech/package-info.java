/**
 * Speech for the callbot line: recognition ({@link city.civic.voice.speech.SpeechRecognizer}, Vosk) and
 * synthesis ({@link city.civic.voice.speech.TelephoneVoice}, MaryTTS), with the resampling between the
 * telephone's 8 kHz and the models' rates. Also used by the call benchmark to voice its callers.
 */
@NamedInterface("speech")
package city.civic.voice.speech;

import org.springframework.modulith.NamedInterface;
