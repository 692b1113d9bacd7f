package io.switchboard.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void keepsBasicFormattingCodeQuotesAndLists() {
        String html = markdown.toHtml("""
                **bold** and *italic* and `code`

                > quoted

                - one
                - two

                1. first

                ```
                fenced();
                ```
                """);

        assertThat(html).contains("<strong>bold</strong>", "<em>italic</em>", "<code>code</code>",
                "<blockquote>", "<ul>", "<li>one</li>", "<ol>", "<pre><code>fenced();");
    }

    @Test
    void scriptTagsAreRemovedWithTheirContent() {
        String html = markdown.toHtml("Hello <script>alert('xss')</script> world\n\n<script>\nalert(1)\n</script>");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(1)");
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<b onclick=\"alert(1)\">x</b>",
        "<a href=\"https://example.com\" onmouseover=\"alert(1)\">x</a>",
        "<p onload=alert(1)>x</p>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)></svg>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>"})
    void noEventHandlerOrStyleAttributeSurvives(String input) {
        Document html = Jsoup.parseBodyFragment(markdown.toHtml(input));

        assertThat(html.body().select("*")).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on") || attribute.getKey().equals("style")));
        assertThat(html.select("img, svg, div")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[click](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox)"})
    void javascriptAndDataLinksLoseTheirTarget(String input) {
        String html = markdown.toHtml(input);

        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:").doesNotContain("vbscript");
        assertThat(Jsoup.parse(html).select("a[href]")).isEmpty();
        assertThat(html).contains("click");
    }

    @Test
    void linksKeepHttpsAndMailtoAndGetNofollowNoopener() {
        Document html = Jsoup.parse(markdown.toHtml(
                "[docs](https://novaex.example/help) <https://example.org> [mail](mailto:help@novaex.example)"));

        assertThat(html.select("a")).hasSize(3).allSatisfy(link -> {
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
            assertThat(link.attr("href")).matches("(https|mailto):.*");
        });
    }

    @Test
    void aLinkThatAlreadyHasARelGetsOursInstead() {
        Document html = Jsoup.parse(markdown.toHtml("<a href=\"https://example.org\" rel=\"opener\">x</a>"));

        assertThat(html.select("a").attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void iframesFormsAndStylesAreRemoved() {
        String html = markdown.toHtml("<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input></form>"
                + "<style>body{display:none}</style>text");

        assertThat(html).doesNotContain("iframe", "form", "input", "style", "display:none").contains("text");
    }

    @Test
    void quotingMakesAnAttributedBlockQuote() {
        String quoted = Markdown.quote("Alice_*", "first line\nsecond line");
        String html = markdown.toHtml(quoted + "my answer");

        assertThat(html).contains("<blockquote>", "<strong>Alice_*</strong>", "first line", "second line")
                .contains("<p>my answer</p>");
    }

    @Test
    void hasLinkSeesOnlyRealLinks() {
        assertThat(PostCleaner.hasLink(markdown.toHtml("see https://example.org"))).isTrue();
        assertThat(PostCleaner.hasLink(markdown.toHtml("see `https://example.org`"))).isFalse();
        assertThat(PostCleaner.hasLink(markdown.toHtml("see <https://example.org>"))).isTrue();
        assertThat(PostCleaner.hasLink(markdown.toHtml("[x](javascript:alert(1))"))).isFalse();
    }

    @Test
    void plainWebAddressesBecomeSafeLinksButNotInsideCode() {
        Document html = Jsoup.parse(markdown.toHtml(
                "See https://www.novaex.example/help or http://novaex.example/fees, not `https://in.code.example`"));

        assertThat(html.select("a").eachAttr("href"))
                .containsExactly("https://www.novaex.example/help", "http://novaex.example/fees");
        assertThat(html.select("a").eachAttr("rel")).containsOnly(PostCleaner.LINK_REL);
        assertThat(html.select("code").text()).isEqualTo("https://in.code.example");
    }

    @Test
    void anAddressInChineseTextEndsWhereTheChineseStarts() {
        Document html = Jsoup.parse(markdown.toHtml(
                "用注册邮箱发邮件至 support@novaex.example。请写明 UID，或访问https://www.novaex.example/help提交工单，"
                        + "www.novaex.example/fees（费率），[帮助中心](https://www.novaex.example/zh/帮助)"));

        assertThat(html.select("a").eachAttr("href")).containsExactly("mailto:support@novaex.example",
                "https://www.novaex.example/help", "https://www.novaex.example/fees", "https://www.novaex.example/zh/帮助");
        assertThat(html.select("a").eachText()).containsExactly("support@novaex.example",
                "https://www.novaex.example/help", "www.novaex.example/fees", "帮助中心");
        assertThat(html.text()).isEqualTo("用注册邮箱发邮件至 support@novaex.example。请写明 UID，"
                + "或访问https://www.novaex.example/help提交工单，www.novaex.example/fees（费率），帮助中心");
    }

    @Test
    void bareWwwAddressesBecomeSafeHttpsLinksButNotInsideCodeOrALink() {
        Document html = Jsoup.parse(markdown.toHtml("Fees: www.novaex.example/fees. Also **www.novaex.example**,"
                + " [www.shown.example](https://other.example), https://www.full.example and `www.in.code.example`"));

        assertThat(html.select("a").eachAttr("href")).containsExactly("https://www.novaex.example/fees",
                "https://www.novaex.example", "https://other.example", "https://www.full.example");
        assertThat(html.select("a").eachText()).containsExactly("www.novaex.example/fees", "www.novaex.example",
                "www.shown.example", "https://www.full.example");
        assertThat(html.select("a").eachAttr("rel")).containsOnly(PostCleaner.LINK_REL);
        assertThat(html.select("code").text()).isEqualTo("www.in.code.example");
        assertThat(html.body().text()).startsWith("Fees: www.novaex.example/fees. Also");
    }

    @Test
    void chatTextEndsAListAtTheFirstLineOfText() {
        String answer = """
                To create your account:
                1. Download the app from https://www.novaex.example.
                2. Tap "Sign up".
                Code not arriving? Check your spam folder.""";

        Document html = Jsoup.parseBodyFragment(markdown.toHtml(Markdown.fromChatText(answer)));

        assertThat(html.body().children()).extracting(element -> element.tagName())
                .containsExactly("p", "ol", "p");
        assertThat(html.select("ol > li")).hasSize(2);
        assertThat(html.select("ol > li").last().text()).isEqualTo("Tap \"Sign up\".");
        assertThat(html.body().child(2).text()).isEqualTo("Code not arriving? Check your spam folder.");
        assertThat(html.select("ol a").attr("href")).isEqualTo("https://www.novaex.example");
    }

    @Test
    void chatTextStartsAListAfterALineOfTextAndKeepsIndentedLinesInTheirItem() {
        String answer = "Fees:\n- spot 0.1%\n  (VIP less)\n- futures 0.05%\nThat is all.";

        Document html = Jsoup.parseBodyFragment(markdown.toHtml(Markdown.fromChatText(answer)));

        assertThat(html.body().children()).extracting(element -> element.tagName()).containsExactly("p", "ul", "p");
        assertThat(html.select("ul > li").first().text()).isEqualTo("spot 0.1% (VIP less)");
        assertThat(Markdown.fromChatText("no list here\njust lines")).isEqualTo("no list here\njust lines");
    }
}
