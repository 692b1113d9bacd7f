package io.switchboard.helpcenter.search;

import io.switchboard.text.SearchAnalysis;
import io.switchboard.web.markdown.ArticleMarkdown;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The help center's search: the answer engine's analysis (loaded once, it is costly), the documents, the index. */
@Configuration(proxyBeanMethods = false)
class HelpSearchConfiguration {

    @Bean
    SearchAnalysis helpSearchAnalysis() {
        return SearchAnalysis.load();
    }

    @Bean
    HelpDocuments helpDocuments(SearchAnalysis helpSearchAnalysis, ArticleMarkdown markdown) {
        return new HelpDocuments(helpSearchAnalysis, markdown);
    }

    @Bean
    HelpIndex helpIndex(HelpDocuments helpDocuments) {
        return new HelpIndex(helpDocuments.analyzer());
    }
}
