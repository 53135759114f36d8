//! Compiled patterns whose matches are counted in code points, as Python counts them.
//!
//! A pattern with look-around or back-references runs on `fancy-regex`, a backtracking engine
//! with Python's leftmost-first preference; one without runs on `regex`, which has the same
//! preference. The backtracking engine is tried only where a plain prefilter says a match may
//! start (the pattern without its look-around, a back-reference read as the group it repeats),
//! on the part of the text the pattern can reach from there.

use std::ops::Deref;
use std::sync::OnceLock;

use fancy_regex::{Regex, RegexBuilder};
use regex_automata::meta::Regex as Plain;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::Hir;

use super::pychars::Indexed;
use super::TimeError;
use crate::per_thread::PerThread;

/// A compiled pattern, searched through each thread's own copy of its engines.
pub struct Pattern(PerThread<Engine>);

#[derive(Clone)]
enum Engine {
    Plain(regex::Regex),
    Fancy {
        /// The pattern itself, anchored where it is tried.
        anchored: Regex,
        /// Where it may start.
        starts: Starts,
        /// The pattern without its look-around: its longest match from a place is as long
        /// as any match of the pattern from there.
        longest: Plain,
        /// How many bytes past the end of its match the pattern may look at, when bounded
        /// and it does not look for the end of the text.
        ahead: Option<usize>,
        /// The look-around that opens the pattern, one character each: tested before the
        /// backtracking engine runs.
        opening: Vec<Around>,
    },
}

/// A pattern compiled on first use: pages that never try it (its gate closed on all of
/// their lines) do not pay for compiling it.
pub struct Lazy {
    source: String,
    compiled: OnceLock<Pattern>,
}

impl Lazy {
    pub fn new(source: impl Into<String>) -> Lazy {
        Lazy {
            source: source.into(),
            compiled: OnceLock::new(),
        }
    }
}

impl Deref for Lazy {
    type Target = Pattern;

    fn deref(&self) -> &Pattern {
        self.compiled.get_or_init(|| Pattern::new(&self.source))
    }
}

/// Where a pattern with look-around may start, found by a plain regex: the pattern without
/// its look-around (the prefilter) or, for a pattern opened by a look-behind (`(?<!X)`), one
/// character not X then the prefilter (the place is one character after the start of its
/// match). Only one of the two is compiled: the second, where it can be, finds fewer places.
#[derive(Clone)]
enum Starts {
    Anywhere(Plain),
    AfterContext(Plain),
}

/// A look-around of one character class: the character before may not be of it (`(?<!X)`),
/// or the character after must be (`(?=X)`); or a choice of two look-behinds, the character
/// before not of a class or the text before ending with a pattern of a few characters
/// (`(?:(?<!X)|(?<=Y))`, Y of at most `reach` bytes).
#[derive(Clone)]
enum Around {
    NotBefore(regex::Regex),
    After(regex::Regex),
    NotBeforeUnlessAfter {
        class: regex::Regex,
        ending: regex::Regex,
        reach: usize,
    },
}

impl Around {
    fn allows(&self, raw: &str, at: usize) -> bool {
        match self {
            Around::NotBefore(class) => match raw[..at].chars().next_back() {
                Some(c) => !class.is_match(c.encode_utf8(&mut [0; 4])),
                None => true,
            },
            Around::After(class) => match raw[at..].chars().next() {
                Some(c) => class.is_match(c.encode_utf8(&mut [0; 4])),
                None => false,
            },
            Around::NotBeforeUnlessAfter {
                class,
                ending,
                reach,
            } => {
                let head = &raw[..at];
                match head.chars().next_back() {
                    Some(c) if class.is_match(c.encode_utf8(&mut [0; 4])) => head
                        .char_indices()
                        .rev()
                        .take_while(|&(start, _)| at - start <= *reach)
                        .any(|(start, _)| ending.is_match(&head[start..])),
                    _ => true,
                }
            }
        }
    }
}

