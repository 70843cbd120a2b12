package se.nspl.contact.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.contact.ContactCard;
import se.nspl.contact.ContactDirectory;
import se.nspl.contact.RoleContact;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/** The directory, a card's form for its keeper, and the PDF for the command post's folder. */
@Controller
class ContactPages {

    /** Rows of roles the form offers; blank rows are left out when saved. */
    static final int ROLE_ROWS = 8;

    /** A field's error as the form shows it: the field's id, its label and what is wrong. */
    public record ShownError(String field, String label, String message) {}

    private static final java.util.regex.Pattern ROLE_FIELD =
            java.util.regex.Pattern.compile("roles\\[(\\d+)]\\.(title|name|phone)");

    private final ContactDirectory directory;
    private final ContactDirectoryPdf pdf;
    private final FieldMessages fieldMessages;
    private final MessageSource messages;
    private final Clock clock;

    ContactPages(
            ContactDirectory directory,
            ContactDirectoryPdf pdf,
            FieldMessages fieldMessages,
            MessageSource messages,
            Clock clock) {
        this.directory = directory;
        this.pdf = pdf;
        this.fieldMessages = fieldMessages;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavigationItem contactNavigation() {
        return new NavigationItem("/contacts", "nav.contacts", 360);
    }

    @GetMapping("/contacts")
    String directory(Actor actor, Model model) {
        var cards = directory.all();
        var now = clock.instant();
        model.addAttribute("cards", cards);
        model.addAttribute(
                "stale",
                cards.stream()
                        .filter(c -> c.needsVerification(now))
                        .map(ContactCard::party)
                        .toList());
        model.addAttribute(
                "editable",
                cards.stream()
                        .map(ContactCard::party)
                        .filter(p -> directory.mayEdit(actor, p))
                        .toList());
        return "contact/directory";
    }

    @GetMapping(value = "/contacts/directory.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf() {
        return pdf.download();
    }

    @GetMapping("/contacts/{party}/edit")
    String form(@PathVariable String party, Actor actor, Model model) {
        var card = directory.find(party);
        requireKeeper(actor, party);
        return form(card, card.version(), card.dutyPhone(), card.mailbox(), card.roles(), List.of(), model);
    }

    @PostMapping("/contacts/{party}")
    String save(
            @PathVariable String party,
            @RequestParam Map<String, String> fields,
            Actor actor,
            Model model,
            Locale locale) {
        var card = directory.find(party);
        requireKeeper(actor, party);
        var roles = roles(fields);
        long version = version(fields.get("version"));
        var draft = new ContactDirectory.CardDraft(fields.get("dutyPhone"), fields.get("mailbox"), roles);
        try {
            directory.save(party, version, draft, actor);
            return "redirect:/contacts?saved=" + party;
        } catch (InvalidInputException e) {
            var shown = e.errors().stream()
                    .map(error -> new ShownError(
                            error.field(), label(error.field(), locale), fieldMessages.text(error, locale)))
                    .toList();
            return form(card, version, draft.dutyPhone(), draft.mailbox(), roles, shown, model);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return form(card, version, draft.dutyPhone(), draft.mailbox(), roles, List.of(), model);
        }
    }

    @PostMapping("/contacts/{party}/verify")
    String verify(@PathVariable String party, @RequestParam(required = false) String version, Actor actor) {
        try {
            directory.verify(party, version(version), actor);
            return "redirect:/contacts?verified=" + party;
        } catch (StaleVersionException e) {
            // someone saved or confirmed the card since the page was read: show it as it is now
            return "redirect:/contacts?changed=" + party;
        }
    }

    private String form(
            ContactCard card,
            long version,
            String dutyPhone,
            String mailbox,
            List<RoleContact> roles,
            List<ShownError> errors,
            Model model) {
        var rows = new ArrayList<>(roles);
        while (rows.size() < ROLE_ROWS) {
            rows.add(new RoleContact(null, null, null));
        }
        model.addAttribute("card", card);
        model.addAttribute("version", version);
        model.addAttribute("dutyPhone", dutyPhone);
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("roles", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(ShownError::field).toList());
        return "contact/form";
    }

    /** The label the reader sees for a field: "TiB dygnet runt", "Telefon, rad 2". */
    private String label(String field, Locale locale) {
        var role = ROLE_FIELD.matcher(field);
        if (role.matches()) {
            int row = Integer.parseInt(role.group(1)) + 1;
            return messages.getMessage("contact.role." + role.group(2) + "Row", new Object[] {row}, field, locale);
        }
        return switch (field) {
            case "dutyPhone", "mailbox" -> messages.getMessage("contact.col." + field, null, field, locale);
            default -> field;
        };
    }

    /** The filled rows of roles[i].title/name/phone, in order. */
    private static List<RoleContact> roles(Map<String, String> fields) {
        var roles = new ArrayList<RoleContact>();
        for (int i = 0; i < ROLE_ROWS; i++) {
            String title = fields.getOrDefault("roles[" + i + "].title", "");
            String name = fields.getOrDefault("roles[" + i + "].name", "");
            String phone = fields.getOrDefault("roles[" + i + "].phone", "");
            if (!title.isBlank() || !name.isBlank() || !phone.isBlank()) {
                roles.add(new RoleContact(title, name, phone));
            }
        }
        return roles;
    }

    private static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be the version of the card you read");
        }
    }

    private void requireKeeper(Actor actor, String party) {
        if (!directory.mayEdit(actor, party)) {
            throw new ForbiddenException("A region keeps only its own contact card; the secretariat keeps the others");
        }
    }
}
