//! Explicit and relative dates.
//!
//! Explicit: "June 12, 2018", "Feb. 28, 2019", "14 January 2020", "February 2019", "in 2017",
//! "a 1994 agreement". Relative to the publication date: a month and day without a year
//! ("Jan. 14") or a bare month ("in December") is the latest such day/month not after
//! publication; "last July" the latest July before the publication month; a weekday ("on
//! Monday") the latest such day not after publication; "yesterday", "today", "this month",
//! "last month", "this year", "last year", "last week", "this week", "two months ago";
//! "the same day" repeats the last full date.

use super::doc::Doc;
use super::tokens::{Tok, TK};
use crate::model::{PartialDate, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub date: PartialDate,
}

pub fn month_number(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    let m = match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sep" | "Sept" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub fn weekday_number(w: &str) -> Option<i64> {
    // 0 = Monday
    Some(match w {
        "Monday" => 0,
        "Tuesday" => 1,
        "Wednesday" => 2,
        "Thursday" => 3,
        "Friday" => 4,
        "Saturday" => 5,
        "Sunday" => 6,
        _ => return None,
    })
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

fn pub_days(p: PartialDate) -> Option<i64> {
    Some(days_from_civil(p.year, p.month?, p.day.unwrap_or(1)))
}

fn from_days(z: i64) -> PartialDate {
    let (y, m, d) = civil_from_days(z);
    PartialDate::ymd(y, m, d)
}

fn month_only(y: i32, m: u8) -> PartialDate {
    PartialDate {
        year: y,
        month: Some(m),
        day: None,
    }
}

fn year_only(y: i32) -> PartialDate {
    PartialDate {
        year: y,
        month: None,
        day: None,
    }
}

/// The latest month `m` not after the publication month.
fn latest_month(p: PartialDate, m: u8) -> PartialDate {
    let pm = p.month.unwrap_or(12);
    month_only(if m <= pm { p.year } else { p.year - 1 }, m)
}

/// A count written as a word ("three") or in digits.
pub(crate) fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return w.parse().ok(),
    })
}

fn day_num(w: &str) -> Option<u8> {
    let w = w.trim_end_matches(|c: char| c.is_alphabetic());
    let d: u8 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_num(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1800..=2100).contains(&y).then_some(y)
}

/// The words before token i speak of the future ("scheduled for", "will", "next").
fn future_context(lower: &str, toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| toks[k].text(lower);
    // (up to twelve words back within the clause: "is scheduled to continue its primary season
    // on March 17")
    // (a comma right before the date is an apposition's: "next Wednesday, July 31")
    let from = (i.saturating_sub(12)..i.saturating_sub(1))
        .rev()
        .find(|&k| toks[k].k == TK::Punct)
        .map_or(i.saturating_sub(12), |k| k + 1);
    // ("by", "until", "through" right before it: "by March 3"; not "followed by X in August")
    let near = i.saturating_sub(2);
    // ("due to the storm": a cause, not a schedule; "due to start in May" is one)
    let cause = |k: usize| {
        k + 2 < toks.len()
            && w(k + 1) == "to"
            && matches!(
                w(k + 2),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
            )
    };
    (from..i).any(|k| {
        (w(k) == "due" && !cause(k)) || matches!(
            w(k),
            "scheduled" | "will" | "upcoming" | "planned" | "expected" | "slated" | "set" | "next" | "would" | "coming"
                | "forthcoming" | "ahead"
        ) || (k >= near && matches!(w(k), "until" | "by" | "through"))
            // "to be held on August 9"
            || (w(k) == "to" && k + 1 < i && w(k + 1) == "be")
    })
    // "a bid for October elections"
    || (i > 0 && w(i - 1) == "for")
}

