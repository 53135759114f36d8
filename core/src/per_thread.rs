//! Values built once per process and read by each thread through a copy of its own.
//!
//! A compiled pattern keeps a pool of match caches and hands the fastest one to the first
//! thread that searches with it; every other thread takes a locked path for each search. A
//! clone of a pattern shares its compiled program and gets a pool of its own, so a thread that
//! reads through its own clone always takes the fast path.
//!
//! Each thread keeps all of its copies in one list, each value at a place of its own: the
//! extension's static thread-local block stays the same size however many values there are
//! (the loader gives a library loaded late only a small one).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

/// Where a value's copies sit in each thread's list, and which value they copy (a place is
/// given again once its value is dropped; `id` never is).
#[derive(Clone, Copy)]
struct Key {
    place: usize,
    id: u64,
}

/// The number of values given a key so far.
static IDS_GIVEN: AtomicU64 = AtomicU64::new(0);

/// The places given out, and those whose values were dropped (free to give again).
static PLACES: Mutex<(usize, Vec<usize>)> = Mutex::new((0, Vec::new()));

/// A thread's copies, each at its value's place with its value's id.
type Copies = RefCell<Vec<Option<(u64, Rc<dyn Any>)>>>;

thread_local! {
    static COPIES: Copies = const { RefCell::new(Vec::new()) };
}

impl Key {
    fn take() -> Key {
        let id = IDS_GIVEN.fetch_add(1, Ordering::Relaxed);
        let mut places = PLACES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let place = places.1.pop().unwrap_or_else(|| {
            places.0 += 1;
            places.0 - 1
        });
        Key { place, id }
    }
}

/// A value built once, on first use, and read by each thread through its own clone (made on
/// the thread's first read). Clone it cheaply: a clone of a compiled pattern shares its
/// program.
pub struct PerThread<T> {
    build: fn() -> T,
    shared: OnceLock<T>,
    key: OnceLock<Key>,
}

impl<T: Clone + 'static> PerThread<T> {
    /// A value that `build` makes when first read.
    pub const fn new(build: fn() -> T) -> PerThread<T> {
        PerThread {
            build,
            shared: OnceLock::new(),
            key: OnceLock::new(),
        }
    }

    /// A value already built.
    pub fn of(value: T) -> PerThread<T> {
        PerThread {
            build: || unreachable!("a value given built is never built"),
            shared: OnceLock::from(value),
            key: OnceLock::new(),
        }
    }

    /// This thread's copy of the value.
    #[inline]
    pub fn get(&self) -> Rc<T> {
        let key = *self.key.get_or_init(Key::take);
        let own = |copies: &Copies| match copies.borrow().get(key.place) {
            Some(Some((id, copy))) if *id == key.id => Some(Rc::clone(copy)),
            _ => None,
        };
        match COPIES.with(own).map(Rc::downcast::<T>) {
            Some(Ok(copy)) => copy,
            _ => self.copy(key),
        }
    }

    /// This thread's first copy of the value, kept at the value's place in its list.
    #[cold]
    #[inline(never)]
    fn copy(&self, key: Key) -> Rc<T> {
        // built and cloned with the list free: building may read other values
        let copy = Rc::new(self.shared.get_or_init(self.build).clone());
        let kept: Rc<dyn Any> = copy.clone();
        COPIES.with(|copies| {
            let mut copies = copies.borrow_mut();
            if copies.len() <= key.place {
                copies.resize(key.place + 1, None);
            }
            copies[key.place] = Some((key.id, kept));
        });
        copy
    }
}

impl<T> Drop for PerThread<T> {
    fn drop(&mut self) {
        if let Some(key) = self.key.get() {
            let mut places = PLACES
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            places.1.push(key.place);
        }
    }
}

/// Declare `fn name() -> Rc<T>`: a value that the block builds once per process, on first
/// use, read by each thread through its own clone (made on the thread's first read) kept in
/// the thread's list of copies. A `PerThread` does the same for a value held by another (a
/// pattern of a table).
macro_rules! per_thread {
    ($(#[$attr:meta])* $vis:vis fn $name:ident() -> $ty:ty $build:block) => {
        $(#[$attr])*
        $vis fn $name() -> std::rc::Rc<$ty> {
            static VALUE: $crate::per_thread::PerThread<$ty> =
                $crate::per_thread::PerThread::new(|| $build);
            VALUE.get()
        }
    };
}
pub(crate) use per_thread;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_reads_its_own_copy_of_one_value() {
        static WORD: PerThread<String> = PerThread::new(|| "kept".to_string());
        let here = WORD.get();
        assert!(Rc::ptr_eq(&here, &WORD.get()));
        let there = std::thread::spawn(|| WORD.get().as_ptr() as usize)
            .join()
            .unwrap_or(0);
        assert_eq!(*here, "kept");
        assert_ne!(there, here.as_ptr() as usize);
    }

    #[test]
    fn a_declared_value_is_read_through_each_thread_s_own_copy() {
        per_thread! {
            fn word() -> String {
                "kept".to_string()
            }
        }
        let here = word();
        assert!(Rc::ptr_eq(&here, &word()));
        let there = std::thread::spawn(|| word().as_ptr() as usize)
            .join()
            .unwrap_or(0);
        assert_eq!(*here, "kept");
        assert_ne!(there, here.as_ptr() as usize);
    }

    #[test]
    fn a_place_given_again_holds_the_new_value() {
        let first = PerThread::of(1);
        assert_eq!(*first.get(), 1);
        drop(first);
        let second = PerThread::of(2);
        assert_eq!(*second.get(), 2);
    }
}
