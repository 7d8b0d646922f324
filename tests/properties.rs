//! Property tests of the invariants nkstance promises whatever the input:
//! statement offsets, deterministic scoring, classification that ignores
//! surrounding white space and the quote style, and model files that
//! survive save → load → save unchanged.

use nkstance::article::{Format, Limits, parse};
use nkstance::features::Scratch;
use nkstance::model::{Dataset, Statement, TrainParams};
use nkstance::quotes::extract;
use nkstance::score::score_article;
use nkstance::{Stance, StanceModel};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The embedded model, decoded once for the whole file (it is 3.7 MB of JSON).
fn model() -> &'static StanceModel {
    static MODEL: OnceLock<StanceModel> = OnceLock::new();
    MODEL.get_or_init(StanceModel::embedded)
}

/// `cases` cases; failures are saved beside this file (proptest cannot find
/// a lib.rs from tests/ to put them next to) and replayed first next time.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::Direct(
                "tests/properties.proptest-regressions",
            ),
        )),
        ..ProptestConfig::default()
    }
}

/// Fragments that make the extractor work: quote marks of every style,
/// speech verbs, titles, names, abbreviations, paragraph breaks, multi-byte
/// characters next to the marks, and a NUL.
const FRAGMENTS: &[&str] = &[
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{00AB}",
    "\u{00BB}",
    " said",
    " says",
    " told reporters",
    " according to",
    " warned that",
    " Kim Jong Un",
    " Moon Jae-in",
    " Mr.",
    " U.S.",
    " Secretary of State Mike Pompeo",
    " the foreign ministry",
    " KCNA",
    " he",
    " she",
    " They",
    ".",
    ",",
    ";",
    "?",
    "!",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " talks",
    " sanctions",
    " never",
    " not",
    " but",
    " we will",
    " denuclearisation",
    "é",
    "\u{00A0}",
    "🙂",
    "\u{0301}",
    "\u{200B}",
    "\u{0}",
    "2.5",
    " J. R.",
    "(",
    ")",
    "—",
    "…",
    "<p>",
    "&amp;",
];

/// Text assembled from [`FRAGMENTS`] and arbitrary strings: statement-like
/// often enough that the extractor finds statements to check.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
        1 => "[A-Za-z]{1,10}".prop_map(|w| format!(" {w}")),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|parts| parts.concat())
}

