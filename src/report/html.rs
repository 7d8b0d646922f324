//! The report as one self-contained HTML page: a sortable table of officials,
//! a chart of each official's mean score with its interval, and a chart of
//! scores per month. No network requests; article text is always escaped,
//! so a hostile quote cannot inject markup or script.

use super::table::truncate;
use super::{OfficialSummary, Report, Reporter};
use std::fmt::Write as _;
use std::io::Write;

/// Writes the HTML page.
#[derive(Debug, Clone, Copy, Default)]
pub struct HtmlReporter;

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}\
th{background:#f0f0f0;cursor:pointer}td.num{text-align:right}.conciliatory{color:#1a7f37}.hardline{color:#c0392b}.neutral{color:#555}\
details{margin:0}svg text{font-size:12px}";

/// Sorts the table by the clicked column (numbers numerically); no data is read from article text.
const SCRIPT: &str = "document.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){\
var tb=th.closest('table').tBodies[0],rows=Array.from(tb.rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';\
rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;\
var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});\
rows.forEach(function(r){tb.appendChild(r);});});});";

impl Reporter for HtmlReporter {
    fn write(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let mut page = String::new();
        page.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        let _ = write!(
            page,
            "<title>nkstance report</title><style>{STYLE}</style></head><body>"
        );
        let _ = write!(
            page,
            "<h1>Officials' stance</h1><p>{} officials. Score = P(conciliatory) − P(hardline), from −1 (hardline) to +1 (conciliatory). Click a column to sort.</p>",
            report.officials.len()
        );
        table(&mut page, &report.officials);
        page.push_str("<h2>Mean score and 95% interval</h2>");
        score_chart(&mut page, &report.officials);
        page.push_str("<h2>Score per month (most quoted officials)</h2>");
        timeline_chart(&mut page, &report.officials);
        let _ = writeln!(page, "<script>{SCRIPT}</script></body></html>");
        out.write_all(page.as_bytes())
    }
}

fn table(page: &mut String, officials: &[OfficialSummary]) {
    page.push_str("<table><thead><tr><th>official</th><th>role</th><th>country</th><th>statements</th><th>conciliatory</th><th>hardline</th><th>neutral</th><th>stance</th><th>score</th><th>95% interval</th><th>dates</th><th>evidence</th></tr></thead><tbody>");
    for o in officials {
        let c = &o.counts;
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"{}\">{}</td><td class=\"num\" data-v=\"{:.4}\">{:+.2}</td><td>[{:+.2}, {:+.2}]</td><td>{} – {}</td><td><details><summary>{} quotes</summary><ul>",
            escape(&o.name),
            escape(o.role.as_deref().unwrap_or("")),
            escape(o.country.as_deref().unwrap_or("")),
            o.statements,
            c.conciliatory,
            c.hardline,
            c.neutral,
            o.stance,
            o.stance,
            o.score,
            o.score,
            o.interval[0],
            o.interval[1],
            escape(o.first_date.as_deref().unwrap_or("?")),
            escape(o.last_date.as_deref().unwrap_or("?")),
            o.evidence.len()
        );
        for e in &o.evidence {
            let _ = write!(
                page,
                "<li class=\"{}\">{} ({:.2}): {}</li>",
                e.label,
                e.label,
                e.probability,
                escape(&e.text)
            );
        }
        page.push_str("</ul></details></td></tr>");
    }
    page.push_str("</tbody></table>");
}

