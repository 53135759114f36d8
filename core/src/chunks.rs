//! The core's kept threads: the documents of a batch cut into small chunks, handed out first
//! come, first served. Batches that several callers hand over at once are done one after
//! another in the order they came, not all together: while the callers of the first ones take
//! their rows and read the next, the threads go on with the later ones. The last batch of a
//! run is shared by every thread, a chunk at a time.

use std::sync::{Arc, Mutex, OnceLock};

use rayon::ThreadPool;

/// Documents per chunk: a few milliseconds of work, so that the threads end a batch within
/// that of one another, and handing out a chunk costs next to nothing beside it.
pub const CHUNK_ROWS: usize = 16;

/// A kept pool: the process that made it, its number of threads, the pool.
type KeptPool = (u32, usize, Arc<ThreadPool>);

/// The threads of the pool a caller gets without naming a count: `RAYON_NUM_THREADS` when set
/// (as for rayon's own pools), else one per CPU this process may use.
pub fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|value| value.parse().ok())
        .filter(|&count: &usize| count > 0)
        .or_else(|| {
            std::thread::available_parallelism()
                .ok()
                .map(|count| count.get())
        })
        .unwrap_or(1)
}

/// The pool of `count` threads, made by the first call that asks for it and kept for the
/// process, so that its threads keep their caches from batch to batch. A forked child, which
/// has none of its parent's threads, makes its own.
pub fn kept_pool(count: usize) -> Result<Arc<ThreadPool>, String> {
    static POOLS: OnceLock<Mutex<Vec<KeptPool>>> = OnceLock::new();
    let process = std::process::id();
    let mut pools = POOLS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if pools.iter().any(|(maker, _, _)| *maker != process) {
        // A forked child: its parent's pools have no threads here. They are forgotten, not
        // dropped (dropping a pool signals its threads).
        std::mem::take(&mut *pools)
            .into_iter()
            .for_each(std::mem::forget);
    }
    if let Some((_, _, pool)) = pools.iter().find(|(_, threads, _)| *threads == count) {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(count)
        .thread_name(|index| format!("normalize-core-{index}"))
        .build()
        .map_err(|error| error.to_string())?;
    let pool = Arc::new(pool);
    pools.push((process, count, pool.clone()));
    Ok(pool)
}

/// `make` of every item, chunk by chunk on the pool's threads, behind every chunk handed over
/// before (by any caller); the results in the items' order. The caller waits, asleep, until
/// the last chunk is done; a panic in `make` reaches it then, as from the calling thread.
pub fn in_chunks<I, T, F>(pool: &ThreadPool, items: &[I], make: F) -> Vec<T>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> T + Sync,
{
    let mut chunks: Vec<Vec<T>> = Vec::new();
    chunks.resize_with(items.len().div_ceil(CHUNK_ROWS), Vec::new);
    pool.in_place_scope_fifo(|scope| {
        for (items, made) in items.chunks(CHUNK_ROWS).zip(chunks.iter_mut()) {
            let make = &make;
            scope.spawn_fifo(move |_| *made = items.iter().map(make).collect());
        }
    });
    chunks.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use std::panic::AssertUnwindSafe;

    use super::*;

    #[test]
    fn results_come_in_the_items_order() {
        let pool = kept_pool(3).unwrap();
        let items: Vec<usize> = (0..CHUNK_ROWS * 4 + 5).collect();
        let made = in_chunks(&pool, &items, |item| item * 2);
        assert_eq!(made, items.iter().map(|item| item * 2).collect::<Vec<_>>());
        assert!(in_chunks(&pool, &[] as &[usize], |item| *item).is_empty());
    }

    #[test]
    fn a_panic_reaches_the_caller_and_the_pool_goes_on() {
        let pool = kept_pool(2).unwrap();
        let items: Vec<usize> = (0..100).collect();
        let panicking = |&item: &usize| if item == 40 { panic!("one") } else { item };
        let caught =
            std::panic::catch_unwind(AssertUnwindSafe(|| in_chunks(&pool, &items, panicking)));
        assert!(caught.is_err());
        assert_eq!(in_chunks(&pool, &items, |&item| item), items);
    }

    #[test]
    fn a_count_asked_twice_is_the_same_pool() {
        assert!(Arc::ptr_eq(&kept_pool(4).unwrap(), &kept_pool(4).unwrap()));
    }
}
