//! Roles: who holds which position, where.
//!
//! Patterns:
//! - a title before a name: "President Ana Lopes", "U.S. Secretary of State Ana Lopes",
//!   "Ambassador to the UN Ana Lopes", "deputy director of UNICEF Ana Lopes",
//!   "Lund University economist Ana Lopes", "NATO Secretary-General Ana Lopes",
//!   "Representatives A, B and C" (each one), "the Vice President, Ana Lopes,";
//! - an appositive after a name: "Ana Lopes, a professor at Lund University in Lund",
//!   "Ana Lopes, senior director of X", lists ("a former World Bank adviser and a board member
//!   of X": two roles), "Ana Lopes, one of Rui Vaz's aides", "Ana Lopes, who was Y's envoy";
//! - "Ana Lopes was serving as Y's personal lawyer", "A, B and C, who serve as chairmen of ...".
//!
//! Title and organization are kept apart; "former" is recorded and dropped from the title.

use super::doc::{Doc, Entities, Mention};
use super::gazetteer;
use super::lexicon as lx;
use super::tokens::{is_cap, title_case, Tok, TK};
use crate::model::{EntityId, EntityKind, OrgKind, Role, Span};
use std::collections::BTreeSet;

struct Ctx<'a> {
    body: &'a str,
    toks: &'a [Tok],
    ents: &'a Entities,
    /// entity mention covering each token, if any
    ment: Vec<Option<Mention>>,
}

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks[i].text(self.body)
    }
    fn is_org(&self, m: &Mention) -> bool {
        matches!(self.ents.list[m.entity].kind, EntityKind::Organization(_))
    }
    fn is_person(&self, m: &Mention) -> bool {
        matches!(self.ents.list[m.entity].kind, EntityKind::Person)
    }
    /// First token index of the mention covering token i.
    fn mention_start(&self, i: usize) -> usize {
        let m = self.ment[i].unwrap();
        let mut k = i;
        while k > 0 && self.ment[k - 1].map(|x| x.span == m.span).unwrap_or(false) {
            k -= 1;
        }
        k
    }
    fn mention_end(&self, i: usize) -> usize {
        let m = self.ment[i].unwrap();
        let mut k = i;
        while k + 1 < self.toks.len() && self.ment[k + 1].map(|x| x.span == m.span).unwrap_or(false)
        {
            k += 1;
        }
        k
    }
}

fn role_word(w: &str) -> bool {
    let l = w.to_lowercase();
    // (and an acronym as written: "CEO")
    lx::is_role_word(&l) || lx::is_role_word(&lx::singular(&l)) || (w != l && lx::is_role_word(w))
}

/// A number in words that counts people before a plural: "two astronauts", "three journalists".
fn count_word(w: &str) -> bool {
    w.starts_with(char::is_alphabetic)
        && super::dates::number_word(w).is_some_and(|n| (2..=10).contains(&n))
}

/// A parsed title phrase.
#[derive(Clone)]
struct Found {
    title: String,
    org: Option<EntityId>,
    former: bool,
    start: usize,
    plural: bool,
}

/// A word before a title that makes the role a former one ("former", "then-former").
fn is_former_word(w: &str) -> bool {
    matches!(
        w,
        "former" | "Former" | "ex" | "then-former" | "retired" | "Retired"
    )
}

/// The head word of a title: its last word, or the last before "of" ("Secretary of State").
fn title_head(t: &str) -> String {
    let l = t.to_lowercase();
    let first = l.split(" of ").next().unwrap_or("");
    first
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .last()
        .unwrap_or("")
        .to_string()
}

/// Title before the person mention starting at token `i`.
fn title_before(c: &Ctx, i: usize) -> Option<Found> {
    let mut k = i;
    // "Labour MP (Member of Parliament) Tom Watson": a bracketed gloss of the title stands
    // between it and the name
    if k >= 3 && c.w(k - 1) == ")" {
        if let Some(open) = (k.saturating_sub(10)..k - 1)
            .rev()
            .find(|&q| matches!(c.w(q), "(" | ")"))
        {
            if c.w(open) == "(" && open >= 1 && c.toks[open - 1].k == TK::Word {
                k = open;
            }
        }
    }
    // "chair of the committee Representative-elect ... Ana Lopes", "coach Defiant Rui Vaz": a
    // capitalized modifier kept out of the name stands between the title and the name
    if k >= 2 && c.ment[k - 1].is_none() && c.toks[k - 1].k == TK::Word {
        let w = c.w(k - 1);
        if is_cap(w)
            && !lx::is_title_head(w)
            && !role_word(w)
            && super::names::is_capitalized_modifier(w)
        {
            k -= 1;
        }
    }
    // ("the director of the institute, Dr Ana Lopes,": past an honorific after the comma,
    // the apposition closed by a comma: not "he did not trust the prime minister, Mr Brown
    // replied")
    let closed = c.ment[i].is_some_and(|_| {
        let e = c.mention_end(i);
        e + 1 < c.toks.len() && c.w(e + 1) == ","
    });
    if k >= 3 && c.ment[k - 1].is_none() && closed {
        let dot = usize::from(c.w(k - 1) == ".");
        if k >= 3 + dot && lx::is_honorific(c.w(k - 1 - dot)) && c.w(k - 2 - dot) == "," {
            k -= 1 + dot;
        }
    }
    let mut org = None;
    // "the Vice President, Ana Lopes," / "Another voice actor, Ana Lopes," : skip one comma
    let mut comma = false;
    // (or the name ends the sentence: "..., said Lorsk University's chancellor, Ana Lopes.")
    let enclosed = c.ment[i]
        .map(|_| {
            let e = c.mention_end(i);
            // (or by its saying, the apposition's closing comma left out: "A member of the
            // Parliament, Samir Dilou said")
            e + 1 >= c.toks.len()
                || matches!(c.w(e + 1), "," | "." | "!" | "?" | ";")
                || lx::is_speech_verb(c.w(e + 1))
                // (or a list of names goes on after a plural: "two astronauts, Ana Lopes and
                // Rui Vaz,")
                || (e + 2 < c.toks.len()
                    && i >= 2
                    && c.w(i - 1) == ","
                    && c.w(i - 2).ends_with('s')
                    && role_word(c.w(i - 2))
                    && c.w(e + 1) == "and"
                    && c.ment[e + 2].is_some_and(|m| c.is_person(&m)))
        })
        .unwrap_or(false)
        && (2..11).any(|b| {
            k >= b
                && (matches!(
                    c.w(k - b),
                    "the" | "The" | "a" | "A" | "an" | "An" | "another" | "Another" | "One"
                ) || count_word(c.w(k - b))
                    || c.toks[k - b].k == TK::Poss)
        });
    if enclosed && k >= 2 && c.w(k - 1) == "," && c.toks[k - 2].k == TK::Word {
        let pw = c.w(k - 2);
        // (or the title's organization: "the director of Amnesty International, Ana Lopes,")
        let org_before = c.ment[k - 2].is_some_and(|m| c.is_org(&m));
        // (or the place it is of: "the Archbishop of Gdańsk, Ana Lopes,", "the Mayor of
        // London, Ana Lopes,")
        let place_of_title = c.ment[k - 2]
            .is_some_and(|m| matches!(c.ents.kind(m.entity), crate::model::EntityKind::Place(_)))
            && {
                let ms = c.mention_start(k - 2);
                // (or a role word: "The mayor of Paris, Anne Hidalgo,")
                ms >= 2
                    && c.w(ms - 1) == "of"
                    && ((is_cap(c.w(ms - 2)) && lx::is_title_head(c.w(ms - 2)))
                        || role_word(c.w(ms - 2)))
            };
        if (is_cap(pw) && lx::is_title_head(pw)) || role_word(pw) || org_before || place_of_title {
            k -= 1;
            comma = true;
        }
    }
    // an organization right before the name: "of UNICEF Ana", "NATO Secretary-General Ana"
    let mut title_end = None; // token index (inclusive) of the title's last word
    let mut j = k;
    while j > 0 {
        let p = j - 1;
        if let Some(m) = c.ment[p] {
            if c.is_org(&m) && org.is_none() && title_end.is_none() {
                org = Some(m.entity);
                j = c.mention_start(p);
                // "director of Lorsk's Amnesty International": the place the body works in
                if j >= 2
                    && c.toks[j - 1].k == TK::Poss
                    && c.ment[j - 2].is_some_and(|m| {
                        matches!(c.ents.kind(m.entity), crate::model::EntityKind::Place(_))
                    })
                {
                    j = c.mention_start(j - 2);
                }
                // "deputy director of UNICEF", "Ambassador to the UN"
                while j > 0 && matches!(c.w(j - 1), "of" | "to" | "the" | "at" | "for") {
                    j -= 1;
                }
                continue;
            }
            // "the President of the United States Donald Trump", "Prime Minister of India Ana
            // Rao": the country the title is of, between the title and the name
            // (or a region's capitalized title: "First Minister of Scotland Nicola Sturgeon",
            // "Mayor of London Sadiq Khan")
            // (or a lower-case one of a post, "the governor of Alaska Sarah Palin",
            // "then-governor of Alaska Sarah Palin")
            let post_of = |tw: &str| {
                let post = tw
                    .strip_prefix("then-")
                    .or_else(|| tw.strip_prefix("ex-"))
                    .unwrap_or(tw);
                (is_cap(tw) && lx::is_title_head(tw))
                    || (!is_cap(post) && lx::is_title_head(&title_case(post)))
            };
            let any_place = matches!(c.ents.kind(m.entity), crate::model::EntityKind::Place(_))
                && (comma || {
                    let q = c.mention_start(p);
                    q >= 2 && c.w(q - 1) == "of" && post_of(c.w(q - 2))
                });
            if (any_place
                || matches!(
                    c.ents.kind(m.entity),
                    crate::model::EntityKind::Place(crate::model::PlaceKind::Country)
                ))
                && org.is_none()
                && title_end.is_none()
                && p + 1 == k
            {
                let mut q = c.mention_start(p);
                if q > 0 && c.w(q - 1) == "the" {
                    q -= 1;
                }
                if q >= 2
                    && c.w(q - 1) == "of"
                    && (post_of(c.w(q - 2)) || (comma && role_word(c.w(q - 2))))
                {
                    title_end = Some(q - 2);
                    j = q - 2;
                    continue;
                }
            }
            break;
        }
        let written = c.w(p);
        if c.toks[p].k != TK::Word {
            break;
        }
        // ("Ex-Prime Minister", "ex-President": the word after "ex-" decides; the title keeps
        // the prefix, which makes the role a former one below)
        // ("then-governor", "then-President": a post held at the time told, so a former one)
        let then = written
            .strip_prefix("then-")
            .or_else(|| written.strip_prefix("Then-"))
            .filter(|r| role_word(r) || lx::is_title_head(&title_case(r)));
        let w = written
            .strip_prefix("Ex-")
            .or_else(|| written.strip_prefix("ex-"))
            .filter(|r| is_cap(r) && (lx::is_title_head(r) || lx::is_title_mod(r)))
            .or(then)
            .unwrap_or(written);
        let cap_title = is_cap(w)
            && (lx::is_title_head(w) || lx::is_title_mod(w) || lx::is_title_complement(w));
        if title_end.is_none() {
            // ("fellow Spaniard Ana Silva": "fellow" says "also", and the nationality is no post)
            if w == "fellow" && p + 1 < i {
                break;
            }
            // ("announcing to journalists Ana Lopes remained alive": a plural after a
            // preposition is whom something was said to, not the name's title)
            let plural_object =
                !is_cap(w) && lx::singular(w) != w && p > 0 && matches!(c.w(p - 1), "to" | "told");
            if plural_object {
                break;
            }
            if (is_cap(w) && lx::is_title_head(w))
                || role_word(w)
                || (is_cap(w)
                    && lx::is_title_complement(w)
                    && p > 0
                    && matches!(c.w(p - 1), "of" | "the"))
            {
                title_end = Some(p);
                j = p;
                continue;
            }
            break;
        }
        // extend the title backwards; a title head before a lower-case title is another name's
        // ("Queen guitarist Ana Silva": a band), not part of this title
        let head_before_lower = lx::is_title_head(w)
            && !lx::is_title_mod(w)
            && !is_cap(c.w(j))
            && !matches!(c.w(j), "of" | "the" | "and");
        // "Assembly president Ana Silva", "Council President Rui Vaz": the last word of a body
        // named before stands for it
        if org.is_none()
            && c.ment[p].is_none()
            && is_cap(w)
            && lx::org_head(w).is_some()
            && (p == 0 || !is_cap(c.w(p - 1)))
            // (not a party, of which the news names several, nor a word inside the title:
            // "Police and Crime Commissioner")
            && w != "Party"
            && !matches!(c.w(p + 1), "and" | "of" | "&")
        {
            let at = c.toks[p].s;
            let upto = c.ents.mentions.partition_point(|m| m.span.start < at);
            let body_named = c.ents.mentions[..upto]
                .iter()
                .rev()
                .take(60)
                .find(|m| {
                    c.is_org(m)
                        && c.ents.list[m.entity]
                            .name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| last == w)
                        && c.ents.list[m.entity].name.contains(' ')
                })
                .map(|m| m.entity);
            if let Some(id) = body_named {
                org = Some(id);
                j = p + 1;
                break;
            }
        }
        // "Speaker of the House": "the" after "of" continues the title too
        let of_the = w == "the" && p > 1 && c.w(p - 1) == "of" && is_cap(c.w(p - 2));
        if (cap_title && !head_before_lower)
            || (matches!(w, "of" | "the" | "and")
                && p > 0
                && (is_cap(c.w(p - 1)) || of_the)
                && title_end.is_some())
        {
            j = p;
            continue;
        }
        if !is_cap(w) && !lx::is_function_word(w) && !is_former_word(w) && !lx::is_speech_verb(w) && !lx::is_plain_verb(w) && i - p <= 6
            && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
            && !w.ends_with("ed") && !w.ends_with("ly") && !matches!(w, "late" | "current" | "fellow")
            // ("Last year actor X": a time word ends the title's modifiers)
            && !lx::is_time_noun(w)
            && (!w.ends_with("ing") || matches!(w, "acting" | "ruling" | "incoming" | "outgoing" | "sitting" | "managing" | "leading" | "presiding" | "founding" | "reigning" | "governing" | "commanding" | "visiting" | "serving"))
        {
            // lower-case modifiers: "deputy", "public health", "federal"; before a capitalized
            // title only a title word or a role ("acting President", not "to consider President")
            let head = c.w(title_end.unwrap());
            // ("ex-Home Secretary": the word after "ex-" decides)
            let core = w.strip_prefix("ex-").unwrap_or(w);
            // (a role noun before a capitalized title is a title of its own: "presidential
            // candidate Senator Ted Cruz" is a Senator)
            // (but before an honorific the role is the title: "manager Sir Alex Ferguson")
            let fits = !is_cap(head)
                || w.ends_with("ing")
                || lx::is_title_mod(&title_case(core))
                || (lx::is_role_word(core) && lx::is_honorific(head));
            if fits && (role_word(head) || lx::is_role_word(w)) {
                j = p;
                continue;
            }
        }
        break;
    }
    let te = title_end?;
    // drop leading "of"/"the"/"and"
    let mut ts = j;
    while ts < te && matches!(c.w(ts), "of" | "the" | "and" | "to") {
        ts += 1;
    }
    // (and a number before a plural: "three journalists, A, B and C")
    if ts < te
        && (count_word(c.w(ts)) || matches!(c.w(ts), "both" | "several"))
        && c.w(te).ends_with('s')
    {
        ts += 1;
    }
    let is_former = |k: usize| is_former_word(c.w(k));
    let mut former = ts > 0 && is_former(ts - 1);
    // a name right before the title: an organization is the title's ("NATO Secretary-General",
    // "Lund University economist"); "former" before it, or before the place or person the role
    // is of, makes the role a former one ("former RFC Waalwijk coach", "former US President",
    // "former Trump adviser")
    // ("Economy and Labour Minister": a portfolio joined to another is the title's, no party)
    let portfolio = |p: usize| {
        c.ment[p].is_some()
            && lx::is_title_mod(c.w(p))
            && c.mention_start(p) == p
            && c.mention_end(p) == p
    };
    if ts >= 3
        && portfolio(ts - 1)
        && c.w(ts - 2) == "and"
        && is_cap(c.w(ts - 3))
        && lx::is_title_mod(c.w(ts - 3))
    {
        ts -= 3;
    } else if ts > 0 {
        let p = if c.toks[ts - 1].k == TK::Poss && ts >= 2 {
            ts - 2
        } else {
            ts - 1
        };
        if let Some(m) = c.ment[p] {
            if org.is_none() && c.is_org(&m) {
                org = Some(m.entity);
            }
            let ms = c.mention_start(p);
            former = former || (ms > 0 && is_former(ms - 1));
        }
    }
    let words: Vec<&str> = (ts..=te).map(|x| c.w(x)).collect();
    let mut title = words.join(" ");
    if title.is_empty() {
        return None;
    }
    // a sentence-initial capitalized role noun: "Economist Hana Sato"
    if words.len() == 1 && !lx::is_title_head(words[0]) && is_cap(words[0]) {
        title = words[0].to_lowercase();
    }
    let last = words.last().copied().unwrap_or("");
    let plural = last.ends_with('s')
        && !last.ends_with("ss")
        && !lx::is_honorific(last)
        && lx::singular(last) != last
        && (lx::is_title_head(&lx::singular(last))
            || lx::is_role_word(&lx::singular(last).to_lowercase()));
    if plural {
        let n = words.len();
        let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        ws[n - 1] = lx::singular(last);
        title = ws.join(" ");
    }
    if lx::is_kin_noun(&last.to_lowercase()) || lx::is_kin_noun(&lx::singular(&last.to_lowercase()))
    {
        return None;
    }
    let _ = comma;
    // "ex-foreign secretary", "now-former governor": a former role
    if let Some(rest) = ["ex-", "Ex-", "now-former ", "then-", "Then-"]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .filter(|r| !r.is_empty())
    {
        title = rest.to_string();
        former = true;
    }
    Some(Found {
        title,
        org,
        former,
        start: ts,
        plural,
    })
}

