//! Recognizing people, organizations and places.
//!
//! Capitalized runs of words ("chunks") are cut into pieces: titles ("Secretary of State"),
//! gazetteer names, organizations by head word ("... Institute", "Department of ..."), place
//! names by head word ("... County"), nationality adjectives, and bare names. A bare name
//! becomes a person only with a cue (a title or role noun before it, an appositive or a
//! speech verb next to it, "according to"), a place after a place preposition, a news
//! organization next to "newspaper" or after "told the". Names seen once with a cue name the
//! same referent elsewhere (a surname, an exact repeat).

use super::doc::{BlockKind, Doc, Entities};
use super::gazetteer::{self, GKind};
use super::lexicon as lx;
use super::tokens::{is_acronym, is_cap, lower, title_case, Tok, TK};
use crate::model::{Entity, EntityKind, OrgKind, PlaceKind, Span};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceKind {
    Stop,
    Title,
    Gaz(gazetteer::Entry),
    Org(OrgKind),
    Place,
    Adj,
    Name,
}

/// A part of a capitalized chunk: tokens `a..=b` (indices into the block's tokens).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece {
    pub a: usize,
    pub b: usize,
    pub kind: PieceKind,
}

/// What a recognized name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CKind {
    Person,
    Org(OrgKind),
    Place(PlaceKind),
    Unknown,
}

#[derive(Debug, Clone)]
struct Cand {
    span: Span,
    /// Entity name to file it under.
    name: String,
    /// Alternative name (e.g. a gazetteer alias as written, a defined acronym).
    aliases: Vec<String>,
    kind: CKind,
    /// Tokens of the name (for surname matching).
    words: Vec<String>,
    in_quote_caption: bool,
    /// a person found only by a speech verb or "according to" (no title, role or appositive)
    weak: bool,
}

fn word<'a>(body: &'a str, t: &Tok) -> &'a str {
    t.text(body)
}

fn is_punct(body: &str, t: &Tok, set: &str) -> bool {
    t.k == TK::Punct && set.contains(word(body, t))
}

/// A word that names a road by its number: "Interstate 80", "Highway 1", "Route 66".
fn is_road_word(w: &str) -> bool {
    matches!(
        w,
        "Interstate" | "Highway" | "Route" | "Motorway" | "Autobahn"
    )
}

/// Cut the block's tokens into chunks of name-like tokens: returns (start, end) inclusive.
pub(crate) fn chunks(body: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if !toks[i].name {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i; // last included
        let mut tail = false; // joined a connector after a head word
        loop {
            let nx = j + 1;
            if nx >= n {
                break;
            }
            if toks[nx].name {
                j = nx;
                continue;
            }
            // "Interstate 80", "Highway 1", "Route 66": a road's number is part of its name
            if toks[nx].k == TK::Num
                && is_road_word(word(body, &toks[j]))
                && toks[nx].s == toks[j].e + 1
            {
                j = nx;
                break;
            }
            // "Theresa May", "Brian June": a month word right after a first name
            if toks[nx].k == TK::Word
                && matches!(word(body, &toks[nx]), "May" | "June" | "April" | "August")
                && is_cap(word(body, &toks[j]))
                && !lx::is_title_head(word(body, &toks[j]))
                && !lx::is_stop_cap(word(body, &toks[j]))
                && !lx::is_title_mod(word(body, &toks[j]))
                && toks
                    .get(nx + 1)
                    .map(|t| {
                        t.k != TK::Num && !(t.k == TK::Punct && word(body, t) == ",")
                            || toks.get(nx + 2).map(|u| u.k != TK::Num).unwrap_or(true)
                    })
                    .unwrap_or(true)
            {
                j = nx;
                continue;
            }
            // "Workers' Party", "People's Daily" (and any plural's before a body's name:
            // "Catholic Bishops' Conference of the Philippines")
            if toks[nx].k == TK::Poss
                && possessive_in_name(body, toks, start, nx, n - 1)
                && nx + 1 < n
                && toks[nx + 1].name
                && is_cap(word(body, &toks[j]))
            {
                j = nx + 1;
                continue;
            }
            // particles: "Bashar al Assad", "Ludwig van Beethoven", "Ursula von der Leyen"
            if toks[nx].k == TK::Word
                && lx::is_particle(word(body, &toks[nx]))
                && toks[nx].s == toks[j].e + 1
            {
                let mut k = nx;
                while k < n
                    && toks[k].k == TK::Word
                    && lx::is_particle(word(body, &toks[k]))
                    && k < nx + 3
                {
                    k += 1;
                }
                if k < n && toks[k].name {
                    j = k;
                    continue;
                }
            }
            if toks[nx].k == TK::Punct
                && word(body, &toks[nx]) == "&"
                && nx + 1 < n
                && toks[nx + 1].name
            {
                j = nx + 1;
                continue;
            }
            // a comma inside a name its bracketed acronym spells: "Institute of Epidemiology,
            // Disease Control and Research (IEDCR)"
            if word(body, &toks[nx]) == "," {
                let mut k = nx + 1;
                while k < n
                    && k < nx + 12
                    && (toks[k].name
                        || matches!(word(body, &toks[k]), "," | "and" | "of" | "for" | "&"))
                {
                    k += 1;
                }
                // (a body the gazetteer knows by that full name keeps its canonical name)
                if k > nx + 1
                    && toks[k - 1].name
                    && k < n
                    && word(body, &toks[k]) == "("
                    && acronym_spells(body, toks, start, k - 1)
                    && gazetteer::lookup(strip_the(&body[toks[start].s..toks[k - 1].e])).is_none()
                {
                    j = k - 1;
                    continue;
                }
            }
            // connectors
            if toks[nx].k == TK::Word {
                let c = word(body, &toks[nx]);
                let mut k = nx + 1;
                if matches!(c, "of" | "for" | "on") && k < n && word(body, &toks[k]) == "the" {
                    k += 1;
                }
                if k < n && toks[k].name {
                    let last = word(body, &toks[j]);
                    let next = word(body, &toks[k]);
                    // ("Directorate General of Civil Aviation": "General" after a head is the head's)
                    let head_general = last == "General"
                        && j > 0
                        && lx::org_head(word(body, &toks[j - 1])).is_some();
                    let head_last = lx::org_head(last).is_some()
                        || lx::is_place_head(last)
                        || head_general
                        || conference_of(body, toks, j);
                    let place_after = matches!(
                        gazetteer::lookup(next),
                        Some(gazetteer::Entry {
                            kind: GKind::Place(_),
                            ..
                        })
                    );
                    let ok = match c {
                        // (but a committee's subject may be a place: "the Select Committee on
                        // Benghazi")
                        "on" if place_after
                            && !matches!(
                                last,
                                "Committee" | "Subcommittee" | "Commission" | "Inquiry"
                            ) =>
                        {
                            false
                        }
                        // "Committee on X", but a hotel "on" an island is a location
                        "on" if head_last
                            && !matches!(
                                last,
                                "Committee"
                                    | "Council"
                                    | "Commission"
                                    | "Conference"
                                    | "Subcommittee"
                                    | "Panel"
                                    | "Forum"
                                    | "Institute"
                                    | "Center"
                                    | "Centre"
                                    | "Office"
                                    | "Board"
                            ) =>
                        {
                            false
                        }
                        // ("British Chambers of Commerce": a plural head before "of" too)
                        // (not a surname: "John Chambers of Cisco", "Ana Chambers of Leeds")
                        "of" if last
                            .strip_suffix('s')
                            .and_then(lx::org_head)
                            .is_some_and(|k| k != OrgKind::NewsOrganization)
                            && lx::given_name(word(body, &toks[start])).is_none()
                            && !place_after =>
                        {
                            true
                        }
                        "of" | "for" | "on" => {
                            head_last
                                || tail
                                || (lx::is_title_head(last)
                                    && matches!(c, "of" | "for")
                                    && lx::is_title_complement(next))
                        }
                        "and" => {
                            // ("Rogaland Fire and Rescue")
                            (last == "Fire" && next == "Rescue")
                                // (not a name of its own opening with an acronym:
                                // "the University of Bristol and UC Davis")
                                || (tail
                                    && short_plain_run(body, toks, k)
                                    && !(is_acronym(next) && run_end(toks, k) > k))
                                || (run_ends_in_head(body, toks, k)
                                    && !(start..=j)
                                        .any(|x| lx::org_head(word(body, &toks[x])).is_some()))
                                || acronym_spells(body, toks, start, run_end(toks, k))
                        }
                        _ => false,
                    };
                    if ok {
                        if matches!(c, "of" | "for" | "on") && head_last {
                            tail = true;
                        }
                        j = k;
                        continue;
                    }
                }
            }
            break;
        }
        out.push((start, j));
        i = j + 1;
    }
    out
}

/// The possessive token `poss` stands inside a name that begins at token `start` and may go
/// on to token `last`: after a word that names a group ("Workers' Party", "People's Daily"), or
/// a plural's apostrophe alone before a body's name ("Catholic Bishops' Conference", not
/// "Bishop's"; nor a body the gazetteer knows: "the United Nations' Economic Commission" is
/// the commission of the UN).
fn possessive_in_name(body: &str, toks: &[Tok], start: usize, poss: usize, last: usize) -> bool {
    let before = word(body, &toks[poss - 1]);
    lx::is_name_possessor(before)
        || (matches!(word(body, &toks[poss]), "'" | "’")
            && before.ends_with('s')
            && is_cap(before)
            && poss < last
            && run_ends_in_head(body, toks, poss + 1)
            && gaz_at(body, toks, start, poss - 1).is_none_or(|(e, _)| e != poss - 1))
}

/// The last token of the run of name tokens starting at `k`.
fn run_end(toks: &[Tok], k: usize) -> usize {
    let mut j = k;
    while j + 1 < toks.len() && toks[j + 1].name {
        j += 1;
    }
    j
}

/// The tokens `start..=j` are the words whose initials the bracketed acronym right after them
/// spells: "Pacific Gas and Electric (PG&E)", "Committee for Trade and Industry Policy (CTIP)".
/// "Conference" at token `k` before "of": a conference of its members is a body ("National
/// Conference of State Legislatures", "the Conference of Mayors"); one "on" a subject is a
/// meeting.
fn conference_of(body: &str, toks: &[Tok], k: usize) -> bool {
    word(body, &toks[k]) == "Conference" && toks.get(k + 1).is_some_and(|t| word(body, t) == "of")
}

/// A North American broadcaster's call sign with its band: "KDKA-TV", "WTOP-FM", "CFTO-DT".
fn call_sign(w: &str) -> bool {
    ["-TV", "-FM", "-AM", "-DT"].iter().any(|band| {
        w.strip_suffix(band).is_some_and(|sign| {
            (3..=4).contains(&sign.len())
                && sign.starts_with(['K', 'W', 'C'])
                && sign.bytes().all(|b| b.is_ascii_uppercase())
        })
    })
}

fn acronym_spells(body: &str, toks: &[Tok], start: usize, j: usize) -> bool {
    let (Some(open), Some(acr), Some(close)) = (toks.get(j + 1), toks.get(j + 2), toks.get(j + 3))
    else {
        return false;
    };
    word(body, open) == "(" && word(body, close) == ")" && spells(body, toks, start, j, acr)
}

/// The tokens `start..=j`, in brackets right after an acronym, are the words it spells: "AEW
/// (All Elite Wrestling)".
fn acronym_before_spells(body: &str, toks: &[Tok], start: usize, j: usize) -> bool {
    start >= 2
        && word(body, &toks[start - 1]) == "("
        && toks.get(j + 1).is_some_and(|t| word(body, t) == ")")
        && spells(body, toks, start, j, &toks[start - 2])
}

/// The acronym `acr` spells the initials of the tokens `start..=j`.
fn spells(body: &str, toks: &[Tok], start: usize, j: usize, acr: &Tok) -> bool {
    if acr.k != TK::Word || !is_acronym(word(body, acr)) {
        return false;
    }
    let letters: String = word(body, acr)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let initials: String = (start..=j)
        .map(|x| word(body, &toks[x]))
        .filter(|w| !matches!(*w, "of" | "for" | "on" | "and" | "the" | "The" | "&" | ","))
        .filter_map(|w| w.chars().next())
        .collect();
    // (an acronym may skip one word: "Officials Committee for Domestic and External Security
    // Coordination (ODESC)")
    let skipped_one = letters.len() >= 3
        && letters.len() + 1 == initials.len()
        && letters.starts_with(&initials[..1])
        && {
            let mut it = initials.chars();
            letters.chars().all(|c| it.any(|i| i == c))
        };
    letters.len() >= 2 && (letters == initials || skipped_one)
}

/// After "and" inside a name's tail: at most two plain words, no head word, no "of" after
/// ("Committee on Oversight and Reform", not "University of X and Center for Y").
fn short_plain_run(body: &str, toks: &[Tok], k: usize) -> bool {
    let j = run_end(toks, k);
    if j - k + 1 > 2 || (k..=j).any(|x| lx::org_head(word(body, &toks[x])).is_some()) {
        return false;
    }
    !matches!(
        toks.get(j + 1).map(|t| word(body, t)),
        Some("of" | "for" | "'s" | "’s")
    )
}

/// The capitalized run starting at `k` ends with an organization head or a title head.
fn run_ends_in_head(body: &str, toks: &[Tok], k: usize) -> bool {
    let j = run_end(toks, k);
    let w = word(body, &toks[j]);
    // (a title word after a given name is a surname: "Rui Vaz and Michel Mayor")
    let surname = j > k && lx::given_name(word(body, &toks[j - 1])).is_some();
    // (a patrol is no portfolio joined by "and": "Travis and Snow Patrol" are two bands)
    // (or a hall of fame: "Rock and Roll Hall of Fame")
    let hall_of_fame = w == "Hall"
        && toks.get(j + 1).is_some_and(|t| word(body, t) == "of")
        && toks.get(j + 2).is_some_and(|t| word(body, t) == "Fame");
    // (or a conference of members: "Catholic Bishops' Conference of the Philippines")
    (lx::org_head(w).is_some() && w != "Patrol")
        || (lx::is_title_head(w) && !surname)
        || hall_of_fame
        || conference_of(body, toks, j)
}

/// The text from token a to token b inclusive.
fn span_text<'a>(body: &'a str, toks: &[Tok], a: usize, b: usize) -> &'a str {
    &body[toks[a].s..toks[b].e]
}

/// Longest gazetteer match starting at token a, ending at or before `limit`.
fn gaz_at(body: &str, toks: &[Tok], a: usize, limit: usize) -> Option<(usize, gazetteer::Entry)> {
    if !gazetteer::is_first_word(toks[a].text(body)) {
        // a dateline in capitals: "SEOUL —"
        let w = toks[a].text(body);
        if w.chars().count() >= 4 && is_acronym(w) && w.chars().all(|c| c.is_alphabetic()) {
            if let Some(e) = gazetteer::lookup(&title_case(w)) {
                if matches!(e.kind, GKind::Place(_)) {
                    return Some((a, e));
                }
            }
        }
        return None;
    }
    let hi = limit
        .min(a + gazetteer::max_words() + 2)
        .min(toks.len() - 1);
    let mut best = None;
    for b in a..=hi {
        let text = span_text(body, toks, a, b);
        if !gazetteer::has_prefix(text) {
            break;
        }
        if toks[b].k != TK::Punct || b == a {
            if let Some(e) = gazetteer::lookup(text) {
                best = Some((b, e));
            }
        }
    }
    best
}

/// Parse one chunk into pieces.
pub(crate) fn pieces(body: &str, toks: &[Tok], c0: usize, c1: usize) -> Vec<Piece> {
    // a name with "and" in it that the acronym after it spells is one organization's: "Pacific
    // Gas and Electric (PG&E)" (a company, unless a word of it says what body it is)
    // (not a law's name: "African Growth and Opportunity Act (AGOA)")
    let law = matches!(
        word(body, &toks[c1]),
        "Act"
            | "Bill"
            | "Treaty"
            | "Convention"
            | "Accord"
            | "Agreement"
            | "Protocol"
            | "Directive"
    );
    // (so is a name opening with "All" that the acronym spells too: "All Elite Wrestling
    // (AEW)", "All India Radio (AIR)", also after the acronym: "AEW (All Elite Wrestling)")
    // (only "All": "Most Valuable Player (MVP)" is a title, no body)
    let all_first = word(body, &toks[c0]) == "All";
    if c1 > c0 + 1
        && !law
        && (((c0..=c1).any(|x| word(body, &toks[x]) == "and") || all_first)
            && acronym_spells(body, toks, c0, c1)
            || (all_first && acronym_before_spells(body, toks, c0, c1)))
    {
        let kind = (c0..=c1)
            .rev()
            .find_map(|x| lx::org_head(word(body, &toks[x])))
            .unwrap_or(OrgKind::Company);
        return vec![Piece {
            a: c0,
            b: c1,
            kind: PieceKind::Org(kind),
        }];
    }
    // a fire service named by its place: "Rogaland Fire and Rescue", "Oslo Fire and Rescue"
    if c1 >= c0 + 3
        && word(body, &toks[c1]) == "Rescue"
        && word(body, &toks[c1 - 1]) == "and"
        && word(body, &toks[c1 - 2]) == "Fire"
        && (c0..c1 - 2).all(|x| toks[x].k == TK::Word && is_cap(word(body, &toks[x])))
    {
        return vec![Piece {
            a: c0,
            b: c1,
            kind: PieceKind::Org(OrgKind::GovernmentBody),
        }];
    }
    // a party named by two values: "Law and Justice Party", "Peace and Democracy Party" (not a
    // person and a party: "Trump and Republican Party", nor a people's: "Serbian and Croatian
    // Party")
    if let Some(and) = (c0 + 1..c1).find(|&x| word(body, &toks[x]) == "and") {
        let head = word(body, &toks[c1]);
        let plain = |x: usize| {
            let w = word(body, &toks[x]);
            toks[x].k == TK::Word
                && is_cap(w)
                && lx::given_name(w).is_none()
                && !lx::is_common_surname(w)
                && gazetteer::lookup(w).is_none()
                && !gazetteer::is_adjective(w)
                && !lx::is_non_name_cap(w)
                && lx::org_head(w).is_none()
        };
        if matches!(head, "Party" | "Front" | "Alliance" | "Movement" | "League")
            && and - c0 <= 2
            && c1 - and <= 3
            && (c0..and).all(plain)
            && (and + 1..c1).all(plain)
        {
            return vec![Piece {
                a: c0,
                b: c1,
                kind: PieceKind::Org(lx::org_head(head).unwrap_or(OrgKind::Generic)),
            }];
        }
    }
    let mut out = Vec::new();
    let mut p = c0;
    while p <= c1 {
        let w = word(body, &toks[p]);
        if toks[p].k != TK::Word || (!is_cap(w) && !toks[p].name) {
            // connector inside a chunk not consumed by a piece
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Stop,
            });
            p += 1;
            continue;
        }
        if matches!(w, "Former" | "Retired" | "Late" | "Then")
            || (p > c0 && post_nominal_at(body, toks, p))
        {
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Stop,
            });
            p += 1;
            continue;
        }
        // a numbered road: "Interstate 80", "Highway 1"
        if p < c1 && is_road_word(w) && toks[p + 1].k == TK::Num {
            out.push(Piece {
                a: p,
                b: p + 1,
                kind: PieceKind::Place,
            });
            p += 2;
            continue;
        }
        // a web address names the site's organization ("Znak.com", "oe24.at")
        // (a known organization's own address is that organization: "Amazon.com"; "dot.com"
        // is a word of the trade)
        if super::tokens::is_web_address(w) && !w.to_lowercase().starts_with("dot.") {
            let stem = w.split('.').next().unwrap_or("");
            let kind =
                match gazetteer::lookup(stem).or_else(|| gazetteer::lookup(&title_case(stem))) {
                    Some(e) if matches!(e.kind, GKind::Org(_)) => PieceKind::Gaz(e),
                    _ => PieceKind::Org(OrgKind::Generic),
                };
            out.push(Piece { a: p, b: p, kind });
            p += 1;
            continue;
        }
        let gaz = gaz_at(body, toks, p, toks.len() - 1);
        let function_cap =
            (lx::is_function_word(&lower(w)) || lx::is_inverting_verb(w)) && !is_acronym(w);
        if !function_cap && gaz.is_none() {
            if let Some((hb, kind)) = find_head(body, toks, p, c1) {
                out.push(Piece { a: p, b: hb, kind });
                p = hb + 1;
                continue;
            }
        }
        if (lx::is_stop_cap(w) || (is_acronym(w) && lx::is_stop_cap(&title_case(w))))
            && gaz.is_none()
        {
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Stop,
            });
            p += 1;
            continue;
        }
        if w == "Former" {
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Stop,
            });
            p += 1;
            continue;
        }
        // organization or place by head word
        let head = find_head(body, toks, p, c1);
        if let Some((hb, kind)) = head {
            let take = match gaz {
                Some((gb, e)) => match e.kind {
                    GKind::Place(_) => hb > gb,
                    GKind::Org(_) => hb > gb,
                },
                None => true,
            };
            if take {
                out.push(Piece { a: p, b: hb, kind });
                p = hb + 1;
                continue;
            }
        }
        // ("chairman Milan Mandaric", "striker Paris Jones": a town's name as a given name,
        // after a role and before a word the gazetteer does not know)
        let town_given_name = gaz.is_some_and(|(gb, e)| {
            gb == p
                && matches!(e.kind, GKind::Place(PlaceKind::City))
                && p < c1
                && toks[p + 1].name
                && gaz_at(body, toks, p + 1, c1).is_none()
                && find_head(body, toks, p + 1, c1).is_none()
                && !lx::is_title_head(word(body, &toks[p + 1]))
                && role_before(body, toks, p)
        });
        if let Some((gb, e)) = gaz.filter(|_| !town_given_name) {
            // a company's name that goes on with a word of companies is a company of its own:
            // "Hyundai Motor", "Sony Computer Entertainment", "General Motors Acceptance Corp"
            // (not its products: "Nintendo DS", "Microsoft Windows")
            if matches!(e.kind, GKind::Org(OrgKind::Company)) {
                // (an organization's head or a company's name tail, and a few words more)
                let firm_word = |n: &str| {
                    lx::org_head(n).is_some()
                        || lx::name_tail(n) == Some(OrgKind::Company)
                        || matches!(
                            n,
                            "Motor"
                                | "Music"
                                | "Computer"
                                | "Energy"
                                | "Networks"
                                | "plc"
                                | "AG"
                                | "Acceptance"
                        )
                };
                let mut q = gb;
                let mut end = gb;
                while q < c1 && toks[q + 1].k == TK::Word && toks[q + 1].name && q + 1 - gb <= 3 {
                    q += 1;
                    if firm_word(word(body, &toks[q])) {
                        end = q;
                    }
                }
                if end > gb {
                    out.push(Piece {
                        a: p,
                        b: end,
                        kind: PieceKind::Org(OrgKind::Company),
                    });
                    p = end + 1;
                    continue;
                }
            }
            // "Tell" or "Georgia" as a first name? keep gazetteer
            out.push(Piece {
                a: p,
                b: gb,
                kind: PieceKind::Gaz(e),
            });
            p = gb + 1;
            continue;
        }
        // titles: [mods] head (of complement)
        if let Some(tb) = title_at(body, toks, p, c1) {
            out.push(Piece {
                a: p,
                b: tb,
                kind: PieceKind::Title,
            });
            p = tb + 1;
            continue;
        }
        // "Economist Hana Sato", "Witness Rui Vaz": a capitalized role or person noun before a name
        // (of the person nouns, those that open no title: "Star Trek", "Boy George", "Resident
        // Evil")
        let person_noun = matches!(
            w,
            "Witness"
                | "Eyewitness"
                | "Bystander"
                | "Teenager"
                | "Pensioner"
                | "Motorist"
                | "Villager"
        );
        if p < c1
            && (lx::is_role_word(&lower(w)) || person_noun)
            && toks[p + 1].name
            && gaz.is_none()
        {
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Title,
            });
            p += 1;
            continue;
        }
        if p + 1 <= c1 && gazetteer::is_adjective(span_text(body, toks, p, p + 1)) {
            out.push(Piece {
                a: p,
                b: p + 1,
                kind: PieceKind::Adj,
            });
            p += 2;
            continue;
        }
        // ("Bill" names a law at the end of a run, "Finance Bill", and a man before a name)
        let given_first = p < c1 && toks[p + 1].name && lx::given_name(w).is_some();
        // (a plural of nationality too: "Ethiopians Dejene Debela and Asefa Mengstu")
        if gazetteer::is_adjective(w)
            || (p < c1 && gazetteer::is_plural_adjective(w))
            || (lx::is_non_name_cap(w) && !given_first)
        {
            out.push(Piece {
                a: p,
                b: p,
                kind: PieceKind::Adj,
            });
            p += 1;
            continue;
        }
        // bare name: until something else starts
        let mut q = p;
        while q + 1 <= c1 {
            let t = &toks[q + 1];
            let tw = word(body, t);
            let month_name =
                t.k == TK::Word && matches!(tw, "May" | "June" | "April" | "August") && q + 1 == c1;
            if t.k == TK::Poss
                || !(t.name || (t.k == TK::Word && lx::is_particle(tw)) || month_name)
            {
                break;
            }
            let gaz_next = gaz_at(body, toks, q + 1, c1);
            // "Michael Bloomberg", "Michael Jordan": a common given name, then one word the
            // gazetteer knows that ends the name, is its surname
            // (or any first name after a role: "actor Denzel Washington")
            if q == p
                && (lx::given_name(w).is_some() || role_before(body, toks, p))
                && !gazetteer::is_adjective(w)
                && !place_cue_before(body, toks, p)
                && !is_acronym(tw)
                && toks.get(q + 2).is_none_or(|u| !u.name || q + 2 > c1)
                && gaz_next.is_some_and(|(gb, _)| gb == q + 1)
            {
                q += 1;
                break;
            }
            // ("Mervyn King", "Billie Jean King": a title word that is a common surname ends a
            // name begun with a given name)
            // ("Apurva Shah": "Shah" after one other word is the common surname)
            let title_surname = q + 1 == c1
                && ((matches!(
                    tw,
                    "King" | "Bishop" | "Judge" | "Major" | "Marshal" | "Dean" | "Mayor" | "Pope"
                ) && lx::given_name(word(body, &toks[q])).is_some())
                    || (tw == "Shah" && q == p));
            // ("Oliver North", "rapper Kanye West": a point of the compass ends a name begun
            // with a given name, or with any first name after a role)
            let compass_surname = q == p
                && q + 1 == c1
                && lx::is_compass_point(tw)
                && (lx::given_name(w).is_some() || role_before(body, toks, p))
                && !gazetteer::is_adjective(w)
                && !place_cue_before(body, toks, p);
            if gaz_next.is_some()
                || (lx::is_title_head(tw) && !title_surname)
                || is_post_nominal(tw)
                || gazetteer::is_adjective(tw)
                || (lx::is_non_name_cap(tw) && !compass_surname)
                || find_head(body, toks, q + 1, c1).is_some()
            {
                break;
            }
            q += 1;
        }
        out.push(Piece {
            a: p,
            b: q,
            kind: PieceKind::Name,
        });
        p = q + 1;
    }
    out
}

