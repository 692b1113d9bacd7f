package io.switchboard.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The site's pages (the forum, the staff console) speak English and Chinese: the language of the
 * browser (Accept-Language) until the reader picks one with {@code ?lang=zh} or {@code ?lang=en},
 * which a cookie then remembers for every surface. Each surface offers the choice on its own pages
 * ({@link #offerOn}).
 */
@Configuration(proxyBeanMethods = false)
public class SiteLanguage {

    public static final String COOKIE = "lang";
    private static final String PARAMETER = "lang";

    /** Lets {@code ?lang=} change the language on the pages under {@code pathPatterns}. */
    public static void offerOn(InterceptorRegistry registry, String... pathPatterns) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns(pathPatterns);
    }

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

    /** Chinese for any zh variant, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }
}
