//! Reading articles from disk: `.txt`/`.md` (optional TOML front matter between `+++` lines),
//! `.html`/`.htm`, and `.jsonl` (one article a line). Nothing here extracts anything.

use crate::model::{Article, PartialDate};
use anyhow::{anyhow, bail, Context, Result};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// The kinds of file kg reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Html,
    JsonLines,
}

impl InputKind {
    pub fn of(path: &Path) -> Option<InputKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "markdown" => Some(InputKind::Text),
            "html" | "htm" => Some(InputKind::Html),
            "jsonl" => Some(InputKind::JsonLines),
            _ => None,
        }
    }
}

/// Files under `paths` that kg reads, in sorted order (directories walked recursively),
/// and the files it skips (unknown extensions inside directories).
pub fn collect_inputs(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
        if meta.is_dir() {
            walk(p, &mut files, &mut skipped)?;
        } else if InputKind::of(p).is_some() {
            files.push(p.clone());
        } else {
            bail!(
                "{}: not an article file kg reads (expected .txt, .md, .html, .htm or .jsonl)",
                p.display()
            );
        }
    }
    Ok((files, skipped))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("cannot read directory {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .with_context(|| format!("cannot read directory {}", dir.display()))?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, skipped)?;
        } else if InputKind::of(&path).is_some() {
            files.push(path);
        } else {
            skipped.push(path);
        }
    }
    Ok(())
}

/// Calls `f` with every article of `path`, in order, with where it comes from ("a.txt",
/// "feed.jsonl:12"). A failure to read or parse one article is passed to `f` as an error
/// naming the file (and line); reading goes on with the next article where the format allows
/// it (JSON Lines). An I/O error on the file stops it.
pub fn for_each_article(path: &Path, mut f: impl FnMut(&str, Result<Article>)) -> Result<()> {
    let kind =
        InputKind::of(path).ok_or_else(|| anyhow!("{}: unknown file type", path.display()))?;
    match kind {
        InputKind::JsonLines => {
            let file =
                fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
            let mut reader = BufReader::with_capacity(1 << 16, file);
            let mut line = Vec::new();
            let mut n = 0usize;
            loop {
                line.clear();
                let read = reader
                    .read_until(b'\n', &mut line)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                if read == 0 {
                    break;
                }
                n += 1;
                let where_ = format!("{}:{}", path.display(), n);
                if line.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                f(
                    &where_,
                    parse_json_line(&line, path, n).with_context(|| where_.clone()),
                );
            }
            Ok(())
        }
        _ => {
            f(&path.display().to_string(), read_file(path, kind));
            Ok(())
        }
    }
}

fn read_file(path: &Path, kind: InputKind) -> Result<Article> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article");
    let mut article =
        parse_bytes(&bytes, kind, stem).with_context(|| path.display().to_string())?;
    article.source = path.display().to_string();
    Ok(article)
}

/// One article from the bytes of a `.txt`/`.md` or `.html` file (or one JSON Lines line),
/// `stem` standing in for the file name where the article has no `id`.
pub fn parse_bytes(bytes: &[u8], kind: InputKind, stem: &str) -> Result<Article> {
    let article = match kind {
        InputKind::JsonLines => parse_json_line(bytes, Path::new(stem), 1)?,
        InputKind::Html => parse_html(&decode(bytes)?, stem),
        InputKind::Text => parse_text(&decode(bytes)?, stem)?,
    };
    if article.body.trim().is_empty() {
        bail!("the article has no text");
    }
    Ok(article)
}

/// UTF-8 text with the BOM dropped and CRLF/CR line ends made LF. Rejects invalid UTF-8 and
/// binary data, naming the byte offset.
pub fn decode(bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|e| {
            anyhow!(
            "not valid UTF-8 at byte {} (line {}); is this a text file? Convert it to UTF-8 first",
            e.valid_up_to(),
            bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1
        )
        })?;
    if let Some(pos) = text.find('\0') {
        bail!("binary data (a NUL byte) at byte {pos}: this does not look like a text article");
    }
    Ok(normalize_newlines(text))
}

fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    published: Option<toml::Value>,
    author: Option<String>,
    language: Option<String>,
}

/// A `.txt`/`.md` article: optional TOML front matter between `+++` lines, then the body.
pub fn parse_text(text: &str, stem: &str) -> Result<Article> {
    let (front, body, body_line) = split_front_matter(text)?;
    let fm: FrontMatter = match front {
        Some(src) => toml::from_str(src).map_err(|e| {
            let line = e
                .span()
                .map(|s| src[..s.start.min(src.len())].matches('\n').count() + 2)
                .unwrap_or(2);
            anyhow!("front matter, line {line}: {}", e.message())
        })?,
        None => FrontMatter::default(),
    };
    let published = match &fm.published {
        None => None,
        Some(v) => Some(date_value(v).ok_or_else(|| {
            anyhow!(
                "front matter: `published` must be a date such as 2020-01-30, not {}",
                v
            )
        })?),
    };
    let _ = body_line;
    let title = fm.title.or_else(|| headline(body));
    Ok(Article {
        id: fm.id.unwrap_or_else(|| stem.to_string()),
        title,
        publisher: fm.publisher,
        url: fm.url,
        published,
        author: fm.author,
        language: fm.language,
        body: body.to_string(),
        source: String::new(),
    })
}

