package city.civic.admin.open311;

import city.civic.integrations.open311.Open311Error;
import city.civic.integrations.open311.Open311Service;
import city.civic.integrations.open311.ServiceRequest;
import city.civic.integrations.open311.ServiceRequestReceipt;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 over the platform's tickets. The format is the URL suffix, as the spec has it;
 * only {@code .json} is served, so every response is JSON with its content type set explicitly, which
 * also keeps an {@code Accept: text/xml} from turning into a 406.
 *
 * @see <a href="http://wiki.open311.org/GeoReport_v2">GeoReport v2</a>
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private final ServiceCatalog catalog;
    private final ServiceRequests requests;
    private final RequestIntake intake;

    Open311Controller(ServiceCatalog catalog, ServiceRequests requests, RequestIntake intake) {
        this.catalog = catalog;
        this.requests = requests;
        this.intake = intake;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<List<Open311Service>> services(@PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        Params.requireJson(format);
        return json(catalog.services(Params.language(params)));
    }

    @GetMapping("/services/{serviceCode}.{format}")
    ResponseEntity<ServiceDefinition> service(@PathVariable String serviceCode, @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        Params.requireJson(format);
        return json(catalog.definition(serviceCode, Params.language(params)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<List<ServiceRequest>> requests(@PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        Params.requireJson(format);
        return json(requests.search(params));
    }

    /** One request is still an array, as the spec answers it. */
    @GetMapping("/requests/{serviceRequestId}.{format}")
    ResponseEntity<List<ServiceRequest>> request(@PathVariable String serviceRequestId, @PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        Params.requireJson(format);
        return json(List.of(requests.find(serviceRequestId, Params.language(params))));
    }

    /** The spec's form post; 200 with the new number, as its example answers. */
    @PostMapping("/requests.{format}")
    ResponseEntity<List<ServiceRequestReceipt>> file(@PathVariable String format,
            @RequestParam MultiValueMap<String, String> params) {
        Params.requireJson(format);
        return json(List.of(intake.file(params)));
    }

    @PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ServiceRequestReceipt>> fileJson(@PathVariable String format,
            @RequestParam MultiValueMap<String, String> query, @RequestBody Map<String, Object> body) {
        Params.requireJson(format);
        return json(List.of(intake.file(JsonForm.fields(body, query))));
    }

    /** Anything else under the base URL is the spec's 404, not the platform's error page. */
    @RequestMapping({"", "/**"})
    ResponseEntity<List<Open311Error>> unknown() {
        throw Open311Exception.notFound("No such GeoReport v2 resource; start at /open311/v2/services.json.");
    }

    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
