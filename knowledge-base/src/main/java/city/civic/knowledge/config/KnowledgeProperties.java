package city.civic.knowledge.config;

import city.civic.knowledge.lucene.RankingDefaults;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ranking defaults are {@link RankingDefaults}, chosen by cross-validation.
 *
 * @param indexDirectory where the Lucene index lives; it is derived data and can be deleted
 * @param confidenceThresholdEn below it the bot says it does not know instead of guessing (English)
 * @param confidenceThresholdKo the same for Korean
 * @param denseWeightEn share of the dense (embedding) similarity in English scores
 * @param denseWeightKo share in Korean scores, lower: the embedding model was trained on English
 * @param marginEn how far the best English answer must lead the next, or the question counts as ambiguous
 * @param marginKo the same for Korean
 * @param indexRefresh how often each instance looks for answers published or archived by another instance
 */
@Validated
@ConfigurationProperties("civic.knowledge")
public record KnowledgeProperties(
        @NotNull @DefaultValue("data/index/knowledge") Path indexDirectory,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.THRESHOLD_EN) double confidenceThresholdEn,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.THRESHOLD_KO) double confidenceThresholdKo,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.DENSE_WEIGHT_EN) double denseWeightEn,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.DENSE_WEIGHT_KO) double denseWeightKo,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.MARGIN_EN) double marginEn,
        @DecimalMin("0") @DecimalMax("1") @DefaultValue(RankingDefaults.MARGIN_KO) double marginKo,
        @DefaultValue("20000") long embeddingCacheSize,
        @NotNull @DefaultValue("2s") Duration indexRefresh) {
}
