package city.civic.dialog;

import static city.civic.dialog.SpelledDigits.isAsciiDigit;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers that identify a person: phones, resident registration, card and account numbers. A run is groups of
 * digits joined by one separator (space, '-', '.', parentheses); with nine or more digits it is personal data.
 * Ticket numbers, dates, times, amounts and decimals are taken out first, so they never join a run.
 */
final class DigitRuns {

    private static final int PERSONAL = 9;
    /** Seven words spelling digits are read out to be written down: "one two three four five six seven". */
    private static final int SPELLED = 7;
    private static final int LONGEST_JOIN = 3;
    /** Korean counters of hours, minutes, seconds, months and days: "14시 5분". */
    private static final String TIME_COUNTERS = "시분초월일";

    private record Group(int start, int end) {

        int length() {
            return end - start;
        }

        int value(String text) {
            return length() > 4 ? -1 : Integer.parseInt(text, start, end, 10);
        }
    }

    private DigitRuns() {
    }

    /** Adds the span [start, end) of every personal number in the normalised text. */
    static void find(NormalisedText normalised, List<int[]> spans) {
        String text = normalised.text();
        List<Group> groups = groups(text);
        boolean[] kept = new boolean[groups.size()];
        for (int k = 0; k < groups.size(); k++) {
            int taken = Math.max(Math.max(ticket(text, groups, k), date(text, groups, k)),
                    Math.max(amount(text, groups, k), decimal(text, groups, k)));
            for (int t = 0; t < taken; t++) {
                kept[k + t] = true;
            }
            kept[k] |= isTime(text, groups.get(k));
        }
        int first = 0;
        while (first < groups.size()) {
            int last = first;
            while (!kept[first] && last + 1 < groups.size() && !kept[last + 1]
                    && joins(text, groups.get(last).end(), groups.get(last + 1).start())) {
                last++;
            }
            if (!kept[first] && isPersonal(normalised, groups.subList(first, last + 1))) {
                spans.add(span(text, groups.get(first).start(), groups.get(last).end()));
            }
            first = last + 1;
        }
    }

    private static boolean isPersonal(NormalisedText normalised, List<Group> run) {
        String text = normalised.text();
        int digits = run.stream().mapToInt(Group::length).sum();
        if (digits >= PERSONAL) {
            return true;
        }
        Group start = run.get(0);
        Group end = run.get(run.size() - 1);
        if (run.size() == 2 && start.length() >= 3 && end.length() == 4
                && text.substring(start.end(), end.start()).contains("-")) {
            // A local number, 123-4567 or 1234-5678, but not a range of years
            return !(isYear(text, start) && isYear(text, end));
        }
        return digits >= SPELLED && normalised.original(start.start(), end.end()).chars().anyMatch(Character::isLetter);
    }

    /** The run, with a leading '+' of +82 and the '(' of "(02) 123-4567". */
    private static int[] span(String text, int start, int end) {
        boolean closes = text.substring(start, end).indexOf(')') >= 0;
        if (start > 0 && text.charAt(start - 1) == '+') {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == '(' && closes) {
            start--;
        }
        return new int[] {start, end};
    }

    /** SC-2026-000123, "sc 2026 000123", SC2026000123: how many groups, from k, make a ticket number. */
    private static int ticket(String text, List<Group> groups, int k) {
        int p = groups.get(k).start();
        p = p > 0 && " -.".indexOf(text.charAt(p - 1)) >= 0 ? p - 1 : p;
        if (p < 2 || Character.toLowerCase(text.charAt(p - 1)) != 'c') {
            return 0;
        }
        p = p > 2 && " -.".indexOf(text.charAt(p - 2)) >= 0 ? p - 1 : p;
        if (Character.toLowerCase(text.charAt(p - 2)) != 's' || p > 2 && Character.isLetter(text.charAt(p - 3))) {
            return 0;
        }
        Group year = groups.get(k);
        if (year.length() == 10 || year.length() == 11) {
            return 1;
        }
        boolean sequence = year.length() == 4 && k + 1 < groups.size()
                && joins(text, year.end(), groups.get(k + 1).start())
                && (groups.get(k + 1).length() == 6 || groups.get(k + 1).length() == 7);
        return sequence ? 2 : 0;
    }

