package io.switchboard.core.member;

import io.switchboard.core.account.AccountAddresses;
import io.switchboard.core.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Links a platform identity to the member's account where the identity proves it: an e-mail sender is the account
 * that verified that address. The link carries the account's VIP status and dedicated manager over (as the forum or
 * help-center member has them), so a VIP who writes to the support mailbox is a VIP there too; it never takes a VIP
 * status away that staff gave the e-mail identity itself.
 */
@Component
public class MemberAccounts {

    /** Where a member is the account itself (platform id = account id). */
    private static final List<Channel> ACCOUNT_CHANNELS = List.of(Channel.FORUM, Channel.WEB);

    private final AccountAddresses addresses;
    private final MemberRepository members;

    MemberAccounts(AccountAddresses addresses, MemberRepository members) {
        this.addresses = addresses;
        this.members = members;
    }

    /** Links or unlinks the member to the account its identity proves now; members of other channels are left alone. */
    public void link(Member member, Instant at) {
        if (member.getChannel() != Channel.EMAIL) {
            return;
        }
        Optional<Long> account = addresses.verifiedAccountOf(member.getPlatformId());
        member.linkAccount(account.orElse(null), at);
        if (account.isEmpty() || member.isVip()) {
            return;
        }
        ACCOUNT_CHANNELS.stream()
                .flatMap(channel -> members.findByChannelAndPlatformId(channel, account.get().toString()).stream())
                .filter(Member::isVip).findFirst()
                .ifPresent(vip -> {
                    member.setVip(true, at);
                    member.assignManager(vip.getManager(), at);
                });
    }
}