/// Parse an appositive/predicate phrase from token `s` (exclusive end `e`) into roles.
fn phrase_roles(c: &Ctx, s: usize, e: usize, _holder: EntityId, plural_ok: bool) -> Vec<Found> {
    // split on "and" + determiner/former
    let mut parts = Vec::new();
    // (and on a bare "and" between two titles, which share the organization and the time:
    // "the then chair and spokesperson for the party", "chairman and chief executive of Acme")
    let mut shared: Vec<(usize, usize)> = Vec::new();
    let mut st = s;
    let mut k = s;
    while k < e {
        if c.w(k) == "and"
            && k + 1 < e
            && matches!(c.w(k + 1), "a" | "an" | "the" | "former" | "later" | "now")
        {
            parts.push((st, k));
            st = k + 1;
        } else if c.w(k) == "and"
            && k > st
            && k + 1 < e
            && role_word(c.w(k - 1))
            && c.ment[k - 1].is_none()
            && c.ment[k + 1].is_none()
            && {
                let n1 = c.w(k + 1);
                role_word(n1)
                    || (k + 2 < e
                        && !lx::is_function_word(n1)
                        && c.ment[k + 2].is_none()
                        && role_word(c.w(k + 2)))
            }
        {
            parts.push((st, k));
            shared.push((st, k + 1));
            st = k + 1;
        }
        k += 1;
    }
    parts.push((st, e));
    let mut out = parts_roles(c, &parts, s, plural_ok);
    for (a, b) in shared {
        let (Some(i), Some(j)) = (
            out.iter().position(|f| f.start == a),
            out.iter().position(|f| f.start == b),
        ) else {
            continue;
        };
        if out[i].org.is_none() {
            out[i].org = out[j].org;
        } else if out[j].org.is_none() {
            // ("Acme chairman and chief architect Ana Silva")
            out[j].org = out[i].org;
        }
        if out[i].former {
            out[j].former = true;
        }
    }
    out
}

/// The role of each part of an appositive phrase (see `phrase_roles`).
fn parts_roles(c: &Ctx, parts: &[(usize, usize)], s: usize, plural_ok: bool) -> Vec<Found> {
    let mut out = Vec::new();
    for &(ps, pe) in parts {
        let mut former = false;
        let mut org = None;
        // the organization was a modifier of the title ("a UN rapporteur"): one named after
        // its preposition ("... for the UN human rights office") is the employer
        let mut org_modifier = false;
        let mut words: Vec<String> = Vec::new();
        let mut title_done = false;
        let mut k = ps;
        while k < pe {
            if let Some(m) = c.ment[k] {
                let me = c.mention_end(k);
                if c.is_org(&m) {
                    let after_prep = k > ps && {
                        let p = if c.w(k - 1) == "the" && k > ps + 1 {
                            k - 2
                        } else {
                            k - 1
                        };
                        matches!(c.w(p), "for" | "at" | "of")
                    };
                    // (not a modifier itself: "a BBC reporter at the World Bank meeting")
                    let modifies = me + 1 < c.toks.len() && c.toks[me + 1].k == TK::Word && {
                        let n = c.w(me + 1);
                        !is_cap(n)
                            && !lx::is_function_word(n)
                            && !matches!(n, "who" | "which" | "that")
                    };
                    // ("spokeswoman for the Trump administration's Department of Justice": the
                    // body the possessor has is the employer)
                    let possessed = k >= 2
                        && c.toks[k - 1].k == TK::Poss
                        && c.ment[k - 2].is_some_and(|p| Some(p.entity) == org && c.is_org(&p));
                    if org.is_none() {
                        org_modifier = !title_done && !after_prep;
                        org = Some(m.entity);
                    } else if possessed {
                        org = Some(m.entity);
                    } else if org_modifier && title_done && after_prep && !modifies {
                        org_modifier = false;
                        org = Some(m.entity);
                    }
                }
                if c.is_person(&m) {
                    // "one of President Ana Silva's aides": words so far were that person's title
                    // (but "a lawyer representing Ana Silva": the title came before the person and
                    // a participle)
                    let participle = k > ps && {
                        let w = c.w(k - 1);
                        w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")) && !is_cap(w)
                    };
                    if participle && !(me + 1 < pe && c.toks[me + 1].k == TK::Poss) {
                        title_done = true;
                    } else {
                        words.clear();
                    }
                }
                k = me + 1;
                // a possessive after a person or org ("Rui Vaz's aides")
                if k < pe && c.toks[k].k == TK::Poss {
                    k += 1;
                }
                continue;
            }
            let w = c.w(k);
            if c.toks[k].k != TK::Word {
                k += 1;
                continue;
            }
            match w {
                "a" | "an" | "the" | "one" | "another" | "its" | "his" | "her" | "their"
                | "now" | "currently" | "current" | "also" | "still" | "see" | "late" => {
                    k += 1;
                    continue;
                }
                // ("Ana Silva, Mr Vaz and Mr King": an honorific opens a name, not a title)
                // (but "Mr Vaz's former deputy": a possessor, see below)
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr." => {
                    if !(k + 2 < pe && c.toks[k + 2].k == TK::Poss) {
                        words.clear();
                        title_done = true;
                    }
                    k += 1;
                    continue;
                }
                _ if w.ends_with("ly") && !is_cap(w) => {
                    k += 1;
                    continue;
                }
                "former" | "then" | "ex" => {
                    former = true;
                    k += 1;
                    continue;
                }
                _ => {}
            }
            if matches!(
                w,
                "of" | "at"
                    | "for"
                    | "with"
                    | "in"
                    | "to"
                    | "on"
                    | "from"
                    | "against"
                    | "until"
                    | "since"
            ) {
                // "Speaker of the House", "Secretary of State"
                if w == "of"
                    && words
                        .last()
                        .map(|l| is_cap(l) && lx::is_title_head(l))
                        .unwrap_or(false)
                {
                    let mut q = k + 1;
                    if q < pe && c.w(q) == "the" {
                        q += 1;
                    }
                    if q < pe && lx::is_title_complement(c.w(q)) && !title_done {
                        words.push(format!(
                            "{} {}",
                            &c.body[c.toks[k].s..c.toks[q].s].trim_end(),
                            c.w(q)
                        ));
                        k = q + 1;
                        title_done = true;
                        continue;
                    }
                }
                // "deputy chief of staff", "head of state": a chief's or a head's domain in
                // lower case
                if w == "of"
                    && !title_done
                    && words.last().is_some_and(|l| {
                        l.eq_ignore_ascii_case("chief") || l.eq_ignore_ascii_case("head")
                    })
                    && k + 1 < pe
                    && matches!(
                        c.w(k + 1),
                        "staff"
                            | "state"
                            | "government"
                            | "police"
                            | "defence"
                            | "defense"
                            | "mission"
                            | "security"
                            | "communications"
                            | "operations"
                    )
                {
                    let l = words.pop().unwrap_or_default();
                    words.push(format!("{l} of {}", c.w(k + 1)));
                    k += 2;
                    title_done = true;
                    continue;
                }
                title_done = true;
                k += 1;
                continue;
            }
            if title_done {
                k += 1;
                continue;
            }
            // "Silva's lawyer": a possessor is not part of the title
            if k + 1 < pe && c.toks[k + 1].k == TK::Poss {
                words.clear();
                k += 2;
                continue;
            }
            if gazetteer::is_adjective(w)
                || c.toks[k].k == TK::Num
                || matches!(w, "based" | "led" | "born")
            {
                k += 1;
                continue;
            }
            // ("South Sudanese", "North Korean": a compass word before a nationality is part of it)
            if k + 1 < pe
                && (gazetteer::is_adjective(&format!("{} {}", w, c.w(k + 1)))
                    || (matches!(w, "South" | "North" | "East" | "West" | "Central")
                        && gazetteer::is_adjective(c.w(k + 1))))
            {
                k += 2;
                continue;
            }
            if w.ends_with("-old") || w.ends_with("-century") {
                k += 1;
                continue;
            }
            words.push(w.to_string());
            k += 1;
        }
        // the title ends with its last role word
        let Some(li) = words.iter().rposition(|w| {
            role_word(w) || (is_cap(w) && lx::is_title_head(w)) || w.contains(" of ")
        }) else {
            continue;
        };
        words.truncate(li + 1);
        // keep at most four words, none of them a joining word first ("a QC and law professor")
        if words.len() > 4 {
            let n = words.len();
            words.drain(..n - 4);
        }
        while words.len() > 1 && matches!(words[0].as_str(), "and" | "or" | "of" | "the") {
            words.remove(0);
        }
        // a superlative judges, it is no part of the post ("the most brilliant scientist", "the
        // best player in the league")
        if let Some(i) = words.iter().rposition(|w| {
            matches!(
                w.as_str(),
                "most" | "least" | "best" | "worst" | "greatest" | "finest" | "biggest"
            )
        }) {
            let adjective = matches!(words[i].as_str(), "most" | "least") && i + 2 < words.len();
            words.drain(..i + 1 + adjective as usize);
            if words.is_empty() {
                continue;
            }
        }
        let last = words.last().unwrap().clone();
        if lx::is_kin_noun(&last.to_lowercase()) || lx::is_kin_noun(&lx::singular(&last)) {
            continue;
        }
        if !last.contains(' ')
            && !lx::is_role_word(&last.to_lowercase())
            && !lx::is_title_head(&last)
        {
            // a bare plural names other people, not this one ("Ana Silva, protesters in Lagos,
            // and ..."), unless the phrase says so ("one of the founders", "both lawyers", "who
            // serve as chairmen")
            let group = plural_ok
                || (s..pe).any(|x| {
                    matches!(
                        c.w(x),
                        "both" | "all" | "each" | "among" | "two" | "three" | "four"
                    )
                });
            if lx::singular(&last) != last && !group {
                continue;
            }
            let n = words.len();
            words[n - 1] = lx::singular(&last);
        }
        let title = words.join(" ");
        out.push(Found {
            title,
            org,
            former,
            start: ps,
            plural: false,
        });
    }
    out
}

/// End of an appositive phrase starting at `s`: the next comma, stop mark or clause word.
/// "presidential candidate Senator Ana Silva", "lead author Professor Rui Vaz": a role noun
/// (and a modifier before it) right before the capitalized title opening at `st`, a post of its
/// own; "former" past a place's name before it ("former US presidential candidate").
fn role_noun_before(c: &Ctx, st: usize) -> Option<Found> {
    let fits = st >= 1
        && is_cap(c.w(st))
        && !lx::is_honorific(c.w(st))
        && lx::is_role_word(c.w(st - 1))
        && !is_cap(c.w(st - 1))
        && c.w(st - 1) != "fellow";
    if !fits {
        return None;
    }
    let mut k = st - 1;
    let modifier = |w: &str| {
        w.ends_with("al")
            || lx::is_role_word(w)
            || matches!(
                w,
                "lead" | "chief" | "senior" | "deputy" | "assistant" | "associate"
            )
    };
    if k >= 1
        && !is_cap(c.w(k - 1))
        && c.toks[k - 1].k == TK::Word
        && !lx::is_function_word(c.w(k - 1))
        && !is_former_word(c.w(k - 1))
        && modifier(c.w(k - 1))
    {
        k -= 1;
    }
    let title: Vec<&str> = (k..st).map(|x| c.w(x)).collect();
    Some(Found {
        title: title.join(" "),
        org: None,
        former: (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&x| is_cap(c.w(x)) || is_former_word(c.w(x)))
            .any(|x| is_former_word(c.w(x))),
        start: k,
        plural: false,
    })
}

/// The name at token `a` ends a fronted phrase as a preposition's object, past its title ("At
/// the request of Prime Minister Ana Ruiz, ..."): the sentence opens with a preposition and
/// holds no comma before the name. (Not "In the blog post Ana Ruiz, the ...", a subject.)
fn ends_fronted_phrase(c: &Ctx, a: usize) -> bool {
    let mut k = a;
    while k > 0 && !matches!(c.w(k - 1), "." | "!" | "?" | "\n") {
        k -= 1;
    }
    let opens = matches!(
        c.w(k),
        "Per"
            | "At"
            | "In"
            | "On"
            | "After"
            | "Before"
            | "Following"
            | "Under"
            | "With"
            | "For"
            | "From"
            | "By"
            | "Upon"
            | "Despite"
            | "Unlike"
            | "Like"
            | "According"
            | "Amid"
    );
    if !opens || (k..a).any(|q| c.w(q) == ",") {
        return false;
    }
    let mut q = a;
    while q > k && is_cap(c.w(q - 1)) {
        q -= 1;
    }
    q > k
        && matches!(
            c.w(q - 1),
            "of" | "to" | "by" | "with" | "for" | "from" | "at" | "in" | "on"
        )
}

fn phrase_end(c: &Ctx, s: usize) -> usize {
    let mut k = s;
    while k < c.toks.len() {
        let w = c.w(k);
        if c.toks[k].k == TK::Punct && !matches!(w, "-" | "&" | "/") {
            break;
        }
        if matches!(
            w,
            "who"
                | "which"
                | "that"
                | "said"
                | "says"
                | "told"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "wrote"
                | "tweeted"
                | "added"
                | "urged"
                // (a clause of its own: "became leader after Theresa May stepped down")
                | "after"
                | "before"
                | "under"
                | "when"
                | "while"
                | "until"
                | "because"
                | "although"
                | "whereas"
        ) || (k > s && lx::is_speech_verb(w))
        {
            break;
        }
        // ("Ana Lopes, the Information Minister paid tribute to ...": an apposition without its
        // closing comma ends at a verb in the past right after the title's head)
        if k > s + 1
            && past_verb(w)
            && (role_word(c.w(k - 1)) || (is_cap(c.w(k - 1)) && lx::is_title_head(c.w(k - 1))))
        {
            break;
        }
        k += 1;
    }
    k
}

