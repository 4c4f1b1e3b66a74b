package city.civic.voice.calls;

/**
 * What Asterisk tells about an incoming call (the FastAGI {@code agi_*} environment).
 *
 * @param callerId the caller's number ({@code agi_callerid}); null when withheld
 * @param uniqueId Asterisk's unique id of the channel ({@code agi_uniqueid})
 * @param channel the channel name, e.g. {@code PJSIP/trunk-0000002a}; what AMI Redirect needs
 * @param dialedNumber the number the citizen dialled ({@code agi_dnid}, else {@code agi_extension})
 */
public record CallLine(String callerId, String uniqueId, String channel, String dialedNumber) {
}
