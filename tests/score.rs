//! End-to-end tests of `score` and `report` through the binary: every input
//! format, the JSON schemas, offsets, thread-count invariance, the officials
//! file and the HTML page.

mod common;

use common::{fixture, nkstance};
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

fn articles_dir() -> std::path::PathBuf {
    fixture("articles")
}

#[test]
fn score_jsonl_gives_one_object_per_article_with_exact_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture("articles/2018-01-09_panmunjom_talks.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl"])
            .arg(&path),
    );
    let article: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(article["date"], "2018-01-09");
    let statements = article["statements"].as_array().unwrap();
    assert!(statements.len() >= 10);
    for s in statements {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
        for key in [
            "speaker",
            "role",
            "country",
            "kind",
            "label",
            "score",
            "probabilities",
        ] {
            assert!(s.get(key).is_some(), "missing {key}");
        }
    }
}

#[test]
fn score_reads_html_and_json_lines_collections() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl"])
            .arg(fixture("articles/dmz_handshake.html"))
            .arg(fixture("articles/collection.jsonl")),
    );
    let articles: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(articles.len(), 4);
    assert!(
        articles[1]["source"]
            .as_str()
            .unwrap()
            .ends_with("collection.jsonl#1")
    );
    assert_eq!(articles[1]["date"], "2018-08-20");
    assert!(
        articles
            .iter()
            .all(|a| !a["statements"].as_array().unwrap().is_empty())
    );
    assert!(
        !out.contains("Most read"),
        "navigation clutter leaked into the article"
    );
}

#[test]
fn score_reads_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Talks resume\n\n“We will never give up our deterrent,” Vice Minister Ri Chol Su said on Monday.\n";
    let out = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "csv", "-"])
            .write_stdin(text),
    );
    assert!(out.starts_with("source,date,speaker,role,country,kind,start,end,label"));
    assert!(out.contains("Ri Chol Su"), "{out}");
    assert!(out.contains(",direct,"), "{out}");
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let one = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl", "--threads", "1"])
            .arg(articles_dir()),
    );
    let two = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl", "--threads", "2"])
            .arg(articles_dir()),
    );
    let eight = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl", "--threads", "8"])
            .arg(articles_dir()),
    );
    assert_eq!(one, two);
    assert_eq!(one, eight);
    assert_eq!(one.lines().count(), 18);
}

#[test]
fn seed_style_article_credits_each_quote_to_its_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Envoys meet\n\nUS Special Envoy Laura Brandt said on Tuesday that Washington was ready to talk without preconditions.\n\n\
                \"The door is open,\" Ms Brandt told reporters. \"But sanctions stay until they act.\"\n\n\
                North Korea's Vice Foreign Minister Pak Chol Jin dismissed the offer. \"We will never negotiate away our nuclear deterrent,\" Pak said.\n";
    let out = stdout_of(
        nkstance(dir.path())
            .args(["score", "--format", "jsonl", "-"])
            .write_stdin(text),
    );
    let article: Value = serde_json::from_str(out.trim()).unwrap();
    let credited: Vec<(String, String)> = article["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["speaker"].as_str().unwrap_or("-").to_string(),
                s["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let speaker_of = |needle: &str| {
        credited
            .iter()
            .find(|(_, t)| t.contains(needle))
            .map(|(s, _)| s.as_str())
    };
    assert_eq!(
        speaker_of("The door is open"),
        Some("Laura Brandt"),
        "{credited:?}"
    );
    assert_eq!(
        speaker_of("But sanctions stay"),
        Some("Laura Brandt"),
        "{credited:?}"
    );
    assert_eq!(
        speaker_of("never negotiate away"),
        Some("Pak Chol Jin"),
        "{credited:?}"
    );
}

#[test]
fn report_json_has_the_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout_of(
        nkstance(dir.path())
            .args(["report", "--format", "json"])
            .arg(articles_dir()),
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let officials = report["officials"].as_array().unwrap();
    assert!(officials.len() >= 10);
    let hale = officials
        .iter()
        .find(|o| o["name"] == "Martha Hale")
        .expect("Martha Hale is reported");
    for key in [
        "role",
        "country",
        "statements",
        "counts",
        "stance",
        "score",
        "interval",
        "evidence",
        "timeline",
    ] {
        assert!(hale.get(key).is_some(), "missing {key}");
    }
    assert!(
        hale["timeline"].as_array().unwrap().len() >= 2,
        "dated articles give a monthly trend"
    );
    let interval = hale["interval"].as_array().unwrap();
    let score = hale["score"].as_f64().unwrap();
    assert!(interval[0].as_f64().unwrap() <= score && score <= interval[1].as_f64().unwrap());
}

#[test]
fn an_officials_file_merges_aliases_and_sets_roles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("officials.jsonl"),
        "{\"name\": \"Deputy Secretary Hale\", \"aliases\": [\"Martha Hale\"], \"role\": \"deputy secretary\", \"country\": \"United States\"}\n",
    )
    .unwrap();
    let out = stdout_of(
        nkstance(dir.path())
            .args([
                "report",
                "--format",
                "csv",
                "--officials",
                "officials.jsonl",
            ])
            .arg(articles_dir()),
    );
    assert!(
        out.contains("Deputy Secretary Hale,deputy secretary,United States,"),
        "{out}"
    );
    assert!(!out.lines().any(|l| l.starts_with("Martha Hale,")));
}

#[test]
fn html_report_is_self_contained_and_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Hostile\n\n\"<script>alert(1)</script><img src=x onerror=alert(2)> We will strike,\" General Ko Man-sik said.\n";
    let out = stdout_of(
        nkstance(dir.path())
            .args(["report", "--format", "html", "-"])
            .write_stdin(text),
    );
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(
        out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
    assert!(
        !out.contains("<img"),
        "markup from the article reached the page"
    );
    assert!(
        !out.contains("src=\"http") && !out.contains("href=\"http"),
        "the page must not load anything"
    );
}

#[test]
fn nothing_found_exits_1_and_a_bad_input_exits_2_after_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("plain.txt"),
        "A quiet day.\n\nNothing was said by anyone.\n",
    )
    .unwrap();
    nkstance(dir.path())
        .args(["report", "plain.txt"])
        .assert()
        .code(1);
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    nkstance(dir.path())
        .args(["score", "--format", "jsonl", "empty.txt"])
        .arg(fixture("articles/2018-01-09_panmunjom_talks.txt"))
        .assert()
        .code(2)
        .stderr(contains("empty.txt").and(contains("empty article")))
        .stdout(contains("panmunjom"));
}
