package io.switchboard.helpcenter.search;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A search test over the default knowledge base: stored (once) and searchable before each test. The search
 * tests have a database of their own: what ranks first, and how many results there are, must not depend on
 * the articles other test classes write in the module's shared one.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:helpcenter-search;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
abstract class OnTheDefaultArticles {

    @Autowired
    SearchFixtures fixtures;

    @BeforeEach
    void defaultArticles() {
        fixtures.defaultArticles();
    }
}
