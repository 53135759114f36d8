//! A WordPress REST answer a crawl fetched in place of a page: one post as a JSON object
//! (`{"id":51207,"date":"…","date_gmt":"…","title":{"rendered":"…"},"content":{…}}`) (the twin
//! of `normalize/rest_posts.py`). Its `title.rendered` is the post's title (HTML entities
//! escaped), `date_gmt` its publication and `modified_gmt` its last edit, both in UTC as their
//! names say; `date` and `modified` are the site's local time, whose zone the answer does not
//! state. It is known by its whole text: a JSON object, read strictly (serde_json refuses
//! `NaN`, numbers out of a double's range and lone surrogates, as the Python side does), at
//! most `MAX_DEPTH` levels deep, whose `title` holds a `rendered` text and which holds a
//! `date_gmt` field.

use serde_json::Value;

use crate::decoding::{repair_text, NeedsPython};
use crate::text::{clean_text, split_words};
use crate::timestamps::civil;

/// Deeper than this many levels of arrays and objects, a text is no post (serde_json stops at
/// 128 on its own).
const MAX_DEPTH: usize = 64;
/// The field that makes an object a WordPress post: its publication time in UTC.
const MARK: &str = "\"date_gmt\"";

/// A post's own fields: its title and its times in UTC, microseconds (each `None` when absent).
#[derive(Debug, Clone, PartialEq)]
pub struct RestPost {
    pub title: Option<String>,
    pub published_at: Option<i64>,
    pub modified_at: Option<i64>,
}

/// The fields of a WordPress REST answer for one post, if the whole text is one (Python's
/// `rest_post`); `NeedsPython` when its title may hold mojibake.
pub fn rest_post(text: &str) -> Result<Option<RestPost>, NeedsPython> {
    let stripped = text.trim_matches([' ', '\t', '\n', '\r']);
    if !(stripped.starts_with('{') && stripped.ends_with('}') && stripped.contains(MARK)) {
        return Ok(None);
    }
    let Ok(answer) = serde_json::from_str::<Value>(stripped) else {
        return Ok(None);
    };
    if !sound(&answer) {
        return Ok(None);
    }
    let Some(fields) = answer.as_object() else {
        return Ok(None);
    };
    let Some(date_gmt) = fields.get("date_gmt") else {
        return Ok(None);
    };
    let rendered = fields
        .get("title")
        .and_then(Value::as_object)
        .and_then(|title| title.get("rendered"))
        .and_then(Value::as_str);
    let Some(rendered) = rendered else {
        return Ok(None);
    };
    let published = field_time(Some(date_gmt));
    let mut modified = field_time(fields.get("modified_gmt"));
    if let (Some(published), Some(edit)) = (published, modified) {
        if edit < published {
            modified = None; // a scheduled post's last edit, made before its publication
        }
    }
    Ok(Some(RestPost {
        title: post_title(rendered)?,
        published_at: published,
        modified_at: modified,
    }))
}

/// The rendered title as a headline: its entities decoded, cleaned, on one line.
fn post_title(rendered: &str) -> Result<Option<String>, NeedsPython> {
    let repaired = repair_text(rendered)?;
    let cleaned = clean_text(&repaired.text);
    let words: Vec<&str> = split_words(&cleaned).collect();
    Ok((!words.is_empty()).then(|| words.join(" ")))
}

/// A field's time (`2025-11-04T19:12:40`) as an instant in UTC; none for another value.
fn field_time(value: Option<&Value>) -> Option<i64> {
    let text = value?.as_str()?;
    let bytes = text.as_bytes();
    let shape = b"0000-00-00T00:00:00";
    if bytes.len() != shape.len() {
        return None;
    }
    for (&byte, &form) in bytes.iter().zip(shape) {
        let fits = if form == b'0' {
            byte.is_ascii_digit()
        } else {
            byte == form
        };
        if !fits {
            return None;
        }
    }
    let number = |from: usize, to: usize| text[from..to].parse::<i64>().ok();
    let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
    if !civil::is_date(year, month, day) || hour > 23 || minute > 59 || second > 59 {
        return None; // "0000-00-00T00:00:00", a month 13
    }
    Some(civil::at(year, month, day, hour, minute, second, 0))
}

/// Whether a parsed value nests at most `MAX_DEPTH` levels (lone surrogates serde_json has
/// refused already).
fn sound(value: &Value) -> bool {
    let mut stack = vec![(value, 0usize)];
    while let Some((item, depth)) = stack.pop() {
        match item {
            Value::Array(items) => {
                if depth >= MAX_DEPTH {
                    return false;
                }
                stack.extend(items.iter().map(|child| (child, depth + 1)));
            }
            Value::Object(fields) => {
                if depth >= MAX_DEPTH {
                    return false;
                }
                stack.extend(fields.values().map(|child| (child, depth + 1)));
            }
            _ => {}
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_post_s_own_fields() {
        let text = r#"{"id":7,"date":"2024-03-02T09:15:00","date_gmt":"2024-03-02T15:15:00","modified_gmt":"2024-03-02T16:00:05","title":{"rendered":"Ferry &#8216;back&#8217;"}}"#;
        let post = rest_post(text).unwrap().unwrap();
        assert_eq!(post.title.as_deref(), Some("Ferry ‘back’"));
        assert_eq!(post.published_at, Some(civil::at(2024, 3, 2, 15, 15, 0, 0)));
        assert_eq!(post.modified_at, Some(civil::at(2024, 3, 2, 16, 0, 5, 0)));
    }

    #[test]
    fn leaves_other_json_alone() {
        for text in [
            r#"[{"date_gmt":"2024-03-02T15:15:00","title":{"rendered":"A list"}}]"#,
            r#"{"date_gmt":"2024-03-02T15:15:00","title":"Not rendered"}"#,
            r#"{"date_gmt":"2024-03-02T15:15:00","title":{"rendered":"x"},"n":NaN}"#,
            r#"{"date_gmt":"2024-03-02T15:15:00","title":{"rendered":"\ud800"}}"#,
        ] {
            assert_eq!(rest_post(text).unwrap(), None, "{text}");
        }
    }
}
