package io.switchboard.helpcenter.request;

import io.switchboard.core.ticket.TicketCategory;
import java.util.List;

/**
 * The fields a category's requests need besides subject and description: an agent cannot look into a
 * deposit or withdrawal without its transaction id and coin, nor into a trade without its order id.
 * All are required in their category.
 */
enum RequestField {
    TXID("txid", "TXID", 128),
    COIN("coin", "coin", 20),
    ORDER_ID("orderId", "order id", 64);

    private final String param;
    private final String label;
    private final int maxLength;

    RequestField(String param, String label, int maxLength) {
        this.param = param;
        this.label = label;
        this.maxLength = maxLength;
    }

    static List<RequestField> of(TicketCategory category) {
        return switch (category) {
            case DEPOSIT_WITHDRAWAL -> List.of(TXID, COIN);
            case TRADING -> List.of(ORDER_ID);
            case ACCOUNT_SECURITY, CAMPAIGNS, OTHER -> List.of();
        };
    }

    /** The form parameter's name, and the field's in messages ({@code help.request.field.txid}). */
    String param() {
        return param;
    }

    /** How the ticket's history names it for staff. */
    String label() {
        return label;
    }

    int maxLength() {
        return maxLength;
    }
}
