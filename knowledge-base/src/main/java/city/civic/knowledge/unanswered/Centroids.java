package city.civic.knowledge.unanswered;

import java.nio.ByteBuffer;
import java.util.Base64;

/** A centroid as stored: its floats, big-endian, in base64 (text, so H2 and PostgreSQL store it alike). */
final class Centroids {

    private Centroids() {
    }

    static String encode(float[] centroid) {
        ByteBuffer bytes = ByteBuffer.allocate(centroid.length * Float.BYTES);
        bytes.asFloatBuffer().put(centroid);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static float[] decode(String stored) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
        float[] centroid = new float[bytes.remaining() / Float.BYTES];
        bytes.asFloatBuffer().get(centroid);
        return centroid;
    }
}
