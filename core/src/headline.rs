//! The headline a person would pick from a scraped page, on sites never seen before (mirrors
//! `normalize/headline.py`).
//!
//! Every line that is not page machinery is a candidate, once what a page prints around a
//! headline is cut off; a candidate is weighed by signals that hold on any site (its lead
//! echoes it, a dateline stands near it, the page prints it again, its place and shape), and
//! the best one is the headline when its score passes a threshold. Scores are summed in the
//! order Python sums them, so that they come out the same to the last bit.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::OnceLock;

use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use regex::Regex;

use crate::boilerplate::{is_about, line_kind, opens_with_credit_label, LineKind};
use crate::captions::{closes_with_credit, in_present, is_caption};
use crate::chrome::{is_fixed_widget, is_view_label, names_a_letter};
use crate::cited_titles::is_cited_below;
use crate::confidence::title_probability;
use crate::corners::{corner_name, is_flagged_word};
use crate::credit_lines::{
    closes_with_labelled_credit, closes_with_slashed_credit, is_bare_credit, is_bracketed_credit,
    is_courtesy_credit,
};
use crate::dated_heads::dated_heads;
use crate::decks::mark_decks;
use crate::description_runs::is_description_run;
use crate::digests::{contents_items, digest_items, is_long_digest, question_items};
use crate::echo::{
    dateline_nearness, echo_worded, glued_after, has_caption_copy_keyed, is_cut_keyed,
    is_doubled_head, joins_its_pieces, opens_with_glued_crumbs, repetition_keyed, LineKeys, Placed,
    Searcher, DATELINE_BELOW, ECHO_PRIOR_WORDS,
};
use crate::feeds::{dated_units, feed_shapes};
use crate::glued_datelines::headline_part;
use crate::glued_decks::{before_glued_hangul_deck, unspaced_hangul_words};
use crate::languages::fragments::detect_language;
use crate::live_pages::is_live_page;
use crate::notices::without_notice;
use crate::numbered::{in_numbered_list, numbered_heads};
use crate::outlet_lines::{
    credits_a_source, is_domain_name, names_rights_holder, opens_its_lead, signs_from_town,
};
use crate::page::{echo_words, EchoWords};
use crate::per_thread::per_thread;
use crate::posts::signs_a_post;
use crate::reading_times::after_reading_time;
use crate::results_pages::{results_below, results_label};
use crate::roundups::roundup_heads;
use crate::running_text::{
    holds_sentences, is_run_together, reads_as_sentence, runs_words_together,
};
use crate::runs::run_items;
use crate::segment::chars::{self, is, HANGUL, L};
use crate::speeches::names_a_speech;
use crate::stamped_items::stamped_items;
use crate::subjects::{
    fills_title_field, is_field_title, is_over_post_fields, is_under_title_label,
};
use crate::text::{count_words, holds_words, split_words};
use crate::timestamps::periods::is_day_range;
use crate::timestamps::{datelines, parse_timestamp};
use crate::title_shapes::{is_body_shaped, is_headline_shaped, is_word_list, BODY_SENTENCE_WORDS};
use crate::titles::{
    cut_headline_keyed, is_bare_date, is_bracket_framed, starts_upper, title_key, Cut,
};
use crate::trims::{in_mixed_case, trimmed};

/// What each signal adds to a candidate's log-odds of being the headline (`WEIGHTS`).
pub const WEIGHTS: [(&str, f64); 30] = [
    ("bias", -2.0),
    ("echo", 6.0),
    ("near_dateline", 1.5),
    ("repeated", 1.0),
    ("glued", -2.0),
    ("first", 1.5),
    ("length", 1.5),
    ("long", -5.0),
    ("sentence", -5.0),
    ("caption", -5.0),
    ("after_body", -3.0),
    ("dated", -1.0),
    ("lower_case", -3.5),
    ("machinery", -2.5),
    ("site", -3.0),
    ("listing", -2.5),
    ("lead_echo", 1.5),
    ("restates_above", -2.0),
    ("before_lead", 0.5),
    ("address", -5.0),
    ("deck", -2.5),
    ("quoted_head", 1.5),
    ("flagged", 1.0),
    ("feed_item", -7.0),
    ("title_field", 3.0),
    ("speech", 3.0),
    ("opened", -3.0),
    ("dated_post", 3.0),
    ("twice_over_lead", 3.0),
    ("timed_title", 3.0),
];
/// The default of `Options.title_threshold`.
pub const TITLE_THRESHOLD: f64 = 0.0;
/// Headlines are at most this many words long.
const HEADLINE_WORDS: usize = 20;
/// How far below a candidate a paragraph that opens with its term, or a notice's or a
/// roundup's story, may start, in lines with text.
pub const LEAD_LINES: usize = 6;
/// A headline printed below its story repeats at least this many of its lead's words, and at
/// least this share of its own words.
const FOOT_HEAD_WORDS: usize = 3;
const FOOT_HEAD_SHARE: f64 = 0.6;
/// A candidate's lead is the first paragraph below it with fewer than this many candidates
/// between them; datelines, tool lines and other lines no candidate comes from do not count.
const LEAD_HEADS: usize = 6;
/// A deck stands this many lines with text below its headline, at most.
const DECK_BELOW: usize = 2;
/// A subhead of a page that opens with its first paragraph stands this many lines with text
/// below that paragraph, at most.
const OPENING_SUBHEAD_LINES: usize = 2;
/// A page with more story heads than this, each printed once, is a listing; a listing's story
/// head may be as short as a label.
const LISTING_HEADS: usize = 3;
const LISTING_HEAD_WORDS: usize = 3;
/// A feed's item stands this many lines with text from its own dateline, at most; its items
/// are as many lines apart, give or take this many.
const FEED_STEP: i64 = 3;
const GAP_SLACK: usize = 1;
/// A story head is this many words long at least.
pub(crate) const HEAD_WORDS: usize = 4;
/// Only the first candidates of a page are weighed; a list's middle items, never the headline,
/// count apart, up to a larger bound.
const MAX_CANDIDATES: usize = 40;
const MAX_LISTED: usize = 160;
/// How much of a story head its lead echoes, at least; of a headline with a deck below it.
pub(crate) const HEAD_ECHO: f64 = 0.3;
const DECKED_HEAD_ECHO: f64 = 0.2;
/// A headline with a deck below it has this many words at least: a short one says little, and
/// its deck says the rest; a label of a word or two has none (`_DECKED_HEAD_WORDS`).
const DECKED_HEAD_WORDS: usize = 3;
/// The paragraph below a feed's first item repeats this share of its words at least, and the
/// paragraphs below its other items less than this: that item alone has a lead, the article's.
const LONE_LEAD_ECHO: f64 = 0.3;
const OTHER_LEAD_ECHO: f64 = 0.1;
/// Machinery that may be a headline the rules mistook; other kinds never are.
const SOFT_MACHINERY: [&str; 3] = ["widget", "section", "site"];
/// A candidate inside another is a headline glued to machinery when it has this many words.
const GLUED_WORDS: usize = 3;
/// A counter's line sits this many lines with text below the headline it counts, at most.
const ABOVE_ORDERS: usize = 3;
/// A headline printed in small letters has this many words at least (a menu's label has fewer).
const SMALL_HEAD_WORDS: usize = 4;
/// What glues machinery after a headline.
const SEPARATORS: [char; 9] = ['|', '/', '-', '–', '—', '·', '•', ':', '('];
/// A line whose first characters come again right after one of its stops is printed twice.
const DOUBLED_OPENING: usize = 30;
const DOUBLED_AFTER: [char; 8] = ['.', '!', '?', '…', '"', '\'', '”', ')'];
/// A variant in another language is a whole headline, not a two-word channel name.
const MIN_ALT_TITLE_WORDS: usize = 4;

/// The default weights by name.
pub fn default_weights() -> &'static FxHashMap<String, f64> {
    static TABLE: OnceLock<FxHashMap<String, f64>> = OnceLock::new();
    TABLE.get_or_init(|| {
        WEIGHTS
            .iter()
            .map(|(name, value)| (name.to_string(), *value))
            .collect()
    })
}

per_thread! {
    /// A web address, or a telephone number closing the line, its last groups joined by
    /// hyphens ("646-940-0119", "(202) 496-4816", "+7 (495) 123-45-67"; a large count groups
    /// its thousands by spaces; a headline goes on after a hotline's number, a season's years
    /// or a case's number): a headline prints none (`outlet_lines._ADDRESS`).
    fn address() -> Regex {
        Regex::new(concat!(
            r"(?i)https?://|www\.|(?:^|[^0-9])\(?[0-9]{2,4}\)?[ .-][0-9]{3,4}(?:-[0-9]{2,4})+",
            r"[^\p{L}\p{N}]*$",
        ))
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A wire story's opening line: its place and agency in brackets, joined by "=", then its
    /// writer's byline closed by "=" (`wire_heads._WIRE_LEAD`).
    fn wire_lead() -> Regex {
        Regex::new(r"^\s*[(\[][^()\[\]=]{1,20}=[^()\[\]=]{1,20}[)\]][^=]{0,20}=\s")
            .expect("a valid pattern")
    }
}

/// A candidate's signals, in the order Python's dict holds them.
pub type Signals = Vec<(&'static str, f64)>;

pub(crate) fn signal(signals: &Signals, name: &str) -> f64 {
    signals
        .iter()
        .find(|(key, _)| std::ptr::eq(*key, name) || *key == name)
        .map_or(0.0, |(_, value)| *value)
}

/// Sets a signal the candidate already has to `value` (Python's
/// `candidate.signals[name] = value`).
pub(crate) fn set_signal(signals: &mut Signals, name: &str, value: f64) {
    for (key, held) in signals.iter_mut() {
        if *key == name {
            *held = value;
        }
    }
}

/// A line's headline, where it is, and the signals it gives.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub placed: Placed,
    pub signals: Signals,
    /// How many words its text has, counted up to `COUNTED_WORDS` (`count_words`), once for
    /// the many rooms that ask.
    counted: usize,
}

/// A candidate's words are counted this far: the most any room asks of them.
const COUNTED_WORDS: usize = HEADLINE_WORDS + 1;

impl Candidate {
    /// A candidate placed so, its words counted, no signals given yet.
    fn new(placed: Placed) -> Self {
        let counted = count_words(&placed.text, COUNTED_WORDS);
        Candidate {
            placed,
            signals: Vec::new(),
            counted,
        }
    }

    /// `count_words` of its text, up to `limit`.
    pub fn words(&self, limit: usize) -> usize {
        if limit <= COUNTED_WORDS {
            self.counted.min(limit)
        } else {
            count_words(&self.placed.text, limit)
        }
    }
}

/// A variant of the headline in another language.
#[derive(Debug, Clone, PartialEq)]
pub struct AltTitle {
    pub text: String,
    pub lang: String,
}

/// The headline of a page, how sure the choice is, and the lines it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub title: Option<String>,
    pub lang: String,
    pub alt_titles: Vec<AltTitle>,
    /// The headline's line, its copies and its variants.
    pub lines: BTreeSet<usize>,
    /// The probability the choice is right, 0.0 when there is no headline.
    pub score: f64,
    pub line: Option<usize>,
}

impl Headline {
    /// No headline: a page without one.
    pub fn none() -> Headline {
        Headline {
            title: None,
            lang: "und".to_string(),
            alt_titles: Vec::new(),
            lines: BTreeSet::new(),
            score: 0.0,
            line: None,
        }
    }
}

/// The weight of a signal, an error when the table has none.
fn weight_of(weights: &FxHashMap<String, f64>, name: &str) -> Result<f64, String> {
    weights
        .get(name)
        .copied()
        .ok_or_else(|| format!("no weight for {name:?}"))
}

/// A candidate's log-odds of being the headline: the weighted sum of its signals.
pub fn score<'a>(
    signals: impl IntoIterator<Item = (&'a str, f64)>,
    weights: &FxHashMap<String, f64>,
) -> Result<f64, String> {
    let weight = |name: &str| weight_of(weights, name);
    let bias = weight("bias")?;
    let mut total = 0.0;
    for (name, value) in signals {
        total += weight(name)? * value;
    }
    Ok(bias + total)
}

