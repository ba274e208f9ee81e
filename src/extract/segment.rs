//! Sentences and quotation spans.
//!
//! Both work inside content blocks (Text and Caption) only, one block at a time, so nothing
//! crosses a paragraph boundary. A quotation left open at the end of a paragraph runs to the
//! paragraph's end (the usual convention for multi-paragraph quotes, where the next paragraph
//! re-opens the quote).
use super::doc::{Block, BlockKind, Quote, Sentence};
use crate::model::Span;
use once_cell::sync::Lazy;
use std::collections::HashSet;

fn is_content(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Text | BlockKind::Caption)
}

pub fn sentences(body: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !is_content(b) {
            continue;
        }
        for s in split_sentences(body, b.span) {
            out.push(Sentence { span: s, block: i });
        }
    }
    out
}

pub fn quotes(body: &str, blocks: &[Block]) -> Vec<Quote> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !is_content(b) {
            continue;
        }
        for (inner, outer) in find_quotes(body, b.span) {
            out.push(Quote {
                inner,
                outer,
                block: i,
            });
        }
    }
    out
}

/// Abbreviations after which a period does not end a sentence (lower-case, without the dot).
static NEVER_END: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "st", "gen", "lt",
        "col", "maj", "capt", "cpl", "sgt", "adm", "cmdr", "rev", "fr", "hon", "pres", "supt",
        "insp", "det", "atty", "messrs", "mmes", "vs", "v", "etc", "e.g", "i.e", "cf", "approx",
        "ft", "mt", "ca", "est", "dept", "univ", "assn", "bros",
    ]
    .into_iter()
    .collect()
});

/// Month abbreviations and numbering words: no break before a number ("Jan. 14", "No. 10"),
/// where "said no." ends a sentence.
static MONTHS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
        "nos", "vol", "pp", "fig",
    ]
    .into_iter()
    .collect()
});

/// Abbreviations that may end a sentence: break only before a typical sentence opener.
static MAYBE_END: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "inc", "corp", "ltd", "co", "jr", "sr", "a.m", "p.m", "am", "pm", "plc", "llc", "bros",
    ]
    .into_iter()
    .collect()
});

/// Words that typically open a sentence; after "U.S." or "a.m." they signal a break.
static OPENERS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
        "after",
        "before",
        "while",
        "when",
        "if",
        "as",
        "since",
        "although",
        "however",
        "meanwhile",
        "for",
        "some",
        "many",
        "most",
        "one",
        "no",
        "not",
        "so",
        "yet",
        "then",
        "what",
        "who",
        "why",
        "how",
        "officials",
        "experts",
        "analysts",
        "according",
        "last",
        "earlier",
        "later",
    ]
    .into_iter()
    .collect()
});

fn is_open_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«' | '(' | '[')
}
fn is_close_char(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']')
}

/// The word (letters, digits and inner dots) ending just before byte `i` of `s`.
fn word_before(s: &str, i: usize) -> &str {
    let head = &s[..i];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '\'' || c == '’'))
        .map(|(j, c)| j + c.len_utf8())
        .unwrap_or(0);
    head[start..].trim_start_matches(['\'', '’', '-', '.'])
}

/// The word starting at byte `i` of `s` (after quote marks/brackets).
fn word_after(s: &str, i: usize) -> &str {
    let tail = s[i..].trim_start_matches(is_open_quote_char);
    let end = tail
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '\'' || c == '’'))
        .map(|(j, _)| j)
        .unwrap_or(tail.len());
    tail[..end].trim_end_matches('.')
}

/// Split one block into sentence spans (trimmed, non-empty).
/// The byte offset of the first '.', '!', '?' or '…' in `text` at or after `from` (a byte scan:
/// what `find(['.', '!', '?', '…'])` gives, without decoding every character).
fn next_terminal(text: &str, from: usize) -> Option<usize> {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let b = text.as_bytes();
    (from..b.len()).find(|&i| match b[i] {
        b'.' | b'!' | b'?' => true,
        0xE2 => b[i..].starts_with(ELLIPSIS),
        _ => false,
    })
}

