//! The report as CSV, one row per official, for spreadsheets.

use super::{Report, Reporter};
use std::io::Write;

/// Writes a header and one row per official.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvReporter;

/// Quotes a CSV field when it holds a comma, quote or line break.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

impl Reporter for CsvReporter {
    fn write(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(
            out,
            "name,role,country,statements,conciliatory,hardline,neutral,stance,score,interval_low,interval_high,first_date,last_date"
        )?;
        for o in &report.officials {
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{:.4},{:.4},{:.4},{},{}",
                field(&o.name),
                field(o.role.as_deref().unwrap_or("")),
                field(o.country.as_deref().unwrap_or("")),
                o.statements,
                o.counts.conciliatory,
                o.counts.hardline,
                o.counts.neutral,
                o.stance,
                o.score,
                o.interval[0],
                o.interval[1],
                o.first_date.as_deref().unwrap_or(""),
                o.last_date.as_deref().unwrap_or("")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }
}
