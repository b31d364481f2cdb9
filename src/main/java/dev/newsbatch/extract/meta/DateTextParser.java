package dev.newsbatch.extract.meta;

import dev.newsbatch.extract.PublishedTime;
import dev.newsbatch.extract.PublishedTime.Precision;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or timestamp out of a piece of text: ISO-8601 and its common variants, day-month-year with dots or
 * slashes, month names in the main European languages ("3 January 2019", "Jan. 3, 2019", "3. Januar 2019",
 * "3 de enero de 2019", "3 января 2019"), and CJK "2019年1月3日". A time with an offset keeps it; a local time takes
 * the zone the source's job definition gives, or else UTC marked as assumed; a date alone has day precision.
 * Thread-safe.
 *
 * <pre>{@code dates.parse("Jan. 3, 2019 5:21 pm", ZoneId.of("Europe/Berlin"))}</pre>
 */
public final class DateTextParser {

    /** Years outside this range are not publication dates of web pages (they are founding years, ages, prices). */
    static final int MIN_YEAR = 1995;
    static final int MAX_YEAR = 2100;

    /**
     * Month names and abbreviations by language, each list January first. Genitive forms (Slavic "января",
     * "stycznia") are listed because dates are written with them.
     */
    private static final String[][] MONTH_NAMES = {
            // English, with abbreviations
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"},
            // German (and Austrian "Jänner")
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "dezember"},
            {"jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
            {"jan", "febr", "mrz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
            // French
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"},
            {"janv", "fevrier", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "déc"},
            {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "decembre"},
            // Spanish
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"},
            {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"},
            // Portuguese
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"},
            {"jan", "fev", "marco", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
            // Italian
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre"},
            {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
            // Dutch
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december"},
            // Scandinavian
            {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                    "november", "december"},
            {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "desember"},
            // Polish, nominative and genitive
            {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                    "październik", "listopad", "grudzień"},
            {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                    "października", "listopada", "grudnia"},
            // Czech genitive
            {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                    "listopadu", "prosince"},
            // Russian, nominative and genitive
            {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь"},
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря"},
            // Ukrainian genitive
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                    "листопада", "грудня"},
            // Romanian
            {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                    "octombrie", "noiembrie", "decembrie"},
            // Albanian
            {"janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
                    "dhjetor"},
            // Turkish
            {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                    "aralık"},
            // Hungarian
            {"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
                    "október", "november", "december"},
            // Indonesian
            {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                    "november", "desember"},
    };

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String[] names : MONTH_NAMES) {
            for (int i = 0; i < 12; i++) {
                MONTHS.putIfAbsent(names[i], i + 1);
            }
        }
    }

    /**
     * Every month name, longest first so "sept" wins over "sep" in the alternation. The names are grouped by their
     * first letter ("j(?:anuary|anuari|une|...)|f(?:...)"), in that order: a regex tries an alternation's branches one
     * by one at every position of the text, and one test of the first letter per group instead of one per name made
     * the date shapes several times faster on long texts. It matches what the flat list matched, as no two of the
     * first letters are the same letter in another case.
     */
    private static final String MONTH = "(?<month>" + alternationByFirstLetter(MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList()) + ")";

    /**
     * The words (in order) as an alternation grouped by first letter; each group keeps its words' order, so the
     * alternation matches what the flat one did wherever no two first letters are one letter in another case. Used
     * for the month names and for the publication labels ({@link PublicationDates}).
     */
    static String alternationByFirstLetter(List<String> names) {
        Map<Character, List<String>> byFirst = new java.util.LinkedHashMap<>();
        for (String name : names) {
            byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name.substring(1));
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<Character, List<String>> group : byFirst.entrySet()) {
            groups.add(Pattern.quote(String.valueOf(group.getKey())) + "(?:"
                    + String.join("|", group.getValue().stream().map(Pattern::quote).toList()) + ")");
        }
        return String.join("|", groups);
    }

    /** A time of day after a date: "17:21", "17:21:05.123", "5:21 pm", "17h21", with an optional zone. */
    private static final String TIME = "(?:(?:\\s*(?:,|\\||-|–|•|·|/|T|um|at|à|às|a las|alle|o)?\\s*)"
            + "(?<h>\\d{1,2})[:h](?<mi>\\d\\d)(?::(?<s>\\d\\d)(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*(?<ampm>[ap]\\.?\\s?m\\.?)(?![\\p{L}]))?"
            + "(?:\\s*(?<off>Z|[+-]\\d\\d(?::?\\d\\d)?|(?:UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d\\d)?)?)(?![\\p{L}]))?)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The shapes a date takes, each a pattern with named groups y, mo (or month), d. */
    private static final List<Pattern> SHAPES = List.of(
            // ISO and year-first: 2019-01-03, 2019/01/03, 2019.01.03, 2019. 1. 3.
            Pattern.compile("(?<![\\d.])(?<y>\\d{4})(?<sep>[-/.]|\\.\\s)(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)"
                    + TIME, FLAGS),
            // CJK: 2019年1月3日
            Pattern.compile("(?<y>\\d{4})\\s*年\\s*(?<mo>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日" + TIME, FLAGS),
            // day first, month as a name: 3 January 2019, 3. Januar 2019, 3 de enero de 2019, 03-Jan-2019
            Pattern.compile("(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?[\\s-]*(?:de\\s+)?" + MONTH
                    + "(?![\\p{L}])\\.?,?[\\s-]*(?:de\\s+|del\\s+)?(?<y>\\d{4})(?!\\d)" + TIME, FLAGS),
            // month first: January 3, 2019; Jan. 3rd 2019
            Pattern.compile("(?<![\\p{L}])" + MONTH + "\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)"
                    + TIME, FLAGS),
            // year first, month as a name (Hungarian, some CMS formats): 2019. január 3.
            Pattern.compile("(?<![\\d])(?<y>\\d{4})\\.?\\s+" + MONTH + "\\.?\\s+(?<d>\\d{1,2})(?!\\d)" + TIME, FLAGS),
            // numeric day first: 03.01.2019, 3/1/2019, 03-01-2019 (month first when the day cannot be a month)
            Pattern.compile("(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./-])\\s?(?<b>\\d{1,2})\\k<sep>\\s?(?<y>\\d{4})(?!\\d)"
                    + TIME, FLAGS));

    /** Seconds since 1970 (10 digits) or milliseconds (13), as some meta tags give them. */
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(?:\\d{3})?$");

    /** Whether a word (any case, a trailing dot allowed) is a month name or abbreviation in a known language. */
    static boolean isMonthName(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** Reads the earliest date in the text; see {@link #parse(String, ZoneId, boolean)}. Day first when ambiguous. */
    public Optional<PublishedTime> parse(String text, ZoneId defaultZone) {
        return parse(text, defaultZone, false);
    }

    /**
     * Reads the date that starts earliest in the text.
     *
     * @param monthFirst whether "01/03/2019" means January 3 (US usage) rather than 1 March
     */
    public Optional<PublishedTime> parse(String text, ZoneId defaultZone, boolean monthFirst) {
        List<PublishedTime> all = parseAll(text, defaultZone, monthFirst, 1);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every date in the text in the order they appear, at most {@code limit}. */
    public List<PublishedTime> parseAll(String text, ZoneId defaultZone, boolean monthFirst, int limit) {
        List<PublishedTime> out = new ArrayList<>();
        scan(text, defaultZone, monthFirst, limit, out::add);
        return out;
    }

    /**
     * As {@link #parseAll}, handing each date to {@code more} as it is found, and stopping early where {@code more}
     * says it has seen enough (returns false): a long text is then not read past the date that settles a question.
     */
    void scan(String text, ZoneId defaultZone, boolean monthFirst, int limit,
            java.util.function.Predicate<PublishedTime> more) {
        List<PublishedTime> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return;
        }
        String trimmed = text.trim();
        if (EPOCH.matcher(trimmed).matches()) {
            long n = Long.parseLong(trimmed);
            Instant instant = trimmed.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            more.test(new PublishedTime(instant.atOffset(ZoneOffset.UTC), Precision.SECOND, false, trimmed));
            return;
        }
        // every shape writes its year as four ASCII digits, so a date lies within a few words of a run of four
        // digits or more: the shapes are matched only in those windows of the text, not at every position of it
        // (a month-name shape costs some hundred nanoseconds a character; most of a page's text holds no year)
        int[] windows = yearWindows(text);
        if (windows.length == 0) {
            return;
        }
        // each shape's next match is kept and searched again only once the scan has passed it, so a long text
        // is read once per shape, not once per date found
        Matcher[] next = new Matcher[SHAPES.size()];
        boolean[] exhausted = new boolean[SHAPES.size()];
        int from = 0;
        while (out.size() < limit) {
            Matcher best = null;
            for (int i = 0; i < next.length; i++) {
                if (exhausted[i]) {
                    continue;
                }
                if (next[i] == null || next[i].start() < from) {
                    if (next[i] == null) {
                        next[i] = SHAPES.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (!findInWindows(next[i], from, windows)) {
                        exhausted[i] = true;
                        continue;
                    }
                }
                if (best == null || next[i].start() < best.start()) {
                    best = next[i];
                }
            }
            if (best == null) {
                break;
            }
            Optional<PublishedTime> time = toTime(best, defaultZone, monthFirst);
            if (time.isPresent()) {
                out.add(time.get());
                if (!more.test(time.get())) {
                    return;
                }
            }
            from = best.end() > best.start() ? best.end() : best.start() + 1;
        }
    }

    /**
     * How far before its year a date can start ("Wednesday, 30th of September" is written after the weekday, which
     * is not part of the match) and how far after it it can end (a time, seconds, fraction, am/pm and a zone offset).
     * Generous: a shape's own parts are a few words at most, and text here has its white space collapsed.
     */
    private static final int BEFORE_YEAR_CHARS = 64;
    private static final int AFTER_YEAR_CHARS = 64;

    /**
     * The parts of the text a date can lie in: each run of four ASCII digits or more, widened by
     * {@link #BEFORE_YEAR_CHARS} and {@link #AFTER_YEAR_CHARS}, overlapping windows merged; start and end pairs in
     * text order.
     */
    static int[] yearWindows(String text) {
        int[] windows = new int[8];
        int count = 0;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run >= 4) {
                int start = Math.max(0, i - run - BEFORE_YEAR_CHARS);
                int end = Math.min(text.length(), i + AFTER_YEAR_CHARS);
                if (count > 0 && start <= windows[count - 1]) {
                    windows[count - 1] = end; // overlaps the window before: one window
                } else {
                    if (count + 2 > windows.length) {
                        windows = java.util.Arrays.copyOf(windows, windows.length * 2);
                    }
                    windows[count++] = start;
                    windows[count++] = end;
                }
            }
            run = 0;
        }
        return java.util.Arrays.copyOf(windows, count);
    }

    /**
     * {@code m.find(from)} where every match lies within one of the windows: the windows are searched in order, from
     * {@code from} on, each as the matcher's region (its bounds transparent, so look-arounds see the text around).
     */
    private static boolean findInWindows(Matcher m, int from, int[] windows) {
        for (int w = 0; w < windows.length; w += 2) {
            int end = windows[w + 1];
            if (end <= from) {
                continue;
            }
            m.region(Math.max(windows[w], from), end);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@link #scan} of the text can find a date in the given year. Every shape writes the year as four ASCII
     * digits, and only a whole text of epoch digits gives a date without writing its year, so a text holding neither
     * need not be scanned for that year's dates: a check far cheaper than the scan on a long page.
     */
    static boolean mayHoldYear(String text, int year) {
        return text != null && (text.contains(Integer.toString(year)) || EPOCH.matcher(text.trim()).matches());
    }

    /** The month names and abbreviations of every language known, lower-cased. */
    static java.util.Set<String> monthNames() {
        return java.util.Collections.unmodifiableSet(MONTHS.keySet());
    }

    private static Optional<PublishedTime> toTime(Matcher m, ZoneId defaultZone, boolean monthFirst) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month;
            int day;
            if (hasGroup(m, "a")) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean swap = a > 12 ? false : b > 12 || (monthFirst && !".".equals(m.group("sep")));
                month = swap ? a : b;
                day = swap ? b : a;
            } else if (hasGroup(m, "month")) {
                month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
                day = Integer.parseInt(m.group("d"));
            } else {
                month = Integer.parseInt(m.group("mo"));
                day = Integer.parseInt(m.group("d"));
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, month, day);
            String raw = m.group().trim();
            if (m.group("h") == null) {
                return Optional.of(at(date.atStartOfDay(), null, defaultZone, Precision.DAY, raw));
            }
            int hour = Integer.parseInt(m.group("h"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime time = date.atTime(hour, Integer.parseInt(m.group("mi")),
                    m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            Precision precision = m.group("s") == null ? Precision.MINUTE : Precision.SECOND;
            return Optional.of(at(time, m.group("off"), defaultZone, precision, raw));
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A day.month.year date with a two-digit year ("31.10.23", "02.12.19"), the first standing alone (no digit or
     * dot around it), as a day in the century that puts it at or before {@code now}. Only for text the caller knows
     * is a date line: elsewhere three small numbers are too often something else.
     */
    static Optional<PublishedTime> shortYearDate(String text, ZoneId zone, Instant now) {
        if (text == null || text.length() < "1.2.19".length()) {
            return Optional.empty();
        }
        Matcher m = SHORT_YEAR_DATE.matcher(text);
        int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int year = 2000 + Integer.parseInt(m.group(3));
            if (year > thisYear) {
                year -= 100;
            }
            if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            return Optional.of(at(LocalDate.of(year, month, day).atStartOfDay(), null, zone, Precision.DAY,
                    m.group()));
        }
        return Optional.empty();
    }

    /** See {@link #shortYearDate}: two-digit day and month, dots, a two-digit year, nothing numeric around. */
    private static final Pattern SHORT_YEAR_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

    private static PublishedTime at(LocalDateTime local, String offset, ZoneId defaultZone, Precision precision,
            String raw) {
        if (offset != null) {
            return new PublishedTime(OffsetDateTime.of(local, offset(offset)), precision, false, raw);
        }
        if (defaultZone != null) {
            return new PublishedTime(local.atZone(defaultZone).toOffsetDateTime(), precision, false, raw);
        }
        return new PublishedTime(local.atOffset(ZoneOffset.UTC), precision, true, raw);
    }

    /** "Z", "+01", "+0100", "+01:00", "UTC", "GMT+2" as an offset. */
    static ZoneOffset offset(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "").replace(" ", "");
        if (s.isEmpty() || s.equals("Z")) {
            return ZoneOffset.UTC;
        }
        char sign = s.charAt(0);
        String digits = s.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign1 = sign == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign1 * hours, sign1 * minutes);
    }
}
