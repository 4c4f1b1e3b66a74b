package city.civic.web;

import java.util.List;

/** A production start refused: the properties at fault, each with what it needs. */
final class ProductionConfigurationException extends IllegalStateException {

    private final List<String> problems;

    ProductionConfigurationException(List<String> problems) {
        super("Production configuration is incomplete: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
