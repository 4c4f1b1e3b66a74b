package city.civic.integrations.cctv.pullpoint;

/**
 * The device did not do what was asked: a SOAP fault (ONVIF Core, "SOAP fault processing"), an HTTP
 * error, a timeout or an unreachable device. The subscription is treated as lost.
 */
final class PullPointException extends Exception {

    PullPointException(String message) {
        super(message);
    }

    PullPointException(String message, Throwable cause) {
        super(message, cause);
    }
}