/// `score` of each candidate. Every candidate gives the same signals in the same order: a
/// signal's weight is looked up by its name once, then known by its place.
fn scores(candidates: &[Candidate], weights: &FxHashMap<String, f64>) -> Result<Vec<f64>, String> {
    let weight = |name: &str| weight_of(weights, name);
    let bias = weight("bias")?;
    let mut by_place: Vec<(&str, f64)> = Vec::new();
    candidates
        .iter()
        .map(|candidate| {
            let mut total = 0.0;
            for (place, &(name, value)) in candidate.signals.iter().enumerate() {
                // the same name is most often the same text, told without reading it
                let known = by_place
                    .get(place)
                    .filter(|(known, _)| std::ptr::eq(*known, name) || *known == name)
                    .map(|&(_, weight)| weight);
                let weight = match known {
                    Some(weight) => weight,
                    None => {
                        let weight = weight(name)?;
                        if place == by_place.len() {
                            by_place.push((name, weight));
                        }
                        weight
                    }
                };
                total += weight * value;
            }
            Ok(bias + total)
        })
        .collect()
}

/// Pick the headline of a page, as a reader would. `machinery` holds the kinds of the page's
/// machinery lines, `skip` lines that are no headline, `dated` the lines of the page's
/// datelines and bylines.
pub fn extract_headline<S: AsRef<str>>(
    lines: &[S],
    machinery: &FxHashMap<usize, String>,
    skip: &FxHashSet<usize>,
    dated: &FxHashSet<usize>,
    threshold: f64,
    weights: &FxHashMap<String, f64>,
) -> Result<Headline, String> {
    let (candidates, keyed) = weigh_keyed(lines, machinery, skip, dated)?;
    if candidates.is_empty() {
        return Ok(Headline::none());
    }
    let scores = scores(&candidates, weights)?;
    let mut best = 0;
    for (k, value) in scores.iter().enumerate() {
        if *value > scores[best] {
            best = k;
        }
    }
    if scores[best] < threshold {
        return Ok(Headline::none());
    }
    let mut chosen = in_mixed_case(&candidates[best], &candidates);
    let line = |index: usize| lines.get(index).map_or("", |line| line.as_ref());
    // a headline in capitals over two lines: its second piece is no copy
    if !crate::capital_heads::is_joined_below(&chosen.text, chosen.line, line, lines.len()) {
        chosen.text = trimmed(&chosen.text, &chosen.key, chosen.line, &keyed);
    }
    // a title field's value running on to the line below it
    chosen.text = crate::field_runs::with_field_run_on(line, lines.len(), chosen.line, chosen.text);
    let lang = detect_language(&chosen.text, None, None)?;
    let mut used = BTreeSet::from([chosen.line]);
    let mut alt_titles = Vec::new();
    for candidate in &candidates {
        let placed = &candidate.placed;
        if placed.key == chosen.key {
            // the chosen line itself, or a copy of it
            used.insert(placed.line);
            continue;
        }
        if !may_be_a_variant(candidate, &candidates, &used) {
            continue;
        }
        let line_lang = detect_language(&placed.text, None, None)?;
        if line_lang != lang && line_lang != "und" {
            alt_titles.push(AltTitle {
                text: placed.text.clone(),
                lang: line_lang,
            });
            used.insert(placed.line);
        }
    }
    let probability = title_probability(scores[best]);
    Ok(Headline {
        title: Some(chosen.text),
        lang,
        alt_titles,
        lines: used,
        score: probability,
        line: Some(chosen.line),
    })
}

/// What opens a list's item, a trail's crumb among them, on its line (`_BULLETS` in
/// `normalize/titles.py`).
pub(crate) const BULLETS: [char; 6] = ['•', '·', '▪', '◦', '*', '-'];

/// Whether a candidate may be the headline in another language (Python's
/// `alt_titles._may_be_a_variant`).
fn may_be_a_variant(
    candidate: &Candidate,
    candidates: &[Candidate],
    used: &BTreeSet<usize>,
) -> bool {
    let near = candidates.iter().any(|other| {
        used.contains(&other.placed.line)
            && candidate.placed.order.abs_diff(other.placed.order) <= DATELINE_BELOW
    });
    let signals = &candidate.signals;
    near && candidate.words(MIN_ALT_TITLE_WORDS) >= MIN_ALT_TITLE_WORDS
        && !["after_body", "machinery", "dated", "caption"]
            .iter()
            .any(|name| signal(signals, name) != 0.0)
}

/// Every line with a headline in it, that headline cut out, and the signals it gives.
pub fn weigh_candidates<S: AsRef<str>>(
    lines: &[S],
    machinery: &FxHashMap<usize, String>,
    skip: &FxHashSet<usize>,
    dated: &FxHashSet<usize>,
) -> Result<Vec<Candidate>, String> {
    weigh_keyed(lines, machinery, skip, dated).map(|(found, _)| found)
}

