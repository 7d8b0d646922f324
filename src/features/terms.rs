//! Names the features of one analysed text.
//!
//! A word gives its stem (`talk`); inside a negation scope it gives `!talk`
//! as well; after "but" it also gives `^talk`, so the clause that carries the
//! thrust weighs twice. Adjacent words in one clause give n-grams up to
//! `ngram_max` (`no talks` → `no !talk`).

use crate::text::{Token, TokenKind};

/// Calls `emit` once per feature occurrence, building each name in `buf`
/// (reused, so naming features allocates nothing).
pub fn for_each_term(
    tokens: &[Token],
    ngram_max: usize,
    buf: &mut String,
    emit: &mut impl FnMut(&str),
) {
    // Start of the current clause: n-grams do not cross punctuation.
    let mut clause_start = 0;
    for (i, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punct {
            clause_start = i + 1;
            continue;
        }
        emit_unigrams(token, buf, emit);
        for n in 2..=ngram_max {
            if i + 1 < clause_start + n {
                break;
            }
            buf.clear();
            for (k, part) in tokens[i + 1 - n..=i].iter().enumerate() {
                if k > 0 {
                    buf.push(' ');
                }
                push_unigram(buf, part);
            }
            emit(buf);
        }
    }
}

fn emit_unigrams(token: &Token, buf: &mut String, emit: &mut impl FnMut(&str)) {
    buf.clear();
    push_unigram(buf, token);
    emit(buf);
    if token.negated {
        // The plain word too: the topic survives negation, and "!word" says what changed.
        emit(&buf[1..]);
    }
    if token.contrasted {
        buf.clear();
        buf.push('^');
        push_unigram(buf, token);
        emit(buf);
    }
}

fn push_unigram(buf: &mut String, token: &Token) {
    if token.negated {
        buf.push('!');
    }
    buf.push_str(&token.text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Analyzer, AnalyzerConfig};

    fn terms(text: &str, ngram_max: usize) -> Vec<String> {
        let mut tokens = Vec::new();
        Analyzer::new(&AnalyzerConfig::default()).analyze(text, &mut tokens);
        let mut out = Vec::new();
        for_each_term(&tokens, ngram_max, &mut String::new(), &mut |t| {
            out.push(t.to_string())
        });
        out
    }

    #[test]
    fn unigrams_bigrams_and_negation_marks() {
        assert_eq!(terms("No talks.", 2), ["no", "!talk", "talk", "no !talk"]);
    }

    #[test]
    fn trigrams_when_asked() {
        assert_eq!(
            terms("we will talk", 3),
            ["we", "will", "we will", "talk", "will talk", "we will talk"]
        );
    }

    #[test]
    fn bigrams_do_not_cross_punctuation() {
        assert_eq!(terms("talks, sanctions", 2), ["talk", "sanction"]);
    }

    #[test]
    fn contrast_clause_words_count_twice() {
        assert_eq!(terms("but talk", 1), ["but", "talk", "^talk"]);
    }
}