/// (front matter, body, line where the body starts).
fn split_front_matter(text: &str) -> Result<(Option<&str>, &str, usize)> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "+++" {
        return Ok((None, text, 1));
    }
    let rest_start = (first_end + 1).min(text.len());
    let mut pos = rest_start;
    let mut line_no = 2;
    for line in text[rest_start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let body_start = pos + line.len();
            return Ok((
                Some(&text[rest_start..pos]),
                &text[body_start..],
                line_no + 1,
            ));
        }
        pos += line.len();
        line_no += 1;
    }
    bail!("front matter opened with +++ on line 1 is never closed (add a line with +++)")
}

fn date_value(v: &toml::Value) -> Option<PartialDate> {
    match v {
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            Some(PartialDate::ymd(d.year as i32, d.month, d.day))
        }
        toml::Value::String(s) => parse_date(s),
        toml::Value::Integer(y) if (1000..=9999).contains(y) => Some(PartialDate {
            year: *y as i32,
            month: None,
            day: None,
        }),
        _ => None,
    }
}

/// "2020-01-30", "2020-01-30T12:00:00Z", "2020-01" or "2020".
pub fn parse_date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    let head = s.get(..10.min(s.len()))?;
    let parts: Vec<&str> = head.split('-').collect();
    let year: i32 = parts.first()?.parse().ok()?;
    if !(1000..=9999).contains(&year) || parts[0].len() != 4 {
        return None;
    }
    let month = match parts.get(1) {
        Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match (parts.get(2), month) {
        (Some(d), Some(m)) => {
            let d = d.get(..2)?.parse::<u8>().ok()?;
            if !(1..=days_in_month(year, m)).contains(&d) {
                return None;
            }
            Some(d)
        }
        _ => None,
    };
    Some(PartialDate { year, month, day })
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The first line that reads as a headline: short, not site furniture, no final full stop.
fn headline(body: &str) -> Option<String> {
    body.lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .take(8)
        .find(|l| {
            let words = l.split_whitespace().count();
            let lower = l.to_lowercase();
            // (a sentence ends with a full stop, also inside a closing quote: `... go there."`)
            (2..=25).contains(&words)
                && !l
                    .trim_end_matches(['"', '”', '\'', '’'])
                    .ends_with(['.', '!', '?'])
                && ![
                    "accessibility links",
                    "breaking news",
                    "share this on",
                    "skip to",
                ]
                .iter()
                .any(|c| lower.starts_with(c))
        })
        .map(str::to_string)
}

#[derive(serde::Deserialize)]
struct JsonArticle {
    id: Option<String>,
    title: Option<String>,
    text: String,
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    author: Option<String>,
    language: Option<String>,
}

fn parse_json_line(line: &[u8], path: &Path, n: usize) -> Result<Article> {
    let text = decode(line)?;
    let j: JsonArticle = serde_json::from_str(&text)
        .map_err(|e| anyhow!("not a valid JSON article (column {}): {e}", e.column()))?;
    let published = match j.published.as_deref().filter(|s| !s.trim().is_empty()) {
        None => None,
        Some(s) => Some(parse_date(s).ok_or_else(|| anyhow!("`published` is not a date: {s:?}"))?),
    };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("line");
    let body = normalize_newlines(&j.text);
    if body.trim().is_empty() {
        bail!("the article has no text");
    }
    Ok(Article {
        id: j
            .id
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| format!("{stem}-{n}")),
        title: j.title,
        publisher: j.publisher,
        url: j.url,
        published,
        author: j.author,
        language: j.language,
        body,
        source: format!("{}:{n}", path.display()),
    })
}

