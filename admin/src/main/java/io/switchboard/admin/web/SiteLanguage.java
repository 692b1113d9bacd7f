package io.switchboard.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The site's pages (the forum and the staff console) speak English and Chinese: the language of the
 * browser (Accept-Language) until the reader picks one with {@code ?lang=zh} or {@code ?lang=en},
 * which a cookie then remembers for both. It lives here, not in the forum, because the console needs
 * it when the forum is switched off.
 */
@Configuration(proxyBeanMethods = false)
public class SiteLanguage implements WebMvcConfigurer {

    public static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/forum/**", "/console/**");
    }

    /** Chinese for any zh variant, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }
}
