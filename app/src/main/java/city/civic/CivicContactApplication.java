package city.civic;

import city.civic.cli.EvalIntentsCommand;
import city.civic.cli.EvalKnowledgeCommand;
import city.civic.cli.bench.BenchmarkCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform's server, or one of its commands: {@code eval-intents}, {@code benchmark}. */
@SpringBootApplication
public class CivicContactApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("eval-intents")) {
            System.exit(new EvalIntentsCommand(System.out).run(args));
        }
        if (args.length > 0 && args[0].equals("benchmark")) {
            System.exit(new BenchmarkCommand(System.out).run(args));
        }
        if (args.length > 0 && args[0].equals("eval-knowledge")) {
            System.exit(new EvalKnowledgeCommand(System.out).run(args));
        }
        SpringApplication.run(CivicContactApplication.class, args);
    }
}