/// A title starting at p: capitalized modifiers then a title head, optionally "of <complement>"
/// ("Prime Minister", "Deputy Emergency Situations Minister" before a name).
fn title_at(body: &str, toks: &[Tok], p: usize, c1: usize) -> Option<usize> {
    let mut q = p;
    let mut last_head = None;
    let mut first_head = None;
    while q <= c1 {
        let t = &toks[q];
        let w = word(body, t);
        if t.k != TK::Word {
            break;
        }
        if lx::is_title_head(w) {
            last_head = Some(q);
            first_head.get_or_insert(q);
        } else if !(lx::is_title_mod(w) || (q > p && matches!(w, "and" | "of" | "for" | "the"))) {
            // other capitalized words inside a title only between two title words
            if first_head.is_none() || !is_cap(w) {
                break;
            }
            let ahead = (q + 1..=c1.min(q + 3)).find(|&k| lx::is_title_head(word(body, &toks[k])));
            match ahead {
                Some(k)
                    if k < c1
                        && toks[k + 1].name
                        && !lx::is_title_head(word(body, &toks[k + 1])) =>
                {
                    q = k;
                    continue;
                }
                _ => break,
            }
        }
        q += 1;
    }
    let mut tb = last_head?;
    // "Chief Executive Ana", "Director General Ana": title words after the head, before a name
    while tb + 1 < c1
        && (lx::is_title_mod(word(body, &toks[tb + 1]))
            || lx::is_title_head(word(body, &toks[tb + 1])))
        && toks[tb + 2].name
    {
        tb += 1;
    }
    // "Secretary of State", "Speaker of the House"
    let mut k = tb + 1;
    if k <= c1 && matches!(word(body, &toks[k]), "of" | "for") {
        k += 1;
        if k <= c1 && word(body, &toks[k]) == "the" {
            k += 1;
        }
        let st = k;
        while k <= c1 && lx::is_title_complement(word(body, &toks[k])) {
            k += 1;
        }
        // ("Speaker of the National Assembly", not "Speaker of the National": the
        // capitalized words go on into a body's name, which is the organization, not the title)
        let body_goes_on = k <= c1 && {
            let w = word(body, &toks[k]);
            (w == "of" && k < c1 && is_cap(word(body, &toks[k + 1])))
                || (is_cap(w) && lx::org_head(w).is_some())
        };
        if k > st && !body_goes_on {
            tb = k - 1;
        }
    }
    Some(tb)
}

/// An organization (or place) whose head word ends the capitalized run starting at p
/// ("Baltic Policy Institute"), with a tail joined by connectors ("Centre for Arctic Studies").
fn find_head(body: &str, toks: &[Tok], p: usize, c1: usize) -> Option<(usize, PieceKind)> {
    let conn = |w: &str| matches!(w, "of" | "for" | "on" | "and" | "the" | "&");
    let mut q = p;
    let mut head: Option<(usize, PieceKind)> = None;
    let mut last_word = p;
    let mut tail = false;
    while q <= c1 {
        let t = &toks[q];
        let w = word(body, t);
        if t.k == TK::Poss {
            if q > p && possessive_in_name(body, toks, p, q, c1) {
                q += 1;
                continue;
            }
            break;
        }
        if t.k != TK::Word {
            break;
        }
        if conn(w) {
            if head.is_none() && w != "and" {
                break;
            }
            // ("MSNBC and CBS Radio": an acronym before "and" is a name of its own)
            if head.is_none() && q > p && is_acronym(word(body, &toks[q - 1])) {
                break;
            }
            // (and a party named by its own adjective after it is a name of its own: "Donald
            // Trump and Republican Party leaders", "Ana Silva and Labour Party members")
            if head.is_none()
                && w == "and"
                && toks.get(q + 1).is_some_and(|t| {
                    let n = word(body, t);
                    gazetteer::is_adjective(n) || lx::party_adjective(n) || n == "Green"
                })
            {
                break;
            }
            if head.is_some() {
                tail = true;
            }
            q += 1;
            continue;
        }
        if !t.name {
            break;
        }
        if lx::is_title_head(w) && lx::org_head(w).is_none() {
            // ("Directorate General of Civil Aviation": "General" right after the head is the
            // head's)
            // (or opening the name: "General Services Administration", "the General Accounting
            // Office", ended by a head of its own)
            // (a company the gazetteer knows is its own: "General Motors of the US")
            let opening = w == "General"
                && q == p
                && q < c1
                && gazetteer::lookup(&span_text(body, toks, p, p + 1)).is_none();
            // (and a title word ending the tail after "of": "Department of Justice", not
            // "Ministry of Finance Minister Ana Lopes")
            let tail_end = tail && (q == c1 || !toks[q + 1].name);
            if tail_end {
                last_word = q;
                q += 1;
                continue;
            }
            if !(opening || (w == "General" && head.is_some_and(|(h, _)| h + 1 == q))) {
                break;
            }
            head = head.map(|(_, k)| (q, k));
            last_word = q;
            q += 1;
            continue;
        }
        // "Federated Department Stores": a name tail right after the head ends the name
        if let (Some(_), Some(k)) = (head, lx::name_tail(w)) {
            if !tail && last_word + 1 == q {
                head = Some((q, PieceKind::Org(k)));
                last_word = q;
                q += 1;
                continue;
            }
        }
        // ("Imperial College London", "University College Dublin": a college's city, last in
        // the run, is part of its name)
        let college_city = q == c1
            && head.is_some_and(|h| h.0 + 1 == q && matches!(word(body, &toks[h.0]), "College" | "University"))
            && gazetteer::lookup(w).is_some_and(|e| e.kind == GKind::Place(PlaceKind::City))
            // (not after a town's own university: "Oxford University London and Paris")
            && gazetteer::lookup(word(body, &toks[p])).is_none();
        // ("Youth Forum Zimbabwe", "Marriage Equality Coalition Taiwan": a body's country
        // after its head, last in the run, is part of its name)
        let body_country = q == c1
            && p + 1 < q
            && head.is_some_and(|h| {
                h.0 + 1 == q && matches!(h.1, PieceKind::Org(k) if k != OrgKind::NewsOrganization)
            })
            && gazetteer::lookup(w).is_some_and(|e| e.kind == GKind::Place(PlaceKind::Country));
        if college_city || body_country {
            head = head.map(|h| (q, h.1));
            last_word = q;
            q += 1;
            continue;
        }
        if head.is_some() && !tail && lx::org_head(w).is_none() && !lx::is_place_head(w) {
            // ("Navy Information Agency", "Army Medical Corps": a service's own unit, a word or
            // two and a head of its own after the service's name, is one name)
            let service = head.is_some_and(|(h, _)| {
                h + 1 == q
                    && matches!(
                        word(body, &toks[h]),
                        "Navy" | "Army" | "Police" | "Marine" | "Marines"
                    )
            });
            let unit_head = (q + 1..=(q + 2).min(c1)).find(|&r| {
                (q..r).all(|x| {
                    let v = word(body, &toks[x]);
                    toks[x].name
                        && !lx::is_title_head(v)
                        && !lx::is_title_mod(v)
                        && lx::given_name(v).is_none()
                        && lx::org_head(v).is_none()
                }) && lx::org_head(word(body, &toks[r])).is_some()
            });
            if let (true, Some(r)) = (service, unit_head) {
                let k = lx::org_head(word(body, &toks[r])).unwrap();
                head = Some((r, PieceKind::Org(k)));
                last_word = r;
                q = r + 1;
                continue;
            }
            // a word after the head without a connector: a new name starts
            break;
        }
        // (a known name missing its plural "s" is that name misspelt, not a new organization:
        // "United Nation's agency")
        // ("British Chambers of Commerce": a plural head before "of"; "John Chambers" is a man,
        // and "Chronicles of Riddick" a film)
        let plural_head = || {
            w.strip_suffix('s').and_then(lx::org_head).filter(|&k| {
                k != OrgKind::NewsOrganization
                    && q < c1
                    && word(body, &toks[q + 1]) == "of"
                    && lx::given_name(word(body, &toks[p])).is_none()
            })
        };
        // ("the Rock and Roll Hall of Fame": a hall of fame is a body, not a building)
        let hall_of_fame = w == "Hall"
            && q + 2 <= c1
            && word(body, &toks[q + 1]) == "of"
            && word(body, &toks[q + 2]) == "Fame";
        let members = q + 1 < c1 && conference_of(body, toks, q);
        let org_word = lx::org_head(w)
            .or_else(plural_head)
            .or((hall_of_fame || members).then_some(OrgKind::Generic));
        if let Some(k) = org_word
            .filter(|_| gazetteer::lookup(&format!("{}s", span_text(body, toks, p, q))).is_none())
        {
            if hall_of_fame {
                head = Some((q, PieceKind::Org(OrgKind::Generic)));
                tail = false;
            } else if head.is_none() || tail || head.map(|h| h.0 + 1 == q).unwrap_or(false) {
                head = Some((
                    q,
                    PieceKind::Org(
                        head.map(|h| match h.1 {
                            PieceKind::Org(k0) => k0,
                            _ => k,
                        })
                        .unwrap_or(k),
                    ),
                ));
                tail = false;
            }
        } else if lx::is_place_head(w) && q > p && (head.is_none() || head.map(|h| h.0 + 1 == q && !tail).unwrap_or(false))
            && !person_with_place_surname(body, toks, p, q)
            // "United States District Judge": a title word before a title head is the title's
            && !(lx::is_title_mod(w) && q < c1 && lx::is_title_head(word(body, &toks[q + 1])))
            && (!lx::is_building_head(w) || (p > 0 && matches!(word(body, &toks[p - 1]), "the" | "The" | "at" | "in" | "near" | "outside" | "inside" | "to" | "from" | "into" | "of" | "At" | "In")))
        {
            head = Some((q, PieceKind::Place));
        }
        last_word = q;
        q += 1;
    }
    // "Daiwa Securities", "Lorillard Tobacco": a run of two or more words ending in a name tail
    if head.is_none() && last_word > p {
        let tail_word = word(body, &toks[last_word]);
        // ("Sydney International", "Leipzig International": a town's tournament or meeting)
        let towns_event =
            tail_word == "International" && gazetteer::lookup(word(body, &toks[p])).is_some();
        if let (Some(k), false) = (lx::name_tail(tail_word), towns_event) {
            head = Some((last_word, PieceKind::Org(k)));
        }
    }
    let (h, k) = head?;
    let end = if last_word > h { last_word } else { h };
    if end == p {
        return None;
    }
    Some((end, k))
}

fn prev_word<'a>(body: &'a str, toks: &[Tok], i: usize, back: usize) -> Option<&'a str> {
    if i >= back {
        Some(word(body, &toks[i - back]))
    } else {
        None
    }
}

/// Person cue before the name piece `pi` of a chunk starting at token `c0`.
fn cue_before(body: &str, toks: &[Tok], ps: &[Piece], pi: usize, c0: usize) -> bool {
    // a title piece before, possibly across organizations and adjectives ("NATO Secretary-General")
    for q in (0..pi).rev() {
        match ps[q].kind {
            PieceKind::Title => return true,
            // "Ethiopians Dejene Debela and Asefa Mengstu": a plural of nationality right before
            PieceKind::Adj
                if q + 1 == pi && gazetteer::is_plural_adjective(word(body, &toks[ps[q].b])) =>
            {
                return true
            }
            PieceKind::Gaz(_) | PieceKind::Org(_) | PieceKind::Adj | PieceKind::Place => continue,
            // "Mr Ross said": an honorific right before
            PieceKind::Stop
                if q + 1 == pi
                    && ps[q].a == ps[q].b
                    && lx::is_honorific(word(body, &toks[ps[q].a])) =>
            {
                return true
            }
            PieceKind::Name | PieceKind::Stop => return false,
        }
    }
    // ("President of India Pranab Mukherjee": a title, "of" and the country open the run)
    // (a full name: "Princess of Wales Theatre" is a theatre)
    // (and "President of the United States Donald Trump": "of the" before the country)
    let the = usize::from(prev_word(body, toks, c0, 1) == Some("the"));
    if pi > 0
        && ps[pi].b > ps[pi].a
        && matches!(
            ps[0].kind,
            PieceKind::Gaz(gazetteer::Entry {
                kind: GKind::Place(_),
                ..
            })
        )
        && prev_word(body, toks, c0, 1 + the) == Some("of")
    {
        if prev_word(body, toks, c0, 2 + the).is_some_and(|w| is_cap(w) && lx::is_title_head(w)) {
            return true;
        }
    }
    // ("a university student named Wong": a person's role, then "named")
    if pi == 0
        && prev_word(body, toks, c0, 1) == Some("named")
        && prev_word(body, toks, c0, 2)
            .is_some_and(|w| lx::is_role_word(w) || matches!(w, "man" | "woman" | "boy" | "girl"))
    {
        return true;
    }
    let crossed_org = ps[..pi].iter().any(|q| {
        matches!(
            q.kind,
            PieceKind::Org(_)
                | PieceKind::Gaz(gazetteer::Entry {
                    kind: GKind::Org(_),
                    ..
                })
        )
    });
    // lower-case role words before the chunk, across "of the ORG" and modifiers
    let mut k = c0;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        let w = word(body, t);
        if t.k != TK::Word {
            if t.k == TK::Poss && steps == 1 {
                continue;
            }
            // "Dunn's mother, Name"; "San Diego's chancellor, Name" (a possessor's title)
            if w == "," && steps == 1 && k > 0 && toks[k - 1].k == TK::Word {
                let pw = word(body, &toks[k - 1]);
                if lx::is_kin_noun(pw)
                    || (lx::is_role_word(pw) && k >= 2 && toks[k - 2].k == TK::Poss)
                {
                    return true;
                }
                // "the mayor of London, Name", "the Archbishop of Gdańsk, Name": a title of a
                // place, then the name in apposition
                let of_at = (k.saturating_sub(5)..k)
                    .rev()
                    .find(|&x| word(body, &toks[x]) == "of");
                if let Some(o) = of_at.filter(|&o| o >= 1) {
                    let r = word(body, &toks[o - 1]);
                    let place = (o + 1..k).all(|x| {
                        toks[x].k == TK::Word
                            && (is_cap(word(body, &toks[x])) || word(body, &toks[x]) == "the")
                    }) && gaz_at(
                        body,
                        toks,
                        if word(body, &toks[o + 1]) == "the" {
                            o + 2
                        } else {
                            o + 1
                        },
                        k - 1,
                    )
                    .is_some_and(|(e, g)| e == k - 1 && matches!(g.kind, GKind::Place(_)));
                    if place && (lx::is_role_word(r) || (is_cap(r) && lx::is_title_head(r))) {
                        return true;
                    }
                }
            }
            return false;
        }
        if lx::is_role_word(w) || lx::is_kin_noun(w) || (is_cap(w) && lx::is_title_head(w)) {
            return true;
        }
        // "Ohio man Ana Silva", "local resident Rui Vaz"
        if steps == 1 && lx::is_person_noun(w) {
            return true;
        }

        if !matches!(w, "of" | "to" | "the" | "at" | "for" | "former")
            || (!crossed_org && w != "former")
        {
            return false;
        }
    }
    false
}

/// A capitalized word that describes a person rather than names one: a role or title
/// ("Backbencher", "Baroness"), a nationality or a follower ("Spaniard", "Blairite"), an
/// adjective ("Defiant", "Furious"), a hyphenated phrase ("Man-of-the-match").
pub(crate) fn is_capitalized_modifier(w: &str) -> bool {
    if lx::given_name(w).is_some() || w.chars().count() < 3 {
        return false;
    }
    let lower = w.to_lowercase();
    lx::is_role_word(&lower)
        || lx::is_role_word(&lx::singular(&lower))
        || lx::is_title_head(w)
        || gazetteer::is_adjective(w)
        || [
            "ite", "ian", "ard", "ese", "er", "ers", "ant", "ent", "ive", "ous", "ful", "less",
        ]
        .iter()
        .any(|s| lower.ends_with(s))
        || w.split('-')
            .skip(1)
            .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

/// A word that may name a body speaking as the sole subject of a sentence ("Rappler reported",
/// "Gazprom said"): no plural of a common noun ("Officials said"), no word of the prose, no
/// given name, title or word the lexicon knows, and nothing the text names in full elsewhere.
fn lone_speaking_body(doc: &Doc, w: &str) -> bool {
    w.chars().count() >= 4
        && !w.ends_with('s')
        && !["ly", "ing", "ion", "ment", "ness", "ity", "al", "ed", "ance", "ence", "ure"].iter().any(|x| w.ends_with(x))
        && w.chars().skip(1).all(|c| c.is_alphanumeric() || c == '-')
        && !lx::is_stop_cap(w)
        && !title_word_or_no_name(w)
        && lx::given_name(w).is_none()
        && !lx::is_common_surname(w)
        && !lx::is_role_word(&w.to_lowercase())
        && !lx::is_kin_noun(&w.to_lowercase())
        && gazetteer::lookup(w).is_none()
        && !gazetteer::is_adjective(w)
        && !matches!(w, "Further" | "Rather" | "Together" | "Whatever" | "Everyone" | "Everybody" | "Someone" | "Somebody" | "Nobody" | "Anyone" | "Anybody" | "Mum" | "Dad" | "Mom" | "Grandma")
        && !written_in_lower_case(doc, w)
        // (a surname of a person named in full, anywhere in the article: "Ruiz said")
        && occurrences(doc.body, w).all(|i| {
            let before = doc.body[..i].trim_end_matches(' ');
            !(before.len() + 1 == i && before.ends_with(|c: char| c.is_alphabetic()) && before.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|p| p.starts_with(char::is_uppercase)))
        })
}

/// Whether the article writes `w` in lower case somewhere ("lead", "leads" for "Lead").
fn written_in_lower_case(doc: &Doc, w: &str) -> bool {
    let lw = w.to_lowercase();
    if lw.len() < 3 || lw == w {
        return false;
    }
    let body = doc.body;
    let found = occurrences(&doc.lower, &lw).any(|i| {
        let before_ok = i == 0 || !doc.lower[..i].ends_with(|c: char| c.is_alphanumeric());
        let after = &doc.lower[i + lw.len()..];
        let after_ok = after
            .strip_prefix('s')
            .unwrap_or(after)
            .starts_with(|c: char| !c.is_alphanumeric())
            || after.is_empty();
        before_ok && after_ok && body[i..].starts_with(|c: char| c.is_lowercase())
    });
    found
}

/// Person cue after the name piece ending at token b.
fn cue_after(body: &str, toks: &[Tok], b: usize) -> bool {
    let b = skip_post_nominals(body, toks, b);
    let n = toks.len();
    let at = |i: usize| {
        if i < n {
            Some((word(body, &toks[i]), toks[i].k))
        } else {
            None
        }
    };
    match at(b + 1) {
        Some((",", _)) => match at(b + 2) {
            Some((w, TK::Word)) => {
                matches!(w, "who" | "himself" | "herself")
                    || lx::is_role_word(w)
                    || lx::is_kin_noun(w)
                    || (matches!(w, "a" | "an" | "the" | "former" | "senior" | "one" | "now" | "then" | "once") && appositive_role(body, toks, b + 2))
                    || (matches!(w, "said" | "says"))
                    // ("Sharif Hotak, of the provincial council,": whom a person speaks for)
                    || (w == "of" && matches!(at(b + 3), Some(("the", _))))
            }
            Some((_, TK::Num)) => {
                at(b + 3)
                    .map(|x| lx::is_role_word(x.0) || x.0 == "year" || x.0.ends_with("old"))
                    .unwrap_or(false)
                    || word_ends_old(at(b + 2).map(|x| x.0))
            }
            _ => false,
        },
        Some((w, TK::Word)) if lx::is_speech_verb(w) => true,
        // "Li Wei of the Lorsk Institute commented": a body named after "of the", then a saying
        // (or after "of" alone, where two words or more name the person: "Nils-Erik Haagenrud
        // of Rogaland Fire and Rescue said")
        Some(("of", _)) => {
            let the = matches!(at(b + 2), Some(("the", _)));
            let first = if the { b + 3 } else { b + 2 };
            // (without "the", only after a first name known or joined by a hyphen: not
            // "Guinness Book of Records said")
            let named = b > 0 && toks[b - 1].name && toks[b - 1].e + 1 == toks[b].s && {
                let first = word(body, &toks[b - 1]);
                lx::given_name(first).is_some()
                    || (first.contains('-') && first.split('-').all(is_cap))
            };
            (the || named)
                && at(first).is_some_and(|(w, k)| k == TK::Word && is_cap(w))
                && (b + 4..(b + 12).min(n))
                    .take_while(|&k| toks[k].k != TK::Punct)
                    .any(|k| {
                        lx::is_speech_verb(word(body, &toks[k]))
                            || matches!(word(body, &toks[k]), "commented" | "spoke")
                    })
        }
        Some((w, TK::Word))
            if matches!(
                w,
                "also" | "later" | "then" | "previously" | "earlier" | "had" | "has" | "once"
            ) =>
        {
            matches!(at(b + 2), Some((v, TK::Word)) if lx::is_speech_verb(v) || v == "said")
        }
        Some((w, TK::Word)) if matches!(w, "was" | "is" | "became") => {
            // "X was serving as", "X is the president of Y"
            matches!(at(b + 2), Some((v, _)) if matches!(v, "serving" | "appointed" | "named" | "elected"))
                || (matches!(at(b + 2), Some(("the" | "a" | "an", _)))
                    && appositive_role(body, toks, b + 3))
        }
        Some((w, TK::Word)) if matches!(w, "serves" | "served") => true,
        _ => false,
    }
}

/// An appositive that names a position: a role word within the next few words.
fn appositive_role(body: &str, toks: &[Tok], from: usize) -> bool {
    for k in from..(from + 8).min(toks.len()) {
        let t = &toks[k];
        let w = word(body, t);
        if t.k == TK::Punct && !matches!(w, "-") {
            return false;
        }
        if t.k == TK::Word {
            let l = w.to_lowercase();
            if lx::is_role_word(&l)
                || lx::is_role_word(&lx::singular(&l))
                || lx::is_kin_noun(&l)
                || (is_cap(w) && lx::is_title_head(w))
            {
                return true;
            }
            // ("Thom Tillis, a Republican, won": a party's member, the noun alone)
            if k == from + 1
                && lx::party_adjective(w)
                && w != "Democratic"
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(word(body, t), "," | "." | "from" | "who"))
            {
                return true;
            }
            if k > from
                && matches!(
                    l.as_str(),
                    "at" | "in" | "with" | "that" | "which" | "who" | "and"
                )
            {
                return false;
            }
        }
    }
    false
}

fn word_ends_old(w: Option<&str>) -> bool {
    w.map(|w| w.ends_with("-old")).unwrap_or(false)
}

/// Person cue from the words before the chunk: "said X", "according to X".
fn cue_speech_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    match prev_word(body, toks, c0, 1) {
        Some(w)
            if matches!(
                w,
                "said"
                    | "says"
                    | "added"
                    | "wrote"
                    | "asked"
                    | "tweeted"
                    | "explained"
                    | "continued"
                    | "noted"
            ) =>
        {
            true
        }
        Some("to") => matches!(
            prev_word(body, toks, c0, 2),
            Some("according" | "According")
        ),
        _ => false,
    }
}

/// "the city of San Juan", "the province of Banten": a place noun and "of" before the name.
fn place_noun_of_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    prev_word(body, toks, c0, 1) == Some("of")
        && matches!(
            prev_word(body, toks, c0, 2),
            Some(
                "city"
                    | "town"
                    | "village"
                    | "province"
                    | "capital"
                    | "region"
                    | "district"
                    | "county"
                    | "island"
                    | "port"
                    | "municipality"
                    | "prefecture"
                    | "suburb"
                    | "neighbourhood"
                    | "neighborhood"
            )
        )
}

fn place_cue_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    if place_noun_of_before(body, toks, c0) {
        return true;
    }
    let cue = matches!(
        prev_word(body, toks, c0, 1),
        Some(
            "in" | "at"
                | "near"
                | "into"
                | "outside"
                | "entered"
                | "toward"
                | "towards"
                | "visited"
                | "across"
                | "In"
                | "At"
                | "Near"
        )
    );
    if !cue {
        return false;
    }
    // "published in Nature", "published on Thursday in Science Advances", "the Prize in
    // Physics": not a place
    if (3..=5).any(|k| {
        matches!(
            prev_word(body, toks, c0, k),
            Some("published" | "appeared" | "printed")
        )
    }) {
        return false;
    }
    match prev_word(body, toks, c0, 2) {
        Some(w)
            if matches!(
                w,
                "published"
                    | "reported"
                    | "appeared"
                    | "written"
                    | "wrote"
                    | "featured"
                    | "starred"
                    | "degree"
                    | "major"
                    | "majored"
                    | "interest"
                    | "interested"
                    | "invested"
                    | "expert"
                    | "research"
                    | "journal"
            ) =>
        {
            false
        }
        // "a stake in Changyu", "shares in Jarvis": a company, not a place
        Some(w) if is_stake_noun(&w.to_lowercase()) => false,
        // "the Nobel Prize in Physics", "a Bachelor in Arts": part of a name
        Some(
            "Prize" | "Award" | "Medal" | "Degree" | "Bachelor" | "Master" | "Masters"
            | "Doctorate" | "Championship" | "Cup" | "Professor",
        ) => false,
        _ => true,
    }
}

