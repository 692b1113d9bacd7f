package io.switchboard.helpcenter.search;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A search test over the default knowledge base: stored (once) and searchable before each test. */
abstract class OnTheDefaultArticles {

    @Autowired
    SearchFixtures fixtures;

    @BeforeEach
    void defaultArticles() {
        fixtures.defaultArticles();
    }
}
