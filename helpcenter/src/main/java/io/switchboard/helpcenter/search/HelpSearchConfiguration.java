package io.switchboard.helpcenter.search;

import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.text.SearchAnalysis;
import io.switchboard.web.markdown.Markdown;
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
    HelpDocuments helpDocuments(SearchAnalysis helpSearchAnalysis, Markdown markdown, AnswerEngine engine) {
        return new HelpDocuments(helpSearchAnalysis, markdown, engine);
    }

    @Bean
    HelpIndex helpIndex(HelpDocuments helpDocuments) {
        return new HelpIndex(helpDocuments.analyzer());
    }
}
