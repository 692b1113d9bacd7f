package io.switchboard.router.answer;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Route {@value #ROUTE_ID}: applies committed knowledge-base and announcement changes to the answer
 * engine's index ({@link KnowledgeIndexUpdater}), one at a time, in the order they were committed.
 * The queue has no practical bound: a change is never refused, and a burst of edits only delays
 * its own reindexing.
 */
@Component
class KnowledgeIndexRoute extends RouteBuilder {

    static final String ROUTE_ID = "knowledge-index";
    static final String QUEUE = "seda:" + ROUTE_ID + "?size=" + Integer.MAX_VALUE;

    private final KnowledgeIndexUpdater updater;

    KnowledgeIndexRoute(KnowledgeIndexUpdater updater) {
        this.updater = updater;
    }

    @Override
    public void configure() {
        from(QUEUE).routeId(ROUTE_ID)
                .bean(updater, "apply").id("reindex");
    }
}
