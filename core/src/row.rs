//! One row of the table, as the core makes it: every column but `doc_id`, `source` and
//! `hashtag_words`, which the Python side adds (the first two come with the input), and
//! `needs_python`, set on a row the Python path must make instead.

/// A headline in another language than the title.
#[derive(Debug, Clone, PartialEq)]
pub struct AltTitle {
    pub text: String,
    pub lang: String,
}

/// A run of one language over the body, code-point offsets (end exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct FragmentRow {
    pub start: u32,
    pub end: u32,
    pub lang: String,
    pub script: String,
}

/// A hashtag of the page: as written without `#`, its words, its language.
#[derive(Debug, Clone, PartialEq)]
pub struct HashtagRow {
    pub tag: String,
    pub words: Vec<String>,
    pub lang: String,
}

/// The columns of one row; instants are microseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub title: Option<String>,
    pub title_score: f64,
    pub title_lang: String,
    pub title_key: Option<String>,
    pub title_ascii: Option<String>,
    pub alt_titles: Vec<AltTitle>,
    pub languages: Vec<String>,
    pub fragments: Vec<FragmentRow>,
    pub hashtags: Vec<HashtagRow>,
    pub published_at: Option<i64>,
    pub published_precision: Option<String>,
    pub modified_at: Option<i64>,
    pub body: String,
    pub warnings: Vec<String>,
    /// Set when this is not the document's row: why the Python path must make it (a text
    /// that may hold mojibake, or a room that failed where Python raises).
    pub needs_python: Option<String>,
}

/// The caller's settings, checked by the Python side (`normalize.options.Options`).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// An IANA zone name or a fixed "+09:00" offset.
    pub default_tz: Option<String>,
    /// The reference instant for relative times, microseconds since the epoch.
    pub now: Option<i64>,
    /// Log-odds a headline must reach.
    pub title_threshold: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            default_tz: None,
            now: None,
            title_threshold: 0.0,
        }
    }
}
