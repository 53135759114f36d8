//! A title field's value running on to the next line: a release's overview lists its fields
//! each after its label and a colon, and a title of two lines prints its second line bare, the
//! next field's label right under it ("○ Title : Keep the promise!" / "Rally for more carers" /
//! "○ Date : …") (mirrors `normalize/field_runs.py`).

use crate::chrome::field_colon;
use crate::segment::chars;
use crate::subjects::fills_title_field;
use crate::title_shapes::{ends_sentence, is_headline_shaped, MAX_TITLE_CHARS, MAX_TITLE_WORDS};

/// The title read from the page's line `line` (`line_at` gives the page's lines, `count` of
/// them), the next line with text joined to it when the line fills a title field after its
/// label's colon, the next line is headline-shaped with no label of its own and no sentence's
/// end, and the line with text after that is another field (a label closed by a colon): the
/// title's second line. Else the title as it is (Python's `with_field_run_on`).
pub fn with_field_run_on<'a>(
    line_at: impl Fn(usize) -> &'a str,
    count: usize,
    line: usize,
    title: String,
) -> String {
    let own = line_at(line);
    if field_colon(own).is_none() || !fills_title_field(own) {
        return title;
    }
    let mut after = (line + 1..count)
        .map(&line_at)
        .filter(|text| !text.is_empty());
    let (Some(below), Some(next_field)) = (after.next(), after.next()) else {
        return title;
    };
    let below = below.trim_matches(chars::is_space);
    let joined = format!("{title} {below}");
    let runs_on = field_colon(below).is_none()
        && is_headline_shaped(below)
        && !ends_sentence(below)
        && !below.ends_with('?') // a thread's question is its post
        && field_colon(next_field).is_some()
        && joined
            .split(chars::is_space)
            .filter(|word| !word.is_empty())
            .count()
            <= MAX_TITLE_WORDS
        && joined.chars().count() <= MAX_TITLE_CHARS;
    if runs_on {
        joined
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(page: &[&'static str], title: &str) -> String {
        with_field_run_on(|index| page[index], page.len(), 0, title.to_string())
    }

    #[test]
    fn a_title_s_second_line_over_the_next_field_runs_on() {
        let page = [
            "○ 제목 : 약속을 지켜라!",
            "돌봄 인력 확충 촉구 기자회견",
            "",
            "○ 일시 : 3월 12일",
        ];
        assert_eq!(
            run_on(&page, "약속을 지켜라!"),
            "약속을 지켜라! 돌봄 인력 확충 촉구 기자회견"
        );
    }

    #[test]
    fn a_field_over_its_post_s_text_is_whole() {
        let page = [
            "제목: 솔내 도서관 야간 개방",
            "밤 열 시까지 문을 엽니다.",
            "작성자: 한가람",
        ];
        assert_eq!(
            run_on(&page, "솔내 도서관 야간 개방"),
            "솔내 도서관 야간 개방"
        );
    }
}
