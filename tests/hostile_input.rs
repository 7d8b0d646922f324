//! Hostile inputs through the binary: every case pins the exit code (0
//! results, 1 nothing found, 2 error or some input skipped), what stderr
//! says, and what was or was not written. Large inputs are generated in
//! temporary folders at test time and deleted with them.

mod common;

use common::nkstance;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

/// A short article with one attributed direct quote.
const GOOD: &str = "Seoul offers talks\n\n\u{201C}We will never talk to them while the threats go on,\u{201D} Defence Minister Oh Min-jae said on Monday.\n";

/// The speaker the extractor credits in [`GOOD`].
const GOOD_SPEAKER: &str = "Oh Min-jae";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs `nkstance args…` in `dir`, stdin closed, and returns its output.
fn run(dir: &Path, args: &[&str]) -> Output {
    nkstance(dir)
        .args(args)
        .write_stdin(Vec::new())
        .output()
        .unwrap()
}

/// Runs `nkstance score --format jsonl <inputs>` in `dir`.
fn score(dir: &Path, inputs: &[&str]) -> Output {
    let mut args = vec!["score", "--format", "jsonl"];
    args.extend_from_slice(inputs);
    run(dir, &args)
}

/// A fresh folder holding one file.
fn folder_with(name: &str, bytes: impl AsRef<[u8]>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), name, bytes);
    dir
}

/// Writes one file into a fresh folder and scores it; the folder lives as
/// long as the returned handle.
fn score_one(name: &str, bytes: impl AsRef<[u8]>) -> (tempfile::TempDir, Output) {
    let dir = folder_with(name, bytes);
    let out = score(dir.path(), &[name]);
    (dir, out)
}

/// [`score_one`], asserting that scoring (not writing) takes under 20 s.
fn score_quickly(name: &str, bytes: impl AsRef<[u8]>) -> (tempfile::TempDir, Output) {
    let dir = folder_with(name, bytes);
    let started = Instant::now();
    let out = score(dir.path(), &[name]);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(20), "took {took:?}");
    (dir, out)
}

/// The articles of `score --format jsonl` output.
fn articles(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON article per line"))
        .collect()
}

/// Speakers of all statements of `score --format jsonl` output, in order.
fn speakers(out: &Output) -> Vec<String> {
    articles(out)
        .iter()
        .flat_map(|a| a["statements"].as_array().unwrap().clone())
        .map(|s| s["speaker"].as_str().unwrap_or("(none)").to_string())
        .collect()
}

/// Asserts the exit code and that stderr contains every fragment, showing
/// both streams on failure.
#[track_caller]
fn assert_run(out: &Output, code: i32, stderr_has: &[&str]) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit code\nstderr: {err}\nstdout: {}",
        stdout(out)
    );
    for fragment in stderr_has {
        assert!(err.contains(fragment), "stderr lacks {fragment:?}:\n{err}");
    }
}

/// Asserts a clean run (exit 0) in which the well-formed quote's speaker was found.
#[track_caller]
fn assert_good_speaker_found(out: &Output) {
    assert_run(out, 0, &[]);
    let found = speakers(out);
    assert!(found.contains(&GOOD_SPEAKER.to_string()), "{found:?}");
}

/// Asserts stderr has exactly `n` "skipped" warnings.
#[track_caller]
fn assert_skipped(out: &Output, n: usize) {
    let err = stderr(out);
    assert_eq!(err.matches("nkstance: skipped ").count(), n, "{err}");
}