/// Token ti is "he" or "she" opening its sentence, or after a fronted phrase of time ("In
/// 2003, he ..."), before a verb that can give a post.
fn pronoun_subject(c: &Ctx, ti: usize) -> bool {
    if !matches!(c.w(ti), "He" | "She" | "he" | "she") || ti + 1 >= c.toks.len() {
        return false;
    }
    let verb = matches!(
        c.w(ti + 1),
        "served" | "serves" | "became" | "was" | "is" | "took" | "worked" | "works" | "has" | "had"
    ) || post_adverb(c.w(ti + 1));
    // (or after "during which", "in which": a time the sentence has set)
    let opens = ti == 0
        || matches!(c.w(ti - 1), "." | "!" | "?")
        || (ti >= 2 && c.w(ti - 1) == "which" && matches!(c.w(ti - 2), "during" | "in"))
        || {
            // ("In 2003 and 2004, he", "Later, she": a fronted phrase of a few words)
            // ("From 1967 to 1995 he", a time of years, may go without its comma)
            let comma = ti >= 2 && c.w(ti - 1) == ",";
            let end = if comma { ti - 1 } else { ti };
            let start = (ti.saturating_sub(8)..end)
                .rev()
                .find(|&k| k == 0 || matches!(c.w(k - 1), "." | "!" | "?"));
            start.is_some_and(|k| {
                let first = c.w(k).to_lowercase();
                let years = (k..end).any(|x| c.toks[x].k == TK::Num);
                matches!(
                    first.as_str(),
                    "in" | "on"
                        | "from"
                        | "after"
                        | "before"
                        | "during"
                        | "between"
                        | "later"
                        | "since"
                        | "by"
                        | "until"
                        | "then"
                        | "eventually"
                        | "previously"
                        | "earlier"
                ) && (k..end).all(|x| c.toks[x].k != TK::Punct)
                    && (comma || years)
                    && k < end
            })
        };
    verb && opens
}

/// An adverb between a subject and the verb that gives a post: "he twice served as", "she
/// later became".
fn post_adverb(w: &str) -> bool {
    matches!(
        w,
        "twice" | "briefly" | "once" | "previously" | "subsequently" | "later" | "also" | "then"
    )
}

/// A verb in the past, as news prose tells what someone did: "paid", "met", "visited".
fn past_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()) && !role_word(w))
        || matches!(
            w,
            "paid"
                | "met"
                | "gave"
                | "made"
                | "took"
                | "led"
                | "said"
                | "went"
                | "came"
                | "left"
                | "sent"
                | "held"
                | "won"
                | "lost"
                | "spoke"
                | "wrote"
                | "told"
                | "saw"
                | "got"
                | "ran"
                | "found"
                | "became"
                | "began"
                | "brought"
                | "kept"
                | "put"
                | "set"
        )
}

