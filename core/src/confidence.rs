//! How sure the headline chooser is: its log-odds as `title_score`, a probability a pipeline
//! can filter on (mirrors `normalize/confidence.py`).

/// The scale the chooser's log-odds are divided by (`SCORE_SCALE`, fitted by
/// `benchmarks/calibrate_title_score.py`).
pub const SCORE_SCALE: f64 = 1.8;

/// The probability that a headline with these log-odds is the page's headline.
pub fn title_probability(log_odds: f64) -> f64 {
    1.0 / (1.0 + (-log_odds / SCORE_SCALE).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn even_odds_are_a_half_and_four_are_nine_in_ten() {
        assert_eq!(title_probability(0.0), 0.5);
        assert!((title_probability(4.0) - 0.902).abs() < 0.001);
    }
}