/// Names of the entries of `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Little-endian UTF-16 with its byte-order mark.
fn utf16le(text: &str) -> Vec<u8> {
    [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

fn utf16be(text: &str) -> Vec<u8> {
    [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect()
}

/// The shipped model's bytes.
fn shipped_model() -> Vec<u8> {
    fs::read(common::repo("models/nkstance.model")).unwrap()
}

// ---------------------------------------------------------------- encodings

#[test]
fn invalid_utf8_article_is_skipped_naming_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "latin1.txt",
        b"Caf\xE9 talks\n\nThe minister said nothing.\n",
    );
    let out = score(dir.path(), &["latin1.txt"]);
    assert_run(
        &out,
        2,
        &["nkstance: skipped latin1.txt: not valid UTF-8 text at byte 3; convert it to UTF-8"],
    );
    assert_eq!(stdout(&out), "");
}

/// One bad file must not stop the others: they are scored, and the exit code
/// still says something was skipped.
#[test]
fn invalid_utf8_beside_a_good_article_still_scores_the_good_one() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/a_bad.txt", b"\xC3\x28 broken\n");
    write(dir.path(), "in/b_good.txt", GOOD);
    let out = score(dir.path(), &["in"]);
    assert_run(&out, 2, &["a_bad.txt: not valid UTF-8 text at byte 0"]);
    assert_skipped(&out, 1);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

#[test]
fn utf16_little_endian_with_bom_is_decoded() {
    let (_dir, out) = score_one("le.txt", utf16le(GOOD));
    assert_run(&out, 0, &[]);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
    assert_eq!(articles(&out)[0]["title"], "Seoul offers talks");
}

#[test]
fn utf16_big_endian_html_with_bom_is_decoded() {
    let page = format!(
        "<html><body><article><p>{}</p></article></body></html>",
        GOOD.replace("\n\n", "</p><p>")
    );
    let (_dir, out) = score_one("be.html", utf16be(&page));
    assert_run(&out, 0, &[]);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

#[test]
fn utf16_with_an_odd_byte_count_is_refused_as_truncated() {
    let mut bytes = utf16le(GOOD);
    bytes.push(b'x');
    let (_dir, out) = score_one("odd.txt", bytes);
    assert_run(
        &out,
        2,
        &["skipped odd.txt: UTF-16 text with an odd number of bytes (truncated?)"],
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn utf16_with_a_lone_surrogate_is_refused() {
    let mut bytes = utf16le("Talks");
    bytes.extend_from_slice(&[0x00, 0xD8, 0x41, 0x00]);
    let (_dir, out) = score_one("surrogate.txt", bytes);
    assert_run(
        &out,
        2,
        &["skipped surrogate.txt: not valid UTF-16 text near character 5; convert it to UTF-8"],
    );
}

#[test]
fn nul_bytes_mean_a_binary_file_not_an_article() {
    let mut bytes = GOOD.as_bytes().to_vec();
    bytes.splice(10..10, [0u8, 0, 0, 1, 2]);
    let (_dir, out) = score_one("nul.txt", bytes);
    assert_run(&out, 2, &["skipped nul.txt: binary file, not an article"]);
    assert_eq!(stdout(&out), "");
}

/// Invalid UTF-8 and NUL bytes on standard input, sniffed: the same messages, named `-`.
#[test]
fn binary_on_standard_input_is_refused_naming_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = nkstance(dir.path())
        .args(["score", "--format", "jsonl", "-"])
        .write_stdin(b"\x7FELF\x02\x01\x01\x00\x00\x00binary".to_vec())
        .output()
        .unwrap();
    assert_run(
        &out,
        2,
        &["nkstance: skipped -: binary file, not an article"],
    );
}

// ---------------------------------------------------------------- sizes and shapes

/// 100 MB on one line: refused before being read (the file size is over the
/// 32 MiB article limit), with the flag that raises the limit.
#[test]
fn hundred_megabytes_without_a_newline_is_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = fs::File::create(&path).unwrap();
    // Sparse where the file system allows: no 100 MB really written.
    file.set_len(100_000_000).unwrap();
    drop(file);
    let started = Instant::now();
    let out = score(dir.path(), &["huge.txt"]);
    assert_run(
        &out,
        2,
        &[
            "skipped huge.txt: article is 100000000 bytes, over the limit of 33554432 bytes; raise it with --max-article-bytes",
        ],
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

/// The same 100 MB line as a JSON Lines collection: streamed, the line is
/// refused (only the first 32 MiB + 1 bytes are kept) and the good line
/// after it still comes through.
#[test]
fn hundred_megabyte_json_line_is_refused_and_the_next_line_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.jsonl");
    {
        use std::io::Write;
        let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        file.write_all(b"{\"text\": \"").unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..95 {
            file.write_all(&chunk).unwrap();
        }
        file.write_all(b"\"}\n").unwrap();
        writeln!(file, "{}", serde_json::json!({ "text": GOOD })).unwrap();
    }
    let out = score(dir.path(), &["huge.jsonl"]);
    assert_run(
        &out,
        2,
        &["skipped huge.jsonl:1: article is 99614732 bytes, over the limit of 33554432 bytes"],
    );
    assert_skipped(&out, 1);
    assert_eq!(articles(&out)[0]["source"], "huge.jsonl#2");
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

/// An endless device named on the command line is read only up to the limit.
#[cfg(target_os = "linux")]
#[test]
fn endless_device_is_read_only_up_to_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["score", "--max-article-bytes", "100000", "/dev/zero"],
    );
    assert_run(
        &out,
        2,
        &["skipped /dev/zero: article is 100001 bytes, over the limit of 100000 bytes"],
    );
}

/// Two megabytes of words without a newline or a full stop, the limit
/// raised: the splitter cuts it into bounded pieces and finishes quickly.
#[test]
fn megabytes_of_text_without_punctuation_finish() {
    let body = "talks sanctions pressure dialogue ".repeat(60_000);
    let (_dir, out) = score_quickly("run_on.txt", format!("Title\n\n{body}"));
    assert_run(&out, 1, &[]);
    assert_eq!(articles(&out)[0]["statements"], serde_json::json!([]));
}

/// 10,000 opening quotes, then 10,000 closing ones: no stack overflow, no
/// quadratic blow-up.
#[test]
fn ten_thousand_nested_quotes_finish() {
    let text = format!(
        "Nested\n\n{}We will talk{}, Defence Minister Oh Min-jae said.\n",
        "\u{201C}".repeat(10_000),
        "\u{201D}".repeat(10_000)
    );
    let (_dir, out) = score_quickly("nested.txt", text);
    // Marks nested 10,000 deep are not a quote the extractor accepts, and the
    // bare attribution left over is no statement: nothing found, exit 1, quickly.
    assert_run(&out, 1, &[]);
    assert_eq!(stderr(&out), "");
    assert!(speakers(&out).is_empty());
}

/// The same with straight quotes, which open and close alike.
#[test]
fn ten_thousand_straight_quotes_finish() {
    let text = format!(
        "Nested\n\n{}We will talk, Oh Min-jae said.\n",
        "\" '".repeat(10_000)
    );
    let (_dir, out) = score_quickly("straight.txt", text);
    // Straight marks pair up into one 30 KB "quote": over --max-statement-bytes, so it is
    // skipped with a warning naming the file, and the exit code says so.
    assert_run(
        &out,
        2,
        &["straight.txt: skipped 1 statement(s) longer than 2000 bytes"],
    );
    assert!(speakers(&out).is_empty());
}

/// A quote opened and never closed must not swallow the rest of the
/// article: the well-formed quote in the next paragraph is still found.
#[test]
fn unbalanced_quote_does_not_hide_the_next_paragraph() {
    let text = format!(
        "Unbalanced\n\n\u{201C}We are ready, the spokesman began, and never finished.\n\n{}",
        &GOOD[20..]
    );
    let (_dir, out) = score_one("unbalanced.txt", text);
    assert_good_speaker_found(&out);
}

/// A closing quote with no opening one, stray marks everywhere.
#[test]
fn stray_closing_quotes_are_harmless() {
    let text = format!(
        "Stray\n\n\u{201D} \u{201D} \" \u{2019}\u{2019} \u{00BB}\n\n{}",
        &GOOD[20..]
    );
    let (_dir, out) = score_one("stray.txt", text);
    assert_good_speaker_found(&out);
}

/// Regression (found by the property tests, fixed in src/quotes): a quote
/// opened more than 400 bytes into a paragraph of accented text; the
/// look-back for "X said: “…”" must start on a character boundary.
#[test]
fn multibyte_text_before_a_quote_does_not_crash() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "accents.txt",
        format!(
            "T\n\n{} \u{201C}We will talk to them at any time now.\u{201D}\n",
            "é".repeat(250)
        ),
    );
    write(dir.path(), "ok.txt", GOOD);
    let out = score(dir.path(), &["accents.txt", "ok.txt"]);
    assert_run(&out, 0, &[]);
    assert_eq!(stderr(&out), "");
    assert_eq!(speakers(&out).last().unwrap(), GOOD_SPEAKER);
}