/// A noun that only a company stands after: "chipmaker Intel", "analysts Gartner", "retailer
/// Tesco", "the airline Qantas".
fn company_cue_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    // ("store chains Woolworths and Coles", "banks HSBC and Barclays": a plural too, and the
    // second of the two names after it)
    let noun = |w: &str| {
        lx::is_company_noun(w) || (w.ends_with('s') && lx::is_company_noun(&lx::singular(w)))
    };
    // ("crude producer Yukos", "phone maker Nokia": a maker of goods; a film producer is a person)
    // (a maker of films or programmes is a person, and so is one with a given name unless what
    // is made says otherwise: "games maker Peter Molyneux", "wine maker Robert Mondavi")
    let goods = prev_word(body, toks, c0, 2).is_some_and(|w| lx::is_commodity(&w.to_lowercase()));
    let creative = prev_word(body, toks, c0, 2).is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "film"
                | "films"
                | "programme"
                | "program"
                | "documentary"
                | "movie"
                | "policy"
                | "decision"
                | "peace"
                | "trouble"
                | "music"
                | "record"
                | "tv"
                | "television"
        )
    });
    let given = toks
        .get(c0)
        .is_some_and(|t| lx::given_name(word(body, t)).is_some());
    let goods_maker = (matches!(prev_word(body, toks, c0, 1), Some("maker" | "makers"))
        && !creative
        && (goods || !given))
        || (matches!(
            prev_word(body, toks, c0, 1),
            Some(
                "producer"
                    | "producers"
                    | "supplier"
                    | "suppliers"
                    | "exporter"
                    | "exporters"
                    | "refiner"
                    | "refiners"
            )
        ) && goods);
    goods_maker
        || prev_word(body, toks, c0, 1).is_some_and(noun)
        || (prev_word(body, toks, c0, 1) == Some("in")
            && prev_word(body, toks, c0, 2).is_some_and(|w| is_stake_noun(&w.to_lowercase())))
        || (prev_word(body, toks, c0, 1) == Some("and")
            && prev_word(body, toks, c0, 2).is_some_and(|w| w.starts_with(char::is_uppercase))
            && prev_word(body, toks, c0, 3).is_some_and(|w| w.ends_with('s') && noun(w)))
}

/// "his former party Civic Platform", "the ruling party United Russia": a name right after
/// "party" is the party's (not a person's: no given name opens it).
fn party_cue_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    matches!(prev_word(body, toks, c0, 1), Some("party"))
        && !matches!(prev_word(body, toks, c0, 2), Some("third" | "Third"))
        && toks
            .get(c0)
            .is_some_and(|t| lx::given_name(word(body, t)).is_none())
}

/// "the advocacy group Open Roads", "the nonprofit Safe Streets", "the organization Equal
/// Votes": a name right after a noun for a body of no trade is that body's (not a person's:
/// no given name opens it).
fn body_cue_before(body: &str, toks: &[Tok], c0: usize) -> bool {
    matches!(
        prev_word(body, toks, c0, 1),
        Some(
            "group"
                | "nonprofit"
                | "non-profit"
                | "organization"
                | "organisation"
                | "coalition"
                | "alliance"
                | "movement"
                | "NGO"
                | "think-tank"
        )
    ) && toks
        .get(c0)
        .is_some_and(|t| lx::given_name(word(body, t)).is_none())
}

/// What one holds in a company: "a stake in X", "shares in X".
fn is_stake_noun(w: &str) -> bool {
    matches!(
        w,
        "stake"
            | "stakes"
            | "shares"
            | "holding"
            | "holdings"
            | "investment"
            | "investments"
            | "shareholding"
            | "shareholders"
            | "investors"
    )
}

fn news_cue(body: &str, toks: &[Tok], c0: usize, c1: usize) -> bool {
    let next = toks.get(c1 + 1).map(|t| word(body, t));
    let prev = prev_word(body, toks, c0, 1);
    let prev2 = prev_word(body, toks, c0, 2);
    matches!(next, Some("newspaper" | "magazine" | "daily" | "tabloid" | "broadcaster" | "weekly"))
        || matches!(prev, Some("newspaper" | "magazine" | "tabloid" | "broadcaster" | "daily" | "weekly"))
        // "the news network RTHK", "state television channel CCTV"
        || (matches!(prev, Some("network" | "channel" | "outlet" | "agency" | "station" | "website" | "service"))
            && matches!(prev2, Some("news" | "television" | "tv" | "TV" | "radio" | "broadcast" | "media" | "wire")))
        || (prev == Some("the") && matches!(prev2, Some("told" | "telling" | "tell" | "tells")))
        // "the journal Nature", "findings published in Science Advances": a journal (not "a
        // book published in Peru": a place the gazetteer knows is read before this)
        || matches!(prev, Some("journal" | "Journal"))
        // (past a day: "published on Wednesday in Science Advances"; not the owner of what is
        // named next, "in Cornell University's arXiv", nor the first word of a longer name,
        // "in Proceedings of the ...")
        || (prev == Some("in")
            && !matches!(next, Some("'s" | "’s" | "of"))
            && (2..=4).any(|k| prev_word(body, toks, c0, k) == Some("published"))
            && (2..=4)
                .take_while(|&k| prev_word(body, toks, c0, k) != Some("published"))
                .all(|k| prev_word(body, toks, c0, k).is_some_and(|w| w.chars().all(char::is_alphanumeric))))
}

/// A band named before a member's part and the member's name: "Grateful Dead drummer Mickey
/// Hart", "Nirvana frontman Kurt Cobain" (not a nationality or a known place or body: "English
/// drummer Ana Silva", "Leeds guitarist Rui Vaz").
fn band_cue(body: &str, toks: &[Tok], c0: usize, c1: usize) -> bool {
    let next = toks.get(c1 + 1).map(|t| word(body, t));
    let after = toks.get(c1 + 2).map(|t| word(body, t)).unwrap_or("");
    // (or after the word "band": "US rock band Van Halen", "the band Queen")
    let after_band = prev_word(body, toks, c0, 1) == Some("band");
    (after_band
        || (matches!(
            next,
            Some(
                "drummer"
                    | "guitarist"
                    | "bassist"
                    | "frontman"
                    | "frontwoman"
                    | "keyboardist"
                    | "vocalist"
                    | "singer-songwriter"
            )
        ) && is_cap(after)))
        && gaz_at(body, toks, c0, c1).is_none()
        && !gazetteer::is_adjective(span_text(body, toks, c0, c1))
        && !(c0..=c1).any(|k| lx::is_title_head(word(body, &toks[k])))
}

/// A team named by its place and a plural after "the": "the Charlotte Hornets", "the Los
/// Angeles Lakers" (not a place, "the Virgin Islands", nor a contest or an award, "the Olympic
/// Games", "the Academy Awards", nor anything the gazetteer knows).
fn team_cue(body: &str, toks: &[Tok], c0: usize, c1: usize) -> bool {
    if c1 == c0 || c1 > c0 + 2 || !matches!(prev_word(body, toks, c0, 1), Some("the" | "The")) {
        return false;
    }
    let last = word(body, &toks[c1]);
    let plural = last.len() >= 5
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is");
    plural
        && (c0..=c1).all(|k| toks[k].k == TK::Word && is_cap(word(body, &toks[k])))
        && lx::org_head(last).is_none()
        && !lx::is_place_head(last)
        && lx::name_tail(last).is_none()
        && !lx::is_non_name_cap(last)
        && !lx::is_common_surname(last.trim_end_matches('s'))
        && !matches!(
            last,
            "Games" | "Awards" | "Olympics" | "Paralympics" | "Series" | "Championships" | "Finals" | "Globes" | "Prizes" | "Emmys" | "Grammys"
                | "Oscars" | "Talks" | "Affairs" | "Islands" | "Mountains" | "Highlands" | "Lakes" | "Falls" | "Hills" | "Heights" | "Springs"
                | "Gardens" | "Docks" | "Towers" | "Sciences" | "Arts" | "Studies" | "Sports" | "Laws" | "Rights" | "Accords" | "Papers"
                | "Files" | "Chronicles" | "Tales" | "Wars" | "Days" | "Nights" | "Times" | "News" | "Brothers" | "Sisters" | "Sons" | "Sevens"
                | "Indoors" | "Outdoors" | "Olympiads" | "Lectures" | "Ministries" | "Open" | "Classics" | "Masters" | "Trials"
        )
        && gazetteer::lookup(strip_the(span_text(body, toks, c0, c1))).is_none()
        && !(c0..=c1).any(|k| {
            let w = word(body, &toks[k]);
            lx::is_title_head(w) || lx::is_title_mod(w) || lx::is_non_name_cap(w) || lx::is_place_head(w)
        })
        // (the plural alone names it too, "the Hornets traded him"; or a place opens it, "the
        // Los Angeles Lakers": not a person, "the Howard Hughes biopic")
        && (gaz_at(body, toks, c0, c1 - 1).is_some_and(|(e, g)| e + 1 == c1 && matches!(g.kind, GKind::Place(_)))
            || occurrences(body, last).any(|i| {
                let before = &body[..i];
                let after = body[i + last.len()..].trim_start();
                (before.ends_with("the ") || before.ends_with("The ")) && !after.starts_with(|c: char| c.is_uppercase())
            }))
}

/// The first of two surnames of a full name of three words, past a middle initial, folded
/// ("Rosselló" of "Ricardo Rosselló Nevares"), where it is no given name.
fn first_of_two_surnames(words: &[String]) -> Option<String> {
    let plain: Vec<&String> = words.iter().filter(|w| !w.ends_with('.')).collect();
    (plain.len() == 3 && lx::given_name(plain[1]).is_none()).then(|| fold_particle(plain[1]))
}

/// "the University of California, Los Angeles", "the University of Colorado at Boulder": a
/// university named by a region, its campus after a comma or "at", is that campus (one to
/// three capitalized words, then the phrase goes on or ends: not "the University of Texas,
/// Harvard and Yale", a list).
fn campus_after_comma(body: &str, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let Some(region) = c.name.strip_prefix("University of ") else {
            continue;
        };
        if c.kind != CKind::Org(OrgKind::University)
            || gazetteer::lookup(region).is_none_or(|e| !matches!(e.kind, GKind::Place(_)))
            || body[c.span.start..c.span.end] != c.name
        {
            continue;
        }
        let rest = &body[c.span.end..];
        let Some(after) = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" at "))
        else {
            continue;
        };
        let mut len = 0;
        let mut words = 0;
        for w in after.split(' ') {
            let core = w.trim_end_matches([',', '.', ';', ':', ')']);
            let core = core.strip_suffix("'s").unwrap_or(core);
            if words == 3
                || !core.starts_with(|ch: char| ch.is_uppercase())
                || !core.chars().all(|ch| ch.is_alphabetic() || ch == '-')
            {
                break;
            }
            words += 1;
            len += core.len();
            if core.len() < w.len() {
                break;
            }
            len += 1;
        }
        if words == 0 {
            continue;
        }
        let campus = after[..len].trim_end();
        let next = after[campus.len()..].trim_start();
        let next_word = next.split_whitespace().next().unwrap_or("");
        let goes_on = next.is_empty()
            || next.starts_with([',', '.', ';', ':', '(', ')', '\''])
            || (next_word.starts_with(char::is_lowercase) && !matches!(next_word, "and" | "or"));
        // (not a list: "of Texas, Harvard, and Yale")
        let list = next.starts_with(',') && {
            let mut ws = next[1..].split_whitespace();
            match ws.next() {
                Some("and" | "or") => ws.next().is_some_and(|w| w.starts_with(char::is_uppercase)),
                Some(w) => w.starts_with(char::is_uppercase),
                None => false,
            }
        };
        if !goes_on
            || list
            || gazetteer::lookup(campus).is_some_and(|e| !matches!(e.kind, GKind::Place(_)))
        {
            continue;
        }
        let sep = &rest[..rest.len() - after.len()];
        c.name = format!("{}{sep}{campus}", c.name);
        c.span = Span::new(c.span.start, c.span.end + sep.len() + campus.len());
    }
}

/// "Ford said" after "Ford Motor Company": the first word of a company's name whose other
/// words only say it is a company, standing alone where nothing else was found, is that
/// company (not where a person of the article bears the word: "Harrison Ford"); so is a short
/// form the article defined for a body.
fn short_company_mentions(doc: &Doc, cands: &mut Vec<Cand>) {
    let suffix = |w: &str| {
        matches!(
            w,
            "Motor"
                | "Motors"
                | "Company"
                | "Corporation"
                | "Corp"
                | "Corp."
                | "Inc"
                | "Inc."
                | "Ltd"
                | "Ltd."
                | "Limited"
                | "Group"
                | "Holdings"
                | "Co."
                | "plc"
                | "PLC"
                | "AG"
                | "SA"
        )
    };
    let mut short: Vec<(String, usize)> = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let ws: Vec<&str> = c.name.split_whitespace().collect();
        if c.kind == CKind::Org(OrgKind::Company)
            && ws.len() >= 2
            && ws[1..].iter().all(|w| suffix(w))
            && !short.iter().any(|s| s.0 == ws[0])
        {
            short.push((ws[0].to_string(), k));
        }
    }
    // (and a body's short form defined in brackets: "Phivolcs said" after "Philippine Institute
    // of Volcanology and Seismology (Phivolcs)")
    for (k, c) in cands.iter().enumerate() {
        if !matches!(c.kind, CKind::Org(_)) {
            continue;
        }
        for a in &c.aliases {
            if is_title_case_word(a) && *a != c.name && !short.iter().any(|s| &s.0 == a) {
                short.push((a.clone(), k));
            }
        }
    }
    short.retain(|(w, _)| {
        !cands
            .iter()
            .any(|c| c.kind == CKind::Person && c.words.iter().any(|x| x == w))
    });
    if short.is_empty() {
        return;
    }
    let mut taken: Vec<Span> = cands.iter().map(|c| c.span).collect();
    taken.sort_by_key(|s| s.start);
    let body = doc.body;
    let mut add = Vec::new();
    for (_, toks) in doc.tokens.iter() {
        for (i, t) in toks.iter().enumerate() {
            if t.k != TK::Word || !t.name {
                continue;
            }
            let w = word(body, t);
            let Some(&(_, k)) = short.iter().find(|s| s.0 == w) else {
                continue;
            };
            // (alone: no name word joined to it on either side)
            let joined = |j: Option<&Tok>| {
                j.is_some_and(|u| u.k == TK::Word && u.name && (u.e + 1 == t.s || t.e + 1 == u.s))
            };
            if joined(i.checked_sub(1).map(|j| &toks[j])) || joined(toks.get(i + 1)) {
                continue;
            }
            let at = taken.partition_point(|s| s.start <= t.s);
            if at > 0 && taken[at - 1].end > t.s {
                continue;
            }
            add.push(Cand {
                span: Span::new(t.s, t.e),
                words: vec![w.to_string()],
                ..cands[k].clone()
            });
        }
    }
    cands.extend(add);
}

