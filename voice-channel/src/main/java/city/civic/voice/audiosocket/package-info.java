/**
 * The AudioSocket media server: Asterisk connects here once per call and streams the caller's audio
 * (and DTMF) in; the call plays audio back through a paced writer. The wire format is
 * {@link city.civic.asterisk.FrameCodec}'s (module asterisk-wire); a call's code sees only {@link
 * city.civic.voice.audiosocket.CallAudio} (in) and {@link city.civic.voice.audiosocket.CallOutput} (out),
 * found by the call's UUID through {@link city.civic.voice.audiosocket.CallAudioHandlers}.
 *
 * <p>Spec followed: Asterisk {@code include/asterisk/res_audiosocket.h} and {@code res/res_audiosocket.c}
 * (frame format, what Asterisk accepts), {@code apps/app_audiosocket.c} (dialplan form, slin 8 kHz) and
 * {@code channels/chan_audiosocket.c} (channel-driver form, slin16), https://github.com/asterisk/asterisk.
 */
package city.civic.voice.audiosocket;