pub fn split_sentences(body: &str, span: Span) -> Vec<Span> {
    let text = &body[span.start..span.end];
    let len = text.len();
    let char_at = |b: usize| text[b..].chars().next().unwrap_or(' ');
    let is_terminal = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut pos = 0usize;
    while let Some(i) = next_terminal(text, pos) {
        let c = char_at(i);
        // Run of terminal punctuation ("?!", "...").
        let (mut e, mut run, mut last) = (i + c.len_utf8(), 1, c);
        while e < len && is_terminal(char_at(e)) {
            last = char_at(e);
            e += last.len_utf8();
            run += 1;
        }
        let is_ellipsis = c == '…' || run >= 3 || last == '…';
        // Closing quotes and brackets glued to the punctuation belong to this sentence.
        while e < len && is_close_char(char_at(e)) {
            e += char_at(e).len_utf8();
        }
        let end_byte = e;
        // Need whitespace (or end of block) after.
        if e < len && !char_at(e).is_whitespace() {
            pos = e;
            continue;
        }
        let mut n = e;
        while n < len && char_at(n).is_whitespace() {
            n += char_at(n).len_utf8();
        }
        if n >= len {
            break; // end of block: the final sentence is pushed below
        }
        let next_byte = n;
        let next_c = char_at(n);
        let next_word = word_after(text, next_byte);
        let next_first = next_word.chars().next();
        let next_upper = next_first.is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            || (next_word.is_empty() && is_open_quote_char(next_c));
        let starts_upper = next_upper
            || is_open_quote_char(next_c) && next_first.is_some_and(|ch| ch.is_uppercase());
        let mut boundary = starts_upper;
        if boundary && c == '.' && !is_ellipsis {
            let w = word_before(text, i);
            let wl = w.to_lowercase();
            let next_lower = next_word.to_lowercase();
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            // U.S, U.N, a.m, Ph.D (not a web address: "latinohiphopradio.com", nor a number:
            // "£4.3bn")
            let dotted = w.contains('.')
                && w.split('.').all(|part| part.chars().count() <= 3)
                && w.starts_with(char::is_alphabetic);
            if NEVER_END.contains(wl.as_str()) {
                boundary = false;
            } else if MONTHS.contains(wl.as_str())
                && next_first.is_some_and(|ch| ch.is_ascii_digit())
            {
                boundary = false;
            } else if w.chars().count() == 1
                && letters.next().is_some_and(|l| l.is_uppercase())
                && letters.next().is_none()
            {
                // An initial ("George W. Bush").
                boundary = false;
            } else if MAYBE_END.contains(wl.as_str()) || dotted {
                boundary = OPENERS.contains(next_lower.as_str());
            }
        }
        // `"... in two days!" Macron told the world.`: an exclaimed or asked quotation goes on
        // into its attribution, which is no sentence of its own.
        if boundary
            && matches!(last, '!' | '?')
            && end_byte > i + run
            && attribution_follows(&text[next_byte..])
        {
            boundary = false;
        }
        if is_ellipsis && boundary {
            // Ellipses inside a sentence are common; break only before a clear new sentence.
            boundary = next_first.is_some_and(|ch| ch.is_uppercase()) && next_word != "I";
        }
        if boundary {
            push_trimmed(text, span.start, start, end_byte, &mut out);
            start = next_byte;
        }
        pos = n;
    }
    push_trimmed(text, span.start, start, len, &mut out);
    out
}

