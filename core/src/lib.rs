//! The compiled core of normalize: the whole per-document pipeline, each module a room of the
//! Python package with the same names (the Python code is the specification; a differential
//! test keeps the two giving the same rows).

use pyo3::prelude::*;

pub mod ad_slots;
pub mod back_links;
pub mod bare_units;
pub mod batch;
pub mod boilerplate;
pub mod bracketed_writers;
pub mod capital_heads;
pub mod caption_tracks;
pub mod captions;
pub mod chrome;
pub mod chunks;
pub mod cited_titles;
pub mod closed_units;
pub mod confidence;
pub mod corners;
pub mod credit_lines;
pub mod cut_teasers;
pub mod data;
pub mod date_headers;
pub mod dated_heads;
pub mod dateline_places;
pub mod decks;
pub mod decoding;
pub mod description_runs;
pub mod digests;
pub mod documents;
pub mod echo;
pub mod facts;
pub mod feeds;
pub mod field_runs;
pub mod figures;
pub mod form_labels;
pub mod glued_bylines;
pub mod glued_datelines;
pub mod glued_decks;
pub mod glued_title_labels;
pub mod hashtags;
pub mod headline;
pub mod injected_keywords;
pub mod issue_titles;
pub mod kept;
pub mod labels;
pub mod languages;
pub mod later_stories;
pub mod live_pages;
pub mod lost_heads;
pub mod markup_files;
pub mod notices;
pub mod numbered;
pub mod outlet_lines;
pub mod page;
pub mod per_thread;
pub mod posts;
pub mod quoted_heads;
pub mod reading_times;
pub mod record_fields;
pub mod rest_posts;
pub mod results_pages;
pub mod roundups;
pub mod row;
pub mod running_text;
pub mod runs;
pub mod scripts;
pub mod section_names;
pub mod segment;
pub mod signed_posts;
pub mod spaced_tags;
pub mod speeches;
pub mod split_paragraphs;
pub mod stamped_items;
pub mod subjects;
pub mod summaries;
pub mod summary_labels;
pub mod tag_pages;
pub mod text;
pub mod timed_titles;
pub mod timestamps;
pub mod title_shapes;
pub mod titles;
pub mod trailing_off;
pub mod trims;
pub mod unidecode;
pub mod updated_heads;
pub mod warm;
pub mod wordfreq;
pub mod wraps;

/// The core's allocations (Python's own stay with Python's allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Python module `normalize._core`.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    data::register(m)?;
    wordfreq::register(m)?;
    batch::register(m)?;
    segment::register(m)?;
    hashtags::register(m)?;
    text::register(m)?;
    scripts::register(m)?;
    chrome::register(m)?;
    boilerplate::register(m)?;
    title_shapes::register(m)?;
    titles::register(m)?;
    unidecode::register(m)?;
    decoding::register(m)?;
    timestamps::register(m)?;
    languages::register(m)?;
    page::register(m)?;
    captions::register(m)?;
    echo::register(m)?;
    subjects::register(m)?;
    headline::register(m)?;
    documents::register(m)?;
    warm::register(m)?;
    Ok(())
}
