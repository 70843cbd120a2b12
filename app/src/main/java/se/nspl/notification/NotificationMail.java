package se.nspl.notification;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail of a notification, when SMTP is configured ({@code spring.mail.host}) and the audience
 * has an address ({@code nspl.notifications.mail.to.<region code>} or {@code .to.secretariat},
 * typically a functional mailbox). It is sent after the commit, from one background thread: a slow
 * or absent mail server delays no change and loses none (the notification is in the app anyway);
 * a failed e-mail is logged.
 */
@Component
@EnableConfigurationProperties(NotificationMail.Settings.class)
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    /**
     * @param from the sender address
     * @param to addresses by audience: a region's code or {@code secretariat}
     * @param baseUrl the platform's address, for the link in the e-mail
     */
    @ConfigurationProperties("nspl.notifications.mail")
    record Settings(String from, Map<String, String> to, String baseUrl) {

        Settings {
            from = from == null ? "nspl@localhost" : from;
            to = to == null ? Map.of() : Map.copyOf(to);
            baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Settings settings;
    private final ThreadPoolExecutor executor =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), r -> {
                var thread = new Thread(r, "notification-mail");
                thread.setDaemon(true);
                return thread;
            });

    NotificationMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, Settings settings) {
        this.sender = sender;
        this.messages = messages;
        this.settings = settings;
    }

    /** Queues the e-mails of a notification for when the sender's transaction has committed. */
    void afterCommit(Collection<Audience> audiences, Notifications.Message message) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return;
        }
        var mails = new ArrayList<SimpleMailMessage>();
        for (var audience : audiences) {
            String address = settings.to()
                    .get(
                            audience.isSecretariat()
                                    ? "secretariat"
                                    : audience.region().value());
            if (address != null) {
                mails.add(mail(address, message));
            }
        }
        if (mails.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            try {
                executor.execute(() -> send(mailSender, mails));
            } catch (RejectedExecutionException e) {
                log.warn("Notification e-mails are queued faster than they leave; dropped {} to {}", message, mails);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private SimpleMailMessage mail(String address, Notifications.Message message) {
        // Functional mailboxes are read by Swedish duty officers: the e-mail is in Swedish.
        var swedish = Locale.forLanguageTag("sv");
        String text =
                messages.getMessage(message.messageKey(), message.arguments().toArray(), message.messageKey(), swedish);
        var mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(address);
        mail.setSubject("NSPL: " + text);
        mail.setText(text + "\n\n" + settings.baseUrl() + message.link() + "\n\n"
                + messages.getMessage("notification.mail.footer", null, "", swedish));
        return mail;
    }

    private static void send(JavaMailSender sender, List<SimpleMailMessage> mails) {
        for (var mail : mails) {
            try {
                sender.send(mail);
            } catch (MailException e) {
                log.warn("Could not send the notification e-mail to {}: {}", mail.getTo(), e.getMessage());
            }
        }
    }
}