pub fn extract(doc: &Doc, ents: &mut Entities) -> Vec<Role> {
    let body = doc.body;
    let mut out: Vec<Role> = Vec::new();
    let mut seen: BTreeSet<(EntityId, String, Option<EntityId>)> = BTreeSet::new();
    let mut push = |out: &mut Vec<Role>, holder: EntityId, f: &Found, ev: Span| {
        // honorifics are no positions: "Mr", "Sir"; "Commissioner Sir" is a commissioner
        let mut f = Found {
            title: f.title.clone(),
            org: f.org,
            former: f.former,
            start: f.start,
            plural: f.plural,
        };
        loop {
            let t = f.title.trim();
            let last = t.rsplit(' ').next().unwrap_or("");
            // "First Lady" and "Second Lady" are positions
            let fixed = t.len() > last.len()
                && matches!(
                    t[..t.len() - last.len()].trim_end().rsplit(' ').next(),
                    Some("First" | "Second")
                );
            if lx::is_honorific(last) && !fixed {
                f.title = t[..t.len() - last.len()].trim_end().to_string();
            } else {
                break;
            }
        }
        // ("Sen. Ana Ruiz" is a senator)
        f.title = lx::title_written_in_full(&f.title);
        let f = &f;
        let key = (holder, title_head(&f.title), f.org);
        if f.title.trim().is_empty() || !seen.insert(key) {
            return;
        }
        out.push(Role {
            holder,
            title: f.title.clone(),
            organization: f.org,
            former: f.former,
            evidence: ev,
        });
    };
    let all_toks = &doc.tokens;
    for (_bi, toks) in all_toks.iter() {
        let toks = toks.as_slice();
        if toks.is_empty() {
            continue;
        }
        let mut ment = vec![None; toks.len()];
        let bs = toks[0].s;
        let be = toks[toks.len() - 1].e;
        let lo = ents.mentions.partition_point(|m| m.span.start < bs);
        for m in ents.mentions[lo..].iter().take_while(|m| m.span.start < be) {
            let mut ti = toks.partition_point(|t| t.s < m.span.start);
            while ti < toks.len() && toks[ti].e <= m.span.end {
                ment[ti] = Some(*m);
                ti += 1;
            }
        }
        let c = Ctx {
            body,
            toks: &toks,
            ents,
            ment,
        };
        // person mentions in order: (first token, last token, entity)
        let mut pm: Vec<(usize, usize, EntityId, bool)> = Vec::new();
        let mut ti = 0;
        while ti < toks.len() {
            if let Some(m) = c.ment[ti] {
                let e = c.mention_end(ti);
                if c.is_person(&m) {
                    // ("Ana Silva of Ohio, the party's nominee,", "Ana Silva of Acme, a
                    // researcher,": the apposition past the place or body the person is of)
                    let of_named = (e + 3 < toks.len() && c.w(e + 1) == "of")
                        .then(|| c.ment[e + 2])
                        .flatten()
                        .filter(|p| {
                            matches!(
                                c.ents.kind(p.entity),
                                EntityKind::Place(_) | EntityKind::Organization(_)
                            )
                        })
                        .map(|_| c.mention_end(e + 2))
                        .filter(|&pe| pe + 1 < toks.len() && c.w(pe + 1) == ",");
                    pm.push((ti, of_named.unwrap_or(e), m.entity, false));
                }
                ti = e + 1;
            } else {
                // "He served as chair of X", "In 2003, she became mayor": a pronoun opening its
                // clause, before a verb that gives a post, holds it for the person it stands for
                // (only the predicates below are read for it)
                // ("Mugabe ruled Zimbabwe, serving as its first prime minister": a participle after
                // a comma gives the post of the person the clause opened with)
                if ti + 2 < toks.len()
                    && c.w(ti) == ","
                    && c.w(ti + 1) == "serving"
                    && c.w(ti + 2) == "as"
                {
                    let mut q = ti;
                    let mut holder = None;
                    while q > 0 && !matches!(c.w(q - 1), "." | "!" | "?" | ";") {
                        q -= 1;
                        if let Some(m) = c.ment[q].filter(|m| c.is_person(m)) {
                            holder = Some(m.entity);
                        }
                    }
                    if let Some(h) = holder {
                        pm.push((ti, ti, h, true));
                    }
                }
                if pronoun_subject(&c, ti) {
                    let named = super::resolve::person_before(doc, c.ents, toks[ti].s);
                    let near = named.is_some_and(|id| {
                        c.ents.list[id]
                            .mentions
                            .iter()
                            .any(|m| m.end <= toks[ti].s && toks[ti].s - m.end <= 600)
                    });
                    if let (Some(id), true) = (named, near) {
                        pm.push((ti, ti, id, true));
                    }
                }
                ti += 1;
            }
        }
        let mut list_role: Option<(usize, Found)> = None; // (end token of last holder, role)
        for (idx, &(a, b, holder, pro)) in pm.iter().enumerate() {
            if !pro {
                // list continuation of a plural title: "Representatives A, B, and C"
                if let Some((pe, f)) = &list_role {
                    let between: Vec<&str> = (pe + 1..a).map(|k| c.w(k)).collect();
                    if matches!(between.as_slice(), [","] | ["and"] | [",", "and"]) {
                        let ev = Span::new(toks[*pe].e.min(toks[a].s), toks[b].e);
                        let g = Found {
                            title: f.title.clone(),
                            org: f.org,
                            former: f.former,
                            start: a,
                            plural: true,
                        };
                        push(&mut out, holder, &g, Span::new(toks[a].s, ev.end));
                        list_role = Some((b, g));
                    } else {
                        list_role = None;
                    }
                }
                // "the Syrian Army, whose commander-in-chief is President Ana Silva"
                let mut a0 = a;
                while a0 > 0
                    && c.toks[a0 - 1].k == TK::Word
                    && is_cap(c.w(a0 - 1))
                    && (lx::is_title_head(c.w(a0 - 1)) || lx::is_title_mod(c.w(a0 - 1)))
                {
                    a0 -= 1;
                }
                if a0 >= 3 && matches!(c.w(a0 - 1), "is" | "was") {
                    let mut q = a0 - 2;
                    let mut words = Vec::new();
                    while q > 0
                        && c.toks[q].k == TK::Word
                        && c.w(q) != "whose"
                        && words.len() < 4
                        && c.ment[q].is_none()
                    {
                        words.push(c.w(q));
                        q -= 1;
                    }
                    if c.w(q) == "whose" && !words.is_empty() && role_word(words[0]) {
                        words.reverse();
                        let mut o = q;
                        while o > 0 && c.toks[o - 1].k == TK::Punct {
                            o -= 1;
                        }
                        let org = if o > 0 {
                            c.ment[o - 1].filter(|m| c.is_org(m)).map(|m| m.entity)
                        } else {
                            None
                        };
                        if org.is_some() {
                            let f = Found {
                                title: words.join(" "),
                                org,
                                former: c.w(a0 - 1) == "was",
                                start: q,
                                plural: false,
                            };
                            push(
                                &mut out,
                                holder,
                                &f,
                                Span::new(toks[o.saturating_sub(1)].s, toks[b].e),
                            );
                        }
                    }
                }
                // (a plural right before one name is no title of it: "the number of judges
                // Hammons favors"; but "senators Ana Lopes and Rui Vaz", "two astronauts, Ana
                // Lopes and Rui Vaz")
                // (past what the name is of: "Senators Ana Lopes of Utah, Rui Vaz of Ohio")
                let listed = |f: &Found| {
                    let mut q = c.mention_end(a) + 1;
                    if q + 1 < toks.len() && c.w(q) == "of" {
                        q += 1 + usize::from(c.w(q + 1) == "the");
                        if q < toks.len() && c.ment[q].is_some() {
                            q = c.mention_end(q) + 1;
                        }
                    }
                    !f.plural
                        || c.w(a - 1) == ","
                        || (q < toks.len() && matches!(c.w(q), "and" | "," | "&" | "or"))
                };
                if let Some(mut f) = title_before(&c, a).filter(listed) {
                    if let Some(role) = role_noun_before(&c, f.start) {
                        push(
                            &mut out,
                            holder,
                            &role,
                            Span::new(toks[role.start].s, toks[b].e),
                        );
                    }
                    let mut ev = Span::new(toks[f.start].s, toks[b].e);
                    // "presidential candidate Ana Silva of the Green Party": the organization after
                    // (after the person's name, not past an apposition's body: `b`)
                    // (or in an apposition: "Det Supt Ana Silva, of Kent Police, said")
                    let pe = c.mention_end(a);
                    let of = if pe + 1 < toks.len() && c.w(pe + 1) == "," {
                        pe + 2
                    } else {
                        pe + 1
                    };
                    if f.org.is_none() && of + 1 < toks.len() && c.w(of) == "of" {
                        let o = if c.w(of + 1) == "the" { of + 2 } else { of + 1 };
                        if let Some(m) = c.ment.get(o).copied().flatten().filter(|m| c.is_org(m)) {
                            f.org = Some(m.entity);
                            ev = Span::new(ev.start, toks[c.mention_end(o)].e);
                        }
                    }
                    // "Acme President and CEO Ana Silva", "Chairman and Chief Executive Rui Vaz": two
                    // titles joined by "and", each a title's head, are two roles of one employer (not
                    // "Minister of Trade and Industry", a portfolio)
                    let split = f.title.split_once(" and ").filter(|(first, second)| {
                        let first_last = first.rsplit(' ').next().unwrap_or("");
                        let second_last = second.rsplit(' ').next().unwrap_or("");
                        // (not a portfolio, "Justice and Home Affairs Commissioner", nor a royal
                        // after "and", who is another person: "the Queen and Prince Philip")
                        let royal = |w: &str| {
                            lx::is_royal_title(w)
                                || matches!(w, "Duke" | "Duchess")
                                || lx::is_honorific(w)
                        };
                        is_cap(first_last)
                            && lx::is_title_head(first_last)
                            && !lx::is_title_mod(first_last)
                            && !first.contains(" of ")
                            && lx::is_title_head(second_last)
                            && !royal(first_last)
                            && !royal(second.split(' ').next().unwrap_or(""))
                    });
                    if let Some((first, second)) = split {
                        for title in [first, second] {
                            push(
                                &mut out,
                                holder,
                                &Found {
                                    title: title.to_string(),
                                    ..f.clone()
                                },
                                ev,
                            );
                        }
                    } else {
                        push(&mut out, holder, &f, ev);
                    }
                    // "Former FBI agent and author Ana Silva": a second title, before "and", with its
                    // own organization and time
                    let st = f.start;
                    // (two lower-case titles, the first singular: not "the prime minister and
                    // Chancellor Ana Silva", "sprinters and coach Rui Vaz", two people or more)
                    let plural = |w: &str| !w.ends_with("ss") && lx::singular(w) != w;
                    // (a capitalized second title too where an organization opens the first, with
                    // no article: "Conservative Party leader and Prime Minister Boris Johnson")
                    let org_opens = st >= 3 && c.ment[st - 3].is_some_and(|m| c.is_org(&m)) && {
                        let os = c.mention_start(st - 3);
                        os == 0 || !matches!(c.w(os - 1), "the" | "The" | "a" | "A")
                    };
                    // (or past a name that modifies the title: "Trump loyalist", where the title
                    // found opens at "loyalist")
                    let named_st = (st >= 1 && c.ment[st - 1].is_some() && !is_cap(c.w(st)))
                        .then(|| c.mention_start(st - 1));
                    let name_modifies = named_st.is_some();
                    let mut st = named_st.unwrap_or(st);
                    // (and past "retired" before it: "adviser and retired general Rui Vaz")
                    if st >= 1 && matches!(c.w(st - 1), "retired" | "former") {
                        st -= 1;
                    }
                    // (or "and" after a comma: "singer, actor, and activist Ana Silva")
                    let and_at = st.checked_sub(1).filter(|&k| c.w(k) == "and");
                    let prev_end = match and_at {
                        Some(k) if k >= 1 && c.w(k - 1) == "," => k - 1,
                        Some(k) => k,
                        None => 0,
                    };
                    if and_at.is_some()
                        && prev_end >= 1
                        && c.ment[prev_end - 1].is_none()
                        && role_word(c.w(prev_end - 1))
                        && !is_cap(c.w(prev_end - 1))
                        && !plural(c.w(prev_end - 1))
                        && (!is_cap(c.w(st)) || org_opens || name_modifies)
                    {
                        // (not the object of a preposition: "the ticket of Ana Silva for president and
                        // podcaster Tom Berg")
                        let object = |g: &Found| {
                            g.start > 0 && matches!(c.w(g.start - 1), "for" | "as" | "against")
                        };
                        // (after a name that opens the second title, the first has no article:
                        // "businessman and Trump loyalist Ana Silva", not "the mayor and Labour
                        // MP Ana Silva", two people)
                        let bare = |g: &Found| {
                            !is_cap(c.w(st))
                                || org_opens
                                || g.start == 0
                                || !matches!(
                                    c.w(g.start - 1),
                                    "the" | "The" | "a" | "A" | "an" | "An"
                                )
                        };
                        if let Some(g) =
                            title_before(&c, prev_end).filter(|g| !object(g) && bare(g))
                        {
                            // (and the titles before it, each after a comma: "singer, actor and
                            // activist Ana Silva")
                            let mut first = g.start;
                            push(&mut out, holder, &g, Span::new(toks[g.start].s, toks[b].e));
                            for _ in 0..3 {
                                if first < 2
                                    || c.w(first - 1) != ","
                                    || c.ment[first - 2].is_some()
                                    || !role_word(c.w(first - 2))
                                    || is_cap(c.w(first - 2))
                                    || plural(c.w(first - 2))
                                {
                                    break;
                                }
                                match title_before(&c, first - 1).filter(|g| !object(g)) {
                                    Some(h) => {
                                        first = h.start;
                                        push(
                                            &mut out,
                                            holder,
                                            &h,
                                            Span::new(toks[h.start].s, toks[b].e),
                                        );
                                    }
                                    None => break,
                                }
                            }
                        }
                    }
                    if f.plural {
                        list_role = Some((b, f));
                    }
                }
                // ", who heads the Lorsk Institute,", ", who founded Acme,": the post the verb names,
                // at the organization right after it (former where the verb is in the past)
                if b + 4 < toks.len() && c.w(b + 1) == "," && c.w(b + 2) == "who" {
                    let post = match c.w(b + 3) {
                        "heads" => Some(("head", false)),
                        "headed" => Some(("head", true)),
                        "leads" => Some(("leader", false)),
                        "led" => Some(("leader", true)),
                        "chairs" => Some(("chair", false)),
                        "chaired" => Some(("chair", true)),
                        "directs" => Some(("director", false)),
                        "directed" => Some(("director", true)),
                        "manages" => Some(("manager", false)),
                        "managed" => Some(("manager", true)),
                        "founded" => Some(("founder", false)),
                        "co-founded" => Some(("co-founder", false)),
                        _ => None,
                    };
                    let at = if c.w(b + 4) == "the" { b + 5 } else { b + 4 };
                    // (the organization ends the phrase: not "the Commons trade committee")
                    let org = c
                        .ment
                        .get(at)
                        .copied()
                        .flatten()
                        .filter(|m| c.is_org(m))
                        .filter(|_| {
                            let e = c.mention_end(at);
                            e + 1 >= toks.len()
                                || c.toks[e + 1].k != TK::Word
                                || matches!(
                                    c.w(e + 1),
                                    "in" | "since"
                                        | "from"
                                        | "and"
                                        | "for"
                                        | "until"
                                        | "at"
                                        | "with"
                                        | "when"
                                        | "before"
                                        | "after"
                                )
                        });
                    if let (Some((title, former)), Some(m)) = (post, org) {
                        let f = Found {
                            title: title.to_string(),
                            org: Some(m.entity),
                            former,
                            start: a,
                            plural: false,
                        };
                        push(
                            &mut out,
                            holder,
                            &f,
                            Span::new(toks[a].s, toks[c.mention_end(at)].e),
                        );
                    }
                }
                // appositive: ", a professor at X"; ", who was Y's envoy"
                // (or a relative clause without its comma: "Mike Pompeo who is the secretary
                // of state")
                let open = if b + 2 < toks.len() && c.w(b + 1) == "," {
                    Some(b + 2)
                } else if b + 3 < toks.len()
                    && c.w(b + 1) == "who"
                    && matches!(c.w(b + 2), "is" | "was" | "serves" | "served" | "remains")
                    // (not a cleft: "It is Ana Ruiz who is the extremist")
                    && !(a > 0 && matches!(c.w(a - 1), "is" | "was" | "not"))
                {
                    Some(b + 1)
                } else {
                    None
                };
                if let Some(s0) = open {
                    let mut s = s0;
                    // ("Ana Ruiz, 45, a teacher from Lima,": past the age)
                    if s + 2 < toks.len()
                        && c.toks[s].k == TK::Num
                        && c.w(s).len() <= 3
                        && c.w(s + 1) == ","
                    {
                        s += 2;
                    }
                    // (", who succeeded him as Foreign Secretary": the post taken from another)
                    if c.w(s) == "who"
                        && s + 3 < toks.len()
                        && matches!(c.w(s + 1), "succeeded" | "replaced")
                    {
                        let obj_end = if matches!(c.w(s + 2), "him" | "her" | "them") {
                            Some(s + 2)
                        } else {
                            c.ment[s + 2]
                                .filter(|m| c.is_person(m))
                                .map(|_| c.mention_end(s + 2))
                        };
                        if let Some(oe) =
                            obj_end.filter(|&oe| oe + 1 < toks.len() && c.w(oe + 1) == "as")
                        {
                            s = oe + 2;
                        }
                    }
                    if c.w(s) == "who"
                        && s + 1 < toks.len()
                        && matches!(c.w(s + 1), "is" | "was" | "serves" | "served" | "remains")
                    {
                        s += 2;
                        // ("who was elected mayor of Lima", "who was sworn in as governor")
                        if s + 1 < toks.len()
                            && matches!(c.w(s), "elected" | "appointed" | "named" | "re-elected")
                        {
                            s += 1;
                        } else if s + 3 < toks.len() && c.w(s) == "sworn" && c.w(s + 1) == "in" {
                            s += 2;
                        }
                        if s < toks.len() && c.w(s) == "as" {
                            s += 1;
                        }
                    }
                    // ", formerly the mayor of X,", ", then the Prime Minister": a former role
                    let formerly = s + 1 < toks.len()
                        && matches!(c.w(s), "formerly" | "previously" | "then")
                        && matches!(c.w(s + 1), "a" | "an" | "the");
                    if formerly {
                        s += 1;
                    }
                    // (", then-Governor Tom Berg's deputy chief of staff,": a possessor's post at
                    // the time, held no longer)
                    let then_possessor = !formerly
                        && c.w(s).starts_with("then-")
                        && (s + 1..(s + 6).min(toks.len())).any(|q| c.toks[q].k == TK::Poss);
                    let formerly = formerly || then_possessor;
                    // (also after "also", and a possessor's kin then a post: ", his wife and the
                    // chairwoman of X,")
                    if s + 1 < toks.len()
                        && c.w(s) == "also"
                        && matches!(c.w(s + 1), "a" | "an" | "the")
                    {
                        s += 1;
                    }
                    let kin_then_post = matches!(c.w(s), "his" | "her" | "their")
                        && s + 3 < toks.len()
                        && lx::is_kin_noun(c.w(s + 1))
                        && c.w(s + 2) == "and"
                        && matches!(c.w(s + 3), "a" | "an" | "the");
                    if kin_then_post {
                        s += 3;
                    }
                    let det_ok = matches!(c.w(s), "a" | "an" | "the" | "former" | "one" | "another")
                            || then_possessor
                            || role_word(c.w(s))
                            || (c.toks[s].k == TK::Word
                                && !lx::is_function_word(c.w(s))
                                && !is_cap(c.w(s))
                                && s + 1 < toks.len()
                                && role_word(c.w(s + 1)))
                            || c.ment[s]
                                .map(|m| c.is_org(&m) || c.is_person(&m))
                                .unwrap_or(false)
                            // (a place's post: "Ana Silva, Ohio's governor,")
                            || c.ment[s].is_some_and(|m| {
                                matches!(c.ents.kind(m.entity), EntityKind::Place(_)) && {
                                    let e = c.mention_end(s);
                                    e + 2 < toks.len()
                                        && c.toks[e + 1].k == TK::Poss
                                        && role_word(c.w(e + 2))
                                }
                            })
                            || (is_cap(c.w(s)) && lx::is_title_head(c.w(s)))
                            // ("who succeeded him as Foreign Secretary")
                            || (is_cap(c.w(s))
                                && lx::is_title_mod(c.w(s))
                                && s + 1 < toks.len()
                                && is_cap(c.w(s + 1))
                                && lx::is_title_head(c.w(s + 1)))
                            // ("Ana Ruiz, US sport columnist from ESPN,": a country or a
                            // nationality before the title, no article)
                            || ((c.ment[s].is_some_and(|m| {
                                matches!(
                                    c.ents.kind(m.entity),
                                    crate::model::EntityKind::Place(crate::model::PlaceKind::Country)
                                )
                            }) || super::gazetteer::is_adjective(c.w(s)))
                                && (s + 1..(s + 4).min(toks.len())).any(|q| role_word(c.w(q))));
                    let one_of = c.w(s) == "one" && s + 1 < toks.len() && c.w(s + 1) == "of";
                    // "A, B and C": a person named right after the comma starts a list of names,
                    // not an appositive (unless possessive: "A, B's adviser").
                    let list_of_names = c.ment[s]
                        .filter(|m| c.is_person(m))
                        .map(|m| !c.body[m.span.end..].starts_with(['\'', '\u{2019}']))
                        .unwrap_or(false);
                    if det_ok
                        && !list_of_names
                        && !(c.w(s) == "the"
                            && s + 1 < toks.len()
                            && c.ment[s + 1].map(|m| c.is_person(&m)).unwrap_or(false))
                    {
                        let s2 = if one_of { s + 2 } else { s };
                        let e = phrase_end(&c, s2);
                        // ("A, Labour MP (Member of Parliament) B, and C": the title of the next
                        // name in a list, its gloss in brackets, is no appositive)
                        let next_name = e < toks.len() && c.w(e) == "(" && {
                            let close = (e + 1..(e + 10).min(toks.len())).find(|&q| c.w(q) == ")");
                            close.is_some_and(|q| {
                                q + 1 < toks.len() && c.ment[q + 1].is_some_and(|m| c.is_person(&m))
                            })
                        };
                        // (not "who was elected mayor": a post taken, held since)
                        let taken = s0 + 2 < toks.len()
                            && matches!(
                                c.w(s0 + 2),
                                "elected" | "appointed" | "named" | "re-elected" | "sworn"
                            );
                        let was = (s0 + 1 < toks.len()
                            && c.w(s0) == "who"
                            && c.w(s0 + 1) == "was"
                            && !taken)
                            || formerly;
                        // ("Ana Silva of Acme, a shipping researcher,": the body the person is
                        // of employs them where the apposition names none)
                        let of_org = c.ment[b].filter(|m| c.is_org(m)).map(|m| m.entity);
                        // (nor, its closing comma missing, the subject after a fronted phrase
                        // the name ends: "At the request of Prime Minister Ana Ruiz, the Queen
                        // suspended parliament")
                        let fronted =
                            e < toks.len() && toks[e].k != TK::Punct && ends_fronted_phrase(&c, a);
                        for mut f in phrase_roles(&c, s2, e, holder, one_of)
                            .into_iter()
                            .filter(|_| !next_name && !fronted)
                        {
                            f.former |= was;
                            // (and over a body the apposition names only in passing, not as
                            // an employer: "of UCL, a researcher with experience interpreting AIS
                            // data")
                            let in_passing = |o: EntityId| {
                                (s2..e)
                                    .find(|&x| c.ment[x].is_some_and(|m| m.entity == o))
                                    .is_some_and(|x| {
                                        let mut k = x;
                                        if k > s2 && matches!(c.w(k - 1), "the" | "The") {
                                            k -= 1;
                                        }
                                        let me = c.mention_end(x);
                                        let possessor =
                                            me + 1 < toks.len() && c.toks[me + 1].k == TK::Poss;
                                        k > s2
                                            && !matches!(
                                                c.w(k - 1),
                                                "at" | "of" | "for" | "with" | "from"
                                            )
                                            && !possessor
                                    })
                            };
                            if of_org.is_some() && f.org.is_none_or(in_passing) {
                                f.org = of_org;
                            }
                            if one_of {
                                f.title = f
                                    .title
                                    .split(' ')
                                    .map(|w| w.to_string())
                                    .collect::<Vec<_>>()
                                    .join(" ");
                            }
                            let ev = Span::new(toks[a].s, toks[e.saturating_sub(1).max(s2)].e);
                            push(&mut out, holder, &f, ev);
                        }
                        // ", a career politician who served as President of India,": the post the
                        // apposition's relative clause gives is the holder's too
                        if e + 3 < toks.len()
                            && c.w(e) == "who"
                            && matches!(c.w(e + 1), "served" | "serves" | "serve")
                            && c.w(e + 2) == "as"
                        {
                            let s3 = e + 3;
                            let e3 = phrase_end(&c, s3);
                            for mut f in phrase_roles(&c, s3, e3, holder, false) {
                                f.former |= c.w(e + 1) == "served" && was;
                                let ev = Span::new(toks[a].s, toks[e3.saturating_sub(1).max(s3)].e);
                                push(&mut out, holder, &f, ev);
                            }
                        }
                    }
                }
            }
            // predicate: "A was serving as Y's lawyer", "A, B and C, who serve as chairmen of"
            let mut k = b + 1;
            let mut skip_list = false;
            if k < toks.len() && c.w(k) == "," && k + 2 < toks.len() && c.w(k + 1) == "who" {
                k += 2;
                skip_list = true;
            } else if k + 3 < toks.len()
                && c.w(k) == ","
                && matches!(c.w(k + 1), "a" | "an" | "the")
            {
                // past a short appositive: "Ana Silva, a Lorsk national, was a columnist for X"
                if let Some(close) = (k + 2..(k + 8).min(toks.len())).find(|&x| c.w(x) == ",") {
                    let plain = (k + 2..close).all(|x| {
                        c.toks[x].k == TK::Word
                            && !lx::is_speech_verb(c.w(x))
                            && !matches!(c.w(x), "who" | "which" | "is" | "was")
                    });
                    if plain
                        && close + 1 < toks.len()
                        && matches!(c.w(close + 1), "is" | "was" | "became")
                    {
                        k = close + 1;
                    }
                }
            } else if k + 3 < toks.len() && c.w(k) == "," {
                // past a nickname: `Ana Silva, reportedly nicknamed the "queen of steel", was
                // chair of X`
                let p = if c.w(k + 1).ends_with("ly") {
                    k + 2
                } else {
                    k + 1
                };
                if matches!(c.w(p), "nicknamed" | "dubbed" | "known" | "called") {
                    if let Some(close) = (p + 1..(p + 12).min(toks.len())).find(|&x| c.w(x) == ",")
                    {
                        if close + 1 < toks.len()
                            && matches!(c.w(close + 1), "is" | "was" | "became")
                        {
                            k = close + 1;
                        }
                    }
                }
            }
            // "was appointed finance minister", "has been named chief executive of X", "was sworn
            // in as governor", "took office as president", "assumed the post of minister"
            let mut k2 = k;
            // (past a time or an adverb: "Nancy Pelosi yesterday resumed the office of Speaker")
            if k2 < toks.len()
                && (post_adverb(c.w(k2))
                    || matches!(c.w(k2), "yesterday" | "today" | "formally" | "officially"))
            {
                k2 += 1;
            }
            if k2 + 1 < toks.len()
                && matches!(c.w(k2), "has" | "have" | "had")
                && c.w(k2 + 1) == "been"
            {
                k2 += 2;
            } else if k2 < toks.len() && matches!(c.w(k2), "was" | "is" | "were") {
                k2 += 1;
            }
            let k2 = if k2 < toks.len()
                && matches!(
                    c.w(k2),
                    "formally" | "officially" | "later" | "also" | "unanimously"
                ) {
                k2 + 1
            } else {
                k2
            };
            let appointed_at = {
                let w = |x: usize| if x < toks.len() { c.w(x) } else { "" };
                let passive = (k..k2).any(|x| matches!(c.w(x), "was" | "is" | "were" | "been"));
                let after_as = |x: usize| if w(x) == "as" { x + 1 } else { x };
                match (w(k2), w(k2 + 1), w(k2 + 2)) {
                    (
                        "appointed" | "named" | "elected" | "nominated" | "installed" | "confirmed"
                        | "re-elected" | "reappointed",
                        _,
                        _,
                    ) if passive && !skip_list => Some(after_as(k2 + 1)),
                    ("sworn", "in", "as") if passive && !skip_list => Some(k2 + 3),
                    ("took" | "takes", "office", "as") if !passive && !skip_list => Some(k2 + 3),
                    ("assumed" | "resumed" | "took", "the", _)
                        if !passive
                            && !skip_list
                            && matches!(w(k2 + 2), "office" | "post" | "role" | "position")
                            && w(k2 + 3) == "of" =>
                    {
                        Some(k2 + 4)
                    }
                    _ => None,
                }
            };
            // (the title must come right after: not "was appointed to the board", "was named
            // after her father")
            // (nor an award: "was named best actor", "named player of the year")
            let appointed_at = appointed_at.filter(|&x| {
                let award = matches!(c.w(x), "best" | "top" | "worst" | "most")
                    || (x..(x + 8).min(toks.len())).any(|y| {
                        c.w(y) == "of"
                            && y + 2 < toks.len()
                            && c.w(y + 1) == "the"
                            && matches!(
                                c.w(y + 2),
                                "year"
                                    | "month"
                                    | "season"
                                    | "tournament"
                                    | "match"
                                    | "decade"
                                    | "week"
                            )
                    });
                x < toks.len() && !award && {
                    let t = if matches!(c.w(x), "the" | "a" | "an" | "new" | "interim" | "acting") {
                        x + 1
                    } else {
                        x
                    };
                    t < toks.len()
                        && (role_word(c.w(t))
                            || (is_cap(c.w(t))
                                && (lx::is_title_head(c.w(t)) || lx::is_title_mod(c.w(t))))
                            || (t + 1 < toks.len() && role_word(c.w(t + 1)) && !is_cap(c.w(t))))
                }
            });
            if let Some(s) = appointed_at {
                let e = phrase_end(&c, s);
                for f in phrase_roles(&c, s, e, holder, false) {
                    let ev = Span::new(toks[a].s, toks[e.saturating_sub(1).max(s)].e);
                    push(&mut out, holder, &f, ev);
                }
            }
            // (past an adverb or two: "he twice served as prime minister", "she also
            // previously served as")
            let mut k = k;
            for _ in 0..2 {
                if k < toks.len() && post_adverb(c.w(k)) {
                    k += 1;
                }
            }
            let tail: Vec<&str> = (k..(k + 3).min(toks.len())).map(|x| c.w(x)).collect();
            let as_at = match tail.as_slice() {
                ["was" | "is", "serving" | "working", "as", ..] => Some(k + 3),
                ["serving", "as", ..] if pro => Some(k + 2),
                ["serves" | "served" | "serve" | "works" | "worked", "as", ..] => Some(k + 2),
                // "Ana Silva is the president of X", "Ana Silva was a senior adviser at X"
                // (for a pronoun, only a post taken: "she was a talented drummer" describes)
                ["is" | "was" | "became", "the" | "a" | "an", ..] if !skip_list => Some(k + 1),
                // ("Ana Silva is also a professor at X", "Rui Vaz is now the head of Y")
                ["is" | "was", "also" | "now" | "still" | "currently", "the" | "a" | "an"]
                    if !skip_list =>
                {
                    Some(k + 2)
                }
                // ("Ana Silva was chairman and CEO of Acme from 2000 to 2010": a post with no
                // article, kept below only with the body it is of)
                ["is" | "was", w, ..]
                    if !skip_list && (role_word(w) || (is_cap(w) && lx::is_title_head(w))) =>
                {
                    Some(k + 1)
                }
                // "Ana Silva became prime minister in 2009": a post taken, with no article
                ["became", w, rest @ ..]
                    if !skip_list
                        && (role_word(w)
                            || (is_cap(w) && lx::is_title_head(w))
                            || ((lx::is_title_mod(&title_case(w)) || is_cap(w))
                                && rest.first().is_some_and(|x| role_word(x)))) =>
                {
                    Some(k + 1)
                }
                _ => None,
            };
            if let Some(s) = as_at {
                let e = phrase_end(&c, s);
                let mut found = phrase_roles(&c, s, e, holder, true);
                // (for a pronoun, "was a ..." only with the body the post is in: "he was a
                // member of the French Parliament", not "he was a talented drummer")
                let bare = s == k + 1
                    && matches!(tail.first(), Some(&("is" | "was")))
                    && !matches!(c.w(s), "the" | "a" | "an");
                if (pro && matches!(tail.first(), Some(&("is" | "was")))) || bare {
                    found.retain(|f| f.org.is_some());
                }
                // the whole list before ", who serve as" shares it
                let mut holders = vec![(a, holder)];
                if skip_list {
                    let mut q = idx;
                    while q > 0 {
                        let (pa, pb, ph, _) = pm[q - 1];
                        let between: Vec<&str> = (pb + 1..pm[q].0).map(|x| c.w(x)).collect();
                        if matches!(between.as_slice(), [","] | ["and"] | [",", "and"]) {
                            holders.push((pa, ph));
                            q -= 1;
                        } else {
                            break;
                        }
                    }
                }
                for f in &found {
                    for &(ha, h) in &holders {
                        let ev = Span::new(toks[ha].s, toks[e.saturating_sub(1).max(s)].e);
                        push(&mut out, h, f, ev);
                    }
                }
            }
        }
    }
    for r in out.iter_mut().filter(|r| r.organization.is_none()) {
        r.organization = body_named_before(ents, &r.title, r.evidence.start);
    }
    // "Professor Ana Silva, chair of Islamic politics at Lorsk University": the professor is
    // at the university the apposition right after her name gives
    for i in 0..out.len() {
        let r = &out[i];
        if r.organization.is_some()
            || !matches!(
                r.title.as_str(),
                "Professor" | "Prof." | "Prof" | "Associate Professor" | "Assistant Professor"
            )
        {
            continue;
        }
        let academic = out.iter().find_map(|o| {
            let next_to =
                o.evidence.start >= r.evidence.start && o.evidence.start <= r.evidence.end + 2;
            let org = o.organization.filter(|&g| {
                matches!(
                    ents.list[g].kind,
                    EntityKind::Organization(OrgKind::University | OrgKind::ResearchInstitute)
                )
            })?;
            (o.holder == r.holder && next_to && !o.former).then_some(org)
        });
        out[i].organization = academic;
    }
    // "the party's presidential nominee Ana Silva" after "Green Party presidential nominee Ana
    // Silva": a post given once with its body and once without is the one post
    let with_org: BTreeSet<(EntityId, String, bool)> = out
        .iter()
        .filter(|r| r.organization.is_some())
        .map(|r| (r.holder, title_head(&r.title), r.former))
        .collect();
    out.retain(|r| {
        r.organization.is_some() || !with_org.contains(&(r.holder, title_head(&r.title), r.former))
    });
    out
}

