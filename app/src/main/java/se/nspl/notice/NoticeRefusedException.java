package se.nspl.notice;

/** The right caller at the wrong moment, e.g. a reminder for a notice that asks for no acknowledgement: 409. */
public class NoticeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoticeRefusedException(String message) {
        super(message);
    }
}
