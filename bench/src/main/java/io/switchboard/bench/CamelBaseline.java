package io.switchboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/**
 * The yardstick: a bare Camel route, HTTP in -> direct -> no-op, in a CamelContext of its own.
 * Its HTTP consumer is Camel's servlet on an embedded Tomcat with Tomcat's defaults, the server
 * and thread pool the application's webhook runs on, so the ratio of the two is what Switchboard
 * does with an update, not a difference between HTTP servers.
 */
final class CamelBaseline implements AutoCloseable {

    static final String HTTP_ROUTE = "baseline-http";
    static final String NOOP_ROUTE = "baseline-noop";
    private static final String SERVLET = "CamelServlet";

    private final Path baseDir;
    private final Tomcat tomcat;
    private final DefaultCamelContext camel;

    private CamelBaseline(Path baseDir, Tomcat tomcat, DefaultCamelContext camel) {
        this.baseDir = baseDir;
        this.tomcat = tomcat;
        this.camel = camel;
    }

    static CamelBaseline start() throws Exception {
        Path baseDir = Files.createTempDirectory("switchboard-bench-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        StandardContext context = (StandardContext) tomcat.addContext("", baseDir.toString());
        // No web application is deployed, so there is no leak for Tomcat to look for on stop (it
        // would only warn that Java's module system hides the caches it checks).
        context.setClearReferencesObjectStreamClassCaches(false);
        context.setClearReferencesThreadLocals(false);
        context.setClearReferencesRmiTargets(false);
        Wrapper servlet = Tomcat.addServlet(context, SERVLET, new CamelHttpTransportServlet());
        servlet.setLoadOnStartup(1);
        context.addServletMappingDecoded("/camel/*", SERVLET);
        tomcat.start();

        DefaultCamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("servlet:/webhook").routeId(HTTP_ROUTE).to("direct:noop");
                // The no-op. With the empty body the servlet answers 204, the webhook 200 with none.
                from("direct:noop").routeId(NOOP_ROUTE).setBody(constant(""));
            }
        });
        camel.start();
        return new CamelBaseline(baseDir, tomcat, camel);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/camel/webhook");
    }

    @Override
    public void close() throws Exception {
        camel.close();
        tomcat.stop();
        tomcat.destroy();
        deleteRecursively(baseDir);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
