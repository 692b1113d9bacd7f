package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.web.language.SiteLanguage;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The forum's place on the site. Its pages speak the reader's language through the site-wide
 * choice of English or Chinese ({@link SiteLanguage}, shared with the staff console).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnForum
class ForumWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        SiteLanguage.offerOn(registry, "/forum/**");
    }

    /** Someone opening the site's address lands on the forum. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/forum");
    }
}