/// The full recognizer.
pub fn recognize(doc: &Doc) -> Entities {
    let body = doc.body;
    let lower_words = LowerWords::new(body);
    let asked = Asked::default();
    let mut cands: Vec<Cand> = Vec::new();
    // unconfirmed bare names: (span, words, block index)
    let mut unknown: Vec<(Span, Vec<String>)> = Vec::new();
    let mut acronyms: Vec<(Span, String)> = Vec::new();
    // lone words opening a sentence before a saying about a man or a woman ("Safin said he"):
    // the surname of whoever the article names in full with it
    let mut speaking: std::collections::BTreeSet<String> = Default::default();
    // names given to works ("the movie Vera Drake", "his album Ana Silva"): no person by that
    // name in this article
    let mut works: std::collections::BTreeSet<String> = Default::default();

    let all_toks = &doc.tokens;
    for (bi, toks) in all_toks.iter() {
        let (bi, toks) = (*bi, toks.as_slice());
        let caption = doc.blocks[bi].kind == BlockKind::Caption;
        let chs = chunks(body, &toks);
        let mut prev_place_chunk_end: Option<usize> = None;
        // (any place, the gazetteer's too: "from Jakarta to ...")
        let mut prev_any_place_end: Option<usize> = None;
        let mut prev_person_end: Option<usize> = None;
        let mut prev_person_start: Option<usize> = None;
        let mut consumed = 0usize;
        for &(c0, c1) in &chs {
            if c1 < consumed {
                continue;
            }
            let c0 = c0.max(consumed);
            // ("cosmonaut No. 11": a number's abbreviation, no name)
            if c0 == c1
                && matches!(word(body, &toks[c0]), "No." | "Nos." | "No" | "Nos")
                && toks.get(c1 + 1).is_some_and(|t| t.k == TK::Num)
            {
                continue;
            }
            // "the Morning Clarion newspaper", "told the Valley Courier": the whole run
            // (and a band before a member: "Grateful Dead drummer Mickey Hart")
            let band = band_cue(body, &toks, c0, c1) || team_cue(body, &toks, c0, c1);
            if band || news_cue(body, &toks, c0, c1) {
                // (a band's number is part of its name: "pop band Maroon 5")
                let c1 = if band
                    && toks
                        .get(c1 + 1)
                        .is_some_and(|t| t.k == TK::Num && t.s == toks[c1].e + 1)
                {
                    c1 + 1
                } else {
                    c1
                };
                let text = span_text(body, &toks, c0, c1);
                let single_gaz = gaz_at(body, &toks, c0, c1)
                    .map(|g| g.0 == c1)
                    .unwrap_or(false);
                if !single_gaz && !lx::is_stop_cap(text) {
                    let words = (c0..=c1)
                        .map(|k| word(body, &toks[k]).to_string())
                        .collect();
                    cands.push(Cand {
                        span: Span::new(toks[c0].s, toks[c1].e),
                        // ("The Who": a band's "The" stays before a word that names nothing alone)
                        name: if lx::is_function_word(&lower(strip_the(text))) {
                            text
                        } else {
                            strip_the(text)
                        }
                        .to_string(),
                        aliases: vec![],
                        kind: CKind::Org(if band {
                            OrgKind::Generic
                        } else {
                            OrgKind::NewsOrganization
                        }),
                        words,
                        in_quote_caption: caption,
                        weak: false,
                    });
                    consumed = c1 + 1;
                    continue;
                }
            }
            let ps = pieces(body, &toks, c0, c1);
            if let Some(l) = ps.last() {
                consumed = consumed.max(l.b + 1);
            }
            // "A, B and C": after a comma, only where the list goes on ("Mr Bates, Leeds United
            // will" is no list)
            let list_cont = prev_person_end
                .map(|pe| {
                    let between: Vec<&str> = (pe + 1..c0).map(|k| word(body, &toks[k])).collect();
                    let goes_on = matches!(
                        toks.get(c1 + 1).map(|t| word(body, t)),
                        Some("," | ";" | "and" | "of" | "from")
                    ) || prev_person_start.is_some_and(|ps| {
                        ps > 0 && matches!(word(body, &toks[ps - 1]), "," | ";" | ":")
                    });
                    matches!(between.as_slice(), ["and"] | [",", "and"])
                        || (between.as_slice() == [","] && goes_on)
                })
                .unwrap_or(false);
            let persons_before = cands.len();
            // "(ACR)" definition right after the chunk
            let acr =
                acronym_after(body, &toks, c1).or_else(|| short_form_after(body, &toks, c0, c1));
            if prev_word(body, &toks, c0, 1).is_some_and(lx::is_work_noun) {
                works.insert(span_text(body, &toks, c0, c1).to_string());
            }
            let mut skip_to = 0;
            for (pi, p) in ps.iter().enumerate() {
                if p.a < skip_to {
                    continue;
                }
                // "Blairite Alan Milburn", "Spaniard Ana Silva", "Backbencher Rui Vaz": a
                // capitalized modifier before a given name is no part of the name
                let trimmed;
                // (or a word opening the sentence that the article writes in lower case too:
                // "Lead Paul Lee talked", where "one of the leads" comes later)
                let opens_sentence = |k: usize| {
                    k == 0 || matches!(word(body, &toks[k - 1]), "." | "!" | "?" | "\"" | "“" | ":")
                };
                let p = if p.kind == PieceKind::Name
                    && p.b >= p.a + 2
                    && lx::given_name(word(body, &toks[p.a + 1])).is_some()
                    && (is_capitalized_modifier(word(body, &toks[p.a]))
                        || (opens_sentence(p.a)
                            && lx::given_name(word(body, &toks[p.a])).is_none()
                            && asked.ask(Ask::LowerCase, word(body, &toks[p.a]), || {
                                written_in_lower_case(doc, word(body, &toks[p.a]))
                            })))
                {
                    trimmed = Piece { a: p.a + 1, ..*p };
                    &trimmed
                } else {
                    p
                };
                let text = span_text(body, &toks, p.a, p.b);
                let span = Span::new(toks[p.a].s, toks[p.b].e);
                let words: Vec<String> = (p.a..=p.b)
                    .map(|k| word(body, &toks[k]).to_string())
                    .collect();
                // (post-nominal letters after a name leave it the last piece: "Ana Silva MP said")
                let last_piece = ps[pi + 1..]
                    .iter()
                    .all(|q| q.a == q.b && post_nominal_at(body, &toks, q.a));
                match p.kind {
                    // a lone point of the compass may be a known person's surname ("West said"
                    // after "Kanye West"): the second pass decides
                    PieceKind::Adj
                        if p.a == p.b
                            && ps.iter().filter(|q| q.kind != PieceKind::Stop).count() == 1
                            && lx::is_compass_point(text)
                            && (p.a == 0
                                || !word(body, &toks[p.a - 1]).eq_ignore_ascii_case("the")) =>
                    {
                        unknown.push((span, words));
                    }
                    PieceKind::Stop | PieceKind::Title | PieceKind::Adj => {}
                    PieceKind::Gaz(e) => {
                        // A place and the word after it naming a body of its own: a town and a
                        // club's word, a sports club ("Manchester United", "Bolton Wanderers");
                        // a county or region and "police", its police force ("Northamptonshire
                        // police", named as an unknown place's is below)
                        let next = toks
                            .get(p.b + 1)
                            .filter(|t| t.k == TK::Word)
                            .map(|t| word(body, t));
                        let body_of_place = match (e.kind, next) {
                            (GKind::Place(_), Some(cw)) if lx::is_club_word(cw) && p.b < c1 => {
                                Some((
                                    format!("{} {cw}", &body[toks[p.a].s..toks[p.b].e]),
                                    vec![],
                                    OrgKind::Generic,
                                ))
                            }
                            (GKind::Place(PlaceKind::Generic), Some("police")) if last_piece => {
                                Some((
                                    format!("{} Police", e.canonical),
                                    vec![body[span.start..toks[p.b + 1].e].to_string()],
                                    OrgKind::GovernmentBody,
                                ))
                            }
                            _ => None,
                        };
                        if let Some((name, aliases, k)) = body_of_place {
                            cands.push(Cand {
                                span: Span::new(span.start, toks[p.b + 1].e),
                                name,
                                aliases,
                                kind: CKind::Org(k),
                                words: vec![],
                                in_quote_caption: caption,
                                weak: false,
                            });
                            skip_to = p.b + 2;
                            continue;
                        }
                        // "U.S. Treasury Department": country + government body
                        let kind = match e.kind {
                            GKind::Org(k) => CKind::Org(k),
                            GKind::Place(k) => CKind::Place(k),
                        };
                        let mut c = Cand {
                            span,
                            name: e.canonical.to_string(),
                            aliases: vec![text.to_string()],
                            kind,
                            words,
                            in_quote_caption: caption,
                            weak: false,
                        };
                        if last_piece {
                            if let Some(a) = &acr {
                                if matches!(kind, CKind::Org(_)) {
                                    c.aliases.push(a.1.clone());
                                }
                            }
                        }
                        if national_edition(&mut cands, &c, body, &toks, p.b) {
                            continue;
                        }
                        merge_country_prefix(&mut cands, &mut c, body);
                        cands.push(c);
                    }
                    PieceKind::Org(k) => {
                        // "VOA's Korean Service": a desk of the organization just named
                        if pi == 0
                            && c0 >= 2
                            && toks[c0 - 1].k == TK::Poss
                            && p.b == p.a + 1
                            && gazetteer::is_adjective(word(body, &toks[p.a]))
                            && matches!(
                                word(body, &toks[p.b]),
                                "Service" | "Desk" | "Bureau" | "Section" | "Edition"
                            )
                        {
                            if let Some(prev) = cands.last().cloned() {
                                if matches!(prev.kind, CKind::Org(_))
                                    && prev.span.end == toks[c0 - 2].e
                                {
                                    cands.push(Cand {
                                        span,
                                        aliases: vec![text.to_string()],
                                        words,
                                        ..prev
                                    });
                                    continue;
                                }
                            }
                        }
                        let mut name = strip_the(text).to_string();
                        let mut aliases = Vec::new();
                        if last_piece {
                            if let Some(a) = &acr {
                                aliases.push(a.1.clone());
                            }
                        }
                        // "VOA Korean Service" stays one name; "U.S. Treasury Department" too
                        if name.is_empty() {
                            name = text.to_string();
                        }
                        let kind = refine_org_kind(&name, k);
                        let mut c = Cand {
                            span,
                            name,
                            aliases,
                            kind: CKind::Org(kind),
                            words,
                            in_quote_caption: caption,
                            weak: false,
                        };
                        merge_country_prefix(&mut cands, &mut c, body);
                        cands.push(c);
                    }
                    PieceKind::Place => {
                        cands.push(Cand {
                            span,
                            name: text.to_string(),
                            aliases: vec![],
                            kind: CKind::Place(PlaceKind::Generic),
                            words,
                            in_quote_caption: caption,
                            weak: false,
                        });
                    }
                    PieceKind::Name => {
                        let single = p.a == p.b;
                        let w0 = word(body, &toks[p.a]);
                        if single && lx::is_non_name_cap(w0) {
                            continue;
                        }
                        let first_in_chunk =
                            pi == 0 || ps[..pi].iter().all(|q| q.kind == PieceKind::Stop);
                        // ("Hungarian Melinda Czink": a nationality, then the name)
                        let after_nationality = pi > 0
                            && ps[pi - 1].kind == PieceKind::Adj
                            && {
                                // (or a party's: "incumbent Republican Cory Gardner")
                                let adj = span_text(body, &toks, ps[pi - 1].a, ps[pi - 1].b);
                                gazetteer::is_adjective(adj) || lx::party_adjective(adj)
                            }
                            && ps[..pi]
                                .iter()
                                .all(|q| matches!(q.kind, PieceKind::Stop | PieceKind::Adj));
                        // ("the president of France Emmanuel Macron", "In Ohio Ana Ruiz won": a
                        // place, then a name opening with a given name)
                        let after_place = pi > 0
                            && matches!(ps[pi - 1].kind, PieceKind::Gaz(e) if matches!(e.kind, GKind::Place(_)))
                            && opens_with_given_name(&words);
                        let after_nationality = after_nationality || after_place;
                        // "Acme Bank chief economist Ana Silva": a name before a role and a name
                        // (or before a capitalized title in the same run: "Acme CEO Ana Silva")
                        let title_next = ps
                            .get(pi + 1)
                            .is_some_and(|q| q.kind == PieceKind::Title && q.a == p.b + 1)
                            && ps.get(pi + 2).is_some_and(|q| q.kind == PieceKind::Name);
                        let before_role =
                            (last_piece || title_next) && before_role_and_name(body, &toks, p.b);
                        if single && is_acronym(w0) {
                            if let Some(a) = &acr {
                                if last_piece {
                                    // "ACR (Full)" is rare; treat as org named by the acronym
                                    let _ = a;
                                }
                            }
                            // "YPG militia"; "CBI chief economist Ana Silva", "an analyst at HSBC"
                            let next = toks.get(p.b + 1).map(|t| word(body, t));
                            let employer = (last_piece || title_next)
                                && !lx::is_common_acronym(w0)
                                && (before_role
                                    || (first_in_chunk
                                        && after_role_preposition(body, &toks, c0, true)));
                            // "the firm KPMG", "carrier JAL"
                            // (or "nonprofit CNA", "rights group HRW": a body of no trade)
                            let body_noun = matches!(
                                prev_word(body, &toks, c0, 1),
                                Some(
                                    "nonprofit" | "non-profit" | "group" | "charity" | "think-tank"
                                )
                            );
                            let trade = company_cue_before(body, &toks, c0);
                            let company = last_piece
                                && first_in_chunk
                                && (trade || body_noun)
                                && !lx::is_common_acronym(w0);
                            // ("IBM said": an acronym that speaks is an organization's)
                            let speaks = last_piece
                                && first_in_chunk
                                && speech_next(body, &toks, p.b)
                                && !lx::is_common_acronym(w0)
                                && w0.chars().count() >= 2;
                            // ("KDKA-TV", "WSET-TV": a broadcaster's call sign)
                            let station = call_sign(w0);
                            if employer
                                || company
                                || speaks
                                || station
                                || (matches!(
                                    next,
                                    Some("militia" | "militants" | "rebels" | "group" | "fighters")
                                ) && last_piece)
                            {
                                let kind = if station {
                                    OrgKind::NewsOrganization
                                } else if company && trade && !employer {
                                    OrgKind::Company
                                } else {
                                    OrgKind::Generic
                                };
                                cands.push(Cand {
                                    span,
                                    name: w0.to_string(),
                                    aliases: vec![],
                                    kind: CKind::Org(kind),
                                    words,
                                    in_quote_caption: caption,
                                    weak: false,
                                });
                            } else {
                                acronyms.push((span, w0.trim_end_matches('.').to_string()));
                            }
                            continue;
                        }
                        let before_ctx = c0;
                        let mut kind = CKind::Unknown;
                        let mut strong = false;
                        let next_word = toks.get(p.b + 1).map(|t| word(body, t));
                        // (after "the": not "Senior administration officials", "City
                        // administration", a common word opening a sentence)
                        let leader_gov = next_word == Some("administration")
                            && lx::given_name(w0).is_none()
                            && toks.get(p.b + 2).is_none_or(|t| word(body, t) != "of")
                            && matches!(
                                prev_word(body, &toks, c0, 1),
                                Some("the" | "The" | "a" | "an")
                            )
                            && !lx::is_stop_cap(w0)
                            && !lx::is_title_mod(w0)
                            && !lx::is_non_name_cap(w0)
                            && gaz_at(body, &toks, c0, c1).is_none();
                        if last_piece && news_cue(body, &toks, before_ctx, c1) {
                            kind = CKind::Org(OrgKind::NewsOrganization);
                        } else if first_in_chunk
                            && last_piece
                            && company_cue_before(body, &toks, c0)
                        {
                            kind = CKind::Org(OrgKind::Company);
                        } else if first_in_chunk && last_piece && party_cue_before(body, &toks, c0)
                        {
                            kind = CKind::Org(OrgKind::PoliticalParty);
                        } else if first_in_chunk && last_piece && body_cue_before(body, &toks, c0) {
                            kind = CKind::Org(OrgKind::Generic);
                        } else if last_piece && acr.is_some() {
                            kind = CKind::Org(OrgKind::Generic);
                        } else if single
                            && last_piece
                            && (its_speaks_next(body, &toks, p.b)
                                || holdings_next(body, &toks, p.b))
                            && w0.chars().count() >= 3
                            && !lx::is_stop_cap(w0)
                            && !title_word_or_no_name(w0)
                            && lx::given_name(w0).is_none()
                            && !cands
                                .iter()
                                .any(|c| c.kind == CKind::Person && c.words.iter().any(|x| x == w0))
                        {
                            kind = CKind::Org(OrgKind::Generic);
                        } else if last_piece && (next_word == Some("police") || leader_gov) {
                            // "Lorsk police"; "the Trump administration": a government named by
                            // its leader (the name is a name of its own inside it too)
                            let e = toks[p.b + 1].e;
                            let (name, aliases) = if leader_gov {
                                (format!("{text} administration"), vec![])
                            } else {
                                (
                                    format!("{text} Police"),
                                    vec![body[span.start..e].to_string()],
                                )
                            };
                            cands.push(Cand {
                                span: Span::new(span.start, e),
                                name,
                                aliases,
                                kind: CKind::Org(OrgKind::GovernmentBody),
                                words: words.clone(),
                                in_quote_caption: caption,
                                weak: false,
                            });
                            unknown.push((span, words));
                            continue;
                        } else if {
                            strong = cue_before(body, &toks, &ps, pi, before_ctx)
                                || (last_piece && cue_after(body, &toks, p.b) && !speech_next(body, &toks, p.b))
                                || (last_piece && first_in_chunk && !single && enclosed_by_commas(body, &toks, c0, c1))
                                || (first_in_chunk && !single && list_cont)
                                // ("Liberal Democrat Alan Beith - who chairs ...": a party, then a name)
                                || (pi > 0
                                    && matches!(ps[pi - 1].kind, PieceKind::Gaz(e) if e.kind == GKind::Org(OrgKind::PoliticalParty))
                                    && !single
                                    && last_piece
                                    && opens_with_given_name(&words))
                                || ((first_in_chunk || after_nationality)
                                    && !single
                                    && last_piece
                                    && (opens_with_given_name(&words) || unknown_word_and_surname(&lower_words, &words))
                                    && !before_role
                                    && !after_role_preposition(body, &toks, c0, false));
                            // ("a doctor at Saint Francis said": a name after "at" or "in" is where the
                            // speaker works, not who speaks)
                            let at_place = first_in_chunk
                                && matches!(prev_word(body, &toks, c0, 1), Some("at" | "in"));
                            strong
                                || (last_piece
                                    && speech_next(body, &toks, p.b)
                                    && !at_place
                                    && !(single
                                        && first_in_chunk
                                        && sentence_initial(body, &toks, c0)))
                                || (first_in_chunk
                                    && cue_speech_before(body, &toks, c0)
                                    && !(before_role && !single))
                        } {
                            // (not a name right after a person and "of", "Ana Silva of Acme
                            // Capital said", nor after a place noun and "of", "the city of San
                            // Juan": where someone is from, a place)
                            let from_of = first_in_chunk
                                && (after_name_of(body, &toks, c0, &cands)
                                    || place_noun_of_before(body, &toks, c0));
                            // (nor an award after a role: "her second best actress Oscar")
                            let award = single && lx::is_field_word(w0);
                            if (valid_person(&words)
                                || person_with_place_surname(body, &toks, p.a, p.b))
                                && !from_of
                                && !award
                            {
                                kind = CKind::Person;
                            }
                        } else if first_in_chunk
                            && last_piece
                            && speech_next(body, &toks, p.b)
                            && after_role_preposition(body, &toks, c0, false)
                        {
                            // ("an economist at Global Insight said": the employer, not a place)
                            kind = CKind::Org(OrgKind::Generic);
                        } else if single
                            && last_piece
                            && first_in_chunk
                            && sentence_initial(body, &toks, c0)
                            && toks.get(p.b + 1).is_some_and(|t| {
                                matches!(
                                    word(body, t),
                                    "reported"
                                        | "reports"
                                        | "announced"
                                        | "announces"
                                        | "stated"
                                        | "estimated"
                                        | "estimates"
                                )
                            })
                            && asked.ask(Ask::LoneBody, w0, || lone_speaking_body(doc, w0))
                            && !cands
                                .iter()
                                .any(|c| c.kind == CKind::Person && c.words.iter().any(|x| x == w0))
                        {
                            // ("Rappler reported ...": one word no person was named by, opening a
                            // sentence as a source, is a body: people are named in full first)
                            kind = CKind::Org(OrgKind::Generic);
                        } else if first_in_chunk
                            && !lx::is_religion(text)
                            && (place_cue_before(body, &toks, c0)
                                || followed_by_country(body, &toks, c1))
                        {
                            kind = CKind::Place(PlaceKind::Generic);
                        } else if first_in_chunk
                            && prev_place_chunk_end.is_some()
                            && c0 >= 2
                            && word(body, &toks[c0 - 1]) == "and"
                            && prev_place_chunk_end == Some(c0 - 2)
                        {
                            kind = CKind::Place(PlaceKind::Generic);
                        } else if first_in_chunk
                            && c0 >= 4
                            && word(body, &toks[c0 - 1]) == "to"
                            && prev_any_place_end == Some(c0 - 2)
                            && {
                                // ("a flight from Jakarta to Pangkal Pinang": the other end of a
                                // journey from a place)
                                let mut q = c0 - 2;
                                while q > 0 && toks[q - 1].name {
                                    q -= 1;
                                }
                                q > 0 && word(body, &toks[q - 1]) == "from"
                            }
                        {
                            kind = CKind::Place(PlaceKind::Generic);
                        }
                        // (one word: not opening a sentence, "Assistant coach Rui Vaz", nor a word of
                        // titles, "Agriculture minister Rui Vaz", nor an award or a field, "Oscar
                        // winner Rui Vaz")
                        // (a word that may name something: not short, no title word or
                        // modifier, nor the surname of a person named before, "Trump loyalist
                        // Ana Silva")
                        let plain_word = || {
                            w0.chars().count() >= 3
                                && !title_word_or_no_name(w0)
                                && !is_capitalized_modifier(w0)
                                && !cands.iter().any(|c| {
                                    c.kind == CKind::Person
                                        && c.words.last().is_some_and(|l| l == w0)
                                })
                        };
                        let lone_ok = || {
                            !single
                                || (plain_word()
                                    && !sentence_initial(body, &toks, p.a)
                                    && !lx::is_thing_tail(w0)
                                    && !lx::is_field_word(w0))
                        };
                        if kind == CKind::Unknown
                            && first_in_chunk
                            && place_noun_of_before(body, &toks, c0)
                            && !lx::is_religion(text)
                        {
                            kind = CKind::Place(PlaceKind::Generic);
                        }
                        // (not a word the article also writes in lower case: "Aid minister Hilary
                        // Benn" after "wider aid policy" names a portfolio, not an employer)
                        // (opening the sentence too, before a role and a name: "Chelsea chief
                        // executive Peter Kenyon")
                        let opening_employer = || {
                            single
                                && sentence_initial(body, &toks, p.a)
                                && plain_word()
                                && !lx::is_stop_cap(w0)
                                && !gazetteer::is_adjective(w0)
                                // (a people's adjective the gazetteer lacks: "Angolan leader")
                                && !w0.ends_with("an")
                                && lx::given_name(w0).is_none()
                                // (a name the article also writes inside a sentence, "at
                                // Chelsea", not "Film director")
                                && asked.ask(Ask::CapitalizedInside, w0, || capitalized_inside(body, w0))
                                // (nor a show or a place a performer is known by: "Friends
                                // actress", "Hollywood veteran", "Adriano agent")
                                && !toks.get(p.b + 1).is_some_and(|t| {
                                    matches!(word(body, t), "actor" | "actress" | "star" | "singer" | "veteran" | "legend" | "icon" | "agent" | "fan" | "rapper" | "comedian")
                                })
                                // (nor a word that heads names: "Council chief", "County")
                                && lx::org_head(w0).is_none()
                                && !lx::is_place_head(w0)
                                && lx::name_tail(w0).is_none()
                        };
                        if kind == CKind::Unknown
                            && before_role
                            && (lone_ok() || opening_employer())
                            && !(single && lower_words.has(&w0.to_lowercase()))
                        {
                            kind = CKind::Org(OrgKind::Generic);
                        }
                        // "managing director of Ontrack Data Recovery", "an analyst at Brightwater":
                        // a name right after a role and "of", "at" or "with" is the employer
                        if kind == CKind::Unknown
                            && first_in_chunk
                            && last_piece
                            && (after_role_preposition(body, &toks, c0, false)
                                // (of a firm's office, not of a place: "mayor of", "professor of")
                                || (prev_word(body, &toks, c0, 1) == Some("of")
                                    && prev_word(body, &toks, c0, 2).is_some_and(|w| {
                                        matches!(w, "director" | "executive" | "chief" | "head" | "chairman" | "chairwoman" | "chairperson" | "founder"
                                            | "co-founder" | "manager" | "partner" | "analyst" | "economist" | "strategist" | "editor" | "owner" | "spokesman"
                                            | "spokeswoman" | "spokesperson" | "secretary" | "president" | "treasurer" | "boss" | "CEO" | "CFO" | "COO" | "CTO")
                                    })))
                            && !opens_with_given_name(&words)
                            // (not a modifier of what follows: "head of Surrey's studio", "director
                            // of Sheffield-based Acme", "chief of Nordic operator Telia")
                            && toks.get(p.b + 1).is_none_or(|t| {
                                let w = word(body, t);
                                t.k != TK::Poss && !matches!(w, "based" | "-") && !lx::is_company_noun(w) && !lx::is_role_word(w)
                            })
                            && lone_ok()
                        {
                            kind = CKind::Org(OrgKind::Generic);
                        }
                        if kind == CKind::Unknown
                            && single
                            && speech_next(body, &toks, p.b)
                            && sentence_initial(body, &toks, p.a)
                        {
                            let he_she = (p.b + 2..(p.b + 5).min(toks.len()))
                                .any(|k| matches!(word(body, &toks[k]), "he" | "she"));
                            if he_she
                                && lx::given_name(w0).is_none()
                                && !lower_words.has(&w0.to_lowercase())
                            {
                                speaking.insert(fold_particle(w0));
                            }
                        }
                        match kind {
                            CKind::Unknown => unknown.push((span, words)),
                            CKind::Org(k) => {
                                let mut aliases = vec![];
                                if let Some(a) = &acr {
                                    aliases.push(a.1.clone());
                                }
                                cands.push(Cand {
                                    span,
                                    name: strip_the(text).to_string(),
                                    aliases,
                                    kind: CKind::Org(k),
                                    words,
                                    in_quote_caption: caption,
                                    weak: false,
                                })
                            }
                            _ => {
                                // a lone capitalized word opening a sentence ("Rather, the ...") is a
                                // person only as a known surname
                                let weak = kind == CKind::Person
                                    && (!strong
                                        || (single
                                            && !cue_before(body, &toks, &ps, pi, before_ctx)));
                                // a name right before a title word is part of that title ("Chief Technical Officer")
                                // (a post-nominal letters are no title of their own: "Ana Silva MP")
                                let in_title = kind == CKind::Person
                                    && toks
                                        .get(p.b + 1)
                                        .is_some_and(|t| lx::is_title_head(word(body, t)))
                                    && !post_nominal_at(body, &toks, p.b + 1)
                                    && p.b < c1;
                                if !in_title {
                                    cands.push(Cand {
                                        span,
                                        name: text.to_string(),
                                        aliases: vec![],
                                        kind,
                                        words,
                                        in_quote_caption: caption,
                                        weak,
                                    });
                                }
                            }
                        }
                    }
                }
            }
            let persons_now = cands.len();
            // "Ana Silva of the Acme Party, Rui Vaz of ...": a person and where they are from
            // carry a list on like a person alone
            let of_org = prev_person_end.is_some_and(|pe| {
                let between: Vec<&str> = (pe + 1..c0).map(|k| word(body, &toks[k])).collect();
                matches!(
                    between.as_slice(),
                    ["of"] | ["of", "the"] | ["from"] | ["from", "the"]
                )
            }) && cands
                .last()
                .is_some_and(|c| matches!(c.kind, CKind::Org(_)) && c.span.end == toks[c1].e)
                || (prev_person_end.is_some()
                    && c0 >= 2
                    && matches!(prev_word(body, &toks, c0, 1), Some("of" | "from" | "the"))
                    && gaz_at(body, &toks, c0, c1)
                        .is_some_and(|(gb, e)| gb == c1 && matches!(e.kind, GKind::Org(_))));
            let kept_start = prev_person_start;
            prev_person_end = if persons_now > persons_before
                && cands
                    .last()
                    .map(|c| c.kind == CKind::Person && c.span.end == toks[c1].e)
                    .unwrap_or(false)
            {
                Some(c1)
            } else if of_org {
                Some(c1)
            } else {
                None
            };
            prev_person_start = if of_org {
                kept_start
            } else {
                prev_person_end.map(|_| c0)
            };
            // only a place found by its cue carries over to "and Y" (not a gazetteer one)
            let last_is_place = cands
                .last()
                .map(|c| {
                    matches!(c.kind, CKind::Place(PlaceKind::Generic))
                        && c.span.end == toks[c1].e
                        && gazetteer::lookup(&c.name).is_none()
                })
                .unwrap_or(false);
            prev_place_chunk_end = if last_is_place { Some(c1) } else { None };
            prev_any_place_end = cands
                .last()
                .filter(|c| matches!(c.kind, CKind::Place(_)) && c.span.end == toks[c1].e)
                .map(|_| c1);
            // the acronym itself is a mention of the organization just defined
            if let Some((sp, a)) = acr {
                if let Some(last) = cands.last() {
                    if last.span.end == toks[c1].e && matches!(last.kind, CKind::Org(_)) {
                        let mut c = last.clone();
                        c.span = sp;
                        c.words = vec![a.clone()];
                        cands.push(c);
                    }
                }
            }
        }
    }

    // "Edward Lodewijk "Eddie" Van Halen", "Joaquín "El Chapo" Guzmán": a nickname in quotes
    // between a person's given names and the surname joins them; the nickname with the surname
    // is an alias
    {
        static NICK: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
            regex::Regex::new(r#"^\s+["“]([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*)?)["”]\s+((?:(?:van|von|de|da|der|del|al|bin|la|le)\s+)*[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)"#).unwrap()
        });
        let mut joined: Vec<(usize, Span, String)> = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            if c.kind != CKind::Person || c.words.len() > 3 {
                continue;
            }
            if let Some(m) = NICK.captures(&body[c.span.end..]) {
                let (nick, sur) = (m.get(1).unwrap(), m.get(2).unwrap());
                let words: Vec<String> =
                    sur.as_str().split_whitespace().map(String::from).collect();
                if valid_person(&words) && !words.iter().any(|w| lx::is_title_head(w)) {
                    joined.push((
                        k,
                        Span::new(c.span.end + sur.start(), c.span.end + sur.end()),
                        nick.as_str().to_string(),
                    ));
                }
            }
        }
        let mut drop: Vec<Span> = Vec::new();
        for (k, sur, nick) in joined {
            let surname = body[sur.start..sur.end].to_string();
            let c = &mut cands[k];
            c.aliases.push(format!("{nick} {surname}"));
            c.name = format!("{} {}", c.name, surname);
            c.words.extend(surname.split_whitespace().map(String::from));
            drop.push(sur);
            c.span = Span::new(c.span.start, sur.end);
        }
        if !drop.is_empty() {
            let inside = |sp: &Span| drop.iter().any(|d| sp.start >= d.start && sp.end <= d.end);
            cands.retain(|c| !inside(&c.span));
            unknown.retain(|(sp, _)| !inside(sp));
        }
    }

    // Second pass: bare names that repeat a known name or a known person's surname.
    // surnames (last words) and first words of multi-word people; lone confirmed surnames
    let mut multi_last: std::collections::BTreeSet<String> = Default::default();
    let mut multi_first: std::collections::BTreeSet<String> = Default::default();
    let mut single: std::collections::BTreeSet<String> = Default::default();
    // (the first of two surnames too: "Rosselló" of "Ricardo Rosselló Nevares", past a middle
    // initial)
    let mut multi_mid: std::collections::BTreeSet<String> = Default::default();
    for c in cands.iter().filter(|c| c.kind == CKind::Person) {
        if c.words.len() > 1 {
            multi_last.insert(fold_particle(c.words.last().unwrap()));
            multi_first.insert(fold_particle(&c.words[0]));
            multi_mid.extend(first_of_two_surnames(&c.words));
        } else if let Some(w) = c.words.first() {
            single.insert(fold_particle(w));
        }
    }
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    for (k, c) in cands.iter().enumerate() {
        by_name.entry(c.name.clone()).or_insert(k);
        for a in &c.aliases {
            by_name.entry(a.clone()).or_insert(k);
        }
    }
    // (full names first, so that a surname alone finds the full name it belongs to)
    unknown.sort_by_key(|(_, w)| std::cmp::Reverse(w.len().min(2)));
    // the full names of people by where they start and end, for the lists they stand in (only
    // where an unknown name of two or three words may need them)
    let mut person_at: BTreeMap<usize, usize> = BTreeMap::new();
    let mut person_to: BTreeMap<usize, usize> = BTreeMap::new();
    if unknown.iter().any(|(_, w)| (2..=3).contains(&w.len())) {
        for c in cands
            .iter()
            .filter(|c| c.kind == CKind::Person && c.words.len() > 1)
        {
            person_at.insert(c.span.start, c.span.end);
            person_to.insert(c.span.end, c.span.start);
        }
    }
    for (span, words) in unknown {
        let text = &body[span.start..span.end];
        if let Some(c) = by_name.get(text).map(|&k| cands[k].clone()) {
            cands.push(Cand { span, words, ..c });
            continue;
        }
        // (the set lookups before `valid_person`, which is dear)
        let wl = fold_particle(words.last().unwrap());
        let person_like = if words.len() == 1 {
            // a surname, or a family name first ("Kim" of "Kim Jong Un")
            (multi_last.contains(&wl) || multi_first.contains(&wl) || multi_mid.contains(&wl))
                && valid_person(&words)
        } else {
            // full name whose surname was seen alone with a cue (or saying something of a man
            // or a woman, opening a sentence), or is a named person's, where the article repeats
            // it: a relative ("Dorsa Derakhshani and her brother Borna Derakhshani")
            // (named so more than once: not "Drury Lane" after "Nathan Lane")
            ((single.contains(&wl) || speaking.contains(&wl)) && valid_person(&words))
                || (words.len() == 2
                    && words[0].trim_end_matches('.').chars().count() > 1
                    && multi_last.contains(&wl)
                    && valid_person(&words)
                    && asked.ask(Ask::WrittenTwice, text, || {
                        occurrences(body, text).nth(1).is_some()
                    }))
        };
        // an interview's speaker label: "((Aparna Garg)) There were fifteen of them."
        // (the cheap tests first: `valid_person` is dear)
        let label = words.len() > 1
            && body[..span.start].ends_with("((")
            && body[span.end..].starts_with("))")
            && valid_person(&words);
        // a full name in a list of people named in full: "Oprah Winfrey, Whoopi Goldberg,
        // Kevin Feige and Bob Iger" (two of them next to it, on either side)
        let listed = || {
            const SEPARATORS: [&str; 3] = [", and ", ", ", " and "];
            let mut n = 0;
            let mut at = span.end;
            while n < 2 {
                let Some(sep) = SEPARATORS.iter().find(|p| body[at..].starts_with(**p)) else {
                    break;
                };
                let Some(&e) = person_at.get(&(at + sep.len())) else {
                    break;
                };
                n += 1;
                at = e;
            }
            let mut at = span.start;
            while n < 2 {
                let Some(sep) = SEPARATORS.iter().find(|p| body[..at].ends_with(**p)) else {
                    break;
                };
                let Some(&st) = person_to.get(&(at - sep.len())) else {
                    break;
                };
                n += 1;
                at = st;
            }
            n >= 2
        };
        let person_like = person_like
            || label
            || ((2..=3).contains(&words.len()) && listed() && valid_person(&words));
        if person_like && words.len() > 1 {
            multi_last.insert(fold_particle(words.last().unwrap()));
        }
        if person_like {
            cands.push(Cand {
                span,
                name: text.to_string(),
                aliases: vec![],
                kind: CKind::Person,
                words,
                in_quote_caption: false,
                weak: false,
            });
        }
    }
    // A lone word taken for a person on a weak cue (a speech verb, "according to") stays only
    // when it is the surname or first word of a full name: companies "say" things too.
    {
        let mut lasts: std::collections::BTreeSet<String> = Default::default();
        for c in cands
            .iter()
            .filter(|c| c.kind == CKind::Person && c.words.len() > 1)
        {
            lasts.insert(fold_particle(c.words.last().unwrap()));
            lasts.insert(fold_particle(&c.words[0]));
            lasts.extend(first_of_two_surnames(&c.words));
        }
        cands.retain(|c| {
            !(c.kind == CKind::Person && c.words.len() == 1 && c.weak)
                || (lasts.contains(&fold_particle(&c.words[0])))
        });
        cands.retain(|c| {
            !(c.kind == CKind::Person && c.words.len() == 1 && c.words[0].chars().count() < 2)
        });
        cands.retain(|c| !(matches!(c.kind, CKind::Org(_)) && gazetteer::is_adjective(&c.name)));
    }
    // Acronyms: known organizations' initials or defined acronyms
    // (the first organization that defines or spells each acronym, indexed once: linear time)
    let mut org_by_acronym: std::collections::HashMap<String, usize> = Default::default();
    for (k, c) in cands
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.kind, CKind::Org(_)))
    {
        for a in c
            .aliases
            .iter()
            .cloned()
            .chain(std::iter::once(initials(&c.name)))
        {
            org_by_acronym.entry(a).or_insert(k);
        }
    }
    for (span, a) in acronyms {
        if let Some(c) = org_by_acronym.get(&a).map(|&k| cands[k].clone()) {
            cands.push(Cand {
                span,
                words: vec![a.clone()],
                ..c
            });
        }
    }

    cands.retain(|c| !(c.kind == CKind::Person && works.contains(&c.name)));
    short_company_mentions(doc, &mut cands);
    campus_after_comma(body, &mut cands);
    // a name the article gives a company ("Engineering firm Balfour Beatty") is the company's
    // where it stands alone too ("Balfour Beatty's railway arm"), no person's
    let companies: std::collections::BTreeSet<String> = cands
        .iter()
        .filter(|c| c.kind == CKind::Org(OrgKind::Company))
        .map(|c| c.name.clone())
        .collect();
    for c in cands
        .iter_mut()
        .filter(|c| c.kind == CKind::Person && c.words.len() > 1 && companies.contains(&c.name))
    {
        c.kind = CKind::Org(OrgKind::Company);
    }
    build(cands)
}