/// An HTML page: title and date from metadata, text from the main content with scripts,
/// styles, navigation, headers, footers and asides dropped. Paragraph-like elements become
/// paragraphs separated by blank lines.
pub fn parse_html(html: &str, stem: &str) -> Article {
    use scraper::{Html, Selector};
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).expect("static selector");
    let meta = |name: &str| {
        let s = sel(&format!("meta[property=\"{name}\"], meta[name=\"{name}\"]"));
        doc.select(&s)
            .find_map(|m| m.value().attr("content"))
            .map(|c| c.trim().to_string())
    };
    let title = meta("og:title").or_else(|| {
        doc.select(&sel("title")).next().map(|t| {
            t.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    });
    let published = meta("article:published_time")
        .or_else(|| meta("date"))
        .or_else(|| {
            doc.select(&sel("time[datetime]"))
                .find_map(|t| t.value().attr("datetime").map(str::to_string))
        })
        .and_then(|d| parse_date(&d));
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let mut paras: Vec<String> = Vec::new();
    let mut cur = String::new();
    html_text(root, &mut paras, &mut cur);
    flush(&mut paras, &mut cur);
    Article {
        id: stem.to_string(),
        title: title.filter(|t| !t.is_empty()),
        publisher: meta("og:site_name"),
        url: meta("og:url"),
        published,
        author: meta("author"),
        language: doc.root_element().value().attr("lang").map(str::to_string),
        body: paras.join("\n\n"),
        source: String::new(),
    }
}

fn flush(paras: &mut Vec<String>, cur: &mut String) {
    let p = cur.split_whitespace().collect::<Vec<_>>().join(" ");
    if !p.is_empty() {
        paras.push(p);
    }
    cur.clear();
}

fn html_text(el: scraper::ElementRef, paras: &mut Vec<String>, cur: &mut String) {
    use scraper::Node;
    const DROP: &[&str] = &[
        "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "button", "svg",
        "iframe", "template", "select",
    ];
    const BLOCK: &[&str] = &[
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "tr",
        "br",
        "pre",
        "dd",
        "dt",
    ];
    for child in el.children() {
        match child.value() {
            Node::Text(t) => cur.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if DROP.contains(&name) {
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    flush(paras, cur);
                }
                if let Some(child_el) = scraper::ElementRef::wrap(child) {
                    html_text(child_el, paras, cur);
                }
                if block {
                    flush(paras, cur);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_sets_fields_and_body_follows() {
        let a = parse_text(
            "+++\nid = \"x1\"\ntitle = \"T\"\npublished = 2021-03-04\n+++\nBody line.\n",
            "stem",
        )
        .unwrap();
        assert_eq!(a.id, "x1");
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published, Some(PartialDate::ymd(2021, 3, 4)));
        assert_eq!(a.body, "Body line.\n");
    }

    #[test]
    fn without_front_matter_the_headline_is_the_first_headline_like_line() {
        let a = parse_text(
            "Share this on\n\nMayor Opens New Bridge\n\nThe mayor spoke.\n",
            "s",
        )
        .unwrap();
        assert_eq!(a.id, "s");
        assert_eq!(a.title.as_deref(), Some("Mayor Opens New Bridge"));
        // a sentence ending in a quote is no headline
        let a = parse_text(
            "Report\n\nThe mayor spoke.\n\nAna Silva said: \"We will not go there.\"\n",
            "s",
        )
        .unwrap();
        assert_eq!(a.title, None);
    }

    #[test]
    fn wrong_typed_published_is_an_error_naming_the_field() {
        let e = parse_text("+++\npublished = true\n+++\nx\n", "s").unwrap_err();
        assert!(format!("{e:#}").contains("published"), "{e:#}");
    }

    #[test]
    fn broken_toml_names_the_line() {
        let e = parse_text("+++\ntitle = \"ok\"\nthis is not toml\n+++\nx\n", "s").unwrap_err();
        assert!(format!("{e:#}").contains("line 3"), "{e:#}");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(parse_text("+++\ntitle = \"x\"\nbody\n", "s").is_err());
    }

    #[test]
    fn decode_strips_bom_and_crlf_and_rejects_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb").unwrap(), "a\nb");
        let e = decode(b"ok\nbad \xFF here").unwrap_err();
        assert!(e.to_string().contains("byte 7"), "{e}");
        assert!(decode(b"PNG\0\0data").is_err());
    }

    #[test]
    fn dates_parse_in_several_precisions() {
        assert_eq!(
            parse_date("2019-02-28T10:00:00Z"),
            Some(PartialDate::ymd(2019, 2, 28))
        );
        assert_eq!(
            parse_date("2019-02"),
            Some(PartialDate {
                year: 2019,
                month: Some(2),
                day: None
            })
        );
        assert_eq!(parse_date("2019-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn html_keeps_main_text_and_drops_scripts_and_navigation() {
        let a = parse_html(
            "<html lang=en><head><title>Page T</title><meta property=\"article:published_time\" content=\"2020-05-06T08:00:00Z\"><script>var x=1;</script></head>\
             <body><nav>Home | World</nav><article><h1>Big News</h1><p>First <b>para</b>.</p><p>Second.</p></article><footer>(c) Site</footer></body></html>",
            "page",
        );
        assert_eq!(a.title.as_deref(), Some("Page T"));
        assert_eq!(a.published, Some(PartialDate::ymd(2020, 5, 6)));
        assert_eq!(a.body, "Big News\n\nFirst para.\n\nSecond.");
    }

    #[test]
    fn json_line_without_id_gets_one_from_file_and_line() {
        let a = parse_json_line(
            br#"{"title":"t","text":"Hello."}"#,
            Path::new("x/feed.jsonl"),
            7,
        )
        .unwrap();
        assert_eq!(a.id, "feed-7");
        assert!(parse_json_line(b"{\"title\": ", Path::new("f.jsonl"), 1).is_err());
    }
}
