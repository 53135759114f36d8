//! Warming up: the tables every page needs, built in the background as soon as the core is
//! configured, so that the first page does not wait for all of them in turn.
//!
//! No page is normalized here: a shared pattern gives its fastest match cache to the first
//! thread that searches with it, and that thread should be one that goes on normalizing
//! documents, not a warm-up thread that ends. The patterns compile on the first page.
//!
//! Each table is a `OnceLock`: a page that needs one still being built waits for it, and one
//! already built is simply there. A warm-up job that fails is forgotten: the table it was
//! building fails again, and says why, on first use. The threads are detached (a process
//! exits without waiting for them); `wait_warm` lets a process about to fork wait first, so
//! that no table is left half-built in the child.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, OnceLock};

use pyo3::prelude::*;

use crate::facts::scripts;
use crate::languages::model::{has_candidates, model};
use crate::segment::costs;

/// The languages whose word costs are read ahead: the package's own segmentation languages.
const LANGUAGES: [&str; 3] = ["ru", "ko", "en"];

/// How many warm-up jobs are still running, and a signal when that number falls to zero.
fn running() -> &'static (Mutex<usize>, Condvar) {
    static RUNNING: OnceLock<(Mutex<usize>, Condvar)> = OnceLock::new();
    RUNNING.get_or_init(|| (Mutex::new(0), Condvar::new()))
}

/// Start the warm-up jobs once per process, each on its own detached thread; return at once.
pub fn warm_up() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        // The longest first: the large word lists, then the models.
        let mut jobs: Vec<Box<dyn FnOnce() + Send>> = Vec::new();
        for lang in LANGUAGES {
            jobs.push(Box::new(move || {
                let _ = costs(lang);
            }));
        }
        if let Some(all) = scripts().as_object() {
            for script in all.keys().filter(|name| has_candidates(name)) {
                jobs.push(Box::new(move || {
                    let _ = model(script);
                }));
            }
        }
        for job in jobs {
            spawn(job);
        }
    });
}

/// Run one job on a detached thread, counted while it runs; a panic ends the job alone.
fn spawn(job: Box<dyn FnOnce() + Send>) {
    let (count, _) = running();
    *count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
    let started = std::thread::Builder::new()
        .name("normalize-warm-up".to_string())
        .spawn(move || {
            let _ = catch_unwind(AssertUnwindSafe(job));
            finished();
        });
    if started.is_err() {
        finished();
    }
}

fn finished() {
    let (count, done) = running();
    let mut count = count.lock().unwrap_or_else(|e| e.into_inner());
    *count = count.saturating_sub(1);
    if *count == 0 {
        done.notify_all();
    }
}

/// Wait until no warm-up job is running.
pub fn wait_warm() {
    let (count, done) = running();
    let mut count = count.lock().unwrap_or_else(|e| e.into_inner());
    while *count > 0 {
        count = done.wait(count).unwrap_or_else(|e| e.into_inner());
    }
}

/// Build the tables every page needs in the background; the call returns at once.
#[pyfunction]
#[pyo3(name = "warm_up")]
fn py_warm_up() {
    warm_up();
}

/// Wait (the GIL released) until the warm-up jobs are done, as before a fork.
#[pyfunction]
#[pyo3(name = "wait_warm")]
fn py_wait_warm(py: Python<'_>) {
    py.allow_threads(wait_warm);
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(py_warm_up, m)?)?;
    m.add_function(wrap_pyfunction!(py_wait_warm, m)?)
}
