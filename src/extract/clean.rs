//! Paragraph classification: running text, captions, headings, site chrome, repeats.
//!
//! A paragraph is a run of non-blank lines. Each line is classified on its own; consecutive
//! text lines stay one block (so a hard-wrapped paragraph is one Text block; other lines are
//! one block each),
//! while a paragraph mixing, say, a caption line and a text line becomes several blocks.
use super::doc::{Block, BlockKind};
use crate::model::Span;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashSet;

/// Split the body into paragraphs (runs of non-blank lines) and classify each.
pub fn blocks(body: &str, title: Option<&str>) -> Vec<Block> {
    let title_norm = title.map(norm).filter(|t| !t.is_empty());
    // Paragraphs as lists of line spans (trimmed).
    let mut paras: Vec<Vec<Span>> = Vec::new();
    let mut cur: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if content.is_empty() {
            if !cur.is_empty() {
                paras.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let s = start + trimmed_start;
        cur.push(Span::new(s, s + content.len()));
    }
    if !cur.is_empty() {
        paras.push(cur);
    }

    let mut out: Vec<Block> = Vec::new();
    let mut seen_text = false;
    for (pi, lines) in paras.iter().enumerate() {
        let single = lines.len() == 1;
        let mut kinds: Vec<BlockKind> = lines
            .iter()
            .map(|l| {
                classify_line(
                    &body[l.start..l.end],
                    title_norm.as_deref(),
                    single,
                    seen_text,
                )
            })
            .collect();
        // A wrapped text paragraph: lines that are not recognizably something else are text.
        if !single {
            for k in kinds.iter_mut() {
                if *k == BlockKind::Heading {
                    *k = BlockKind::Text;
                }
            }
        }
        // Without a title, a short first paragraph with no final punctuation is the headline.
        if pi == 0 && title_norm.is_none() && single && kinds[0] == BlockKind::Heading {
            kinds[0] = BlockKind::Title;
        }
        let mut i = 0;
        while i < lines.len() {
            let mut j = i + 1;
            while j < lines.len() && kinds[j] == kinds[i] && kinds[i] == BlockKind::Text {
                j += 1;
            }
            out.push(Block {
                span: Span::new(lines[i].start, lines[j - 1].end),
                kind: kinds[i],
            });
            if kinds[i] == BlockKind::Text {
                seen_text = true;
            }
            i = j;
        }
    }
    // Repeats: a block identical to an earlier content block.
    let mut seen: HashSet<&str> = HashSet::new();
    for b in out.iter_mut() {
        if matches!(b.kind, BlockKind::Chrome) {
            continue;
        }
        let key = body[b.span.start..b.span.end].trim();
        if key.is_empty() {
            continue;
        }
        if !seen.insert(key)
            && matches!(
                b.kind,
                BlockKind::Text | BlockKind::Caption | BlockKind::Heading
            )
        {
            b.kind = BlockKind::Repeat;
        }
    }
    out
}

/// Lower-case, letters and digits only, single spaces.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

static CHROME_EXACT: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "accessibility links",
        "breaking news",
        "share this on",
        "share this",
        "share",
        "share this article",
        "share on facebook",
        "share on twitter",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "advertisement",
        "advertisements",
        "read more",
        "related",
        "related articles",
        "related stories",
        "related content",
        "related topics",
        "more on this story",
        "see also",
        "print",
        "email",
        "comments",
        "tweet",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "menu",
        "search",
        "home",
        "subscribe",
        "sign up",
        "log in",
        "login",
        "close",
        "next",
        "previous",
        "top stories",
        "most read",
        "most popular",
        "trending",
        "watch",
        "listen",
        "live",
        "video",
        "image",
        "embed",
        "copy link",
        "link copied",
        "follow us",
        "toggle navigation",
        "main menu",
        "back to top",
        "continue reading",
        "story continues below advertisement",
        "scroll to continue with content",
        "sponsored",
        "sponsored content",
        "newsletter",
        "print this page",
        "email this article",
    ]
    .into_iter()
    .collect()
});

static CHROME_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)^(?:
            (?:see\s+also|read\s+more|also\s+read|read\s+also|related|more|watch|listen|recommended|more\s+from|you\s+may\s+also\s+like)\s*[:\-–—]
          | ©
          | \(c\)\s
          | copyright(?-u:\b)
          | all\s+rights\s+reserved
          | (?:sign\s+up|subscribe)(?-u:\b).{0,80}(?:newsletter|email|updates|here)
          | click\s+here(?-u:\b)
          | follow\s+(?:us|@)
          | (?:by|written\s+by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$
          | (?:published|updated|posted|last\s+updated)\s*(?:on|:|at)?\s*\w+\.?\s+\d
          | \d+\s+(?:min|minute)s?\s+read\s*$
          | (?:photo|image|video)\s+gallery\s*$
        )",
    )
    .unwrap()
});

/// The longest line (bytes) that a caption pattern makes a caption.
const CAPTION_MAX: usize = 240;