/// The choice of two look-behinds that a group of a pattern's opening is, `(?<!X)|(?<=Y)`
/// (X one character class, Y bounded and without look-around of its own), as one test.
fn either_behind(body: &str, source: &str) -> Option<Around> {
    let chars: Vec<char> = body.chars().collect();
    let text = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    if !body.starts_with("(?<!") {
        return None;
    }
    let first_end = group_end(&chars, 0);
    if chars.get(first_end + 1..first_end + 5) != Some(&['|', '(', '?', '<'])
        || chars.get(first_end + 5) != Some(&'=')
    {
        return None;
    }
    let second_end = group_end(&chars, first_end + 2);
    if second_end + 1 != chars.len() {
        return None;
    }
    let class = text(4, first_end);
    let ending = text(first_end + 6, second_end);
    let one_class = regex_syntax::parse(&class)
        .is_ok_and(|hir| matches!(hir.kind(), regex_syntax::hir::HirKind::Class(_)));
    if !one_class || ending.contains("(?") {
        return None;
    }
    let reach = regex_syntax::parse(&ending)
        .ok()?
        .properties()
        .maximum_len()?;
    Some(Around::NotBeforeUnlessAfter {
        class: compiled(regex::Regex::new(&format!("^(?:{class})$")), source),
        ending: compiled(regex::Regex::new(&format!("^(?:{ending})$")), source),
        reach,
    })
}

/// Whether a pattern is an alternation at its top level (its opening look-around then
/// belongs to its first branch only).
fn branches(source: &str) -> bool {
    let chars: Vec<char> = source.chars().collect();
    let (mut depth, mut in_class, mut i) = (0usize, false, 0);
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => depth = depth.saturating_sub(1),
            '|' if !in_class && depth == 0 => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// The class of the look-behind that opens a pattern (`(?<!X)`: X), if one does.
fn opening_behind(source: &str) -> Option<String> {
    if branches(source) {
        return None;
    }
    let chars: Vec<char> = source.chars().collect();
    let mut i = 0;
    loop {
        let head: String = chars[i..(i + 4).min(chars.len())].iter().collect();
        let close = group_end(&chars, i);
        if head.starts_with("(?<!") {
            let body: String = chars[(i + 4).min(close)..close].iter().collect();
            return regex_syntax::parse(&body)
                .is_ok_and(|hir| matches!(hir.kind(), regex_syntax::hir::HirKind::Class(_)))
                .then_some(body);
        }
        if !head.starts_with("(?=") {
            return None;
        }
        i = close + 1;
    }
}

/// The look-arounds of one character class that open a pattern.
fn opening(source: &str) -> Vec<Around> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    if branches(source) {
        return found;
    }
    let mut i = 0;
    loop {
        let head: String = chars[i..(i + 4).min(chars.len())].iter().collect();
        let close = group_end(&chars, i);
        let (skip, behind) = if head.starts_with("(?<!") {
            (4, true)
        } else if head.starts_with("(?=") {
            (3, false)
        } else if head.starts_with("(?:") {
            let body: String = chars[(i + 3).min(close)..close].iter().collect();
            match either_behind(&body, source) {
                Some(around) => {
                    found.push(around);
                    i = close + 1;
                    continue;
                }
                None => break,
            }
        } else {
            break;
        };
        let body: String = chars[(i + skip).min(close)..close].iter().collect();
        let one_class = regex_syntax::parse(&body)
            .is_ok_and(|hir| matches!(hir.kind(), regex_syntax::hir::HirKind::Class(_)));
        if !one_class {
            break;
        }
        let class = compiled(regex::Regex::new(&format!("^(?:{body})$")), source);
        found.push(if behind {
            Around::NotBefore(class)
        } else {
            Around::After(class)
        });
        i = close + 1;
    }
    found
}

/// One match of a pattern over an indexed text.
pub struct Found<'t> {
    groups: Groups<'t>,
    text: &'t Indexed,
}

enum Groups<'t> {
    Plain(regex::Captures<'t>),
    Fancy(fancy_regex::Captures<'t>),
}

/// A group's byte span and text.
type Group<'t> = (usize, usize, &'t str);