/// Does `rest` open with a speaker and a verb of saying, and end soon after ("Ana Silva told
/// the crowd.", "She asked."): one to five capitalized words, or a pronoun, then the verb.
fn attribution_follows(rest: &str) -> bool {
    let mut words = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let Some(first) = words.next() else {
        return false;
    };
    if matches!(first, "He" | "She" | "They" | "It" | "We") {
        return words.next().is_some_and(super::lexicon::is_speech_verb) && short_tail(rest);
    }
    if !first.starts_with(char::is_uppercase) {
        return false;
    }
    for w in words.take(4) {
        if super::lexicon::is_speech_verb(w) {
            return short_tail(rest);
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// The attribution ends soon, with no quotation of its own: "Ana Silva told the crowd on
/// Monday." is one, "Ana Silva said he would not respond to \"gossip\" and left." a sentence.
fn short_tail(rest: &str) -> bool {
    let end = rest.find(['.', '!', '?']).unwrap_or(rest.len());
    let tail = &rest[..end];
    tail.split_whitespace().count() <= 10 && !tail.contains(['"', '“', '”'])
}

fn push_trimmed(text: &str, base: usize, s: usize, e: usize, out: &mut Vec<Span>) {
    if s >= e {
        return;
    }
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if t.is_empty() {
        return;
    }
    out.push(Span::new(base + s + lead, base + s + lead + t.len()));
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Straight,
    Curly,
    SingleStraight,
    SingleCurly,
}

/// Quotation spans of one block: (inner, outer). Top-level double quotes; top-level single
/// quotes only in a paragraph without any double quotation mark (British style).
pub fn find_quotes(body: &str, span: Span) -> Vec<(Span, Span)> {
    let text = &body[span.start..span.end];
    let base = span.start;
    // (one character each: those searches are vectorized, a set of characters is not)
    let has_double = text.contains('"') || text.contains('“') || text.contains('”');
    if !has_double && !text.contains('\'') && !text.contains('‘') && !text.contains('’') {
        return Vec::new();
    }
    // Straight double marks after the current position (for nested quotes).
    let mut later = text.bytes().filter(|&b| b == b'"').count() as u32;
    let mut out = Vec::new();
    // Stack of open marks: (mark, byte offset of the mark).
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    // Only the marks are visited: '"' and '\'' are ASCII, the curly ones start with 0xE2.
    let marks = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xE2))
        .map(|(i, _)| i);
    for i in marks {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '“' | '”' | '"' | '‘' | '\'' | '’') {
            continue;
        }
        if c == '"' {
            later -= 1;
        }
        let mut before = text[..i].chars().rev();
        let prev = before.next();
        let prev2 = before.next();
        let next = text[i + c.len_utf8()..].chars().next();
        let prev_boundary = prev.map_or(true, |p| {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | ':'
                )
        });
        let next_space = next.map_or(true, |n| n.is_whitespace());
        let next_word = next.is_some_and(|n| !n.is_whitespace());
        match c {
            '“' => stack.push((Mark::Curly, i)),
            '”' => {
                if let Some(p) = stack
                    .iter()
                    .rposition(|m| matches!(m.0, Mark::Curly | Mark::Straight))
                {
                    close(&mut stack, p, i, c, base, &mut out);
                }
            }
            '"' => {
                let open_pos = stack
                    .iter()
                    .rposition(|m| matches!(m.0, Mark::Curly | Mark::Straight));
                let opening_like = prev_boundary && next_word;
                let closing_like =
                    !prev_boundary || next_space || next.is_some_and(|n| ",.;:!?)]".contains(n));
                // Inside an open straight quote, a mark that opens a new sentence after
                // sentence-final punctuation re-opens the quote (a paragraph break lost in
                // the text): close the running quote before it and open a new one.
                let after_stop = prev == Some(' ') && matches!(prev2, Some('.' | '!' | '?'));
                if let Some(p) = open_pos.filter(|&p| {
                    stack[p].0 == Mark::Straight
                        && opening_like
                        && after_stop
                        && next.is_some_and(|n| n.is_uppercase() || n == '[')
                }) {
                    let end = i - 1; // the space before the mark
                    close(&mut stack, p, end, ' ', base, &mut out);
                    // `close` counts the closing mark's length; we closed on a space (one byte).
                    if let Some(last) = out.last_mut().filter(|l| l.0.end == base + end) {
                        last.1.end = base + end;
                    }
                    stack.push((Mark::Straight, i));
                } else if let Some(p) = open_pos {
                    // Inside a quote: a straight mark that looks like an opening and is followed
                    // later by a matching closing one is a nested quote; otherwise it closes.
                    if opening_like && !closing_like && stack[p].0 == Mark::Straight && later >= 2 {
                        stack.push((Mark::Straight, i));
                    } else {
                        close(&mut stack, p, i, c, base, &mut out);
                    }
                } else if next_word || opening_like {
                    stack.push((Mark::Straight, i));
                }
            }
            '‘' | '\'' | '’' => {
                let straight = c == '\'';
                let letter_before = prev.is_some_and(|p| p.is_alphanumeric());
                let letter_after = next.is_some_and(|n| n.is_alphanumeric());
                if letter_before && letter_after {
                    continue; // it's, don’t
                }
                let in_double = stack
                    .iter()
                    .any(|m| matches!(m.0, Mark::Curly | Mark::Straight));
                let single_open = stack
                    .iter()
                    .rposition(|m| matches!(m.0, Mark::SingleStraight | Mark::SingleCurly));
                let opens = (c == '‘' || straight)
                    && prev_boundary
                    && next.is_some_and(|n| {
                        n.is_alphabetic() || n == '[' || n == '(' || n == '"' || n == '“'
                    });
                if opens && !(c == '’') {
                    // ’90s, '90s: an elided year is not a quote.
                    let tail = &text[i + c.len_utf8()..];
                    if tail.starts_with(|ch: char| ch.is_ascii_digit()) {
                        continue;
                    }
                    stack.push((
                        if straight {
                            Mark::SingleStraight
                        } else {
                            Mark::SingleCurly
                        },
                        i,
                    ));
                    continue;
                }
                if let Some(p) = single_open {
                    let closing_ok = next.map_or(true, |n| !n.is_alphanumeric());
                    if closing_ok && (c == '’' || straight) {
                        // Plural possessive (elites' lifeline) looks the same; accept a close
                        // only when followed by punctuation, a quote mark or space.
                        let (m, at) = stack[p];
                        stack.truncate(p);
                        if !in_double_before(&stack) && !has_double {
                            let inner = Span::new(base + at + mark_len(m), base + i);
                            out.push((inner, Span::new(base + at, base + i + c.len_utf8())));
                        }
                    }
                }
                let _ = in_double;
            }
            _ => {}
        }
    }
    // Unclosed double quote: runs to the end of the paragraph.
    if let Some(p) = stack
        .iter()
        .position(|m| matches!(m.0, Mark::Curly | Mark::Straight))
    {
        let at = stack[p].1;
        let mlen = text[at..].chars().next().unwrap().len_utf8();
        let inner_start = at + mlen;
        if inner_start < text.len() && !text[inner_start..].trim().is_empty() {
            out.push((
                Span::new(base + inner_start, base + text.len()),
                Span::new(base + at, base + text.len()),
            ));
        }
    }
    out.sort_by_key(|q| q.1.start);
    // Keep top-level spans only.
    let mut top: Vec<(Span, Span)> = Vec::new();
    for q in out {
        if let Some(last) = top.last() {
            if q.1.start < last.1.end {
                continue;
            }
        }
        if q.0.start < q.0.end {
            top.push(q);
        }
    }
    top
}

