package city.civic.admin.open311;

import city.civic.dialog.Language;
import city.civic.integrations.open311.Open311Params;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of {@code POST requests.json}, checked for form; whether the service exists and what it
 * requires is the intake's business. Problems are collected, so a client learns them all at once.
 *
 * @param contact name, phone and e-mail in one line, as the ticket stores it; never shown publicly
 * @see <a href="http://wiki.open311.org/GeoReport_v2#POST_Service_Request">POST Service Request</a>
 */
record RequestForm(String serviceCode, Double lat, Double lon, String addressString, String addressId,
        String description, String observedWhen, String contact, Language language) {

    /** The spec's limit. */
    static final int MAX_DESCRIPTION = 4000;
    /** The limits of the ticket's columns, refused rather than cut. */
    static final int MAX_ADDRESS = 500;
    static final int MAX_OBSERVED_WHEN = 200;
    static final int MAX_CONTACT = 100;

    static RequestForm parse(MultiValueMap<String, String> params, List<String> problems) {
        String serviceCode = Params.first(params, Open311Params.SERVICE_CODE);
        if (serviceCode == null) {
            problems.add("service_code is required.");
        }
        String latText = Params.first(params, Open311Params.LAT);
        String lonText = Params.first(params, Open311Params.LONG);
        String address = Params.first(params, Open311Params.ADDRESS_STRING);
        String addressId = Params.first(params, Open311Params.ADDRESS_ID);
        if ((latText == null) != (lonText == null)) {
            problems.add("lat and long must be sent together.");
        } else if (latText == null && address == null && addressId == null) {
            problems.add("A location is required: lat and long, address_string or address_id.");
        }
        Double lat = latText == null ? null : coordinate("lat", latText, 90, problems);
        Double lon = lonText == null ? null : coordinate("long", lonText, 180, problems);
        String description = Params.first(params, Open311Params.DESCRIPTION);
        limit("description", description, MAX_DESCRIPTION, problems);
        limit("address_string", address, MAX_ADDRESS, problems);
        String observedWhen = Params.first(params, Open311Params.attribute(ServiceCatalog.OBSERVED_WHEN));
        limit(Open311Params.attribute(ServiceCatalog.OBSERVED_WHEN), observedWhen, MAX_OBSERVED_WHEN, problems);
        String contact = contact(params);
        limit("first_name, last_name, phone and email together", contact, MAX_CONTACT, problems);
        return new RequestForm(serviceCode, lat, lon, address, addressId, description, observedWhen, contact,
                language(params, problems));
    }

    private static Double coordinate(String name, String text, double bound, List<String> problems) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && Math.abs(value) <= bound) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a WGS84 degree between -" + (int) bound + " and " + (int) bound + ".");
        return null;
    }

    private static void limit(String name, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(name + " may be at most " + String.format(Locale.ROOT, "%,d", max) + " characters.");
        }
    }

    private static String contact(MultiValueMap<String, String> params) {
        String name = Stream.of(Params.first(params, Open311Params.FIRST_NAME),
                        Params.first(params, Open311Params.LAST_NAME))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String joined = Stream.of(name, Params.first(params, Open311Params.PHONE),
                        Params.first(params, Open311Params.EMAIL))
                .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static Language language(MultiValueMap<String, String> params, List<String> problems) {
        try {
            return Params.language(params);
        } catch (Open311Exception e) {
            problems.add(e.getMessage());
            return Language.KO;
        }
    }
}
