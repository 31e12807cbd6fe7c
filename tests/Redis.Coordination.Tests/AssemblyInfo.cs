// RedLock.net extends held locks from a thread-pool timer with synchronous Redis calls; the lock
// classes here assert on those extensions' timing, so they must not compete with the rate limiter's
// and the contention test's hundreds of concurrent calls for the same two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