/// Dates in one run of tokens. `last_full` carries the last full date (for "the same day").
/// `lower` is `body` with its ASCII letters lower-cased (see `Doc::lower`).
pub fn find_in(
    body: &str,
    lower: &str,
    toks: &[Tok],
    published: Option<PartialDate>,
    last_full: &mut Option<PartialDate>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let n = toks.len();
    let w = |i: usize| if i < n { toks[i].text(body) } else { "" };
    let lw = |i: usize| if i < n { toks[i].text(lower) } else { "" };
    let pd = published.and_then(pub_days);
    let mut i = 0;
    while i < n {
        let t = &toks[i];
        let word = w(i);
        let span_to = |j: usize| Span::new(t.s, toks[j].e);
        // Month [day][, year] / Month year
        if t.k == TK::Word
            && word
                .chars()
                .next()
                .map(|c| c.is_uppercase())
                .unwrap_or(false)
        {
            if let Some(m) = month_number(word) {
                let prev = if i > 0 { lw(i - 1) } else { "" };
                let prev_cap = i > 0
                    && toks[i - 1].k == TK::Word
                    && w(i - 1)
                        .chars()
                        .next()
                        .map(|c| c.is_uppercase())
                        .unwrap_or(false)
                    && month_number(w(i - 1)).is_none()
                    && weekday_number(w(i - 1)).is_none()
                    && !matches!(
                        prev,
                        "in" | "since"
                            | "until"
                            | "by"
                            | "late"
                            | "early"
                            | "mid"
                            | "last"
                            | "this"
                            | "next"
                            | "on"
                            | "from"
                            | "of"
                            | "the"
                            | "during"
                            | "before"
                            | "after"
                    );
                if let Some(d) = (i + 1 < n && toks[i + 1].k == TK::Num)
                    .then(|| day_num(w(i + 1)))
                    .flatten()
                {
                    // Month day [, year]
                    let (mut j, mut year) = (i + 1, None);
                    if w(i + 2) == "," && toks.get(i + 3).map(|x| x.k == TK::Num).unwrap_or(false) {
                        if let Some(y) = year_num(w(i + 3)) {
                            year = Some(y);
                            j = i + 3;
                        }
                    } else if let Some(y) = toks
                        .get(i + 2)
                        .filter(|x| x.k == TK::Num)
                        .and_then(|_| year_num(w(i + 2)))
                    {
                        year = Some(y);
                        j = i + 2;
                    }
                    let future = future_context(lower, toks, i);
                    let date = match (year, published) {
                        (Some(y), _) => Some(PartialDate::ymd(y, m, d)),
                        (None, Some(p)) => {
                            let not_after = (m, d) <= (p.month.unwrap_or(12), p.day.unwrap_or(31));
                            let y = if future {
                                if (m, d) >= (p.month.unwrap_or(1), p.day.unwrap_or(1)) {
                                    p.year
                                } else {
                                    p.year + 1
                                }
                            } else if not_after {
                                p.year
                            } else {
                                p.year - 1
                            };
                            Some(PartialDate::ymd(y, m, d))
                        }
                        _ => None,
                    };
                    if let Some(date) = date {
                        if d <= days_in_month(date.year, m) {
                            out.push(DateMention {
                                span: span_to(j),
                                date,
                            });
                            *last_full = Some(date);
                        }
                    }
                    i = j + 1;
                    continue;
                }
                if let Some(y) = toks
                    .get(i + 1)
                    .filter(|x| x.k == TK::Num)
                    .and_then(|_| year_num(w(i + 1)))
                {
                    out.push(DateMention {
                        span: span_to(i + 1),
                        date: month_only(y, m),
                    });
                    i += 2;
                    continue;
                }
                // bare month
                let modal_may = m == 5
                    && !matches!(
                        prev,
                        "in" | "since"
                            | "until"
                            | "by"
                            | "late"
                            | "early"
                            | "mid"
                            | "last"
                            | "this"
                            | "of"
                            | "from"
                            | "during"
                    );
                let next_of = lw(i + 1) == "of";
                if !prev_cap && !modal_may && !next_of {
                    if let Some(p) = published {
                        let date = if prev == "last" {
                            let pm = p.month.unwrap_or(12);
                            month_only(if m < pm { p.year } else { p.year - 1 }, m)
                        } else if prev == "this" {
                            month_only(p.year, m)
                        } else if prev == "next" {
                            i += 1;
                            continue;
                        } else if future_context(lower, toks, i) {
                            let pm = p.month.unwrap_or(1);
                            month_only(if m >= pm { p.year } else { p.year + 1 }, m)
                        } else {
                            latest_month(p, m)
                        };
                        let st = if matches!(prev, "last" | "this") {
                            toks[i - 1].s
                        } else {
                            t.s
                        };
                        out.push(DateMention {
                            span: Span::new(st, t.e),
                            date,
                        });
                    }
                }
                i += 1;
                continue;
            }
            if let Some(wd) = weekday_number(word) {
                // an explicit date right after ("Thursday, Feb. 28, 2019") wins
                let explicit_next = (i + 1..(i + 3).min(n)).any(|k| month_number(w(k)).is_some());
                let prev = if i > 0 { lw(i - 1) } else { "" };
                if !explicit_next && prev != "next" {
                    if let Some(pz) = pd {
                        let pwd = (pz + 3).rem_euclid(7); // 1970-01-01 was a Thursday (3)
                        let mut back = (pwd - wd).rem_euclid(7);
                        if prev == "last" && back == 0 {
                            back = 7;
                        }
                        let date = from_days(pz - back);
                        out.push(DateMention {
                            span: t.span(),
                            date,
                        });
                        *last_full = Some(date);
                    }
                }
                i += 1;
                continue;
            }
        }
        // Day Month [Year]
        if t.k == TK::Num {
            if let (Some(d), Some(m)) = (day_num(word), month_number(w(i + 1))) {
                if w(i + 1)
                    .chars()
                    .next()
                    .map(|c| c.is_uppercase())
                    .unwrap_or(false)
                {
                    let (j, date) = match toks
                        .get(i + 2)
                        .filter(|x| x.k == TK::Num)
                        .and_then(|_| year_num(w(i + 2)))
                    {
                        Some(y) => (i + 2, Some(PartialDate::ymd(y, m, d))),
                        None => (
                            i + 1,
                            published.map(|p| {
                                let y = if future_context(lower, toks, i) {
                                    if (m, d) >= (p.month.unwrap_or(1), p.day.unwrap_or(1)) {
                                        p.year
                                    } else {
                                        p.year + 1
                                    }
                                } else if (m, d) <= (p.month.unwrap_or(12), p.day.unwrap_or(31)) {
                                    p.year
                                } else {
                                    p.year - 1
                                };
                                PartialDate::ymd(y, m, d)
                            }),
                        ),
                    };
                    if let Some(date) = date {
                        out.push(DateMention {
                            span: span_to(j),
                            date,
                        });
                        *last_full = Some(date);
                    }
                    i = j + 1;
                    continue;
                }
            }
            if let Some(y) = year_num(word) {
                let next = lw(i + 1);
                let prev = if i > 0 { w(i - 1) } else { "" };
                let bad_next = matches!(
                    next,
                    "utc"
                        | "gmt"
                        | "bst"
                        | "hours"
                        | "hrs"
                        | "%"
                        | "percent"
                        | "people"
                        | "troops"
                        | "km"
                        | "miles"
                        | "metres"
                        | "meters"
                        | "feet"
                        | "tons"
                        | "tonnes"
                        | ":"
                );
                let bad_prev =
                    matches!(prev, "$" | "US$" | "€" | "£" | "No." | "number" | "Article")
                        || prev.ends_with('$');
                let in_range = published.map(|p| y <= p.year + 1).unwrap_or(true);
                if !bad_next && !bad_prev && in_range {
                    out.push(DateMention {
                        span: t.span(),
                        date: year_only(y),
                    });
                }
            }
            // "two months ago" with a digit
        }
        // "mid-2019", "early-2020"
        if t.k == TK::Word {
            if let Some(rest) = word
                .strip_prefix("mid-")
                .or_else(|| word.strip_prefix("early-"))
                .or_else(|| word.strip_prefix("late-"))
            {
                if let Some(y) = year_num(rest) {
                    out.push(DateMention {
                        span: t.span(),
                        date: year_only(y),
                    });
                    i += 1;
                    continue;
                }
            }
        }
        // relative words
        let relevant = (t.k == TK::Word
            && matches!(
                lw(i),
                "a" | "an"
                    | "earlier"
                    | "eight"
                    | "eleven"
                    | "five"
                    | "four"
                    | "last"
                    | "nine"
                    | "one"
                    | "same"
                    | "seven"
                    | "six"
                    | "ten"
                    | "this"
                    | "three"
                    | "today"
                    | "tonight"
                    | "twelve"
                    | "two"
                    | "yesterday"
            ))
            || (t.k == TK::Num && word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit()));
        if relevant {
            let l = lw(i);
            if let Some(p) = published {
                let next = lw(i + 1);
                let push = |j: usize, date: PartialDate, out: &mut Vec<DateMention>| {
                    out.push(DateMention {
                        span: Span::new(t.s, toks[j.min(n - 1)].e),
                        date,
                    });
                };
                match (l, next) {
                    ("yesterday", _) => {
                        if let Some(pz) = pd {
                            let d = from_days(pz - 1);
                            push(i, d, &mut out);
                            *last_full = Some(d);
                        }
                    }
                    ("today", _) | ("tonight", _) => {
                        if let Some(pz) = pd {
                            push(i, from_days(pz), &mut out);
                        }
                    }
                    ("this", "month") | ("this", "week") | ("earlier", "this")
                        if lw(i + 2) != "year" || l == "this" =>
                    {
                        if let Some(m) = p.month {
                            let j = if l == "earlier" { i + 2 } else { i + 1 };
                            if l != "earlier" || lw(i + 2) == "month" || lw(i + 2) == "week" {
                                push(j, month_only(p.year, m), &mut out);
                                i = j + 1;
                                continue;
                            }
                        }
                    }
                    // "last night": the evening before the day of publication
                    ("last", "night") => {
                        if let Some(pz) = pd {
                            let d = from_days(pz - 1);
                            push(i + 1, d, &mut out);
                            *last_full = Some(d);
                            i += 2;
                            continue;
                        }
                    }
                    ("this", "morning" | "afternoon" | "evening") => {
                        if let Some(pz) = pd {
                            push(i + 1, from_days(pz), &mut out);
                            i += 2;
                            continue;
                        }
                    }
                    ("last", "month") => {
                        if let Some(m) = p.month {
                            let d = if m == 1 {
                                month_only(p.year - 1, 12)
                            } else {
                                month_only(p.year, m - 1)
                            };
                            push(i + 1, d, &mut out);
                            i += 2;
                            continue;
                        }
                    }
                    ("last", "week") => {
                        if let Some(pz) = pd {
                            let (y, m, _) = civil_from_days(pz - 7);
                            push(i + 1, month_only(y, m), &mut out);
                            i += 2;
                            continue;
                        }
                    }
                    ("this", "year") => {
                        push(i + 1, year_only(p.year), &mut out);
                        i += 2;
                        continue;
                    }
                    ("last", "year") => {
                        push(i + 1, year_only(p.year - 1), &mut out);
                        i += 2;
                        continue;
                    }
                    _ => {}
                }
                if l == "earlier" && next == "this" && lw(i + 2) == "year" {
                    push(i + 2, year_only(p.year), &mut out);
                    i += 3;
                    continue;
                }
                // "two months ago"
                if let Some(k) = number_word(&l) {
                    let unit = lw(i + 1);
                    if lw(i + 2) == "ago" {
                        let date = match unit.trim_end_matches('s') {
                            "day" => pd.map(|pz| from_days(pz - k)),
                            "week" => pd.map(|pz| {
                                let (y, m, _) = civil_from_days(pz - 7 * k);
                                month_only(y, m)
                            }),
                            "month" => p.month.map(|m| {
                                let total = p.year as i64 * 12 + (m as i64 - 1) - k;
                                month_only(
                                    (total.div_euclid(12)) as i32,
                                    (total.rem_euclid(12) + 1) as u8,
                                )
                            }),
                            "year" => Some(year_only(p.year - k as i32)),
                            _ => None,
                        };
                        if let Some(d) = date {
                            push(i + 2, d, &mut out);
                            i += 3;
                            continue;
                        }
                    }
                }
            }
            if l == "same" && i > 0 && lw(i - 1) == "the" && lw(i + 1) == "day" {
                if let Some(d) = *last_full {
                    out.push(DateMention {
                        span: Span::new(toks[i - 1].s, toks[i + 1].e),
                        date: d,
                    });
                }
            }
        }
        i += 1;
    }
    out
}