impl<'t> Groups<'t> {
    fn get(&self, index: usize) -> Option<Group<'t>> {
        match self {
            Groups::Plain(c) => c.get(index).map(|m| (m.start(), m.end(), m.as_str())),
            Groups::Fancy(c) => c.get(index).map(|m| (m.start(), m.end(), m.as_str())),
        }
    }

    fn name(&self, name: &str) -> Option<Group<'t>> {
        match self {
            Groups::Plain(c) => c.name(name).map(|m| (m.start(), m.end(), m.as_str())),
            Groups::Fancy(c) => c.name(name).map(|m| (m.start(), m.end(), m.as_str())),
        }
    }

    fn len(&self) -> usize {
        match self {
            Groups::Plain(c) => c.len(),
            Groups::Fancy(c) => c.len(),
        }
    }
}

fn regex_error(error: fancy_regex::Error) -> TimeError {
    TimeError::Regex(error.to_string())
}

/// The patterns come from the code and the package's facts: one that does not compile is a
/// bug, not bad input.
fn compiled<T, E: std::fmt::Display>(built: Result<T, E>, source: &str) -> T {
    match built {
        Ok(regex) => regex,
        Err(error) => panic!("a timestamp pattern does not compile: {error}: {source}"),
    }
}

/// The end of the group that opens at `open` (the index of its "("), skipping escapes and
/// character classes.
fn group_end(chars: &[char], open: usize) -> usize {
    let mut depth = 0;
    let mut i = open;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.len()
}