/// Regression (found by fuzzing, fixed in src/quotes): the same after a
/// quote; the look-ahead for "…,” X said" must end on a character boundary.
#[test]
fn multibyte_text_after_a_quote_does_not_crash() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "accents.txt",
        format!(
            "T\n\n\u{201C}We will talk to them at any time now,\u{201D} {}\n",
            "é".repeat(250)
        ),
    );
    let out = score(dir.path(), &["accents.txt"]);
    assert_run(&out, 0, &[]);
    assert_eq!(stderr(&out), "");
    assert_eq!(
        articles(&out)[0]["statements"][0]["text"],
        "We will talk to them at any time now"
    );
}

/// 100,000 nested `<div>`s would take the HTML parser about a minute: refused up front.
#[test]
fn html_bomb_of_nested_tags_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let page = format!(
        "<html><body>{}<p>{GOOD}</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    write(dir.path(), "bomb.html", page);
    write(dir.path(), "ok.txt", GOOD);
    let started = Instant::now();
    let out = score(dir.path(), &["bomb.html", "ok.txt"]);
    assert_run(&out, 2, &["skipped bomb.html: ", "nested"]);
    assert_skipped(&out, 1);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

/// Unclosed tags nest as deep as closed ones; hiding them in a comment or a
/// script does not.
#[test]
fn html_bomb_of_unclosed_tags_is_refused_but_markup_in_script_is_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "unclosed.html",
        format!("<html><body>{}<p>x</p>", "<span><b>".repeat(20_000)),
    );
    write(
        dir.path(),
        "script.html",
        format!(
            "<html><body><script>{}</script><!-- {} --><p>{GOOD}</p></body></html>",
            "<div>".repeat(5_000),
            "<div>".repeat(5_000)
        ),
    );
    let out = score(dir.path(), &["unclosed.html", "script.html"]);
    assert_run(&out, 2, &["skipped unclosed.html: ", "nested"]);
    assert_skipped(&out, 1);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

