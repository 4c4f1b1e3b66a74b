package city.civic.cluster.faults;

import city.civic.integrations.center.simulator.SimulatedCenter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tickets filed, counted at the center by the platform's number each request carries: how many arrived, how
 * many arrived more than once (the extra copies) and how many never did.
 */
record CenterCount(int filed, int delivered, int duplicated, int lost) {

    static final String TICKET_ATTRIBUTE = "platform_ticket_id";

    static CenterCount of(Collection<String> filed, List<SimulatedCenter.Request> atCenter) {
        Map<String, Long> copies = atCenter.stream().map(request -> request.attributes().get(TICKET_ATTRIBUTE))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        int delivered = (int) filed.stream().filter(copies::containsKey).count();
        int duplicated = (int) copies.values().stream().mapToLong(n -> n - 1).sum();
        return new CenterCount(filed.size(), delivered, duplicated, filed.size() - delivered);
    }

    @Override
    public String toString() {
        return "filed " + filed + ", delivered " + delivered + ", duplicated " + duplicated + ", lost " + lost;
    }
}