/// The pattern as plain `regex` syntax: capture names dropped, each back-reference written as
/// the group it repeats, look-behind dropped, and look-ahead dropped (`keep_ahead` false: a
/// pattern that matches wherever the pattern may) or kept as an ordinary group (true: a
/// pattern at least as long as what the pattern may look at).
fn relaxed(source: &str, keep_ahead: bool) -> String {
    let chars: Vec<char> = source.chars().collect();
    let text = |from: usize, to: usize| chars[from..to.min(chars.len())].iter().collect::<String>();
    let mut out = String::new();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let rest = text(i, i + 4);
        match chars[i] {
            '\\' => {
                out.push_str(&text(i, i + 2));
                i += 2;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                i += 1;
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
                i += 1;
            }
            '(' if !in_class && (rest.starts_with("(?=") || rest.starts_with("(?!")) => {
                let close = group_end(&chars, i);
                if keep_ahead {
                    out.push_str(&format!("(?:{})", relaxed(&text(i + 3, close), true)));
                }
                i = close + 1;
            }
            '(' if !in_class && (rest.starts_with("(?<=") || rest.starts_with("(?<!")) => {
                i = group_end(&chars, i) + 1;
            }
            '(' if !in_class && rest.starts_with("(?P=") => {
                let close = group_end(&chars, i);
                let open = format!("(?P<{}>", text(i + 4, close));
                let group = source
                    .find(&open)
                    .map(|byte| source[..byte].chars().count())
                    .map(|at| text(at + open.chars().count(), group_end(&chars, at)))
                    .unwrap_or_default();
                out.push_str(&format!("(?:{})", relaxed(&group, keep_ahead)));
                i = close + 1;
            }
            '(' if !in_class && rest.starts_with("(?P<") => {
                let close = chars[i..].iter().position(|&c| c == '>').unwrap_or(0) + i;
                out.push_str("(?:");
                i = close + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// How far past the place it is tested any look-ahead of a pattern may look, in bytes.
fn look_ahead_reach(source: &str) -> Option<usize> {
    let chars: Vec<char> = source.chars().collect();
    let mut reach = 0;
    let (mut i, mut in_class) = (0, false);
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class && matches!(chars.get(i + 1..i + 3), Some(['?', '=' | '!'])) => {
                let body: String = chars[i + 3..group_end(&chars, i)].iter().collect();
                reach = reach.max(parsed(&relaxed(&body, true)).properties().maximum_len()?);
            }
            _ => {}
        }
        i += 1;
    }
    Some(reach)
}

fn parsed(source: &str) -> Hir {
    compiled(regex_syntax::parse(source), source)
}

impl Engine {
    /// The match that starts at a byte offset, if any.
    fn at_byte<'t>(&self, text: &'t Indexed, at: usize) -> Result<Option<Groups<'t>>, TimeError> {
        let raw = text.as_str();
        match self {
            Engine::Plain(regex) => Ok(regex
                .captures_at(raw, at)
                .filter(|c| c.get(0).is_some_and(|m| m.start() == at))
                .map(Groups::Plain)),
            Engine::Fancy {
                anchored,
                longest,
                ahead,
                opening,
                ..
            } => {
                if !opening.iter().all(|around| around.allows(raw, at)) {
                    return Ok(None);
                }
                let from_here = Input::new(raw).range(at..).anchored(Anchored::Yes);
                let Some(longest) = longest.search_half(&from_here) else {
                    return Ok(None);
                };
                // the text the pattern may look at: its longest match, how far its
                // look-ahead reaches, and one character more
                let mut end = match ahead {
                    Some(ahead) => (longest.offset() + ahead + 4).min(raw.len()),
                    None => raw.len(),
                };
                while !raw.is_char_boundary(end) {
                    end += 1;
                }
                let captures = anchored
                    .captures_from_pos(&raw[..end], at)
                    .map_err(regex_error)?;
                Ok(captures.map(Groups::Fancy))
            }
        }
    }

    /// The first match at or after a code-point offset (look-behind sees the text before it)
    /// that starts at byte `last` or before: places after it are not tried.
    fn search<'t>(
        &self,
        text: &'t Indexed,
        from: usize,
        last: usize,
    ) -> Result<Option<Found<'t>>, TimeError> {
        let raw = text.as_str();
        let from = text.byte(from);
        let prefilter = match self {
            Engine::Plain(regex) => {
                return Ok(regex
                    .captures_at(raw, from)
                    .filter(|c| c.get(0).is_some_and(|m| m.start() <= last))
                    .map(|c| Found::new(Groups::Plain(c), text)))
            }
            Engine::Fancy {
                starts: Starts::Anywhere(prefilter),
                ..
            } => prefilter,
            Engine::Fancy {
                starts: Starts::AfterContext(context),
                ..
            } => {
                // the place itself, then each place after one character that is not X
                if from > last {
                    return Ok(None);
                }
                if let Some(groups) = self.at_byte(text, from)? {
                    return Ok(Some(Found::new(groups, text)));
                }
                let mut at = from;
                while let Some(candidate) = context.find(Input::new(raw).range(at..)) {
                    let before = candidate.start();
                    let start = before + raw[before..].chars().next().map_or(1, char::len_utf8);
                    if start > last {
                        break;
                    }
                    if let Some(groups) = self.at_byte(text, start)? {
                        return Ok(Some(Found::new(groups, text)));
                    }
                    at = start;
                }
                return Ok(None);
            }
        };
        let mut at = from;
        while let Some(candidate) = prefilter.find(Input::new(raw).range(at..)) {
            let start = candidate.start();
            if start > last {
                break;
            }
            if let Some(groups) = self.at_byte(text, start)? {
                return Ok(Some(Found::new(groups, text)));
            }
            match raw[start..].chars().next() {
                Some(c) => at = start + c.len_utf8(),
                None => break,
            }
        }
        Ok(None)
    }
}

