/**
 * Speech synthesis with MaryTTS 5.2.1 (voice {@code cmu-slt-hsmm}, 48 kHz):
 * {@link city.civic.voice.speech.mary.MarySpeechSynthesizer} is the entry point. MaryTTS's tokeniser needs
 * JTok, which is not on Maven Central, so {@link city.civic.voice.speech.mary.CivicTokeniser} takes its
 * place, named in copies of {@code marytts/config/marybase.config} and {@code marytts/language/en/en.config}
 * in this module's resources. Those copies only win while this module comes before MaryTTS's jars on the
 * class path, as it does when MaryTTS arrives through it.
 */
package city.civic.voice.speech.mary;
