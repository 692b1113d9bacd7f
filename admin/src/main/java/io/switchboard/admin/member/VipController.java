package io.switchboard.admin.member;

import io.switchboard.core.member.Member;
import io.switchboard.core.ticket.VipMembers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/members/{id}/vip} and {@code /manager}: staff mark a member VIP (their unresolved
 * tickets jump the queue) and give them a dedicated manager, who gets their tickets first.
 */
@RestController
@RequestMapping("/api/members/{id}")
class VipController {

    private final VipMembers vips;

    VipController(VipMembers vips) {
        this.vips = vips;
    }

    @PutMapping("/vip")
    MemberView markVip(@PathVariable long id, @Valid @RequestBody VipFlag body, Principal principal) {
        return MemberView.from(vips.markVip(id, body.vip(), principal.getName()));
    }

    /** {@code {"username": "dana"}}; {@code {"username": null}} removes the manager. */
    @PutMapping("/manager")
    MemberView assignManager(@PathVariable long id, @RequestBody Manager body, Principal principal) {
        return MemberView.from(vips.assignManager(id, body.username(), principal.getName()));
    }

    record VipFlag(@NotNull Boolean vip) {
    }

    record Manager(String username) {
    }

    /** A member as these endpoints answer: who, on which platform, VIP or not, and with whom. */
    record MemberView(long id, String channel, String platformId, String displayName, boolean vip,
            String manager) {

        static MemberView from(Member member) {
            return new MemberView(member.getId(), member.getChannel().key(), member.getPlatformId(),
                    member.getDisplayName(), member.isVip(), member.getManager());
        }
    }
}
