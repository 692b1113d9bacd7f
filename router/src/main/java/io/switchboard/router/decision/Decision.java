package io.switchboard.router.decision;

import io.switchboard.core.answer.Suggestion;
import java.util.List;

/** What the router does about one message a member wrote. */
public sealed interface Decision {

    /** The member started the bot or asked for help with it: say what the bot can do. */
    record Welcome() implements Decision {
    }

    /** The knowledge base answers it with confidence: send that answer. */
    record AutoAnswer(String articleKey, double confidence, String answer) implements Decision {
    }

    /**
     * The engine is unsure, but some articles are plausible: let the member pick one of them, or a
     * person ("Is it one of these?"), rather than open a ticket at once.
     *
     * @param suggestions the articles to offer, best first, at most {@link DecisionPolicy#OFFERED}
     */
    record Offer(List<Suggestion> suggestions) implements Decision {
        public Offer {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A person has to look at it: open a ticket and tell the member its number. */
    record Escalate(EscalationReason reason) implements Decision {
    }

    /** A pure greeting or thanks: a short courtesy reply, no ticket. */
    record Courtesy(SmallTalk kind) implements Decision {
    }

    /** Nothing to say: chatter, an acknowledgement, or a thread an agent already has. */
    record Silent(String why) implements Decision {
    }
}
