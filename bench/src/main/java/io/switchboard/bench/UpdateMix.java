package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.testing.TelegramUpdates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The updates of one round, as a support bot gets them: private questions from a labeled set
 * (the knowledge base answers some; the others become tickets) and, three in every ten, group
 * chatter that nobody addressed to the bot. What the application made of each is read back from
 * its database, so the mix only has to be realistic, not labeled by outcome.
 */
final class UpdateMix {

    static final String CHATTER_RESOURCE = "group-chatter.txt";
    static final String DESCRIPTION = "7 in 10 private questions, 3 in 10 group chatter";
    /** Private senders are new every time: each question opens its own thread and gets its own decision. */
    private static final long FIRST_PRIVATE_USER = 100_000_000L;
    private static final long FIRST_GROUP_USER = 20_000L;
    private static final int GROUP_MEMBERS = 40;

    private final List<LabeledMessage> questions;
    private final List<String> chatter;

    UpdateMix(List<LabeledMessage> questions, List<String> chatter) {
        if (questions.isEmpty() || chatter.isEmpty()) {
            throw new IllegalArgumentException("the update mix needs questions and group chatter");
        }
        this.questions = List.copyOf(questions);
        this.chatter = List.copyOf(chatter);
    }

    /** Reads the group chatter the bench ships. */
    static List<String> shippedChatter() {
        try (InputStream in = UpdateMix.class.getClassLoader().getResourceAsStream(CHATTER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CHATTER_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHATTER_RESOURCE, e);
        }
    }

    /**
     * @param firstUpdateId the round's first update id; ids run on from it, one per update, and
     *     serve as message ids too (unique in the group chat across rounds)
     */
    List<String> round(long firstUpdateId, int count) {
        List<String> updates = new ArrayList<>(count);
        int asked = 0;
        int chatted = 0;
        for (int i = 0; i < count; i++) {
            long updateId = firstUpdateId + i;
            updates.add(isChatter(i)
                    ? TelegramUpdates.groupText(updateId, updateId, FIRST_GROUP_USER + chatted % GROUP_MEMBERS,
                            chatter.get(chatted++ % chatter.size()))
                    : privateQuestion(updateId, questions.get(asked++ % questions.size())));
        }
        return updates;
    }

    /** Slots 2, 5 and 8 of every ten: spread out, as chatter comes between questions. */
    static boolean isChatter(int i) {
        int slot = i % 10;
        return slot == 2 || slot == 5 || slot == 8;
    }

    private static String privateQuestion(long updateId, LabeledMessage question) {
        return TelegramUpdates.privateText(updateId, updateId, FIRST_PRIVATE_USER + updateId, question.lang(),
                question.text());
    }
}
