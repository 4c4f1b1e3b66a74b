package city.civic.citypack;

import city.civic.dialog.content.CityContent;
import city.civic.dialog.content.CityContentInitializer;
import city.civic.knowledge.Answer;
import city.civic.knowledge.AnswerStatus;
import city.civic.knowledge.Answers;
import city.civic.knowledge.Department;
import city.civic.knowledge.Departments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds an empty database from the city pack, in one transaction; later starts leave officials' edits alone. Of
 * instances started at once on an empty database, one seeds it and the others find it seeded.
 */
public class CityPackSeeder implements CityContentInitializer {

    private static final Logger log = LoggerFactory.getLogger(CityPackSeeder.class);

    private final CityPackFiles pack;
    private final CityContent content;
    private final Departments departments;
    private final Answers answers;
    private final TransactionTemplate transactions;

    public CityPackSeeder(CityPackFiles pack, CityContent content, Departments departments, Answers answers,
            TransactionTemplate transactions) {
        this.pack = pack;
        this.content = content;
        this.departments = departments;
        this.answers = answers;
        this.transactions = transactions;
    }

    @Override
    public void initialize() {
        if (!content.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(tx -> seed());
        } catch (DataIntegrityViolationException e) {
            // Another instance seeding at the same time committed first: its rows collided with ours.
            if (content.isEmpty()) {
                throw e;
            }
            log.info("citypack.seeded_by_another_instance");
        }
    }

    private void seed() {
        pack.departments().forEach(d -> departments.save(
                new Department(d.id(), d.name().en(), d.name().ko(), d.phone(), d.email())));
        int answerCount = 0;
        for (CityPackFiles.Faq faq : pack.faqs()) {
            answers.importPublished(answer(faq, "en", faq.en()));
            answers.importPublished(answer(faq, "ko", faq.ko()));
            answerCount += 2;
        }
        content.importPlaces(pack.places());
        content.importCategories(pack.categories());
        int examples = 0;
        for (String lang : new String[] {"en", "ko"}) {
            var intentExamples = pack.intentExamples(lang);
            content.importIntentExamples(lang, intentExamples);
            examples += intentExamples.size();
        }
        log.info("citypack.seeded answers={} examples={}", answerCount, examples);
    }

    private static Answer answer(CityPackFiles.Faq faq, String lang, CityPackFiles.FaqText text) {
        return new Answer(faq.id(), lang, faq.topic(), faq.department(), text.question(), text.alternatives(),
                text.answer(), AnswerStatus.PUBLISHED);
    }
}
