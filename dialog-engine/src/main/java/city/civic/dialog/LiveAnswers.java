package city.civic.dialog;

import java.util.List;

/**
 * The curated answers the bot gives now, for a channel that prepares them ahead of the citizens who will ask
 * (the phone synthesizes them into its voice cache). Each newly published one is announced as
 * {@link AnswerWentLive}.
 */
public interface LiveAnswers {

    /** The texts of every published answer in this language. */
    List<String> texts(Language language);
}