/// `weigh_candidates`, with the page's lines and the title keys worked out on the way, for
/// what is done with the chosen candidate.
fn weigh_keyed<'a, S: AsRef<str>>(
    lines: &'a [S],
    machinery: &FxHashMap<usize, String>,
    skip: &FxHashSet<usize>,
    dated: &FxHashSet<usize>,
) -> Result<(Vec<Candidate>, LineKeys<'a, S>), String> {
    let line = |index: usize| lines.get(index).map_or("", |line| line.as_ref());
    let mut filled: Vec<usize> = Vec::with_capacity(lines.len());
    filled.extend((0..lines.len()).filter(|&i| !line(i).is_empty()));
    // each line's rank among the lines with text, by its index
    let mut ranks: Vec<Option<usize>> = vec![None; lines.len()];
    for (rank, &index) in filled.iter().enumerate() {
        if let Some(slot) = ranks.get_mut(index) {
            *slot = Some(rank);
        }
    }
    let order = |index: &usize| ranks.get(*index).copied().flatten();
    let mut skip = skip.clone();
    // a headline glued after a scraper's meta date, which its lead echoes: no dateline's line
    skip.retain(|i| {
        !order(i).is_some_and(|rank| {
            crate::glued_datelines::echoed_after_meta_date(|k| line(filled[k]), filled.len(), rank)
        })
    });
    // a short headline with its update note glued on in brackets, the note most of its line
    skip.retain(|i| order(i).is_none() || !crate::updated_heads::updated_head(line(*i)));
    // an issue's title, its name and its day, in the headline's place: no dateline's line
    skip.retain(|i| {
        !order(i)
            .is_some_and(|rank| crate::issue_titles::is_issue_title_line(|k| line(filled[k]), rank))
    });
    skip.extend(
        machinery
            .iter()
            .filter(|(_, kind)| !SOFT_MACHINERY.contains(&kind.as_str()))
            .map(|(i, _)| *i),
    );
    // a widget's fixed label, word for word, is no headline the machinery rules mistook
    skip.extend(
        machinery
            .iter()
            .filter(|(&i, kind)| kind.as_str() == "widget" && is_fixed_widget(line(i)))
            .map(|(i, _)| *i),
    );
    // a prompt box's head and notice (the site's, no story's), a notice under its close
    // button's label, a table of contents' lines
    let text_at = |k: usize| line(filled[k]);
    for ranks in [
        crate::notices::prompt_boxes(text_at, filled.len()),
        crate::notices::notification_boxes(text_at, filled.len()),
        crate::numbered::contents_lines(text_at, filled.len()),
    ] {
        skip.extend(
            ranks
                .into_iter()
                .filter_map(|rank| filled.get(rank).copied()),
        );
    }
    // a memo's sender and address
    skip.extend(crate::chrome::sender_blocks(lines));
    // a spam copy's keyword, injected into the story's paragraphs
    skip.extend(crate::injected_keywords::keyword_lines(lines));
    // a deck under hash marks: the page opens below its headline
    skip.extend(crate::decks::hash_deck_lines(line, &filled, dated));
    // no piece of a headline in capitals over two lines
    let apart: FxHashSet<usize> = skip.iter().chain(machinery.keys()).copied().collect();
    let mut found: Vec<Candidate> = Vec::with_capacity(MAX_CANDIDATES);
    // the candidates on a list's middle item
    let mut listed = 0;
    // the title keys of candidates' lines that their cuts know
    let mut line_keys: Vec<(usize, String)> = Vec::new();
    // the other cuts that stripped their whole lines, for those lines' keys
    let mut line_stripped: Vec<(usize, Rc<Cut>)> = Vec::new();
    // the part of each line a candidate was read from, by its rank, for its signals
    let mut parts: Vec<&str> = vec![""; filled.len()];
    // the lines an interview's speaker took its quotation from, up to this rank
    let mut joined_until: Option<usize> = None;
    for (rank, &index) in filled.iter().enumerate() {
        if skip.contains(&index) {
            continue;
        }
        // the text before a dateline glued on, or the line when it is not too long
        let part = headline_part(|k| line(filled[k]), filled.len(), rank);
        parts[rank] = part;
        if part.is_empty() || closes_with_credit(part) || joined_until.is_some_and(|j| rank <= j) {
            continue;
        }
        if closes_with_labelled_credit(part) || is_bare_credit(part) || is_bracketed_credit(part) {
            continue; // a caption's credit
        }
        if closes_with_slashed_credit(part) {
            continue; // a caption closed by its credit after a slash
        }
        if crate::summary_labels::opens_with_summary_label(line(index)) {
            continue; // the story's summary under its label
        }
        if found.len() - listed == MAX_CANDIDATES || listed == MAX_LISTED {
            break;
        }
        // a speaker over their words on the next line
        let joined = crate::quoted_heads::with_quotation_below(
            |k| line(filled[k]),
            filled.len(),
            rank,
            part,
        );
        // a headline in capitals over two lines
        let joined = match joined {
            None if part.len() == line(index).len() => {
                crate::capital_heads::with_capitals_below(line, &filled, rank, &apart)
                    .map(|text| (text, 1))
            }
            joined => joined,
        };
        if let Some((_, taken)) = &joined {
            joined_until = Some(rank + taken);
        }
        let part = joined.as_ref().map_or(part, |(text, _)| text.as_str());
        // the line a title field's label may open, before its labels are cut
        let field_line = part;
        // the title after a corner's label and a slash
        let titled = crate::corners::corner_title(part);
        let part = if titled.is_empty() { part } else { titled };
        // a toolbar's labels glued after it ("Печать E-mail")
        let part = crate::labels::without_toolbar_tail(part);
        // a site's name after a bar that the page prints alone on another line
        let part =
            crate::labels::without_printed_tail(part, |k| line(filled[k]), filled.len(), rank);
        // a skin's label glued after a headline the page prints again without it
        let part =
            crate::labels::without_echoed_head_tail(part, |k| line(filled[k]), filled.len(), rank);
        // a promo's call over the item it names, whose title the next line prints
        let part =
            crate::labels::without_banner_label(part, |k| line(filled[k]), filled.len(), rank);
        // an icon's label in small letters the page glues before other lines too
        let part = crate::labels::without_icon_label(part, |k| line(filled[k]), filled.len(), rank);
        let whole = part.len() == line(index).len();
        let cut = cut_headline_keyed(part);
        // a byline once what was glued to it is cut off ("By Ana Ruiz </p><p>…")
        if !cut.text.is_empty()
            && cut.text != field_line
            && line_kind(&cut.text) == LineKind::Byline
        {
            continue;
        }
        // a byline after its story's reading time ("2 mins readBy: Ana Ruiz")
        if after_reading_time(&cut.text).is_some_and(|rest| line_kind(rest) == LineKind::Byline) {
            continue;
        }
        // a work's credit: "Video courtesy of the Harbour Trust"
        if !cut.text.is_empty() && is_courtesy_credit(&cut.text) {
            continue;
        }
        // a corner's name printed alone in brackets, which the cut takes for a flag
        let corner = if cut.text.is_empty() {
            corner_name(|k| line(filled[k]), filled.len(), rank)
        } else {
            ""
        };
        // a range of days alone is an event's run ("3 апреля – 14 апреля"), no headline
        let shaped = |text: &str| {
            (is_headline_shaped(text)
                || is_flagged_word(line(index), text)
                || is_field_title(field_line, text)
                || crate::issue_titles::is_issue_title(line(index)) // its day's figures no score's
                || crate::section_names::is_board_post_title(&filled, &line, rank, dated)) // its place
                && !is_day_range(text)
        };
        if !corner.is_empty() && shaped(corner) {
            found.push(Candidate::new(Placed {
                line: index,
                order: rank,
                text: corner.to_string(),
                key: title_key(corner),
            }));
        } else if !cut.text.is_empty() && shaped(&cut.text) {
            let key = cut.key();
            if whole {
                line_keys.extend(cut.line_key(&key).map(|line_key| (index, line_key)));
            }
            let text = cut.text.clone();
            found.push(Candidate::new(Placed {
                line: index,
                order: rank,
                text,
                key,
            }));
        } else if whole && cut.line_stripped().is_some() {
            line_stripped.push((index, cut));
        }
        if found.last().is_some_and(|c| c.placed.order == rank)
            && crate::section_names::is_middle_item(|k| line(filled[k]), filled.len(), rank)
        {
            listed += 1;
        }
    }
    let mut crumbs: FxHashSet<usize> = found
        .windows(2)
        .filter(|pair| {
            let (c, below) = (&pair[0].placed, &pair[1].placed);
            below.order == c.order + 1
                && crate::section_names::is_last_crumb(&filled, &line, c.order, &c.key, &below.key)
        })
        .map(|pair| pair[0].placed.line)
        .collect();
    // a line framed whole by spaced square brackets right over a headline, no paragraph, is its
    // kicker
    crumbs.extend(
        found
            .windows(2)
            .filter(|pair| {
                let (c, below) = (&pair[0].placed, &pair[1].placed);
                below.order == c.order + 1
                    && is_bracket_framed(line(c.line))
                    && !is_body_shaped(line(below.line))
            })
            .map(|pair| pair[0].placed.line),
    );
    if !found.is_empty() {
        // a menu's items in capitals
        crumbs.extend(crate::section_names::capital_menu(&filled, &line));
        // a board's name over its trail
        let placed: Vec<&Placed> = found.iter().map(|c| &c.placed).collect();
        crumbs.extend(crate::section_names::board_names(
            &placed, &filled, &line, dated,
        ));
    }
    // a trail's last crumb, a series' name printed in brackets on another line: no headline
    let series = if found.is_empty() {
        Vec::new()
    } else {
        crate::section_names::series_names(&filled, &line)
    };
    // a series' name printed in brackets elsewhere, unless a title field's label says it is
    // the title
    found.retain(|c| {
        !crumbs.contains(&c.placed.line)
            && (!crate::section_names::names_a_series(&c.placed, &series)
                || fills_title_field(line(c.placed.line)))
    });
    // a copy cut short is no paragraph, however long
    let cut: FxHashSet<usize> = found
        .iter()
        .filter(|c| is_cut_keyed(&c.placed, found.iter().map(|o| &o.placed)))
        .map(|c| c.placed.line)
        .collect();
    // a text printed twice, a menu glued together: no paragraph (Python's `is_run_together`)
    let is_body = |i: usize| -> Result<bool, String> {
        Ok(!skip.contains(&i)
            && !machinery.contains_key(&i)
            && !cut.contains(&i)
            && is_body_shaped(line(i))
            && !closes_with_labelled_credit(line(i)) // a caption, no paragraph of the story
            && !is_doubled(line(i))
            && !crate::labels::is_glued_menu(line(i))?
            && !is_description_run(line(i))) // an icon set's descriptions run together
    };
    // The body's lines by rank: only the first, those up to `LEAD_LINES` below the last
    // candidate and the first below it (its lead) are ever read, so the rest of the page is
    // not looked at.
    let last = found.iter().map(|c| c.placed.order).max().unwrap_or(0);
    let mut body: Vec<usize> = Vec::new();
    for (rank, &i) in filled.iter().enumerate() {
        if rank > last + LEAD_LINES && body.last().is_some_and(|&p| p > last) {
            break;
        }
        // a numbered list's items are no paragraphs
        if is_body(i)? && !in_numbered_list(|k| line(filled[k]), filled.len(), rank) {
            body.push(rank);
        }
    }
    // the datelines and bylines, not an embedded post's signature (a post's time, not a head's)
    let mut dated_order: Vec<i64> = dated
        .iter()
        .filter(|&&i| !signs_a_post(line(i)))
        .filter_map(|i| order(i).map(|r| r as i64))
        .collect();
    dated_order.sort_unstable();
    let placed: Vec<Placed> = found.iter().map(|c| c.placed.clone()).collect();
    let mut keyed = LineKeys::new(lines);
    for (index, cut) in line_stripped {
        keyed.know_stripped(index, cut);
    }
    for (index, key) in line_keys {
        keyed.know_key(index, key);
    }
    // a candidate that is its whole line has the line's words, kept for the lines' echoes
    let words: Vec<EchoWords> = found
        .iter()
        .map(|c| {
            let placed = &c.placed;
            if placed.text == keyed.line(placed.line) {
                keyed.words(placed.line).clone()
            } else {
                echo_words(&placed.text)
            }
        })
        .collect();
    // a site's notice is no paragraph
    let body = without_notice(&body, &placed, &words, &keyed, &filled);
    // the echo words of what runs on after the part of each candidate's line it was read
    // from (a lead glued on after a dateline), by rank
    let glued: Vec<Option<EchoWords>> = found
        .iter()
        .map(|c| glued_after(keyed.line(c.placed.line), parts[c.placed.order]).map(echo_words))
        .collect();
    // a headline's flag in brackets, the page's only one
    let flagged = crate::corners::flagged_line(&found, line, &filled);
    for (rank, candidate) in found.iter_mut().enumerate() {
        let kind = machinery.get(&candidate.placed.line).map(String::as_str);
        let mut echo = echo_worded(
            &words[rank],
            &candidate.placed,
            &keyed,
            &filled,
            glued[rank].as_ref(),
        );
        let mut signals = vec![("echo", echo)];
        // a deck glued on with no space makes it no longer
        let mut counted = candidate.words(HEADLINE_WORDS + 1);
        let mut counted_text = candidate.placed.text.as_str();
        if counted > HEADLINE_WORDS {
            let placed = &candidate.placed;
            if let Some(head) = before_glued_hangul_deck(&placed.text, placed.line, keyed.lines()) {
                counted = count_words(head, HEADLINE_WORDS + 1);
                counted_text = head;
            }
        }
        // an underscore between two letters parts two words as a space does
        counted = (counted + underscore_seams(counted_text)).min(HEADLINE_WORDS + 1);
        // a long Korean line with no space holds the words the segmenter spaces it into
        if let Some(words) = unspaced_hangul_words(&candidate.placed.text)? {
            counted = words.min(HEADLINE_WORDS + 1);
        }
        signals.extend(signals_of(
            &candidate.placed,
            counted,
            rank,
            &placed,
            &keyed,
            &filled,
            &dated_order,
            (body, &words[rank]),
            parts[candidate.placed.order],
        )?);
        if signal(&signals, "dated") != 0.0 {
            // a line that states a time: the datelines repeat its date, not its story
            echo = echo_apart(
                &words[rank],
                &candidate.placed,
                &keyed,
                &filled,
                &dated_order,
                glued[rank].as_ref(),
            );
            set_signal(&mut signals, "echo", echo);
            if crate::issue_titles::is_issue_title(line(candidate.placed.line)) {
                set_signal(&mut signals, "dated", 0.0); // an issue's own day
            }
        }
        signals.push(("flagged", flag(flagged == Some(candidate.placed.line))));
        signals.push((
            "machinery",
            flag(
                (matches!(kind, Some("widget" | "section"))
                    && !crate::section_names::ends_a_trail(
                        &candidate.placed.text,
                        line(candidate.placed.line),
                    ))
                    || crate::labels::holds_template_slot(line(candidate.placed.line))
                    || is_weather_reading(line(candidate.placed.line))
                    || is_weather_time(dated, candidate.placed.line, line)
                    || is_promo(&candidate.placed.text)
                    || crate::labels::is_unechoed_label_run(&candidate.placed.text, echo)
                    || crate::labels::glues_labels(&candidate.placed.text)?
                    || crate::record_fields::is_field(&candidate.placed.text)
                    || crate::labels::is_self_framed(&candidate.placed.text)
                    || crate::labels::is_issue_number(&candidate.placed.text)
                    || crate::labels::is_unechoed_view_label(&candidate.placed.text, echo),
            ),
        ));
        let site = (kind == Some("site")
            && !heads_its_paragraph(&candidate.placed, &words[rank], &keyed, &filled, body))
            || (is_domain_name(&candidate.placed.text)
                && !opens_its_lead(
                    &candidate.placed.text,
                    candidate.placed.order,
                    lines,
                    &filled,
                    body,
                ))
            || names_rights_holder(&candidate.placed.text, lines, machinery)
            || credits_a_source(
                &candidate.placed.text,
                candidate.placed.order,
                lines,
                &filled,
                body,
            )
            || signs_from_town(
                &candidate.placed.text,
                candidate.placed.order,
                lines,
                &filled,
                body,
            )?;
        signals.push(("site", flag(site)));
        candidate.signals = signals;
    }
    // a piece of a sentence hard-wrapped at a fixed width, a line split in two, or a sentence
    // of a page in capitals, is a sentence
    let end = found.last().map_or(0, |c| c.placed.line + 1);
    let mut pieces = crate::wraps::wrapped_pieces(lines, end);
    pieces.extend(crate::wraps::split_openings(&found, lines));
    // a paragraph's opening split off its rest
    pieces.extend(
        found
            .iter()
            .filter(|c| crate::split_paragraphs::splits_a_paragraph(c, lines))
            .map(|c| c.placed.line),
    );
    pieces.extend(crate::wraps::cut_off_copy(lines)); // the page cut in a paragraph's copy
    pieces.extend(crate::running_text::shouted_sentences(
        &placed, lines, &filled,
    ));
    // a caption's or a lead's opening, cut short; but the headline cut short over its lead,
    // whose ellipsis is a cut, no sentence's close
    let openings = crate::cut_teasers::cut_sentence_openings(&found);
    let cut_head = crate::cut_teasers::cut_headline(&found, &openings);
    for candidate in found.iter_mut() {
        if Some(candidate.placed.line) == cut_head {
            set_signal(&mut candidate.signals, "sentence", 0.0);
        }
        // its corner's label says it is a title, however it ends
        if !crate::corners::corner_title(line(candidate.placed.line)).is_empty() {
            set_signal(&mut candidate.signals, "sentence", 0.0);
        }
        if pieces.contains(&candidate.placed.line) {
            set_signal(&mut candidate.signals, "sentence", 1.0);
        }
    }
    context_signals(
        &mut found,
        (&words, &glued),
        &keyed,
        &filled,
        body,
        &dated_order,
    )?;
    // the article's first paragraph itself: its story is no lead of its own
    silence_first_paragraph_echo(&mut found, body, &dated_order);
    let machinery_order: Vec<usize> = machinery.keys().filter_map(order).collect();
    // a feed's heads, each at one step from its own date or a line printed by each; heads of
    // units each closed by one line
    let mut items = feed_items(&found, &dated_order, &keyed, &filled, &machinery_order)?;
    items.extend(crate::closed_units::closed_unit_heads(
        &found,
        &keyed,
        &filled,
        &machinery_order,
    ));
    items.extend(timed_entries(&found, &keyed, &filled));
    items.extend(feed_shapes(&found, &keyed, &filled, body));
    // heads each with their own time, read once for the box's headline below too
    let stamped = stamped_items(&found, &keyed, &filled);
    items.extend(stamped.iter().copied());
    items.extend(dated_units(&found, &keyed, &filled, &dated_order, body));
    // heads each right above one teaser, the first not echoed by it
    items.extend(crate::bare_units::bare_units(
        &found, &words, &keyed, &filled, body,
    ));
    // posts each under the same stamp, its day changed
    items.extend(crate::feeds::restamped_posts(
        &found, line, &filled, machinery,
    ));
    // a roundup's heads, each echoed by its own story and by none below it
    items.extend(roundup_heads(&found, &words, &keyed, &filled));
    // a box of heads, each with its own date
    items.extend(dated_heads(&found, &dated_order));
    // a digest's heads are its items, though it may have a headline of its own above them
    let digest = digest_items(&found, &words, &keyed, &filled, body);
    // entries each with their clock under one headline: a live page, no listing
    let listed = !items.is_empty() && !is_live_page(&found, &items, &keyed, &filled, body);
    // a search page lists what it found below its label
    let searched = results_label(|k| keyed.line(filled[k]), filled.len());
    // a bulleted list's items, no story heads
    let bulleted = crate::section_names::bullet_items(&found, &keyed, &filled);
    // teasers each cut short: a listing's heads
    let teasers = crate::cut_teasers::cut_teaser_items(&found, &keyed, &filled);
    let listing = flag(
        is_listing(&found, &bulleted)
            || listed
            || !teasers.is_empty()
            || is_long_digest(&digest)
            || searched.is_some(),
    );
    items.extend(digest);
    // a list's items that open with a label, or a teaser's with its author's name twice
    items.extend(labelled_items(&found, &keyed, &filled));
    // a record's fields, one record per block
    items.extend(crate::record_fields::repeated_fields(lines));
    // a report's values, each under its label
    items.extend(crate::record_fields::label_values(lines));
    // a form's labels, printed empty
    items.extend(crate::form_labels::form_labels(&found, |k| {
        keyed.line(filled[k])
    }));
    // a transcript's turns, each opening with its speaker
    items.extend(crate::labels::speaker_turns(lines));
    // a caption track's cues, each under its timing; what a transcript says under its time marks
    items.extend(crate::caption_tracks::caption_cues(lines));
    items.extend(crate::caption_tracks::transcript_marks(lines));
    // a list of heads printed one under another
    items.extend(run_items(&found));
    // a numbered list's items, a document's numbered subheads
    let text = |k: usize| keyed.line(filled[k]);
    items.extend(numbered_heads(&found, text, filled.len()));
    // a table's body, under its separator row: its fields or rows
    items.extend(crate::record_fields::table_body(lines));
    // the article's headline above a box of other stories' heads, which have no lead there; a
    // head with its own time is no such headline
    let unstamped: FxHashSet<usize> = items.difference(&stamped).copied().collect();
    if let Some(line) = lone_lead(&found, &unstamped, &words, &keyed, &filled) {
        items.remove(&line);
    }
    // questions each above their answer: the body's subheads, none a box's headline
    items.extend(question_items(&found, &words, &keyed, &filled));
    // a page's contents, each head printed again over its story, under the page's own title:
    // no listing
    items.extend(contents_items(&found, body));
    // a search's results, none of them a headline
    items.extend(results_below(&found, searched, body));
    // a tag's page: its stories, none the page's own
    items.extend(crate::tag_pages::tag_page_items(&found, &keyed, &filled));
    // teasers each cut short: none the page's headline
    items.extend(teasers);
    // a summary's points the page opens with, under a headline it was scraped without
    items.extend(crate::lost_heads::headless_points(&found, lines));
    // another story's teaser atop the article
    items.extend(crate::cut_teasers::other_story_head(
        &found, &words, &keyed, &filled, body,
    ));
    // a later story's head, the first story's lost
    items.extend(crate::later_stories::later_story_heads(
        &found, &words, &keyed, &filled, body,
    ));
    // a cut opening is no headline, but the page's own
    items.extend(openings.into_iter().filter(|&line| Some(line) != cut_head));
    // a topic's name right above its stories, which name it
    items.extend(crate::tag_pages::topic_name(
        &found, &items, &keyed, &filled,
    ));
    for candidate in &mut found {
        let item = flag(items.contains(&candidate.placed.line));
        candidate.signals.push(("listing", listing));
        candidate.signals.push(("feed_item", item));
    }
    // a digest's items, each under its own title's label
    crate::subjects::mark_titled_items(&mut found, &keyed, &filled);
    // a section's name above its stories, a bulleted list's items
    crate::section_names::mark_labels(&mut found, &words, &keyed, &filled, bulleted);
    // a post's title under a blog's date header
    crate::date_headers::mark_post_title(&mut found, &keyed, &filled, &dated_order)?;
    // a title whose day and clock its dateline right below prints
    crate::timed_titles::mark_timed_title(&mut found, &keyed, &filled, &dated_order);
    // a blog's category over a signed post's title
    crate::signed_posts::mark_post_label(&mut found, &dated_order);
    // a head printed twice over its lead: no sentence's close, no head below the story
    let doubled = crate::echo::twice_over_lead(&found, &words, &keyed, &filled, body);
    for candidate in &mut found {
        let over_lead = doubled.contains(&candidate.placed.line);
        if over_lead {
            set_signal(&mut candidate.signals, "after_body", 0.0);
            set_signal(&mut candidate.signals, "sentence", 0.0);
        }
        candidate.signals.push(("twice_over_lead", flag(over_lead)));
    }
    Ok((found, keyed))
}

