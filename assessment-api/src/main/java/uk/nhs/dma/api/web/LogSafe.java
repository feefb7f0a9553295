package uk.nhs.dma.api.web;

/**
 * Makes a value taken from a request safe to put in a log line: control characters (CR and LF above all, which
 * could start a forged line) and the Unicode line and paragraph separators are written as visible escapes, and
 * the value is cut to a bounded length.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        StringBuilder safe = null;
        int length = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (unsafe && safe == null) {
                safe = new StringBuilder(length + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (!unsafe) {
                    safe.append(c);
                } else if (c == '\r') {
                    safe.append("\\r");
                } else if (c == '\n') {
                    safe.append("\\n");
                } else if (c == '\t') {
                    safe.append("\\t");
                } else {
                    safe.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        String result = safe == null ? text.substring(0, length) : safe.toString();
        return text.length() > MAX_LENGTH ? result + "…" : result;
    }
}
