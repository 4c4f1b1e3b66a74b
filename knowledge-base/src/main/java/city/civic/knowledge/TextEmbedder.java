package city.civic.knowledge;

import java.util.List;

/** Turns text into a unit-length dense vector; shared by retrieval and intent classification. */
public interface TextEmbedder {

    int dimension();

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);
}
