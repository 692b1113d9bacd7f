package io.switchboard.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the forum's "name=value" audit states back without cutting a value at its own commas. */
class NamedValuesTest {

    @Test
    void readsEachPairInItsStoredOrder() {
        assertThat(NamedValues.parse("board=news, locked=true, pinned=false")).hasValueSatisfying(pairs ->
                assertThat(pairs).containsExactly(Map.entry("board", "news"), Map.entry("locked", "true"),
                        Map.entry("pinned", "false")));
        assertThat(NamedValues.parse("status=HIDDEN")).hasValue(Map.of("status", "HIDDEN"));
    }

    @Test
    void aValueHoldingCommasIsKeptWhole() {
        assertThat(NamedValues.parse("reason=spam, scam links, again, locked=true")).hasValueSatisfying(pairs ->
                assertThat(pairs).containsExactly(Map.entry("reason", "spam, scam links, again"),
                        Map.entry("locked", "true")));
        assertThat(NamedValues.parse("reason=see https://x.com/a?b=c, d")).hasValue(
                Map.of("reason", "see https://x.com/a?b=c, d"));
    }

    @Test
    void emptyValuesAreValues() {
        assertThat(NamedValues.parse("silencedUntil=, bannedUntil=null")).hasValueSatisfying(pairs ->
                assertThat(pairs).containsExactly(Map.entry("silencedUntil", ""), Map.entry("bannedUntil", "null")));
    }

    @Test
    void jsonAndShortTextsAreNotSuchLists() {
        assertThat(NamedValues.parse("{\"status\":\"NEW\"}")).isEmpty();
        assertThat(NamedValues.parse("password reset")).isEmpty();
        assertThat(NamedValues.parse("open")).isEmpty();
        assertThat(NamedValues.parse("x y=z")).isEmpty();
        assertThat(NamedValues.parse("")).isEmpty();
    }
}