#[test]
fn html_page_without_text_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "empty.html",
        "<!DOCTYPE html><html><head><title>x</title><script>var a;</script></head><body><nav></nav></body></html>",
    );
    let out = score(dir.path(), &["empty.html"]);
    assert_run(
        &out,
        2,
        &["skipped empty.html: no article text found in HTML"],
    );
}

// ---------------------------------------------------------------- JSON Lines

#[test]
fn json_lines_with_one_broken_line_scores_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let good = serde_json::json!({ "id": "a", "text": GOOD }).to_string();
    write(
        dir.path(),
        "c.jsonl",
        format!("{good}\n{{\"id\": \"b\", \"text\": \"unterminated\n{good}\n"),
    );
    let out = score(dir.path(), &["c.jsonl"]);
    assert_run(
        &out,
        2,
        &["nkstance: skipped c.jsonl:2: invalid JSON: EOF while parsing a string at line 1 column"],
    );
    assert_skipped(&out, 1);
    let sources: Vec<_> = articles(&out)
        .iter()
        .map(|a| a["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources, ["c.jsonl#1", "c.jsonl#3"]);
}

/// Each wrong record shape has its own message naming the line.
#[test]
fn json_lines_records_of_the_wrong_shape_name_their_line() {
    let lines = [
        "[1, 2, 3]".to_string(),
        "{\"title\": \"no text\"}".into(),
        "{\"text\": 42}".into(),
        "{\"text\": \"   \"}".into(),
        serde_json::json!({ "text": GOOD, "date": "yesterday" }).to_string(),
        serde_json::json!({ "text": GOOD, "id": ["x"] }).to_string(),
        "\u{FEFF}".into(),
        "".into(),
        serde_json::json!({ "text": GOOD, "date": "2018-04-27" }).to_string(),
    ];
    let (_dir, out) = score_one("shapes.jsonl", lines.join("\r\n"));
    assert_run(
        &out,
        2,
        &[
            "shapes.jsonl:1: expected a JSON object with a \"text\" field, found an array",
            "shapes.jsonl:2: missing \"text\" field (the article text, a string)",
            "shapes.jsonl:3: \"text\" must be a string, found a number",
            "shapes.jsonl:4: empty article",
            "shapes.jsonl:5: \"date\" \"yesterday\" is not a date; use YYYY-MM-DD",
            "shapes.jsonl:6: \"id\" must be a string, found an array",
        ],
    );
    // The U+FEFF line (not at the start of the file) is not white space to JSON.
    assert_skipped(&out, 7);
    let got = articles(&out);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["source"], "shapes.jsonl#9");
    assert_eq!(got[0]["date"], "2018-04-27");
}

/// A pretty-printed JSON document saved as .json is not JSON Lines: every
/// line is reported, nothing is scored, and the exit code says so.
#[test]
fn pretty_printed_json_is_not_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "pretty.json",
        "{\n  \"text\": \"We will talk.\"\n}\n",
    );
    let out = score(dir.path(), &["pretty.json"]);
    assert_run(
        &out,
        2,
        &[
            "skipped pretty.json:1: invalid JSON",
            "skipped pretty.json:3: invalid JSON",
        ],
    );
    assert_skipped(&out, 3);
    assert_eq!(stdout(&out), "");
}

// ---------------------------------------------------------------- the file system

#[test]
fn empty_folder_finds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    let out = score(dir.path(), &["empty"]);
    assert_run(&out, 1, &[]);
    assert_eq!(stdout(&out), "");
    let out = run(dir.path(), &["report", "empty"]);
    assert_run(&out, 1, &[]);
}

