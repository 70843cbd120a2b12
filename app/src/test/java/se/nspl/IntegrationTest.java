package se.nspl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against real PostgreSQL ({@link TestDatabase}), with the
 * test components. Every class with this annotation shares one application context: the test
 * components are imported here, not by each class, since a class importing other ones would get
 * (and start, in some 15 s) a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, RecordedEvents.class, StatementCounter.class})
public @interface IntegrationTest {}
