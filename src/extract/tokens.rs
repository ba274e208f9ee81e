//! A small word tokenizer with byte offsets, shared by names, roles, events and dates.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TK {
    /// Starts with a letter ("Kim", "U.S.", "Yu-hwan", "al-Assad", "don't").
    Word,
    /// Starts with a digit ("2019", "1,000", "19-year-old").
    Num,
    /// A possessive ending split off a word: "'s", "’s", or a bare "'" after a plural.
    Poss,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: TK,
    /// A word that can be part of a proper name (see [`is_name_word`]), decided once here.
    pub name: bool,
}

impl Tok {
    pub fn span(&self) -> Span {
        Span::new(self.s, self.e)
    }
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.s..self.e]
    }
}

const ABBREVS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov", "Inc",
    "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct",
    "Prof", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St",
];

/// Words joined by these suffixes are split: "Washington-based" -> "Washington" "based".
const HYPHEN_SUFFIXES: &[&str] = &[
    "based",
    "led",
    "born",
    "backed",
    "owned",
    "run",
    "made",
    "funded",
    "bound",
    "controlled",
    "style",
    "majority",
    "dominated",
    "speaking",
    "populated",
];

fn is_apos(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn tok(body: &str, s: usize, e: usize, k: TK) -> Tok {
    Tok {
        s,
        e,
        k,
        name: k == TK::Word && is_name_word(&body[s..e]),
    }
}

/// The end of a web address after its first dot: "com", "org", "co.uk", "at".
fn is_web_suffix(tail: &str) -> bool {
    let last = tail.rsplit('.').next().unwrap_or("");
    tail.split('.').count() <= 2
        && matches!(
            last,
            "com"
                | "org"
                | "net"
                | "gov"
                | "edu"
                | "uk"
                | "ru"
                | "at"
                | "de"
                | "fr"
                | "es"
                | "it"
                | "cn"
                | "jp"
                | "au"
                | "ca"
                | "io"
                | "info"
                | "tv"
                | "nz"
                | "ie"
                | "pl"
                | "ua"
                | "kr"
                | "hu"
                | "cz"
                | "sk"
                | "ro"
                | "bg"
                | "gr"
                | "tr"
                | "nl"
                | "ch"
                | "se"
                | "dk"
                | "fi"
                | "pt"
                | "br"
                | "ar"
                | "mx"
                | "za"
                | "ng"
                | "ke"
                | "sg"
                | "ph"
                | "th"
                | "vn"
                | "il"
                | "ae"
                | "sa"
                | "eg"
                | "ir"
                | "pk"
                | "bd"
                | "lk"
                | "hk"
                | "tw"
        )
        && (tail.split('.').count() == 1
            || matches!(
                tail.split('.').next(),
                Some("co" | "com" | "org" | "gov" | "ac" | "net")
            ))
}

/// A web address: "Znak.com", "oe24.at", "bbc.co.uk".
pub fn is_web_address(w: &str) -> bool {
    w.find('.').is_some_and(|d| {
        d >= 2
            && w[..d]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && is_web_suffix(&w[d + 1..])
    })
}

/// A word that can be part of a proper name: capitalized ("Kim", "U.S."), but not a month
/// or weekday nor an adjective like "Trump-loving"; or a lower-case particle joined to a
/// capitalized name ("al-Assad", "bin-Salman").
pub fn is_name_word(w: &str) -> bool {
    use super::lexicon as lx;
    // (bytes searched, not chars: these words are short)
    let bytes = w.as_bytes();
    if bytes.contains(&b'.') && is_web_address(w) {
        return true;
    }
    if is_cap(w) {
        // "Trump-loving", "Kurdish-speaking": adjectives
        if let Some(h) = bytes.iter().rposition(|&c| c == b'-') {
            let tail = &w[h + 1..];
            if tail.len() >= 4
                && tail.chars().all(|c| c.is_lowercase())
                && (tail.ends_with("ing") || tail.ends_with("ed") || tail.ends_with("ly"))
            {
                return false;
            }
        }
        return !lx::is_month_word(w) && !lx::is_weekday_word(w);
    }
    // ("Giscard d'Estaing", "Valéry d’Ornano": "d'" before a capital is a particle of the name)
    if let Some(rest) = elided_particle(w) {
        return is_cap(rest);
    }
    if let Some(h) = bytes.iter().position(|&c| c == b'-') {
        let (p, rest) = (&w[..h], &w[h + 1..]);
        return lx::is_particle(p) && is_cap(rest);
    }
    false
}

/// The rest of a word after an elided "d'" ("d'Estaing" -> "Estaing").
pub fn elided_particle(w: &str) -> Option<&str> {
    w.strip_prefix("d'").or_else(|| w.strip_prefix("d\u{2019}"))
}

/// Tokenize `body[span]`. Never panics; offsets are on char boundaries.
pub fn tokenize(body: &str, span: Span) -> Vec<Tok> {
    let text = &body[span.start..span.end];
    let b = text.as_bytes();
    let n = b.len();
    let off = span.start;
    // The character at byte i (< n) and the byte after it: ASCII without decoding.
    let at = |i: usize| -> char {
        if b[i] < 0x80 {
            b[i] as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        }
    };
    let nx = |i: usize| -> usize {
        if b[i] < 0x80 {
            i + 1
        } else {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        }
    };
    let get = |i: usize| -> Option<char> { (i < n).then(|| at(i)) };
    let mut out = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let c = at(i);
        if c.is_whitespace() {
            i = nx(i);
            continue;
        }
        if c.is_alphabetic() {
            let st = i;
            let mut seg_len = 0usize; // letters since the last '.'
            let mut j = i;
            while j < n {
                // (ASCII letters and digits, most of the text, without decoding)
                if b[j].is_ascii_alphanumeric() {
                    seg_len += 1;
                    j += 1;
                    continue;
                }
                let cj = at(j);
                if cj.is_alphanumeric() {
                    seg_len += 1;
                    j = nx(j);
                    continue;
                }
                let j1 = nx(j);
                let c1 = get(j1);
                let next_alnum = c1.is_some_and(char::is_alphanumeric);
                if cj == '-' && next_alnum {
                    j = j1;
                    seg_len = 0;
                    continue;
                }
                if is_apos(cj) && next_alnum {
                    // possessive 's ends the word
                    let is_s = matches!(c1, Some('s' | 'S'));
                    if is_s && get(nx(j1)).is_none_or(|c| !c.is_alphanumeric()) {
                        break;
                    }
                    j = j1;
                    continue;
                }
                // "AT&T", "PG&E", "S&P": capitals joined by an ampersand are one name
                if cj == '&'
                    && c1.is_some_and(|c| c.is_ascii_uppercase())
                    && (1..=3).contains(&(j - st))
                    && text[st..j].bytes().all(|c| c.is_ascii_uppercase())
                {
                    let mut k = j1;
                    while get(k).is_some_and(|c| c.is_ascii_uppercase()) {
                        k = nx(k);
                    }
                    if k - j1 <= 3 && get(k).is_none_or(|c| !c.is_alphanumeric()) {
                        j = k;
                        continue;
                    }
                }
                // "Znak.com", "oe24.at", "bbc.co.uk": a web address is one word
                if cj == '.' && next_alnum && j > st + 1 {
                    let mut k = j1;
                    while get(k).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
                        k = nx(k);
                    }
                    let tail = text[j1..k].trim_end_matches('.');
                    if is_web_suffix(tail) {
                        j = j1 + tail.len();
                        break;
                    }
                }
                if cj == '.' && next_alnum && seg_len == 1 && c1.is_some_and(char::is_uppercase) {
                    j = j1;
                    seg_len = 0;
                    continue;
                }
                break;
            }
            // trailing period of an abbreviation
            let word = &text[st..j];
            if j < n && b[j] == b'.' {
                let dotted = word.contains('.') && seg_len == 1;
                let single_cap =
                    word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
                if dotted || single_cap || ABBREVS.contains(&word) {
                    j += 1;
                }
            }
            let ws = off + st;
            let we = off + j;
            // split "Washington-based"
            let w = &body[ws..we];
            let mut pushed = false;
            if let Some(h) = if w.as_bytes().contains(&b'-') {
                w.rfind('-')
            } else {
                None
            } {
                let suf = &w[h + 1..];
                if h > 0 && HYPHEN_SUFFIXES.contains(&suf) {
                    out.push(tok(body, ws, ws + h, TK::Word));
                    out.push(tok(body, ws + h + 1, we, TK::Word));
                    pushed = true;
                }
            }
            if !pushed {
                out.push(tok(body, ws, we, TK::Word));
            }
            // possessive
            if j < n && is_apos(at(j)) {
                let j1 = nx(j);
                let c1 = get(j1);
                if matches!(c1, Some('s' | 'S')) {
                    let j2 = nx(j1);
                    if get(j2).is_none_or(|c| !c.is_alphanumeric()) {
                        out.push(tok(body, off + j, off + j2, TK::Poss));
                        i = j2;
                        continue;
                    }
                }
                let last = word.chars().last().unwrap_or(' ');
                if (last == 's' || last == 'S') && c1.is_none_or(|c| !c.is_alphanumeric()) {
                    out.push(tok(body, off + j, off + j1, TK::Poss));
                    i = j1;
                    continue;
                }
            }
            i = j;
            continue;
        }
        if c.is_ascii_digit() || c.is_numeric() {
            let st = i;
            let mut j = i;
            while j < n {
                let cj = at(j);
                if cj.is_alphanumeric() {
                    j = nx(j);
                    continue;
                }
                let j1 = nx(j);
                let c1 = get(j1);
                let next_alnum = c1.is_some_and(char::is_alphanumeric);
                let next_digit = c1.is_some_and(|c| c.is_ascii_digit());
                if (cj == '-' && next_alnum) || ((cj == ',' || cj == '.') && next_digit) {
                    j = j1;
                    continue;
                }
                break;
            }
            out.push(tok(body, off + st, off + j, TK::Num));
            i = j;
            continue;
        }
        let e = nx(i);
        out.push(tok(body, off + i, off + e, TK::Punct));
        i = e;
    }
    // ("Jan Egeland", "Jan Koum": the month's short form as a given name before a name word)
    for k in 1..out.len() {
        if out[k].name
            && !out[k - 1].name
            && out[k - 1].k == TK::Word
            && &body[out[k - 1].s..out[k - 1].e] == "Jan"
        {
            out[k - 1].name = true;
        }
    }
    out
}

