package se.nspl;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A database URL was configured ({@code NSPL_DB_URL} or {@code spring.datasource.url}): Boot's own DataSource is used. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isBlank()")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