fn in_double_before(stack: &[(Mark, usize)]) -> bool {
    stack
        .iter()
        .any(|m| matches!(m.0, Mark::Curly | Mark::Straight))
}

fn mark_len(m: Mark) -> usize {
    match m {
        Mark::Straight | Mark::SingleStraight => 1,
        Mark::Curly | Mark::SingleCurly => 3,
    }
}

fn close(
    stack: &mut Vec<(Mark, usize)>,
    p: usize,
    i: usize,
    c: char,
    base: usize,
    out: &mut Vec<(Span, Span)>,
) {
    let (m, at) = stack[p];
    let depth_outer = !stack[..p]
        .iter()
        .any(|m| matches!(m.0, Mark::Curly | Mark::Straight));
    stack.truncate(p);
    if depth_outer {
        out.push((
            Span::new(base + at + mark_len(m), base + i),
            Span::new(base + at, base + i + c.len_utf8()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }
    fn quotes_of(text: &str) -> Vec<&str> {
        let qs = fix(text, find_quotes(text, Span::new(0, text.len())));
        qs.into_iter().map(|(i, _)| &text[i.start..i.end]).collect()
    }
    fn fix(text: &str, v: Vec<(Span, Span)>) -> Vec<(Span, Span)> {
        // inner spans must not include the marks
        for (i, o) in &v {
            assert!(o.start <= i.start && i.end <= o.end);
            assert!(text.is_char_boundary(i.start) && text.is_char_boundary(i.end));
        }
        v
    }

    #[test]
    fn simple_sentences() {
        assert_eq!(
            sents("The mayor spoke. The crowd cheered! Did it rain? Yes."),
            vec![
                "The mayor spoke.",
                "The crowd cheered!",
                "Did it rain?",
                "Yes."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "The U.S. and the U.N. met with Dr. Jones and Mr. Smith on Jan. 14 at 9 a.m. Later Gov. Lee spoke.";
        let s = sents(t);
        assert_eq!(
            s,
            vec![
                "The U.S. and the U.N. met with Dr. Jones and Mr. Smith on Jan. 14 at 9 a.m.",
                "Later Gov. Lee spoke."
            ]
        );
        let t2 = "Sen. Ray and Rep. Diaz met Mrs. Cole, Ms. Tan and St. Clair of Acme Inc. in Sept. 2019. No. 5 won vs. No. 6.";
        assert_eq!(sents(t2).len(), 2, "{:?}", sents(t2));
    }

    #[test]
    fn no_ends_a_sentence_unless_a_number_follows() {
        let s =
            sents("Asked if he would resign, he said no. Then he left for No. 10 Downing Street.");
        assert_eq!(
            s,
            vec![
                "Asked if he would resign, he said no.",
                "Then he left for No. 10 Downing Street."
            ]
        );
    }

    #[test]
    fn an_amount_with_a_decimal_point_ends_a_sentence() {
        let s = sents("The cuts would save £4.3bn. Among the targets are two agencies.");
        assert_eq!(
            s,
            vec![
                "The cuts would save £4.3bn.",
                "Among the targets are two agencies."
            ]
        );
    }

    #[test]
    fn acronym_can_end_sentence() {
        let s = sents("The deal was signed in the U.S. The mayor was pleased.");
        assert_eq!(
            s,
            vec!["The deal was signed in the U.S.", "The mayor was pleased."]
        );
    }

    #[test]
    fn a_web_address_can_end_a_sentence() {
        let s = sents("It is the top track on latinradio.com. \"He is the best,\" she said. The site is Example.org. Mustafa Yoda agreed.");
        assert_eq!(
            s,
            vec![
                "It is the top track on latinradio.com.",
                "\"He is the best,\" she said.",
                "The site is Example.org.",
                "Mustafa Yoda agreed."
            ]
        );
    }

    #[test]
    fn initials_and_decimals() {
        let s = sents("George W. Bush met J. R. R. Tolkien fans. Growth was 3.5 percent. Done.");
        assert_eq!(
            s,
            vec![
                "George W. Bush met J. R. R. Tolkien fans.",
                "Growth was 3.5 percent.",
                "Done."
            ]
        );
    }

    #[test]
    fn quote_final_punctuation() {
        let s = sents("\"We will build it.\" The mayor left. She said (it was late.) Then rain.");
        assert_eq!(
            s,
            vec![
                "\"We will build it.\"",
                "The mayor left.",
                "She said (it was late.)",
                "Then rain."
            ]
        );
        let s2 = sents("“Will it work?” she asked. “Yes,” he said.");
        assert_eq!(s2, vec!["“Will it work?” she asked.", "“Yes,” he said."]);
    }

    #[test]
    fn ellipses() {
        let s = sents("He paused... and then went on. Prices rose… The end.");
        assert_eq!(
            s,
            vec!["He paused... and then went on.", "Prices rose…", "The end."]
        );
    }

    #[test]
    fn straight_and_curly_quotes() {
        assert_eq!(
            quotes_of("\"We will win,\" said the mayor. \"The vote is ours.\""),
            vec!["We will win,", "The vote is ours."]
        );
        assert_eq!(
            quotes_of("The nurse said “the ward is full” on Monday."),
            vec!["the ward is full"]
        );
    }

    #[test]
    fn nested_single_quotes_and_apostrophes() {
        let t = "“The market’s ‘invisible hand’ helps the workers’ pay in the ’90s,” she said.";
        assert_eq!(
            quotes_of(t),
            vec!["The market’s ‘invisible hand’ helps the workers’ pay in the ’90s,"]
        );
        let t2 = "\"It's the farmers' deal, 'a good one' for all,\" he said.";
        assert_eq!(
            quotes_of(t2),
            vec!["It's the farmers' deal, 'a good one' for all,"]
        );
    }

    #[test]
    fn nested_straight_double_quotes() {
        let t = "He wrote. \"The \"new plan\" is bad. We object.\" Then he left.";
        assert_eq!(quotes_of(t), vec!["The \"new plan\" is bad. We object."]);
    }

    #[test]
    fn reopened_quote_without_paragraph_break() {
        let t = "He said: \"The farm is ours. \"We will never sell it,\" he added.";
        assert_eq!(
            quotes_of(t),
            vec!["The farm is ours.", "We will never sell it,"]
        );
    }

    #[test]
    fn brackets_inside_quotes() {
        let t = "\"There are [local] brokers (some) involved,\" said the clerk.";
        assert_eq!(
            quotes_of(t),
            vec!["There are [local] brokers (some) involved,"]
        );
    }

    #[test]
    fn closing_mark_after_space() {
        let t = "She wrote: \"I thought, 'Wow, that is fast.' \" Then she left.";
        assert_eq!(quotes_of(t), vec!["I thought, 'Wow, that is fast.' "]);
    }

    #[test]
    fn unbalanced_runs_to_paragraph_end() {
        let body = "“We will keep the hospital open, and we will hire more nurses.\n\n“The budget allows it,” the mayor said.";
        let blocks = crate::extract::clean::blocks(body, None);
        let q = quotes(body, &blocks);
        assert_eq!(q.len(), 2);
        assert_eq!(
            &body[q[0].inner.start..q[0].inner.end],
            "We will keep the hospital open, and we will hire more nurses."
        );
        assert_eq!(q[0].block, 0);
        assert_eq!(
            &body[q[1].inner.start..q[1].inner.end],
            "The budget allows it,"
        );
        assert_eq!(q[1].block, 1);
    }

    #[test]
    fn british_single_quotes() {
        assert_eq!(
            quotes_of("'We are ready,' the coach said."),
            vec!["We are ready,"]
        );
    }

    #[test]
    fn sentences_only_in_content_blocks() {
        let body = "Share this on\n\nThe port reopened. Ships arrived.";
        let blocks = crate::extract::clean::blocks(body, None);
        let s = sentences(body, &blocks);
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|x| x.block == 1));
    }

    #[test]
    fn an_exclaimed_or_asked_quote_runs_on_into_its_attribution() {
        let t = "\"Stop the sale now!\" Lena Varga told the crowd. Nobody moved.";
        assert_eq!(
            sents(t),
            vec![
                "\"Stop the sale now!\" Lena Varga told the crowd.",
                "Nobody moved."
            ]
        );
        let t = "\"Who pays for it?\" she asked. The mayor left.";
        assert_eq!(
            sents(t),
            vec!["\"Who pays for it?\" she asked.", "The mayor left."]
        );
        // a new sentence after the quote stays one
        let t = "\"Stop the sale now!\" The crowd cheered.";
        assert_eq!(
            sents(t),
            vec!["\"Stop the sale now!\"", "The crowd cheered."]
        );
        // a sentence of its own after the quote: a clause and a quotation
        let t = "\"Is it fair?\" Lena Varga said the rules were \"absurd\" and left.";
        assert_eq!(sents(t).len(), 2);
        // no quote mark: the exclamation ends its sentence
        let t = "Stop the sale now! Lena Varga said nothing.";
        assert_eq!(sents(t).len(), 2);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "\"",
            "“",
            "'",
            "’",
            "...",
            "a.\"",
            "é.” É",
            "\"\"\"",
            "‘’",
            "x. \u{301}y",
        ] {
            let _ = split_sentences(t, Span::new(0, t.len()));
            let _ = find_quotes(t, Span::new(0, t.len()));
        }
    }
}
