package se.nspl.contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Parties;
import se.nspl.organisation.Party;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.StaleVersionException;

/**
 * The contact directory: a card for every region, authority and the secretariat, read by
 * everyone, kept by each region for itself and by the secretariat for the others. Saving a card
 * confirms it (verified now); a card not confirmed for 90 days is flagged.
 */
@Service
public class ContactDirectory {

    /** A card as its keeper writes it. */
    public record CardDraft(
            @Nullable String dutyPhone,
            @Nullable String mailbox,
            @Nullable List<RoleContact> roles) {}

    static final int MAX_ROLES = 20;
    static final int MAX_TITLE = 100;
    /** Digits with spaces, dashes, parentheses and a leading +: "+46 90-785 00 00", "010-123 45 67". */
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,38}$");

    static final Pattern MAILBOX = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private final ContactCards cards;
    private final Parties parties;
    private final AuditTrail audit;
    private final Clock clock;

    ContactDirectory(ContactCards cards, Parties parties, AuditTrail audit, Clock clock) {
        this.cards = cards;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every party's card, the secretariat first, then the regions by code, then the authorities. */
    @Transactional(readOnly = true)
    public List<ContactCard> all() {
        var saved = cards.all();
        return parties.all().stream()
                .map(p -> {
                    var card = saved.get(p.key());
                    return card == null ? ContactCard.empty(p) : card(p, card);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public ContactCard find(String key) {
        var party = party(key);
        return cards.find(party).map(c -> card(party, c)).orElse(ContactCard.empty(party));
    }

    public boolean mayEdit(Actor actor, String key) {
        return ContactPermissions.mayEdit(actor, party(key));
    }

    /** Saves the card if {@code version} is the one stored (0 for a card never saved); it counts as verified now. */
    @Transactional
    public ContactCard save(String key, long version, CardDraft draft, Actor actor) {
        var party = party(key);
        requireKeeper(actor, party);
        var errors = new ArrayList<FieldError>();
        String dutyPhone = phone("dutyPhone", draft.dutyPhone(), false, errors);
        String mailbox = optional(draft.mailbox());
        if (mailbox != null
                && (mailbox.length() > 200 || !MAILBOX.matcher(mailbox).matches())) {
            errors.add(FieldError.coded("mailbox", "contact.error.mailbox", "must be an e-mail address"));
        }
        var roles = roles(draft.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        cards.save(party, version, dutyPhone, mailbox, roles, actor.name(), clock.instant());
        audit.record(
                actor,
                "contact.SAVE",
                "contact-card",
                key,
                party.name() + ": TiB " + (dutyPhone == null ? "–" : dutyPhone) + ", " + roles.size() + " roles");
        return find(key);
    }

    /** Confirms the card unchanged: verified now, one version on. */
    @Transactional
    public ContactCard verify(String key, long version, Actor actor) {
        var party = party(key);
        requireKeeper(actor, party);
        if (cards.find(party).isEmpty()) {
            throw new InvalidInputException(List.of(FieldError.coded(
                    "card", "contact.error.nothingToVerify", "has nothing to verify yet: save its numbers first")));
        }
        if (!cards.verify(party, version, actor.name(), clock.instant())) {
            throw new StaleVersionException("contact card", key, version);
        }
        audit.record(actor, "contact.VERIFY", "contact-card", key, party.name());
        return find(key);
    }

    private Party party(String key) {
        return parties.find(key).orElseThrow(() -> new NotFoundException("contact card", key));
    }

    private static void requireKeeper(Actor actor, Party party) {
        if (!ContactPermissions.mayEdit(actor, party)) {
            throw new ForbiddenException("A region keeps only its own contact card; the secretariat keeps the others");
        }
    }

    private static ContactCard card(Party party, ContactCards.Stored c) {
        return new ContactCard(
                party.key(),
                party.name(),
                party.kind(),
                c.dutyPhone(),
                c.mailbox(),
                c.roles(),
                c.updatedAt(),
                c.updatedBy(),
                c.verifiedAt(),
                c.verifiedBy(),
                c.version());
    }

    private static List<RoleContact> roles(@Nullable List<RoleContact> drafts, List<FieldError> errors) {
        var roles = new ArrayList<RoleContact>();
        if (drafts == null) {
            return roles;
        }
        if (drafts.size() > MAX_ROLES) {
            errors.add(FieldError.coded("roles", "contact.error.tooManyRoles", "at most " + MAX_ROLES, MAX_ROLES));
            return roles;
        }
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            String at = "roles[" + i + "].";
            if (draft == null) {
                errors.add(FieldError.coded("roles[" + i + "]", "contact.error.empty", "must not be empty"));
                continue;
            }
            String title = optional(draft.title());
            if (title == null || title.length() > MAX_TITLE) {
                errors.add(FieldError.coded(
                        at + "title", "contact.error.title", "must be 1 to " + MAX_TITLE + " characters", MAX_TITLE));
            }
            String name = optional(draft.name());
            if (name != null && name.length() > MAX_TITLE) {
                errors.add(FieldError.coded(
                        at + "name", "contact.error.title", "must be 1 to " + MAX_TITLE + " characters", MAX_TITLE));
            }
            Classification.check(at + "title", title, errors);
            Classification.check(at + "name", name, errors);
            String phone = phone(at + "phone", draft.phone(), true, errors);
            roles.add(new RoleContact(title, name, phone));
        }
        return roles;
    }

    private static @Nullable String phone(
            String field, @Nullable String text, boolean required, List<FieldError> errors) {
        String phone = optional(text);
        if (phone == null) {
            if (required) {
                errors.add(FieldError.coded(field, "contact.error.empty", "must not be empty"));
            }
            return null;
        }
        if (!PHONE.matcher(phone).matches()) {
            errors.add(FieldError.coded(
                    field,
                    "contact.error.phone",
                    "must be a phone number of digits, spaces and dashes, e.g. 090-785 00 00"));
        }
        return phone;
    }

    private static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