/// Gives no echo to a candidate that is the article's first paragraph itself (`body` holds
/// the ranks of its paragraphs), a finished sentence with no dateline or byline (a rank in
/// `dated`) within `DATELINE_BELOW` lines below it: the text after it is the rest of its own
/// story, not a lead below a headline (Python's `leads.silence_first_paragraph_echo`).
fn silence_first_paragraph_echo(candidates: &mut [Candidate], body: &[usize], dated: &[i64]) {
    let Some(&first) = body.first() else {
        return;
    };
    for candidate in candidates.iter_mut() {
        let order = candidate.placed.order as i64;
        if candidate.placed.order != first || signal(&candidate.signals, "sentence") == 0.0 {
            continue;
        }
        if dated
            .iter()
            .any(|&line| 0 < line - order && line - order <= DATELINE_BELOW as i64)
        {
            continue;
        }
        set_signal(&mut candidate.signals, "echo", 0.0);
    }
}

/// The line of the first of a feed's items (`items`, lines of `candidates`) when it alone has
/// a lead below it (`has_own_lead`): the article's headline above a box of other stories'
/// heads ("Other News", "Recommendations"), which have no lead there. An item on the page's
/// last line with text (`filled`, in order) has nothing below it and shows no want of a lead.
/// A line the page prints right below each of the items alike (`unit_label`) is the units'
/// label, no lead: an item's lead may stand under it (Python's `leads.lone_lead`).
fn lone_lead<S: AsRef<str>>(
    candidates: &[Candidate],
    items: &FxHashSet<usize>,
    words: &[EchoWords],
    keyed: &LineKeys<S>,
    filled: &[usize],
) -> Option<usize> {
    let all: Vec<(usize, &Candidate)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| items.contains(&c.placed.line))
        .collect();
    let label = unit_label(&all, keyed, filled);
    let mut heads = all.iter().copied();
    let (_, first) = heads.next()?;
    let mut others = heads
        .filter(|(_, other)| other.placed.order + 1 < filled.len())
        .peekable();
    others.peek()?;
    let lone = signal(&first.signals, "lead_echo") >= LONE_LEAD_ECHO
        && !others.any(|(rank, other)| has_own_lead(other, &words[rank], keyed, filled, label));
    lone.then_some(first.placed.line)
}

/// The line the page prints right below each of a feed's heads (`filled`, the lines with text
/// in order), when it is one line for all of them: the units' label ("Posted by", a source's
/// name), none of them a lead (Python's `leads.unit_label`).
fn unit_label<'a, S: AsRef<str>>(
    heads: &[(usize, &Candidate)],
    keyed: &LineKeys<'a, S>,
    filled: &[usize],
) -> Option<&'a str> {
    let mut below = heads
        .iter()
        .filter(|(_, head)| head.placed.order + 1 < filled.len())
        .map(|(_, head)| keyed.filled_line(filled, head.placed.order + 1));
    let first = below.next()?;
    (heads.len() > 1 && below.all(|line| line == first)).then_some(first)
}

/// Whether a feed's item (its echo words `words`) has a lead of its own: the paragraph below it
/// repeats its words (`lead_echo`), or the line right below it (below the units' `label` when
/// that stands there), a sentence's words long at least, shares one of them: its teaser, even
/// one cut before its end (Python's `leads.has_own_lead`).
fn has_own_lead<S: AsRef<str>>(
    head: &Candidate,
    words: &EchoWords,
    keyed: &LineKeys<S>,
    filled: &[usize],
    label: Option<&str>,
) -> bool {
    if signal(&head.signals, "lead_echo") >= OTHER_LEAD_ECHO {
        return true;
    }
    let mut at = head.placed.order + 1;
    // the units' label, its teaser under it
    if label.is_some_and(|label| keyed.filled_line(filled, at) == label) && at + 1 < filled.len() {
        at += 1;
    }
    let Some(&below) = filled.get(at) else {
        return false;
    };
    count_words(keyed.line(below), BODY_SENTENCE_WORDS) >= BODY_SENTENCE_WORDS
        && words.shared_with(keyed.words(below)) > 0
}

/// The lines of the story heads that a feed prints as its items: two story heads or more,
/// each printed once, each at the same step from a dateline or byline of its own, all stating
/// a time or none (a post's date line and a reposted story's byline below it mark no two
/// items), or from a line the page prints by each of them, no paragraph (`keys` of the lines
/// with text, `filled` in order), with no machinery between them (`machinery`, by place among
/// the lines with text) but what each head has beside it, the heads in units of one size
/// (`one_shape`).
fn feed_items<S: AsRef<str>>(
    candidates: &[Candidate],
    dated: &[i64],
    keys: &LineKeys<S>,
    filled: &[usize],
    machinery: &[usize],
) -> Result<FxHashSet<usize>, String> {
    let heads: Vec<&Candidate> = candidates
        .iter()
        .filter(|candidate| {
            is_story_head(candidate, HEAD_ECHO, LISTING_HEAD_WORDS)
                && signal(&candidate.signals, "repeated") == 0.0
                && signal(&candidate.signals, "lower_case") == 0.0
        })
        .collect();
    let orders: FxHashSet<i64> = heads.iter().map(|h| h.placed.order as i64).collect();
    let mut items = FxHashSet::default();
    for step in (-FEED_STEP..=FEED_STEP).filter(|&step| step != 0) {
        // the heads by what stands at the step from them: a dateline, none nearer the head
        // (its kind: a time, one signed by its writer, a byline), or a line's key
        let mut beside: FxHashMap<(&str, &str), Vec<&Candidate>> = FxHashMap::default();
        for &head in &heads {
            let order = head.placed.order as i64;
            let at = order + step;
            if dated.contains(&at) {
                let nearer = dated
                    .iter()
                    .any(|&d| at.min(order) < d && d < at.max(order));
                if !nearer && (step > 0 || !under_a_head(at, &orders, dated)) {
                    let line = usize::try_from(at).ok().and_then(|at| filled.get(at));
                    let mark = match line {
                        Some(&line) => dateline_mark(keys.line(line))?,
                        None => "byline",
                    };
                    beside.entry((mark, "")).or_default().push(head);
                }
            } else if let Some(&line) = usize::try_from(at).ok().and_then(|at| filled.get(at)) {
                let key = keys.key(line);
                if !key.is_empty() && may_mark(keys.line(line)) {
                    beside.entry(("line", key)).or_default().push(head);
                }
            }
        }
        for group in beside.values() {
            let distinct: FxHashSet<&str> = group.iter().map(|h| h.placed.key.as_str()).collect();
            let marks: FxHashSet<i64> =
                group.iter().map(|h| h.placed.order as i64 + step).collect();
            let (first, last) = (group[0].placed.order, group[group.len() - 1].placed.order);
            let apart = machinery
                .iter()
                .any(|&m| first < m && m < last && !marks.contains(&(m as i64)));
            if distinct.len() > 1 && !apart && one_shape(group, step) {
                items.extend(group.iter().map(|head| head.placed.line));
            }
        }
    }
    Ok(items)
}

per_thread! {
    /// A dateline that names its writer after its time: "Wednesday, March 13, 2024 by Tomas
    /// Ferreira" (Python's `_SIGNED_DATE`).
    fn signed_date() -> Regex {
        Regex::new(r"\sby\s+\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$").expect("a valid pattern")
    }
}

