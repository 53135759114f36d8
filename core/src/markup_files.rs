//! A raw markup file a crawl fetched in place of a page: a feed, a sitemap or another XML file,
//! printed as its source (`<?xml version="1.0"?><feed …>`, `<rss …>`) (the twin of
//! `normalize/markup_files.py`). Its `<title>` elements name the feed and its items, its
//! `<published>` and `<pubDate>` elements date the items: none of its lines is the page's
//! headline and none of its times the page's own. A page of XHTML, whose source opens the same
//! way, declares its `html` root just below and is left to the other rules.

use regex::Regex;

use crate::per_thread::PerThread;
use crate::segment::chars;

/// How many lines with text after the first may declare an XHTML page's root.
const ROOT_LINES: usize = 3;

// Each read through `PerThread` (no thread-local slot of its own: the core's static TLS
// block, which a loaded extension may not outgrow, stays as it is).
/// The first line of an XML file, its leading spaces off: its declaration, or a feed's or a
/// sitemap's root element (RSS, Atom, RDF; a sitemap's list of addresses or of sitemaps).
static OPENING: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"(?i)^<(?:\?xml|rss|feed|rdf:RDF|urlset|sitemapindex)(?:[ \t>/]|$)")
        .expect("a valid pattern")
});
/// An XHTML page's source: its doctype or its root element.
static HTML_ROOT: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"(?i)<(?:!DOCTYPE[ \t]+html|html)(?:[ \t>]|$)").expect("a valid pattern")
});

/// Whether the page is a raw XML file, a feed's or a sitemap's source: no article (Python's
/// `is_markup_file`).
pub fn is_markup_file(lines: &[&str]) -> bool {
    let mut filled = lines
        .iter()
        .filter(|line| !line.trim_matches(chars::is_space).is_empty());
    let Some(first) = filled.next() else {
        return false;
    };
    if !OPENING
        .get()
        .is_match(first.trim_start_matches(chars::is_space))
    {
        return false;
    }
    let html = HTML_ROOT.get();
    !std::iter::once(first)
        .chain(filled.take(ROOT_LINES))
        .any(|line| html.is_match(line))
}
