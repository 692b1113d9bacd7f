package io.switchboard.router.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.core.knowledge.ArticleContent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge base that ships with Switchboard: {@code knowledge/default-articles.yml}, a
 * top-level {@code articles:} list in the {@link ArticleContent} shape. Read whole and checked
 * before anything uses it, so a broken file stops start-up with the article and field at fault.
 */
public final class DefaultKnowledgeBase {

    public static final String RESOURCE = EngineResources.FOLDER + "default-articles.yml";

    private DefaultKnowledgeBase() {
    }

    public static List<ArticleContent> load() {
        try (InputStream in = DefaultKnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<ArticleContent> parse(InputStream in, String source) throws IOException {
        KnowledgeFile file = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(in, KnowledgeFile.class);
        if (file.articles() == null || file.articles().isEmpty()) {
            throw new IllegalArgumentException(source + " has no articles");
        }
        Set<String> keys = new HashSet<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ArticleContent article : file.articles()) {
                Set<ConstraintViolation<ArticleContent>> violations = validator.validate(article);
                if (!violations.isEmpty()) {
                    throw new IllegalArgumentException(source + ": article '" + article.key() + "' is invalid: "
                            + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                                    .sorted().collect(Collectors.joining("; ")));
                }
                if (!keys.add(article.key())) {
                    throw new IllegalArgumentException(source + ": article key '" + article.key() + "' appears twice");
                }
            }
        }
        return file.articles();
    }

    private record KnowledgeFile(List<ArticleContent> articles) {
    }
}
