//! The report as an aligned text table with evidence, for people.

use super::{Report, Reporter};
use std::io::Write;

/// Writes one line per official, then its evidence and monthly trend.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableReporter;

impl Reporter for TableReporter {
    fn write(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(
            out,
            "{:<28} {:<13} {:>4} {:>4} {:>4} {:>4}  {:>6}  {:<15}  role",
            "official", "stance", "n", "C", "H", "N", "score", "95% interval"
        )?;
        for o in &report.officials {
            let c = &o.counts;
            writeln!(
                out,
                "{:<28} {:<13} {:>4} {:>4} {:>4} {:>4}  {:>+6.2}  [{:+.2}, {:+.2}]  {}{}",
                truncate(&o.name, 28),
                o.stance.as_str(),
                o.statements,
                c.conciliatory,
                c.hardline,
                c.neutral,
                o.score,
                o.interval[0],
                o.interval[1],
                o.role.as_deref().unwrap_or("-"),
                o.country
                    .as_deref()
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default()
            )?;
            for e in &o.evidence {
                writeln!(
                    out,
                    "    {:<12} {:.2}  {}",
                    e.label.as_str(),
                    e.probability,
                    truncate(&e.text, 100)
                )?;
            }
            if !o.timeline.is_empty() {
                let trend: Vec<String> = o
                    .timeline
                    .iter()
                    .map(|p| format!("{} {:+.2}", p.month, p.score))
                    .collect();
                writeln!(out, "    trend: {}", trend.join(", "))?;
            }
        }
        Ok(())
    }
}

/// Cuts `text` to at most `max` characters, marking the cut with "…".
pub(crate) fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_on_characters_not_bytes() {
        assert_eq!(truncate("한국어 문장", 4), "한국어…");
        assert_eq!(truncate("short", 10), "short");
    }
}
