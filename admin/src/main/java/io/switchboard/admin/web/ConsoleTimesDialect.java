package io.switchboard.admin.web;

import io.switchboard.admin.AdminProperties;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Puts {@link ConsoleTimes} in every template as {@code #consoleTimes}, so that no page formats a
 * time by itself ({@code #temporals} would use the server's zone and print no zone at all).
 * Spring Boot adds every dialect bean to the template engine. It binds the admin settings itself
 * because {@code @WebMvcTest} slices pick up dialects but not the configuration that binds them.
 */
@Component
@EnableConfigurationProperties(AdminProperties.class)
class ConsoleTimesDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "consoleTimes";

    private final ConsoleTimes times;

    ConsoleTimesDialect(AdminProperties properties) {
        super("Switchboard console times");
        this.times = new ConsoleTimes(properties.consoleZone());
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? times : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
