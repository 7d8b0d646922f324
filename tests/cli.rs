//! End-to-end tests of `train`, `classify` and `eval` through the binary.

mod common;

use common::{fixture, nkstance};
use predicates::prelude::*;
use predicates::str::contains;

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

#[test]
fn classify_uses_the_embedded_model_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = nkstance(dir.path())
        .args(["classify", "--format", "json"])
        .arg("No pressure comes off until they take real steps toward denuclearisation.")
        .arg("We are ready to talk at any time, without preconditions.")
        .arg("The envoy is expected to arrive in Seoul on Tuesday.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = json_lines(&out);
    let labels: Vec<&str> = rows.iter().map(|r| r["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["hardline", "conciliatory", "neutral"]);
    for row in &rows {
        let p = &row["probabilities"];
        let sum: f64 = ["conciliatory", "hardline", "neutral"]
            .iter()
            .map(|k| p[k].as_f64().unwrap())
            .sum();
        assert!((sum - 1.0).abs() < 1e-9);
        let score = row["score"].as_f64().unwrap();
        assert!(
            (score - (p["conciliatory"].as_f64().unwrap() - p["hardline"].as_f64().unwrap())).abs()
                < 1e-12
        );
    }
}

#[test]
fn classify_reads_standard_input_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = nkstance(dir.path())
        .args(["classify", "--format", "jsonl"])
        .write_stdin("Sanctions will be tightened after the launch.\n\n  \nTalks could resume next month, officials hope.\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn classify_survives_invalid_utf8_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args(["classify", "--format", "csv"])
        .write_stdin(b"We will talk \xff\xfe anytime.\n".to_vec())
        .assert()
        .success()
        .stdout(contains("label,score,conciliatory,hardline,neutral,text"))
        .stderr(contains("stdin line 1 is not valid UTF-8"));
}

#[test]
fn classify_with_nothing_to_label_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .arg("classify")
        .write_stdin("\n \n")
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn explain_lists_the_features_behind_a_label() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args([
            "classify",
            "--explain",
            "--top",
            "3",
            "We will never accept talks while the threats go on.",
        ])
        .assert()
        .success()
        .stdout(
            contains("hardline").and(predicate::str::is_match(r"\n    [+-]\d\.\d{3}  \S").unwrap()),
        );
}

#[test]
fn a_missing_or_broken_model_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args(["classify", "--model", "nope.model", "x"])
        .assert()
        .code(2)
        .stderr(contains("nkstance: cannot use --model").and(contains("nope.model")));
    std::fs::write(
        dir.path().join("broken.model"),
        b"{\"format_version\":1,\"checksum\":",
    )
    .unwrap();
    nkstance(dir.path())
        .args(["classify", "--model", "broken.model", "x"])
        .assert()
        .code(2)
        .stderr(contains(
            "model broken.model: not a readable nkstance model, truncated or corrupt",
        ));
}

#[test]
fn train_then_classify_with_the_new_model() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args([
            "train",
            "--min-df",
            "1",
            "--folds",
            "3",
            "--model",
            "small.model",
            "--data",
        ])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .success()
        .stdout(contains("grouped 3-fold cross-validation").and(contains("macro-F1")))
        .stderr(contains("training on 30 statements"));
    nkstance(dir.path())
        .args([
            "classify",
            "--model",
            "small.model",
            "--format",
            "json",
            "Sanctions will be tightened again.",
        ])
        .assert()
        .success()
        .stdout(contains("\"label\":\"hardline\""));
}

#[test]
fn naive_bayes_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args([
            "train",
            "--algorithm",
            "naive-bayes",
            "--min-df",
            "1",
            "--folds",
            "0",
            "--model",
            "nb.model",
            "--data",
        ])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .success();
    assert!(dir.path().join("nb.model").exists());
}

#[test]
fn a_malformed_training_line_names_file_and_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(fixture("train_small.jsonl")).unwrap();
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(4, "{\"id\": \"x\", \"text\": \"half a line");
    std::fs::write(dir.path().join("bad.jsonl"), lines.join("\n")).unwrap();
    std::fs::write(dir.path().join("old.model"), b"previous model").unwrap();
    nkstance(dir.path())
        .args(["train", "--data", "bad.jsonl", "--model", "old.model"])
        .assert()
        .code(2)
        .stderr(contains(
            "bad.jsonl:5: invalid statement: EOF while parsing a string",
        ));
    assert_eq!(
        std::fs::read(dir.path().join("old.model")).unwrap(),
        b"previous model"
    );
}

#[test]
fn an_unknown_label_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("train_small.jsonl"))
        .unwrap()
        .replacen("\"hardline\"", "\"hawkish\"", 1);
    std::fs::write(dir.path().join("labels.jsonl"), text).unwrap();
    nkstance(dir.path())
        .args(["train", "--data", "labels.jsonl", "--model", "m.model"])
        .assert()
        .code(2)
        .stderr(contains(
            "labels.jsonl:11: invalid statement: unknown variant `hawkish`",
        ));
    assert!(!dir.path().join("m.model").exists());
}

#[test]
fn bad_hyper_parameters_name_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args(["train", "--l2=-3", "--data"])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .code(2)
        .stderr(contains("invalid parameter: l2 must be finite and >= 0"));
    nkstance(dir.path())
        .args(["classify", "--format", "xml", "x"])
        .assert()
        .code(2)
        .stderr(contains("--format"));
}

#[test]
fn eval_cross_validates_and_reports_per_class_figures() {
    let dir = tempfile::tempdir().unwrap();
    let out = nkstance(dir.path())
        .args([
            "eval",
            "--folds",
            "3",
            "--min-df",
            "1",
            "--format",
            "json",
            "--write-folds",
            "folds.jsonl",
            "--data",
        ])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(report["folds"], 3);
    assert_eq!(report["overall"]["classes"].as_array().unwrap().len(), 3);
    assert_eq!(
        report["overall"]["confusion"]["matrix"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let folds = std::fs::read_to_string(dir.path().join("folds.jsonl")).unwrap();
    assert_eq!(folds.lines().count(), 30);
}

#[test]
fn eval_refuses_more_folds_than_source_batches() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args(["eval", "--folds", "4", "--data"])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .code(2)
        .stderr(contains("4 folds need at least 4 source batches, found 3"));
}

#[test]
fn eval_on_a_held_out_file_uses_the_shipped_model() {
    let dir = tempfile::tempdir().unwrap();
    nkstance(dir.path())
        .args(["eval", "--test"])
        .arg(fixture("train_small.jsonl"))
        .assert()
        .success()
        .stdout(contains("held-out test (30 statements)").and(contains("hard cases only")));
}
