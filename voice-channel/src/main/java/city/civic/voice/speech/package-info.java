/**
 * Speech for the callbot line: recognition ({@link city.civic.voice.speech.SpeechRecognizer}, Vosk) and
 * synthesis ({@link city.civic.voice.speech.TelephoneVoice}, MaryTTS), with the resampling between the
 * telephone's 8 kHz and the models' rates. Internal to the voice channel, except {@code TelephoneVoice}
 * (named interface {@code speech}), with which the call benchmark voices its callers.
 */
package city.civic.voice.speech;