/// "Democratic committee chairman Ana Silva", "ministry spokesman Rui Vaz": a title that names
/// a kind of body in a word before its head means the body of that kind the article named last
/// before it ("the House Judiciary Committee", "the Ministry of Health"). (Not "party leader":
/// an article names parties to set them against each other, and the last one named is often
/// the other side.)
fn body_named_before(ents: &Entities, title: &str, at: usize) -> Option<EntityId> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let kind = words[..words.len().saturating_sub(1)].iter().find(|w| {
        matches!(
            **w,
            "committee"
                | "ministry"
                | "embassy"
                | "council"
                | "commission"
                | "agency"
                | "department"
                | "board"
                | "panel"
        )
    })?;
    let before = &ents.mentions[..ents.mentions.partition_point(|m| m.span.start < at)];
    before.iter().rev().map(|m| m.entity).find(|&id| {
        let e = &ents.list[id];
        // (its name opens or ends with the word: "Ministry of Health", "Judiciary Committee")
        let mut name = e.name.split_whitespace();
        let (first, last) = (name.next(), name.last());
        matches!(e.kind, EntityKind::Organization(_))
            && [first, last]
                .iter()
                .flatten()
                .any(|w| w.eq_ignore_ascii_case(kind))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{names, resolve};
    use crate::model::Article;

    fn roles(body: &str) -> Vec<(String, String, Option<String>, bool)> {
        let article = Article {
            id: "t".into(),
            body: body.to_string(),
            ..Default::default()
        };
        let doc = Doc::new(&article);
        let mut ents = names::recognize(&doc);
        resolve::resolve(&doc, &mut ents);
        let rs = extract(&doc, &mut ents);
        rs.iter()
            .map(|r| {
                (
                    ents.list[r.holder].name.clone(),
                    r.title.clone(),
                    r.organization.map(|o| ents.list[o].name.clone()),
                    r.former,
                )
            })
            .collect()
    }

    fn has(body: &str, who: &str, title: &str, org: Option<&str>, former: bool) -> bool {
        let r = roles(body);
        let ok = r
            .iter()
            .any(|x| x.0 == who && x.1 == title && x.2.as_deref() == org && x.3 == former);
        if !ok {
            eprintln!("{r:?}");
        }
        ok
    }

    #[test]
    fn a_then_possessor_s_post_in_an_apposition_and_a_chief_of_staff() {
        let body = "A court cleared Ana Kelly. Kelly, then-Governor Tom Berg's deputy chief of staff, was convicted.";
        assert!(
            has(body, "Ana Kelly", "deputy chief of staff", None, true),
            "{:?}",
            roles(body)
        );
        assert!(
            has(body, "Tom Berg", "Governor", None, true),
            "{:?}",
            roles(body)
        );
        let body = "Lea Holt, the army chief of staff, spoke to the troops.";
        assert!(
            has(body, "Lea Holt", "army chief of staff", None, false),
            "{:?}",
            roles(body)
        );
        // (a chief of a capitalized body keeps the body for its organization)
        let body = "Lea Holt, the head of state, spoke to the troops.";
        assert!(
            has(body, "Lea Holt", "head of state", None, false),
            "{:?}",
            roles(body)
        );
    }

    #[test]
    fn a_possessor_s_title_enclosed_before_the_name_and_a_post_served_in_an_apposition() {
        assert!(has(
            "Lorsk's economy minister, Ana Ruiz, said no.",
            "Ana Ruiz",
            "economy minister",
            None,
            false
        ));
        assert!(has(
            "According to Varkton Falls' first selectman, Rui Vaz, ten were hurt.",
            "Rui Vaz",
            "first selectman",
            None,
            false
        ));
        assert!(has(
            "\"He was a giant,\" said Lorsk University's chancellor, Pedro Alves.",
            "Pedro Alves",
            "chancellor",
            Some("Lorsk University"),
            false
        ));
        assert!(has(
            "Ana Silva, a politician who served as President of Lorsk for five years, died.",
            "Ana Silva",
            "President",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, a politician who served as President of Lorsk for five years, died.",
            "Ana Silva",
            "politician",
            None,
            false
        ));
    }

    #[test]
    fn titles_of_a_place_members_and_posts_told_past_an_adverb_or_a_time() {
        assert!(has(
            "The mayor of Paris, Anne Hidalgo, wrote on Twitter.",
            "Anne Hidalgo",
            "mayor",
            None,
            false
        ));
        assert!(has(
            "A member of the Lorsk Parliament, Samir Dilou said the plan was fair.",
            "Samir Dilou",
            "member",
            Some("Lorsk Parliament"),
            false
        ));
        let body = "Jacques Chirac died. From 1967 to 1995 he was a member of the Lorsk Parliament during which he twice served as prime minister.";
        assert!(has(
            body,
            "Jacques Chirac",
            "member",
            Some("Lorsk Parliament"),
            false
        ));
        assert!(has(body, "Jacques Chirac", "prime minister", None, false));
        // (the last word of a body named before stands for it)
        assert!(has(
            "The Lorsk National Assembly met. Assembly president Ana Silva spoke.",
            "Ana Silva",
            "president",
            Some("Lorsk National Assembly"),
            false
        ));
        assert!(has(
            "Lorsk Police said so. Police and Crime Commissioner Ana Silva spoke.",
            "Ana Silva",
            "Police and Crime Commissioner",
            None,
            false
        ));
        // (a list of titles before the name, with or without a comma before "and")
        for body in [
            "The singer, actor, and animal rights advocate Ana Silva died.",
            "The singer, actor and advocate Ana Silva died.",
        ] {
            for title in ["singer", "actor"] {
                assert!(
                    has(body, "Ana Silva", title, None, false),
                    "{body}: {title}"
                );
            }
        }
        // (a plural before the comma is others: "fans, friends and coach Rui Vaz")
        assert!(!has(
            "Fans, friends and coach Rui Vaz wept.",
            "Rui Vaz",
            "friend",
            None,
            false
        ));
        // (a lower-case post of a place, no comma; "then-" makes it a former one)
        assert!(has(
            "In 2008 the governor of Alaska Sarah Vance was chosen.",
            "Sarah Vance",
            "governor",
            None,
            false
        ));
        assert!(has(
            "In 2008 then-governor of Alaska Sarah Vance was chosen.",
            "Sarah Vance",
            "governor",
            None,
            true
        ));
        assert!(has(
            "The then-president Ana Silva resigned.",
            "Ana Silva",
            "president",
            None,
            true
        ));
        assert!(has(
            "Ana Silva spoke. She also previously served as the district attorney for Lorsk.",
            "Ana Silva",
            "district attorney",
            None,
            false
        ));
        assert!(has(
            "Rui Vaz is a veteran shock jock.",
            "Rui Vaz",
            "veteran shock jock",
            None,
            false
        ));
    }

    #[test]
    fn a_party_s_leader_and_a_capitalized_title_before_one_name() {
        assert!(has(
            "Lorsk Labour Party leader and Prime Minister Ana Silva said she was humbled.",
            "Ana Silva",
            "leader",
            Some("Lorsk Labour Party"),
            false
        ));
        assert!(has(
            "Lorsk Labour Party leader and Prime Minister Ana Silva said she was humbled.",
            "Ana Silva",
            "Prime Minister",
            None,
            false
        ));
        // (two people after an article: "the prime minister and Chancellor Ana Silva")
        assert!(!has(
            "The prime minister and Chancellor Ana Silva met.",
            "Ana Silva",
            "prime minister",
            None,
            false
        ));
    }

    #[test]
    fn a_participle_after_a_comma_gives_the_post_of_the_clause_s_person() {
        assert!(has(
            "Ana Silva ruled Lorsk, serving as its first prime minister from 1980.",
            "Ana Silva",
            "first prime minister",
            None,
            false
        ));
        assert!(
            roles("Ana Silva ruled Lorsk. Tom Baker spoke, serving as prime minister.")
                .iter()
                .all(|r| r.0 != "Ana Silva")
        );
    }

    #[test]
    fn a_plural_after_a_preposition_is_no_title_of_the_name_after_it() {
        assert!(roles(
            "Tom Baker was cheered upon announcing to journalists Ana Lopes remained alive."
        )
        .iter()
        .all(|r| r.0 != "Ana Lopes"));
    }

    #[test]
    fn a_pronoun_opening_its_clause_holds_the_post_its_verb_gives() {
        let body = "Ana Ruiz was born in Lima. She served as chair of the Lorsk Trade Council for a decade.";
        assert!(has(
            body,
            "Ana Ruiz",
            "chair",
            Some("Lorsk Trade Council"),
            false
        ));
        let body = "Tom Baker studied law. In 2003 and 2004, he served as the chair of the Lorsk Trade Council.";
        assert!(has(
            body,
            "Tom Baker",
            "chair",
            Some("Lorsk Trade Council"),
            false
        ));
        let body = "Tom Baker studied law. He became finance minister in 2009.";
        assert!(has(body, "Tom Baker", "finance minister", None, false));
        // (nor what a pronoun's person was like: "He was a talented drummer")
        assert!(roles("Tom Baker studied law. He was a talented drummer.").is_empty());
        // (not a pronoun inside a clause, nor one far from any name)
        assert!(
            roles("Tom Baker studied law. Critics say he was the worst mayor.")
                .iter()
                .all(|r| r.1 != "mayor")
        );
    }

    #[test]
    fn a_nationality_of_two_words_is_no_part_of_the_title() {
        assert!(has(
            "John Luk, the South Sudanese minister for trade, died.",
            "John Luk",
            "minister",
            None,
            false
        ));
        assert!(
            !roles("John Luk, the South Sudanese minister for trade, died.")
                .iter()
                .any(|r| r.1.contains("South"))
        );
    }

    #[test]
    fn an_apposition_without_its_closing_comma_ends_at_the_verb() {
        assert!(has("Michael Makuei, the Information Minister paid tribute to Luk. He said \"John Luk was great.\"", "Michael Makuei", "Information Minister", None, false));
        assert!(has(
            "Ana Lopes, the deputy mayor visited Lima on Monday.",
            "Ana Lopes",
            "deputy mayor",
            None,
            false
        ));
    }

    #[test]
    fn no_apposition_for_the_name_a_fronted_phrase_ends_and_a_post_taken_before_a_clause() {
        // (the subject after the fronted phrase holds the title, not the name before its comma)
        let body = "At the request of Prime Minister Ana Lopes, the Queen suspended parliament.";
        assert!(has(body, "Ana Lopes", "Prime Minister", None, false));
        assert!(!has(body, "Ana Lopes", "Queen", None, false));
        // (but a fronted phrase the name does not end keeps the apposition)
        assert!(has(
            "In the blog post Ana Lopes, the chief executive of Acme Corp said sales fell.",
            "Ana Lopes",
            "chief executive",
            Some("Acme Corp"),
            false
        ));
        // a post taken, then a clause of its own
        assert!(has(
            "Tom Berg became leader of the Lorsk Party after Ana Lopes stepped down in May.",
            "Tom Berg",
            "leader",
            Some("Lorsk Party"),
            false
        ));
    }

    #[test]
    fn a_relative_clause_without_its_comma_and_a_post_held_under_someone() {
        assert!(has(
            "Tom Berg met Ana Lopes who is the leader of the Lorsk Party.",
            "Ana Lopes",
            "leader",
            Some("Lorsk Party"),
            false
        ));
        // (not a cleft)
        let body = "It is Ana Lopes who is the extremist here.";
        assert!(!has(body, "Ana Lopes", "extremist", None, false));
        assert!(has(
            "Tom Berg served as the ambassador to the United Nations under President Ana Lopes.",
            "Tom Berg",
            "ambassador",
            Some("United Nations"),
            false
        ));
    }

    #[test]
    fn an_apposition_after_also_or_after_kin_and_students() {
        assert!(has(
            "Tom Gallo, also a Lorsk College undergrad, agreed.",
            "Tom Gallo",
            "undergrad",
            Some("Lorsk College"),
            false
        ));
        assert!(has(
            "Rita Falco, a Lorsk College undergraduate who led the study, spoke.",
            "Rita Falco",
            "undergraduate",
            Some("Lorsk College"),
            false
        ));
        assert!(has(
            "Ana Ruiz, his wife and the current chairwoman of the Lorsk Democratic Party, spoke.",
            "Ana Ruiz",
            "chairwoman",
            Some("Lorsk Democratic Party"),
            false
        ));
        // (kin alone holds no post)
        assert!(roles("Ana Ruiz, his wife, spoke.").is_empty());
    }

    #[test]
    fn a_post_someone_was_appointed_to_elected_to_or_sworn_in_as() {
        assert!(has(
            "Ana Ruiz was sworn in as governor of Lorsk on Monday.",
            "Ana Ruiz",
            "governor",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz was appointed finance minister in 2019.",
            "Ana Ruiz",
            "finance minister",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz has been named chief executive of Acme Corp on Monday.",
            "Ana Ruiz",
            "chief executive",
            Some("Acme Corp"),
            false
        ));
        assert!(has(
            "Ana Ruiz took office as president on Monday.",
            "Ana Ruiz",
            "president",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz, who was elected mayor of Lima in 2018, said so.",
            "Ana Ruiz",
            "mayor",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz yesterday resumed the office of Speaker of the Lorsk Assembly.",
            "Ana Ruiz",
            "Speaker",
            Some("Lorsk Assembly"),
            false
        ));
        for body in [
            "Ana Ruiz was named after her grandmother.",
            "Ana Ruiz was appointed to the board in 2019.",
            "Ana Ruiz was named best actor for her role.",
            "Ana Ruiz was named player of the year.",
        ] {
            assert!(roles(body).is_empty(), "{body}: {:?}", roles(body));
        }
    }

    #[test]
    fn an_apposition_past_the_age() {
        assert!(has(
            "Ana Ruiz, 45, a teacher from Lima, said the school was closed.",
            "Ana Ruiz",
            "teacher",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz, 61, chief economist at Lorsk Bank, said so.",
            "Ana Ruiz",
            "chief economist",
            Some("Lorsk Bank"),
            false
        ));
    }

    #[test]
    fn who_heads_or_founded_an_organization_names_the_post() {
        assert!(has(
            "Ana Ruiz, who heads the Lorsk Institute, said the plan would fail.",
            "Ana Ruiz",
            "head",
            Some("Lorsk Institute"),
            false
        ));
        assert!(has(
            "Ana Ruiz, who chaired the Lorsk Institute, said the plan would fail.",
            "Ana Ruiz",
            "chair",
            Some("Lorsk Institute"),
            true
        ));
        assert!(has(
            "Ana Ruiz, who founded Lorsk Media in 2001, said the plan would fail.",
            "Ana Ruiz",
            "founder",
            Some("Lorsk Media"),
            false
        ));
        // (a verb of no post names none)
        assert!(
            roles("Ana Ruiz, who visited the Lorsk Institute, said the plan would fail.")
                .is_empty()
        );
        // (nor a body the organization has: "who chairs the Lorsk Assembly trade committee")
        assert!(roles(
            "Ana Ruiz, who chairs the Lorsk Institute trade committee, said the plan would fail."
        )
        .is_empty());
    }

    #[test]
    fn two_capitalized_titles_joined_by_and_are_two_roles_of_one_employer() {
        let body =
            "In a letter, Acme Corp President and CEO Ana Ruiz said the firm was working hard.";
        assert!(has(body, "Ana Ruiz", "President", Some("Acme Corp"), false));
        assert!(has(body, "Ana Ruiz", "CEO", Some("Acme Corp"), false));
        assert!(!roles(body).iter().any(|r| r.1.contains(" and ")));
        // (a portfolio joined to another is one title; a royal after "and" is another person)
        let body = "Justice and Home Affairs Commissioner Rui Vaz spoke.";
        assert!(has(
            body,
            "Rui Vaz",
            "Justice and Home Affairs Commissioner",
            None,
            false
        ));
        assert!(!roles("The Queen and Prince Rui Vaz arrived.")
            .iter()
            .any(|r| r.1 == "Queen"));
    }

    #[test]
    fn two_titles_before_the_name_each_with_its_own_organization() {
        let body = "Former Acme Corp engineer and author Tom Berg said no.";
        assert!(has(body, "Tom Berg", "author", None, false));
        assert!(has(body, "Tom Berg", "engineer", Some("Acme Corp"), true));
        assert!(has(
            "Retired Acme Corp engineer Tom Berg said no.",
            "Tom Berg",
            "engineer",
            Some("Acme Corp"),
            true
        ));
    }

    #[test]
    fn a_title_of_a_country_before_the_name() {
        assert!(has(
            "He met the President of the Philippines Arun Varma on Monday.",
            "Arun Varma",
            "President",
            None,
            false
        ));
        assert!(has(
            "He met former Prime Minister of India Arun Varma on Monday.",
            "Arun Varma",
            "Prime Minister",
            None,
            true
        ));
    }

    #[test]
    fn two_titles_joined_by_and_share_the_organization_and_the_time() {
        let body = "Ana Silva, the then chair and spokesperson for the Green Party, said no.";
        assert!(has(body, "Ana Silva", "chair", Some("Green Party"), true));
        assert!(has(
            body,
            "Ana Silva",
            "spokesperson",
            Some("Green Party"),
            true
        ));
        let body = "Rui Vaz, chairman and chief executive of Acme Corp, said no.";
        assert!(has(body, "Rui Vaz", "chairman", Some("Acme Corp"), false));
        assert!(has(
            body,
            "Rui Vaz",
            "chief executive",
            Some("Acme Corp"),
            false
        ));
        let body = "John Smith, Acme Corp chairman and chief architect, said no.";
        assert!(has(
            body,
            "John Smith",
            "chief architect",
            Some("Acme Corp"),
            false
        ));
        // (two roles each with its article keep their own organizations)
        let body = "Rui Vaz, a lawyer and the founder of Acme Corp, said no.";
        assert!(has(body, "Rui Vaz", "lawyer", None, false));
    }

    #[test]
    fn another_title_and_a_title_before_the_one_it_serves() {
        assert!(has(
            "Ana Silva, another lawyer for the family, said no.",
            "Ana Silva",
            "lawyer",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, a Lisbon lawyer representing Rui Vaz, said no.",
            "Ana Silva",
            "lawyer",
            None,
            false
        ));
    }

    #[test]
    fn a_title_and_its_organization_enclosed_before_the_name() {
        // "the director of [place's] ORG, NAME,": the title and the organization before the name
        assert!(has("Headline\n\nLater, the director of Chile's Amnesty International, Ana Silva, said it was late.", "Ana Silva", "director", Some("Amnesty International"), false));
        assert!(has(
            "Headline\n\nThe spokeswoman for the World Bank, Ana Silva, left.",
            "Ana Silva",
            "spokeswoman",
            Some("World Bank"),
            false
        ));
    }

    #[test]
    fn the_organization_after_the_preposition_is_the_employer_not_a_modifier_of_the_title() {
        assert!(has(
            "Headline\n\nAna Silva, a UN rapporteur for the World Health Organization, spoke.",
            "Ana Silva",
            "rapporteur",
            Some("World Health Organization"),
            false
        ));
        // (unless it modifies a noun of its own, or follows a participle's "with")
        assert!(has(
            "Headline\n\nAna Silva, a BBC reporter working with the World Bank, spoke.",
            "Ana Silva",
            "reporter",
            Some("BBC"),
            false
        ));
        assert!(has(
            "Headline\n\nAna Silva, a BBC reporter at the World Bank meeting, spoke.",
            "Ana Silva",
            "reporter",
            Some("BBC"),
            false
        ));
    }

    #[test]
    fn a_predicate_role_past_a_short_appositive() {
        assert!(has(
            "Headline\n\nAna Silva, a Chilean national, was a columnist for The Washington Post.",
            "Ana Silva",
            "columnist",
            Some("The Washington Post"),
            false
        ));
    }

    #[test]
    fn a_list_of_names_is_not_an_appositive() {
        let body = "Headline\n\nA celebration of folk music with Tom Akers, Rosa Delgado, Nina Farrow and Elvis Bishop.";
        let r = roles(body);
        assert!(r.iter().all(|x| !x.1.contains("Bishop")), "{r:?}");
        assert!(has(
            "Tom Akers, a professor at Lund University, and Rosa Delgado spoke.",
            "Tom Akers",
            "professor",
            Some("Lund University"),
            false
        ));
    }

    #[test]
    fn a_superlative_is_no_part_of_a_title() {
        assert!(has(
            "\"Ana Silva was the most brilliant scientist I have ever known,\" said Rui Vaz.",
            "Ana Silva",
            "scientist",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, the best player in the league, was injured.",
            "Ana Silva",
            "player",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, the most senior female judge, was injured.",
            "Ana Silva",
            "female judge",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, the best-selling author, was injured.",
            "Ana Silva",
            "best-selling author",
            None,
            false
        ));
    }

    #[test]
    fn a_title_holds_no_verb_joining_word_or_late() {
        // a verb of saying or thinking ends the words before a title
        let r = roles("Critics of the land reform policy claim president Ana Silva is wrong.");
        assert!(
            r.iter().any(|x| x.0 == "Ana Silva" && x.1 == "president"),
            "{r:?}"
        );
        // a title does not open with the joining word of two titles
        assert!(has(
            "In his book, Peter Vaz, a QC and international law professor, wrote that.",
            "Peter Vaz",
            "international law professor",
            None,
            false
        ));
        // "the late singer" was a singer
        assert!(has(
            "The film is about the late singer Ana Silva.",
            "Ana Silva",
            "singer",
            None,
            false
        ));
        // a verb before its object or an adverb is no modifier ("has already lost winger Ana Silva")
        assert!(has(
            "The club has already lost winger Ana Silva to injury.",
            "Ana Silva",
            "winger",
            None,
            false
        ));
        assert!(has(
            "The club just sold striker Ana Silva.",
            "Ana Silva",
            "striker",
            None,
            false
        ));
        // a time word ends the modifiers ("Last year actor Ana Silva won")
        assert!(has(
            "Last year actor Ana Silva won an award.",
            "Ana Silva",
            "actor",
            None,
            false
        ));
        // an honorific opens a name in a list, not a title; a possessor keeps the title after it
        let r = roles("He posed with director Rui Vaz, Mr Mann and Mr King.");
        assert!(r.iter().all(|x| !x.1.contains("King")), "{r:?}");
        assert!(has(
            "Mr Vaz and Ana Silva, Mr Mann's former deputy, were left off.",
            "Ana Silva",
            "deputy",
            None,
            true
        ));
    }

    #[test]
    fn a_role_noun_before_a_capitalized_title_is_a_title_of_its_own() {
        let r = roles("Former presidential candidate Senator Ana Silva proposed limits.");
        assert!(
            r.iter().any(|x| x.0 == "Ana Silva" && x.1 == "Senator"),
            "{r:?}"
        );
        // (and the role noun is a post of its own, former past a place's name)
        assert!(has(
            "Former US presidential candidate Senator Ana Silva proposed limits.",
            "Ana Silva",
            "presidential candidate",
            None,
            true
        ));
        assert!(has(
            "\"It works,\" said lead author Professor Rui Vaz.",
            "Rui Vaz",
            "lead author",
            None,
            false
        ));
        // (not "fellow" before a party: "fellow Republican Senator Ana Silva")
        let body = "Tom Berg and fellow Republican Senator Ana Silva spoke.";
        assert!(
            !roles(body).iter().any(|x| x.1 == "fellow"),
            "{:?}",
            roles(body)
        );
        // (before an honorific the role is the title)
        assert!(has(
            "Manchester United manager Sir Ana Silva spoke.",
            "Ana Silva",
            "manager",
            Some("Manchester United"),
            false
        ));
    }

    #[test]
    fn current_fellow_and_includes_are_no_part_of_a_title() {
        assert!(has(
            "In a statement, the current bishop, Ana Silva, said the priest had died.",
            "Ana Silva",
            "bishop",
            None,
            false
        ));
        assert!(has(
            "The commission, which includes singer Ana Silva, met on Monday.",
            "Ana Silva",
            "singer",
            None,
            false
        ));
        // "fellow" says "also": "fellow guitarist X" is a guitarist, "fellow Spaniard X" holds no post
        assert!(has(
            "He praised fellow guitarist Ana Silva on Monday.",
            "Ana Silva",
            "guitarist",
            None,
            false
        ));
        let r = roles("He faces fellow Spaniard Ana Silva next.");
        assert!(r.iter().all(|x| x.1 != "fellow"), "{r:?}");
    }

    #[test]
    fn portfolios_dj_and_more_occupations_are_titles() {
        // a portfolio before "Secretary" belongs to the title
        assert!(has(
            "Along with Work and Pensions Secretary Ana Silva, he attacked the plans.",
            "Ana Silva",
            "Work and Pensions Secretary",
            None,
            false
        ));
        // (a party's name among the portfolios is a portfolio)
        assert!(has(
            "Economy and Labour Minister Ana Silva called the dip mild.",
            "Ana Silva",
            "Economy and Labour Minister",
            None,
            false
        ));
        assert!(has(
            "Labour minister Ana Silva called the dip mild.",
            "Ana Silva",
            "minister",
            Some("Labour Party"),
            false
        ));
        assert!(has(
            "DJ Ana Silva - aka Slim - has said that dance music is not dead.",
            "Ana Silva",
            "DJ",
            None,
            false
        ));
        // astronomers, biographers, inventors
        assert!(has(
            "\"It is a new world,\" said astronomer Angelos Tsiaras.",
            "Angelos Tsiaras",
            "astronomer",
            None,
            false
        ));
    }

    #[test]
    fn a_title_stops_at_plus_and_at_a_verb() {
        assert!(has(
            "They join singers Ana Ruiz and Tom Bell plus actors Kevin Orlov and Maria Duval.",
            "Kevin Orlov",
            "actor",
            None,
            false
        ));
        assert!(has(
            "Rivals eye captain Tom Bell as a target.",
            "Tom Bell",
            "captain",
            None,
            false
        ));
    }

    #[test]
    fn a_club_before_a_sports_role_is_the_organization() {
        assert!(has(
            "Leeds manager Tom Bell said so. Later, Manchester United manager Rui Vaz agreed.",
            "Rui Vaz",
            "manager",
            Some("Manchester United"),
            false
        ));
    }

    #[test]
    fn former_before_the_organization_before_the_title() {
        assert!(has(
            "The side was coached by former Lund Rovers coach Tom Bell until May.",
            "Tom Bell",
            "coach",
            Some("Lund Rovers"),
            true
        ));
    }

    #[test]
    fn a_modifier_between_title_and_name_is_skipped() {
        assert!(has(
            "The incoming chair of the Valley Water Board Defiant Carlos Ruiz spoke.",
            "Carlos Ruiz",
            "chair",
            Some("Valley Water Board"),
            false
        ));
    }

    #[test]
    fn ex_and_now_former_make_a_former_role() {
        assert!(has(
            "It was ex-foreign secretary Tom Bell who spoke.",
            "Tom Bell",
            "foreign secretary",
            None,
            true
        ));
        assert!(has(
            "The now-former governor Carlos Ruiz left.",
            "Carlos Ruiz",
            "governor",
            None,
            true
        ));
    }

    #[test]
    fn solicitor_general_and_district_attorney_are_whole_titles() {
        assert!(has(
            "The case was filed by Solicitor General Carlos Ruiz on Monday.",
            "Carlos Ruiz",
            "Solicitor General",
            None,
            false
        ));
        assert!(has(
            "The inquiry is led by District Attorney Carlos Ruiz.",
            "Carlos Ruiz",
            "District Attorney",
            None,
            false
        ));
    }

    #[test]
    fn appositive_at_org() {
        assert!(has(
            "\"No,\" said Tomas Berg, a research fellow at the Baltic Policy Institute.",
            "Tomas Berg",
            "research fellow",
            Some("Baltic Policy Institute"),
            false
        ));
        assert!(has(
            "Tomas Berg, a professor at Lund University in Lund, disagreed.",
            "Tomas Berg",
            "professor",
            Some("Lund University"),
            false
        ));
        assert!(has(
            "Ines Duarte, senior director of the Atlantic Energy Council, said so.",
            "Ines Duarte",
            "senior director",
            Some("Atlantic Energy Council"),
            false
        ));
    }

    #[test]
    fn appositive_list_with_former() {
        let b = "Rui Vaz, a former World Bank economist and a board member of the Lisbon Trade Institute, said prices fell.";
        assert!(has(b, "Rui Vaz", "economist", Some("World Bank"), true));
        assert!(has(
            b,
            "Rui Vaz",
            "board member",
            Some("Lisbon Trade Institute"),
            false
        ));
    }

    #[test]
    fn appositive_drops_nationality() {
        let b = "Park Min-jun, a South Korean senior party official and former spy chief, arrived.";
        assert!(has(b, "Park Min-jun", "senior party official", None, false));
        assert!(has(b, "Park Min-jun", "spy chief", None, true));
    }

    #[test]
    fn a_title_written_short_is_written_in_full() {
        for (body, who, title) in [
            ("Sen. Mara Quist voted no.", "Mara Quist", "Senator"),
            ("Gov. Lee Tandy signed the bill.", "Lee Tandy", "Governor"),
            (
                "Lt Col Ray Diaz led the unit.",
                "Ray Diaz",
                "Lieutenant Colonel",
            ),
            (
                "Det Supt Joan Abel led the inquiry.",
                "Joan Abel",
                "Detective Superintendent",
            ),
            (
                "Ch Supt Paul Dean spoke.",
                "Paul Dean",
                "Chief Superintendent",
            ),
        ] {
            assert!(has(body, who, title, None, false), "{body}");
        }
    }

    #[test]
    fn the_organization_in_an_apposition_after_a_titled_name() {
        assert!(has(
            "Det Insp Joan Abel, of Kent Police, said the man had been arrested.",
            "Joan Abel",
            "Detective Inspector",
            Some("Kent Police"),
            false
        ));
        assert!(has(
            "Professor Ann Lee, of Oxford University, said it was sad.",
            "Ann Lee",
            "Professor",
            Some("Oxford University"),
            false
        ));
    }

    #[test]
    fn titles_before_names() {
        assert!(has(
            "President Amara Okafor spoke.",
            "Amara Okafor",
            "President",
            None,
            false
        ));
        assert!(has(
            "The U.S. Secretary of State Paula Grieve flew in.",
            "Paula Grieve",
            "Secretary of State",
            None,
            false
        ));
        assert!(has(
            "Angolan leader Rui Mateus opened the dam.",
            "Rui Mateus",
            "leader",
            None,
            false
        ));
        assert!(has(
            "Prime Minister Olu Bako resigned.",
            "Olu Bako",
            "Prime Minister",
            None,
            false
        ));
        assert!(has(
            "Former Ambassador to the UN Lena Varga wrote a book.",
            "Lena Varga",
            "Ambassador",
            Some("United Nations"),
            true
        ));
        assert!(has(
            "The deputy director of UNICEF Lena Varga visited.",
            "Lena Varga",
            "deputy director",
            Some("UNICEF"),
            false
        ));
        assert!(has(
            "NATO Secretary-General Ivo Petrak warned Moscow.",
            "Ivo Petrak",
            "Secretary-General",
            Some("North Atlantic Treaty Organization"),
            false
        ));
        assert!(has(
            "Lund University public health expert Ana Silva said it.",
            "Ana Silva",
            "public health expert",
            Some("Lund University"),
            false
        ));
        assert!(has(
            "It angered former federal prosecutor Elin Sand.",
            "Elin Sand",
            "federal prosecutor",
            None,
            true
        ));
    }

    #[test]
    fn title_with_comma_before_name() {
        assert!(has(
            "The Vice President, Tomas Berg, said on Friday that it was over.",
            "Tomas Berg",
            "Vice President",
            None,
            false
        ));
    }

    #[test]
    fn plural_title_list_and_who_serve_as() {
        let b = "It was signed by Senators Ana Silva, Rui Vaz, and Elin Sand, who serve as chairmen of three panels.";
        for who in ["Ana Silva", "Rui Vaz", "Elin Sand"] {
            assert!(has(b, who, "Senator", None, false), "{who}");
            assert!(has(b, who, "chairman", None, false), "{who}");
        }
    }

    #[test]
    fn one_of_aides_and_serving_as() {
        assert!(has(
            "They met Ivo Petrak, one of President Ana Silva's aides.",
            "Ivo Petrak",
            "aide",
            None,
            false
        ));
        assert!(has(
            "Elin Sand was serving as Silva's personal lawyer at the time.",
            "Elin Sand",
            "personal lawyer",
            None,
            false
        ));
    }

    #[test]
    fn whose_role_is_name() {
        assert!(has(
            "The Royal Navy, whose commander-in-chief is Admiral Ana Silva, sailed.",
            "Ana Silva",
            "commander-in-chief",
            Some("Royal Navy"),
            false
        ));
    }

    #[test]
    fn is_the_role_of() {
        assert!(has(
            "Ana Silva is the president of the Lisbon Trade Institute.",
            "Ana Silva",
            "president",
            Some("Lisbon Trade Institute"),
            false
        ));
        assert!(roles("Ana Silva is a threat to everyone, said Rui Vaz.")
            .iter()
            .all(|r| r.0 != "Ana Silva"));
    }

    #[test]
    fn who_was_is_former() {
        assert!(has(
            "Ana Silva, who was the Special Envoy for Peace until May, objected.",
            "Ana Silva",
            "Special Envoy",
            None,
            true
        ));
    }

    #[test]
    fn appositive_with_country_before_title() {
        assert!(has(
            "Ana Silva, the Brazilian special envoy for trade talks, resigned.",
            "Ana Silva",
            "special envoy",
            None,
            false
        ));
        assert!(has(
            "Ana Silva, the United States special envoy for trade talks, resigned.",
            "Ana Silva",
            "special envoy",
            None,
            false
        ));
    }

    #[test]
    fn verbs_and_adverbs_are_not_title_words() {
        let r = roles("A bus which killed cyclist Tom Ware was found.");
        assert!(
            r.iter().any(|x| x.0 == "Tom Ware" && x.1 == "cyclist"),
            "{r:?}"
        );
        let r = roles("The synod heard Marco Bell, recently a cardinal, speak.");
        assert!(r.iter().all(|x| !x.1.contains("recently")), "{r:?}");
    }

    #[test]
    fn honorifics_are_not_roles() {
        let r = roles("Mr Tom Ware spoke. Sir Alan Pike agreed. Commissioner Sir Ian Bly left.");
        assert!(
            r.iter().all(|x| !matches!(x.1.as_str(), "Mr" | "Sir")),
            "{r:?}"
        );
        assert!(
            r.iter().any(|x| x.0 == "Ian Bly" && x.1 == "Commissioner"),
            "{r:?}"
        );
    }

    #[test]
    fn kin_is_not_a_role_and_roles_are_unique() {
        let r = roles("Her husband Rui Vaz left. President Ana Silva spoke. Later President Ana Silva spoke again.");
        assert!(!r.iter().any(|x| x.1 == "husband"));
        assert_eq!(r.iter().filter(|x| x.0 == "Ana Silva").count(), 1);
    }

    #[test]
    fn a_title_read_backwards_stops_at_a_verb() {
        assert!(has(
            "Headline\n\nThe band met pianist Rui Vaz in Lisbon.",
            "Rui Vaz",
            "pianist",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe minister thanked coach Ana Silva on Friday.",
            "Ana Silva",
            "coach",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe tour saw director Lena Ortiz return.",
            "Lena Ortiz",
            "director",
            None,
            false
        ));
        // a lower-case modifier that is not a verb stays in the title
        assert!(has(
            "Headline\n\nThe club hired defence coach Ana Silva.",
            "Ana Silva",
            "defence coach",
            None,
            false
        ));
    }

    #[test]
    fn a_title_word_before_a_lower_case_title_is_not_part_of_it() {
        // "Queen" here names a band; "President and CEO" is both titles, each whole
        assert!(has(
            "Headline\n\nLater, Queen violinist Rui Vaz joined them.",
            "Rui Vaz",
            "violinist",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nPresident and CEO Ana Silva resigned.",
            "Ana Silva",
            "President",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nPresident and CEO Ana Silva resigned.",
            "Ana Silva",
            "CEO",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nDeputy director Lena Ortiz resigned.",
            "Lena Ortiz",
            "Deputy director",
            None,
            false
        ));
    }

    #[test]
    fn first_lady_is_a_position_not_an_honorific() {
        assert!(has(
            "Headline\n\nFirst Lady Ana Silva visited the school.",
            "Ana Silva",
            "First Lady",
            None,
            false
        ));
        // a trailing honorific is still dropped
        assert!(has(
            "Headline\n\nCommissioner Sir Rui Vaz resigned.",
            "Rui Vaz",
            "Commissioner",
            None,
            false
        ));
    }

    #[test]
    fn a_site_or_shop_after_a_role_noun_is_no_person() {
        let r = roles("Headline\n\nShoppers queued at Chemist Warehouse. Troops left General Marlow Base on Tuesday.");
        assert!(
            r.iter()
                .all(|x| x.0 != "Warehouse" && !x.0.ends_with("Base")),
            "{r:?}"
        );
    }

    #[test]
    fn adviser_is_a_title_before_a_name() {
        assert!(has(
            "Headline\n\nNational Security Adviser Rui Vaz said the talks had failed.",
            "Rui Vaz",
            "National Security Adviser",
            None,
            false
        ));
    }

    #[test]
    fn a_title_read_backwards_stops_at_a_preposition() {
        assert!(has(
            "Headline\n\nThe reforms put ministers below Chancellor Rui Vaz.",
            "Rui Vaz",
            "Chancellor",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nHe will stand against Defence Secretary Ana Silva.",
            "Ana Silva",
            "Defence Secretary",
            None,
            false
        ));
    }

    #[test]
    fn a_kind_of_body_in_a_lower_case_title_is_the_body_of_that_kind_named_before() {
        let body = "Headline\n\nThe Budget Committee met on Monday. Its committee chairman Rui Vaz said the hearing would go on.";
        assert!(has(
            body,
            "Rui Vaz",
            "committee chairman",
            Some("Budget Committee"),
            false
        ));
        let body = "Headline\n\nThe Ministry of Health confirmed two cases. On Friday, ministry spokesperson Ana Silva said more tests were due.";
        assert!(has(
            body,
            "Ana Silva",
            "ministry spokesperson",
            Some("Ministry of Health"),
            false
        ));
        // no body of the kind named before: none; a party is not looked for
        assert!(has(
            "Headline\n\nOn Monday, committee chairman Rui Vaz said the hearing would go on.",
            "Rui Vaz",
            "committee chairman",
            None,
            false
        ));
        let body = "Headline\n\nThe Green Party lost seats. Labour party leader Ana Silva said the vote was fair.";
        assert!(
            !roles(body)
                .iter()
                .any(|r| r.0 == "Ana Silva" && r.2.as_deref() == Some("Green Party")),
            "{:?}",
            roles(body)
        );
    }

    #[test]
    fn a_professor_is_at_the_university_of_the_apposition_after_the_name() {
        let body = "Headline\n\nProfessor Ana Silva, chair of sea law at Lorsk University, said the ruling was wrong.";
        assert!(has(
            body,
            "Ana Silva",
            "Professor",
            Some("Lorsk University"),
            false
        ));
        // (a company is no professor's employer)
        let body = "Headline\n\nProfessor Ana Silva, an adviser to Lorsk Mining Company, said the ruling was wrong.";
        assert!(has(body, "Ana Silva", "Professor", None, false));
    }

    #[test]
    fn ex_before_a_capitalized_title_makes_it_former() {
        assert!(has(
            "Headline\n\nEx-Prime Minister Ana Silva wrote to the court.",
            "Ana Silva",
            "Prime Minister",
            None,
            true
        ));
        assert!(has(
            "Headline\n\nThe letter was signed by ex-President Ana Silva.",
            "Ana Silva",
            "President",
            None,
            true
        ));
        // (an employer after "ex-" keeps its old reading)
        assert!(has(
            "Headline\n\nHe met ex-Acme boss Ana Silva.",
            "Ana Silva",
            "Acme boss",
            None,
            true
        ));
    }

    #[test]
    fn a_body_a_possessor_has_is_the_employer() {
        let body = "Headline\n\nAna Silva, a spokeswoman for the Lorsk Institute's Centre for Sea Law, declined to comment.";
        assert!(has(
            body,
            "Ana Silva",
            "spokeswoman",
            Some("Centre for Sea Law"),
            false
        ));
    }

    #[test]
    fn formerly_in_an_apposition_and_became_with_no_article() {
        assert!(has("Headline\n\nTwo candidates, Ana Silva and Tom Berg, formerly the mayor of Lorsk, ended their campaigns.", "Tom Berg", "mayor", None, true));
        assert!(has(
            "Headline\n\nAfter the deal, Tom Berg became prime minister in 2009.",
            "Tom Berg",
            "prime minister",
            None,
            false
        ));
        // (not a post one may take: "becomes")
        assert!(
            !roles("Headline\n\nWhen Tom Berg becomes prime minister, taxes will rise.")
                .iter()
                .any(|r| r.1 == "prime minister")
        );
    }

    #[test]
    fn a_title_of_a_place_enclosed_in_commas_before_a_name() {
        assert!(has(
            "Headline\n\nOn Monday the Mayor of London, Tom Berg, visited the hospital.",
            "Tom Berg",
            "Mayor",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe bill was criticised by archbishop Monsenor Tom Berg.",
            "Tom Berg",
            "archbishop",
            None,
            false
        ));
    }

    #[test]
    fn speaker_of_the_house_before_a_name() {
        assert!(has(
            "Headline\n\nThey met Speaker of the House Ana Silva on Monday.",
            "Ana Silva",
            "Speaker of the House",
            None,
            false
        ));
        // (a body's name that goes on past the title word is the organization)
        assert!(has(
            "Headline\n\nAna Silva, Speaker of the National Assembly, resigned.",
            "Ana Silva",
            "Speaker",
            Some("National Assembly"),
            false
        ));
    }

    #[test]
    fn minister_of_information_before_a_name() {
        assert!(has(
            "Headline\n\nThe country's Minister of Information Rui Vaz denied it.",
            "Rui Vaz",
            "Minister of Information",
            None,
            false
        ));
    }

    #[test]
    fn performers_are_roles() {
        assert!(has(
            "Headline\n\nHer mother is professional wrestler Kaito Ishimura.",
            "Kaito Ishimura",
            "professional wrestler",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe show was led by choreographer Kaito Ishimura.",
            "Kaito Ishimura",
            "choreographer",
            None,
            false
        ));
    }

    #[test]
    fn sports_positions_are_roles() {
        assert!(has(
            "Headline\n\nFly-half Rui Vaz kicked three penalties.",
            "Rui Vaz",
            "fly-half",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe club signed striker Ana Silva on Monday.",
            "Ana Silva",
            "striker",
            None,
            false
        ));
    }

    #[test]
    fn before_a_capitalized_title_only_title_words_and_roles_modify_it() {
        assert!(has(
            "Headline\n\nThe Senate refused to consider President Ana Silva's nominee.",
            "Ana Silva",
            "President",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe cuts were announced by incumbent President Ana Silva.",
            "Ana Silva",
            "President",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe talks were led by acting President Ana Silva.",
            "Ana Silva",
            "acting President",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe hall was opened by deputy Mayor Rui Vaz.",
            "Rui Vaz",
            "deputy Mayor",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nThe plan was backed by ex-Home Secretary Rui Vaz.",
            "Rui Vaz",
            "Home Secretary",
            None,
            true
        ));
        // lower-case titles keep their lower-case modifiers
        assert!(has(
            "Headline\n\nThe study was led by public health researcher Lea Holt.",
            "Lea Holt",
            "public health researcher",
            None,
            false
        ));
    }

    #[test]
    fn former_before_a_place_or_a_person_makes_the_role_former() {
        assert!(has(
            "Headline\n\nThe award went to former Ohio governor Rui Vaz on Monday.",
            "Rui Vaz",
            "governor",
            None,
            true
        ));
        assert!(has("Headline\n\nPresident Ana Silva spoke. Another former Silva adviser, Rui Vaz, also spoke.", "Rui Vaz", "adviser", None, true));
        assert!(has(
            "Headline\n\nThe award went to Ohio governor Rui Vaz on Monday.",
            "Rui Vaz",
            "governor",
            None,
            false
        ));
    }

    #[test]
    fn an_indefinite_title_before_an_enclosed_name() {
        assert!(has(
            "Headline\n\nAnother voice actor, Ana Silva, said she was thrilled.",
            "Ana Silva",
            "voice actor",
            None,
            false
        ));
        assert!(has(
            "Headline\n\nOne senator, Rui Vaz, said there were not enough votes.",
            "Rui Vaz",
            "senator",
            None,
            false
        ));
    }

    #[test]
    fn a_bare_plural_after_a_name_is_no_appositive() {
        let r = roles("Headline\n\nThe magazine considered President Ana Silva, protesters in Lorsk, and a whistleblower.");
        assert!(
            r.iter()
                .all(|x| !(x.0 == "Ana Silva" && x.1.contains("protester"))),
            "{r:?}"
        );
        // "one of" a plural is this person's role
        assert!(has(
            "Headline\n\nRui Vaz, one of the company's directors, said it would help.",
            "Rui Vaz",
            "director",
            None,
            false
        ));
    }

    #[test]
    fn a_party_named_by_its_short_name_is_the_role_organization() {
        assert!(has(
            "Headline\n\nLabour MP Ana Silva said the plan was unfair.",
            "Ana Silva",
            "MP",
            Some("Labour Party"),
            false
        ));
        assert!(has(
            "Headline\n\nTory leader Rui Vaz disagreed.",
            "Rui Vaz",
            "leader",
            Some("Conservative Party"),
            false
        ));
    }

    #[test]
    fn an_organization_after_the_name_and_of_is_the_title_s() {
        assert!(has(
            "Headline\n\nPresidential candidate Ana Silva of the Green Party said she was pleased.",
            "Ana Silva",
            "Presidential candidate",
            Some("Green Party"),
            false
        ));
        assert!(has(
            "Headline\n\nEcologist Rui Vaz of Lorsk University said the fish were dying.",
            "Rui Vaz",
            "ecologist",
            Some("Lorsk University"),
            false
        ));
    }

    #[test]
    fn a_title_glossed_in_brackets_a_region_s_title_and_a_nationality_before_an_apposition() {
        // the gloss in brackets stands between the title and its holder; the title is not the
        // apposition of the name before it in the list
        let r = roles("Speakers included Premier of Lorsk Ana Ruiz, Labour MP (Member of Parliament) Tom Akers, and Rosa Delgado.");
        assert!(r.iter().any(|x| x.0 == "Tom Akers" && x.1 == "MP"), "{r:?}");
        assert!(!r.iter().any(|x| x.0 == "Ana Ruiz" && x.1 == "MP"), "{r:?}");
        // a capitalized title of a region or a city before the name
        assert!(has(
            "First Minister of Wales Ana Ruiz spoke on Monday.",
            "Ana Ruiz",
            "First Minister",
            None,
            false
        ));
        assert!(has(
            "Mayor of Paris Ana Ruiz spoke on Monday.",
            "Ana Ruiz",
            "Mayor",
            None,
            false
        ));
        // a country or a nationality before the title, no article
        assert!(has(
            "Tom Akers, US sport columnist from ESPN, said the game was over.",
            "Tom Akers",
            "sport columnist",
            Some("ESPN"),
            false
        ));
        assert!(has(
            "Tom Akers, Canadian columnist at the Lorsk Times, said the game was over.",
            "Tom Akers",
            "columnist",
            Some("Lorsk Times"),
            false
        ));
    }

    #[test]
    fn previously_the_post_in_an_apposition_is_a_former_one() {
        assert!(has(
            "On Thursday, Tom Akers, previously the Deputy Chief Minister of Lorsk, died.",
            "Tom Akers",
            "Deputy Chief Minister",
            None,
            true
        ));
        assert!(has(
            "Rosa Delgado, a maintainer of the script, said it was legal.",
            "Rosa Delgado",
            "maintainer",
            None,
            false
        ));
    }

    #[test]
    fn an_adverb_after_is_before_the_post() {
        assert!(has(
            "Ana Ruiz and Rui Vaz won. Ruiz is also a professor at Lorsk University.",
            "Ana Ruiz",
            "professor",
            Some("Lorsk University"),
            false
        ));
        assert!(has(
            "Ana Ruiz is now the chief executive of Acme Corp.",
            "Ana Ruiz",
            "chief executive",
            Some("Acme Corp."),
            false
        ));
        // (an adverb of another kind is no post's)
        assert!(roles("Ana Ruiz is rarely a guest at Acme Corp.").is_empty());
    }

    #[test]
    fn the_apposition_past_the_place_the_person_is_of() {
        assert!(has(
            "Mark Smith of Ohio, the Green Party's 2020 presidential nominee, spoke.",
            "Mark Smith",
            "presidential nominee",
            Some("Green Party"),
            false
        ));
        // (and a list of titled names, each of a place)
        let r = roles("It was backed by Senators Ana Ruiz of Ohio, Mark Smith of Utah, and more.");
        assert!(
            r.iter().any(|x| x.0 == "Mark Smith" && x.1 == "Senator"),
            "{r:?}"
        );
    }

    #[test]
    fn a_post_without_an_article_after_was_needs_its_body() {
        assert!(has(
            "Mark Smith was chairman of Acme Energy from 2000 to 2010.",
            "Mark Smith",
            "chairman",
            Some("Acme Energy"),
            false
        ));
        assert!(has(
            "Mark Smith, reportedly nicknamed the \"king of soap\", was chairman of Acme Energy.",
            "Mark Smith",
            "chairman",
            Some("Acme Energy"),
            false
        ));
        // (no body, no post: "was president when" tells a time)
        assert!(roles("Mark Smith was president when the war began.").is_empty());
    }

    #[test]
    fn a_post_given_with_and_without_its_body_is_one_role() {
        let r = roles(
            "Green Party presidential nominee Ana Ruiz spoke on Monday. Later the \
             party's presidential nominee Ana Ruiz met voters.",
        );
        let posts: Vec<_> = r.iter().filter(|x| x.0 == "Ana Ruiz").collect();
        assert_eq!(posts.len(), 1, "{r:?}");
        assert_eq!(posts[0].2.as_deref(), Some("Green Party"), "{r:?}");
    }

    #[test]
    fn an_acronym_title_after_and_is_a_second_post() {
        let r = roles("Mark Smith, president and CEO of Microsoft, said no.");
        for title in ["president", "CEO"] {
            assert!(
                r.iter()
                    .any(|x| x.1 == title && x.2.as_deref() == Some("Microsoft")),
                "{r:?}"
            );
        }
    }

    #[test]
    fn an_honorific_after_the_comma_of_an_apposition() {
        assert!(has(
            "In a briefing, the director of Lorsk University, Dr Ana Ruiz, said the tests worked.",
            "Ana Ruiz",
            "director",
            Some("Lorsk University"),
            false
        ));
        // (not an inverted attribution after a comma)
        let r = roles(
            "Mark Smith spoke. Asked whether he trusted the prime minister, Mr Smith replied: \
             \"Yes.\"",
        );
        assert!(r.iter().all(|x| x.1 != "prime minister"), "{r:?}");
    }

    #[test]
    fn a_number_and_a_plural_before_a_list_of_names() {
        for body in [
            "The agency selected two astronauts, Mark Smith and Ana Ruiz, for the mission.",
            "The minister met three journalists, Mark Smith, Ana Ruiz and Tom Cole.",
        ] {
            let r = roles(body);
            let title = if body.contains("astronaut") {
                "astronaut"
            } else {
                "journalist"
            };
            for who in ["Mark Smith", "Ana Ruiz"] {
                assert!(
                    r.iter().any(|x| x.0 == who && x.1 == title),
                    "{body}: {r:?}"
                );
            }
        }
    }

    #[test]
    fn then_the_post_and_who_succeeded_him_as_the_post() {
        assert!(has(
            "She did so at the request of Mark Smith, then the Prime Minister.",
            "Mark Smith",
            "Prime Minister",
            None,
            true
        ));
        assert!(has(
            "Mark Smith competed against Ana Ruiz, who succeeded him as Foreign Secretary.",
            "Ana Ruiz",
            "Foreign Secretary",
            None,
            false
        ));
        assert!(has(
            "Ana Ruiz, who is Foreign Secretary, spoke.",
            "Ana Ruiz",
            "Foreign Secretary",
            None,
            false
        ));
    }

    #[test]
    fn a_body_before_a_capitalized_title_and_a_name_employs() {
        assert!(has(
            "On Monday, Acme CEO Mark Smith said no.",
            "Mark Smith",
            "CEO",
            Some("Acme"),
            false
        ));
        assert!(has(
            "ABS-CBN CEO Mark Smith said refunds were offered.",
            "Mark Smith",
            "CEO",
            Some("ABS-CBN"),
            false
        ));
    }

    #[test]
    fn the_body_a_person_is_of_employs_them_in_the_apposition_after_it() {
        assert!(has(
            "Ana Silva of Lorsk University, a shipping researcher with long experience \
             interpreting Radex data, said the ship was lost.",
            "Ana Silva",
            "shipping researcher",
            Some("Lorsk University"),
            false
        ));
        // (an employer the apposition names stays)
        assert!(has(
            "Ana Lopes of Acme Corp, an analyst at Beta Bank, spoke.",
            "Ana Lopes",
            "analyst",
            Some("Beta Bank"),
            false
        ));
        // (and the title before the name keeps the body after it)
        assert!(has(
            "Professor Rui Costa of Lorsk University, co-author of a new study, said guns kill.",
            "Rui Costa",
            "Professor",
            Some("Lorsk University"),
            false
        ));
    }

    #[test]
    fn two_titles_joined_by_and_after_a_preposition() {
        assert!(has(
            "Wikinews caught up with postdoctoral researcher and study co-author Ana Ruiz.",
            "Ana Ruiz",
            "postdoctoral researcher",
            None,
            false
        ));
        assert!(has(
            "The airline was set up by army officer and silk farmer Rui Vaz in 2003.",
            "Rui Vaz",
            "army officer",
            None,
            false
        ));
    }

    #[test]
    fn a_first_title_before_and_a_name_modified_or_retired_second_title() {
        let body = "Ana Lopes spoke. Later, businessman and Lopes loyalist Rui Vaz said no.";
        assert!(has(body, "Rui Vaz", "businessman", None, false));
        let body = "He met former adviser and retired general Mark Tallis.";
        assert!(has(body, "Mark Tallis", "adviser", None, true));
        // (after an article, two people: the mayor is not the activist)
        let body = "Ana Lopes spoke. The mayor and Lopes loyalist Rui Vaz met.";
        assert!(!has(body, "Rui Vaz", "mayor", None, false));
    }

    #[test]
    fn a_service_s_unit_is_one_name() {
        assert!(has(
            "Navy Information Agency head Arba Agung said the search went on.",
            "Arba Agung",
            "head",
            Some("Navy Information Agency"),
            false
        ));
    }

    #[test]
    fn a_place_s_post_in_an_apposition() {
        assert!(has(
            "Mark Smith, Ohio's governor, said no.",
            "Mark Smith",
            "governor",
            None,
            false
        ));
    }

    #[test]
    fn a_justice_of_a_court_is_a_post() {
        assert!(has(
            "Jane Roe, an associate justice of the Lorsk Supreme Court, said the ruling stood.",
            "Jane Roe",
            "associate justice",
            Some("Lorsk Supreme Court"),
            false
        ));
        assert!(has(
            "Jim Fox, a former justice of the Lorsk Supreme Court, wrote the book.",
            "Jim Fox",
            "justice",
            Some("Lorsk Supreme Court"),
            true
        ));
    }

    #[test]
    fn a_plural_right_before_one_name_is_no_title_of_it() {
        let body = "Bill Stone spoke. The number of judges Stone favors is nine.";
        assert!(roles(body).is_empty(), "{:?}", roles(body));
        // (but before a list of names each holds it, past what each is of)
        let body = "It was backed by Senators Ana Lopes of Utah, Rui Vaz of Ohio, and Tom Berg.";
        for who in ["Ana Lopes", "Rui Vaz"] {
            assert!(has(body, who, "Senator", None, false), "{who}");
        }
        // (and an honorific is no plural: "his dance teacher Mrs Lopes")
        assert!(has(
            "Adult actors include Tim Berg as his dance teacher Mrs Lopes.",
            "Lopes",
            "teacher",
            None,
            false
        ));
    }

    #[test]
    fn officers_of_a_company_and_members_of_a_board_are_titles_before_the_name() {
        assert!(has(
            "Lorsk Software's Chief Technical Officer Rui Vaz wrote the announcement.",
            "Rui Vaz",
            "Chief Technical Officer",
            Some("Lorsk Software"),
            false
        ));
        assert!(has(
            "The inquiry will be led by Lorsk Safety Board Member Ana Ruiz.",
            "Ana Ruiz",
            "Member",
            Some("Lorsk Safety Board"),
            false
        ));
    }
}
