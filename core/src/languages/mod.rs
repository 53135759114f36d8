//! The languages room (mirrors `normalize/languages/`): which language each stretch of a text
//! is in. `model` is the statistical stage, which tells apart the candidate languages of a
//! shared script; `blocks` cuts a text into the
//! blocks `rules` reads, with the page's prior of `prior`, and `fragments` makes
//! fragments of them.

use pyo3::prelude::*;

pub mod blocks;
pub mod fragments;
pub mod letters;
pub mod model;
pub mod prior;
pub mod rules;

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    model::register(m)?;
    blocks::register(m)?;
    rules::register(m)?;
    fragments::register(m)
}
