package se.nspl.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import se.nspl.capacity.Preparedness;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.support.SupportDesk;
import se.nspl.support.SupportType;
import se.nspl.support.Urgency;

/** With SMTP configured, a notification also goes by e-mail to the audience's mailbox, after the commit. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + NotificationMailTest.SMTP_PORT,
            "nspl.notifications.mail.from=nspl@kansliet.test",
            "nspl.notifications.mail.to.24=tib@vasterbotten.test",
            "nspl.notifications.mail.base-url=https://nspl.test"
        })
class NotificationMailTest {

    static final int SMTP_PORT = 3925;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Autowired
    SupportDesk desk;

    @Autowired
    Preparedness preparedness;

    @Test
    void aSubmittedRequestIsMailedToTheMailboxOfARegionThatHasOne() throws Exception {
        var norrbotten = new Actor(
                UUID.randomUUID(), "t-region-25", Role.REGION_COORDINATOR, Optional.of(RegionCode.of("25")), Set.of());
        preparedness.set(RegionCode.of("25"), PreparednessLevel.NORMALLAGE, "test", norrbotten);
        var request = desk.create(
                new SupportDesk.RequestDraft(
                        SupportType.PATIENT_TRANSFER,
                        RegionCode.of("25"),
                        null,
                        "Ta emot 2 IVA-patienter",
                        null,
                        Urgency.IMMEDIATE,
                        null,
                        null,
                        null,
                        List.of(new SupportDesk.ItemDraft(CareLevel.ICU, null, 2))),
                norrbotten);
        desk.submit(request.id(), norrbotten);

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
                .containsExactly("tib@vasterbotten.test");
        assertThat(mail.getSubject())
                .isEqualTo("NSPL: Ny begäran om stöd från Region Norrbotten: Ta emot 2 IVA-patienter");
        assertThat((String) mail.getContent()).contains("https://nspl.test/support/" + request.id());
        // Only region 24 has a mailbox here: the other 19 regions and the secretariat are told in the app.
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }
}
