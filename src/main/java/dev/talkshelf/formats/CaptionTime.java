package dev.talkshelf.formats;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the times of a caption file: WebVTT's `[hh:]mm:ss.ttt` and SRT's `hh:mm:ss,mmm`. */
final class CaptionTime {
    /** WebVTT: hours optional (any number of digits), minutes and seconds two digits below 60, three decimals. */
    private static final Pattern VTT = Pattern.compile("(?:(\\d{1,9}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");
    /** SRT as real files write it: one or two hour digits, a comma (a dot seen too), one to three decimals. */
    private static final Pattern SRT = Pattern.compile("(\\d{1,9}):([0-5]?\\d):([0-5]?\\d)[,.](\\d{1,3})");

    private CaptionTime() {
    }

    /** The WebVTT time {@code text} is, or null when it is not one. */
    static Duration vtt(String text) {
        Matcher m = VTT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return of(hours, m.group(2), m.group(3), m.group(4));
    }

    /** The SRT time {@code text} is, or null when it is not one. */
    static Duration srt(String text) {
        Matcher m = SRT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return of(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4));
    }

    private static Duration of(long hours, String minutes, String seconds, String fraction) {
        // "5" after the comma is half a second, as in a decimal fraction.
        String millis = (fraction + "00").substring(0, 3);
        return Duration.ofHours(hours)
                .plusMinutes(Long.parseLong(minutes))
                .plusSeconds(Long.parseLong(seconds))
                .plusMillis(Long.parseLong(millis));
    }

    /** "01:02:03.004" for a message. */
    static String show(Duration d) {
        return String.format("%02d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart());
    }
}
