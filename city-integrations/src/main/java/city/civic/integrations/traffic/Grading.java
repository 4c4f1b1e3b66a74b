package city.civic.integrations.traffic;

import city.civic.integrations.TrafficInfo.Grade;

/**
 * Congestion grade by speed. The feeds publish none (GITS's {@code congGrade} code list is not
 * documented), so it is a configurable convention per source: one public ITS client uses
 * 국도 ≥ 40 smooth, 20–40 slow, &lt; 20 congested.
 */
public record Grading(double slowBelowKmh, double congestedBelowKmh) {

    public Grading {
        if (congestedBelowKmh > slowBelowKmh) {
            throw new IllegalArgumentException("congested-below-kmh must not exceed slow-below-kmh");
        }
    }

    public Grade grade(double speedKmh) {
        return speedKmh < congestedBelowKmh ? Grade.CONGESTED : speedKmh < slowBelowKmh ? Grade.SLOW : Grade.SMOOTH;
    }
}
