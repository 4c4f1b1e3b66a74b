package city.civic.integrations.open311;

/**
 * The names of GeoReport v2 request parameters: the form of {@code POST requests.json} and the query of
 * {@code GET requests.json}.
 */
public final class Open311Params {

    public static final String API_KEY = "api_key";
    public static final String SERVICE_CODE = "service_code";
    public static final String SERVICE_REQUEST_ID = "service_request_id";
    public static final String LAT = "lat";
    public static final String LONG = "long";
    public static final String ADDRESS_STRING = "address_string";
    public static final String ADDRESS_ID = "address_id";
    public static final String DESCRIPTION = "description";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String STATUS = "status";
    /** Not in GeoReport v2 itself: the page of search results (1, 2, ...) that paging servers take. */
    public static final String PAGE = "page";

    private Open311Params() {
    }

    /** {@code attribute[CODE]}: the answer to one of the service definition's attributes. */
    public static String attribute(String code) {
        return "attribute[" + code + "]";
    }
}
