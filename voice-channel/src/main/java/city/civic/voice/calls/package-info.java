/**
 * The calls the voice channel is handling: a per-call {@code BOT_UUID} tied to its dialog conversation,
 * the Asterisk channel it came in on, and where the call goes when the bot is done.
 */
package city.civic.voice.calls;
