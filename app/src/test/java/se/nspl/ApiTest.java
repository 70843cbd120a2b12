package se.nspl;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * A test of the running application through its HTTP interface, as the {@link TestAccounts}.
 * Subclasses share one application context.
 */
@IntegrationTest
@Import({TestAccounts.class, RecordedEvents.class, StatementCounter.class})
public abstract class ApiTest {

    @Autowired
    protected Environment environment;

    @Autowired
    protected TestAccounts accounts;

    protected int port;
    protected Api api;

    @BeforeEach
    void connect() {
        accounts.ensure();
        port = environment.getRequiredProperty("local.server.port", Integer.class);
        api = new Api(port);
    }
}