static CAPTION_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix)(?:
            (?-u:\b)source\s*:\s*[^.!?]{0,80}$
          | \((?:ap|afp|reuters|getty|epa|xinhua|yonhap|efe|upi|file)(?-u:\b)[^)]{0,80}\)\s*$
          | (?-u:\b)(?:ap|afp|reuters|epa)\s+photo(?-u:\b)
          | (?-u:\b)photo(?:graph)?s?\s*(?::|by(?-u:\b)|credit(?-u:\b)|courtesy(?-u:\b))
          | (?-u:\b)(?:image|picture|credit|courtesy)\s*:\s*\S
          | (?-u:\b)file\s+(?:photo|picture|image)(?-u:\b)
          | (?-u:\b)getty\s+images\s*\W*$
          | \s/\s*(?:afp|ap|reuters|getty\s+images|epa|shutterstock)\s*\W*$
          | (?-u:\b)in\s+this\s+(?:undated\s+|handout\s+|file\s+|recent\s+)*(?:photo|picture|image|handout)(?-u:\b)
          | (?-u:\b)(?:photo|picture|image)\s+(?:released|provided|distributed|taken)\s+by(?-u:\b)
          | ^pictured(?-u:\b)
          | \(pictured[^)]{0,20}\)
          | (?-u:\b)pictured\s*(?:[:,]|(?:left|right|above|below|here|centre|center)(?-u:\b))
          | ^\s*(?:photo|image|video|caption)\s*$
        )",
    )
    .unwrap()
});

fn classify_line(line: &str, title: Option<&str>, single: bool, seen_text: bool) -> BlockKind {
    let t = line.trim();
    if let Some(title) = title {
        // Cheap length check first: the normalized line can only match a title of similar size.
        if t.len() <= title.len() * 2 + 16 && title.len() <= t.len() * 2 + 16 && norm(t) == title {
            return BlockKind::Title;
        }
    }
    if t.len() <= 48 {
        let lower = t.to_lowercase();
        let lower_trim =
            lower.trim_end_matches(|c: char| matches!(c, ':' | '.' | '…' | '>' | '»' | '|'));
        if CHROME_EXACT.contains(lower_trim.trim()) {
            return BlockKind::Chrome;
        }
    }
    if CHROME_RE.is_match(t) {
        return BlockKind::Chrome;
    }
    // Map legends and bullets of symbols ("██ Syrian Arab Republic") are captions.
    if let Some(c) = t.chars().next() {
        if !c.is_alphanumeric()
            && !is_quote_or_bracket(c)
            && !matches!(c, '-' | '–' | '—' | '$' | '£' | '€' | '#' | '@')
        {
            return BlockKind::Caption;
        }
    }
    // A caption is short: a paragraph of prose that mentions a photo ("a seat was pictured
    // lying beside the wreck", "copyrighted photos by using a browser") stays text.
    if t.len() <= CAPTION_MAX && CAPTION_RE.is_match(t) {
        return BlockKind::Caption;
    }
    // A truncated caption: ends with an ellipsis character glued to a word, and is not a quote.
    if t.ends_with('…') && !starts_with_quote(t) {
        let before = t[..t.len() - '…'.len_utf8()].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric()) {
            return BlockKind::Caption;
        }
    }
    if single && is_heading(t) {
        let _ = seen_text;
        return BlockKind::Heading;
    }
    BlockKind::Text
}

fn is_quote_or_bracket(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '(' | '[' | '«' | '„'
    )
}

fn starts_with_quote(t: &str) -> bool {
    t.starts_with(['"', '“', '‘', '\'', '«'])
}

