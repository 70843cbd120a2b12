package se.nspl.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.audit.AuditTrail;
import se.nspl.security.Mfa;
import se.nspl.security.MfaLogin;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.web.FieldMessages;

/**
 * The second step of the login ({@code /mfa}): the code of an enrolled account, or the enrolment
 * of an app (QR code, then a code to confirm it, then the recovery codes shown once). A logged-in
 * account that has no app yet may enrol here too (demo mode). Five wrong codes end the session.
 */
@Controller
class MfaPages {

    static final int MAX_WRONG_CODES = 5;
    private static final String WRONG_CODES = "nspl.mfa.wrongCodes";

    private final Mfa mfa;
    private final MfaLogin login;
    private final AuditTrail audit;
    private final FieldMessages messages;

    MfaPages(Mfa mfa, MfaLogin login, AuditTrail audit, FieldMessages messages) {
        this.mfa = mfa;
        this.login = login;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/mfa")
    String page(Actor actor, Model model) {
        return page(actor, model, Map.of());
    }

    private String page(Actor actor, Model model, Map<String, String> errors) {
        boolean enrolled = mfa.enrolled(actor.id());
        model.addAttribute("pending", MfaLogin.pending());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("errors", errors);
        if (!enrolled) {
            model.addAttribute("enrolment", mfa.pending(actor));
        }
        return "security/mfa";
    }

    /** The code of an enrolled account, between password and role. */
    @PostMapping("/mfa")
    String verify(
            @RequestParam(required = false) String code,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session)
            throws IOException, ServletException {
        if (!MfaLogin.pending()) {
            return "redirect:/";
        }
        if (mfa.verify(actor, code)) {
            session.removeAttribute(WRONG_CODES);
            audit.recordOnItsOwn(
                    actor.name(),
                    actor.region().orElse(null),
                    "login.MFA_ACCEPTED",
                    "account",
                    actor.id().toString(),
                    null);
            login.complete(request, response);
            return null;
        }
        audit.recordOnItsOwn(
                actor.name(),
                actor.region().orElse(null),
                "login.MFA_FAILED",
                "account",
                actor.id().toString(),
                null);
        int wrong = (Integer) java.util.Objects.requireNonNullElse(session.getAttribute(WRONG_CODES), 0) + 1;
        if (wrong >= MAX_WRONG_CODES) {
            session.invalidate();
            return "redirect:/login?mfaFailed";
        }
        session.setAttribute(WRONG_CODES, wrong);
        response.setStatus(400);
        return page(actor, model, Map.of("code", messages.text(wrongCode(), LocaleContextHolder.getLocale())));
    }

    /** Confirms a new app with its first code and shows the recovery codes, once. */
    @PostMapping("/mfa/enrol")
    String enrol(
            @RequestParam(required = false) String code,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        try {
            model.addAttribute("recoveryCodes", mfa.confirm(actor, code));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(actor, model, messages.byField(e, f -> f));
        }
        if (MfaLogin.pending()) {
            // The enrolment's code is the second factor of this login.
            model.addAttribute("continueTo", "/mfa/continue");
            request.getSession().setAttribute("nspl.mfa.enrolled", Boolean.TRUE);
        }
        return "security/mfa-recovery";
    }

    /** From the recovery codes on into the platform, after an enrolment during the login. */
    @PostMapping("/mfa/continue")
    String proceed(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException, ServletException {
        if (MfaLogin.pending() && Boolean.TRUE.equals(session.getAttribute("nspl.mfa.enrolled"))) {
            session.removeAttribute("nspl.mfa.enrolled");
            login.complete(request, response);
            return null;
        }
        return "redirect:/";
    }

    private static InvalidInputException.FieldError wrongCode() {
        return InvalidInputException.FieldError.coded(
                "code", "mfa.error.wrongCode", "is not a current code of your app or an unused recovery code");
    }
}
