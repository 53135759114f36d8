//! One document's text in, one row out (mirrors `normalize/documents.py`).

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
