/**
 * FastAGI call control (Asterisk-Java): the {@code start} step that opens a call and hands Asterisk its
 * {@code BOT_UUID}, and the {@code route} step that tells the dialplan where the call goes next.
 */
package city.civic.voice.agi;