/// Horizontal bars from 0 to the mean score, with the interval as a line.
fn score_chart(page: &mut String, officials: &[OfficialSummary]) {
    let (label_w, plot_w, row_h) = (220.0, 500.0, 22.0);
    let height = row_h * officials.len() as f64 + 30.0;
    let x = |score: f64| label_w + (score + 1.0) / 2.0 * plot_w;
    let _ = write!(
        page,
        "<svg width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"mean stance score per official\">",
        label_w + plot_w + 20.0
    );
    let _ = write!(
        page,
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"0\" y2=\"{1}\" stroke=\"#999\"/>",
        x(0.0),
        height - 20.0
    );
    for (i, o) in officials.iter().enumerate() {
        let y = i as f64 * row_h + 4.0;
        let (x0, x1) = (x(0.0).min(x(o.score)), x(0.0).max(x(o.score)));
        let colour = if o.score >= 0.0 { "#1a7f37" } else { "#c0392b" };
        let _ = write!(
            page,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            label_w - 6.0,
            y + 13.0,
            escape(&truncate(&o.name, 32))
        );
        let _ = write!(
            page,
            "<rect x=\"{x0:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"16\" fill=\"{colour}\" opacity=\"0.7\"/>",
            (x1 - x0).max(1.0)
        );
        let _ = write!(
            page,
            "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{}\" y2=\"{}\" stroke=\"#222\"/>",
            x(o.interval[0]),
            x(o.interval[1]),
            y + 8.0,
            y + 8.0
        );
    }
    let axis_y = height - 6.0;
    for tick in [-1.0, -0.5, 0.0, 0.5, 1.0] {
        let _ = write!(
            page,
            "<text x=\"{:.1}\" y=\"{axis_y}\" text-anchor=\"middle\">{tick:+.1}</text>",
            x(tick)
        );
    }
    page.push_str("</svg>");
}

/// Officials drawn in the monthly chart: more lines than this are unreadable.
const MAX_TREND_LINES: usize = 8;

/// One line per official with a timeline (the most quoted ones), over the months seen.
fn timeline_chart(page: &mut String, officials: &[OfficialSummary]) {
    // `officials` is sorted by statement count, so these are the most quoted.
    let with_trend: Vec<&OfficialSummary> = officials
        .iter()
        .filter(|o| !o.timeline.is_empty())
        .take(MAX_TREND_LINES)
        .collect();
    let mut months: Vec<&str> = with_trend
        .iter()
        .flat_map(|o| o.timeline.iter().map(|p| p.month.as_str()))
        .collect();
    months.sort_unstable();
    months.dedup();
    if months.is_empty() {
        page.push_str("<p>No official has dated statements in more than one month.</p>");
        return;
    }
    let (left, plot_w, plot_h, top) = (50.0, 640.0, 240.0, 10.0);
    let step = if months.len() > 1 {
        plot_w / (months.len() - 1) as f64
    } else {
        0.0
    };
    let x = |month: &str| left + months.iter().position(|m| *m == month).unwrap_or(0) as f64 * step;
    let y = |score: f64| top + (1.0 - score) / 2.0 * plot_h;
    let palette = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf",
    ];
    let _ = write!(
        page,
        "<svg width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"stance score per month\">",
        left + plot_w + 200.0,
        plot_h + 60.0
    );
    for tick in [-1.0, 0.0, 1.0] {
        let (right, at, label_x) = (left + plot_w, y(tick), left - 6.0);
        let _ = write!(
            page,
            "<line x1=\"{left}\" x2=\"{right}\" y1=\"{at:.1}\" y2=\"{at:.1}\" stroke=\"#ddd\"/>"
        );
        let _ = write!(
            page,
            "<text x=\"{label_x}\" y=\"{:.1}\" text-anchor=\"end\">{tick:+.0}</text>",
            at + 4.0
        );
    }
    for (i, month) in months.iter().enumerate() {
        if months.len() <= 12 || i % (months.len() / 12 + 1) == 0 {
            let _ = write!(
                page,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x(month),
                plot_h + top + 20.0,
                escape(month)
            );
        }
    }
    for (i, o) in with_trend.iter().enumerate() {
        let colour = palette[i % palette.len()];
        let points: Vec<String> = o
            .timeline
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(&p.month), y(p.score)))
            .collect();
        let _ = write!(
            page,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{}\"/>",
            points.join(" ")
        );
        let _ = write!(
            page,
            "<text x=\"{}\" y=\"{}\" fill=\"{colour}\">{}</text>",
            left + plot_w + 10.0,
            top + 14.0 * (i as f64 + 1.0),
            escape(&o.name)
        );
    }
    page.push_str("</svg>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
