package io.switchboard.router.answer;

import io.switchboard.core.cluster.ClusterProperties;
import io.switchboard.core.knowledge.KnowledgeChangeFeed;
import io.switchboard.router.config.RouterErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Route {@value #ROUTE_ID}: every {@code switchboard.cluster.knowledge-feed-interval} (500 ms by default),
 * tells this instance of the articles and announcements other instances changed
 * ({@link KnowledgeChangeFeed}); the events then reach the {@link KnowledgeIndexRoute} like local ones.
 * It runs on every instance, in every profile: with one instance a tick finds only its own changes.
 */
@Component
class KnowledgeFeedRoute extends RouteBuilder {

    static final String ROUTE_ID = "knowledge-feed";

    private final KnowledgeChangeFeed feed;
    private final ClusterProperties cluster;

    KnowledgeFeedRoute(KnowledgeChangeFeed feed, ClusterProperties cluster) {
        this.feed = feed;
        this.cluster = cluster;
    }

    @Override
    public void configure() {
        long period = cluster.knowledgeFeedInterval().toMillis();
        from("timer:" + ROUTE_ID + "?delay=" + period + "&period=" + period).routeId(ROUTE_ID)
                .routeConfigurationId(RouterErrorHandling.ID)
                .bean(feed, "poll").id("read-changes");
    }
}
