//! Arbitrary bytes through the article reader (as text, HTML and a JSON Lines line) and,
//! when they make an article, through the extractor; plus the same bytes as UTF-8 text
//! straight into the extractor. Every span the extractor returns must lie on character
//! boundaries inside the body: `Span::text` slices, and a bad span panics.
#![no_main]
use kg::model::{Article, Span};
use kg::reader::{parse_bytes, InputKind};
use libfuzzer_sys::fuzz_target;

fn check(a: &Article) {
    let ex = kg::extract::extract(a);
    let body = a.body.as_str();
    let spans = ex
        .claims
        .iter()
        .map(|c| c.evidence)
        .chain(ex.roles.iter().map(|r| r.evidence))
        .chain(ex.events.iter().flat_map(|e| e.evidence.iter().copied()))
        .chain(ex.entities.iter().flat_map(|e| e.mentions.iter().copied()));
    for s in spans {
        let s: Span = s;
        assert!(s.start <= s.end && s.end <= body.len(), "span {s:?} outside a body of {} bytes", body.len());
        let _ = s.text(body);
    }
}

fuzz_target!(|data: &[u8]| {
    for kind in [InputKind::Text, InputKind::Html, InputKind::JsonLines] {
        if let Ok(a) = parse_bytes(data, kind, "fuzz") {
            check(&a);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let a = Article { body: text.to_string(), ..Article::default() };
        check(&a);
    }
});
