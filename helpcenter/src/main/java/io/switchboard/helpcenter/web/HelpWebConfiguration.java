package io.switchboard.helpcenter.web;

import io.switchboard.web.language.SiteLanguage;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The help center's place on the site. Its pages speak the reader's language through the site-wide
 * choice of English or Chinese ({@link SiteLanguage}); an address with {@code ?lang=zh} or {@code ?lang=en}
 * is that language's version of the page, which is what {@code hreflang} links point to.
 */
@Configuration(proxyBeanMethods = false)
class HelpWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SiteLanguage.offerOn(registry, "/help", "/help/**");
    }
}
