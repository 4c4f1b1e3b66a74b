package city.civic.integrations.traffic;

/** Field values as the Korean feeds write them: numbers as text, event kinds in Korean. */
public final class FeedValues {

    private FeedValues() {
    }

    /** Null when empty or not a number. */
    public static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer integer(String text) {
        Double value = number(text);
        return value == null ? null : value.intValue();
    }

    /**
     * The port's incident type from a feed's event kind: ITS answers with Korean text (교통사고, 공사,
     * 기상, 기타돌발, 재난, 기타), not with the request's codes (acc, cor, wea, ete, dis, etc), but both are read.
     */
    public static String incidentType(String kind) {
        if (kind == null) {
            return "other";
        }
        String text = kind.strip();
        if (text.equals("acc") || text.contains("사고")) {
            return "accident";
        }
        if (text.equals("cor") || text.contains("공사") || text.contains("작업")) {
            return "roadworks";
        }
        if (text.equals("wea") || text.contains("기상")) {
            return "weather";
        }
        if (text.equals("dis") || text.contains("재난")) {
            return "disaster";
        }
        return "other";
    }
}