    /** 2026-12-07, 2026.12.07, "2026. 12. 7.". */
    private static int date(String text, List<Group> groups, int k) {
        if (k + 2 >= groups.size()) {
            return 0;
        }
        Group year = groups.get(k);
        Group month = groups.get(k + 1);
        Group day = groups.get(k + 2);
        String separator = text.substring(year.end(), month.start());
        boolean date = isYear(text, year) && month.length() <= 2 && month.value(text) >= 1 && month.value(text) <= 12
                && day.length() <= 2 && day.value(text) >= 1 && day.value(text) <= 31
                && separator.equals(text.substring(month.end(), day.start()))
                && (separator.equals("-") || separator.equals(".") || separator.equals(". ") || separator.equals("/"))
                && !continues(text, year.start() - 1, -1) && !continues(text, day.end(), 1);
        return date ? 3 : 0;
    }

    /** 1,000,000: a group of one to three digits, then groups of three after commas. */
    private static int amount(String text, List<Group> groups, int k) {
        Group first = groups.get(k);
        if (first.length() > 3 || first.start() > 1 && text.charAt(first.start() - 1) == ','
                && isAsciiDigit(text.charAt(first.start() - 2))) {
            return 0;
        }
        int last = k;
        while (last + 1 < groups.size() && groups.get(last + 1).length() == 3
                && groups.get(last + 1).start() == groups.get(last).end() + 1
                && text.charAt(groups.get(last).end()) == ',') {
            last++;
        }
        return last > k ? last - k + 1 : 0;
    }

    /** 37.4095 or 127.255700: few digits, a dot, four or more, and no further group. */
    private static int decimal(String text, List<Group> groups, int k) {
        if (k + 1 >= groups.size()) {
            return 0;
        }
        Group whole = groups.get(k);
        Group fraction = groups.get(k + 1);
        boolean decimal = whole.length() <= 3 && fraction.length() >= 4 && fraction.start() == whole.end() + 1
                && text.charAt(whole.end()) == '.' && !continues(text, whole.start() - 1, -1)
                && !continues(text, fraction.end(), 1);
        return decimal ? 2 : 0;
    }

    /** 10:30, or hours, minutes and days counted in Korean. */
    private static boolean isTime(String text, Group group) {
        int before = group.start() - 1;
        int after = group.end();
        return before > 0 && text.charAt(before) == ':' && isAsciiDigit(text.charAt(before - 1))
                || after + 1 < text.length() && text.charAt(after) == ':' && isAsciiDigit(text.charAt(after + 1))
                || group.length() <= 2 && after < text.length() && TIME_COUNTERS.indexOf(text.charAt(after)) >= 0;
    }

    private static boolean isYear(String text, Group group) {
        return group.length() == 4 && group.value(text) >= 1900 && group.value(text) <= 2099;
    }

    /** Whether a '-' or '.' at {@code at} goes on to another digit in {@code direction}. */
    private static boolean continues(String text, int at, int direction) {
        int next = at + direction;
        return at >= 0 && at < text.length() && next >= 0 && next < text.length()
                && (text.charAt(at) == '-' || text.charAt(at) == '.') && isAsciiDigit(text.charAt(next));
    }

    /** One separator between groups: at most one '-' or '.', spaces and parentheses around it. */
    private static boolean joins(String text, int start, int end) {
        if (end - start > LONGEST_JOIN) {
            return false;
        }
        int marks = 0;
        int open = 0;
        int close = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            marks += c == '-' || c == '.' ? 1 : 0;
            open += c == '(' ? 1 : 0;
            close += c == ')' ? 1 : 0;
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return false;
            }
        }
        return marks <= 1 && open <= 1 && close <= 1;
    }

    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            groups.add(new Group(start, i));
        }
        return groups;
    }
}
