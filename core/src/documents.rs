//! One document's text in, one row out (mirrors `normalize/documents.py`).
//!
//! The seam the batch entry point calls. Every room it chains is ported (see the crate's
//! README, "Status"), the row itself is not yet: until it is, the row holds the text as its
//! body and nothing else, and no public function of the package calls this.

use crate::row::{Options, Row};

/// Normalize one scraped page into one row.
pub fn normalize_document(text: &str, options: &Options) -> Row {
    let _ = options;
    Row {
        title_lang: "und".to_string(),
        body: text.to_string(),
        ..Row::default()
    }
}