#[test]
fn empty_and_blank_files_are_skipped_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.txt", "");
    write(dir.path(), "blank.txt", " \n\t\r\n\u{3000}\u{A0}");
    write(dir.path(), "bom_only.html", "\u{FEFF}\n");
    let out = score(dir.path(), &["empty.txt", "blank.txt", "bom_only.html"]);
    assert_run(
        &out,
        2,
        &[
            "skipped empty.txt: empty article",
            "skipped blank.txt: empty article",
            "skipped bom_only.html: empty article",
        ],
    );
}

#[test]
fn missing_input_is_skipped_and_the_rest_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", GOOD);
    let out = score(dir.path(), &["missing.txt", "ok.txt"]);
    assert_run(
        &out,
        2,
        &["nkstance: skipped missing.txt: No such file or directory (os error 2)"],
    );
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

/// A folder that links to itself and a link that points at itself: the walk
/// ends, the real article is read once, and the self-link is reported.
#[cfg(unix)]
#[test]
fn symlink_loops_end_and_are_reported() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    write(&root, "sub/a.txt", GOOD);
    symlink(&root, root.join("sub/loop")).unwrap();
    symlink("self.txt", root.join("self.txt")).unwrap();
    let started = Instant::now();
    let out = score(dir.path(), &["in"]);
    assert_run(
        &out,
        2,
        &["skipped in/self.txt: Too many levels of symbolic links (os error 40)"],
    );
    assert_skipped(&out, 1);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// A link to an article that has since been deleted (the file is gone by the
/// time it is read): skipped with the reason, the rest still read.
#[cfg(unix)]
#[test]
fn article_deleted_before_it_is_read_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    write(&root, "b.txt", GOOD);
    let doomed = write(&root, "target.txt", GOOD);
    std::os::unix::fs::symlink(&doomed, root.join("a.txt")).unwrap();
    fs::remove_file(&doomed).unwrap();
    let out = score(dir.path(), &["in"]);
    assert_run(
        &out,
        2,
        &["skipped in/a.txt: No such file or directory (os error 2)"],
    );
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

/// A path through a file (`a.txt/b.txt`) cannot be opened, even by root.
#[test]
fn path_through_a_file_is_skipped_with_the_system_reason() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", GOOD);
    let out = score(dir.path(), &["a.txt/b.txt"]);
    assert_run(
        &out,
        2,
        &["skipped a.txt/b.txt: Not a directory (os error 20)"],
    );
}

/// Whether the file-permission checks apply to this process (not to root).
#[cfg(unix)]
fn permissions_apply(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = write(dir, "probe", "x");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).unwrap();
    let applies = fs::read(&probe).is_err();
    fs::remove_file(probe).unwrap();
    applies
}

/// An unreadable file beside a readable one. Root reads anything, so there
/// the test checks only that both are read.
#[cfg(unix)]
#[test]
fn unreadable_file_is_skipped_and_the_rest_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let secret = write(dir.path(), "in/a_secret.txt", GOOD);
    write(dir.path(), "in/b_open.txt", GOOD);
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let out = score(dir.path(), &["in"]);
    if permissions_apply(dir.path()) {
        assert_run(
            &out,
            2,
            &["skipped in/a_secret.txt: Permission denied (os error 13)"],
        );
        assert_eq!(speakers(&out), [GOOD_SPEAKER]);
    } else {
        assert_run(&out, 0, &[]);
        assert_eq!(speakers(&out), [GOOD_SPEAKER, GOOD_SPEAKER]);
    }
}