fn fold_particle(s: &str) -> String {
    let f = super::tokens::fold(s);
    for p in ["al-", "el-", "bin-"] {
        if let Some(r) = f.strip_prefix(p) {
            return r.to_string();
        }
    }
    f
}

/// Initials of an organization's significant words ("Foundation for Defense of Democracies" -> "FDD").
pub(crate) fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !matches!(*w, "of" | "for" | "on" | "and" | "the" | "The" | "&" | "de"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
}

fn refine_org_kind(name: &str, k: OrgKind) -> OrgKind {
    let first = name.split(' ').next().unwrap_or("");
    if matches!(first, "International" | "World" | "Global")
        || name.starts_with("United Nations")
        || name.starts_with("UN ")
    {
        return OrgKind::InternationalOrganization;
    }
    if k == OrgKind::Generic && name.ends_with("Forces") {
        return OrgKind::Generic;
    }
    k
}

/// Inner capitals only after a name prefix ("McGurk", "DeSantis", "O'Brien"), not "UpGuard".
fn camel_ok(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    for k in 1..cs.len() {
        if cs[k].is_uppercase() && cs[k - 1].is_lowercase() {
            let pre: String = cs[..k].iter().collect();
            let pre = pre
                .rsplit(|c| c == '-' || c == '\'' || c == '\u{2019}')
                .next()
                .unwrap_or("")
                .to_string();
            if !matches!(
                pre.as_str(),
                "Mc" | "Mac"
                    | "De"
                    | "Di"
                    | "Da"
                    | "Du"
                    | "Le"
                    | "La"
                    | "Van"
                    | "Von"
                    | "St"
                    | "O"
                    | "D"
                    | ""
            ) {
                return false;
            }
        }
        if k == 1
            && cs[0].is_uppercase()
            && cs[1].is_uppercase()
            && cs.get(2).map(|c| c.is_lowercase()).unwrap_or(false)
        {
            return false;
        }
    }
    true
}

/// Whether these words can be a person's name.
fn valid_person(words: &[String]) -> bool {
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    // "Carmaker Rover", "Retailer Tesco" opening a sentence: a company's trade, no first name
    if words.len() > 1 && lx::is_company_noun(&words[0].to_lowercase()) {
        return false;
    }
    // "Finding Nemo", "Raising Arizona": a gerund opens a title, not a name (not a given name
    // with a short stem, "Erling", nor a hyphenated one, "Tak-Sing")
    let gerund = |w: &str| {
        w.strip_suffix("ing")
            .is_some_and(|stem| stem.chars().count() >= 4 && !stem.contains('-'))
    };
    if words.len() > 1 && gerund(&words[0]) && lx::given_name(&words[0]).is_none() {
        return false;
    }
    if words.len() == 1 {
        let w = words[0].as_str();
        // (nor a plural noun, "Prime Minister's Questions", "Director of Public Prosecutions", or a
        // town word, "Vice City")
        if ["ally", "ously", "ently", "edly", "ively", "ically", "ingly", "antly", "ions", "ments"].iter().any(|suf| w.ends_with(suf))
            || matches!(w, "City" | "Town")
            // a people, not a person: "Americans", "Iraqis"
            || w.strip_suffix('s').is_some_and(gazetteer::is_adjective)
        {
            return false;
        }
        // "Queen Mother", "Chief Executive": a kinship noun or a title word alone names nobody
        // (role nouns may: "Mr Dean", "Mr Judge" are surnames)
        if lx::is_kin_noun(&w.to_lowercase()) || lx::is_title_mod(w) {
            return false;
        }
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or(' ');
        // a regnal number after a name: "Elizabeth II", "Louis XIV"
        if i == last && i > 0 && is_regnal_number(w) {
            return true;
        }
        if !camel_ok(w) {
            return false;
        }
        // ("Giscard d'Estaing": "d'" before a capital, not first)
        let elided = i > 0 && super::tokens::elided_particle(w).is_some_and(is_cap);
        (first.is_uppercase() || lx::is_particle(w) || w.contains('-') || elided)
            && !w.chars().any(|c| c.is_ascii_digit())
            && !(w.chars().count() > 1 && is_acronym(w) && !w.ends_with('.'))
            && (!lx::is_stop_cap(w)
                || matches!(w.as_str(), "May" | "June" | "April" | "August") && words.len() > 1)
            && lx::org_head(w).is_none()
            && lx::name_tail(w).is_none()
            && !lx::is_place_head(w)
            && !lx::is_occasion_word(w)
    })
}

/// A Roman numeral of a monarch or a pope: two to five of I, V and X ("II", "XIV").
fn is_regnal_number(w: &str) -> bool {
    (2..=5).contains(&w.len())
        && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !matches!(w, "IIII" | "VV" | "XXXX")
}

/// "Jim Parton", "Olena Kovalenko": a name of two or more words opening with a common given
/// name that is not also a place ("Georgia", "Jordan"), and not ending in a word that names
/// a thing ("Davis Cup", "Stanley Park", "Marshall Plan").
fn opens_with_given_name(words: &[String]) -> bool {
    words.len() >= 2
        && lx::given_name(&words[0]).is_some()
        && gazetteer::lookup(&words[0]).is_none()
        && !words.last().is_some_and(|w| lx::is_thing_tail(w))
}

/// A capitalized word the lexicon knows as part of a title or as no name: "Minister", "Deputy",
/// "Western".
fn title_word_or_no_name(w: &str) -> bool {
    lx::is_title_mod(w) || lx::is_title_head(w) || lx::is_non_name_cap(w)
}

/// "Lleyton Hewitt", "Venus Williams": two words, a common surname after a word that is no
/// word of the article's prose (it never stands there in lower case, as "hard" of "Hard Rock"
/// would), no plural ("Veterans Simon") and nothing the lexicon or gazetteer knows.
fn unknown_word_and_surname(lower_words: &LowerWords, words: &[String]) -> bool {
    let [first, last] = words else { return false };
    let known = |w: &str| {
        lx::is_stop_cap(w)
            || title_word_or_no_name(w)
            || lx::is_month_word(w)
            || lx::is_weekday_word(w)
            || is_capitalized_modifier(w)
            || gazetteer::is_adjective(w)
            || gazetteer::lookup(w).is_some()
            // (saints and words of place names, "St James", "Port Talbot", "County Durham", and a
            // verb of saying, "Said Williams:")
            || matches!(w, "St" | "Mt" | "Ft" | "Saint" | "Port" | "Fort" | "Lake" | "Mount" | "Cape" | "County" | "Isle" | "Glen" | "Said" | "Says")
    };
    lx::is_common_surname(last)
        && first != last
        && first.chars().count() >= 2
        && first.chars().skip(1).all(|c| c.is_lowercase())
        && (lx::given_name(first).is_some() || !first.ends_with('s'))
        && !known(first)
        && !known(last)
        && !lower_words.has(&first.to_lowercase())
}

/// The article writes `w` capitalized inside a sentence too (after a lower-case word or a
/// comma), as a proper name is written: "at Chelsea", not only "Film director ..." at the start.
fn capitalized_inside(body: &str, w: &str) -> bool {
    occurrences(body, w).any(|i| {
        let after = body[i + w.len()..].chars().next();
        let before = body[..i].trim_end_matches(' ');
        let prev = before.chars().next_back();
        before.len() < i
            && !after.is_some_and(char::is_alphanumeric)
            && prev.is_some_and(|c| c.is_lowercase() || c == ',')
    })
}

/// Where `w` occurs in `text` (byte offsets, not overlapping, in order): what
/// `text.match_indices(w)` finds, by a faster search.
fn occurrences<'t>(text: &'t str, w: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes())
}

/// The questions about a word that search the whole body, each asked once per word and
/// article (see [`Asked`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ask {
    LowerCase,
    LoneBody,
    CapitalizedInside,
    WrittenTwice,
}

/// The answers already found to questions that search the whole body for a word: asking the
/// body once per mention instead made a long article quadratic.
#[derive(Default)]
struct Asked<'a> {
    answers: std::cell::RefCell<BTreeMap<(Ask, &'a str), bool>>,
}

impl<'a> Asked<'a> {
    fn ask(&self, q: Ask, w: &'a str, search: impl FnOnce() -> bool) -> bool {
        if let Some(&a) = self.answers.borrow().get(&(q, w)) {
            return a;
        }
        let a = search();
        self.answers.borrow_mut().insert((q, w), a);
        a
    }
}

/// The words that stand on their own somewhere in a body (not inside a web or mail address:
/// "suprnova.org", "arsenal.com"), read once per article on the first question: asking the
/// body itself for each word made a long article quadratic.
struct LowerWords<'a> {
    body: &'a str,
    set: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
}

/// The longest body (bytes) in which [`LowerWords`] scans instead of building its set.
const SCAN_UP_TO: usize = 64 << 10;

/// A character that continues a word or an address.
fn part_of_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '/' | '@' | '-' | '_')
}

impl<'a> LowerWords<'a> {
    fn new(body: &'a str) -> Self {
        LowerWords {
            body,
            set: std::cell::OnceCell::new(),
        }
    }

    /// Whether `w` (lower case) stands as a word of its own in the body: a whole run of word
    /// characters, or one before a full stop that ends a sentence ("... in aid.").
    fn has(&self, w: &str) -> bool {
        // (a word with a character that splits runs is looked for the slow way; so is any
        // word of a short body, where a few scans cost less than the set)
        if self.body.len() < SCAN_UP_TO || w.is_empty() || !w.chars().all(part_of_word) {
            return in_lower_case(self.body, w);
        }
        let set = self.set.get_or_init(|| {
            let mut set = std::collections::HashSet::new();
            let body = self.body;
            let mut start = None;
            for (i, c) in body
                .char_indices()
                .chain(std::iter::once((body.len(), ' ')))
            {
                match (part_of_word(c), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        let run = &body[s..i];
                        set.insert(run);
                        // (the full stop may end the sentence: the word before it stands alone
                        // where a space or the end follows)
                        if c.is_whitespace() {
                            if let Some(t) = run.strip_suffix('.') {
                                set.insert(t);
                            }
                        }
                        start = None;
                    }
                    _ => {}
                }
            }
            set
        });
        set.contains(w)
    }
}

/// Whether `w` (lower case) stands as a word of its own somewhere in `body` (not in a web or
/// mail address: "suprnova.org", "arsenal.com"). [`LowerWords`] answers the same, faster.
fn in_lower_case(body: &str, w: &str) -> bool {
    occurrences(body, w).any(|i| {
        let before = body[..i].chars().next_back();
        let after = body[i + w.len()..].chars().next();
        // (a full stop ending a sentence is no address: "... in aid.")
        let after_ok = match after {
            Some('.') => body[i + w.len() + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace),
            Some(c) => !part_of_word(c),
            None => true,
        };
        !before.is_some_and(part_of_word) && after_ok
    })
}

/// "an economist at X", "strategist with X": the chunk starting at token c0 follows a role
/// word and "at" or "with" (or, when `loose`, "of" or "for": "director of X", but "lawyer
/// for Ana Silva", "best actor for Ana Silva"), so it names an employer, not a person.
fn after_role_preposition(body: &str, toks: &[Tok], c0: usize, loose: bool) -> bool {
    let prep = prev_word(body, toks, c0, 1);
    (matches!(prep, Some("at" | "with")) || (loose && matches!(prep, Some("of" | "for"))))
        && prev_word(body, toks, c0, 2).is_some_and(lx::is_role_word)
}

/// "Mike McCready of Pearl Jam", "Ana Silva from Acme Holdings": the chunk starting at token
/// c0 follows a person just named and "of" or "from", so it names where that person is from.
fn after_name_of(body: &str, toks: &[Tok], c0: usize, cands: &[Cand]) -> bool {
    c0 >= 2
        && matches!(prev_word(body, toks, c0, 1), Some("of" | "from"))
        && cands
            .last()
            .is_some_and(|c| c.kind == CKind::Person && c.span.end == toks[c0 - 2].e)
}

/// "Scripps Research immunologist Ana Silva", "Acme Bank chief economist Rui Vaz": a name
/// (ending at token b) before a role word and a capitalized name names an organization.
fn before_role_and_name(body: &str, toks: &[Tok], b: usize) -> bool {
    let n1 = toks.get(b + 1).map(|t| word(body, t)).unwrap_or("");
    let n2 = toks.get(b + 2).map(|t| word(body, t)).unwrap_or("");
    let n3 = toks.get(b + 3).map(|t| word(body, t)).unwrap_or("");
    (lx::is_role_word(n1) && is_cap(n2))
        || (!is_cap(n1) && !lx::is_function_word(n1) && lx::is_role_word(n2) && is_cap(n3))
}

/// "spokesman Mike Lake", "President Ana Hill": a role or title, a common given name, then a
/// surname that is also a place's head word (tokens p and q).
fn person_with_place_surname(body: &str, toks: &[Tok], p: usize, q: usize) -> bool {
    q == p + 1
        && lx::given_name(word(body, &toks[p])).is_some()
        && lx::is_place_head(word(body, &toks[q]))
        && (role_before(body, toks, p) || speaks_next(body, toks, q))
}

/// A verb of saying follows token q ("Mark Hall said"): what a person does, not a place.
fn speaks_next(body: &str, toks: &[Tok], q: usize) -> bool {
    toks.get(q + 1)
        .is_some_and(|t| t.k == TK::Word && lx::is_speech_verb(word(body, t)))
}

/// A role word or a capitalized title stands right before token p ("actor Denzel", "Senator
/// Ana").
fn role_before(body: &str, toks: &[Tok], p: usize) -> bool {
    p > 0 && {
        let before = word(body, &toks[p - 1]);
        lx::is_role_word(&before.to_lowercase()) || (is_cap(before) && lx::is_title_head(before))
    }
}

/// What only a company has follows the name and its possessive: "Turkcell's stake",
/// "Acme's shares", "Acme's chief executive".
fn holdings_next(body: &str, toks: &[Tok], b: usize) -> bool {
    toks.get(b + 1).is_some_and(|t| t.k == TK::Poss)
        && toks.get(b + 2).is_some_and(|t| {
            matches!(
                word(body, t),
                "stake"
                    | "shares"
                    | "shareholders"
                    | "profits"
                    | "profit"
                    | "revenues"
                    | "revenue"
                    | "earnings"
                    | "subsidiary"
                    | "takeover"
                    | "stores"
                    | "headquarters"
                    | "board"
            ) || (word(body, t) == "share"
                && toks.get(b + 3).is_some_and(|u| word(body, u) == "price"))
                || (word(body, t) == "chief"
                    && toks
                        .get(b + 3)
                        .is_some_and(|u| word(body, u) == "executive"))
        })
}

/// A speech verb follows the name (possibly after an adverb).
/// "Brindley said its profits rose": a speech verb right after token b whose reported words
/// open with "its": an organization speaking of itself.
fn its_speaks_next(body: &str, toks: &[Tok], b: usize) -> bool {
    let w = |k: usize| toks.get(k).map(|t| word(body, t)).unwrap_or("");
    if !lx::is_speech_verb(w(b + 1)) {
        return false;
    }
    let k = if w(b + 2) == "that" { b + 3 } else { b + 2 };
    w(k) == "its"
}

fn speech_next(body: &str, toks: &[Tok], b: usize) -> bool {
    let b = skip_post_nominals(body, toks, b);
    let w1 = toks.get(b + 1).map(|t| word(body, t)).unwrap_or("");
    let w2 = toks.get(b + 2).map(|t| word(body, t)).unwrap_or("");
    lx::is_speech_verb(w1)
        || (matches!(
            w1,
            "also" | "later" | "then" | "previously" | "earlier" | "had" | "has" | "once"
        ) && lx::is_speech_verb(w2))
}

/// The last token of post-nominal letters right after token b, or b.
fn skip_post_nominals(body: &str, toks: &[Tok], mut b: usize) -> usize {
    while b + 1 < toks.len() && post_nominal_at(body, toks, b + 1) {
        b += 1;
    }
    b
}

/// Token i is post-nominal letters, not a title before the next name ("Plaid Cymru MP Ana
/// Silva").
fn post_nominal_at(body: &str, toks: &[Tok], i: usize) -> bool {
    is_post_nominal(word(body, &toks[i]))
        && !toks
            .get(i + 1)
            .is_some_and(|t| t.name && !post_nominal_at(body, toks, i + 1))
}

/// Letters after a name for an office or a rank: "Ana Silva MP", "Rui Vaz QC".
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "MP" | "MPs"
            | "MSP"
            | "MEP"
            | "MLA"
            | "MHA"
            | "AM"
            | "MS"
            | "TD"
            | "QC"
            | "KC"
            | "SC"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "PhD"
    )
}

/// The token opens a sentence (or a quotation, or the paragraph).
fn sentence_initial(body: &str, toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let t = &toks[k - 1];
        let w = word(body, t);
        if t.k == TK::Punct && matches!(w, "\"" | "“" | "”" | "‘" | "'" | "(" | "[") {
            k -= 1;
            continue;
        }
        return t.k == TK::Punct && matches!(w, "." | "!" | "?" | ":" | ";");
    }
    true
}

/// "(Phivolcs)" after "Philippine Institute of Volcanology and Seismology", "(Ofcom)" after
/// "Office of Communications": a short form of one capitalized word in brackets right after a
/// name of three words or more that starts with its letter (not a place: "(Lima)").
fn short_form_after(body: &str, toks: &[Tok], c0: usize, c1: usize) -> Option<(Span, String)> {
    let (open, a, close) = (toks.get(c1 + 1)?, toks.get(c1 + 2)?, toks.get(c1 + 3)?);
    if word(body, open) != "(" || word(body, close) != ")" || a.k != TK::Word || c1 < c0 + 2 {
        return None;
    }
    let w = word(body, a);
    let first = w.chars().next()?;
    let the = usize::from(matches!(word(body, &toks[c0]), "The" | "the"));
    let ok = is_title_case_word(w)
        && w.chars().count() <= 10
        && word(body, &toks[c0 + the]).starts_with(first)
        && gazetteer::lookup(w).is_none()
        && lx::given_name(w).is_none();
    ok.then(|| (a.span(), w.to_string()))
}

/// One capitalized word of four letters or more, the rest lower-case ASCII: "Phivolcs".
fn is_title_case_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 4
        && cs.all(|c| c.is_ascii_lowercase())
}

/// "(FDD)" right after token c1: returns the acronym's span and text.
fn acronym_after(body: &str, toks: &[Tok], c1: usize) -> Option<(Span, String)> {
    let open = toks.get(c1 + 1)?;
    let a = toks.get(c1 + 2)?;
    let close = toks.get(c1 + 3)?;
    // (a country's initials say where someone is from: "Serena Williams (US)")
    let place = |w: &str| gazetteer::lookup(w).is_some_and(|e| matches!(e.kind, GKind::Place(_)));
    if word(body, open) == "("
        && word(body, close) == ")"
        && a.k == TK::Word
        && is_acronym(word(body, a))
        && !place(word(body, a))
    {
        return Some((a.span(), word(body, a).to_string()));
    }
    None
}

fn enclosed_by_commas(body: &str, toks: &[Tok], c0: usize, c1: usize) -> bool {
    c0 > 0
        && word(body, &toks[c0 - 1]) == ","
        && toks
            .get(c1 + 1)
            .map(|t| is_punct(body, t, ","))
            .unwrap_or(false)
        && c0 >= 2
        && toks[c0 - 2].k == TK::Word
        && gazetteer::lookup(word(body, &toks[c0 - 2])).is_none()
}

fn followed_by_country(body: &str, toks: &[Tok], c1: usize) -> bool {
    if toks.get(c1 + 1).map(|t| word(body, t)) != Some(",") {
        return false;
    }
    let Some(n0) = toks.get(c1 + 2) else {
        return false;
    };
    for len in (0..3).rev() {
        if let Some(nl) = toks.get(c1 + 2 + len) {
            // (or a state or region that ends the phrase: "Marksville, Louisiana", "from Ocala,
            // Florida, and"; not "Standard Life, Europe's largest", "the 2003 World Cup, Wales
            // have")
            if let Some(e) = gazetteer::lookup(&body[n0.s..nl.e]) {
                let ends = toks.get(c1 + 3 + len).is_none_or(|t| {
                    t.k == TK::Punct && matches!(word(body, t), "," | "." | ";" | ":" | ")")
                });
                let list = toks
                    .get(c1 + 4 + len)
                    .is_some_and(|t| matches!(word(body, t), "and" | "or"))
                    && toks.get(c1 + 3 + len).is_some_and(|t| word(body, t) == ",");
                return matches!(e.kind, GKind::Place(PlaceKind::Country))
                    || (matches!(e.kind, GKind::Place(PlaceKind::Generic)) && ends && !list);
            }
        }
    }
    false
}

/// "CNN" + "Philippines" -> one organization "CNN Philippines": a news network's edition for a
/// country, named right after it (not before another name: "told CNN Iran Air had ..."). The
/// country `c`, ending at token `b`, joins the news organization before it; true when it did.
fn national_edition(cands: &mut [Cand], c: &Cand, body: &str, toks: &[Tok], b: usize) -> bool {
    if !matches!(c.kind, CKind::Place(PlaceKind::Country)) {
        return false;
    }
    let Some(prev) = cands.last_mut() else {
        return false;
    };
    if !matches!(prev.kind, CKind::Org(OrgKind::NewsOrganization))
        || prev.span.end + 1 != c.span.start
        || &body[prev.span.end..c.span.start] != " "
    {
        return false;
    }
    if toks
        .get(b + 1)
        .is_some_and(|t| t.k == TK::Word && is_cap(word(body, t)))
    {
        return false;
    }
    let full = body[prev.span.start..c.span.end].to_string();
    prev.name = full.clone();
    prev.aliases = vec![full];
    prev.span = Span::new(prev.span.start, c.span.end);
    prev.words.extend(c.words.iter().cloned());
    true
}

/// "U.S." + "Treasury Department" -> one organization "U.S. Treasury Department".
fn merge_country_prefix(cands: &mut Vec<Cand>, c: &mut Cand, body: &str) {
    if !matches!(c.kind, CKind::Org(OrgKind::GovernmentBody)) {
        return;
    }
    let Some(prev) = cands.last() else { return };
    let gap = &body[prev.span.end.min(c.span.start)..c.span.start];
    if !matches!(prev.kind, CKind::Place(PlaceKind::Country)) || gap != " " {
        return;
    }
    let prefix = body[prev.span.start..prev.span.end].to_string();
    let full = body[prev.span.start..c.span.end].to_string();
    let short = c.name.clone();
    c.aliases.push(short);
    c.aliases.push(body[c.span.start..c.span.end].to_string());
    c.name = full;
    c.span = Span::new(prev.span.start, c.span.end);
    let _ = prefix;
    cands.pop();
}

fn ckind_to_entity(k: CKind) -> EntityKind {
    match k {
        CKind::Person => EntityKind::Person,
        CKind::Org(o) => EntityKind::Organization(o),
        CKind::Place(p) => EntityKind::Place(p),
        CKind::Unknown => EntityKind::Organization(OrgKind::Generic),
    }
}

