package city.civic.knowledge.unanswered;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Finds the open group a question joins, or starts one. Centroids are cached and read again only when a
 * group's member count changed (here or on another instance), so a long queue costs one small read per
 * question rather than every centroid.
 */
final class OpenGroups {

    /** Beyond this many open groups in a language, the oldest are no longer joined (they stay listed). */
    static final int MAX_COMPARED = 5000;

    private record Cached(String lang, int members, float[] centroid) {
    }

    private record Member(long id, int members) {
    }

    private final JdbcClient jdbc;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    OpenGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the group the question joined or started; call inside the question's transaction. */
    long joinOrStart(String lang, float[] question, Instant now) {
        long best = -1;
        double bestSimilarity = -1;
        Cached bestGroup = null;
        for (Map.Entry<Long, Cached> group : openCentroids(lang).entrySet()) {
            double similarity = QuestionFeatures.similarity(question, group.getValue().centroid());
            if (similarity > bestSimilarity) {
                best = group.getKey();
                bestSimilarity = similarity;
                bestGroup = group.getValue();
            }
        }
        if (bestGroup != null && bestSimilarity >= QuestionFeatures.threshold(lang)) {
            float[] centroid = bestGroup.centroid().clone();
            QuestionFeatures.add(centroid, question);
            jdbc.sql("update unanswered_group set centroid = ?, members = members + 1 where id = ?")
                    .params(Centroids.encode(centroid), best).update();
            cache.remove(best);
            return best;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into unanswered_group (lang, status, centroid, members, created_at)"
                        + " values (?, 'open', ?, 1, ?)")
                .params(lang, Centroids.encode(question), Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private Map<Long, Cached> openCentroids(String lang) {
        List<Member> open = jdbc.sql("select id, members from unanswered_group where status = 'open' and lang = ?"
                        + " order by id desc fetch first " + MAX_COMPARED + " rows only")
                .param(lang).query((rs, n) -> new Member(rs.getLong(1), rs.getInt(2))).list();
        List<Long> stale = open.stream().filter(m -> {
            Cached cached = cache.get(m.id());
            return cached == null || cached.members() != m.members();
        }).map(Member::id).toList();
        for (int from = 0; from < stale.size(); from += 500) {
            jdbc.sql("select id, members, centroid from unanswered_group where id in (:ids) and centroid is not null")
                    .param("ids", stale.subList(from, Math.min(stale.size(), from + 500)))
                    .query(rs -> {
                        cache.put(rs.getLong(1), new Cached(lang, rs.getInt(2), Centroids.decode(rs.getString(3))));
                    });
        }
        Set<Long> openIds = open.stream().map(Member::id).collect(Collectors.toSet());
        cache.entrySet().removeIf(e -> e.getValue().lang().equals(lang) && !openIds.contains(e.getKey()));
        return open.stream().filter(m -> cache.containsKey(m.id()))
                .collect(Collectors.toMap(Member::id, m -> cache.get(m.id())));
    }

}
