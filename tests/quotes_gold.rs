//! Scores `nkstance::quotes::extract` against the gold-annotated .txt
//! fixtures (statement extraction and speaker attribution) and checks the
//! seed article. Run with `--nocapture` to see the per-article table.

use std::fs;
use std::path::{Path, PathBuf};

use nkstance::quotes::{Extraction, SpeakerKind, StatementKind, extract};
use serde::Deserialize;

/// Attribution F1 the extractor must reach over all fixtures.
const MIN_ATTRIBUTION_F1: f64 = 0.92;
/// Largest share of direct quotes allowed without a speaker.
const MAX_UNATTRIBUTED_DIRECT: f64 = 0.05;

#[derive(Deserialize)]
struct Gold {
    article: String,
    officials: Vec<Official>,
    statements: Vec<GoldStatement>,
}

#[derive(Deserialize)]
struct Official {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct GoldStatement {
    speaker: Option<String>,
    kind: String,
    text: String,
}

/// Counts for one article (or the total).
#[derive(Default, Clone, Copy)]
struct Score {
    gold: usize,
    extracted: usize,
    matched: usize,
    attr_correct_gold: usize,
    attr_correct_extracted: usize,
    direct: usize,
    direct_unattributed: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.attr_correct_gold += o.attr_correct_gold;
        self.attr_correct_extracted += o.attr_correct_extracted;
        self.direct += o.direct;
        self.direct_unattributed += o.direct_unattributed;
    }

    fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> (f64, f64, f64) {
        let p = if n_p == 0 {
            1.0
        } else {
            tp_p as f64 / n_p as f64
        };
        let r = if n_r == 0 {
            1.0
        } else {
            tp_r as f64 / n_r as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    fn extraction(&self) -> (f64, f64, f64) {
        Self::prf(self.matched, self.extracted, self.matched, self.gold)
    }

    fn attribution(&self) -> (f64, f64, f64) {
        Self::prf(
            self.attr_correct_extracted,
            self.extracted,
            self.attr_correct_gold,
            self.gold,
        )
    }

    fn unattributed_share(&self) -> f64 {
        if self.direct == 0 {
            0.0
        } else {
            self.direct_unattributed as f64 / self.direct as f64
        }
    }
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles")
}

/// Char-span overlap is at least half of the longer span.
fn spans_match(a: (usize, usize), b: (usize, usize)) -> bool {
    let overlap = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1 - a.0).max(b.1 - b.0);
    longer > 0 && overlap * 2 >= longer
}

/// Byte span of every gold statement, found by substring search (the n-th
/// occurrence for repeated texts).
fn gold_spans(text: &str, gold: &[GoldStatement]) -> Vec<Option<(usize, usize)>> {
    let mut used: Vec<(usize, usize)> = Vec::new();
    gold.iter()
        .map(|g| {
            let mut from = 0;
            while let Some(i) = text[from..].find(&g.text) {
                let span = (from + i, from + i + g.text.len());
                if !used.contains(&span) {
                    used.push(span);
                    return Some(span);
                }
                from = span.0 + 1;
            }
            None
        })
        .collect()
}

/// Does the extracted speaker match the gold speaker (name or alias; null
/// gold matches an anonymous or missing speaker)?
fn speaker_matches(
    x: &Extraction,
    speaker: Option<usize>,
    gold: &Option<String>,
    officials: &[Official],
) -> bool {
    let sp = speaker.and_then(|i| x.speakers.get(i));
    match gold {
        None => sp.is_none_or(|s| s.kind == SpeakerKind::Anonymous),
        Some(name) => {
            let Some(sp) = sp else { return false };
            let extracted = sp.name.to_lowercase();
            let official = officials.iter().find(|o| &o.name == name);
            let mut names = vec![name.to_lowercase()];
            if let Some(o) = official {
                names.extend(o.aliases.iter().map(|a| a.to_lowercase()));
            }
            names.contains(&extracted)
        }
    }
}

/// Scores one article; returns the score and a list of problems for display.
fn score(text: &str, gold: &Gold) -> (Score, Vec<String>) {
    let x = extract(text);
    let spans = gold_spans(text, &gold.statements);
    let mut s = Score {
        gold: gold.statements.len(),
        extracted: x.statements.len(),
        ..Score::default()
    };
    let mut notes = Vec::new();
    let mut gold_used = vec![false; gold.statements.len()];
    for e in &x.statements {
        let name = e
            .speaker
            .map_or("-".to_string(), |i| x.speakers[i].name.clone());
        if e.kind == StatementKind::Direct {
            s.direct += 1;
            if e.speaker.is_none() {
                s.direct_unattributed += 1;
            }
        }
        let hit = spans.iter().enumerate().find(|(gi, sp)| {
            !gold_used[*gi] && sp.is_some_and(|sp| spans_match(sp, (e.start, e.end)))
        });
        match hit {
            Some((gi, _)) => {
                gold_used[gi] = true;
                s.matched += 1;
                let g = &gold.statements[gi];
                if speaker_matches(&x, e.speaker, &g.speaker, &gold.officials) {
                    s.attr_correct_extracted += 1;
                    s.attr_correct_gold += 1;
                } else {
                    notes.push(format!(
                        "  WRONG SPEAKER {name:?} (gold {:?}): {}",
                        g.speaker,
                        short(&text[e.start..e.end])
                    ));
                }
            }
            None => notes.push(format!(
                "  EXTRA [{:?} {name}]: {}",
                e.kind,
                short(&text[e.start..e.end])
            )),
        }
    }
    for (gi, used) in gold_used.iter().enumerate() {
        if !used {
            let g = &gold.statements[gi];
            let found = if spans[gi].is_some() {
                ""
            } else {
                " (text not found!)"
            };
            notes.push(format!(
                "  MISSED [{} {:?}]{found}: {}",
                g.kind,
                g.speaker,
                short(&g.text)
            ));
        }
    }
    (s, notes)
}

fn short(t: &str) -> String {
    let t: String = t.chars().take(90).collect();
    t.replace('\n', " ")
}

fn txt_fixtures(dir: &Path) -> Vec<(String, String, Gold)> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("fixtures dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.ends_with(".gold.json") {
            continue;
        }
        let gold: Gold =
            serde_json::from_str(&fs::read_to_string(&path).expect("gold")).expect("gold json");
        if !gold.article.ends_with(".txt") {
            continue;
        }
        let text = fs::read_to_string(dir.join(&gold.article)).expect("article");
        out.push((gold.article.clone(), text, gold));
    }
    out
}

/// Prints the table for every .txt fixture of `dir` and returns the total.
fn report(dir: &Path) -> Score {
    let mut total = Score::default();
    println!(
        "\n{:<44} {:>4} {:>4} {:>5} {:>5} {:>5}  {:>5} {:>5} {:>5}  {:>6}",
        "article", "gold", "ext", "eP", "eR", "eF1", "aP", "aR", "aF1", "noSpk%"
    );
    let mut all_notes = Vec::new();
    for (name, text, gold) in txt_fixtures(dir) {
        let (s, notes) = score(&text, &gold);
        let (ep, er, ef) = s.extraction();
        let (ap, ar, af) = s.attribution();
        println!(
            "{:<44} {:>4} {:>4} {:>5.2} {:>5.2} {:>5.2}  {:>5.2} {:>5.2} {:>5.2}  {:>6.1}",
            name,
            s.gold,
            s.extracted,
            ep,
            er,
            ef,
            ap,
            ar,
            af,
            100.0 * s.unattributed_share()
        );
        if !notes.is_empty() {
            all_notes.push(format!("{name}:\n{}", notes.join("\n")));
        }
        total.add(&s);
    }
    let (ep, er, ef) = total.extraction();
    let (ap, ar, af) = total.attribution();
    println!(
        "{:<44} {:>4} {:>4} {:>5.2} {:>5.2} {:>5.2}  {:>5.2} {:>5.2} {:>5.2}  {:>6.1}",
        "TOTAL",
        total.gold,
        total.extracted,
        ep,
        er,
        ef,
        ap,
        ar,
        af,
        100.0 * total.unattributed_share()
    );
    println!("\n{}", all_notes.join("\n"));
    total
}