/// Every date mention in the article's content blocks, in order.
pub fn find_all(doc: &Doc) -> Vec<DateMention> {
    let mut last = None;
    let mut out = Vec::new();
    let all_toks = &doc.tokens;
    for (_, toks) in all_toks.iter() {
        let toks = toks.as_slice();
        out.extend(find_in(
            doc.body,
            &doc.lower,
            toks,
            doc.article.published,
            &mut last,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn dates(s: &str, p: Option<PartialDate>) -> Vec<(String, String)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let mut last = None;
        find_in(s, &s.to_ascii_lowercase(), &toks, p, &mut last)
            .iter()
            .map(|d| (d.span.text(s).to_string(), d.date.to_string()))
            .collect()
    }

    fn pubd() -> Option<PartialDate> {
        Some(PartialDate::ymd(2021, 3, 10)) // a Wednesday
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            dates("It began on August 3, 2016, in Lima.", None),
            vec![("August 3, 2016".into(), "2016-08-03".into())]
        );
        assert_eq!(dates("Signed Sept. 9, 2011.", None)[0].1, "2011-09-09");
        assert_eq!(
            dates("Held 4 November 2009 in Oslo.", None)[0].1,
            "2009-11-04"
        );
        assert_eq!(dates("By October 2015 it was over.", None)[0].1, "2015-10");
        assert_eq!(dates("A 1987 treaty.", None)[0].1, "1987");
        assert_eq!(
            dates("Thursday, Oct. 1, 2015, in Rome", None),
            vec![("Oct. 1, 2015".into(), "2015-10-01".into())]
        );
    }

    #[test]
    fn month_and_day_without_year() {
        assert_eq!(dates("On Feb. 2 the vote", pubd())[0].1, "2021-02-02");
        assert_eq!(dates("On Nov. 30 the vote", pubd())[0].1, "2020-11-30");
        assert_eq!(dates("held on 5 March", pubd())[0].1, "2021-03-05");
    }

    #[test]
    fn bare_months() {
        assert_eq!(dates("talks in January failed", pubd())[0].1, "2021-01");
        assert_eq!(dates("talks in October failed", pubd())[0].1, "2020-10");
        assert_eq!(dates("the March vote", pubd())[0].1, "2021-03");
        assert_eq!(dates("late last March", pubd())[0].1, "2020-03");
        assert!(dates("She may go. The Long March of history.", pubd()).is_empty());
        assert_eq!(dates("since early this June", pubd())[0].1, "2021-06");
    }

    #[test]
    fn future_context_picks_the_next_occurrence() {
        assert_eq!(
            dates("The vote is scheduled for May 4.", pubd())[0].1,
            "2021-05-04"
        );
        assert_eq!(
            dates("The vote was held on May 4.", pubd())[0].1,
            "2020-05-04"
        );
        assert_eq!(dates("Talks will resume in June.", pubd())[0].1, "2021-06");
        assert_eq!(
            dates("the election to be held on August 9", pubd())[0].1,
            "2021-08-09"
        );
        assert_eq!(
            dates("a bill to fund the government through September", pubd())[0].1,
            "2021-09"
        );
        assert_eq!(
            dates("the bid for October elections failed", pubd())[0].1,
            "2021-10"
        );
        // without such words the latest one before publication
        assert_eq!(
            dates("the October elections were close", pubd())[0].1,
            "2020-10"
        );
        // the future word may stand further back in the clause, and day-month dates heed it too
        assert_eq!(
            dates(
                "The party is scheduled to continue its primary season with the caucuses on May 4.",
                pubd()
            )[0]
            .1,
            "2021-05-04"
        );
        assert_eq!(
            dates(
                "The party is scheduled to hold its caucuses on 4 May.",
                pubd()
            )[0]
            .1,
            "2021-05-04"
        );
        assert_eq!(
            dates("He resigns effective next Wednesday, May 4.", pubd())
                .last()
                .unwrap()
                .1,
            "2021-05-04"
        );
        // but not across a clause, nor "by" of a passive ("confirmed by the government on")
        assert_eq!(
            dates("It will rain, the storm hit on May 4.", pubd())[0].1,
            "2020-05-04"
        );
        assert_eq!(
            dates("It was first confirmed by the government on May 4.", pubd())[0].1,
            "2020-05-04"
        );
        // "due to" a cause is no schedule; "due to" a verb is
        assert_eq!(
            dates("Riots broke out due to the shooting in August.", pubd())[0].1,
            "2020-08"
        );
        assert_eq!(
            dates("The plant is due to open in August.", pubd())[0].1,
            "2021-08"
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(dates("On Monday the bank", pubd())[0].1, "2021-03-08");
        assert_eq!(dates("on Wednesday it rained", pubd())[0].1, "2021-03-10");
        assert_eq!(dates("last Wednesday it rained", pubd())[0].1, "2021-03-03");
        assert_eq!(dates("Late on Sunday, troops", pubd())[0].1, "2021-03-07");
        assert!(dates("On Monday", None).is_empty());
    }

    #[test]
    fn relative_phrases() {
        assert_eq!(dates("Officials said yesterday", pubd())[0].1, "2021-03-09");
        assert_eq!(dates("visited earlier this month", pubd())[0].1, "2021-03");
        assert_eq!(dates("This month, the", pubd())[0].1, "2021-03");
        assert_eq!(dates("a poll published last week", pubd())[0].1, "2021-03");
        assert_eq!(dates("it began last month", pubd())[0].1, "2021-02");
        assert_eq!(
            dates("first seen about two months ago", pubd())[0].1,
            "2021-01"
        );
        assert_eq!(dates("first seen four months ago", pubd())[0].1, "2020-11");
        assert_eq!(dates("earlier this year", pubd())[0].1, "2021");
        assert_eq!(
            dates("was stabbed last night on stage", pubd())[0].1,
            "2021-03-09"
        );
        assert_eq!(
            dates("told reporters this morning", pubd())[0].1,
            "2021-03-10"
        );
        assert!(dates("the last nights of the tour", pubd()).is_empty());
        assert_eq!(
            dates("in 2017 and last year", pubd())
                .iter()
                .map(|d| d.1.clone())
                .collect::<Vec<_>>(),
            vec!["2017", "2020"]
        );
    }

    #[test]
    fn same_day_repeats_last_full_date() {
        let d = dates(
            "On Friday, the court ruled. On the same day, the minister quit.",
            pubd(),
        );
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].1, d[0].1);
        assert_eq!(d[1].1, "2021-03-05");
    }

    #[test]
    fn mid_year() {
        assert_eq!(dates("talks stalled in mid-2019", pubd())[0].1, "2019");
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert!(dates(
            "at 1930 UTC and $2000 and 1,500 people and 3000 troops",
            pubd()
        )
        .is_empty());
    }

    #[test]
    fn calendar_arithmetic() {
        for z in [-1000i64, 0, 17000, 18331, 20000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_in_month(2020, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
    }
}