/// First character is upper case.
pub fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// First letter upper case, the rest lower ("SEOUL" -> "Seoul", "deputy" -> "Deputy").
pub fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    }
}

/// Two or more capitals and no lower-case letter ("UN", "U.S.", "KCNA").
pub fn is_acronym(w: &str) -> bool {
    let up = w.chars().filter(|c| c.is_uppercase()).count();
    up >= 2 && !w.chars().any(|c| c.is_lowercase())
}

/// Lower-case, without allocating when the word has no upper-case letter (most words).
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Fold to lower-case ASCII where possible: "Erdoğan" -> "erdogan", curly quotes -> "'".
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Normalize a surface string for table lookups: curly apostrophes to straight, single spaces.
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(if c == '\u{2019}' || c == '\u{2018}' {
            '\''
        } else {
            c
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(String, TK)> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| (t.text(s).to_string(), t.k))
            .collect()
    }

    #[test]
    fn abbreviations_and_possessives() {
        let w = words("The U.S. envoy met Dr. Okafor’s aide at the Farmers' Union.");
        let t: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            t,
            vec![
                "The", "U.S.", "envoy", "met", "Dr.", "Okafor", "’s", "aide", "at", "the",
                "Farmers", "'", "Union", "."
            ]
        );
        assert_eq!(w[6].1, TK::Poss);
        assert_eq!(w[11].1, TK::Poss);
    }

    #[test]
    fn capitals_joined_by_an_ampersand_are_one_word() {
        let w = words(
            "Shares in XY&Z and Q&AB rose, but rock & roll and Bread&butter did not; A&BCDE too.",
        );
        let t: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(&t[..6], ["Shares", "in", "XY&Z", "and", "Q&AB", "rose"]);
        assert!(
            t.contains(&"&") && t.contains(&"Bread") && t.contains(&"butter"),
            "{t:?}"
        );
        // (not past three capitals after the ampersand)
        assert!(t.contains(&"BCDE"), "{t:?}");
    }

    #[test]
    fn a_web_address_is_one_name_word() {
        let w = words("The site Lorsknews.com and lorsk24.at quoted news.co.uk. It ended.");
        let t: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            t,
            [
                "The",
                "site",
                "Lorsknews.com",
                "and",
                "lorsk24.at",
                "quoted",
                "news.co.uk",
                ".",
                "It",
                "ended",
                "."
            ]
        );
        assert!(
            is_name_word("lorsk24.at")
                && is_web_address("news.co.uk")
                && is_web_address("Lorskfolio.hu")
                && is_web_address("news.com.br")
        );
        // (a sentence's end before a word is no address)
        assert!(!is_web_address("ended.It") && !is_web_address("U.S."));
        assert!(is_name_word("d'Estaing") && is_name_word("d’Ornano") && !is_name_word("d'oh"));
    }

    #[test]
    fn hyphens_numbers_and_suffixes() {
        let w = words("A Lagos-based 19-year-old, Ana Silva-Costa, paid 1,500 dollars.");
        let t: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            t,
            vec![
                "A",
                "Lagos",
                "based",
                "19-year-old",
                ",",
                "Ana",
                "Silva-Costa",
                ",",
                "paid",
                "1,500",
                "dollars",
                "."
            ]
        );
        assert_eq!(w[3].1, TK::Num);
        let w = words("Muslim-majority Lorsk and Kurdish-dominated Ost");
        let t: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            t,
            vec![
                "Muslim",
                "majority",
                "Lorsk",
                "and",
                "Kurdish",
                "dominated",
                "Ost"
            ]
        );
    }

    #[test]
    fn jan_before_a_name_word_is_a_given_name_and_a_month_elsewhere() {
        let names = |s: &str| {
            tokenize(s, Span::new(0, s.len()))
                .iter()
                .filter(|t| t.name)
                .map(|t| t.text(s).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("The coordinator, Jan Egeland, said so on 3 Jan 2005."),
            ["The", "Jan", "Egeland"]
        );
        assert_eq!(names("It happened in Jan. Oslo was cold."), ["It", "Oslo"]);
    }

    #[test]
    fn fold_and_shapes() {
        assert_eq!(fold("Erdoğan’s"), "erdogan's");
        assert!(is_acronym("U.N."));
        assert!(!is_acronym("Un"));
        assert!(is_cap("Élodie"));
        assert_eq!(norm_key("Workers’  Party"), "Workers' Party");
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "’",
            "a’",
            "'s",
            "U.",
            "-",
            "ß.",
            "日本の首相",
            "x'",
            "1,",
            "A.B",
        ] {
            let _ = tokenize(s, Span::new(0, s.len()));
        }
    }
}