fn build(mut cands: Vec<Cand>) -> Entities {
    // A person named by another person's full alias is that person, wherever in the text the
    // alias comes ("Spike Cohen" before "Jeremy \"Spike\" Cohen")
    let by_alias: BTreeMap<String, String> = cands
        .iter()
        .filter(|c| c.kind == CKind::Person)
        .flat_map(|c| {
            c.aliases
                .iter()
                .filter(|a| a.contains(' '))
                .map(move |a| (super::tokens::fold(a), c.name.clone()))
        })
        .collect();
    for c in cands.iter_mut().filter(|c| c.kind == CKind::Person) {
        if let Some(full) = by_alias
            .get(&super::tokens::fold(&c.name))
            .filter(|full| **full != c.name)
        {
            let own = std::mem::replace(&mut c.name, full.clone());
            c.aliases.push(own);
        }
    }
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    // drop mentions nested in an earlier longer mention
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if let Some(l) = kept.last() {
            if c.span.start < l.span.end {
                continue;
            }
        }
        kept.push(c);
    }
    let mut ents = Entities::default();
    let mut index: BTreeMap<(u8, String), usize> = BTreeMap::new();
    for c in kept {
        let cls = match c.kind {
            CKind::Person => 0u8,
            CKind::Org(_) => 1,
            CKind::Place(_) => 2,
            CKind::Unknown => continue,
        };
        let key = (cls, super::tokens::fold(&c.name));
        let id = match index.get(&key) {
            Some(&id) => id,
            None => {
                ents.list.push(Entity {
                    name: c.name.clone(),
                    kind: ckind_to_entity(c.kind),
                    aliases: vec![],
                    mentions: vec![],
                });
                let id = ents.list.len() - 1;
                index.insert(key, id);
                id
            }
        };
        for a in c.aliases {
            if a != ents.list[id].name && !ents.list[id].aliases.contains(&a) {
                // (a person's full alias names them too: "Eddie Van Halen" later in the text)
                if cls == 0 && a.contains(' ') {
                    index.entry((0, super::tokens::fold(&a))).or_insert(id);
                }
                ents.list[id].aliases.push(a);
            }
        }
        ents.add_mention(c.span, id);
        let _ = c.in_quote_caption;
    }
    ents
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn run(body: &str) -> Vec<(String, EntityKind, Vec<String>)> {
        let article = Article {
            id: "t".into(),
            body: body.to_string(),
            ..Default::default()
        };
        let doc = Doc::new(&article);
        let mut ents = recognize(&doc);
        super::super::resolve::resolve(&doc, &mut ents);
        ents.finish()
            .into_iter()
            .map(|e| (e.name, e.kind, e.aliases))
            .collect()
    }

    fn names(body: &str) -> Vec<String> {
        run(body).into_iter().map(|e| e.0).collect()
    }

    fn has(body: &str, name: &str, kind: EntityKind) -> bool {
        run(body).iter().any(|e| e.0 == name && e.1 == kind)
    }

    #[test]
    fn a_known_body_whose_full_name_holds_a_comma_is_one_organization() {
        let n = names("The United Nations Educational, Scientific and Cultural Organization (UNESCO) objected.");
        assert_eq!(n, vec!["UNESCO".to_string()], "{n:?}");
    }

    #[test]
    fn a_repeated_full_name_with_a_named_person_s_surname_is_a_relative() {
        let e = run("The title went to Zorya Vantor in May. Zorya Vantor and her brother John Vantor were banned in 2017.");
        assert!(
            e.iter()
                .any(|x| x.0 == "Zorya Vantor" && x.1 == EntityKind::Person),
            "{e:?}"
        );
        // named once: no
        let e = run("Nathan Vantor sang at the Royal Vantor on Monday.");
        assert!(
            !e.iter()
                .any(|x| x.0 == "Royal Vantor" && x.1 == EntityKind::Person),
            "{e:?}"
        );
    }

    #[test]
    fn an_interview_s_speaker_label_names_a_person_and_manager_is_a_title() {
        let e = run("How many were in the crew?\n\n((Zorya Vantor)) There were fifteen of them.");
        assert!(
            e.iter()
                .any(|x| x.0 == "Zorya Vantor" && x.1 == EntityKind::Person),
            "{e:?}"
        );
        assert!(has(
            "The plan was backed by Regional Manager Zorya Vantor on Monday.",
            "Zorya Vantor",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_government_named_by_its_leader() {
        assert!(has(
            "Talks with the Vargas administration stalled.",
            "Vargas administration",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        // (a common word opening a sentence names none)
        assert!(!run("Senior administration officials met in Lorsk.")
            .iter()
            .any(|e| e.0.ends_with("administration")));
    }

    #[test]
    fn a_name_right_after_party_is_the_party() {
        assert!(has(
            "He blamed his former party Lorsk First for the defeat.",
            "Lorsk First",
            EntityKind::Organization(OrgKind::PoliticalParty)
        ));
        assert!(has(
            "The ruling party Forward Varkan won again.",
            "Forward Varkan",
            EntityKind::Organization(OrgKind::PoliticalParty)
        ));
        // a person after "party": a given name opens it
        assert!(!run("She met the party Maria Costa hosted.")
            .iter()
            .any(|e| e.1 == EntityKind::Organization(OrgKind::PoliticalParty)));
    }

    #[test]
    fn a_name_before_of_the_body_it_speaks_for_is_a_person() {
        assert!(has(
            "Xiaogang Wei of the Lorsk Institute commented on the decision.",
            "Xiaogang Wei",
            EntityKind::Person
        ));
        assert!(has(
            "Sharif Hotak, of the Lorsk provincial council, spoke to reporters.",
            "Sharif Hotak",
            EntityKind::Person
        ));
        assert!(has(
            "Nils-Erik Haagenrud of Rogaland Fire and Rescue said no one would be sent in.",
            "Nils-Erik Haagenrud",
            EntityKind::Person
        ));
        assert!(has(
            "A university student named Wong said the march was peaceful.",
            "Wong",
            EntityKind::Person
        ));
        assert!(has(
            "\"He was great,\" said Lorsk University's chancellor, Pradeep Khosla.",
            "Pradeep Khosla",
            EntityKind::Person
        ));
        assert!(
            !run("The Lorsk Book of Records said the march was the longest.")
                .iter()
                .any(|e| e.1 == EntityKind::Person)
        );
        assert!(!run("A company named Lorsk said the march was peaceful.")
            .iter()
            .any(|e| e.1 == EntityKind::Person));
        // (not a body of its own: "the Bank of the Lorsk Republic said")
        assert!(
            !run("The Bank of the Lorsk Republic said rates would rise.")
                .iter()
                .any(|e| e.1 == EntityKind::Person)
        );
    }

    #[test]
    fn a_name_right_after_group_or_nonprofit_is_that_body() {
        const ORG: EntityKind = EntityKind::Organization(OrgKind::Generic);
        assert!(has(
            "Tom Reyes of the advocacy group Open Roads spoke.",
            "Open Roads",
            ORG
        ));
        assert!(has(
            "They worked with the organization Equal Votes Now.",
            "Equal Votes Now",
            ORG
        ));
        assert!(has(
            "The nonprofit Safe Streets sued the city.",
            "Safe Streets",
            ORG
        ));
        // a person after "group": a given name opens it
        assert!(!run("He joined the group Maria Costa founded.")
            .iter()
            .any(|e| e.1 == ORG));
    }

    #[test]
    fn a_known_company_and_its_firm_named_after_it_but_not_its_products() {
        const CO: EntityKind = EntityKind::Organization(OrgKind::Company);
        assert!(has("Shares of Walmart fell on Monday.", "Walmart", CO));
        assert!(has(
            "Business Insider reported that the talks had failed.",
            "Business Insider",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has("Hyundai Motor said sales rose.", "Hyundai Motor", CO));
        assert!(has(
            "The game runs on the Nintendo DS handheld.",
            "Nintendo",
            CO
        ));
        assert!(!run("The game runs on the Nintendo DS handheld.")
            .iter()
            .any(|e| e.0 == "Nintendo DS"));
    }

    #[test]
    fn a_band_before_a_member_s_part_and_name_is_an_organization() {
        const G: EntityKind = EntityKind::Organization(OrgKind::Generic);
        assert!(has(
            "Guests included Silver Lanterns drummer Tom Berg.",
            "Silver Lanterns",
            G
        ));
        assert!(has("The Who drummer Tom Berg spoke.", "The Who", G));
        // a nationality before the part is no band
        assert!(!run("Guests included English drummer Tom Berg.")
            .iter()
            .any(|e| e.1 == G));
    }

    #[test]
    fn an_archive_or_an_observatory_is_an_organization() {
        assert!(has(
            "According to the Crime Data Archive, thefts rose.",
            "Crime Data Archive",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "The Lorsk Solar Observatory said the flare was large.",
            "Lorsk Solar Observatory",
            EntityKind::Organization(OrgKind::ResearchInstitute)
        ));
    }

    #[test]
    fn a_regnal_number_ends_a_monarch_s_name_and_a_monsignor_is_addressed() {
        assert!(has(
            "On Monday King Olaf IV of Varkan opened the bridge.",
            "Olaf IV",
            EntityKind::Person
        ));
        assert!(has(
            "The mass was led by Monsignor Tomas Varga of Lorsk.",
            "Tomas Varga",
            EntityKind::Person
        ));
        // "Comrade", "Cde": an address, not part of the name ("Cde Varga" is Tomas Varga)
        let e = run("Tomas Varga led the party for years. Supporters mourned Cde Varga on Sunday.");
        assert_eq!(
            e.iter().filter(|x| x.1 == EntityKind::Person).count(),
            1,
            "{e:?}"
        );
        // no numeral: no name of a numeral alone
        assert!(!run("The ships of Class IV sailed.")
            .iter()
            .any(|e| e.0.contains("IV") && e.1 == EntityKind::Person));
    }

    #[test]
    fn person_after_title() {
        assert!(has(
            "The talks were led by President Amara Okafor on Tuesday.",
            "Amara Okafor",
            EntityKind::Person
        ));
        assert!(has(
            "Foreign Minister Lena Varga arrived late.",
            "Lena Varga",
            EntityKind::Person
        ));
        assert!(has(
            "It was Dr. Ivo Petrak who spoke first.",
            "Ivo Petrak",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_common_given_name_makes_a_person_without_other_cues() {
        // no title, no speech verb next to the name, no appositive role
        assert!(has(
            "The report came out. Jim Parton, from the group, said the plan was weak.",
            "Jim Parton",
            EntityKind::Person
        ));
        assert!(has("The report came out. Olena Kovalenko of the relief agency told reporters the road was shut.", "Olena Kovalenko", EntityKind::Person));
        assert!(has(
            "Tickets sold out after Sarah Whitcombe, 45, won the vote.",
            "Sarah Whitcombe",
            EntityKind::Person
        ));
        // (given names of international news, not only of a US census)
        for name in [
            "Kostas Varnakis",
            "Ruud Dellaert",
            "Marat Ostrov",
            "Mick Tallow",
        ] {
            let body = format!("The race was close. {name} won the final in Athens.");
            assert!(
                has(&body, name, EntityKind::Person),
                "{body}: {:?}",
                run(&body)
            );
        }
        // an unknown first word gets no such help
        assert!(!has(
            "Tickets sold out after Brisk Whitcombe, 45, won the vote.",
            "Brisk Whitcombe",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_speech_verb_opening_an_inverted_attribution_is_no_part_of_a_name() {
        let o = EntityKind::Organization(crate::model::OrgKind::ResearchInstitute);
        let body =
            "Remarked Lorsk Center for Wildlife scientist Ana Silva, \"This is a reprieve.\"";
        assert!(has(body, "Lorsk Center for Wildlife", o), "{:?}", run(body));
    }

    #[test]
    fn a_service_s_unit_after_its_name_is_one_name() {
        let g = EntityKind::Organization(crate::model::OrgKind::GovernmentBody);
        for (body, name) in [
            (
                "The Navy Information Agency said the ship was lost.",
                "Navy Information Agency",
            ),
            (
                "The Police Complaints Authority said it would look.",
                "Police Complaints Authority",
            ),
        ] {
            assert!(has(body, name, g), "{:?}", run(body));
        }
        // (a title after the service is no unit)
        let body = "The Navy Secretary Ana Silva said the ship was lost.";
        assert!(
            has(body, "Ana Silva", EntityKind::Person),
            "{:?}",
            run(body)
        );
    }

    #[test]
    fn a_given_name_and_a_place_word_before_a_verb_of_saying_is_a_person() {
        let body = "The market fell. Mark Hall said the economy would grow.";
        assert!(
            has(body, "Mark Hall", EntityKind::Person),
            "{:?}",
            run(body)
        );
        // (a hall is still a place where no one speaks)
        let body = "The Albert Hall was full on Monday.";
        assert!(
            !has(body, "Albert Hall", EntityKind::Person),
            "{:?}",
            run(body)
        );
    }

    #[test]
    fn a_given_name_opening_the_name_of_a_thing_is_no_person() {
        assert!(!has(
            "The team lost the Davis Cup final in Seville.",
            "Davis Cup",
            EntityKind::Person
        ));
        assert!(!has(
            "Crowds gathered in Stanley Park on Sunday.",
            "Stanley Park",
            EntityKind::Person
        ));
        assert!(!has(
            "The Marshall Plan rebuilt Europe.",
            "Marshall Plan",
            EntityKind::Person
        ));
        // (nor a company of performers: "the Vic Wells Ballet", "the Hallé Orchestra")
        assert!(!has(
            "She helped launch the Ballet Club and the Vic Wells Ballet.",
            "Vic Wells Ballet",
            EntityKind::Person
        ));
        // a name before a role word and a person is an organization ("Acme Bank analyst Ann Lee")
        assert!(!has(
            "The rally faded, Morgan Stanley analyst Ruth Abara said.",
            "Morgan Stanley",
            EntityKind::Person
        ));
    }

    #[test]
    fn an_unknown_acronym_employing_someone_is_an_organization() {
        let o = EntityKind::Organization(crate::model::OrgKind::Generic);
        assert!(has(
            "Growth slowed, CBX chief economist Ana Silva said.",
            "CBX",
            o
        ));
        assert!(has(
            "\"Prices will fall,\" said Rui Vaz, a currency strategist with HSBX in London.",
            "HSBX",
            o
        ));
        // not every acronym is one
        assert!(!has(
            "Growth slowed, and CBX rose, Ana Silva said.",
            "CBX",
            o
        ));
        assert!(!has(
            "The show made TV presenter Ana Silva a star.",
            "TV",
            o
        ));
    }

    #[test]
    fn a_given_name_after_a_role_and_preposition_is_an_employer() {
        assert!(!has(
            "\"Prices will fall,\" said Rui Vaz, an economist at Morgan Chase.",
            "Morgan Chase",
            EntityKind::Person
        ));
        assert!(has(
            "The film won best actor for Jamie Reyes.",
            "Jamie Reyes",
            EntityKind::Person
        ));
    }

    #[test]
    fn an_honorific_and_a_surname_opening_a_sentence_is_a_person() {
        assert!(has("Mr Ross said it was fine.", "Ross", EntityKind::Person));
        assert!(has(
            "The plan was announced. Ms Hewitt told reporters it was long.",
            "Hewitt",
            EntityKind::Person
        ));
        // a lone capitalized word opening a sentence stays unknown
        assert!(!has(
            "Rather said it was fine.",
            "Rather",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_capitalized_modifier_before_a_given_name_is_no_part_of_the_name() {
        let n = names("The suit was filed by Californian Thomas Slattery in May.");
        assert!(n.contains(&"Thomas Slattery".to_string()), "{n:?}");
        let n = names("Backbencher Ruth Abara spoke. Man-of-the-match Carlos Vaz scored. Defiant Peter Okoro said so.");
        assert!(n.contains(&"Peter Okoro".to_string()), "{n:?}");
        assert!(
            n.contains(&"Ruth Abara".to_string()) && n.contains(&"Carlos Vaz".to_string()),
            "{n:?}"
        );
        // a name of several given names keeps them all
        let n = names("The talks were led by President Seyed Mohammad Rahimi.");
        assert!(n.contains(&"Seyed Mohammad Rahimi".to_string()), "{n:?}");
    }

    #[test]
    fn a_name_after_a_person_and_a_comma_is_a_person_only_in_a_list() {
        assert!(!has(
            "Under Mr Bates, Leeds United will grow.",
            "Leeds United",
            EntityKind::Person
        ));
        assert!(has(
            "The panel heard Mr Bates, Orrin Quist and Ruth Abara.",
            "Orrin Quist",
            EntityKind::Person
        ));
        assert!(has(
            "Replacements: Mr Bates, Orrin Quist, Elvo Tarkan.",
            "Elvo Tarkan",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_county_is_a_place_and_its_police_a_body() {
        let g = EntityKind::Organization(crate::model::OrgKind::GovernmentBody);
        let body = "In one case, Norfolk farmer Tony Hale was jailed.";
        assert!(
            !has(
                body,
                "Norfolk",
                EntityKind::Organization(crate::model::OrgKind::Generic)
            ),
            "{:?}",
            run(body)
        );
        assert!(
            names(body).contains(&"Norfolk".to_string()),
            "{:?}",
            run(body)
        );
        let body = "Northamptonshire police were able to find the car.";
        assert!(has(body, "Northamptonshire Police", g), "{:?}", run(body));
        let body = "West Yorkshire police said they had arrested a man.";
        assert!(has(body, "West Yorkshire Police", g), "{:?}", run(body));
    }

    #[test]
    fn a_town_and_a_club_word_name_a_club() {
        let o = EntityKind::Organization(crate::model::OrgKind::Generic);
        assert!(has(
            "The match ended late. Manchester United manager Ana Silva was pleased.",
            "Manchester United",
            o
        ));
        assert!(has(
            "They lost to Bolton Wanderers on Saturday.",
            "Bolton Wanderers",
            o
        ));
        assert!(
            !names("They lost to Bolton Wanderers on Saturday.").contains(&"Bolton".to_string())
        );
    }

    #[test]
    fn one_word_before_a_role_and_a_name_is_an_employer() {
        let o = EntityKind::Organization(crate::model::OrgKind::Generic);
        assert!(has(
            "The match ended, and Brentwick boss Carlos Ruiz was pleased.",
            "Brentwick",
            o
        ));
        // not a sentence opener, a title word or an award
        assert!(!has(
            "Assistant coach Carlos Ruiz was pleased.",
            "Assistant",
            o
        ));
        assert!(!has("It went to Oscar winner Carlos Ruiz.", "Oscar", o));
        assert!(!has(
            "It went to Agriculture minister Carlos Ruiz.",
            "Agriculture",
            o
        ));
    }

    #[test]
    fn a_surname_like_a_place_after_a_role_is_a_person() {
        assert!(has(
            "\"It was illegal,\" company spokesman Mike Lake told reporters.",
            "Mike Lake",
            EntityKind::Person
        ));
        // without a role before, a place
        assert!(!has(
            "The boats sailed across Mike Lake on Sunday.",
            "Mike Lake",
            EntityKind::Person
        ));
    }

    #[test]
    fn research_firms_and_agencies_are_organizations() {
        let o = |n: &str, body: &str| {
            run(body)
                .iter()
                .any(|e| e.0 == n && matches!(e.1, EntityKind::Organization(_)))
        };
        assert!(o(
            "Halvard Research",
            "Sales rose 4%, according to Halvard Research."
        ));
        assert!(o(
            "Exhibitor Relations",
            "The film took $20m, according to Exhibitor Relations."
        ));
        assert!(!o(
            "Sydney International",
            "She won the Sydney International last week."
        ));
    }

    #[test]
    fn a_band_or_firm_after_a_person_and_of_is_no_person() {
        assert!(!has(
            "Mike Rourke of Pearl Jam likened it to magic.",
            "Pearl Jam",
            EntityKind::Person
        ));
        assert!(!has(
            "\"He should thank you,\" said Final Wars producer Shogo Tanaka.",
            "Final Wars",
            EntityKind::Person
        ));
        // after a lower-case noun and "of", a given name still makes a person
        assert!(has(
            "It was the idea of Carlos Ruiz, who left in May.",
            "Carlos Ruiz",
            EntityKind::Person
        ));
        assert!(has(
            "Tries from Carlos Ruiz and Tom Vaz won it.",
            "Carlos Ruiz",
            EntityKind::Person
        ));
    }

    #[test]
    fn person_after_secretary_of_state() {
        let n = names("Secretary of State Paula Grieve flew home.");
        assert_eq!(n, vec!["Paula Grieve"]);
    }

    #[test]
    fn person_after_lowercase_role_and_nationality() {
        assert!(has(
            "Angolan leader Rui Mateus opened the dam.",
            "Rui Mateus",
            EntityKind::Person
        ));
        assert!(!names("Angolan leader Rui Mateus opened the dam.")
            .iter()
            .any(|n| n.contains("Angolan")));
        assert!(has(
            "The plan was praised by medical anthropologist Ines Duarte-Lopes.",
            "Ines Duarte-Lopes",
            EntityKind::Person
        ));
    }

    #[test]
    fn person_by_appositive_and_speech() {
        assert!(has(
            "Tomas Berg, a professor at Lund University, disagreed.",
            "Tomas Berg",
            EntityKind::Person
        ));
        assert!(has(
            "\"It will fail,\" said Rosa Ilunga.",
            "Rosa Ilunga",
            EntityKind::Person
        ));
        assert!(has(
            "Piet Kramer told reporters the deal was done.",
            "Piet Kramer",
            EntityKind::Person
        ));
        assert!(has(
            "Economist Tor Halvorsen warned. According to Halvorsen, the ships left.",
            "Tor Halvorsen",
            EntityKind::Person
        ));
        // a lone word with only a speech verb is no person (firms "say" things too)
        assert!(names("\"Sales fell,\" said Brightmart.").is_empty());
        // but a title makes it one
        assert!(has(
            "\"Pray,\" said Pope Linus.",
            "Pope Linus",
            EntityKind::Person
        ));
    }

    #[test]
    fn family_name_first_and_hyphenated_given_names() {
        let n = names("Opposition leader Park Min-jun spoke. Later Park said he would run.");
        assert_eq!(n, vec!["Park Min-jun"]);
        let n = names("Chairman Lee Dong Hwan arrived. Lee said the vote would wait.");
        assert_eq!(n, vec!["Lee Dong Hwan"]);
    }

    #[test]
    fn organizations_by_head_word() {
        assert!(has(
            "She joined the Baltic Policy Institute last year.",
            "Baltic Policy Institute",
            EntityKind::Organization(OrgKind::ResearchInstitute)
        ));
        assert!(has(
            "He studied at Lund University in Sweden.",
            "Lund University",
            EntityKind::Organization(OrgKind::University)
        ));
        assert!(has(
            "The Ministry of Fisheries denied it.",
            "Ministry of Fisheries",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "Shares of Kestrel Shipping Corporation fell.",
            "Kestrel Shipping Corporation",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "The Green Farmers Party won.",
            "Green Farmers Party",
            EntityKind::Organization(OrgKind::PoliticalParty)
        ));
        assert!(has(
            "A report by the Centre for Arctic Studies of Norway came out.",
            "Centre for Arctic Studies of Norway",
            EntityKind::Organization(OrgKind::ResearchInstitute)
        ));
        // a country after the head, last in the run, is part of the name
        assert!(has(
            "The Youth Forum Zimbabwe said the vote was unfair.",
            "Youth Forum Zimbabwe",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // "General" right after the head word is part of it
        assert!(has(
            "The Directorate General of Shipping denied it.",
            "Directorate General of Shipping",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "She runs the General Services Administration.",
            "General Services Administration",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "The Lorsk Department of Justice said it was investigating.",
            "Lorsk Department of Justice",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "He was inducted into the Lorsk Radio Hall of Fame in 1989.",
            "Lorsk Radio Hall of Fame",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "President Valéry Giscard d'Estaing spoke.",
            "Valéry Giscard d'Estaing",
            EntityKind::Person
        ));
        assert!(has(
            "The Ministry of Finance Minister Ana Lopes spoke.",
            "Ministry of Finance",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
    }

    #[test]
    fn on_joins_committees_not_hotels() {
        assert!(has(
            "The Senate Committee on Fisheries met.",
            "Senate Committee on Fisheries",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(!names("They met at the Palm Hotel on Kolo Island.")
            .iter()
            .any(|n| n.contains("Hotel on")));
        assert!(has(
            "The House Select Committee on Libya met.",
            "House Select Committee on Libya",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
    }

    #[test]
    fn acronym_definition_becomes_alias() {
        let r = run("The Council for Maritime Safety (CMS) met. CMS later said little.");
        let cms = r
            .iter()
            .find(|e| e.0 == "Council for Maritime Safety")
            .unwrap();
        assert!(cms.2.contains(&"CMS".to_string()));
        assert_eq!(r.len(), 1);
    }

    #[test]
    fn a_name_with_and_that_its_acronym_spells_is_one_organization() {
        let r =
            run("A helicopter owned by Lorsk Gas and Power (LG&P) crashed. LG&P later apologized.");
        let lgp = r
            .iter()
            .find(|e| e.0 == "Lorsk Gas and Power")
            .unwrap_or_else(|| panic!("{r:?}"));
        assert_eq!(lgp.1, EntityKind::Organization(OrgKind::Company));
        assert!(lgp.2.contains(&"LG&P".to_string()), "{r:?}");
        // (an acronym may skip one word; a word of the name says what body it is)
        let r = run("The Board for Trade and Fiscal Planning (BTFP) met on Friday.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Board for Trade and Fiscal Planning"),
            "{r:?}"
        );
        let r = run("The Joint Committee for Ports and Rail Safety (JCPRS) met on Friday.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Joint Committee for Ports and Rail Safety"
                    && e.1 == EntityKind::Organization(OrgKind::GovernmentBody)),
            "{r:?}"
        );
        // (a law's name is no organization; initials that do not match join nothing)
        let r = run("The Lorsk Trade and Growth Act (LTGA) passed.");
        assert!(!r.iter().any(|e| e.0.contains("Trade and Growth")), "{r:?}");
        let r = run("Ana Ruiz and Omar Bell (XYZ) spoke.");
        assert!(!r.iter().any(|e| e.0.contains(" and ")), "{r:?}");
    }

    #[test]
    fn major_companies_are_known_and_a_theme_park_is_a_place() {
        const CO: EntityKind = EntityKind::Organization(OrgKind::Company);
        assert!(has("Hasbro hosted a panel about its toys.", "Hasbro", CO));
        assert!(has("Shares in Barclays fell.", "Barclays", CO));
        assert!(has("A film by Paramount opened.", "Paramount Pictures", CO));
        assert!(has(
            "The family drove to Walt Disney World.",
            "Walt Disney World",
            EntityKind::Place(PlaceKind::Generic)
        ));
        assert!(!names("The family drove to Walt Disney World.")
            .iter()
            .any(|n| n == "Walt Disney Company"));
    }

    #[test]
    fn a_web_address_names_its_site_s_organization() {
        let r = run("The news site Lorsknews.com reported the fire. So did lorsk24.at.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Lorsknews.com" && matches!(e.1, EntityKind::Organization(_))),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|e| e.0 == "lorsk24.at" && matches!(e.1, EntityKind::Organization(_))),
            "{r:?}"
        );
        // (a known company's address is the company; "dot.com" is no name)
        assert!(has(
            "Shares of Walmart.com rose.",
            "Walmart",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(run("The dot.com boom ended.").is_empty());
    }

    #[test]
    fn a_town_before_its_state_is_a_place_and_a_road_keeps_its_number() {
        const PL: EntityKind = EntityKind::Place(PlaceKind::Generic);
        assert!(has(
            "The children were all from Lorsk, Louisiana.",
            "Lorsk",
            PL
        ));
        assert!(has(
            "One driver was from Varkton, Florida, the other from Ostby, Ohio.",
            "Varkton",
            PL
        ));
        // (not an apposition with a possessive, nor a clause after a comma)
        assert!(!names("Lorsk Mutual, Europe's largest insurer, fell.")
            .iter()
            .any(|n| n == "Lorsk Mutual"));
        assert!(!run("After the Lorsk Cup, Wales have improved.")
            .iter()
            .any(|e| e.0 == "Lorsk Cup" && e.1 == PL));
        assert!(has(
            "The helicopter came down near Interstate 80 on Tuesday.",
            "Interstate 80",
            PL
        ));
        assert!(
            !names("The helicopter came down near Interstate 80 on Tuesday.")
                .iter()
                .any(|n| n == "Interstate")
        );
    }

    #[test]
    fn a_word_opening_the_sentence_that_the_article_writes_in_lower_case_is_no_part_of_a_name() {
        let body = "Substitute Joe Pattison scored late. He came on as a substitute for the injured captain.";
        assert!(
            names(body).iter().any(|n| n == "Joe Pattison"),
            "{:?}",
            names(body)
        );
        // (a plural written in lower case later counts too)
        let body = "Contestants Ana Ruiz and Rui Vaz left. The contestants were tired.";
        assert!(
            names(body).iter().any(|n| n == "Ana Ruiz"),
            "{:?}",
            names(body)
        );
    }

    #[test]
    fn an_acronym_after_nonprofit_or_group_is_an_organization() {
        assert!(has(
            "Women serve in combat, according to nonprofit XQA.",
            "XQA",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "The separatist group QXT declared a truce.",
            "QXT",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(run("Women serve in combat, according to XQA.").is_empty());
    }

    #[test]
    fn a_name_after_the_word_band_is_the_band_s() {
        assert!(has(
            "Ana Ruiz, lead guitarist of US rock band Lorsk Halen, died.",
            "Lorsk Halen",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "The prize went to pop band Varkan 5 on Friday.",
            "Varkan 5",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(!names("The prize went to pop band Varkan 5 on Friday.")
            .iter()
            .any(|n| n == "Varkan"));
    }

    #[test]
    fn charities_orchestras_laboratories_and_clinics_are_organizations() {
        assert!(has(
            "The mayor spoke at the finale of the Great Orchestra of Christmas Charity.",
            "Great Orchestra of Christmas Charity",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "Scientists at the Lorsk National Laboratory agreed.",
            "Lorsk National Laboratory",
            EntityKind::Organization(OrgKind::ResearchInstitute)
        ));
        assert!(has(
            "He was treated at the Varkan Clinic on Monday.",
            "Varkan Clinic",
            EntityKind::Organization(OrgKind::Generic)
        ));
    }

    #[test]
    fn a_name_after_at_before_a_saying_is_no_speaker() {
        // (after a role, the employer; else where the speaker is)
        assert!(has(
            "Rui Vaz, an economist at Lorsk Insight said prices would rise.",
            "Lorsk Insight",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(!run("A doctor at Saint Varkan said the ward was full.")
            .iter()
            .any(|e| e.1 == EntityKind::Person));
    }

    #[test]
    fn a_highway_patrol_and_a_sheriff_s_office_are_organizations() {
        assert!(has(
            "The Lorsk Highway Patrol said the crash began at noon.",
            "Lorsk Highway Patrol",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(
            names("The Varkton Sheriff's Office said it needed all hands.")
                .iter()
                .any(|n| n.ends_with("Sheriff's Office"))
        );
        assert!(!names("Fans of Lorsk and Snow Patrol queued.")
            .iter()
            .any(|n| n.contains(" and ")));
    }

    #[test]
    fn gazetteer_names_and_country_prefix() {
        assert!(has(
            "The decision angered the Kremlin.",
            "Kremlin",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "Officials in Nairobi and Lima agreed.",
            "Nairobi",
            EntityKind::Place(PlaceKind::City)
        ));
        let r = run("The U.S. State Department objected.");
        assert_eq!(r[0].0, "U.S. State Department");
        assert_eq!(r.len(), 1);
        assert!(has(
            "She spoke to the UN about it.",
            "United Nations",
            EntityKind::Organization(OrgKind::InternationalOrganization)
        ));
    }

    #[test]
    fn news_organizations_by_cue() {
        assert!(has(
            "The Morning Clarion newspaper said prices rose.",
            "Morning Clarion",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has(
            "Its official newspaper Sabah Ekspres reported a fire.",
            "Sabah Ekspres",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has(
            "He told the Harbour Gazette nothing.",
            "Harbour Gazette",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has(
            "He told the Valley Courier nothing.",
            "Valley Courier",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
    }

    #[test]
    fn places_by_cue_and_head() {
        assert!(has(
            "The plant in Kavala was closed.",
            "Kavala",
            EntityKind::Place(PlaceKind::Generic)
        ));
        assert!(has(
            "Floods hit Tana River County again.",
            "Tana River County",
            EntityKind::Place(PlaceKind::Generic)
        ));
        assert!(has(
            "Troops entered Dar Zamal and Kafr Nubl at dawn.",
            "Kafr Nubl",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn sentence_adverbs_and_title_parts_are_not_people() {
        let n = names("Rather, the party leader decides. Historically, the mayor was elected.");
        assert!(n.is_empty(), "{n:?}");
        let n = names("Chief Executive Ana Silva spoke. He is a Chief Technical Officer now.");
        assert_eq!(n, vec!["Ana Silva"]);
    }

    #[test]
    fn two_organizations_joined_by_and_stay_two() {
        let n =
            names("Researchers at the University of Lagos and Centre for Marine Studies agreed.");
        assert!(n.contains(&"University of Lagos".to_string()), "{n:?}");
        assert!(
            n.contains(&"Centre for Marine Studies".to_string()),
            "{n:?}"
        );
    }

    #[test]
    fn a_point_of_the_compass_ends_a_name_and_stands_for_it_alone() {
        let e = run("That day, singer Lena North made an announcement. Later North said she was running. Oliver West spoke too.");
        let north = e
            .iter()
            .find(|x| x.0 == "Lena North")
            .unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(north.1, EntityKind::Person);
        assert!(north.2.contains(&"North".to_string()), "{e:?}");
        assert!(has(
            "Oliver West spoke to reporters on Monday.",
            "Oliver West",
            EntityKind::Person
        ));
        // the region, after "the" or a place cue, is no person
        let e = run("Singer Lena North made an announcement. The North said it would wait. Troops crossed into Jordan West of the river.");
        assert!(
            e.iter()
                .all(|x| x.2.is_empty() && !x.0.contains("Jordan West")),
            "{e:?}"
        );
    }

    #[test]
    fn an_unknown_word_before_a_common_surname_is_a_person() {
        for (body, name) in [
            (
                "Ranked eighth was Lleyton Hewitt (Australia).",
                "Lleyton Hewitt",
            ),
            (
                "On Saturday, Jonny Wilkinson kicked three goals in the match.",
                "Jonny Wilkinson",
            ),
            (
                "The minister for women Jacqui Smith accused the party of offering false promises.",
                "Jacqui Smith",
            ),
        ] {
            assert!(
                has(body, name, EntityKind::Person),
                "{body}: {:?}",
                run(body)
            );
        }
        // not a word the article writes in lower case, a plural, a saint or a repeated word
        for body in [
            "The band played Hard Jones all night, and hard rock fans cheered.",
            "Veterans Simon and Garfunkel were tenth.",
            "The match is at St James on Sunday.",
            "Fans of Duran Duran queued all night.",
        ] {
            assert!(
                run(body).iter().all(|e| e.1 != EntityKind::Person),
                "{body}: {:?}",
                run(body)
            );
        }
        // a country's initials after a name say where the person is from
        let e = run("Seeded eighth was Serena Williams (US).");
        assert!(
            e.iter()
                .any(|x| x.0 == "Serena Williams" && x.1 == EntityKind::Person),
            "{e:?}"
        );
    }

    #[test]
    fn a_given_name_after_a_party_opens_a_person_s_name() {
        let body =
            "Liberal Democrat Alan Beith - who chairs the committee - said the claims were true.";
        assert!(
            has(body, "Alan Beith", EntityKind::Person),
            "{:?}",
            run(body)
        );
        assert!(
            has(
                body,
                "Liberal Democrats",
                EntityKind::Organization(OrgKind::PoliticalParty)
            ),
            "{:?}",
            run(body)
        );
    }

    #[test]
    fn two_names_after_a_plural_company_noun_are_companies() {
        let body = "Store chains Lakemart and Brindley lowered their limits on Sunday.";
        let co = EntityKind::Organization(OrgKind::Company);
        assert!(
            has(body, "Lakemart", co) && has(body, "Brindley", co),
            "{:?}",
            run(body)
        );
    }

    #[test]
    fn a_maker_of_goods_is_a_company_and_a_film_producer_a_person() {
        let co = EntityKind::Organization(OrgKind::Company);
        for (body, name) in [
            (
                "Buyers sought the assets of Russian crude producer Varnok on Monday.",
                "Varnok",
            ),
            ("Shares in handset maker Talvio rose on Monday.", "Talvio"),
            (
                "It bought US wine maker Ana Torvik last year.",
                "Ana Torvik",
            ),
        ] {
            assert!(has(body, name, co), "{body}: {:?}", run(body));
        }
        for body in [
            "The film producer Ana Torvik spoke on Monday.",
            "Games maker Ana Torvik spoke.",
        ] {
            assert!(
                has(body, "Ana Torvik", EntityKind::Person),
                "{body}: {:?}",
                run(body)
            );
        }
        let body = "Critics praised the Dutch film maker Theo Vanderzee and his film.";
        assert!(!has(body, "Theo Vanderzee", co), "{body}: {:?}", run(body));
    }

    #[test]
    fn a_work_or_an_award_is_no_person() {
        let e = run("The low-budget movie Vera Lane won. Later Vera Lane scored best director.");
        assert!(e.iter().all(|x| x.1 != EntityKind::Person), "{e:?}");
        let e = run("Hilary Swank picked up her second best actress Oscar for the role.");
        assert!(e.iter().all(|x| x.0 != "Oscar"), "{e:?}");
        // a person named the same way elsewhere stays one
        assert!(has(
            "Director Vera Lane said the film was done.",
            "Vera Lane",
            EntityKind::Person
        ));
    }

    #[test]
    fn an_acronym_before_and_is_a_name_of_its_own() {
        let e = run("The deal was approved by the IMF and World Bank on Monday.");
        assert!(e.iter().all(|x| !x.0.contains(" and ")), "{e:?}");
        assert!(e.iter().any(|x| x.0 == "World Bank"), "{e:?}");
    }

    #[test]
    fn a_gerund_opens_a_title_not_a_name() {
        let e =
            run("He has worked on the trilogy, Finding Nemo, The Incredibles and Indiana Jones.");
        assert!(e.iter().all(|x| x.0 != "Finding Nemo"), "{e:?}");
        assert!(
            has(
                "Erling Refsum said the race was fast.",
                "Erling Refsum",
                EntityKind::Person
            ),
            "{:?}",
            run("Erling Refsum said the race was fast.")
        );
        assert!(has(
            "Professor Tak-Sing Wong said the race was fast.",
            "Tak-Sing Wong",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_college_s_city_is_part_of_its_name() {
        let body = "Professor Ana Silva of Imperial College London said the results were clear.";
        assert!(
            has(
                body,
                "Imperial College London",
                EntityKind::Organization(OrgKind::University)
            ),
            "{:?}",
            run(body)
        );
        let body = "Researchers at University College Dublin said the results were clear.";
        assert!(
            has(
                body,
                "University College Dublin",
                EntityKind::Organization(OrgKind::University)
            ),
            "{:?}",
            run(body)
        );
        let e = run("He taught at Manchester University London and Paris.");
        assert!(
            e.iter().all(|x| !x.0.contains("University London")),
            "{e:?}"
        );
    }

    #[test]
    fn a_lone_name_that_says_its_is_an_organization() {
        assert!(
            has(
                "Brindley said its profits rose by 5%.",
                "Brindley",
                EntityKind::Organization(OrgKind::Generic)
            ),
            "{:?}",
            run("Brindley said its profits rose by 5%.")
        );
        // not a person's surname known already, nor "it" (which persons say too)
        let e = run("Minister John Brindley spoke. Brindley said its profits rose by 5%.");
        assert!(
            e.iter()
                .all(|x| !matches!(x.1, EntityKind::Organization(_))),
            "{e:?}"
        );
        let e = run("Brindley said it would rain.");
        assert!(
            e.iter()
                .all(|x| !matches!(x.1, EntityKind::Organization(_))),
            "{e:?}"
        );
    }

    #[test]
    fn a_participle_opening_a_sentence_is_no_name() {
        let e = run("Called Speegle, the site reads results aloud. \"It is robotic,\" said Speegle founder Gordon Renton.");
        assert!(e.iter().all(|x| !x.0.contains("Called")), "{e:?}");
    }

    #[test]
    fn a_word_the_article_writes_in_lower_case_is_no_employer_before_a_role() {
        let e = run("He worked on wider aid policy with colleagues Jack Straw, Aid minister Hilary Benn and John Prescott.");
        assert!(e.iter().all(|x| x.0 != "Aid"), "{e:?}");
        // a web address is no lower-case use of the word
        let e = run("He posted on twitter.com/suprnova with colleagues Jack Straw, Suprnova administrator Hilary Benn and John Prescott.");
        assert!(
            e.iter()
                .any(|x| x.0 == "Suprnova" && matches!(x.1, EntityKind::Organization(_))),
            "{e:?}"
        );
    }

    #[test]
    fn a_company_s_name_is_the_company_s_where_it_stands_alone() {
        let body = "Engineering firm Brindley Hewitt was fined. Brindley Hewitt's rail arm said it would appeal.";
        let e = run(body);
        assert!(
            e.iter()
                .any(|x| x.0 == "Brindley Hewitt"
                    && x.1 == EntityKind::Organization(OrgKind::Company)),
            "{e:?}"
        );
        assert!(e.iter().all(|x| x.1 != EntityKind::Person), "{e:?}");
    }

    #[test]
    fn month_word_as_surname() {
        let n = names("Prime Minister Theresa May met Premier Rui Vaz in May.");
        assert!(n.contains(&"Theresa May".to_string()), "{n:?}");
    }

    #[test]
    fn name_particles() {
        let n = names("\"No,\" said Anna van der Berg, the bank's chief economist.");
        assert!(n.contains(&"Anna van der Berg".to_string()), "{n:?}");
    }

    #[test]
    fn dateline_in_capitals() {
        assert!(has(
            "NAIROBI — Rain fell for a week.",
            "Nairobi",
            EntityKind::Place(PlaceKind::City)
        ));
        assert!(!names("THE END OF RAIN").iter().any(|n| n == "The End"));
    }

    #[test]
    fn not_entities() {
        let n = names("Artworks were shown. Self-reliance, or Swadeshi, is an idea. In March the President spoke. Chinese and Kenyan firms bid on Monday.");
        assert!(
            n.iter().all(|x| x != "Artworks"
                && x != "Swadeshi"
                && x != "March"
                && x != "President"
                && x != "Chinese"
                && x != "Monday"),
            "{n:?}"
        );
    }

    #[test]
    fn headings_are_skipped_by_block_kind() {
        // a plain paragraph is text: names count
        assert!(has(
            "Prime Minister Olu Bako resigned.",
            "Olu Bako",
            EntityKind::Person
        ));
    }

    #[test]
    fn surname_after_full_name_is_same_person() {
        let r = run("Economist Hana Sato said rates would rise. Sato added that banks agreed.");
        let persons: Vec<_> = r.iter().filter(|e| e.1 == EntityKind::Person).collect();
        assert_eq!(persons.len(), 1, "{r:?}");
        assert_eq!(persons[0].0, "Hana Sato");
    }

    #[test]
    fn an_employer_opening_the_sentence_before_a_role_and_a_name() {
        assert!(has(
            "Varkon chief executive Peter Kenyon has played down reports about Varkon.",
            "Varkon",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // (nor a show a performer is known by)
        assert!(
            run("Varkon actress Lisa Kenyon has played down reports about Varkon.")
                .iter()
                .all(|e| !matches!(e.1, EntityKind::Organization(_)))
        );
        // (not a word the article writes only at the start of a sentence, nor a surname)
        assert!(run("Film director Peter Kenyon has played down reports.")
            .iter()
            .all(|e| e.0 != "Film"));
        assert!(run(
            "Coach Ana Varkos was cleared. Varkos coach Peter Kenyon said so, praising Varkos."
        )
        .iter()
        .all(|e| !matches!(e.1, EntityKind::Organization(_))));
        // (not a given name: "Peter said")
        assert!(run("Peter chief executive of nothing said so.")
            .iter()
            .all(|e| e.0 != "Peter"));
    }

    #[test]
    fn a_witness_or_a_passenger_before_a_name_is_no_part_of_it() {
        for (body, name) in [
            (
                "According to eyewitness Vinnie Dorato, it exploded in seconds.",
                "Vinnie Dorato",
            ),
            (
                "Witness John Varkos said it exploded in seconds.",
                "John Varkos",
            ),
            ("The passenger Ana Torvik said it exploded.", "Ana Torvik"),
        ] {
            let r = run(body);
            let persons: Vec<_> = r
                .iter()
                .filter(|e| e.1 == EntityKind::Person)
                .map(|e| e.0.as_str())
                .collect();
            assert_eq!(persons, [name], "{body}: {r:?}");
        }
    }

    #[test]
    fn a_nationality_before_a_given_name_and_a_surname() {
        assert!(has(
            "She won with a victory over Hungarian Melinda Varkos in the final.",
            "Melinda Varkos",
            EntityKind::Person
        ));
        assert!(has(
            "The seat is that of incumbent Republican Cory Varkos.",
            "Cory Varkos",
            EntityKind::Person
        ));
        // (not after another capitalized modifier: a storm's advisory)
        assert!(
            run("Read the Hurricane Melinda Advisory Number 20 on Monday.")
                .iter()
                .all(|e| e.1 != EntityKind::Person)
        );
    }

    #[test]
    fn guards_railways_and_confederations_head_organizations() {
        assert!(has(
            "The airport is owned by the Varkan Revolutionary Guards.",
            "Varkan Revolutionary Guards",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "The base is run by the Varkan Marine Corps.",
            "Varkan Marine Corps",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "The papers are kept by the Varkan State Library.",
            "Varkan State Library",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "What is Varkan Railways doing about it?",
            "Varkan Railways",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "The Confederation of Varkan Industry called for a pause.",
            "Confederation of Varkan Industry",
            EntityKind::Organization(OrgKind::Generic)
        ));
    }

    #[test]
    fn a_plural_head_before_of_heads_an_organization() {
        assert!(has(
            "The Baltic Chambers of Commerce welcomed the plan.",
            "Baltic Chambers of Commerce",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "Acme chief Hana Chambers of London said the deal was good.",
            "Hana Chambers",
            EntityKind::Person
        ));
        assert!(has(
            "Acme chief John Chambers of Varkon said the deal was good.",
            "John Chambers",
            EntityKind::Person
        ));
        assert!(run("She starred in The Chronicles of Varkon last year.")
            .iter()
            .all(|e| !matches!(e.1, EntityKind::Organization(_))));
    }

    #[test]
    fn a_full_name_whose_surname_opens_a_saying_about_him_is_a_person() {
        let r = run(
            "Zarek Varkov won the match in Doha on Monday. Varkov said he was happy with his form.",
        );
        let persons: Vec<_> = r
            .iter()
            .filter(|e| e.1 == EntityKind::Person)
            .map(|e| e.0.as_str())
            .collect();
        assert_eq!(persons, ["Zarek Varkov"], "{r:?}");
        // (the surname alone before the full name too)
        let r = run(
            "Varkov said he was happy with his form. Zarek Varkov won the match in Doha on Monday.",
        );
        assert!(
            r.iter().any(|e| e.0 == "Zarek Varkov" && e.2 == ["Varkov"]),
            "{r:?}"
        );
        // (a firm saying something of itself is no surname)
        let r = run(
            "Zarek Varkov won the match in Doha on Monday. Varkov said it was happy with its form.",
        );
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
    }

    #[test]
    fn a_name_whose_stake_or_shares_the_text_gives_is_an_organization() {
        for body in [
            "Critics say Varkell's stake in the network should be cut.",
            "Varkell's shares rose on Monday.",
            "Varkell's chief executive resigned.",
        ] {
            assert!(
                has(body, "Varkell", EntityKind::Organization(OrgKind::Generic)),
                "{body}: {:?}",
                run(body)
            );
        }
        // (a person's things are no company's)
        assert!(run("Varkell's wife said nothing.")
            .iter()
            .all(|e| !matches!(e.1, EntityKind::Organization(_))));
    }

    #[test]
    fn an_acronym_that_speaks_is_an_organization() {
        assert!(has(
            "The deal is off. VKM said it would appeal.",
            "VKM",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // (not a common acronym)
        assert!(run("The deal is off. PR said it would appeal.")
            .iter()
            .all(|e| e.0 != "PR"));
    }

    #[test]
    fn a_town_s_name_after_a_role_and_before_a_name_is_a_given_name() {
        assert!(has(
            "Club chairman Milan Varkovic said he was disappointed.",
            "Milan Varkovic",
            EntityKind::Person
        ));
        // (a place with its head, or alone, stays a place)
        assert!(has(
            "Club chairman Milan said he was disappointed.",
            "Milan",
            EntityKind::Place(PlaceKind::City)
        ));
    }

    #[test]
    fn a_title_of_a_country_before_a_name_is_a_person_cue() {
        assert!(has(
            "Former President of India Arun Varma died on Monday.",
            "Arun Varma",
            EntityKind::Person
        ));
        assert!(has(
            "He met the President of the Philippines Arun Varma on Monday.",
            "Arun Varma",
            EntityKind::Person
        ));
        assert!(has(
            "Minister of Economy Richard Varkos failed to buy the kits.",
            "Richard Varkos",
            EntityKind::Person
        ));
        assert!(run("It opens at the Princess of Wales Theatre next year.")
            .iter()
            .all(|e| e.1 != EntityKind::Person));
        // (and a title word after a given name is a surname: "Michel Mayor")
        assert!(has(
            "The prize went to the duo of Rui Vaz and Michel Mayor.",
            "Michel Mayor",
            EntityKind::Person
        ));
    }

    #[test]
    fn shah_after_one_other_word_is_a_surname() {
        assert!(has(
            "\"Results are weak,\" said Varun Shah, an analyst at Acme Capital.",
            "Varun Shah",
            EntityKind::Person
        ));
    }

    #[test]
    fn undotted_military_ranks_are_titles() {
        let r = run("Lt Col Hana Sato told reporters the deal was agreed. Maj Gen Rui Vaz agreed.");
        let persons: Vec<_> = r
            .iter()
            .filter(|e| e.1 == EntityKind::Person)
            .map(|e| e.0.as_str())
            .collect();
        assert_eq!(persons, ["Hana Sato", "Rui Vaz"], "{r:?}");
    }

    #[test]
    fn appositive_needs_a_role_noun() {
        // a place or a firm described by an appositive is no person
        assert!(!names("Cheng Wai, a city in the south, flooded again.")
            .contains(&"Cheng Wai".to_string()));
        assert!(
            !names("The report came from BrightLock, a security firm, on Monday.")
                .contains(&"BrightLock".to_string())
        );
        assert!(has(
            "Mona Quist, a veteran reporter at the paper, quit.",
            "Mona Quist",
            EntityKind::Person
        ));
    }

    #[test]
    fn camel_case_words_are_not_people() {
        assert!(!names("\"Fine,\" said ZetaCorp.").contains(&"ZetaCorp".to_string()));
        assert!(has(
            "\"Fine,\" said Carl McBride.",
            "Carl McBride",
            EntityKind::Person
        ));
    }

    #[test]
    fn sentence_initial_plural_with_speech_verb_is_no_person() {
        let n = names("Neighbours said the shots woke them.");
        assert!(n.is_empty(), "{n:?}");
    }

    #[test]
    fn title_with_inner_capitalized_words() {
        let n = names("Deputy Water Resources Minister Ola Nwosu told the radio.");
        assert!(n.contains(&"Ola Nwosu".to_string()), "{n:?}");
        assert!(!n.iter().any(|x| x.contains("Water")), "{n:?}");
    }

    #[test]
    fn party_label_is_not_part_of_the_name() {
        let n = names("The bill was backed by Republican Dana Fry and Democrat Luis Ortega.");
        assert!(
            n.contains(&"Dana Fry".to_string())
                || n.is_empty()
                || !n.iter().any(|x| x.starts_with("Republican")),
            "{n:?}"
        );
        assert!(!n.iter().any(|x| x.starts_with("Democrat")), "{n:?}");
    }

    #[test]
    fn and_inside_organization_names() {
        assert!(has(
            "The National Oceanic and Atmospheric Administration warned.",
            "National Oceanic and Atmospheric Administration",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        assert!(has(
            "She heads the House Oversight and Reform Committee now.",
            "House Oversight and Reform Committee",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
    }

    #[test]
    fn org_then_person_in_one_run() {
        let r = run("Amnesty International researcher Joan Obi Kalu said the camps were full.");
        assert!(r.iter().any(|e| e.0 == "Amnesty International"));
        assert!(r
            .iter()
            .any(|e| e.0 == "Joan Obi Kalu" && e.1 == EntityKind::Person));
    }

    #[test]
    fn a_kinship_noun_or_title_word_alone_is_no_person() {
        for body in [
            "The Queen Mother opened the new hall.",
            "The Chief Executive resigned on Friday.",
            "Britain's Press said nothing.",
        ] {
            let r = run(body);
            assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{body}: {r:?}");
        }
        // an occupational surname is still a surname
        assert!(has(
            "Tom Dean, the club's director, left. Mr Dean said the fees were too high.",
            "Tom Dean",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_company_word_ends_a_name_only_at_the_end_of_the_run() {
        assert!(has(
            "Shares in Brightwell Securities fell on Monday.",
            "Brightwell Securities",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "Marlow Tobacco said sales fell.",
            "Marlow Tobacco",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "Shares in Federated Department Stores rose.",
            "Federated Department Stores",
            EntityKind::Organization(OrgKind::Company)
        ));
        // inside a longer name the word is no end
        assert!(has(
            "The Securities and Exchange Commission said it would act.",
            "Securities and Exchange Commission",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
        let r = run("Marlow Tobacco said sales fell.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
    }

    #[test]
    fn a_given_name_before_one_gazetteer_word_is_a_full_name() {
        // the surname is also a country or a news agency
        assert!(has(
            "Karen Holland, a lawyer for the family, said the ruling was wrong.",
            "Karen Holland",
            EntityKind::Person
        ));
        assert!(has(
            "Former mayor Daniel Bloomberg will run again.",
            "Daniel Bloomberg",
            EntityKind::Person
        ));
        let r = run("Karen Holland, a lawyer for the family, said the ruling was wrong.");
        assert!(
            r.iter()
                .all(|e| e.0 != "Holland" && e.0 != "Netherlands" && e.0 != "Karen"),
            "{r:?}"
        );
        // the agency on its own, and a place after a place word, are still what the gazetteer says
        assert!(has(
            "Shares in Bloomberg rose on Monday.",
            "Bloomberg",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        // any first name after a role or a title ("actor Denzel Washington", "Baroness Scotland"
        // is a title and a name)
        assert!(has(
            "Actor Zendrick Washington, who paid for the school, praised him.",
            "Zendrick Washington",
            EntityKind::Person
        ));
        assert!(has(
            "The lawyer Oriol Jordan objected.",
            "Oriol Jordan",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_writer_or_film_maker_opening_a_sentence_is_a_role_not_part_of_the_name() {
        for (body, name) in [
            (
                "Songwriter Guy Chambers said the plan would work.",
                "Guy Chambers",
            ),
            (
                "Film-maker Spike Lorne said the plan would work.",
                "Spike Lorne",
            ),
            (
                "Screenwriter Ana Ruiz said the plan would work.",
                "Ana Ruiz",
            ),
        ] {
            assert!(has(body, name, EntityKind::Person), "{body}");
        }
        // (a maker of things is a company's trade, not a person's: "carmaker Rover")
        let r = run("Carmaker Rover said sales fell.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
        // (nor is a bookmaker, a miner or a brewer: each is a company before its name)
        assert!(has(
            "Odds were cut by bookmaker Zelbrokes on Monday.",
            "Zelbrokes",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "Shares in brewer Varlsberg rose.",
            "Varlsberg",
            EntityKind::Organization(OrgKind::Company)
        ));
    }

    #[test]
    fn a_compatriot_or_a_plural_of_nationality_before_a_name_is_a_cue() {
        assert!(has(
            "Just the day before, her countryman Dalu Wenkato won in Vienna.",
            "Dalu Wenkato",
            EntityKind::Person
        ));
        assert!(has(
            "He was followed by Ethiopians Dalu Wenkato, 2:05:46, and Tesfa Amaru, 2:05:48.",
            "Dalu Wenkato",
            EntityKind::Person
        ));
        // (a singular of nationality is no cue: "Ethiopian Dalu Wenkato" may be a company)
        let r = run("He flew with Ethiopian Dalu Wenkato to Addis Ababa.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
    }

    #[test]
    fn a_person_noun_right_before_a_name_is_a_cue() {
        // "Fields" names a thing at the end of a name ("Elysian Fields"): the cue decides
        assert!(has(
            "Police charged Ohio man Dale Fields on Friday.",
            "Dale Fields",
            EntityKind::Person
        ));
        assert!(has(
            "The prize went to local teenager Dale Fields this year.",
            "Dale Fields",
            EntityKind::Person
        ));
        assert!(has(
            "Reality television star Kaito Ishimura has died.",
            "Kaito Ishimura",
            EntityKind::Person
        ));
        // capitalized, the word opens a title, not a cue: "Star Trek"
        let r = run("Fans of Star Trek queued all night.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
        // not "native": "her native Dartford" is a place
        assert!(!has(
            "The film is set in her native Dartford, she said.",
            "Dartford",
            EntityKind::Person
        ));
    }

    #[test]
    fn an_adverb_opening_a_sentence_is_no_part_of_a_name() {
        let r = run(
            "Minister Amara Okafor arrived on Monday. Afterwards Okafor said the talks went well.",
        );
        assert!(r.iter().all(|e| !e.0.starts_with("Afterwards")), "{r:?}");
        assert!(r
            .iter()
            .any(|e| e.0 == "Amara Okafor" && e.1 == EntityKind::Person));
        // a capitalized "co-" role opening a sentence is a title, not a name
        let r = run("Co-author Kaito Ishimura said the model was right.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Kaito Ishimura" && e.1 == EntityKind::Person),
            "{r:?}"
        );
    }

    #[test]
    fn a_given_name_that_is_also_a_common_capital_opens_a_name() {
        // "Bill" names a law at the end of a run and a man before a name
        assert!(has(
            "Bill Ostrander, a former mayor, said the plan would work.",
            "Bill Ostrander",
            EntityKind::Person
        ));
        assert!(has(
            "Former Governor Bill Ostrander arrived.",
            "Bill Ostrander",
            EntityKind::Person
        ));
        let r = run("MPs passed the Finance Bill on Monday.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
    }

    #[test]
    fn a_conference_of_its_members_is_a_body() {
        let g = EntityKind::Organization(OrgKind::Generic);
        assert!(has(
            "According to the National Conference of State Mayors, the vote is on Tuesday.",
            "National Conference of State Mayors",
            g
        ));
        assert!(has(
            "It was confirmed by the Catholic Bishops' Conference of Lorsk (CBCL).",
            "Catholic Bishops' Conference of Lorsk",
            g
        ));
        // (a conference "on" a subject is a meeting, no body)
        let r = run("The Lorsk Conference on Water Rights opened on Friday.");
        assert!(r.iter().all(|e| !e.0.contains("Conference")), "{r:?}");
    }

    #[test]
    fn a_name_opening_with_an_acronym_after_and_is_a_name_of_its_own() {
        let u = EntityKind::Organization(OrgKind::University);
        let body = "Experts at the University of Lorsk and UC Varna agreed.";
        assert!(has(body, "University of Lorsk", u), "{:?}", run(body));
        // (but a portfolio's acronym alone stays in the name)
        assert!(has(
            "The Ministry of Science and ICT said no.",
            "Ministry of Science and ICT",
            EntityKind::Organization(OrgKind::GovernmentBody)
        ));
    }

    #[test]
    fn a_call_sign_with_its_band_is_a_broadcaster() {
        let n = EntityKind::Organization(OrgKind::NewsOrganization);
        for (body, name) in [
            (
                "Neighbors told local station WXYZ-TV that the street is quiet.",
                "WXYZ-TV",
            ),
            ("The mayor spoke to KLOR-FM on Monday.", "KLOR-FM"),
        ] {
            assert!(has(body, name, n), "{body}: {:?}", run(body));
        }
        // (not an acronym without its band)
        assert!(run("The WADA rules changed in May.").is_empty());
    }

    #[test]
    fn a_full_name_in_a_list_of_people_is_a_person() {
        let body = "Guests included Zorbo Quillfeather, Ana Silva, Rui Vaz and Tom Berg.";
        assert!(
            has(body, "Zorbo Quillfeather", EntityKind::Person),
            "{:?}",
            run(body)
        );
        // (not with one person beside it)
        let body = "Guests included Zorbo Quillfeather and Ana Silva.";
        assert!(
            !has(body, "Zorbo Quillfeather", EntityKind::Person),
            "{:?}",
            run(body)
        );
    }

    #[test]
    fn an_occasion_or_a_compact_is_no_person() {
        for body in [
            "Voters went to the polls on Election Day, officials said.",
            "Ahead of the General Election, Labour said taxes would not rise.",
            "The Abraham Accords were signed in Washington.",
            "He was stabbed at the Dale Fields Correctional Facility, officials said.",
            "It was the third national student Olympiad in chemistry.",
        ] {
            let r = run(body);
            assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{body}: {r:?}");
        }
    }

    #[test]
    fn a_republic_or_a_kingdom_is_a_place_not_a_person() {
        let r = run(
            "Troops of the separatist Republic of Lorsk left. The Slovak Republic joined later.",
        );
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
        assert!(has(
            "The Slovak Republic joined later.",
            "Slovak Republic",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn a_title_word_before_a_title_head_is_no_place_head() {
        let r = run("On Friday, United States District Judge Ana Silva ruled on the case.");
        assert!(r.iter().all(|e| e.0 != "United States District"), "{r:?}");
        assert!(has(
            "On Friday, United States District Judge Ana Silva ruled on the case.",
            "Ana Silva",
            EntityKind::Person
        ));
        // a district that is a place stays one
        assert!(has(
            "The fire spread to the Lorsk District on Monday.",
            "Lorsk District",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn post_nominal_letters_end_a_name_and_mp_before_a_name_is_a_title() {
        assert!(has(
            "Ana Silva MP said the plan was unfair.",
            "Ana Silva",
            EntityKind::Person
        ));
        assert!(has(
            "The inquiry heard that Rui Vaz QC said the plan was unfair.",
            "Rui Vaz",
            EntityKind::Person
        ));
        assert!(has(
            "Labour MP Ana Silva said the plan was unfair.",
            "Ana Silva",
            EntityKind::Person
        ));
        // a party named before "MP" and a name is no person
        let r = run("Plaid Cymru MP Rui Vaz said the plan was unfair.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Rui Vaz" && e.1 == EntityKind::Person),
            "{r:?}"
        );
        assert!(
            r.iter()
                .all(|e| e.0 != "Plaid Cymru" || e.1 != EntityKind::Person),
            "{r:?}"
        );
    }

    #[test]
    fn a_tribe_or_a_nation_is_an_organization() {
        let r = run("The plaintiffs were listed as Lorsk Native Vote, Tawana Nation, Salish and Kootenai Tribes, and Crow Tribe.");
        assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{r:?}");
        assert!(has(
            "The lawsuit was filed by the Tawana Nation on Monday.",
            "Tawana Nation",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // a misspelt United Nations is no nation
        let r = run("On Monday, United Nation's children agency said aid was needed.");
        assert!(r.iter().all(|e| e.0 != "United Nation"), "{r:?}");
    }

    #[test]
    fn what_one_holds_a_stake_in_is_a_company_not_a_place() {
        assert!(has(
            "Zelltek bought a 33% stake in Varnix on Monday.",
            "Varnix",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "Shares in Varnix rose 5% in London.",
            "Varnix",
            EntityKind::Organization(OrgKind::Company)
        ));
        // (a town after "in" is still a place)
        assert!(has(
            "The factory in Varnix closed on Monday.",
            "Varnix",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn an_acronym_after_a_news_or_company_noun_is_an_organization() {
        assert!(has(
            "Violence continued and the news network KBTV withdrew its reporters.",
            "KBTV",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has(
            "Shares in the lender BKX fell on Monday.",
            "BKX",
            EntityKind::Organization(OrgKind::Company)
        ));
        // an acronym without such a noun is not made an organization by these rules
        let r = run("Shares fell after BKX lost a case.");
        assert!(
            r.iter()
                .all(|e| e.0 != "BKX" || e.1 != EntityKind::Organization(OrgKind::Company)),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_after_a_firm_role_and_of_is_the_employer() {
        let r = run("\"It is a growing problem,\" said Ana Silva, managing director of Ontrack Data Recovery.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Ontrack Data Recovery"
                    && matches!(e.1, EntityKind::Organization(_))),
            "{r:?}"
        );
        // a place after "mayor of", or a modifier of what follows, is no employer
        let r = run("Rui Vaz, mayor of Lorsk, and Ana Silva, director of Lorsk-based Acme, spoke.");
        assert!(
            r.iter()
                .all(|e| e.0 != "Lorsk" || !matches!(e.1, EntityKind::Organization(_))),
            "{r:?}"
        );
        // (a president, a secretary, a treasurer or a boss of a firm too)
        let r = run("\"It is a growing problem,\" said Ana Silva, president of Zelbrook Dynamo.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Zelbrook Dynamo" && matches!(e.1, EntityKind::Organization(_))),
            "{r:?}"
        );
    }

    #[test]
    fn abc_is_a_news_organization() {
        assert!(has(
            "The gunman had a valid licence, ABC reported.",
            "ABC News",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
    }

    #[test]
    fn brothers_end_a_company_name() {
        assert!(has(
            "Paul Sheard, economist at Lehmann Brothers in Tokyo, said growth was slow.",
            "Lehmann Brothers",
            EntityKind::Organization(OrgKind::Company)
        ));
        assert!(has(
            "The film was backed by Warner Bros in Paris.",
            "Warner Bros",
            EntityKind::Organization(OrgKind::Company)
        ));
    }

    #[test]
    fn a_plural_noun_or_a_town_word_alone_is_no_person() {
        for body in [
            "The Director of Public Prosecutions will decide.",
            "It was raised at Prime Minister's Questions on Wednesday.",
            "It is the sequel to Grand Theft Auto Vice City, which sold well.",
            "She also hosts a weekly podcast (My Fellow Americans).",
        ] {
            let r = run(body);
            assert!(r.iter().all(|e| e.1 != EntityKind::Person), "{body}: {r:?}");
        }
    }

    #[test]
    fn a_chamber_heads_an_organization_and_general_motors_is_a_company() {
        assert!(has(
            "The Lorsk Chamber of Commerce said exports fell.",
            "Lorsk Chamber of Commerce",
            EntityKind::Organization(OrgKind::Generic)
        ));
        assert!(has(
            "Carmaker General Motors is recalling cars.",
            "General Motors",
            EntityKind::Organization(OrgKind::Company)
        ));
    }

    #[test]
    fn a_religion_is_no_place() {
        let r = run("There have been protests against the restrictions on free speech in Islam.");
        assert!(r.iter().all(|e| e.0 != "Islam"), "{r:?}");
        // a surname still
        assert!(has(
            "Councillor Mohammed Islam said the plan was fair.",
            "Mohammed Islam",
            EntityKind::Person
        ));
    }

    #[test]
    fn services_end_a_company_name_and_lgbt_is_no_employer() {
        assert!(has(
            "On Friday Lorsk Web Services acknowledged the error.",
            "Lorsk Web Services",
            EntityKind::Organization(OrgKind::Company)
        ));
        let r = run("LGBT activist Dale Fields was reported missing.");
        assert!(r.iter().all(|e| e.0 != "LGBT"), "{r:?}");
    }

    #[test]
    fn a_journal_after_published_on_a_day_in_is_no_place() {
        let r = run("The findings were published on Thursday in Lorsk Marine Letters by the team.");
        assert!(
            r.iter().all(|e| !matches!(e.1, EntityKind::Place(_))),
            "{r:?}"
        );
        // a town after "in" still is one
        assert!(has(
            "The team met on Thursday in Lorskville to plan.",
            "Lorskville",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn a_list_of_people_each_with_their_party() {
        let r = run("The candidates Ana Silva of the Green Party, Xandor Okoro of the Lorsk Party, and Lea Holt of the Blue Party spoke.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Xandor Okoro" && e.1 == EntityKind::Person),
            "{r:?}"
        );
    }

    #[test]
    fn a_nickname_in_quotes_joins_given_names_and_surname() {
        let r = run("Guitarist Eddie Van Halen has died. Edward Lodewijk \"Eddie\" Van Halen, lead guitarist of the band, died on Tuesday. Eddie Van Halen was known for his tapping.");
        let p: Vec<_> = r.iter().filter(|e| e.1 == EntityKind::Person).collect();
        assert_eq!(p.len(), 1, "{r:?}");
        assert_eq!(p[0].0, "Edward Lodewijk Van Halen");
        assert!(p[0].2.contains(&"Eddie Van Halen".to_string()), "{r:?}");
    }

    #[test]
    fn a_name_after_a_place_noun_and_of_is_a_place() {
        assert!(has(
            "Maria Cruz, the mayor of the capital city of San Juan, said she would sue.",
            "San Juan",
            EntityKind::Place(PlaceKind::Generic)
        ));
        assert!(has(
            "He was visiting the town of Pandeglang in the province of Banten.",
            "Pandeglang",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }

    #[test]
    fn a_title_word_that_is_a_surname_ends_a_name_begun_with_a_given_name() {
        assert!(has(
            "Bank governor Paul King said rates would stay on hold.",
            "Paul King",
            EntityKind::Person
        ));
        // a title before a name is still a title (a royal named by one word is named with it)
        assert!(has(
            "The country is ruled by King Abdullah, officials said.",
            "King Abdullah",
            EntityKind::Person
        ));
    }

    #[test]
    fn a_name_with_commas_that_its_acronym_spells_is_one_organization() {
        let n = names(
            "The Institute of Soil, Water and Air Research (ISWAR) said the river was clean.",
        );
        assert!(
            n.contains(&"Institute of Soil, Water and Air Research".to_string()),
            "{n:?}"
        );
        assert!(
            !n.iter()
                .any(|x| x == "Air Research" || x == "Institute of Soil"),
            "{n:?}"
        );
        // (no acronym after it: a list, each name its own)
        let n =
            names("Officials from the Ministry of Health, Lorsk University and the Red Cross met.");
        assert!(
            n.contains(&"Ministry of Health".to_string())
                && n.contains(&"Lorsk University".to_string()),
            "{n:?}"
        );
    }

    #[test]
    fn lower_words_answers_as_the_scan_of_the_body() {
        let body = "The aid.com site gave aid. Then aid..more, smith-jones and st. Rui met \
                    o'brien at arsenal.com; ends with aid";
        // (a long body, so that the set answers)
        let long = format!("{body} {}", "filler ".repeat(SCAN_UP_TO / 7));
        let body = long.as_str();
        let words = LowerWords::new(body);
        for w in [
            "aid",
            "aid.com",
            "site",
            "smith",
            "jones",
            "smith-jones",
            "st.",
            "st",
            "o'brien",
            "arsenal",
            "ends",
            "with",
            "more",
            "aid..more",
            "gave",
            "the",
            "",
        ] {
            assert_eq!(words.has(w), in_lower_case(body, w), "{w:?}");
        }
    }

    #[test]
    fn a_journal_is_named_after_journal_or_published_in() {
        for (body, name) in [
            (
                "The study appeared in the journal Lorsk Medicine on Monday.",
                "Lorsk Medicine",
            ),
            (
                "In findings published on Wednesday in Marine Advances, researchers said so.",
                "Marine Advances",
            ),
        ] {
            let ents = run(body);
            assert!(
                ents.iter()
                    .any(|(n, k, _)| n == name && matches!(k, EntityKind::Organization(_))),
                "{body}: {ents:?}"
            );
        }
        // (not the owner of what is named next, nor the first word of a longer name)
        assert!(has(
            "It was published on Tuesday in Lorsk University's online archive.",
            "Lorsk University",
            EntityKind::Organization(OrgKind::University)
        ));
        assert!(
            !names("It was published in Proceedings of the Lorsk Academy.")
                .contains(&"Proceedings".to_string())
        );
    }

    #[test]
    fn a_name_with_a_given_name_after_a_place_is_a_person() {
        for body in [
            "The president of Peru Emmanuel Dubois spoke on Monday.",
            "In Ohio Sarah Vance won the primary.",
        ] {
            let n = names(body);
            assert!(
                n.iter()
                    .any(|x| x == "Emmanuel Dubois" || x == "Sarah Vance"),
                "{body}: {n:?}"
            );
        }
    }

    #[test]
    fn a_name_opening_with_all_that_its_acronym_spells() {
        let n = names("The wrestler signed with All Star Grappling (ASG) in March.");
        assert!(n.contains(&"All Star Grappling".to_string()), "{n:?}");
        let n = names("He wrestled for ASG (All Star Grappling) in March.");
        assert!(n.contains(&"All Star Grappling".to_string()), "{n:?}");
        // (not another small word: a title)
        let n = names("He was the league's MVP (Most Valuable Player) twice.");
        assert!(!n.iter().any(|x| x.starts_with("Most")), "{n:?}");
        // (without the acronym, "All" stays out of the name)
        let n = names("All Lorsk University staff went on strike.");
        assert!(!n.iter().any(|x| x.starts_with("All ")), "{n:?}");
    }

    #[test]
    fn a_news_network_s_edition_for_a_country_and_newspapers_named_bulletin_or_telegraph() {
        assert!(has(
            "The tremor was felt in the capital, according to CNN Indonesia.",
            "CNN Indonesia",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        // (not a country before another name: "told CNN Iran Air had")
        let n = names("The minister told CNN Iran Air had grounded its fleet.");
        assert!(!n.iter().any(|x| x.starts_with("CNN ")), "{n:?}");
        assert!(has(
            "According to the Lorsk Bulletin, the mine will close.",
            "Lorsk Bulletin",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
        assert!(has(
            "The Varna Telegraph reported the fire.",
            "Varna Telegraph",
            EntityKind::Organization(OrgKind::NewsOrganization)
        ));
    }

    #[test]
    fn one_unknown_word_reporting_at_a_sentence_s_start_is_an_organization() {
        assert!(has(
            "Vantrix reported three stores were closed after the storm.",
            "Vantrix",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // (not a common surname, a plural, a word of the prose or a person named in full)
        for body in [
            "Smith reported three stores were closed.",
            "Officials reported three stores were closed.",
            "Further reported cases were found. The further cases were mild.",
            "Ana Vantrix spoke on Monday. Vantrix reported three stores were closed.",
        ] {
            assert!(
                !run(body)
                    .iter()
                    .any(|e| matches!(e.1, EntityKind::Organization(_))),
                "{body}: {:?}",
                run(body)
            );
        }
    }

    #[test]
    fn a_team_named_by_its_place_and_a_plural_after_the() {
        let body = "He was drafted by the Varna Hornets in 2001. The Hornets traded him to the Los Angeles Comets.";
        assert!(
            has(
                body,
                "Varna Hornets",
                EntityKind::Organization(OrgKind::Generic)
            ),
            "{:?}",
            run(body)
        );
        assert!(
            has(
                body,
                "Los Angeles Comets",
                EntityKind::Organization(OrgKind::Generic)
            ),
            "{:?}",
            run(body)
        );
        // (not a person after "the", nor a region or a contest)
        for (body, name) in [
            ("He starred in the Howard Hughes biopic.", "Howard Hughes"),
            (
                "Rain fell across the West Midlands. The Midlands had floods.",
                "West Midlands",
            ),
            (
                "She won the Lorsk Sevens. The Sevens ended on Sunday.",
                "Lorsk Sevens",
            ),
        ] {
            assert!(
                !run(body)
                    .iter()
                    .any(|e| e.0 == name && matches!(e.1, EntityKind::Organization(_))),
                "{body}: {:?}",
                run(body)
            );
        }
    }

    #[test]
    fn the_first_word_of_a_company_s_name_alone_is_the_company() {
        let mentions = |body: &str| {
            let article = Article {
                id: "t".into(),
                body: body.to_string(),
                ..Default::default()
            };
            let doc = Doc::new(&article);
            let ents = recognize(&doc);
            let spans: Vec<String> = ents
                .mentions
                .iter()
                .filter(|m| ents.list[m.entity].name == "Varga Motor Company")
                .map(|m| body[m.span.start..m.span.end].to_string())
                .collect();
            spans
        };
        let m = mentions("Varga Motor Company recalled 500 cars. Varga said in a filing that the brakes were safe.");
        assert_eq!(
            m,
            vec!["Varga Motor Company".to_string(), "Varga".to_string()]
        );
        // (not a word a person of the article bears)
        let m = mentions("Varga Motor Company recalled 500 cars. Ana Varga said the brakes were safe. Varga added more.");
        assert_eq!(m, vec!["Varga Motor Company".to_string()]);
    }

    #[test]
    fn a_party_named_by_two_values_a_hall_of_fame_with_and_and_a_party_after_a_name_and() {
        assert!(has(
            "Ana Silva of the Law and Justice Party said so.",
            "Law and Justice Party",
            EntityKind::Organization(OrgKind::PoliticalParty)
        ));
        assert!(has(
            "He joined the Rock and Roll Hall of Fame in 2007.",
            "Rock and Roll Hall of Fame",
            EntityKind::Organization(OrgKind::Generic)
        ));
        // (a party named by its adjective after "and" is a name of its own)
        let n = names("The Democratic and Republican Party leaders met in Lorsk.");
        assert!(
            n.contains(&"Republican Party".to_string())
                && !n.iter().any(|x| x.starts_with("Democratic and")),
            "{n:?}"
        );
        // (but a ministry of two portfolios stays one)
        assert!(names("The Finance and Economy Ministry said so.")
            .contains(&"Finance and Economy Ministry".to_string()));
    }

    #[test]
    fn a_name_in_apposition_to_the_title_of_a_place_is_a_person() {
        assert!(has(
            "The mayor of London, Rui Vaz Okafor, gave his condolences.",
            "Rui Vaz Okafor",
            EntityKind::Person
        ));
        assert!(has(
            "The Archbishop of Canterbury, Tom Akers, visited Kenya.",
            "Tom Akers",
            EntityKind::Person
        ));
        // (not a place in apposition to a place)
        assert!(!run("The capital of France, Paris, is big.")
            .iter()
            .any(|e| e.1 == EntityKind::Person));
    }

    #[test]
    fn a_plural_s_possessive_inside_a_body_s_name_and_a_short_form_in_brackets() {
        assert!(names("The Lorsk Bankers' Association said lending rose.")
            .contains(&"Lorsk Bankers' Association".to_string()));
        assert!(names("He appeared at Varna Magistrates' Court on Monday.")
            .contains(&"Varna Magistrates' Court".to_string()));
        // (not a known body's possessive: the commission of the UN)
        let n = names("The United Nations' Economic Commission for Africa said so.");
        assert!(
            n.contains(&"United Nations".to_string())
                && n.contains(&"Economic Commission for Africa".to_string()),
            "{n:?}"
        );
        // a short form defined in brackets, then used alone
        let r = run("The Lorsk Institute of Volcanology and Seismology (Lorvolcs) met. Lorvolcs said the fault was active.");
        assert!(
            r.iter()
                .any(|e| e.0 == "Lorsk Institute of Volcanology and Seismology"
                    && e.2.contains(&"Lorvolcs".to_string())),
            "{r:?}"
        );
        // (not a word of another letter, nor a place)
        let r = run("The Lorsk Institute of Volcanology (Varna) met.");
        assert!(
            r.iter().all(|e| !e.2.contains(&"Varna".to_string())),
            "{r:?}"
        );
    }

    #[test]
    fn a_name_after_ceo_of_is_the_employer() {
        const ORG: EntityKind = EntityKind::Organization(OrgKind::Generic);
        assert!(has(
            "Mark Smith was the CEO of Massey Energy from 2000 to 2010.",
            "Massey Energy",
            ORG
        ));
    }

    #[test]
    fn no_before_a_number_is_no_name() {
        let n = names("Mark Smith, known as \"cosmonaut No. 11\", met cosmonaut No. 12 there.");
        assert!(n.iter().all(|x| !x.starts_with("No")), "{n:?}");
        assert!(n.contains(&"Mark Smith".to_string()), "{n:?}");
    }

    #[test]
    fn a_university_s_campus_after_a_comma_or_at() {
        const U: EntityKind = EntityKind::Organization(OrgKind::University);
        assert!(has(
            "He studied at the University of California, Los Angeles, and later taught there.",
            "University of California, Los Angeles",
            U
        ));
        assert!(has(
            "A professor at the University of Colorado at Boulder said so.",
            "University of Colorado at Boulder",
            U
        ));
        // (not a list of universities)
        let n = names("She studied at the University of Texas, Harvard, and Yale.");
        assert!(n.contains(&"University of Texas".to_string()), "{n:?}");
    }

    #[test]
    fn a_fire_service_named_fire_and_rescue() {
        const G: EntityKind = EntityKind::Organization(OrgKind::GovernmentBody);
        assert!(has(
            "Mark Smith of Rogaland Fire and Rescue said no one would be sent in.",
            "Rogaland Fire and Rescue",
            G
        ));
    }

    #[test]
    fn the_first_of_two_surnames_alone_names_the_person() {
        let body = "Ana Ruiz Ferrer, the mayor, resigned on Monday. Ruiz said she would leave in \
                    May.\n\nIn her speech, Ruiz said she was tired.";
        let e = run(body);
        assert_eq!(
            e.iter().filter(|x| x.1 == EntityKind::Person).count(),
            1,
            "{e:?}"
        );
        let article = Article {
            id: "t".into(),
            body: body.to_string(),
            ..Default::default()
        };
        let doc = Doc::new(&article);
        let ents = recognize(&doc);
        let ruiz = body.find("Ruiz said").unwrap();
        assert!(
            ents.mentions.iter().any(|m| m.span.start == ruiz),
            "{:?}",
            ents.mentions
        );
    }

    #[test]
    fn a_party_s_member_after_the_comma_is_a_person_cue() {
        assert!(has(
            "She lost to Thom Tillis, a Republican, in 2014.",
            "Thom Tillis",
            EntityKind::Person
        ));
    }

    #[test]
    fn the_other_end_of_a_journey_from_a_place_is_a_place() {
        assert!(has(
            "It was flying from Jakarta to Pangkal Pinang when it crashed.",
            "Pangkal Pinang",
            EntityKind::Place(PlaceKind::Generic)
        ));
        // (and the seas and straits any gazetteer holds)
        assert!(has(
            "The boat sank in the English Channel.",
            "English Channel",
            EntityKind::Place(PlaceKind::Generic)
        ));
    }
}
