package se.nspl.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;

/** Errors on pages become a readable error page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "error.notFound", e.getMessage(), model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(ForbiddenException.REASON, e.getMessage());
        return page(403, "error.forbidden", e.getMessage(), model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(400, "error.invalid", e.getMessage(), model, response);
    }

    private static String page(int status, String titleKey, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("detail", detail);
        return "error";
    }
}