#[test]
fn gold_fixtures_meet_goals() {
    let total = report(&fixtures_dir());
    let (_, _, af) = total.attribution();
    assert!(
        af >= MIN_ATTRIBUTION_F1,
        "attribution F1 {af:.3} < {MIN_ATTRIBUTION_F1}"
    );
    assert!(
        total.unattributed_share() <= MAX_UNATTRIBUTED_DIRECT,
        "too many direct quotes without speaker"
    );
}

/// Development aid: scores an extra directory of `NAME.txt` + `NAME.gold.json`
/// (e.g. the HTML fixtures converted to text) when `QUOTES_EXTRA_DIR` is set.
#[test]
fn extra_gold_dir() {
    if let Ok(dir) = std::env::var("QUOTES_EXTRA_DIR") {
        report(Path::new(&dir));
    }
}

#[test]
fn seed_article_speakers() {
    let path = Path::new("/work/shared/seeds/000_885b5a4ea241d2ab.txt");
    let Ok(text) = fs::read_to_string(path) else {
        eprintln!("seed article not available; skipping");
        return;
    };
    let x = extract(&text);
    let mut counts: Vec<(String, usize)> = Vec::new();
    for s in &x.statements {
        let name = s
            .speaker
            .map_or("(none)".to_string(), |i| x.speakers[i].name.clone());
        println!(
            "[{:?}] {:<24} {}",
            s.kind,
            name,
            short(&text[s.start..s.end])
        );
        match counts.iter_mut().find(|c| c.0 == name) {
            Some(c) => c.1 += 1,
            None => counts.push((name, 1)),
        }
    }
    println!("seed speakers: {counts:?}");
    for sp in &x.speakers {
        println!(
            "  speaker {:?} role {:?} country {:?} {:?}",
            sp.name, sp.role, sp.country, sp.kind
        );
    }
    let has = |n: &str| counts.iter().any(|c| c.0.contains(n) && c.1 > 0);
    for name in ["Pence", "Tillerson", "Moon", "Trump", "Revere"] {
        assert!(has(name), "no statement credited to {name}");
    }
    // Every sentence Pence said inside quotes is credited to Pence.
    let pence_quotes = [
        "The point is, no pressure comes off",
        "So the maximum pressure campaign is going to continue and intensify.",
        "But if you want to talk, we'll talk.",
    ];
    for q in pence_quotes {
        let s = x
            .statements
            .iter()
            .find(|s| text[s.start..s.end].starts_with(q))
            .unwrap_or_else(|| panic!("quote not extracted: {q}"));
        let who = s.speaker.map(|i| x.speakers[i].name.as_str());
        assert_eq!(who, Some("Mike Pence"), "{q}");
    }
    // "maximum pressure" as a scare quote is not a statement.
    assert!(
        !x.statements
            .iter()
            .any(|s| &text[s.start..s.end] == "maximum pressure")
    );
}

/// Development aid: prints what `extract` finds in the file named by
/// `QUOTES_FILE`, when set.
#[test]
fn print_file() {
    let Ok(path) = std::env::var("QUOTES_FILE") else {
        return;
    };
    let text = fs::read_to_string(path).expect("readable QUOTES_FILE");
    let x = extract(&text);
    for s in &x.statements {
        let name = s
            .speaker
            .map_or("(none)".to_string(), |i| x.speakers[i].name.clone());
        println!(
            "[{:?}] {:<28} {}",
            s.kind,
            name,
            short(&text[s.start..s.end])
        );
    }
    for sp in &x.speakers {
        println!(
            "  speaker {:?} role {:?} country {:?} {:?}",
            sp.name, sp.role, sp.country, sp.kind
        );
    }
}
