/**
 * Asterisk's wire protocols, written once. The AudioSocket message format ({@link
 * city.civic.asterisk.FrameCodec}, {@link city.civic.asterisk.Frame}, {@link city.civic.asterisk.FrameKind})
 * is what the voice channel's media server reads and writes; {@link city.civic.asterisk.AgiClient} (FastAGI)
 * and {@link city.civic.asterisk.AudioSocketPeer} / {@link city.civic.asterisk.AudioSocketCaller}
 * (AudioSocket) are Asterisk's own side of both protocols, which the call benchmark and the phone tests
 * dial in with.
 *
 * <p>Spec followed: Asterisk {@code include/asterisk/res_audiosocket.h}, {@code res/res_audiosocket.c},
 * {@code apps/app_audiosocket.c}, {@code channels/chan_audiosocket.c} and {@code res/res_agi.c},
 * https://github.com/asterisk/asterisk.
 */
@ApplicationModule(allowedDependencies = {})
package city.civic.asterisk;

import org.springframework.modulith.ApplicationModule;