/// What kind of dateline marks a feed's head: a time ("time"), a time with its writer's name
/// after it ("signed": an article's own stamp, which the items of a feed below it do not
/// print), or a byline stating none ("byline") (Python's `heads._dateline_mark`).
fn dateline_mark(text: &str) -> Result<&'static str, String> {
    let timed = parse_timestamp(text, None, None).map_err(|error| error.to_string())?;
    Ok(match timed {
        None => "byline",
        // the pattern's "by" is looked for first: most stamps print none
        Some(_) if text.contains("by") && signed_date().is_match(text) => "signed",
        Some(_) => "time",
    })
}

/// Whether the dateline at this place is one of a block of them right below a head (its dates
/// and byline): that head's, not a date above the head that follows the block.
fn under_a_head(at: i64, heads: &FxHashSet<i64>, dated: &[i64]) -> bool {
    let mut top = at;
    while dated.contains(&(top - 1)) {
        top -= 1;
    }
    heads.contains(&(top - 1))
}

/// Whether a line the page prints by each of a feed's heads may mark its items: a link's
/// label or a source's name, not a paragraph (a summary's copy of the lead printed again).
fn may_mark(text: &str) -> bool {
    !is_body_shaped(text)
}

/// Whether a feed's heads, in order, stand in units of one size, each with its own mark: the
/// heads further apart than the step (a date above both heads, or below both, is an
/// article's dateline block), and the lines between each two alike in number, give or take
/// `GAP_SLACK` (an article's head, its lead and a list's label make a larger unit).
fn one_shape(group: &[&Candidate], step: i64) -> bool {
    let gaps: Vec<usize> = group
        .windows(2)
        .map(|pair| pair[1].placed.order - pair[0].placed.order)
        .collect();
    let (least, most) = (
        gaps.iter().copied().min().unwrap_or(0),
        gaps.iter().copied().max().unwrap_or(0),
    );
    least as u64 > step.unsigned_abs() && most - least <= GAP_SLACK
}

/// The lines of the candidates that a page prints as its timed entries, when it prints two
/// or more: each opens with a time (`entry_mark`), stands under a clock alone on its line
/// (`clock_alone`) or above its channel and air time (`air_time`). `filled` are the page's
/// lines with text, in order.
fn timed_entries<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let text = |order: usize| lines.filled_line(filled, order);
    let timed: FxHashSet<usize> = candidates
        .iter()
        .filter(|c| {
            let order = c.placed.order;
            let (own, above, below) = (text(order), text(order.wrapping_sub(1)), text(order + 1));
            (opens_with_number(own, &[]) && entry_mark().is_match(own))
                || (order > 0
                    && opens_with_number(above, &['•', '·', '*', '-'])
                    && clock_alone().is_match(above))
                || (below.contains(',') && air_time().is_match(below))
        })
        .map(|c| c.placed.line)
        .collect();
    if timed.len() > 1 {
        timed
    } else {
        FxHashSet::default()
    }
}

/// Whether the text's first printed character (past white space, `\s`) is a number or one of
/// `marks`: what a line opening with a clock needs (`entry_mark`, `clock_alone`), read
/// before their patterns.
fn opens_with_number(text: &str, marks: &[char]) -> bool {
    text.trim_start_matches(char::is_whitespace)
        .chars()
        .next()
        .is_some_and(|c| c.is_numeric() || marks.contains(&c))
}

/// Whether the line is a weather widget's reading, a short line holding a temperature as a
/// widget prints it ("Облачно 12°", "• 맑음서울 5.2℃", "−4˚C"; not an angle's "55°45′").
fn is_weather_reading(line: &str) -> bool {
    chars::holds_any(line, &DEGREE_SIGNS) && datelines::is_weather_line(line)
}

/// The signs a temperature is printed with: the degree sign, and its look-alikes.
const DEGREE_SIGNS: [char; 4] = ['°', '℃', '˚', 'º'];

/// How many lines from a weather reading a weather widget's time may stand.
const WEATHER_REACH: usize = 2;

/// Whether the line at `index`, one of `dated` (those that state a time), stands within reach
/// of a weather reading: a weather widget's time or its "now" heading ("Сейчас в Заречье" over
/// "−4˚C"), which the time reader holds as the widget's too, never a headline (`weather_times`).
fn is_weather_time<'a>(
    dated: &FxHashSet<usize>,
    index: usize,
    line: impl Fn(usize) -> &'a str,
) -> bool {
    dated.contains(&index)
        && (index.saturating_sub(WEATHER_REACH)..=index + WEATHER_REACH)
            .any(|near| is_weather_reading(line(near)))
}

/// A promo banner in capitals has this many words at least.
const PROMO_WORDS: usize = 3;

/// Whether the line is a promo banner: a call of `PROMO_WORDS` words at least, every letter
/// of it a capital (no Korean line with a Latin initialism in it), ending in "!" (`is_promo`).
fn is_promo(text: &str) -> bool {
    text.trim_end_matches(chars::is_space).ends_with('!')
        && count_words(text, PROMO_WORDS) >= PROMO_WORDS
        && crate::title_shapes::is_shouted(text)
}

/// A list's items may open with one label in capitals, this many lines in a row at least; an
/// opinion teaser with its author's name of this many words printed twice.
const LABEL_RUN: usize = 3;
const DOUBLED_NAME_WORDS: [usize; 2] = [2, 3];
/// A link's label glued to the quoted head it opens ("Подробнее«…»") opens this many lines at
/// least.
const GLUED_LABEL_LINES: usize = 2;
const OPENING_QUOTES: [char; 4] = ['«', '„', '“', '"'];

/// The lines of the candidates that a page prints as a list's items by what opens them: a
/// label in capitals that opens this line and the lines around it (`LABEL_RUN` in a row, each
/// a different line), the author's name printed twice before an opinion teaser, or a link's
/// label glued to the quoted head, as it opens other lines ("More«…»"). `filled` are the
/// page's lines with text, in order (Python's `labelled_items.labelled_items`).
fn labelled_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let text = |order: usize| lines.filled_line(filled, order);
    // each line's label by its order, read once: the lines around a candidate
    let mut labels: Vec<Option<Option<&str>>> = vec![None; filled.len() + LABEL_RUN];
    for candidate in candidates {
        let at = candidate.placed.order;
        for order in at.saturating_sub(LABEL_RUN - 1)..=at + LABEL_RUN - 1 {
            if let Some(slot @ None) = labels.get_mut(order) {
                *slot = Some(label(text(order)));
            }
        }
    }
    let label_at = |order: usize| labels.get(order).copied().flatten().flatten();
    // a link's label glued to the quoted head it opens, counted over the page's lines when a
    // candidate opens with one
    let opening: FxHashMap<usize, &str> = candidates
        .iter()
        .map(|c| (c.placed.order, glued_label(text(c.placed.order))))
        .filter(|(_, label)| !label.is_empty())
        .collect();
    let mut glued: FxHashMap<&str, usize> = FxHashMap::default();
    for order in 0..if opening.is_empty() { 0 } else { filled.len() } {
        let label = glued_label(text(order));
        if !label.is_empty() {
            *glued.entry(label).or_insert(0) += 1;
        }
    }
    glued.retain(|_, lines| *lines >= GLUED_LABEL_LINES);
    let one_label = |first: usize| {
        let run: [usize; LABEL_RUN] = std::array::from_fn(|k| first + k);
        // one label, the same on every line of the run, and no two of its lines alike
        let one = label_at(first);
        one.is_some()
            && run.iter().all(|&order| label_at(order) == one)
            && run
                .iter()
                .enumerate()
                .all(|(k, &order)| run[k + 1..].iter().all(|&other| text(other) != text(order)))
    };
    candidates
        .iter()
        .filter(|candidate| {
            let at = candidate.placed.order;
            let firsts = (at + 1).saturating_sub(LABEL_RUN)..=at;
            // a link over each item
            let linked = opening
                .get(&at)
                .is_some_and(|label| glued.contains_key(label));
            linked || firsts.into_iter().any(one_label) || opens_doubled(text(at))
        })
        .map(|candidate| candidate.placed.line)
        .collect()
}

/// The letters that open the line, two or more closing with a small one, glued to an opening
/// quotation mark ("Подробнее«Итоги конкурса»"); "" if none (`_glued_label`).
fn glued_label(text: &str) -> &str {
    let text = text.trim_start_matches(chars::is_space);
    let mut previous = None;
    for (k, (at, c)) in text.char_indices().enumerate() {
        if !chars::is(c, chars::L) {
            let glued =
                k > 1 && previous.is_some_and(chars::is_lower) && OPENING_QUOTES.contains(&c);
            return if glued { &text[..at] } else { "" };
        }
        previous = Some(c);
    }
    ""
}

/// The word in capitals that opens the line before more words, if any (`_label`).
fn label(text: &str) -> Option<&str> {
    let mut words = split_words(text);
    let first = words.next()?;
    words.next()?;
    (first.chars().count() > 1 && !chars::is_own_lower(first) && chars::is_own_upper(first))
        .then_some(first)
}

/// Whether the line opens with two or three words printed twice, then more: a name.
fn opens_doubled(text: &str) -> bool {
    // a name printed twice prints its first word twice: a line that holds it once is none
    // (white space alone stands before the first word: its first copy is itself)
    let first = split_words(text).next().unwrap_or_default();
    let again = text
        .split_once(first)
        .is_some_and(|(_, rest)| rest.contains(first));
    if first.is_empty() || !again {
        return false;
    }
    // a name of n words needs 2 n + 2 words at least: more are never read
    let most = 2 * DOUBLED_NAME_WORDS[DOUBLED_NAME_WORDS.len() - 1] + 2;
    let mut words: Vec<&str> = Vec::with_capacity(most);
    words.extend(split_words(text).take(most));
    DOUBLED_NAME_WORDS
        .iter()
        .any(|&n| words.len() > 2 * n + 1 && words.get(..n) == words.get(n..2 * n))
}

/// A clock, maybe with its half of the day ("21:05", "9:30 PM", "09.45"), or an hour ("6 p.m.",
/// "9pm"): what opens a timed line.
pub(crate) const CLOCK_OR_HOUR: &str =
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm])";

per_thread! {
    /// What opens a timed entry's line: a clock or an hour, then a space, a letter or the line's
    /// end. (An over and ball, "16.2", is no mark: a document's numbered sections, "2.1 Scope",
    /// print the same.)
    fn entry_mark() -> Regex {
        Regex::new(&format!(r"^\s*(?:{CLOCK_OR_HOUR})(?:\s|\p{{L}}|$)")).expect("a valid pattern")
    }
}

per_thread! {
    /// A count and a whole word opening a headline in sentence case, which then has no
    /// capital: "5 rules of …" (a counter's abbreviation is no word: "412 views., 3 today").
    fn opening_count() -> Regex {
        Regex::new(r"^[0-9]{1,3}\s\p{Ll}{4,}\s").expect("a valid pattern")
    }
}

