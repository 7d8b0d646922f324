//! The article reader: any bytes, read as text, HTML and JSON Lines (and
//! sniffed), must give articles or errors, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nkstance::article::{Format, Limits, parse};

fuzz_target!(|data: &[u8]| {
    // A small limit too, so the size checks are exercised on small inputs.
    for limits in [Limits::default(), Limits { max_article_bytes: 64 }] {
        for format in [Format::Text, Format::Html, Format::JsonLines, Format::sniff(data)] {
            for result in parse("fuzz", data, format, &limits) {
                match result {
                    Ok(article) => {
                        // A successful read is never empty and never over the limit.
                        assert!(!article.text.trim().is_empty(), "empty article accepted");
                        if let Some(date) = &article.date {
                            assert_eq!(date.len(), 10, "date {date:?} is not YYYY-MM-DD");
                        }
                    }
                    Err(err) => assert!(!err.to_string().is_empty()),
                }
            }
        }
    }
});
