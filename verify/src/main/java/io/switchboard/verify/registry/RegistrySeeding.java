package io.switchboard.verify.registry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Seeds the registry from configuration once every bean is ready (the schema migrated) and before the web server
 * opens, so that nobody is told "not official" about a seeded channel on a first start.
 */
@Component
class RegistrySeeding implements SmartInitializingSingleton {

    private final StoredOfficialRegistry registry;
    private final VerifyProperties properties;

    RegistrySeeding(StoredOfficialRegistry registry, VerifyProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            registry.seedOnce(properties.seed());
        } catch (DataIntegrityViolationException e) {
            // another instance claimed the seeding at the same moment: it stores the entries
        }
    }
}
