/**
 * Speech for the callbot line: recognition ({@link city.civic.voice.speech.SpeechRecognizer}, Vosk) and
 * synthesis (MaryTTS), with the resampling between the telephone's 8 kHz and the models' rates.
 */
package city.civic.voice.speech;
