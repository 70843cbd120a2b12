package se.nspl.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** A failed form login goes back to the form, saying whether it was the password or the throttle. */
@Component
class LoginFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean throttled = exception instanceof LoginThrottle.ThrottledException;
        response.sendRedirect(request.getContextPath() + (throttled ? "/login?throttled" : "/login?error"));
    }
}
