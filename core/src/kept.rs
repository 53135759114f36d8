//! The twin of `normalize.cache.Memo` for the rooms' memos (`@memo` in the Python): the values
//! of a pure function of a text, in a table of this thread's that starts afresh when it holds
//! its size, so that memory stays bounded and the texts read now are the ones kept. One table
//! per thread: no lock, and what is kept never changes a result.

use std::cell::RefCell;
use std::convert::Infallible;
use std::thread::LocalKey;

use rustc_hash::FxHashMap;

/// A table of values by their texts, emptied when it holds `size` of them.
pub struct Kept<V> {
    size: usize,
    values: FxHashMap<Box<str>, V>,
}

impl<V: Clone> Kept<V> {
    pub fn new(size: usize) -> Self {
        Kept {
            size,
            values: FxHashMap::default(),
        }
    }

    /// The value kept for `text`, if any.
    pub fn get(&self, text: &str) -> Option<V> {
        self.values.get(text).cloned()
    }

    /// Keeps `value` for `text`, in a table emptied first when full.
    pub fn keep(&mut self, text: &str, value: V) {
        if self.values.len() >= self.size {
            self.values.clear();
        }
        self.values.insert(text.into(), value);
    }
}

/// `make(text)`, taken from this thread's `table` when it was made before.
pub fn kept<V: Clone>(
    table: &'static LocalKey<RefCell<Kept<V>>>,
    text: &str,
    make: impl FnOnce(&str) -> V,
) -> V {
    let Ok(value) = kept_made::<V, Infallible>(table, text, |text| Ok(make(text)));
    value
}

/// `kept` of a function that may fail: a value made is kept, an error is not.
pub fn kept_made<V: Clone, E>(
    table: &'static LocalKey<RefCell<Kept<V>>>,
    text: &str,
    make: impl FnOnce(&str) -> Result<V, E>,
) -> Result<V, E> {
    if let Some(value) = table.with(|kept| kept.borrow().get(text)) {
        return Ok(value);
    }
    let value = make(text)?;
    table.with(|kept| kept.borrow_mut().keep(text, value.clone()));
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SHOUTED: RefCell<Kept<String>> = RefCell::new(Kept::new(2));
    }

    fn shout(text: &str) -> Result<String, ()> {
        kept_made(&SHOUTED, text, |text| Ok(text.to_uppercase()))
    }

    #[test]
    fn keeps_values_and_starts_afresh_when_full() {
        assert_eq!(shout("kst"), Ok("KST".to_string()));
        assert_eq!(shout("kst"), Ok("KST".to_string()));
        shout("msk").unwrap();
        shout("utc").unwrap();
        SHOUTED.with(|kept| assert_eq!(kept.borrow().values.len(), 1));
    }

    #[test]
    fn keeps_no_error() {
        thread_local! {
            static FAILED: RefCell<Kept<u8>> = RefCell::new(Kept::new(4));
        }
        assert_eq!(
            kept_made(&FAILED, "x", |_| Err::<u8, &str>("no")),
            Err("no")
        );
        assert_eq!(kept(&FAILED, "y", |_| 7), 7);
        FAILED.with(|kept| assert_eq!(kept.borrow().values.len(), 1));
    }
}