per_thread! {
    /// An air time in a short line below an entry: "CBS, 9pm", "ABC, 3:30pm Live".
    fn air_time() -> Regex {
        Regex::new(r"^[^,]{1,30},\s*\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[AaPp][Mm])(?:\s|$)")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A clock alone on its line, above the entry it times, maybe after a bullet and before its
    /// zone: "21:05", "• 08:51", "11.08am BST".
    fn clock_alone() -> Regex {
        Regex::new(concat!(
            r"^\s*(?:[•·*-]\s*)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?",
            r"(?:\s+\p{Lu}{2,4})?\s*$"
        ))
        .expect("a valid pattern")
    }
}

/// Whether the page is a listing: more than `LISTING_HEADS` story heads that the page prints
/// once each, none of them an item of a bulleted list (the lines of `bulleted`). Every
/// candidate carries the page's estimate alike.
fn is_listing(candidates: &[Candidate], bulleted: &FxHashSet<usize>) -> bool {
    let heads = candidates
        .iter()
        .filter(|candidate| {
            is_story_head(candidate, HEAD_ECHO, LISTING_HEAD_WORDS)
                && signal(&candidate.signals, "repeated") < 1.0
                && !bulleted.contains(&candidate.placed.line)
        })
        .count();
    heads > LISTING_HEADS
}

/// Whether a candidate stands right between a dateline and the first paragraph, as a blog's
/// post title does under its day. A name there (every word capitalised) that the text below
/// never repeats is the writer's or the agency's, no title: "Dana Whitfield", "NURI"; a name
/// closes with no exclamation or question mark (`standing_titles.is_post_title_under_dateline`).
fn is_post_title_under_dateline(candidate: &Candidate, body: &[usize], dated: &[i64]) -> bool {
    let order = candidate.placed.order;
    if body.first() != Some(&(order + 1)) || !dated.contains(&(order as i64 - 1)) {
        return false;
    }
    // a name closes with no exclamation or question mark: "Storm Warning!!" is a title
    let named = split_words(&candidate.placed.text).all(starts_upper)
        && !candidate.placed.text.ends_with(['!', '?']);
    signal(&candidate.signals, "echo") > 0.0 || !named
}

/// A standing title the page opens with, a short headline right over its story, has this many
/// words (a lone word there is a label: "Photo", "Коротко").
const STANDING_TITLE_WORDS: usize = 2;

/// Whether a candidate is a title of two words that the page opens with, right above the
/// article's first paragraph of two sentences or more (`holds_sentences`): a short headline
/// over its story; a site's label of what a page is about ("About us") is none, nor is a
/// platform's label of the post it shows ("Blogspace View", `is_view_label`) whose name the
/// paragraph does not echo (`standing_titles.is_standing_title`).
fn is_standing_title<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    candidate.order == 0
        && body.first() == Some(&1)
        && split_words(&candidate.text).count() == STANDING_TITLE_WORDS
        && filled
            .get(1)
            .is_some_and(|&i| holds_sentences(lines.line(i)))
        && !is_about(&candidate.text)
        && !(is_view_label(&candidate.text)
            && split_words(&candidate.text)
                .next()
                .is_some_and(|name| echo_words(name).shared_with(lines.words(filled[1])) == 0))
}

/// A letter's greeting right under its title has this many words at most, closed by an
/// exclamation mark or a comma ("Dear parents,", "Уважаемые жители!").
const GREETING_WORDS: usize = 4;
/// A letter's page holds its title, its greeting and its text at least.
const LETTER_LINES: usize = 3;

/// Whether a candidate is a title of two words that the page opens with, one of them a
/// letter's name for what it is (`names_a_letter`), right above a letter's greeting
/// (`GREETING_WORDS` words at most, closed by an exclamation mark or a comma) with the
/// letter's text below it: a short headline over a letter, whose lines may be wrapped
/// mid-sentence so that no paragraph of sentences follows; a site's or a church's name over
/// the greeting is none, nor a site's label of what a page is about ("About us")
/// (`standing_titles.is_letter_title`).
fn is_letter_title<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    if candidate.order != 0 || filled.len() < LETTER_LINES {
        return false;
    }
    let greeting = chars::strip(lines.line(filled[1]));
    split_words(&candidate.text).count() == STANDING_TITLE_WORDS
        && greeting.ends_with(['!', ','])
        && split_words(greeting).count() <= GREETING_WORDS
        && names_a_letter(&candidate.text)
        && !is_about(&candidate.text)
}

/// What a candidate's neighbours say: the lead paragraph below repeats its words; it repeats
/// a candidate just above; how many headline-shaped lines stand between it and the article;
/// whether it is a deck or a headline with one (`mark_decks`). A term of a word or two
/// that its lead opens with, a blog's post title between a dateline and the article's
/// first paragraph, a title of two words the page opens with right above its story
/// (`is_standing_title`) or a letter's greeting (`is_letter_title`, which stands right above the letter's text however its greeting reads), or a Korean line on a page that runs its words together, is not held short. `glued` holds by rank the echo words of what runs on after
/// the part of each one's line it was read from: when the line is a paragraph, its lead.
fn context_signals<S: AsRef<str>>(
    candidates: &mut [Candidate],
    (words, glued): (&[EchoWords], &[Option<EchoWords>]),
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
    dated: &[i64],
) -> Result<(), String> {
    let orders: Vec<usize> = candidates.iter().map(|c| c.placed.order).collect();
    let placed: Vec<Placed> = candidates.iter().map(|c| c.placed.clone()).collect();
    // a page that runs its Korean words together tells no length by its spaces
    let run_together = runs_words_together(filled.iter().map(|&i| lines.line(i)));
    // a finished sentence holding a candidate whole cites it: it is no copy with machinery on
    let cites: Vec<bool> = candidates
        .iter()
        .map(|c| signal(&c.signals, "sentence") != 0.0)
        .collect();
    for (rank, candidate) in candidates.iter_mut().enumerate() {
        let order = candidate.placed.order;
        let lead = lead_below(order, &orders, body);
        let lead_line = lead.and_then(|p| filled.get(p)).copied();
        // a paragraph glued on its own line after a dateline is its lead (`glued_lead`)
        let glued_lead = glued[rank].as_ref().filter(|_| body.contains(&order));
        let shared = match (glued_lead, lead_line) {
            (Some(lead_words), _) => words[rank].shared_with(lead_words),
            (None, Some(i)) if i < lines.len() => words[rank].shared_with(lines.words(i)),
            _ => 0,
        };
        let opens_lead = opens_a_paragraph(&candidate.placed, lines, filled, body);
        let under_dateline = is_post_title_under_dateline(candidate, body, dated);
        let mut restates: f64 = 0.0;
        let mut any = false;
        for k in 0..orders.len() {
            if order > orders[k]
                && order - orders[k] <= 2
                && placed[k].key != candidate.placed.key
                && (cites[k] || !is_glued_to(&placed[k], &candidate.placed))
                && !words[rank].is_empty()
                && !words[k].is_empty()
            {
                let share = words[rank].shared_with(&words[k]) as f64
                    / words[rank].len().min(words[k].len()) as f64;
                if !any || share > restates {
                    restates = share;
                }
                any = true;
            }
        }
        // `lead_nearness`: a candidate whose own line is the first paragraph stands above it
        let before_lead = match body.first() {
            Some(&first) if order < first + usize::from(glued_lead.is_some()) => {
                let between = orders.iter().filter(|&&o| order < o && o < first).count();
                1.0 / (1 + between) as f64
            }
            _ => 0.0,
        };
        candidate.signals.extend([
            (
                "lead_echo",
                shared as f64 / (words[rank].len() + ECHO_PRIOR_WORDS) as f64,
            ),
            ("restates_above", restates),
            ("before_lead", before_lead),
            (
                "address",
                // an address holds "://" or "www.", a telephone number a hyphen: a text with
                // none of ":", "." and "-" holds neither
                f64::from(u8::from(
                    memchr::memchr3(b':', b'.', b'-', candidate.placed.text.as_bytes()).is_some()
                        && address().is_match(&candidate.placed.text),
                )),
            ),
        ]);
        let unspaced = run_together && is_run_together(&candidate.placed.text, 1);
        // over a letter's greeting
        let letter = is_letter_title(&candidate.placed, lines, filled);
        if letter {
            // the greeting opens the letter's text: no head stands between them
            for (name, value) in &mut candidate.signals {
                if *name == "before_lead" {
                    *value = 1.0;
                }
            }
        }
        // the page opens with it
        let standing = is_standing_title(&candidate.placed, lines, filled, body) || letter;
        if opens_lead || under_dateline || unspaced || standing {
            for (name, value) in &mut candidate.signals {
                if *name == "length" && *value < 0.0 {
                    *value = 0.0;
                }
            }
        }
        if signal(&candidate.signals, "sentence") != 0.0
            // a lead printed twice runs past a headline's words
            && signal(&candidate.signals, "long") == 0.0
            && (is_doubled_head(&candidate.placed, lines, filled, body)
                || is_cited_below(&candidate.placed, lines, filled))
        {
            // a post's title over its copy, or cited below it
            for (name, value) in &mut candidate.signals {
                if *name == "sentence" {
                    *value = 0.0;
                }
            }
        }
    }
    mark_decks(
        candidates,
        dated,
        body.first().copied().unwrap_or(filled.len()),
        lines.lines(),
    )?;
    mark_opening_subheads(candidates, words, lines, filled, body);
    mark_unechoed_wire_heads(candidates, words, lines, filled);
    Ok(())
}

