//! The shipped model is exactly what `nkstance train` makes from the shipped
//! corpus, and survives save → load → save unchanged.

mod common;

use common::{nkstance, repo};

#[test]
fn retraining_reproduces_the_shipped_model_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("retrained.model");
    nkstance(dir.path())
        .args(["train", "--data"])
        .arg(repo("training-data/batches"))
        .arg("--model")
        .arg(&out)
        .args(nkstance_shipped_flags())
        .assert()
        .success();
    let shipped = std::fs::read(repo("models/nkstance.model")).unwrap();
    let retrained = std::fs::read(&out).unwrap();
    assert!(
        shipped == retrained,
        "models/nkstance.model differs from a fresh `nkstance train` (see models/README.md)"
    );
}

/// The flags models/README.md documents for the shipped model.
fn nkstance_shipped_flags() -> Vec<String> {
    let readme = std::fs::read_to_string(repo("models/README.md")).unwrap();
    let line = readme
        .lines()
        .find(|l| l.trim_start().starts_with("nkstance train"))
        .expect("models/README.md gives the training command");
    line.split_whitespace()
        .skip(2)
        .take_while(|w| !w.starts_with("--data") && !w.starts_with("--model"))
        .map(str::to_string)
        .collect()
}

#[test]
fn shipped_model_round_trips_through_the_library() {
    let bytes = std::fs::read(repo("models/nkstance.model")).unwrap();
    let model = nkstance::StanceModel::from_bytes(&bytes, "models/nkstance.model").unwrap();
    assert_eq!(model.to_bytes(), bytes);
    let embedded = nkstance::StanceModel::embedded().to_bytes();
    assert_eq!(embedded, bytes, "the binary embeds models/nkstance.model");
}
