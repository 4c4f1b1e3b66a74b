package city.civic.integrations;

/** A city system did not answer, answered with an error, or only has data too old to use. */
public class CityDataUnavailableException extends RuntimeException {

    public CityDataUnavailableException(String system, String reason) {
        super(system + " unavailable: " + reason);
    }
}
