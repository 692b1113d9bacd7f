package io.switchboard.connector.telegram;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The Telegram connector exists only when {@code switchboard.telegram.bot-token} (environment:
 * {@code SWITCHBOARD_TELEGRAM_BOT_TOKEN}) has a value. Unlike {@code @ConditionalOnProperty}, a
 * blank value counts as unset, so {@code SWITCHBOARD_TELEGRAM_BOT_TOKEN=} in a compose file
 * switches the connector off instead of failing validation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(ConditionalOnBotToken.OnBotToken.class)
@interface ConditionalOnBotToken {

    String PROPERTY = "switchboard.telegram.bot-token";

    final class OnBotToken extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY))
                    ? ConditionOutcome.match(PROPERTY + " is set")
                    : ConditionOutcome.noMatch(PROPERTY + " is not set: Telegram connector off");
        }
    }
}
