package city.civic.citypack;

import city.civic.dialog.content.CityContent;
import city.civic.knowledge.Answers;
import city.civic.knowledge.Departments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class CityPackConfiguration {

    @Bean
    CityPackFiles cityPackFiles(ResourceLoader resources, JsonMapper json,
            @Value("${civic.pack.location:classpath:citypack/sample/}") String location) {
        return new CityPackFiles(resources, json, location);
    }

    @Bean
    CityPackSeeder cityPackSeeder(CityPackFiles pack, CityContent content, Departments departments,
            Answers answers, TransactionTemplate transactions) {
        return new CityPackSeeder(pack, content, departments, answers, transactions);
    }
}
