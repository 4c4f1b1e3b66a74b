package city.civic;

import city.civic.cli.EvalIntentsCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform's server, or one of its commands: {@code eval-intents}, {@code benchmark}. */
@SpringBootApplication
public class CivicContactApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("eval-intents")) {
            System.exit(new EvalIntentsCommand(System.out).run(args));
        }
        SpringApplication.run(CivicContactApplication.class, args);
    }
}
