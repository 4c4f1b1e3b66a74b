/**
 * The queue of unanswered questions: each joins the most similar open group of its language or starts one
 * (see {@link city.civic.knowledge.unanswered.QuestionFeatures} for the measure and the thresholds).
 */
package city.civic.knowledge.unanswered;
