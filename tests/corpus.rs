//! The shipped training corpus keeps the promises of training-data/README.md:
//! size, label balance, hard-case share, schema, and no shared 8-word runs.

mod common;

use common::repo;
use nkstance::Stance;
use nkstance::model::Dataset;
use std::collections::HashMap;

fn corpus() -> Dataset {
    Dataset::load(&repo("training-data/batches")).expect("the shipped corpus loads")
}

#[test]
fn has_at_least_3000_statements_and_no_label_under_25_percent() {
    let data = corpus();
    let n = data.statements().len();
    assert!(n >= 3000, "only {n} statements");
    for label in Stance::ALL {
        let share = data.label_counts()[label.index()] as f64 / n as f64;
        assert!(share >= 0.25, "{label} is {share:.3} of the corpus");
    }
}

#[test]
fn at_least_a_quarter_are_hard_cases() {
    let data = corpus();
    let hard = data.statements().iter().filter(|s| s.hard).count();
    assert!(hard * 4 >= data.statements().len(), "{hard} hard cases");
}

#[test]
fn every_statement_has_a_role_country_and_source() {
    for s in corpus().statements() {
        assert!(
            !s.speaker_role.trim().is_empty() && !s.country.trim().is_empty(),
            "{}",
            s.id
        );
        assert!(
            s.id.starts_with(&s.source),
            "{} is not in batch {}",
            s.id,
            s.source
        );
    }
}

#[test]
fn no_two_statements_share_an_8_word_run() {
    let mut first: HashMap<Vec<String>, String> = HashMap::new();
    let mut clashes = Vec::new();
    for s in corpus().statements() {
        let words: Vec<String> = s.text.split_whitespace().map(str::to_lowercase).collect();
        for run in words.windows(8) {
            if let Some(other) = first.get(run) {
                if other != &s.id {
                    clashes.push(format!("{} ~ {}: {}", s.id, other, run.join(" ")));
                }
            } else {
                first.insert(run.to_vec(), s.id.clone());
            }
        }
    }
    assert!(clashes.is_empty(), "{clashes:#?}");
}

#[test]
fn held_out_statements_share_no_8_word_run_with_training() {
    let heldout = Dataset::load(&repo("training-data/heldout")).expect("held-out set loads");
    let mut runs = std::collections::HashSet::new();
    for s in corpus().statements() {
        let words: Vec<String> = s.text.split_whitespace().map(str::to_lowercase).collect();
        runs.extend(words.windows(8).map(<[String]>::to_vec));
    }
    for s in heldout.statements() {
        let words: Vec<String> = s.text.split_whitespace().map(str::to_lowercase).collect();
        assert!(
            !words.windows(8).any(|run| runs.contains(run)),
            "{} overlaps the training corpus",
            s.id
        );
    }
}
