package io.switchboard.helpcenter.verify;

import io.switchboard.web.language.SiteLanguage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The verification and contact pages sit at the site's top level ({@code /verify}, {@code /contact}), where scam
 * warnings can point to them in few characters, and offer {@code ?lang=} like the help center's other pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerifyLimitsProperties.class)
class VerifyPagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SiteLanguage.offerOn(registry, VerifyPages.PATH, VerifyPages.REPORT_PATH, ContactPage.PATH);
    }
}
