package city.civic.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused production start as a list of properties to set, instead of a stack trace. */
final class ProductionConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ProductionConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionConfigurationException cause) {
        return new FailureAnalysis("The production configuration is incomplete:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Set the properties above (environment variables in brackets) and start again.", cause);
    }
}
