package city.civic.dialog.content;

/** Fills an empty database with a city's content (the city pack) before the engine is built from it. */
public interface CityContentInitializer {

    void initialize();
}
