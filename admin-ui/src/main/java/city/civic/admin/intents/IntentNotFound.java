package city.civic.admin.intents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An intent id that is not one of the pack's: the page does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class IntentNotFound extends RuntimeException {
}