/// A named pipe inside a folder must not block the walk waiting for a writer
/// that never comes: it is skipped with a warning naming it.
#[cfg(unix)]
#[test]
fn fifo_in_a_folder_is_skipped_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    write(&root, "b.txt", GOOD);
    let fifo = root.join("a.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let out = nkstance(dir.path())
        .args(["score", "--format", "jsonl", "in"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_run(&out, 2, &["skipped in/a.txt: not a regular file"]);
    assert_skipped(&out, 1);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

/// A named pipe given on the command line is read like standard input
/// (this is how `nkstance score <(curl …)` works).
#[cfg(unix)]
#[test]
fn fifo_named_on_the_command_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let writer = std::thread::spawn({
        let fifo = fifo.clone();
        move || fs::write(fifo, GOOD).unwrap()
    });
    let out = nkstance(dir.path())
        .args(["score", "--format", "jsonl", "pipe"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    writer.join().unwrap();
    assert_run(&out, 0, &[]);
    assert_eq!(speakers(&out), [GOOD_SPEAKER]);
}

// ---------------------------------------------------------------- the HTML report

/// Markup inside quotes reaches the page only as escaped text: the page's one
/// script is its own sorting script, and no attribute comes from an article.
#[test]
fn script_and_onerror_markup_in_quotes_stays_inert_in_the_html_report() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Hostile\n\n\u{201C}<script>alert(1)</script> We will never talk <img src=x onerror=alert(2)> to them \"'><svg onload=alert(3)>,\u{201D} Defence Minister Oh Min-jae said.\n";
    write(dir.path(), "x.txt", hostile);
    let jsonl = serde_json::json!({ "text": hostile.replace("Oh Min-jae", "Kim Yo-jong"), "title": "<script>alert(4)</script>" });
    write(dir.path(), "y.jsonl", jsonl.to_string());
    let out = run(
        dir.path(),
        &["report", "--format", "html", "x.txt", "y.jsonl"],
    );
    assert_run(&out, 0, &[]);
    let page = stdout(&out);
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "quote missing or not escaped"
    );
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    // The page draws its own <svg> charts; an article's <svg onload=…> must not appear.
    for raw in ["<img", "<svg onload", "alert(1)</script>", "<script>alert"] {
        assert!(!page.contains(raw), "raw {raw:?} in the page");
    }
    // Every " onerror=" in the page sits inside the escaped <img …> text.
    for (at, _) in page.match_indices(" onerror=") {
        assert!(
            page[..at].ends_with("&lt;img src=x"),
            "onerror outside escaped text at {at}"
        );
    }
}

// ---------------------------------------------------------------- model files

fn classify_with(dir: &Path, model: &str) -> Output {
    run(
        dir,
        &["classify", "--model", model, "We will never talk to them."],
    )
}

#[test]
fn truncated_model_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = shipped_model();
    write(dir.path(), "half.model", &bytes[..bytes.len() / 2]);
    let out = classify_with(dir.path(), "half.model");
    assert_run(
        &out,
        2,
        &[
            // The parser's detail depends on where the cut falls ("EOF
            // while parsing…", "invalid number…").
            "nkstance: cannot use --model (retrain it with `nkstance train`): model half.model: not a readable nkstance model, truncated or corrupt (",
        ],
    );
    assert_eq!(stdout(&out), "");
}

/// One digit changed inside a weight: still valid JSON, so only the
/// checksum can tell.
#[test]
fn model_with_one_flipped_byte_fails_the_checksum() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = shipped_model();
    let at = bytes.len() - 1000
        + bytes[bytes.len() - 1000..]
            .iter()
            .position(u8::is_ascii_digit)
            .unwrap();
    bytes[at] = if bytes[at] == b'7' { b'3' } else { b'7' };
    write(dir.path(), "flipped.model", &bytes);
    let out = classify_with(dir.path(), "flipped.model");
    assert_run(
        &out,
        2,
        &["model flipped.model: checksum mismatch: the file is corrupt, retrain or restore it"],
    );
    assert_eq!(stdout(&out), "");
}

/// A flipped bit that breaks the JSON or the UTF-8 is refused too, whichever check sees it first.
#[test]
fn model_with_a_flipped_bit_anywhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = shipped_model();
    for (i, at) in [5, 40, 200, bytes.len() / 3, bytes.len() - 2]
        .into_iter()
        .enumerate()
    {
        let mut broken = bytes.clone();
        broken[at] ^= 0x80;
        let name = format!("bit{i}.model");
        write(dir.path(), &name, &broken);
        let out = classify_with(dir.path(), &name);
        assert_run(
            &out,
            2,
            &[&format!(
                "model {name}: not a nkstance model (not UTF-8 text)"
            )],
        );
    }
}

#[test]
fn empty_or_foreign_model_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.model", "");
    write(dir.path(), "article.model", GOOD);
    write(dir.path(), "other.model", "{\"weights\": [1, 2]}");
    let out = classify_with(dir.path(), "empty.model");
    assert_run(
        &out,
        2,
        &["model empty.model: not a readable nkstance model, truncated or corrupt"],
    );
    let out = classify_with(dir.path(), "article.model");
    assert_run(
        &out,
        2,
        &["model article.model: not a readable nkstance model, truncated or corrupt"],
    );
    let out = classify_with(dir.path(), "other.model");
    assert_run(
        &out,
        2,
        &[
            "model other.model: not a readable nkstance model, truncated or corrupt (missing field `format_version`",
        ],
    );
    let out = classify_with(dir.path(), "missing.model");
    assert_run(
        &out,
        2,
        &[
            "cannot use --model (retrain it with `nkstance train`): missing.model: No such file or directory",
        ],
    );
}

