package io.switchboard.admin.web;

import io.switchboard.web.language.SiteLanguage;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's place on the site: its pages speak the site's languages, chosen with {@code ?lang=}. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SiteLanguage.offerOn(registry, "/console/**");
    }
}
