//! The sentence splitter and quote extractor (`quotes::extract`), on any
//! text: statements lie inside the text, on character boundaries, in order,
//! and credit only speakers that exist.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nkstance::quotes::extract;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let extraction = extract(&text);
    let mut previous_start = 0;
    for s in &extraction.statements {
        assert!(s.start <= s.end && s.end <= text.len(), "{}..{} outside 0..{}", s.start, s.end, text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{}..{} not on char boundaries", s.start, s.end);
        assert!(s.start >= previous_start, "statements out of text order");
        previous_start = s.start;
        if let Some(i) = s.speaker {
            assert!(i < extraction.speakers.len(), "speaker index {i} out of range");
        }
    }
});