impl Pattern {
    /// Compile a pattern of the grammar.
    pub fn new(source: &str) -> Pattern {
        let fancy = ["(?=", "(?!", "(?<", "(?P="]
            .iter()
            .any(|mark| source.contains(mark));
        if !fancy {
            return Pattern(PerThread::of(Engine::Plain(compiled(
                regex::Regex::new(source),
                source,
            ))));
        }
        let plain = relaxed(source, false);
        if parsed(&plain).properties().minimum_len().unwrap_or(0) == 0 {
            panic!("a timestamp pattern may match an empty string: {source}");
        }
        let ends = source.contains("\\z") || source.contains('$');
        let starts = match opening_behind(source) {
            Some(class) => {
                let negated = format!(
                    "[^{}]",
                    class
                        .strip_prefix('[')
                        .and_then(|c| c.strip_suffix(']'))
                        .map_or(class.clone(), str::to_string)
                );
                let context = Plain::new(&format!("{negated}(?:{plain})"));
                Starts::AfterContext(compiled(context, source))
            }
            None => Starts::Anywhere(compiled(Plain::new(&plain), source)),
        };
        let longest = Plain::builder()
            .configure(Plain::config().match_kind(MatchKind::All))
            .build(&plain);
        Pattern(PerThread::of(Engine::Fancy {
            anchored: compiled(
                RegexBuilder::new(&format!("\\G(?:{source})"))
                    .backtrack_limit(usize::MAX)
                    .build(),
                source,
            ),
            starts,
            longest: compiled(longest, source),
            ahead: look_ahead_reach(source).filter(|_| !ends),
            opening: opening(source),
        }))
    }

    /// The first match at or after a code-point offset (look-behind sees the text before it).
    pub fn search<'t>(
        &self,
        text: &'t Indexed,
        from: usize,
    ) -> Result<Option<Found<'t>>, TimeError> {
        self.0.get().search(text, from, usize::MAX)
    }

    /// The first match at or after a code-point offset that starts at code point `last` or
    /// before (a match starting later is none): the places after `last` are not tried.
    pub fn search_starting_by<'t>(
        &self,
        text: &'t Indexed,
        from: usize,
        last: usize,
    ) -> Result<Option<Found<'t>>, TimeError> {
        self.0.get().search(text, from, text.byte(last))
    }

    /// The match that starts at a code-point offset, if any (Python's `pattern.match(text, pos)`).
    pub fn match_at<'t>(
        &self,
        text: &'t Indexed,
        at: usize,
    ) -> Result<Option<Found<'t>>, TimeError> {
        Ok(self
            .0
            .get()
            .at_byte(text, text.byte(at))?
            .map(|groups| Found::new(groups, text)))
    }

    /// Every match, left to right, none overlapping (Python's `finditer`; the patterns match
    /// no empty string).
    pub fn all<'t>(&self, text: &'t Indexed) -> Result<Vec<Found<'t>>, TimeError> {
        let engine = self.0.get();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(next) = engine.search(text, at, usize::MAX)? {
            at = next.end().max(at + 1);
            found.push(next);
        }
        Ok(found)
    }

    /// Whether the pattern matches anywhere in a plain string.
    pub fn is_match(&self, text: &str) -> Result<bool, TimeError> {
        match &*self.0.get() {
            Engine::Plain(regex) => Ok(regex.is_match(text)),
            engine @ Engine::Fancy { .. } => Ok(engine
                .search(&Indexed::new(text.to_string()), 0, usize::MAX)?
                .is_some()),
        }
    }

    /// The texts of every match of a plain pattern (`findall` without groups).
    pub fn texts<'t>(&self, text: &'t str) -> Result<Vec<&'t str>, TimeError> {
        match &*self.0.get() {
            Engine::Plain(regex) => Ok(regex.find_iter(text).map(|m| m.as_str()).collect()),
            Engine::Fancy { .. } => {
                let indexed = Indexed::new(text.to_string());
                let spans: Vec<(usize, usize)> =
                    self.all(&indexed)?.iter().map(Found::byte_span).collect();
                Ok(spans.into_iter().map(|(a, b)| &text[a..b]).collect())
            }
        }
    }

    /// The text with every match replaced by one string (Python's `sub`).
    pub fn replace_all(&self, text: &str, by: &str) -> Result<String, TimeError> {
        let indexed = Indexed::new(text.to_string());
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for found in self.all(&indexed)? {
            let (start, end) = found.byte_span();
            out.push_str(&text[last..start]);
            out.push_str(by);
            last = end;
        }
        out.push_str(&text[last..]);
        Ok(out)
    }
}