#[test]
fn model_from_a_newer_format_asks_for_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(shipped_model()).unwrap().replacen(
        "\"format_version\":1",
        "\"format_version\":2",
        1,
    );
    write(dir.path(), "new.model", text);
    let out = classify_with(dir.path(), "new.model");
    assert_run(
        &out,
        2,
        &[
            "model new.model: format version 2 is newer than this nkstance reads (1): upgrade nkstance",
        ],
    );
}

/// A body whose checksum was recomputed after tampering (so it passes the
/// checksum) but whose sizes disagree: the shape check catches it.
#[test]
fn model_with_a_valid_checksum_but_inconsistent_sizes_is_refused() {
    use sha2::{Digest, Sha256};
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(shipped_model()).unwrap();
    let body_start = text.find("\"model\":").unwrap() + "\"model\":".len();
    let body = &text[body_start..text.len() - 2];
    let tampered = body.replacen("\"vocabulary\":[\"the\",", "\"vocabulary\":[", 1);
    let sum = format!("{:x}", Sha256::digest(tampered.as_bytes()));
    write(
        dir.path(),
        "forged.model",
        format!("{{\"format_version\":1,\"checksum\":\"sha256:{sum}\",\"model\":{tampered}}}\n"),
    );
    let out = classify_with(dir.path(), "forged.model");
    assert_run(&out, 2, &["model forged.model: inconsistent sizes: "]);
}

// ---------------------------------------------------------------- training

/// A training line in the corpus format.
fn line(id: &str, text: &str, label: &str) -> String {
    serde_json::json!({
        "id": id, "text": text, "label": label, "speaker_role": "r", "country": "none", "source": "s", "hard": false
    })
    .to_string()
}

/// Three good lines, one per label.
fn good_lines() -> Vec<String> {
    vec![
        line("s-1", "We are ready to talk at any time.", "conciliatory"),
        line(
            "s-2",
            "Pressure will continue until they disarm.",
            "hardline",
        ),
        line("s-3", "The envoy arrives in Seoul on Tuesday.", "neutral"),
    ]
}

/// `train --folds 0` on `lines` into `dir/out/m.model`, where an old model
/// already sits; asserts the old model is untouched and no temporary file is left.
#[track_caller]
fn train_fails_keeping_old_model(lines: &[String], stderr_has: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "train.jsonl", lines.join("\n") + "\n");
    let old = write(dir.path(), "out/m.model", "old model");
    let out = run(
        dir.path(),
        &[
            "train",
            "--folds",
            "0",
            "--data",
            "train.jsonl",
            "--model",
            "out/m.model",
        ],
    );
    assert_run(&out, 2, stderr_has);
    assert_eq!(fs::read_to_string(&old).unwrap(), "old model");
    assert_eq!(listing(&dir.path().join("out")), ["m.model"]);
}

#[test]
fn training_file_with_a_duplicate_id_writes_nothing() {
    let mut lines = good_lines();
    lines.push(line("s-2", "Another statement.", "neutral"));
    train_fails_keeping_old_model(
        &lines,
        &[
            "nkstance: cannot train: fix the training data: train.jsonl:4: duplicate id \"s-2\" (first at train.jsonl:2)",
        ],
    );
}

#[test]
fn training_file_with_an_unknown_label_writes_nothing() {
    let mut lines = good_lines();
    lines.insert(1, line("s-9", "We might talk.", "dovish"));
    train_fails_keeping_old_model(
        &lines,
        &[
            "cannot train: fix the training data: train.jsonl:2: invalid statement: unknown variant `dovish`",
        ],
    );
}

#[test]
fn training_file_with_an_empty_class_writes_nothing() {
    let lines: Vec<String> = good_lines()
        .into_iter()
        .filter(|l| !l.contains("hardline"))
        .collect();
    train_fails_keeping_old_model(
        &lines,
        &[
            "cannot train: fix the training data: training data: no statement is labelled hardline: every label needs examples",
        ],
    );
}

#[test]
fn training_file_with_nothing_in_it_writes_nothing() {
    train_fails_keeping_old_model(
        &["".into(), "   ".into()],
        &["cannot train: fix the training data: training data: no statements found"],
    );
}

#[test]
fn training_line_with_invalid_utf8_or_bad_json_names_its_line() {
    let mut lines = good_lines();
    lines.push("{\"id\": \"s-4\", \"text\": \"caf\u{FFFD}\"".into());
    train_fails_keeping_old_model(
        &lines,
        &["train.jsonl:4: invalid statement: EOF while parsing an object"],
    );
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = good_lines().join("\n").into_bytes();
    bytes.extend_from_slice(b"\n{\"id\": \"x\xFF\"}\n");
    write(dir.path(), "train.jsonl", bytes);
    let out = run(
        dir.path(),
        &[
            "train",
            "--folds",
            "0",
            "--data",
            "train.jsonl",
            "--model",
            "m.model",
        ],
    );
    assert_run(&out, 2, &["train.jsonl:4: not valid UTF-8"]);
    assert!(!dir.path().join("m.model").exists());
}

