//! The gold fixtures end to end: every article in tests/fixtures/articles
//! parses, gets its gold date, and keeps every gold statement verbatim
//! (which, for HTML, checks that the paragraphs survive and entities are
//! decoded); the decoy quote in the "Most read" box does not survive.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Article, Format, Limits, parse, read_inputs};

/// Quoted in every HTML fixture's "Most read" box, outside `<article>`.
const DECOY: &str = "We are ready for anything";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles")
}

/// The article a gold file describes: `NAME.ext`, or `NAME.jsonl#N`.
fn load(reference: &str) -> Article {
    let (file, line) = match reference.split_once('#') {
        Some((file, n)) => (file, n.parse::<usize>().unwrap()),
        None => (reference, 1),
    };
    let path = fixtures().join(file);
    let bytes = fs::read(&path).unwrap();
    let format = Format::from_path(&path).unwrap();
    let mut articles = parse(file, &bytes, format, &Limits::default());
    assert!(
        line <= articles.len(),
        "{reference}: only {} articles",
        articles.len()
    );
    articles
        .swap_remove(line - 1)
        .unwrap_or_else(|e| panic!("{reference}: {e}"))
}

#[test]
fn gold_dates_and_statements() {
    let mut golds: Vec<_> = fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(golds.len() >= 18, "only {} gold files", golds.len());
    for gold_path in golds {
        let gold: Value = serde_json::from_slice(&fs::read(&gold_path).unwrap()).unwrap();
        let reference = gold["article"].as_str().unwrap();
        let article = load(reference);
        assert_eq!(
            article.date.as_deref(),
            gold["date"].as_str(),
            "{reference}: date"
        );
        let statements = gold["statements"].as_array().unwrap();
        assert!(!statements.is_empty(), "{reference}: no statements");
        for statement in statements {
            let text = statement["text"].as_str().unwrap();
            assert!(
                article.text.contains(text),
                "{reference}: statement not found verbatim: {text:?}"
            );
        }
        if reference.ends_with(".html") {
            assert!(
                !article.text.contains(DECOY),
                "{reference}: kept the Most read box"
            );
            assert!(
                !article.text.contains("Wire World News"),
                "{reference}: kept the masthead or footer"
            );
            assert!(article.title.is_some(), "{reference}: no headline");
        }
    }
}

#[test]
fn reading_the_fixture_folder_gives_every_article() {
    let mut articles = Vec::new();
    read_inputs(&[fixtures()], &Limits::default(), |r| articles.push(r));
    let ok: Vec<_> = articles.iter().filter_map(|r| r.as_ref().ok()).collect();
    // 12 text files, 3 HTML pages, 3 JSON lines.
    assert_eq!(
        ok.len(),
        articles.len(),
        "errors: {:?}",
        articles.iter().filter(|r| r.is_err()).collect::<Vec<_>>()
    );
    assert_eq!(
        ok.iter()
            .filter(|a| a.origin.contains("collection.jsonl#"))
            .count(),
        3
    );
    assert!(
        ok.windows(2).all(|w| w[0].origin < w[1].origin),
        "not sorted"
    );
}

#[test]
fn seed_article_parses() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_885b5a4ea241d2ab.txt");
    let Ok(bytes) = fs::read(&seed) else {
        eprintln!("skipped: {} not present", seed.display());
        return;
    };
    let article = parse("seed.txt", &bytes, Format::Text, &Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(
        article.title.as_deref(),
        Some("US open for talks without preconditions with North Korea")
    );
    // The "10 February 2018" in a photo caption is prose, not a dateline.
    assert_eq!(article.date, None);
    assert!(article.text.contains("Mike Pence"));
}
