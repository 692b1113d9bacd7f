package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sections each category has unless configured otherwise: the way an exchange's users look for answers. */
final class DefaultSections {

    private DefaultSections() {
    }

    static Map<TicketCategory, List<Section>> all() {
        Map<TicketCategory, List<Section>> all = new EnumMap<>(TicketCategory.class);
        all.put(TicketCategory.ACCOUNT_SECURITY, List.of(
                section(TicketCategory.ACCOUNT_SECURITY, "login-security", "Login and 2FA", "登录与二次验证"),
                section(TicketCategory.ACCOUNT_SECURITY, "verification", "Identity verification", "身份认证"),
                section(TicketCategory.ACCOUNT_SECURITY, "account", "Account settings", "账户设置")));
        all.put(TicketCategory.DEPOSIT_WITHDRAWAL, List.of(
                section(TicketCategory.DEPOSIT_WITHDRAWAL, "deposits", "Deposits", "充值"),
                section(TicketCategory.DEPOSIT_WITHDRAWAL, "withdrawals", "Withdrawals", "提现"),
                section(TicketCategory.DEPOSIT_WITHDRAWAL, "fiat", "Buy crypto / fiat", "买币与法币")));
        all.put(TicketCategory.TRADING, List.of(
                section(TicketCategory.TRADING, "spot", "Spot trading", "现货交易"),
                section(TicketCategory.TRADING, "futures", "Futures", "合约交易"),
                section(TicketCategory.TRADING, "fees", "Fees", "手续费")));
        all.put(TicketCategory.CAMPAIGNS, List.of(
                section(TicketCategory.CAMPAIGNS, "promotions", "Promotions and rewards", "优惠与奖励"),
                section(TicketCategory.CAMPAIGNS, "events", "Events and listings", "活动与上新")));
        all.put(TicketCategory.OTHER, List.of(
                section(TicketCategory.OTHER, "general", "General", "综合")));
        return all;
    }

    private static Section section(TicketCategory category, String slug, String english, String chinese) {
        return new Section(category, slug, Map.of("en", english, "zh", chinese));
    }
}
