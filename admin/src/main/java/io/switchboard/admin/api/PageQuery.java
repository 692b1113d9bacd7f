package io.switchboard.admin.api;

import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} (from 0) and {@code size} query parameters of a list endpoint. A size above
 * {@link #MAX_SIZE} is cut down to it, so one request cannot pull a whole table; the response
 * says which size was used.
 */
public record PageQuery(
        @Min(value = 0, message = "must be 0 or more") Integer page,
        @Min(value = 1, message = "must be 1 or more") Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public Pageable pageable(Sort sort) {
        return PageRequest.of(page == null ? 0 : page,
                size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE), sort);
    }
}