/// A short line with no final sentence punctuation, starting with a capital (or a quote mark
/// then a capital), mostly capitalized or short.
fn is_heading(t: &str) -> bool {
    // a cheap byte-length reject first: 80 characters are at most 320 bytes
    if t.len() > 320 || t.chars().count() > 80 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().take(11).collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let stripped = t.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'));
    let last = match stripped.chars().last() {
        Some(c) => c,
        None => return false,
    };
    if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '…') {
        return false;
    }
    // A quoted heading must be quoted as a whole ('Maximum pressure').
    if stripped.len() != t.len() {
        let open = t.chars().next().unwrap();
        let close = t.chars().last().unwrap();
        let ok = matches!(
            (open, close),
            ('\'', '\'') | ('"', '"') | ('‘', '’') | ('“', '”')
        );
        if !ok {
            return false;
        }
    }
    let first = match stripped.chars().next() {
        Some(c) => c,
        None => return false,
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    // Not a fragment of a sentence: no speech verbs, no mid-sentence commas run.
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    words.len() <= 5 || caps * 2 >= words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(body: &str, title: Option<&str>) -> Vec<(String, BlockKind)> {
        blocks(body, title)
            .into_iter()
            .map(|b| (body[b.span.start..b.span.end].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn paragraphs_and_spans() {
        let body = "First para line one.\nline two.\n\n\nSecond para.\n";
        let k = kinds(body, None);
        assert_eq!(k.len(), 2);
        assert_eq!(
            k[0],
            (
                "First para line one.\nline two.".to_string(),
                BlockKind::Text
            )
        );
        assert_eq!(k[1], ("Second para.".to_string(), BlockKind::Text));
    }

    #[test]
    fn title_repeated_in_body() {
        let body = "Mayor Opens New Bridge in Riverton\n\nThe mayor opened the bridge on Tuesday.";
        let k = kinds(body, Some("Mayor opens new bridge in Riverton"));
        assert_eq!(k[0].1, BlockKind::Title);
        assert_eq!(k[1].1, BlockKind::Text);
    }

    #[test]
    fn title_without_metadata_is_first_short_line() {
        let body = "Hospital Strike Ends\n\nNurses returned to work on Monday.";
        let k = kinds(body, None);
        assert_eq!(k[0].1, BlockKind::Title);
    }

    #[test]
    fn chrome_lines() {
        for line in [
            "Accessibility links",
            "Breaking News",
            "Share this on",
            "Skip to content",
            "SEE ALSO: Mayor wins again in landslide",
            "Related:",
            "Advertisement",
            "Read more",
            "© 2021 Example News Ltd",
            "Copyright 2020 The Daily Example. All rights reserved.",
        ] {
            let body = format!("{line}\n\nThe council voted on the budget.");
            let k = kinds(&body, Some("Council votes"));
            assert_eq!(k[0].1, BlockKind::Chrome, "{line}");
            assert_eq!(k[1].1, BlockKind::Text);
        }
    }

    #[test]
    fn originated_line_stays_text() {
        let k = kinds(
            "This report originated with the paper's Spanish desk.",
            None,
        );
        assert_eq!(k[0].1, BlockKind::Text);
    }

    #[test]
    fn headings() {
        let body = "The trade deal passed.\n\nWinners and Losers\n\nFarmers gained most.\n\n'Fair trade'\n\nMore text here.";
        let k = kinds(body, Some("Trade deal passes"));
        assert_eq!(k[1].1, BlockKind::Heading);
        assert_eq!(k[3].1, BlockKind::Heading);
        assert_eq!(k[2].1, BlockKind::Text);
    }

    #[test]
    fn sentence_is_not_heading() {
        let k = kinds(
            "The mayor resigned.\n\nShe left on Friday, aides said",
            Some("x"),
        );
        assert_eq!(k[0].1, BlockKind::Text);
        assert_eq!(k[1].1, BlockKind::Text);
    }

    #[test]
    fn captions() {
        for line in [
            "The mayor cuts a ribbon at the new hospital in Riverton on May 3, 2021. Source: Reuters/Jane Doe",
            "Workers unload grain at the port. (AP Photo/John Roe)",
            "Photo: Jane Doe",
            "A nurse walks past the ward in this undated photo released by the health ministry.",
            "Farmers protest outside parliament in Capitol City. File photo",
            "The senator speaks to supporters at a rally after the vote, which ended in a deadlock after the two sides failed to reach a…",
            "Pictured: the flooded main street of Riverton",
            "The new mayor (pictured) at her first council meeting",
            "The mayor, pictured left, with the winners of the prize. Image: Jane Doe.",
        ] {
            let body = format!("{line}\n\nThe hospital opened.");
            let k = kinds(&body, Some("Hospital opens"));
            assert_eq!(k[0].1, BlockKind::Caption, "{line}");
            assert_eq!(k[1].1, BlockKind::Text);
        }
    }

    #[test]
    fn prose_that_mentions_a_photo_is_not_caption() {
        for line in [
            "The van overturned on the bridge. One wheel was pictured lying beside the road. \
             According to the police, nobody was hurt.",
            "Firefighters were later pictured searching the flats.",
            "The party unveiled a poster which pictured the leader as a magician, and the \
             campaign manager said it was only a joke, though several members of the party \
             complained about it to the press. Others said the photo by the agency was fine, \
             and the poster stayed up.",
        ] {
            let k = kinds(&format!("{line}\n\nThe hospital opened."), Some("x"));
            assert_eq!(k[0].1, BlockKind::Text, "{line}");
        }
    }

    #[test]
    fn quote_ending_in_ellipsis_is_not_caption() {
        let k = kinds("“We will not stop until the job is done…", None);
        assert_eq!(k[0].1, BlockKind::Text);
    }

    #[test]
    fn repeats_and_mixed_paragraph() {
        let cap = "The mayor waves to a crowd in Riverton, Riverland, as the two sides failed to reach a…";
        let body = format!("{cap}\n{cap}\n\nThe mayor spoke.\n\nThe mayor spoke.");
        let k = kinds(&body, Some("x"));
        assert_eq!(k.len(), 4);
        assert_eq!(k[0].1, BlockKind::Caption);
        assert_eq!(k[1].1, BlockKind::Repeat);
        assert_eq!(k[2].1, BlockKind::Text);
        assert_eq!(k[3].1, BlockKind::Repeat);
    }

    #[test]
    fn map_legend_is_caption() {
        let k = kinds("██ Freedonia\n\nThe border was closed.", Some("x"));
        assert_eq!(k[0].1, BlockKind::Caption);
    }

    #[test]
    fn arbitrary_utf8_no_panic() {
        let body = "  é\u{301}\n\n“\n\n…\n\n\u{200b}";
        let _ = blocks(body, Some("é"));
        let _ = blocks("", None);
    }
}
