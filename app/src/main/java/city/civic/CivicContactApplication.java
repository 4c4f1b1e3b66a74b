package city.civic;

import city.civic.cli.Commands;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform's server, or one of its commands (see {@link Commands}); an unknown command exits non-zero. */
@SpringBootApplication
public class CivicContactApplication {

    public static void main(String[] args) throws Exception {
        OptionalInt exitCode = Commands.run(args, System.out, System.err);
        if (exitCode.isPresent()) {
            System.exit(exitCode.getAsInt());
        }
        SpringApplication.run(CivicContactApplication.class, args);
    }
}
