package io.switchboard.forum.board;

import io.switchboard.forum.ConditionalOnForum;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the standard boards on first start; boards that exist (by slug) are left as they are. */
@Component
@ConditionalOnForum
class BoardSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BoardSeeder.class);

    /** New instances each time: entities are saved, so they are not shared. */
    static List<Board> standard() {
        return List.of(
                new Board("newcomers", 10, "Newcomers", "新手入门",
                        "New to NovaEx? Introduce yourself and ask the basics.", "刚来 NovaEx？在这里介绍自己、提出入门问题。",
                        false, false),
                new Board("help", 20, "Help & support", "帮助与支持",
                        "Account, deposit, withdrawal or trading problems: the support team and bot answer here.",
                        "账户、充值、提现或交易问题：客服团队和机器人会在这里回答。", true, false),
                new Board("trading-tips", 30, "Trading tips", "交易技巧",
                        "Share strategies, risk management and order types.", "分享策略、风险管理和订单类型。", false, false),
                new Board("technical-analysis", 40, "Technical analysis", "技术分析",
                        "Charts, indicators and patterns.", "图表、指标与形态。", false, false),
                new Board("market-talk", 50, "Market talk", "行情讨论",
                        "News and the market of the day. No financial advice.", "新闻与当日行情。不构成投资建议。", false, false),
                new Board("announcements", 60, "Announcements", "官方公告",
                        "Listings, maintenance and news from the NovaEx team.", "NovaEx 团队发布的上币、维护与新闻。", false, true));
    }

    private final BoardRepository boards;

    BoardSeeder(BoardRepository boards) {
        this.boards = boards;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Board board : standard()) {
            if (boards.findBySlug(board.getSlug()).isEmpty()) {
                boards.save(board);
                log.info("Forum board '{}' created", board.getSlug());
            }
        }
    }
}
