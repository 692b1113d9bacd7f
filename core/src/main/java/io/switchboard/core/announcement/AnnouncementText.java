package io.switchboard.core.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An announcement in one language. */
public record AnnouncementText(@NotBlank @Size(max = 255) String title, @NotBlank @Size(max = 20_000) String body) {
}
