package city.civic.knowledge.lucene;

/**
 * The bot's ranking settings per language, chosen by 5-fold cross-validation over the pack's held-out
 * paraphrases and out-of-scope examples ({@code eval-knowledge}, the folds' median); properties can
 * override them. Strings, as property defaults are.
 */
public final class RankingDefaults {

    public static final String THRESHOLD_EN = "0.60";
    public static final String THRESHOLD_KO = "0.58";
    public static final String DENSE_WEIGHT_EN = "0.60";
    public static final String DENSE_WEIGHT_KO = "0.05";
    public static final String MARGIN_EN = "0.10";
    public static final String MARGIN_KO = "0.20";

    private RankingDefaults() {
    }

    /** The default hybrid ranker of a language ("en" or "ko"). */
    public static Ranker forLanguage(String lang) {
        boolean en = lang.equals("en");
        return new Ranker(Ranking.HYBRID, Double.parseDouble(en ? DENSE_WEIGHT_EN : DENSE_WEIGHT_KO),
                Double.parseDouble(en ? THRESHOLD_EN : THRESHOLD_KO), Double.parseDouble(en ? MARGIN_EN : MARGIN_KO));
    }
}
