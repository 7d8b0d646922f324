//! Statement extraction and attribution measured against the gold-annotated
//! articles (format: tests/fixtures/GOLD_FORMAT.md), through the library's
//! own evaluator (`nkstance::gold`), plus the seed article of the project.
//!
//! `articles/`, `articles_heldout/`, `articles_dev2/`,
//! `articles_transcripts/` and `articles_dev3/` were used while building the
//! extractor, so they must meet the goals. `articles_blind/` and
//! `articles_blind3/` to `articles_blind7/` were never looked at while
//! building it, `articles_blind2/` only after its first measurement; they,
//! and the newest development sets `articles_dev4/` to `articles_dev9/`,
//! guard against regressions at their measured level.

use nkstance::StanceModel;
use nkstance::gold::{GoldEvaluation, evaluate_dir};
use nkstance::quotes::extract;
use std::path::{Path, PathBuf};

/// Goal of the issue: (statement, speaker) F1.
const MIN_ATTRIBUTION_F1: f64 = 0.92;
/// Goal of the issue: share of direct quotes left without a speaker.
const MAX_UNATTRIBUTED_DIRECT: f64 = 0.05;

fn evaluate(folder: &str) -> GoldEvaluation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let result = evaluate_dir(&StanceModel::embedded(), &dir).expect("gold articles load");
    let (e, a) = (&result.extraction, &result.attribution);
    println!(
        "{folder}: extraction P {:.3} R {:.3} F1 {:.3}; attribution P {:.3} R {:.3} F1 {:.3}; \
         unattributed direct {:.1}%; stances right {:.1}%",
        e.precision,
        e.recall,
        e.f1,
        a.precision,
        a.recall,
        a.f1,
        100.0 * result.direct_unattributed,
        100.0 * result.stance_accuracy
    );
    result
}

/// Asserts a folder's attribution F1 floor and the unattributed-quote goal.
fn assert_meets(folder: &str, min_f1: f64) {
    let result = evaluate(folder);
    assert!(
        result.attribution.f1 >= min_f1,
        "{folder}: {:?}",
        result.attribution
    );
    assert!(
        result.direct_unattributed <= MAX_UNATTRIBUTED_DIRECT,
        "{folder}"
    );
}

#[test]
fn development_articles_meet_the_goals() {
    for folder in [
        "articles",
        "articles_heldout",
        "articles_dev2",
        "articles_transcripts",
        "articles_dev3",
    ] {
        assert_meets(folder, MIN_ATTRIBUTION_F1);
    }
}

#[test]
fn blind_articles_stay_at_their_measured_level() {
    // Floors sit a little under the measurements; a drop below them is a
    // regression. Figures are attribution F1 at the start of session 4
    // (code of e3eb75f, the same matching) and now. Never looked at:
    // articles_blind (0.915, 0.907), articles_blind3 (0.923, 0.923),
    // articles_blind4 (0.833, 0.849), articles_blind5 (0.766, 0.842),
    // articles_blind6 (0.794, 0.831), articles_blind7 (0.846, 0.884).
    // articles_blind2: blind when first measured, then opened to build
    // transcript and hearing-record handling (0.956, 0.963).
    // articles_dev4 to articles_dev9: written in new house styles (UN
    // summaries, podcasts, broadcast scripts, op-eds, Hansard, briefings,
    // speeches, statements for the record, roundups…) and used to find
    // general rules (dev7 0.650, dev8 0.744, dev9 0.811 when new; now 0.923,
    // 0.886, 0.854, 0.865, 0.869, 0.873).
    for (folder, floor) in [
        ("articles_blind", 0.89),
        ("articles_blind2", 0.95),
        ("articles_blind3", 0.91),
        ("articles_blind4", 0.83),
        ("articles_blind5", 0.83),
        ("articles_blind6", 0.82),
        ("articles_blind7", 0.87),
        ("articles_dev4", 0.91),
        ("articles_dev5", 0.87),
        ("articles_dev6", 0.84),
        ("articles_dev7", 0.85),
        ("articles_dev8", 0.85),
        ("articles_dev9", 0.86),
    ] {
        assert_meets(folder, floor);
    }
}

/// The project's seed article sits in shared/ beside the repository (not
/// copied in: it is third-party text).
fn seed_article() -> Option<(PathBuf, String)> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_885b5a4ea241d2ab.txt");
    std::fs::read_to_string(&path).ok().map(|text| (path, text))
}

#[test]
fn seed_article_credits_every_official_and_no_quote_to_the_wrong_one() {
    let Some((path, text)) = seed_article() else {
        eprintln!("seed article not found beside the repository; nothing to check");
        return;
    };
    let x = extract(&text);
    let speaker_of = |needle: &str| {
        let s = x
            .statements
            .iter()
            .find(|s| text[s.start..s.end].starts_with(needle));
        let s = s.unwrap_or_else(|| panic!("{}: not extracted: {needle}", path.display()));
        s.speaker.map(|i| x.speakers[i].name.as_str())
    };
    for quote in [
        "The point is, no pressure comes off",
        "So the maximum pressure campaign is going to continue and intensify.",
        "But if you want to talk, we'll talk.",
    ] {
        assert_eq!(speaker_of(quote), Some("Mike Pence"), "{quote}");
    }
    assert_eq!(speaker_of("it's too early to judge"), Some("Rex Tillerson"));
    assert_eq!(
        speaker_of("It's really up to the North Koreans"),
        Some("Rex Tillerson")
    );
    assert_eq!(
        speaker_of("Mr Moon said the Koreas should create"),
        Some("Moon Jae-in")
    );
    assert_eq!(
        speaker_of("Mr Revere said a quiet conversation"),
        Some("Evans Revere")
    );
    let credited = |name: &str| {
        x.statements
            .iter()
            .any(|s| s.speaker.is_some_and(|i| x.speakers[i].name == name))
    };
    assert!(credited("Donald Trump"));
    // "maximum pressure" as a scare quote is not a statement.
    assert!(
        !x.statements
            .iter()
            .any(|s| &text[s.start..s.end] == "maximum pressure")
    );
}