/// Checks every statement of `text`: inside it, on char boundaries, in order,
/// and (through scoring) its text is exactly the slice.
fn check_statements(text: &str) -> Result<(), TestCaseError> {
    let extraction = extract(text);
    for s in &extraction.statements {
        prop_assert!(
            s.start <= s.end && s.end <= text.len(),
            "{}..{} outside 0..{}",
            s.start,
            s.end,
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(s.start),
            "start {} inside a character",
            s.start
        );
        prop_assert!(
            text.is_char_boundary(s.end),
            "end {} inside a character",
            s.end
        );
        if let Some(i) = s.speaker {
            prop_assert!(i < extraction.speakers.len());
        }
    }
    let article = nkstance::article::Article {
        origin: "prop".into(),
        id: None,
        title: None,
        date: None,
        url: None,
        text: text.to_string(),
    };
    let scored = score_article(
        model(),
        &article,
        &Default::default(),
        &mut Scratch::default(),
    );
    // Every extracted statement is scored, or counted as skipped for its length.
    prop_assert_eq!(
        scored.statements.len() + scored.skipped,
        extraction.statements.len()
    );
    for s in &scored.statements {
        prop_assert_eq!(&s.text, &text[s.start..s.end]);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    /// Any bytes, read the way the article reader reads a text file.
    #[test]
    fn statements_from_any_bytes_are_slices_on_char_boundaries(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        for article in parse("prop.txt", &bytes, Format::Text, &Limits::default()).into_iter().flatten() {
            check_statements(&article.text)?;
        }
        check_statements(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn statements_from_article_like_text_are_slices_on_char_boundaries(text in article_like()) {
        check_statements(&text)?;
    }

    /// The same with ASCII-only text, which the known multi-byte panic
    /// cannot reach: still checks bounds, order and slices today.
    #[test]
    fn statements_from_ascii_article_like_text_are_slices(text in article_like()) {
        let ascii: String = text.chars().map(|c| if c.is_ascii() { c } else { '"' }).collect();
        check_statements(&ascii)?;
    }

    /// HTML and JSON Lines inputs give texts with the same guarantees.
    #[test]
    fn statements_from_html_and_json_lines_are_slices(text in article_like()) {
        let html = format!("<html><body><article><p>{}</p></article></body></html>", text.replace('<', "&lt;"));
        let jsonl = serde_json::json!({ "text": text }).to_string();
        for (bytes, format) in [(html.into_bytes(), Format::Html), (jsonl.into_bytes(), Format::JsonLines)] {
            for article in parse("prop", &bytes, format, &Limits::default()).into_iter().flatten() {
                check_statements(&article.text)?;
            }
        }
    }

    /// Same input, same answer: fresh or reused buffers, first or second call.
    #[test]
    fn scoring_is_deterministic(text in article_like()) {
        let fresh = model().predict(&text);
        let mut scratch = Scratch::default();
        // Dirty the scratch buffers with another text first.
        let _ = model().predict_with("We will never talk to them, but sanctions could ease.", &mut scratch);
        prop_assert_eq!(fresh, model().predict_with(&text, &mut scratch));
        prop_assert_eq!(fresh, model().predict(&text));
        let article = nkstance::article::Article {
            origin: "prop".into(), id: None, title: None, date: None, url: None, text: text.clone(),
        };
        let a = score_article(model(), &article, &Default::default(), &mut Scratch::default());
        let b = score_article(model(), &article, &Default::default(), &mut scratch);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn classification_ignores_surrounding_white_space(
        text in article_like(),
        before in "[ \t\r\n\u{A0}\u{2003}\u{3000}]{0,6}",
        after in "[ \t\r\n\u{A0}\u{2003}\u{3000}]{0,6}",
    ) {
        let padded = format!("{before}{text}{after}");
        prop_assert_eq!(model().predict(&text), model().predict(&padded));
    }

    /// Curly and straight quotes are the same to the classifier: single
    /// (apostrophes) and double, in any mix.
    #[test]
    fn classification_ignores_curly_versus_straight_quotes(text in article_like()) {
        let straight: String = text.chars().map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        }).collect();
        let curly: String = straight.chars().enumerate().map(|(i, c)| match c {
            '\'' => if i % 2 == 0 { '\u{2018}' } else { '\u{2019}' },
            '"' => if i % 2 == 0 { '\u{201C}' } else { '\u{201D}' },
            c => c,
        }).collect();
        let p = model().predict(&straight);
        prop_assert_eq!(p, model().predict(&curly), "straight {:?} vs curly {:?}", straight, curly);
        prop_assert_eq!(p, model().predict(&text));
    }
}

/// The word lists a training statement is drawn from: each label has its own
/// cue words so every class is present and learnable.
fn statement_text(label: Stance, words: &[usize]) -> String {
    const COMMON: &[&str] = &[
        "the",
        "talks",
        "north",
        "korea",
        "sanctions",
        "summit",
        "envoy",
        "we",
        "will",
        "missile",
    ];
    const CUES: [&[&str]; 3] = [
        &["dialogue", "peace", "ready", "welcome", "cooperation"],
        &["pressure", "never", "threat", "punish", "strike"],
        &["scheduled", "arrive", "meeting", "tuesday", "report"],
    ];
    let cues = CUES[label.index()];
    words
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if i % 2 == 0 {
                cues[w % cues.len()]
            } else {
                COMMON[w % COMMON.len()]
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

proptest! {
    // Training takes a few milliseconds per model; 24 random models are plenty.
    #![proptest_config(config(24))]

    /// Models trained on random data with random settings, and the shipped
    /// model, write the same bytes after a load.
    #[test]
    fn model_save_load_save_is_byte_identical(
        rows in proptest::collection::vec((0usize..3, proptest::collection::vec(0usize..50, 1..12)), 3..40),
        logistic in any::<bool>(),
        ngrams in 1usize..=3,
        stem in any::<bool>(),
        smoothing in 0.01f64..2.0,
    ) {
        let mut statements: Vec<Statement> = rows.iter().enumerate().map(|(i, (label, words))| Statement {
            id: format!("p-{i}"),
            text: statement_text(Stance::ALL[*label], words),
            label: Stance::ALL[*label],
            speaker_role: "role".into(),
            country: "none".into(),
            source: format!("batch{}", i % 3),
            hard: i % 2 == 0,
        }).collect();
        // Every label needs at least one statement.
        for (i, label) in Stance::ALL.into_iter().enumerate() {
            statements.push(Statement {
                id: format!("seed-{i}"), text: statement_text(label, &[i, i + 1, i + 2]), label,
                speaker_role: "role".into(), country: "none".into(), source: "seed".into(), hard: false,
            });
        }
        let data = Dataset::from_statements(statements).unwrap();
        let mut params = TrainParams::new()
            .algorithm(if logistic { nkstance::model::Algorithm::Logistic } else { nkstance::model::Algorithm::NaiveBayes })
            .smoothing(smoothing)
            .max_iterations(30)
            .vectorizer(nkstance::features::VectorizerParams::new().ngram_max(ngrams));
        if !stem {
            params = params.analyzer(nkstance::text::AnalyzerConfig { stem: None, ..Default::default() });
        }
        let model = StanceModel::train(&params.check().unwrap(), &data, 0).unwrap();
        let first = model.to_bytes();
        let loaded = StanceModel::from_bytes(&first, "prop").unwrap();
        prop_assert_eq!(&first, &loaded.to_bytes());
        // Through a real file too: save writes exactly to_bytes.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.model");
        loaded.save(&path).unwrap();
        prop_assert_eq!(&first, &std::fs::read(&path).unwrap());
        let reloaded = StanceModel::load(&path).unwrap();
        prop_assert_eq!(&first, &reloaded.to_bytes());
        // And it predicts as the original did.
        let text = "We are ready for dialogue but pressure stays.";
        prop_assert_eq!(model.predict(text), reloaded.predict(text));
    }
}

#[test]
fn shipped_model_save_load_save_is_byte_identical() {
    let shipped = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/models/nkstance.model"
    ))
    .unwrap();
    let loaded = StanceModel::from_bytes(&shipped, "shipped").unwrap();
    assert_eq!(loaded.to_bytes(), shipped);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.model");
    loaded.save(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), shipped);
}

/// Every crash case the fuzzers ever found (fuzz/regressions/<target>/),
/// replayed through the invariant its fuzz target checks.
#[test]
fn fuzz_crash_cases_stay_fixed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for target in std::fs::read_dir(&root).unwrap() {
        let target = target.unwrap().path();
        let name = target.file_name().unwrap().to_string_lossy().into_owned();
        for case in std::fs::read_dir(&target).unwrap() {
            let case = case.unwrap().path();
            let bytes = std::fs::read(&case).unwrap();
            let context = format!("{}", case.display());
            match name.as_str() {
                "quote_extractor" => {
                    check_statements(&String::from_utf8_lossy(&bytes)).expect(&context)
                }
                "article_reader" => {
                    for format in [Format::Text, Format::Html, Format::JsonLines] {
                        for article in parse("case", &bytes, format, &Limits::default())
                            .into_iter()
                            .flatten()
                        {
                            check_statements(&article.text).expect(&context);
                        }
                    }
                }
                "feature_extractor" => {
                    let p = model().predict(&String::from_utf8_lossy(&bytes));
                    assert!(p.to_array().iter().all(|v| v.is_finite()), "{context}");
                }
                "model_loader" => {
                    if let Ok(m) = StanceModel::from_bytes(&bytes, "case") {
                        assert_eq!(
                            StanceModel::from_bytes(&m.to_bytes(), "again")
                                .unwrap()
                                .to_bytes(),
                            m.to_bytes(),
                            "{context}"
                        );
                    }
                }
                other => panic!("no replay rule for fuzz target {other:?}"),
            }
            replayed += 1;
        }
    }
    // The quote extractor's 61 cases (two bugs) are there; an empty folder would prove nothing.
    assert!(replayed >= 61, "only {replayed} cases replayed");
}
