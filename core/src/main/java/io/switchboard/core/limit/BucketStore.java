package io.switchboard.core.limit;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/** Where {@link RateLimits} keeps its buckets. */
interface BucketStore extends AutoCloseable {

    ProxyManager<String> proxies();

    /** Called before each use of a bucket: a store whose expired buckets need deleting does it here. */
    default void used() {
    }

    @Override
    default void close() {
    }
}
