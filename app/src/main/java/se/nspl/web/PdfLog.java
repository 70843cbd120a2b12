package se.nspl.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the application's log (SLF4J) instead of its own console
 * handler: a few INFO lines per report otherwise go to standard error past the log's levels and
 * format. Its INFO becomes DEBUG: it says how long parsing took, nothing an operator acts on.
 */
final class PdfLog implements XRLogger {

    private static final PdfLog INSTANCE = new PdfLog();

    /** Installs this logger for openhtmltopdf, which keeps one for the whole JVM. */
    static void install() {
        if (XRLog.getLoggerImpl() != INSTANCE) {
            XRLog.setLoggerImpl(INSTANCE);
        }
    }

    private PdfLog() {}

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (level.intValue() >= Level.INFO.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // The levels are the application's logging configuration's (logging.level.com.openhtmltopdf).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        var logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        if (level.intValue() >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return level.intValue() >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
