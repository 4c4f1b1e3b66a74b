package city.civic.knowledge.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param indexDirectory where the Lucene index lives; it is derived data and can be deleted
 * @param confidenceThreshold below it the bot says it does not know instead of guessing
 * @param denseWeightEn share of the dense (embedding) similarity in English scores
 * @param denseWeightKo share in Korean scores, lower: the embedding model was trained on English
 */
@Validated
@ConfigurationProperties("civic.knowledge")
public record KnowledgeProperties(
        @NotNull @DefaultValue("data/index/knowledge") Path indexDirectory,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double confidenceThreshold,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double denseWeightEn,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.25") double denseWeightKo,
        @DefaultValue("20000") long embeddingCacheSize) {
}