impl<'t> Found<'t> {
    fn new(groups: Groups<'t>, text: &'t Indexed) -> Found<'t> {
        Found { groups, text }
    }

    fn byte_span(&self) -> (usize, usize) {
        self.groups.get(0).map_or((0, 0), |(a, b, _)| (a, b))
    }

    /// Start, in code points.
    pub fn start(&self) -> usize {
        self.text.point(self.byte_span().0)
    }

    /// End, in code points.
    pub fn end(&self) -> usize {
        self.text.point(self.byte_span().1)
    }

    pub fn span(&self) -> (usize, usize) {
        (self.start(), self.end())
    }

    /// The whole match's text.
    pub fn text(&self) -> &'t str {
        self.groups.get(0).map_or("", |(_, _, text)| text)
    }

    /// A named group's text, when it took part in the match.
    pub fn group(&self, name: &str) -> Option<&'t str> {
        self.groups.name(name).map(|(_, _, text)| text)
    }

    /// A named group's start, in code points.
    pub fn group_start(&self, name: &str) -> Option<usize> {
        self.groups.name(name).map(|(at, _, _)| self.text.point(at))
    }

    /// The number of the first numbered group that took part in the match.
    pub fn first_group(&self) -> Option<usize> {
        (1..self.groups.len()).find(|&i| self.groups.get(i).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relaxed_patterns() {
        let source = r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-./])(?P<m>\d{2})(?P=sep)(?=\d)";
        assert_eq!(
            relaxed(source, false),
            r"(?:\d{4})(?:[-./])(?:\d{2})(?:[-./])"
        );
        assert_eq!(
            relaxed(source, true),
            r"(?:\d{4})(?:[-./])(?:\d{2})(?:[-./])(?:\d)"
        );
    }

    #[test]
    fn an_opening_look_behind_of_one_branch_is_no_opening() {
        let pattern = Pattern::new(r"(?<!\d)ab|(?<!\p{L})cd");
        let text = Indexed::new("1cd".to_string());
        assert_eq!(
            pattern.search(&text, 0).ok().flatten().map(|f| f.span()),
            Some((1, 3))
        );
    }

    #[test]
    fn an_opening_choice_of_look_behinds_is_tested_first() {
        let pattern = Pattern::new(r"(?:(?<![\d.:])|(?<=\d[:：]\d\d))(?P<a>\d{1,2})-(?P<b>\d{2})");
        let spans = |text: &str| {
            let text = Indexed::new(text.to_string());
            pattern
                .all(&text)
                .map(|all| all.iter().map(Found::span).collect::<Vec<_>>())
                .ok()
        };
        assert_eq!(spans("2024-05 7-05"), Some(vec![(8, 12)]));
        assert_eq!(spans("7:4012-05 .3-05"), Some(vec![(4, 9)]));
        assert_eq!(spans("자7：4012-05"), Some(vec![(5, 10)]));
    }

    #[test]
    fn a_search_starting_by_a_place_tries_no_later_one() {
        let text = Indexed::new("ab 1ab ab".to_string());
        for source in [r"(?<!\d)ab", "ab"] {
            let pattern = Pattern::new(source);
            let span = |from, last| {
                pattern
                    .search_starting_by(&text, from, last)
                    .ok()
                    .flatten()
                    .map(|f| f.span())
            };
            let plain = source == "ab";
            assert_eq!(span(0, 0), Some((0, 2)));
            assert_eq!(span(1, 3), None);
            assert_eq!(span(1, 4), plain.then_some((4, 6)));
            assert_eq!(span(1, 7), Some(if plain { (4, 6) } else { (7, 9) }));
        }
    }

    #[test]
    fn look_behind_sees_before_the_start() {
        let pattern = Pattern::new(r"(?<!\p{L})kst");
        let text = Indexed::new("pmkst kst".to_string());
        assert_eq!(
            pattern.match_at(&text, 2).ok().flatten().map(|f| f.span()),
            None
        );
        assert_eq!(
            pattern.search(&text, 0).ok().flatten().map(|f| f.span()),
            Some((6, 9))
        );
    }
}