#[test]
fn training_line_with_an_empty_text_or_unknown_field_names_its_line() {
    let mut lines = good_lines();
    lines.push(line("s-4", "  ", "neutral"));
    train_fails_keeping_old_model(&lines, &["train.jsonl:4: empty \"text\""]);
    let mut lines = good_lines();
    lines.push(
        lines[0]
            .replace("\"hard\"", "\"speaker\":\"Kim\",\"hard\"")
            .replace("s-1", "s-5"),
    );
    train_fails_keeping_old_model(
        &lines,
        &["train.jsonl:4: invalid statement: unknown field `speaker`"],
    );
}

#[test]
fn training_folder_without_json_lines_files_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "data/notes.txt", "not training data");
    let out = run(
        dir.path(),
        &[
            "train", "--folds", "0", "--data", "data", "--model", "m.model",
        ],
    );
    assert_run(
        &out,
        2,
        &["cannot train: fix the training data: training data: no .jsonl files under data"],
    );
    assert_eq!(listing(dir.path()), ["data"]);
}

/// Makes a folder unwritable even for root (immutable attribute) and
/// restores it on drop so the temporary folder can be removed.
#[cfg(target_os = "linux")]
struct ReadOnlyDir(PathBuf);

#[cfg(target_os = "linux")]
impl ReadOnlyDir {
    /// `None` when this machine offers no way to make a folder read-only for this process.
    fn new(path: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o555)).unwrap();
        let guard = ReadOnlyDir(path.to_path_buf());
        if guard.writable() {
            // Root ignores the mode; the immutable attribute binds root too.
            let _ = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .output();
            if guard.writable() {
                return None;
            }
        }
        Some(guard)
    }

    fn writable(&self) -> bool {
        let probe = self.0.join(".probe");
        let ok = fs::write(&probe, "x").is_ok();
        let _ = fs::remove_file(probe);
        ok
    }
}

#[cfg(target_os = "linux")]
impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .output();
        let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
    }
}

/// Training succeeds but the model folder is read-only: the error names the
/// file, the old model stays byte for byte, no temporary file is left.
#[cfg(target_os = "linux")]
#[test]
fn training_into_a_read_only_folder_leaves_the_old_model_untouched() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "train.jsonl", good_lines().join("\n"));
    let old = write(dir.path(), "ro/m.model", shipped_model());
    let Some(guard) = ReadOnlyDir::new(&dir.path().join("ro")) else {
        eprintln!("no way to make a read-only folder on this machine; nothing to check");
        return;
    };
    let out = run(
        dir.path(),
        &[
            "train",
            "--folds",
            "0",
            "--data",
            "train.jsonl",
            "--model",
            "ro/m.model",
        ],
    );
    let listed = listing(&dir.path().join("ro"));
    drop(guard);
    assert_run(&out, 2, &["nkstance: cannot write the model: ro/m.model: "]);
    let err = stderr(&out);
    assert!(
        err.contains("Permission denied") || err.contains("Operation not permitted"),
        "{err}"
    );
    assert_eq!(fs::read(&old).unwrap(), shipped_model());
    assert_eq!(listed, ["m.model"]);
}

// ---------------------------------------------------------------- other inputs

#[test]
fn broken_officials_file_is_an_error_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", GOOD);
    write(
        dir.path(),
        "officials.jsonl",
        "{\"name\": \"Oh Min-jae\"}\n{\"aliases\": [\"x\"]}\n",
    );
    let out = run(
        dir.path(),
        &["report", "--officials", "officials.jsonl", "a.txt"],
    );
    assert_run(
        &out,
        2,
        &["nkstance: cannot use --officials: officials.jsonl:2: "],
    );
    assert_eq!(stdout(&out), "");
}

/// NUL bytes and control characters on a classify line are just characters.
#[test]
fn classify_survives_nul_and_control_characters_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = nkstance(dir.path())
        .args(["classify", "--format", "jsonl"])
        .write_stdin(b"We will\x00 talk\x1b[31m at any time.\x07\n\x00\n".to_vec())
        .output()
        .unwrap();
    assert_run(&out, 0, &[]);
    assert_eq!(stdout(&out).lines().count(), 2);
}