/// A candidate right above a wire story's opening line (`wire_lead`: its lead, or its
/// photograph's caption over the lead) when neither that line nor the next one repeats any of
/// its words (`words`, the candidates' echo words): a deck whose headline was lost or another
/// story's head. Its `deck` is set and its `echo` gone
/// (`wire_heads.mark_unechoed_wire_heads`).
fn mark_unechoed_wire_heads<S: AsRef<str>>(
    candidates: &mut [Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
) {
    for (rank, candidate) in candidates.iter_mut().enumerate() {
        let below = candidate.placed.order + 1;
        let Some(&opening) = filled.get(below) else {
            continue;
        };
        // the lead opens with the agency's bracket (after white space), asked before the pattern
        let lead = lines.line(opening);
        if !lead.trim_start().starts_with(['(', '[']) || !wire_lead().is_match(lead) {
            continue;
        }
        let story = &filled[below..filled.len().min(below + 2)];
        if story
            .iter()
            .all(|&i| words[rank].shared_with(lines.words(i)) == 0)
        {
            set_signal(&mut candidate.signals, "deck", 1.0);
            set_signal(&mut candidate.signals, "echo", 0.0);
        }
    }
}

/// Sets each candidate's `opened` (`leads.mark_opening_subheads`): the page opens with its
/// first paragraph (no candidate stands above it), and the candidate, below it (`after_body`)
/// within `OPENING_SUBHEAD_LINES` lines with text, shares a word with it: the story has begun
/// above, and the line is one of its subheads.
fn mark_opening_subheads<S: AsRef<str>>(
    candidates: &mut [Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) {
    let first = body
        .first()
        .copied()
        .filter(|&first| candidates.iter().all(|c| c.placed.order >= first));
    for (rank, candidate) in candidates.iter_mut().enumerate() {
        let opened = first.is_some_and(|first| {
            signal(&candidate.signals, "after_body") > 0.0
                && candidate.placed.order <= first + OPENING_SUBHEAD_LINES
                && words[rank].shared_with(lines.words(filled[first])) > 0
        });
        candidate.signals.push(("opened", flag(opened)));
    }
}

/// Whether the article's paragraph stands right below the candidate and repeats one of its
/// words (`words`, the candidate's echo words): a short headline that the machinery rules
/// mistook for an outlet's name heads the paragraph that tells its story; an outlet's name
/// stands above a menu, a dateline or a story head.
fn heads_its_paragraph<S: AsRef<str>>(
    candidate: &Placed,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    let below = candidate.order + 1;
    body.contains(&below)
        && filled
            .get(below)
            .is_some_and(|&i| words.shared_with(lines.words(i)) > 0)
}

/// The rank of the lead of the candidate at rank `order` (`lead_below`): the first paragraph
/// of `body` below it, unless `LEAD_HEADS` candidates (at the ranks `orders`) or more stand
/// between them.
fn lead_below(order: usize, orders: &[usize], body: &[usize]) -> Option<usize> {
    let below = body.iter().copied().find(|&p| p > order)?;
    let between = orders.iter().filter(|&&o| order < o && o < below).count();
    (between < LEAD_HEADS).then_some(below)
}

/// Whether the candidate at rank `order` (its echo words `words`) stands below the article's
/// first paragraph (`body`, ranks among the lines with text `filled`), so heads no article,
/// unless it stands right above its own dateline or byline (a rank in `dated`) or right below
/// its byline (`stands_under_byline`), or heads the story above it (`heads_body_above`) or the
/// lead printed over it under the page's day (`heads_its_dated_lead`), or closes the page right
/// under the day of the text above it (`closes_under_dateline`); a line opening with a
/// credit's fixed label heads nothing there, whatever stands beside it: a copy's source over
/// its date (Python's `foot_heads.is_after_body`).
fn is_after_body<S: AsRef<str>>(
    order: usize,
    text: &str,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
    dated: &[i64],
) -> bool {
    body.first().is_some_and(|&first| order > first)
        && (filled
            .get(order)
            .is_some_and(|&line| opens_with_credit_label(lines.line(line)))
            || ((!dated.contains(&(order as i64 + 1)) || is_credit_value(order, lines, filled))
                && !heads_body_above(order, words, lines, filled, body)
                && !heads_its_dated_lead(order, words, lines, filled, body, dated)
                && !stands_under_byline(order, lines, filled, body, dated)
                && !closes_under_dateline(order, text, filled, body, dated)))
}

/// Whether the candidate at rank `order` is a value in a block of credits whose labels and
/// values stand each on its own line, no blank line between them: the line right above it a
/// label of one word, and the line over that one another value under another such label
/// ("에디터" / "NAME" / "사진" / "SOURCE" / "참고도서" / "BOOK"), as a magazine closes an
/// article, its day under the block (Python's `is_credit_value`).
fn is_credit_value<S: AsRef<str>>(order: usize, lines: &LineKeys<S>, filled: &[usize]) -> bool {
    let reach = CREDIT_PAIRS * 2 - 1; // the lines right above, none blank between
    let Some(&line) = filled.get(order) else {
        return false;
    };
    order >= reach
        && (1..=reach).all(|step| filled[order - step] + step == line)
        && (1..=reach)
            .step_by(2)
            .all(|step| split_words(lines.line(line - step)).take(2).count() == 1)
}

/// Whether the candidate at rank `order`, its text `text`, is the page's last line with text
/// and stands right below a dateline or byline (a rank in `dated`) that stands right below a
/// paragraph of `body`, and holds a word of `SMALL_WORD_LETTERS` letters or more in small
/// letters: a post printed text first, then its day, then its title; a letter's signature is a
/// name (Python's `closes_under_dateline`).
fn closes_under_dateline(
    order: usize,
    text: &str,
    filled: &[usize],
    body: &[usize],
    dated: &[i64],
) -> bool {
    order + 1 == filled.len()
        && dated.contains(&(order as i64 - 1))
        && order >= 2
        && body.contains(&(order - 2))
        && text.split_whitespace().any(is_small_word)
}

/// A title closing the page under its day holds a word of this many letters or more in small
/// letters; a name's joining word is shorter (`_SMALL_WORD_LETTERS`).
const SMALL_WORD_LETTERS: usize = 3;
/// A block of credits prints this many labels at least, each alone over its value
/// (`_CREDIT_PAIRS`).
const CREDIT_PAIRS: usize = 2;

/// Whether the word, the marks around it aside, is `SMALL_WORD_LETTERS` letters or more, all
/// in small letters (Python's `_is_small_word`).
fn is_small_word(word: &str) -> bool {
    let letters = word.trim_matches(|c: char| c.is_ascii_punctuation() || "“”‘’«»…".contains(c));
    letters.chars().count() >= SMALL_WORD_LETTERS
        && letters.chars().all(char::is_alphabetic)
        && !letters.chars().any(char::is_uppercase)
        && letters.chars().any(char::is_lowercase)
}

/// Whether the candidate at rank `order`, no paragraph itself, stands right above a paragraph
/// of `body` and right below the page's first byline or dateline (the least rank in `dated`, a
/// line the machinery rules call a byline), or two lines below it (any line between, as a line
/// of counters): a post's title between its writer's line and its text (Python's
/// `stands_under_byline`).
fn stands_under_byline<S: AsRef<str>>(
    order: usize,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
    dated: &[i64],
) -> bool {
    if !body.contains(&(order + 1)) || body.contains(&order) {
        return false;
    }
    let Some(&first) = dated.iter().min() else {
        return false;
    };
    (1..=2_i64).any(|above| {
        order as i64 - above == first
            && filled
                .get(first as usize)
                .is_some_and(|&i| line_kind(lines.line(i)) == LineKind::Byline)
    })
}

/// Whether the candidate at rank `order` (its echo words `words`) heads the story printed
/// above it: a paragraph of `body` at most `LEAD_LINES` above it and none as near below it, and
/// the first paragraph repeats `FOOT_HEAD_WORDS` of its words at least, and `FOOT_HEAD_SHARE`
/// of them (Python's `heads_body_above`).
fn heads_body_above<S: AsRef<str>>(
    order: usize,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    let Some(&first_line) = body.first().and_then(|&first| filled.get(first)) else {
        return false;
    };
    if !body.iter().any(|&p| p < order && order - p <= LEAD_LINES)
        || body.iter().any(|&p| p > order && p - order <= LEAD_LINES)
    {
        return false;
    }
    repeats_most_of(lines.words(first_line), words)
}

/// Whether the candidate at rank `order` (its echo words `words`) stands right below the first
/// paragraph of `body`, itself right below a rank of `dated`, which repeats `FOOT_HEAD_WORDS`
/// of its words at least, and `FOOT_HEAD_SHARE` of them: a lead printed under the page's day
/// over its title (Python's `heads_its_dated_lead`).
fn heads_its_dated_lead<S: AsRef<str>>(
    order: usize,
    words: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
    dated: &[i64],
) -> bool {
    let Some(&first) = body.first() else {
        return false;
    };
    let Some(&first_line) = filled.get(first) else {
        return false;
    };
    order == first + 1
        && dated.contains(&(first as i64 - 1))
        && repeats_most_of(lines.words(first_line), words)
}

/// Whether a paragraph's echo words repeat `FOOT_HEAD_WORDS` of a head's `words` at least, and
/// `FOOT_HEAD_SHARE` of them (Python's `_repeats_most_of`).
fn repeats_most_of(paragraph: &EchoWords, words: &EchoWords) -> bool {
    let shared = words.shared_with(paragraph);
    shared >= FOOT_HEAD_WORDS && shared as f64 >= FOOT_HEAD_SHARE * words.len() as f64
}

/// Whether a paragraph of the lead (`LEAD_LINES` below the candidate at most) opens with the
/// candidate's term (`_opens_a_paragraph`).
fn opens_a_paragraph<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    // A candidate's key is the title key of its text: without a qualifier, that is the term.
    // a qualifier closes with ")" or "]": a text with neither has none
    let closed = memchr::memchr2(b')', b']', candidate.text.as_bytes()).is_some();
    let unqualified = if closed {
        qualifier().replace(&candidate.text, "")
    } else {
        Cow::Borrowed(candidate.text.as_str())
    };
    let term = match unqualified {
        Cow::Borrowed(_) => String::new(),
        Cow::Owned(unqualified) => title_key(&unqualified),
    };
    let term = if term.is_empty() {
        candidate.key.as_str()
    } else {
        term.as_str()
    };
    body.iter()
        .filter(|&&p| p > candidate.order && p - candidate.order <= LEAD_LINES)
        .filter_map(|&p| filled.get(p).copied())
        .filter(|&i| i < lines.len())
        .any(|i| opens(term, lines.key(i)))
}

per_thread! {
    /// A qualifier in brackets after an entry's term: "Deferred revenue (accounting)".
    fn qualifier() -> Regex {
        Regex::new(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$").expect("a valid pattern")
    }
}

/// Whether the lead paragraph (its title key `lead`) opens with an entry's term (its title key
/// `term`), maybe with a Hangul ending of a syllable or two glued to it (`opens`).
fn opens(term: &str, lead: &str) -> bool {
    let Some(rest) = lead.strip_prefix(term).filter(|_| !term.is_empty()) else {
        return false;
    };
    if rest.is_empty() || rest.starts_with(' ') {
        return true;
    }
    let ending = rest.chars().take_while(|&c| is(c, HANGUL)).count();
    (1..=2).contains(&ending)
        && rest.chars().nth(ending).is_none_or(|c| c == ' ')
        && term.chars().next_back().is_some_and(|c| is(c, HANGUL))
}

/// A story head of three words or more that the paragraph below echoes, before the article, no
/// date, and no copy of another with machinery glued on: what a deck or a subhead stands below;
/// a long one right under the dateline or byline the page opens with (`dated` holds their
/// ranks) needs its story to echo one word of it only: a column's headline, a turn of phrase,
/// under its writer's line (`may_have_a_deck`).
pub(crate) fn may_have_a_deck(candidate: &Candidate, dated: &[i64]) -> Result<bool, String> {
    let bylined = is_bylined_head(candidate);
    // under the page's first line
    let opening = bylined && candidate.placed.order == 1 && dated.contains(&0);
    let echo = signal(&candidate.signals, "echo");
    let echoed = if opening {
        echo > 0.0
    } else {
        echo >= DECKED_HEAD_ECHO
    };
    let head = is_story_head(candidate, 0.0, DECKED_HEAD_WORDS)
        && echoed
        && (signal(&candidate.signals, "lead_echo") > 0.0 || bylined)
        && !["glued", "after_body", "lower_case"]
            .iter()
            .any(|name| signal(&candidate.signals, name) != 0.0)
        && !is_word_list(&candidate.placed.text); // a slogan or a list of sections
    if !head {
        return Ok(false);
    }
    let states_time = parse_timestamp(&candidate.placed.text, None, None)
        .map_err(|error| error.to_string())?
        .is_some();
    Ok(!states_time)
}

/// `echo_worded` of a line that states a time, the page's datelines and bylines (ranks `dated`
/// among the lines with text) left out of the text around it: they repeat its date, not its
/// story (`leads.echo_apart`).
fn echo_apart<S: AsRef<str>>(
    words: &EchoWords,
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
    glued: Option<&EchoWords>,
) -> f64 {
    let kept: Vec<usize> = filled
        .iter()
        .enumerate()
        .filter(|&(rank, _)| rank == candidate.order || !dated.contains(&(rank as i64)))
        .map(|(_, &index)| index)
        .collect();
    let order = kept
        .iter()
        .position(|&index| index == filled[candidate.order])
        .unwrap_or(candidate.order);
    let placed = Placed {
        order,
        ..candidate.clone()
    };
    echo_worded(words, &placed, lines, &kept, glued)
}

/// Whether the candidate stands just below a headline that may have a deck, and is not that
/// headline with machinery glued on: a deck or a subhead under its headline (`is_deck_of`).
pub(crate) fn is_deck_of(candidate: &Candidate, head: &Candidate) -> bool {
    candidate.placed.order > head.placed.order
        && candidate.placed.order - head.placed.order <= DECK_BELOW
        && !head.placed.key.contains(candidate.placed.key.as_str())
}

/// The lines of a headline printed twice, its copy on the next line with text, both above the
/// article's first paragraph (rank `body_start`), no headline that may have a deck (`heads`)
/// right above the first and no dateline or byline either (`dated`, ranks): neither copy is the
/// deck of a line further up, a site's name or motto over a section's name (Python's
/// `printed_twice`).
pub(crate) fn printed_twice(
    candidates: &[Candidate],
    body_start: usize,
    heads: &[&Candidate],
    dated: &[i64],
) -> BTreeSet<usize> {
    let ranks: FxHashMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let head_lines: FxHashSet<usize> = heads.iter().map(|head| head.placed.line).collect();
    let mut twice = BTreeSet::new();
    for head in candidates {
        let Some(copy) = ranks.get(&(head.placed.order + 1)) else {
            continue;
        };
        if head.placed.key.is_empty()
            || copy.placed.key != head.placed.key
            || copy.placed.order >= body_start
        {
            continue;
        }
        // a deck under its headline's dateline or byline
        if dated.contains(&(head.placed.order as i64 - 1)) {
            continue;
        }
        let above = head
            .placed
            .order
            .checked_sub(1)
            .and_then(|order| ranks.get(&order));
        if above.is_none_or(|above| !head_lines.contains(&above.placed.line)) {
            twice.insert(head.placed.line);
            twice.insert(copy.placed.line);
        }
    }
    twice
}

/// A headline whose lead is out of sight below its deck and byline has this many words at
/// least (`_BYLINED_HEAD_WORDS`).
const BYLINED_HEAD_WORDS: usize = 7;

/// A headline's length, with a dateline or byline near it (`_is_bylined_head`): a newsletter's
/// headline whose lead stands below its deck, byline, date and counters.
fn is_bylined_head(candidate: &Candidate) -> bool {
    signal(&candidate.signals, "near_dateline") > 0.0
        && candidate.words(BYLINED_HEAD_WORDS) >= BYLINED_HEAD_WORDS
}

/// A full-length candidate (`words` long at least) that its lead echoes (`least_echo` of its
/// words at least), and no caption, widget or sentence.
pub(crate) fn is_story_head(candidate: &Candidate, least_echo: f64, words: usize) -> bool {
    let signals = &candidate.signals;
    candidate.words(words) >= words
        && signal(signals, "echo") >= least_echo
        && !["caption", "machinery", "site", "sentence"]
            .iter()
            .any(|name| signal(signals, name) != 0.0)
}

pub(crate) fn flag(value: bool) -> f64 {
    f64::from(u8::from(value))
}

/// How many underscores stand between two letters in the text: seams between a series' name
/// and its subject ("직업 탐방_등대 관리원"), each parting two words as a space does (Python's
/// `_UNDERSCORE_SEAM` in `headline_words`).
fn underscore_seams(text: &str) -> usize {
    if !text.contains('_') {
        return 0;
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[1] == '_' && is(w[0], L) && is(w[2], L))
        .count()
}

/// What a candidate's place and shape say, each from 0 to 1 (length from -1); its echo is
/// weighed before them. `words` is how many words it has, counted up to `HEADLINE_WORDS + 1`
/// (the words past that tell nothing more); `body` the article's paragraphs with the
/// candidate's echo words; `read_from` is the part of its line it was read from
/// (`headline_part`).
#[allow(clippy::too_many_arguments)]
fn signals_of<S: AsRef<str>>(
    candidate: &Placed,
    words: usize,
    rank: usize,
    candidates: &[Placed],
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
    (body, own_words): (&[usize], &EchoWords),
    read_from: &str,
) -> Result<Signals, String> {
    let text = &candidate.text;
    let is_dated = dated.contains(&(candidate.order as i64))
        && parse_timestamp(text, None, None)
            .map_err(|error| error.to_string())?
            .is_some();
    Ok(vec![
        (
            "near_dateline",
            dateline_nearness(candidate.order as i64, dated),
        ),
        ("repeated", repetition_keyed(candidate, lines, filled)),
        (
            "glued",
            flag(
                (candidates.iter().any(|other| is_glued_to(candidate, other))
                    || is_cut_keyed(candidate, candidates.iter()))
                    && !joins_its_pieces(candidate, candidates),
            ),
        ),
        ("first", 1.0 / (1 + rank) as f64),
        (
            "length",
            if words >= 4 {
                1.0
            } else if words <= 2 {
                -1.0
            } else {
                0.0
            },
        ),
        ("long", flag(words > HEADLINE_WORDS)),
        ("sentence", flag(reads_as_sentence(text))),
        (
            "caption",
            // a candidate read before a dateline glued on its line is a caption by that part
            // alone, not by what runs on after the dateline (Python's `headline_part_among`)
            flag(
                is_caption(read_from)
                    || has_caption_copy_keyed(candidate, lines)
                    || in_present(read_from),
            ),
        ),
        (
            "after_body",
            flag(is_after_body(
                candidate.order,
                text,
                own_words,
                lines,
                filled,
                body,
                dated,
            )),
        ),
        ("dated", flag(is_dated)),
        (
            "lower_case",
            flag(
                is_in_small_letters(text, candidate.order, candidates)
                    || crate::wraps::opens_in_lower_case(text, lines.line(candidate.line)),
            ),
        ),
        (
            "title_field",
            flag(
                is_under_title_label(candidate.order, lines, filled)
                    || fills_title_field(lines.line(candidate.line))
                    || is_over_post_fields(candidate.order, lines, filled, dated),
            ),
        ),
        ("speech", flag(names_a_speech(text))),
    ])
}

/// Whether a candidate's whole text is in small letters (`wraps.is_in_small_letters`): a count
/// opening it spares it, unless a headline in small letters stands among the candidates right
/// above it ("12 people found this useful" under one).
fn is_in_small_letters(text: &str, order: usize, candidates: &[Placed]) -> bool {
    if !is_lower_case(text) {
        return false;
    }
    let under_a_small_head = candidates.iter().any(|other| {
        other.order < order && order - other.order <= ABOVE_ORDERS && is_small_head(&other.text)
    });
    !opening_count().is_match(text) || under_a_small_head
}

/// A headline printed in small letters: `SMALL_HEAD_WORDS` words or more, no capital, no
/// count opening it.
fn is_small_head(text: &str) -> bool {
    count_words(text, SMALL_HEAD_WORDS) >= SMALL_HEAD_WORDS
        && is_lower_case(text)
        && !opening_count().is_match(text)
}

/// Whether the text is in lower case in a cased script, Hangul aside: its own lower case and
/// not its own upper case (Python's `text.lower() == text != text.upper()`, without the
/// texts).
fn is_lower_case(text: &str) -> bool {
    chars::is_own_lower(text) && !text.chars().any(|c| is(c, HANGUL)) && !chars::is_own_upper(text)
}

/// A count glued after a headline's copy: "<headline> 1", "<headline> (12)" (`_GLUED_COUNT`).
fn is_glued_count(rest: &str) -> bool {
    let inner = rest.strip_prefix(['(', '[']).unwrap_or(rest);
    let inner = inner.strip_suffix([')', ']']).unwrap_or(inner);
    (1..=4).contains(&inner.len()) && inner.bytes().all(|byte| byte.is_ascii_digit())
}

// Python holds this rule in normalize/glued_copies.py.

/// Whether the candidate is another one with machinery glued on: a breadcrumb or a section
/// before it (with no space, too), an outlet's name after a separator, a count or a word
/// after it.
fn is_glued_to(candidate: &Placed, other: &Placed) -> bool {
    // the cheapest test first: most candidates stand too far apart
    if other.order.abs_diff(candidate.order) > 3 {
        return false;
    }
    if other.key == candidate.key || count_words(&other.key, GLUED_WORDS) < GLUED_WORDS {
        return false;
    }
    // " other " inside " candidate " needs the other key to be no longer
    if other.key.len() > candidate.key.len() || !holds_words(&candidate.key, &other.key) {
        return opens_with_glued_crumbs(&candidate.text, &other.text);
    }
    if candidate.key.starts_with(&other.key) {
        let same_start = chars::lower(&candidate.text).starts_with(&chars::lower(&other.text));
        if !same_start {
            return false;
        }
        let skip = other.text.chars().count();
        let rest: String = candidate.text.chars().skip(skip).collect();
        let rest = rest.trim_start_matches(chars::is_space);
        let mut after = rest.chars();
        let separated = after.next().is_some_and(|c| SEPARATORS.contains(&c));
        return (separated && !is_bare_date(after.as_str()))
            || is_glued_count(rest)
            || count_words(rest, 2) == 1;
    }
    true
}

/// Whether the line is a text printed twice and glued (a caption and its copy): its first
/// `DOUBLED_OPENING` characters come again, after them, right after a stop.
fn is_doubled(line: &str) -> bool {
    let Some((end, _)) = line.char_indices().nth(DOUBLED_OPENING) else {
        return false;
    };
    // A UTF-8 text found in another starts at a character's first byte: the first match of
    // the opening's bytes is its first copy.
    let Some(again) = Searcher::new(&line[..end]).find(&line.as_bytes()[end..]) else {
        return false;
    };
    line[..end + again]
        .chars()
        .next_back()
        .is_some_and(|before| DOUBLED_AFTER.contains(&before))
}

// The twins of the differential test.

fn to_py(error: String) -> PyErr {
    if error.starts_with("no weight for") {
        PyKeyError::new_err(error)
    } else {
        PyValueError::new_err(error)
    }
}

type SignalsList = Vec<(String, f64)>;
type CandidateTuple = (usize, usize, String, String, SignalsList);
type HeadlineTuple = (
    Option<String>,
    String,
    Vec<(String, String)>,
    Vec<usize>,
    f64,
    Option<usize>,
);

fn as_list(signals: &Signals) -> SignalsList {
    signals.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[pyfunction]
#[pyo3(name = "headline__weigh_candidates")]
fn twin_weigh_candidates(
    py: Python<'_>,
    lines: Vec<String>,
    machinery: FxHashMap<usize, String>,
    skip: FxHashSet<usize>,
    dated: FxHashSet<usize>,
) -> PyResult<Vec<CandidateTuple>> {
    let found = py
        .allow_threads(|| weigh_candidates(&lines, &machinery, &skip, &dated))
        .map_err(to_py)?;
    Ok(found
        .into_iter()
        .map(|c| {
            let signals = as_list(&c.signals);
            let p = c.placed;
            (p.line, p.order, p.text, p.key, signals)
        })
        .collect())
}

/// The headline as (title, lang, alt titles as (text, lang), sorted lines, score, line).
#[pyfunction]
#[pyo3(
    name = "headline__extract_headline",
    signature = (lines, machinery, skip, dated, *, threshold=TITLE_THRESHOLD, weights=None)
)]
fn twin_extract_headline(
    py: Python<'_>,
    lines: Vec<String>,
    machinery: FxHashMap<usize, String>,
    skip: FxHashSet<usize>,
    dated: FxHashSet<usize>,
    threshold: f64,
    weights: Option<FxHashMap<String, f64>>,
) -> PyResult<HeadlineTuple> {
    let headline = py
        .allow_threads(|| {
            let weights = weights.as_ref().unwrap_or_else(|| default_weights());
            extract_headline(&lines, &machinery, &skip, &dated, threshold, weights)
        })
        .map_err(to_py)?;
    Ok((
        headline.title,
        headline.lang,
        headline
            .alt_titles
            .into_iter()
            .map(|alt| (alt.text, alt.lang))
            .collect(),
        headline.lines.into_iter().collect(),
        headline.score,
        headline.line,
    ))
}

#[pyfunction]
#[pyo3(name = "headline__score", signature = (signals, weights=None))]
fn twin_score(
    signals: &Bound<'_, PyDict>,
    weights: Option<FxHashMap<String, f64>>,
) -> PyResult<f64> {
    let pairs = signals
        .iter()
        .map(|(k, v)| Ok((k.extract::<String>()?, v.extract::<f64>()?)))
        .collect::<PyResult<Vec<(String, f64)>>>()?;
    let weights = weights.as_ref().unwrap_or_else(|| default_weights());
    score(pairs.iter().map(|(k, v)| (k.as_str(), *v)), weights).map_err(to_py)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_weigh_candidates, m)?)?;
    m.add_function(wrap_pyfunction!(twin_extract_headline, m)?)?;
    m.add_function(wrap_pyfunction!(twin_score, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_doubled` character by character, as Python's `is_doubled` reads.
    fn is_doubled_by_chars(line: &str) -> bool {
        let chars: Vec<char> = line.chars().collect();
        if chars.len() < DOUBLED_OPENING {
            return false;
        }
        let opening = &chars[..DOUBLED_OPENING];
        let again = (DOUBLED_OPENING..=chars.len() - DOUBLED_OPENING)
            .find(|&at| chars[at..at + DOUBLED_OPENING] == *opening);
        again.is_some_and(|at| DOUBLED_AFTER.contains(&chars[at - 1]))
    }

    #[test]
    fn doubled_lines_are_found_by_their_bytes_as_by_their_characters() {
        let caption = "Лидеры встретились в Пекине во вторник";
        let korean = "지도자들 베이징서 회담 열고 공동 성명 발표했다 오늘";
        let mut lines = vec![
            String::new(),
            caption.to_string(),
            format!("{caption}. {caption}"),
            format!("{caption} {caption}"),
            format!("{caption}.{caption}"),
            format!("{korean}”{korean}"),
            format!("{korean}!{korean} and more"),
            format!("{korean}{korean}"),
            "a".repeat(29),
            "a".repeat(30),
            "a".repeat(60),
            format!("{}.{}", "a".repeat(30), "a".repeat(30)),
            format!("{}.{}", "a".repeat(31), "a".repeat(30)),
            format!("{}é.{}é", "ab".repeat(15), "ab".repeat(15)),
        ];
        lines.push(format!("{}x{}", lines[2], lines[5]));
        for line in &lines {
            assert_eq!(is_doubled(line), is_doubled_by_chars(line), "{line:?}");
        }
    }
}
