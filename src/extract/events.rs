//! Events: summits, talks, meetings, visits, sanctions, missile tests, publications, laws,
//! resolutions, elections, agreements, attacks, protests, announcements, openings,
//! outbreaks, disasters, trials, famines and a few others (shutdowns, subpoenas,
//! resignations, collisions).
//!
//! A trigger word (or phrase) opens an event in its sentence. It takes the nearest date of
//! the sentence (commas count as distance), a place named right after it ("in Oslo", "to
//! Oslo") or right before it ("the Oslo summit"), else a place of the sentence, and the people
//! and organizations of the sentence as participants. An event is kept with a date or a
//! place. Mentions of one event in one article (same kind, compatible date and place) merge,
//! and a meeting that matches a summit is that summit.

use super::dates::{self, DateMention};
use super::doc::{BlockKind, Doc, Entities};
use super::tokens::{Tok, TK};
use crate::model::{EntityId, EntityKind, Event, EventKind, PartialDate, Span};
use std::collections::BTreeMap;

/// How many earlier events of the same kind a new mention is compared with for merging.
const MERGE_WINDOW: usize = 256;

#[derive(Debug, Clone)]
struct Cand {
    kind: EventKind,
    name: String,
    date: Option<PartialDate>,
    place: Option<EntityId>,
    /// 2 = named with the trigger, 1 = in the sentence, 0 = from the paragraph or article
    place_strength: u8,
    participants: Vec<EntityId>,
    evidence: Vec<Span>,
    /// the trigger word, lower-case (events of kind Other merge only with the same word)
    word: String,
}

static TRIGGER_WORDS: once_cell::sync::Lazy<super::lexicon::WordSet> = once_cell::sync::Lazy::new(
    || {
        "summit summits talks negotiations discussions conversation call spoke talked meeting
        meetings met visit visits visited visiting trip tour toured touring sanctions missile missiles test-fired
        test-fires report advisory summary study poll guidelines transcript findings paper research act bill law legislation resolution
        resolutions election elections re-election referendum agreement treaty accord pact deal attack attacks
        offensive invasion airstrike airstrikes bombing bombings incursion strikes strike operation murder murdered
        assassination assassinated massacre protest protests
        demonstration demonstrations rally rallies announced announces announcement unveiled opening opened outbreak
        epidemic pandemic earthquake quake tsunami hurricane typhoon cyclone floods flooding wildfire wildfires
        landslide eruption drought trial trials famine shutdown lockdown subpoena resigned resignation died dies collision
        crash coup shut recognized detected identified emerged reported launched fired launches fires
        shooting shootings ruling ruled sworn swearing-in appeared appears stabbed stabbing stabbings conference
        caucus caucuses primary primaries explosion explosions blast collapsed collapse blaze bushfire bushfires fire
        crashed rallied marched killed sentenced convicted acquitted pleaded arrested arrest lawsuit sued theft
        burglary robbery heist bomb assault voted elected re-elected acquisition merger emergency hospitalized
        hospitalised inducted march guilty calamity disaster defeated beat beats defeats won wins endorsed endorses
        suspended suspends suspending ended ends ending stepped steps confirmed confirms reports jailed
        imprisoned"
        .split_whitespace()
        .collect()
    },
);

/// The trigger at token i, if any: (kind, last token of the trigger phrase).
fn trigger(body: &str, lower: &str, toks: &[Tok], i: usize) -> Option<(EventKind, usize)> {
    use EventKind::*;
    let n = toks.len();
    let w = |k: usize| if k < n { toks[k].text(body) } else { "" };
    let l = |k: usize| if k < n { toks[k].text(lower) } else { "" };
    if toks[i].k != TK::Word {
        return None;
    }
    let word = w(i);
    // trigger words are 3 to 14 bytes long: a cheap reject before the set lookup
    let lw = toks[i].text(lower);
    if word.len() < 3 || word.len() > 14 || !TRIGGER_WORDS.contains(lw) {
        return None;
    }
    let prev = if i > 0 { l(i - 1) } else { "" };
    let prev2 = if i > 1 { l(i - 2) } else { "" };
    let next = l(i + 1);
    // (a match won, not a team beaten)
    let won = matches!(lw, "won" | "wins");
    let k = match lw {
        "summit" | "summits" => Summit,
        "talks" | "negotiations" | "discussions" => {
            if matches!(prev, "he" | "she" | "it" | "who") {
                return None;
            }
            // "special envoy for Ukraine negotiations" names a post, not an event
            if (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    l(k),
                    "envoy" | "negotiator" | "representative" | "coordinator"
                )
            }) {
                return None;
            }
            Talks
        }
        "conversation" if prev == "phone" || prev == "telephone" => Talks,
        "call"
            if prev == "phone"
                || toks
                    .get(i.wrapping_sub(1))
                    .map(|t| t.k == TK::Poss)
                    .unwrap_or(false)
                || matches!(next, "between" | "with") && matches!(prev, "a" | "the" | "phone") =>
        {
            Talks
        }
        "spoke" | "talked"
            if next == "on" && l(i + 2) == "the" && matches!(l(i + 3), "phone" | "telephone") =>
        {
            return Some((Talks, i + 3));
        }
        "spoke" | "talked" if next == "by" && matches!(l(i + 2), "phone" | "telephone") => {
            return Some((Talks, i + 2));
        }
        // ("a second round meeting with the champion": a match)
        "meeting" | "meetings"
            if matches!(
                prev,
                "round"
                    | "semi-final"
                    | "quarter-final"
                    | "final"
                    | "league"
                    | "cup"
                    | "indoor"
                    | "outdoor"
                    | "athletics"
                    | "race"
            ) =>
        {
            return None
        }
        "meeting" | "meetings" => Meeting,
        // ("was met with applause", "were met with criticism": a reception, no meeting)
        "met"
            if matches!(
                prev,
                "was" | "were" | "been" | "being" | "be" | "is" | "are"
            ) =>
        {
            return None
        }
        "met" if matches!(next, "with") || (i + 1 < n && word_is_cap(w(i + 1))) => Meeting,
        // "the two leaders met in Oslo", "met on Monday" (not "met in the final": a match)
        "met"
            if (matches!(next, "in" | "at") && i + 2 < n && word_is_cap(w(i + 2)))
                || (next == "on"
                    && i + 2 < n
                    && (super::lexicon::is_weekday_word(w(i + 2))
                        || super::lexicon::is_month_word(w(i + 2)))) =>
        {
            Meeting
        }
        // "protesters rallied outside parliament", "thousands marched through the capital"
        "rallied" | "marched"
            if (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    l(k),
                    "protesters"
                        | "protestors"
                        | "demonstrators"
                        | "thousands"
                        | "hundreds"
                        | "crowds"
                        | "supporters"
                        | "activists"
                        | "marchers"
                        | "students"
                        | "workers"
                        | "people"
                        | "million"
                )
            }) && !matches!(next, "to" | "behind" | "around") =>
        {
            Protest
        }
        // "a suicide bomber killed 20 people", "gunmen killed three" (a killing by an attacker)
        "killed"
            if (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    l(k),
                    "bomber"
                        | "bombers"
                        | "gunman"
                        | "gunmen"
                        | "attacker"
                        | "attackers"
                        | "militants"
                        | "insurgents"
                        | "terrorists"
                        | "shooter"
                )
            }) && !matches!(prev, "was" | "were" | "been" | "being") =>
        {
            Attack
        }
        // "the court sentenced Ana Ruiz to ten years", "was sentenced to life"
        // (past a long object: "sentenced a doctor based in Martinsville, Virginia to prison")
        "sentenced"
            if (i + 1..(i + 14).min(n))
                .take_while(|&k| !matches!(l(k), "." | "!" | "?" | ";"))
                .any(|k| l(k) == "to") =>
        {
            Trial
        }
        // "was found guilty of fraud", "found him not guilty"
        "guilty"
            if matches!(prev, "found" | "judged")
                || (prev == "not" && matches!(prev2, "found"))
                || (i >= 2
                    && matches!(prev2, "found")
                    && matches!(prev, "him" | "her" | "them")) =>
        {
            Trial
        }
        // a verdict: "was convicted of fraud", "a jury acquitted him", "pleaded guilty to" (not
        // "a convicted murderer", "convicted criminals": a word for a person)
        "convicted" | "acquitted"
            if matches!(prev, "was" | "were" | "been" | "jury" | "court" | "judge")
                || matches!(next, "of" | "on" | "him" | "her" | "them") =>
        {
            Trial
        }
        "pleaded" if matches!(next, "guilty" | "not") => return Some((Trial, i + 1)),
        // a sentence passed: "nine men were jailed on Tuesday for the abuse", "a judge jailed him
        // for life" (not "the jailed activist")
        // ("was imprisoned until 1974": a time spent, no sentence)
        "jailed" | "imprisoned"
            if matches!(prev, "judge" | "court")
                || matches!(next, "him" | "her" | "them" | "for")
                || (lw == "jailed" && matches!(prev, "was" | "were" | "been")) =>
        {
            Trial
        }
        // "police arrested two men", "was arrested on Saturday", "the arrest of the mayor" (not
        // "cardiac arrest", "house arrest", "under arrest")
        // (not a count over a time: "500 people have been arrested since the protests began")
        "arrested"
            if matches!(prev, "was" | "were" | "police" | "officers" | "authorities")
                // ("a man has been arrested after ...")
                || (prev == "been" && prev2 == "has" && next != "since")
                || (i + 1 < n && word_is_cap(w(i + 1)))
                || matches!(
                    next,
                    "a" | "two" | "three" | "four" | "five" | "several" | "him" | "her" | "them"
                ) =>
        {
            Other
        }
        "arrest" if next == "of" && !matches!(prev, "cardiac" | "house" | "under") => Other,
        // "filed a lawsuit", "sued the state" (not "a lawsuit would be costly": filed or brought)
        "lawsuit"
            if (i.saturating_sub(4)..i)
                .any(|k| matches!(l(k), "filed" | "brought" | "launched" | "files" | "filing")) =>
        {
            Other
        }
        "sued"
            if prev != "be"
                && (i + 1 < n
                    && (word_is_cap(w(i + 1))
                        || matches!(next, "the" | "a" | "him" | "her" | "them" | "for"))) =>
        {
            Other
        }
        // "the theft of the painting", "a burglary at the palace", "the robbery on Monday"
        "theft" | "burglary" | "robbery" | "heist"
            if matches!(prev, "a" | "the" | "this" | "that" | "armed")
                && matches!(
                    next,
                    "of" | "at" | "in" | "on" | "took" | "happened" | "occurred"
                ) =>
        {
            Other
        }
        // ("visit fake versions of the websites": a web page, no place)
        "visit" | "visits" | "visited" | "visiting"
            if (i + 1..(i + 7).min(n)).any(|k| {
                matches!(
                    l(k),
                    "website"
                        | "websites"
                        | "site"
                        | "sites"
                        | "page"
                        | "pages"
                        | "webpage"
                        | "link"
                        | "links"
                )
            }) =>
        {
            return None;
        }
        "visit" | "visits" | "visited" | "visiting" | "trip" | "tour" | "toured" | "touring" => {
            if lw == "visit"
                && matches!(prev, "to")
                && matches!(
                    prev2,
                    "chose" | "plans" | "planned" | "wants" | "decided" | "is" | "was"
                )
            {
                Visit
            } else if lw == "tour" && (prev == "to" || (word == "Tour" && i > 0)) {
                // ("the ATP Tour", "the European Tour": a competition's name, no journey)
                return None;
            } else {
                Visit
            }
        }
        "sanctions" => {
            let verb = (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    l(k),
                    "issued"
                        | "imposed"
                        | "announced"
                        | "slapped"
                        | "placed"
                        | "levied"
                        | "new"
                        | "fresh"
                        | "unveiled"
                )
            }) || matches!(next, "placed" | "imposed" | "issued" | "announced");
            if !verb {
                return None;
            }
            Sanctions
        }
        "missile" | "missiles"
            if matches!(next, "test" | "tests" | "launch" | "launches" | "testing") =>
        {
            return Some((MissileTest, i + 1));
        }
        "test-fired" | "test-fires" => MissileTest,
        "launched" | "fired" | "launches" | "fires"
            if (i + 1..(i + 5).min(n)).any(|k| {
                matches!(
                    l(k),
                    "missile" | "missiles" | "rocket" | "rockets" | "projectile" | "projectiles"
                )
            }) =>
        {
            MissileTest
        }
        "report" | "advisory" | "summary" | "study" | "poll" | "guidelines" | "transcript"
        | "findings" | "paper" | "research" => {
            let verb_before = (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    l(k),
                    "issued" | "released" | "published" | "unveiled" | "releases" | "publishes"
                )
            });
            // ("findings published in Nature", "the study was published on Monday")
            let verb_after = matches!(next, "published" | "released" | "issued")
                || (matches!(next, "was" | "were" | "is" | "are")
                    && i + 2 < n
                    && matches!(l(i + 2), "published" | "released"));
            if !(verb_before || verb_after) {
                return None;
            }
            Publication
        }
        "act" if word == "Act" && i > 0 && word_is_cap(w(i - 1)) => Legislation,
        "bill" | "law" | "legislation"
            if (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    l(k),
                    "passed" | "signed" | "approved" | "introduced" | "proposed" | "vetoed"
                )
            }) =>
        {
            Legislation
        }
        "resolution" | "resolutions" => {
            // a body's resolution, not an image's or a conflict's: a vote or an assembly nearby
            let cue = (i.saturating_sub(6)..(i + 7).min(n)).any(|k| {
                matches!(
                    l(k),
                    "adopted"
                        | "adopt"
                        | "adopts"
                        | "passed"
                        | "pass"
                        | "passes"
                        | "approved"
                        | "approve"
                        | "approves"
                        | "vote"
                        | "voted"
                        | "votes"
                        | "vetoed"
                        | "veto"
                        | "draft"
                        | "tabled"
                        | "sponsored"
                        | "binding"
                        | "non-binding"
                        | "council"
                        | "assembly"
                        | "parliament"
                        | "congress"
                        | "senate"
                        | "house"
                        | "un"
                        | "u.n."
                        | "nations"
                )
            });
            if !cue {
                return None;
            }
            Resolution
        }
        // ("its election hub", "the elections watchdog", "the election commission": a thing or a
        // body named for elections, no vote held)
        "election" | "elections" | "referendum"
            if matches!(
                next,
                "hub"
                    | "watchdog"
                    | "supremo"
                    | "chief"
                    | "chiefs"
                    | "commission"
                    | "commissioner"
                    | "commissions"
                    | "website"
                    | "websites"
                    | "policy"
                    | "policies"
                    | "law"
                    | "laws"
                    | "official"
                    | "officials"
                    | "agent"
                    | "agents"
                    | "broadcast"
                    | "broadcasts"
                    | "manifesto"
                    | "manifestos"
                    | "pledge"
                    | "pledges"
                    | "literature"
                    | "posters"
                    | "leaflets"
                    | "strategist"
                    | "strategists"
                    | "strategy"
                    | "team"
                    | "machine"
                    | "expert"
                    | "experts"
                    | "monitors"
                    | "issue"
                    | "issues"
                    | "coordinator"
                    | "spending"
                    | "expenses"
                    | "funding"
                    | "fund"
                    | "funds"
                    | "material"
                    | "materials"
                    | "phone-in"
                    | "phone-ins"
                    | "guru"
                    | "adviser"
                    | "advisers"
                    | "board"
                    | "office"
                    | "authority"
                    | "bill"
                    | "bills"
            ) =>
        {
            return None;
        }
        "election" | "elections" | "re-election" | "referendum" => Election,
        // "was elected to Congress in 1996", "was re-elected as mayor" (not "the elected
        // council", "elected officials")
        // (past an adverb: "was first elected to the senate"; or active, with the one elected
        // and the post: "the House elected Nancy Pelosi as Speaker")
        "elected" | "re-elected"
            if (i + 1..(i + 5).min(n)).any(|k| l(k) == "as")
                && word_is_cap(w(i + 1))
                && !matches!(prev, "was" | "were" | "been" | "is" | "be") =>
        {
            Election
        }
        "elected" | "re-elected"
            if (matches!(prev, "was" | "were" | "been" | "is")
                || (matches!(prev2, "was" | "were" | "been" | "is")
                    && matches!(
                        prev,
                        "first"
                            | "later"
                            | "narrowly"
                            | "overwhelmingly"
                            | "unanimously"
                            | "also"
                            | "again"
                            | "twice"
                            | "subsequently"
                    )))
                && matches!(
                    next,
                    "to" | "as"
                        | "president"
                        | "mayor"
                        | "governor"
                        | "leader"
                        | "chairman"
                        | "prime"
                ) =>
        {
            Election
        }
        // "parliament voted to legalize same-sex marriage", "the Senate voted 66 to 27 to pass
        // the bill": a body's vote on a law
        "voted"
            if (i + 1..(i + 7).min(n)).any(|k| {
                l(k) == "to"
                    && matches!(
                        l(k + 1),
                        "legalize"
                            | "legalise"
                            | "pass"
                            | "approve"
                            | "adopt"
                            | "ban"
                            | "repeal"
                            | "amend"
                            | "abolish"
                            | "allow"
                            | "outlaw"
                            | "ratify"
                    )
            }) =>
        {
            Legislation
        }
        // "declared a state of emergency": a government's announcement
        "emergency" | "calamity" | "disaster"
            if prev == "of"
                && prev2 == "state"
                && (i.saturating_sub(6)..i).any(|k| {
                    matches!(
                        l(k),
                        "declared" | "declares" | "declare" | "announced" | "imposed"
                    )
                }) =>
        {
            Announcement
        }
        // "the WHO declared the outbreak a pandemic": a body's declaration
        "pandemic" | "epidemic"
            if matches!(prev, "a" | "an")
                && (i.saturating_sub(8)..i)
                    .any(|k| matches!(l(k), "declared" | "declares" | "declare" | "declaring")) =>
        {
            Announcement
        }
        // a match won: "Caloundra defeated Maroochydore in round 3", "beat Leeds 2-1 in the
        // final", "won the 400 metres hurdles final" (not an election's or a war's defeat)
        "defeated" | "beat" | "beats" | "defeats" | "won" | "wins"
            if !matches!(prev, "was" | "were" | "been" | "be" | "is" | "are")
                // (a title won, "won three Grand Slams", "won the championship", is a career's)
                && (i + 1..(i + 9).min(n)).take_while(|&k| !matches!(l(k), "." | "!" | "?" | ";" | ",")).any(|k| {
                    matches!(l(k), "round" | "final" | "semi-final" | "semifinal" | "quarter-final" | "quarterfinal" | "match" | "game")
                        || (!won && matches!(l(k), "tournament" | "championship" | "derby"))
                })
                && (won || (i + 1 < n && word_is_cap(w(i + 1)))) =>
        {
            Other
        }
        // "was hospitalized on Christmas Eve", "was inducted into the Hall of Fame"
        "hospitalized" | "hospitalised" | "inducted"
            if matches!(prev, "was" | "were" | "been" | "is" | "being") =>
        {
            Other
        }
        // "the march from Victoria Park", "a peaceful march through the city" (not the month,
        // capitalized, nor "march on" as a verb of troops)
        "march"
            if word == "march"
                && ((matches!(prev, "a" | "the" | "protest" | "peaceful" | "mass" | "silent" | "pride" | "solidarity" | "this" | "that")
                    && matches!(next, "from" | "to" | "through" | "in" | "against" | "for" | "on" | "was" | "began" | "ended"))
                    // ("an anti-Brexit march")
                    || (prev.starts_with("anti-") && i >= 2 && matches!(prev2, "a" | "an" | "the"))) =>
        {
            Protest
        }
        // "the acquisition of Acme", "a merger with Acme" (a company's deal)
        "acquisition" | "merger"
            if matches!(
                prev,
                "a" | "the" | "its" | "their" | "his" | "her" | "proposed" | "planned"
            ) && matches!(next, "of" | "with" | "between") =>
        {
            Agreement
        }
        "agreement" | "treaty" | "accord" | "pact" | "deal" => {
            let negated = (i.saturating_sub(3)..i)
                .any(|k| matches!(l(k), "without" | "no" | "any" | "not" | "failed"));
            if negated
                || (lw == "deal" && !matches!(prev, "a" | "the" | "peace" | "trade" | "nuclear"))
            {
                return None;
            }
            Agreement
        }
        "attack" | "attacks" | "offensive" | "invasion" | "airstrike" | "airstrikes"
        | "bombing" | "bombings" | "incursion" => {
            // ("plans to attack diplomats", "threatened to attack": an intent, no attack)
            if lw == "attack" && prev == "to" {
                return None;
            }
            if lw == "offensive"
                && !matches!(prev, "military" | "an" | "the" | "ground" | "air" | "new")
            {
                return None;
            }
            Attack
        }
        // a killing done: "was murdered", "the murder of", "the assassination of" (not a charge,
        // a case or an inquiry: "murder charges", "a murder trial")
        "murdered" | "assassinated" | "stabbed"
            if matches!(prev, "was" | "were" | "been" | "being") =>
        {
            Attack
        }
        // "the stabbing of the mayor", "a stabbing at a school", "the Oslo stabbing" (not a
        // "stabbing pain")
        "stabbing" | "stabbings"
            if !matches!(
                next,
                "pain" | "pains" | "sensation" | "motion" | "motions" | "feeling"
            ) && (matches!(
                prev,
                "a" | "the" | "this" | "that" | "mass" | "fatal" | "deadly" | "knife"
            ) || named_for_place(body, lower, toks, i)
                || matches!(next, "of" | "at" | "in" | "on")) =>
        {
            Attack
        }
        // "at a press conference on Friday", "told a news conference": a statement made public
        "conference" if matches!(prev, "press" | "news") => Announcement,
        // "the Iowa caucuses", "the South Carolina primary", "the Democratic primaries" (not a
        // "primary school", "the primary reason")
        // (a capitalized "Caucus" names a group: "the Congressional Black Caucus")
        "caucus" | "caucuses" | "primary" | "primaries"
            if !word_is_cap(word)
                && (i > 0 && (word_is_cap(w(i - 1)) || matches!(prev, "presidential" | "party" | "state")))
                && !matches!(
                    next,
                    "debate" | "debates" | "campaign" | "campaigns" | "challenger" | "challengers" | "opponent" | "opponents" | "school" | "schools" | "care"
                        | "source" | "sources" | "reason" | "concern" | "goal" | "target" | "focus" | "cause" | "leader" | "chair" | "member" | "members" | "room"
                )
                // ("the primaries for the 2020 election": the election is the event told)
                && !(i + 1..(i + 9).min(n)).any(|k| matches!(l(k), "election" | "elections" | "nomination")) =>
        {
            Election
        }
        "murder" | "assassination" | "massacre"
            if next == "of" || (lw == "massacre" && matches!(next, "in" | "at")) =>
        {
            Attack
        }
        // "a car bomb exploded", "the suicide bomb attack" (not "a bomb threat", "bomb
        // disposal")
        "bomb"
            if matches!(
                prev,
                "car" | "truck" | "suicide" | "roadside" | "nail" | "pipe" | "parcel"
            ) && !matches!(
                next,
                "threat"
                    | "threats"
                    | "scare"
                    | "hoax"
                    | "disposal"
                    | "squad"
                    | "maker"
                    | "makers"
                    | "factory"
            ) =>
        {
            Attack
        }
        // "an assault in Ghazni", "the assault on the city" (not an "assault rifle", a
        // "sexual assault" case, or "assault charges")
        "assault"
            if matches!(
                prev,
                "an" | "the"
                    | "this"
                    | "that"
                    | "military"
                    | "armed"
                    | "ground"
                    | "deadly"
                    | "major"
                    | "final"
            ) && matches!(next, "on" | "in" | "against" | "by" | "at") =>
        {
            Attack
        }
        "strikes" | "strike" if prev == "air" => Attack,
        "operation" if prev == "military" => Attack,
        "protest" | "protests" | "demonstration" | "demonstrations" | "rally" | "rallies" => {
            // "in protest", "lodged a (diplomatic) protest": no demonstration
            // ("protest songs", "a protest vote": the word describes something else)
            if matches!(
                prev,
                "in" | "apparent" | "political" | "diplomatic" | "formal" | "strong"
            ) || matches!(
                next,
                "song"
                    | "songs"
                    | "singer"
                    | "singers"
                    | "vote"
                    | "votes"
                    | "music"
                    | "movement"
                    | "movements"
                    | "letter"
                    | "letters"
                    | "group"
                    | "groups"
                    | "leader"
                    | "leaders"
                    | "party"
            ) || (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    l(k),
                    "lodged" | "lodge" | "filed" | "file" | "registered" | "lodges" | "files"
                )
            }) {
                return None;
            }
            Protest
        }
        "announced" | "announces" | "announcement" | "unveiled" => Announcement,
        // "confirmed his father's death", "reported the death of": a death made known
        "confirmed" | "confirms" | "reported" | "reports"
            if !be_form(prev)
                && !matches!(prev, "the" | "a")
                && (i + 1..(i + 6).min(n))
                    .take_while(|&k| !matches!(l(k), "." | "," | ";" | "that"))
                    .any(|k| l(k) == "death" && !matches!(l(k + 1), "toll" | "tolls")) =>
        {
            Announcement
        }
        // "Bloomberg endorsed his former rival, Joe Biden" (not "was endorsed by", nor a
        // thing endorsed: "endorsed the plan")
        "endorsed" | "endorses"
            if !be_form(prev)
                && (i + 1..(i + 6).min(n))
                    .find(|&k| {
                        !matches!(
                            l(k),
                            "his"
                                | "her"
                                | "their"
                                | "its"
                                | "former"
                                | "fellow"
                                | "rival"
                                | "candidate"
                                | "the"
                                | ","
                                | "presidential"
                        )
                    })
                    .is_some_and(|k| {
                        word_is_cap(w(k))
                            && !super::lexicon::is_weekday_word(w(k))
                            && !super::lexicon::is_month_word(w(k))
                    }) =>
        {
            Announcement
        }
        // "Warren suspended her presidential campaign", "ends his campaign"
        "suspended" | "suspends" | "suspending" | "ended" | "ends" | "ending"
            if matches!(next, "his" | "her" | "their" | "its")
                && (l(i + 2) == "campaign"
                    || (l(i + 3) == "campaign"
                        && matches!(
                            l(i + 2),
                            "presidential" | "election" | "re-election" | "leadership"
                        ))) =>
        {
            return happened(body, lower, toks, i).then_some((Announcement, i + 1));
        }
        "opening" if matches!(next, "of" | "ceremony") => Opening,
        // "a gunman opened fire at a store"
        "opened" if next == "fire" => {
            return happened(body, lower, toks, i).then_some((Attack, i + 1))
        }
        "opened" if next == "in" => Opening,
        "outbreak" | "epidemic" | "pandemic" => Outbreak,
        // ("a landslide victory": a vote won by far, no disaster)
        "landslide"
            if matches!(
                next,
                "victory" | "win" | "wins" | "defeat" | "majority" | "election" | "re-election"
            ) =>
        {
            return None
        }
        "earthquake" | "quake" | "tsunami" | "hurricane" | "typhoon" | "cyclone" | "floods"
        | "flooding" | "wildfire" | "wildfires" | "landslide" | "eruption" | "drought" => Disaster,
        // (plural trials are a court's only where the words around say so: "trials in Berlin
        // are making use of TV masts", "the British trials in Sheffield" are tests and races)
        "trials" if !(i.saturating_sub(12)..(i + 12).min(n)).any(|k| is_legal_word(l(k))) => {
            return None
        }
        "trial" | "trials" if !no_court(prev, next) => Trial,
        // a shooting that was an attack: "the mass shooting", "a shooting at a school" (not a
        // player's shooting, nor a film's: "his shooting was poor", "the shooting of the film")
        "shooting" | "shootings"
            if matches!(prev, "mass" | "deadly" | "fatal" | "school" | "drive-by" | "police")
                || (matches!(prev, "a" | "the" | "this" | "that") && matches!(next, "at" | "in" | "on" | "spree" | "rampage" | "that" | "which" | "left" | "killed" | "began" | "happened" | "occurred"))
                // ("the Lorsk shooting", "the Lorsk Mall shooting": named for its place)
                || named_for_place(body, lower, toks, i) =>
        {
            Attack
        }
        // a court's ruling: "the court ruled", "a ruling by the judge", "the court issued a
        // ruling" (not "the ruling party", "ruled the country")
        "ruling" | "ruled" => {
            let court = (i.saturating_sub(9)..(i + 4).min(n)).any(|k| {
                matches!(
                    l(k),
                    "court" | "court's" | "judge" | "judges" | "justices" | "tribunal" | "appeals"
                )
            });
            let rulers = lw == "ruling"
                && matches!(
                    next,
                    "party"
                        | "parties"
                        | "coalition"
                        | "class"
                        | "elite"
                        | "junta"
                        | "family"
                        | "government"
                        | "council"
                        | "body"
                        | "bloc"
                        | "military"
                );
            if !court || rulers || (lw == "ruled" && next == "out") {
                return None;
            }
            Trial
        }
        // "was sworn in as governor", "the swearing-in of the president"
        "sworn" if next == "in" => return happened(body, lower, toks, i).then_some((Other, i + 1)),
        "swearing-in" => Other,
        // "appeared in court", "appears before a judge"
        "appeared" | "appears"
            if (i + 1..(i + 5).min(n)).any(|k| {
                matches!(
                    l(k),
                    "court" | "judge" | "magistrates" | "tribunal" | "jury"
                )
            }) && matches!(next, "in" | "at" | "before") =>
        {
            Trial
        }
        // "a gas explosion", "the blast" (a bomb's is an attack; not "a population
        // explosion", "a blast furnace", "an explosion of interest")
        "explosion" | "explosions" | "blast"
            if !matches!(prev, "population" | "data" | "price" | "growth" | "sales")
                && !matches!(next, "furnace" | "furnaces" | "of")
                && (lw != "blast"
                    || matches!(
                        prev,
                        "a" | "the"
                            | "this"
                            | "that"
                            | "second"
                            | "first"
                            | "powerful"
                            | "huge"
                            | "massive"
                            | "gas"
                            | "bomb"
                            | "deadly"
                    )) =>
        {
            let bomb = (i.saturating_sub(5)..i).any(|k| {
                matches!(
                    l(k),
                    "bomb"
                        | "bombs"
                        | "bomber"
                        | "suicide"
                        | "explosive"
                        | "explosives"
                        | "ied"
                        | "terrorist"
                        | "terror"
                        | "grenade"
                )
            });
            // (a physical one: harm or damage told near it, not "an explosion in podcasting")
            let physical = (i.saturating_sub(8)..(i + 9).min(n)).any(|k| {
                matches!(
                    l(k),
                    "killed"
                        | "killing"
                        | "dead"
                        | "died"
                        | "injured"
                        | "injuring"
                        | "wounded"
                        | "destroyed"
                        | "damaged"
                        | "rocked"
                        | "hit"
                        | "gas"
                        | "fire"
                        | "debris"
                        | "rubble"
                        | "victims"
                        | "casualties"
                        | "evacuated"
                        | "building"
                        | "collapsed"
                        | "minibus"
                        | "bus"
                        | "car"
                        | "plant"
                        | "factory"
                        | "mine"
                )
            });
            if bomb {
                Attack
            } else if physical {
                Disaster
            } else {
                return None;
            }
        }
        // "the building collapsed", "the collapse of the bridge" (not "talks collapsed")
        "collapsed" | "collapse" => {
            let built = |k: usize| {
                matches!(
                    l(k),
                    "building"
                        | "buildings"
                        | "bridge"
                        | "house"
                        | "houses"
                        | "block"
                        | "tower"
                        | "roof"
                        | "mine"
                        | "dam"
                        | "stadium"
                        | "apartment"
                        | "apartments"
                        | "school"
                        | "hotel"
                        | "church"
                        | "wall"
                        | "structure"
                        | "factory"
                        | "mall"
                        | "crane"
                        | "tunnel"
                        | "stand"
                        | "ceiling"
                )
            };
            let ok = if lw == "collapsed" {
                (i.saturating_sub(4)..i).any(built)
            } else {
                next == "of" && (i + 2..(i + 5).min(n)).any(built)
            };
            if !ok {
                return None;
            }
            Disaster
        }
        // "a fire broke out", "the blaze", "a house fire", "bushfires" (not "opened fire",
        // "under fire", "fired")
        "blaze"
            if matches!(
                prev,
                "a" | "the" | "this" | "that" | "huge" | "massive" | "deadly"
            ) =>
        {
            Disaster
        }
        "bushfire" | "bushfires" => Disaster,
        "fire"
            if matches!(
                next,
                "broke"
                    | "swept"
                    | "destroyed"
                    | "ripped"
                    | "gutted"
                    | "engulfed"
                    | "spread"
                    | "raged"
                    | "killed"
                    | "started"
            ) || matches!(
                prev,
                "house"
                    | "forest"
                    | "bush"
                    | "building"
                    | "factory"
                    | "warehouse"
                    | "hotel"
                    | "apartment"
                    | "massive"
                    | "huge"
                    | "deadly"
                    | "devastating"
                    // "the hotel caught fire"
                    | "caught"
                    | "catches"
                    | "catching"
            ) || (matches!(next, "at" | "in" | "on")
                // "A fire at the hotel killed at least seventeen" (not "opened fire at")
                && matches!(prev, "a" | "the")
                && (i + 2..(i + 14).min(n))
                    .take_while(|&k| !matches!(l(k), "." | "!" | "?" | ";"))
                    .any(|k| {
                        matches!(
                            l(k),
                            "killed" | "kills" | "destroyed" | "gutted" | "injured" | "broke"
                                | "razed" | "engulfed"
                        )
                    })) =>
        {
            Disaster
        }
        // "the plane crashed into houses", "a bus crashed" (a vehicle's crash; not "shares
        // crashed", "the website crashed")
        // (the vehicle may stand before an aside: "A cargo plane, reported as the army's, crashed")
        // (an aircraft's or a bus's crash is a disaster; a car's is an event of its own kind)
        "crashed" => {
            let before = || {
                // (within the sentence, past a relative clause: "A bus operated by Acme, which
                // is run by the army's tourist arm, crashed")
                (i.saturating_sub(24)..i)
                    .rev()
                    .take_while(|&k| !matches!(l(k), "." | "!" | "?" | ";"))
            };
            if before().any(|k| is_aircraft(l(k))) {
                Disaster
            } else if before().any(|k| is_vehicle(l(k))) {
                Other
            } else {
                return None;
            }
        }
        // "the helicopter crash", "a bus crash" (an aircraft's or a bus's; a market's or a car's
        // crash is no disaster)
        "crash"
            if (i.saturating_sub(4)..(i + 5).min(n))
                .any(|k| is_aircraft(l(k)) || l(k) == "air") =>
        {
            Disaster
        }
        "famine" => Famine,
        "shutdown" | "lockdown" | "subpoena" | "resigned" | "resignation" | "collision"
        | "crash" | "coup" => Other,
        // a person's death, as news (kept below only for a person named as its subject, days
        // before the article)
        "died" | "dies" => Other,
        "shut" if next == "down" => Other,
        // "stepped down as chair", "steps down": a resignation
        "stepped" | "steps" if next == "down" => Other,
        // "first recognized in Wuhan": a disease's outbreak
        "recognized" | "detected" | "identified" | "emerged" | "reported" if prev == "first" => {
            let disease = (i.saturating_sub(8)..i).any(|k| {
                matches!(
                    l(k),
                    "disease"
                        | "virus"
                        | "coronavirus"
                        | "flu"
                        | "influenza"
                        | "outbreak"
                        | "infection"
                        | "coronavirus-induced"
                )
            });
            if !disease {
                return None;
            }
            Outbreak
        }
        _ => return None,
    };
    if !happened(body, lower, toks, i) {
        return None;
    }
    Some((k, i))
}

/// A form of "be" before a participle, which makes it a passive ("was endorsed").
fn be_form(w: &str) -> bool {
    matches!(w, "was" | "were" | "been" | "be" | "is" | "are" | "being")
}

/// A vehicle that may crash: "plane", "helicopter", "bus".
fn is_vehicle(w: &str) -> bool {
    is_aircraft(w)
        || matches!(
            w,
            "bus"
                | "coach"
                | "train"
                | "car"
                | "truck"
                | "lorry"
                | "vehicle"
                | "minibus"
                | "van"
                | "pickup"
        )
}

/// An aircraft or a carrier of many passengers, whose crash is a disaster: "plane",
/// "helicopter", "bus" (not a car's or a truck's).
fn is_aircraft(w: &str) -> bool {
    matches!(
        w,
        "plane"
            | "aircraft"
            | "airliner"
            | "jet"
            | "helicopter"
            | "boeing"
            | "airbus"
            | "drone"
            | "airplane"
            | "aeroplane"
            | "bus"
            | "coach"
            | "train"
            | "minibus"
    )
}

/// "the Lorsk shooting", "the Lorsk Mall stabbing": one to three capitalized words after "the"
/// right before the trigger at token i (not a person's: "the Ana Silva shooting" is as rare as
/// "his shooting").
fn named_for_place(body: &str, lower: &str, toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && i - k < 3
        && toks[k - 1].k == TK::Word
        && word_is_cap(toks[k - 1].text(body))
        && toks[k - 1].text(lower) != "the"
    {
        k -= 1;
    }
    k < i
        && k > 0
        && toks[k - 1].text(lower) == "the"
        && super::lexicon::given_name(toks[k].text(body)).is_none()
}

/// Whether the trigger at token i reports something that took place, as news prose puts it:
/// not an action denied ("has not yet announced", "never visited", "didn't meet"), not a
/// thing done without ("without trial", "no deal", "without any agreement"), not an illness
/// ("a heart attack"), not a word of a name ("The Earthquake and Tsunami Blog", "Election
/// Commission"), and no crowd passing through ("was visited by thousands of people").
fn happened(body: &str, lower: &str, toks: &[Tok], i: usize) -> bool {
    let n = toks.len();
    let l = |k: usize| if k < n { toks[k].text(lower) } else { "" };
    let lw = l(i);
    let prev = if i > 0 { l(i - 1) } else { "" };
    let next = l(i + 1);
    // "without trial", "no deal", "without any agreement", past the thing's modifiers: "without
    // a second UN resolution", "there was no coronavirus pandemic" (but not past a clause's
    // words: "no doubt the election was fair")
    for k in (i.saturating_sub(4)..i).rev() {
        let w = l(k);
        if matches!(w, "without" | "no") {
            return false;
        }
        let modifier = matches!(
            w,
            "a" | "an"
                | "any"
                | "other"
                | "further"
                | "second"
                | "new"
                | "major"
                | "real"
                | "formal"
        ) || (toks[k].k == TK::Word
            && !super::lexicon::is_function_word(w)
            && !matches!(
                w,
                "doubt" | "sign" | "word" | "news" | "evidence" | "indication" | "reason"
            ));
        if !modifier {
            break;
        }
    }
    // a verb denied within its clause: "did not visit", "has not yet announced", "never met"
    let verb = matches!(
        lw,
        "announced"
            | "announces"
            | "unveiled"
            | "visit"
            | "visited"
            | "visiting"
            | "toured"
            | "met"
            | "resigned"
            | "stepped"
            | "steps"
            | "opened"
            | "launched"
            | "fired"
            | "launches"
            | "fires"
            | "test-fired"
            | "test-fires"
            | "shut"
    );
    if verb {
        for k in (i.saturating_sub(3)..i).rev() {
            if toks[k].k != TK::Word {
                break;
            }
            let w = l(k);
            // (or only supposed: "the machine may be unveiled", "he might visit")
            if matches!(w, "not" | "never" | "may" | "might" | "could")
                || w.ends_with("n't")
                || w.ends_with("n’t")
            {
                return false;
            }
        }
    }
    // an illness, not an assault
    if matches!(lw, "attack" | "attacks")
        && matches!(prev, "heart" | "panic" | "asthma" | "anxiety")
    {
        return false;
    }
    // a capitalized trigger inside a name: a capitalized word follows it (past "and"/"of"
    // and other capitalized triggers), as in "Tsunami Blog" or "Election Commission". Named
    // storms ("Hurricane Katrina"), laws ("Act 2000", "Act No. 5"), dates and "Election Day"
    // are no names of things.
    let word = toks[i].text(body);
    if i > 0 && word_is_cap(word) && !matches!(lw, "hurricane" | "typhoon" | "cyclone" | "act") {
        let mut k = i + 1;
        // (a law's name ends at its head: "Texas Election Law")
        let law = |k: usize| matches!(l(k), "law" | "laws" | "act" | "bill" | "code");
        while k < n
            && toks[k].k == TK::Word
            && (matches!(l(k), "and" | "of" | "&")
                || (word_is_cap(toks[k].text(body)) && TRIGGER_WORDS.contains(l(k)) && !law(k)))
        {
            k += 1;
        }
        if k < n && toks[k].k == TK::Word {
            let w = toks[k].text(body);
            let dated = super::lexicon::is_month_word(w)
                || super::lexicon::is_weekday_word(w)
                || w == "Day";
            if word_is_cap(w) && !dated {
                return false;
            }
        }
    }
    // "The rally was visited by tens of thousands": a crowd, not a visit
    if lw == "visited" && next == "by" {
        let q = l(i + 2);
        if q.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                q,
                "several"
                    | "tens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "dozens"
                    | "many"
                    | "more"
                    | "over"
                    | "about"
                    | "some"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "up"
            )
        {
            return false;
        }
    }
    true
}

/// A word of courts and crime ("jury", "accused", "charges", "murder").
fn is_legal_word(w: &str) -> bool {
    matches!(
        w,
        "court"
            | "courts"
            | "judge"
            | "judges"
            | "jury"
            | "juries"
            | "jurors"
            | "accused"
            | "charged"
            | "charges"
            | "prosecutor"
            | "prosecutors"
            | "prosecution"
            | "defendant"
            | "defendants"
            | "guilty"
            | "murder"
            | "fraud"
            | "verdict"
            | "verdicts"
            | "lawyer"
            | "lawyers"
            | "witness"
            | "witnesses"
            | "sentenced"
            | "convicted"
            | "acquitted"
            | "crimes"
            | "criminal"
            | "tribunal"
            | "suspects"
            | "terrorism"
            | "corruption"
            | "war"
            | "stand"
            | "face"
            | "faced"
            | "facing"
            | "held"
    )
}

/// A trial that is no court's: a clinical, drug, field or pilot trial; "on trial at/with a club"
/// (a footballer's try-out); a trial run, race, scheme or period ("our trial race in Sheffield").
fn no_court(prev: &str, next: &str) -> bool {
    matches!(prev, "clinical" | "drug" | "field" | "pilot")
        || (prev == "on" && matches!(next, "at" | "with"))
        || matches!(
            next,
            "race"
                | "races"
                | "run"
                | "runs"
                | "period"
                | "scheme"
                | "schemes"
                | "basis"
                | "version"
                | "phase"
                | "match"
                | "game"
                | "flight"
                | "flights"
        )
}

/// Trigger words of kind Other that name the same kind of happening.
fn other_family(w: &str) -> &str {
    match w {
        "collision" | "crash" | "crashed" | "accident" => "collision",
        "shutdown" | "shut" | "lockdown" => "shutdown",
        "resigned" | "resignation" | "stepped" | "steps" => "resignation",
        "died" | "dies" => "death",
        "sworn" | "swearing-in" => "swearing-in",
        "arrested" | "arrest" => "arrest",
        "lawsuit" | "sued" => "lawsuit",
        "theft" | "burglary" | "robbery" | "heist" => "theft",
        _ => w,
    }
}

/// A death told as news: a person is its subject (named right before the verb, or opening
/// the sentence before ", has died"), and its date is at most a week before the article's.
fn recent_death(
    doc: &Doc,
    ents: &Entities,
    toks: &[Tok],
    t: Span,
    scope: Span,
    date: Option<PartialDate>,
) -> bool {
    let (Some(d), Some(p)) = (date, doc.article.published) else {
        return false;
    };
    let (Some(dm), Some(dd), Some(pm), Some(pd)) = (d.month, d.day, p.month, p.day) else {
        return false;
    };
    let days = dates::days_from_civil(p.year, pm, pd) - dates::days_from_civil(d.year, dm, dd);
    if !(0..=7).contains(&days) {
        return false;
    }
    let ti = toks.partition_point(|k| k.s < t.start);
    let mut k = ti;
    while k > 0
        && matches!(
            toks[k - 1].text(&doc.lower),
            "has" | "had" | "have" | "reportedly" | "suddenly" | "peacefully" | "later" | ","
        )
    {
        k -= 1;
    }
    let person_ends = |end: usize| {
        ents.within(scope)
            .any(|m| m.span.end == end && matches!(ents.list[m.entity].kind, EntityKind::Person))
    };
    if k > 0 && person_ends(toks[k - 1].e) {
        return true;
    }
    // ("He died today.": the person the article is about, by a pronoun opening the sentence)
    if k > 0 && matches!(toks[k - 1].text(&doc.lower), "he" | "she") && toks[k - 1].s == scope.start
    {
        return true;
    }
    // "Robert Mugabe, former president of Zimbabwe, has died", "On Monday, Ana Silva, who
    // served as president, died" (past a fronted time phrase)
    let opens = ents.within(scope).next().is_some_and(|m| {
        let before = doc.body[scope.start..m.span.start].trim();
        // (the apposition right after the name: not "Rui Vaz said his father, a baker, died")
        let apposition = doc.body[m.span.end..].starts_with(',');
        matches!(ents.list[m.entity].kind, EntityKind::Person)
            && apposition
            && (before.is_empty()
                // (a time with its comma or, short, without: "This morning Ana Silva, ...")
                || ((before.ends_with(',') && before.split_whitespace().count() <= 4
                    || before.split_whitespace().count() <= 3)
                    && before.split_whitespace().any(|w| {
                        let w = w.trim_end_matches(',');
                        super::lexicon::is_weekday_word(w)
                            || super::lexicon::is_month_word(w)
                            || matches!(
                                w.to_lowercase().as_str(),
                                "yesterday" | "today" | "tonight" | "morning" | "evening" | "afternoon" | "night"
                            )
                    })))
    });
    let after_comma =
        (ti >= 2 && toks[ti - 1].text(&doc.lower) == "has" && toks[ti - 2].text(&doc.lower) == ",")
            || (ti >= 1 && toks[ti - 1].text(&doc.lower) == ",");
    opens && after_comma
}

fn word_is_cap(w: &str) -> bool {
    w.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)
}

fn is_place(ents: &Entities, id: EntityId) -> bool {
    matches!(ents.list[id].kind, EntityKind::Place(_))
}

/// Mentions overlapping `span` (mentions are sorted by start: binary search).
/// The largest char boundary not above `i`.
fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn gazetteer_place(ents: &Entities, id: EntityId) -> bool {
    super::gazetteer::lookup(&ents.list[id].name).is_some()
}

fn located_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Protest
            | EventKind::Outbreak
            | EventKind::Disaster
            | EventKind::Attack
            | EventKind::Other
    )
}

fn compatible_date(a: Option<PartialDate>, b: Option<PartialDate>) -> bool {
    match (a, b) {
        // one is a prefix of the other ("2019" and "2019-02-28"), compared without formatting
        (Some(a), Some(b)) => {
            a.year == b.year
                && match (a.month, b.month) {
                    (Some(ma), Some(mb)) => {
                        ma == mb
                            && match (a.day, b.day) {
                                (Some(da), Some(db)) => da == db,
                                _ => true,
                            }
                    }
                    _ => true,
                }
        }
        _ => false,
    }
}

fn more_precise(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.to_string().len() > a.to_string().len() {
            b
        } else {
            a
        }),
        (a, None) => a,
        (None, b) => b,
    }
}

/// Dates for the triggers of one block. Each date goes to its nearest trigger in its scope
/// (commas and quotation marks count as distance); a trigger left without one takes the date
/// of the nearest dated trigger of its scope ("announced ... an agreement"); a scope with no
/// date that refers back to an earlier event ("The announcement was made after ...") takes
/// that event's date.
fn assign_dates(
    body: &str,
    trigs: &[(EventKind, usize, Span, Span)],
    all_dates: &[DateMention],
    caption: bool,
    earlier: &[Cand],
) -> Vec<Option<PartialDate>> {
    // (distance, date, whether the date is "the same day": the day of the event told before)
    let mut best: Vec<Option<(usize, PartialDate, bool)>> = vec![None; trigs.len()];
    // ("Before the pandemic, the crisis claimed lives between January 2016 and ...": a trigger in
    // a fronted phrase, the date in the main clause after its comma)
    let fronted = |t: Span, scope: Span, d: &DateMention| {
        let lead = &body[scope.start..t.start];
        // (not "After a jury trial, they were found guilty on Thursday": the verdict ends it)
        let opens = ["Before ", "Since ", "Until ", "Prior to "]
            .iter()
            .any(|w| lead.starts_with(w));
        opens
            && !lead.contains(',')
            && d.span.start >= t.end
            && body[t.end..d.span.start].contains(',')
    };
    let dist = |d: &DateMention, &(kind, _, t, scope): &(EventKind, usize, Span, Span)| {
        let announce = kind == EventKind::Announcement;
        let (a, b) = if d.span.end <= t.start {
            (d.span.end, t.start)
        } else {
            (t.end, d.span.start)
        };
        let gap = &body[a.min(b)..b.max(a)];
        let marks = gap.matches(',').count()
            + gap.matches('—').count()
            + 2 * gap.matches(|c| matches!(c, '"' | '“' | '”')).count();
        // a clause boundary between them: the date belongs to another verb
        let clauses = [
            " where ",
            " which ",
            " who ",
            " despite ",
            " because ",
            " while ",
            " after ",
            " before ",
            " since ",
            " when ",
            " said ",
            " says ",
            ", as ",
        ]
        .iter()
        .map(|c| gap.matches(c).count())
        .sum::<usize>();
        // ("announced it on Wednesday and again at a rally on Friday": a date before a trigger
        // with an "and" between them closes the phrase before it)
        let coordinated =
            d.span.end <= t.start && gap.trim_start_matches([',', ' ']).starts_with("and ");
        // ("announced that from June 15 ...": a date in the announced words is not the
        // announcement's)
        let content = announce && d.span.start >= t.end && gap.trim_start().starts_with("that ");
        // ("On Monday, Ana Silva, a politician who served as president, died": a time phrase
        // opening the sentence dates its death, past the subject's apposition)
        let opening_death = d.span.end <= t.start
            && body[scope.start..d.span.start].split_whitespace().count() <= 2
            && matches!(
                body[t.start..t.end].to_ascii_lowercase().as_str(),
                "died" | "dies"
            );
        if opening_death {
            return gap.len();
        }
        // ("Early on Saturday, police in Clairton, Pennsylvania, responded to a shooting": a time
        // phrase opening the sentence with its comma dates the main clause, past the asides of
        // its subject; its commas do not count)
        // (the sentence's only date, and not an election's, dated only by the day it is held on)
        let fronted_time = d.span.end <= t.start
            && kind != EventKind::Election
            && body[scope.start..d.span.start].split_whitespace().count() <= 3
            && all_dates
                .iter()
                .filter(|x| x.span.start >= scope.start && x.span.end <= scope.end)
                .count()
                == 1
            && body[d.span.end..t.start]
                .split_once(',')
                .is_some_and(|(part, _)| {
                    part.split_whitespace()
                        .all(|w| matches!(w, "morning" | "afternoon" | "evening" | "night"))
                });
        let marks = if fronted_time {
            2 * gap.matches(|c| matches!(c, '"' | '“' | '”')).count()
        } else {
            marks
        };
        gap.len()
            + 40 * marks
            + 80 * (clauses + coordinated as usize)
            + 1000 * content as usize
            + 1000 * fronted(t, scope, d) as usize
    };
    let limit = if caption { 400 } else { 250 };
    // every date each trigger could take, for the day of a year: "On Saturday, Caloundra
    // defeated Maroochydore in round 3 of the 2020 season" happened on the Saturday of 2020
    let mut within: Vec<Vec<PartialDate>> = vec![Vec::new(); trigs.len()];
    for d in all_dates {
        let scope_of = trigs
            .iter()
            .position(|t| d.span.start >= t.3.start && d.span.end <= t.3.end);
        let Some(first) = scope_of else { continue };
        let scope = trigs[first].3;
        // "As of Tuesday": a status date, not when something happened
        let before = body[scope.start..d.span.start].trim_end().to_lowercase();
        if before.ends_with("as of") {
            continue;
        }
        let near = trigs
            .iter()
            .enumerate()
            .filter(|(_, t)| t.3 == scope)
            .map(|(k, t)| (dist(d, t), k))
            .min();
        let opening = body[scope.start..d.span.start].split_whitespace().count() <= 3;
        // ("crashed into houses in Karaj, near Tehran, the Iranian capital, yesterday.": a date
        // closing a sentence of one trigger dates it, past the asides between them)
        let closing = body[d.span.end..scope.end].trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?')).is_empty()
            && trigs.iter().filter(|t| t.3 == scope).count() == 1
            // (the sentence's only date, and no bound: not "until October 14")
            && all_dates.iter().filter(|x| x.span.start >= scope.start && x.span.end <= scope.end).count() == 1
            && !matches!(
                body[scope.start..d.span.start].split_whitespace().next_back().map(str::to_lowercase).as_deref(),
                Some("until" | "till" | "through" | "by" | "from" | "since" | "before" | "after")
            );
        let near = near.map(|(dd, k)| {
            if closing && d.date.day.is_some() {
                // (its commas no longer count; a clause between them still does)
                let t = trigs[k].2;
                let (a, b) = if d.span.end <= t.start {
                    (d.span.end, t.start)
                } else {
                    (t.end, d.span.start)
                };
                let gap = &body[a.min(b)..b.max(a)];
                (
                    dd.saturating_sub(40 * (gap.matches(',').count() + gap.matches('—').count())),
                    k,
                )
            } else {
                (dd, k)
            }
        });
        let limit = if opening || caption {
            limit
        } else {
            limit.min(160)
        };
        if let Some((dd, k)) = near {
            // (an election's day only where it follows the election in its clause: "the 2019
            // general election will be held on December 12")
            let follows = || {
                let t = trigs[k].2;
                d.span.start >= t.end && {
                    let gap = &body[t.end..d.span.start];
                    gap.len() <= 40
                        && !gap.contains([',', ';', '"', '“', '”'])
                        && (gap.ends_with(" on ") || gap.ends_with(" for "))
                }
            };
            if dd <= limit && (trigs[k].0 != EventKind::Election || follows()) {
                within[k].push(d.date);
            }
            if dd <= limit && best[k].map(|(bd, ..)| dd < bd).unwrap_or(true) {
                let same_day = body[d.span.start..d.span.end]
                    .to_lowercase()
                    .ends_with("same day");
                best[k] = Some((dd, d.date, same_day));
            }
        }
    }
    let mut out: Vec<Option<PartialDate>> = best.iter().map(|b| b.map(|x| x.1)).collect();
    // (an election's only from the day after it: "the 2020 election" is of that year, whatever
    // other day the text names)
    for (o, w) in out.iter_mut().zip(&within) {
        if o.is_some_and(|d| d.month.is_none()) {
            for &d in w {
                if compatible_date(*o, Some(d)) {
                    *o = more_precise(*o, Some(d));
                }
            }
        }
    }
    for k in 0..trigs.len() {
        if out[k].is_some() {
            continue;
        }
        let t = trigs[k];
        let from = (0..trigs.len())
            .filter(|&j| best[j].is_some() && trigs[j].3 == t.3)
            .min_by_key(|&j| (trigs[j].2.start as i64 - t.2.start as i64).unsigned_abs());
        if let Some(j) = from {
            out[k] = best[j].map(|x| x.1);
            continue;
        }
        // a sentence without dates that names an earlier event: "The announcement was made after"
        let scope_has_date = all_dates
            .iter()
            .any(|d| d.span.start >= t.3.start && d.span.end <= t.3.end);
        if !scope_has_date {
            let back = trigs.iter().filter(|u| u.3 == t.3).find_map(|u| {
                let lead = body[t.3.start..u.2.start].trim_end().to_lowercase();
                // (also "The first attack", "The deadly strike": one adjective between)
                let before_adjective = lead.rsplit_once(' ').map_or("", |(a, _)| a.trim_end());
                let adjective = lead
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_ascii_lowercase()));
                let refers = |l: &str| {
                    l == "the" || l.ends_with(" the") || l.ends_with("this") || l.ends_with("that")
                };
                if refers(&lead) || lead.ends_with("the") || (adjective && refers(before_adjective))
                {
                    let same_block = (0..k)
                        .rev()
                        .find(|&j| {
                            trigs[j].0 == u.0 && trigs[j].3 != t.3 && trigs[j].3.end <= t.3.start
                        })
                        .and_then(|j| out[j]);
                    same_block.or_else(|| {
                        earlier
                            .iter()
                            .rev()
                            .find(|c| {
                                c.kind == u.0
                                    && c.date.is_some()
                                    && c.evidence[0].end <= t.3.start
                                    && t.3.start - c.evidence[0].end < 400
                            })
                            .and_then(|c| c.date)
                    })
                } else {
                    None
                }
            });
            out[k] = back;
        }
    }
    // "The second attack was in Linwood, on the same day": the day of the event told just
    // before (in this block, else in an earlier one), not the last date written out, which
    // may be another event's ("remanded until April 5")
    // (unless the sentence names the day as well: "Wednesday, the same day that he dropped
    // out, X endorsed Y")
    for k in 0..trigs.len() {
        if !best[k].is_some_and(|b| b.2)
            || within[k].iter().filter(|d| d.day.is_some()).count() >= 2
        {
            continue;
        }
        let t = trigs[k].2;
        let before = (0..k)
            .rev()
            .filter(|&j| trigs[j].2.end <= t.start)
            .find_map(|j| out[j]);
        let before = before.or_else(|| {
            earlier
                .iter()
                .rev()
                .filter(|c| c.evidence[0].end <= t.start)
                .find_map(|c| c.date)
        });
        if let Some(d) = before {
            out[k] = Some(d);
        }
    }
    out
}

pub fn extract(doc: &Doc, ents: &mut Entities) -> Vec<Event> {
    let body = doc.body;
    let all_dates = dates::find_all(doc);
    // the article's most named place, for located events with no place of their own
    let mut counts: BTreeMap<EntityId, (usize, usize)> = BTreeMap::new();
    for m in &ents.mentions {
        if is_place(ents, m.entity) {
            let e = counts.entry(m.entity).or_insert((0, usize::MAX));
            e.0 += 1;
            e.1 = e.1.min(m.span.start);
        }
    }
    let most_named = |keep: &dyn Fn(EntityId) -> bool| {
        counts
            .iter()
            .filter(|(id, _)| keep(**id))
            .max_by_key(|(_, (c, first))| (*c, std::cmp::Reverse(*first)))
            .map(|(id, _)| *id)
    };
    let dominant = most_named(&|_| true);
    // and its most named country, for a vote or a law with no place of its own (a nation's)
    let dominant_country = most_named(&|id| {
        matches!(
            ents.list[id].kind,
            EntityKind::Place(crate::model::PlaceKind::Country)
        )
    });

    let mut cands: Vec<Cand> = Vec::new();
    let all_toks = &doc.tokens;
    for (bi, toks) in all_toks.iter() {
        let (bi, toks) = (*bi, toks.as_slice());
        let block = doc.blocks[bi];
        let caption = block.kind == BlockKind::Caption;
        // sentences of this block (fall back to the block)
        // (sentences are in block order)
        let lo = doc.sentences.partition_point(|s| s.block < bi);
        let hi = doc.sentences.partition_point(|s| s.block <= bi);
        let mut sents: Vec<Span> = doc.sentences[lo..hi]
            .iter()
            .filter(|s| s.block == bi)
            .map(|s| s.span)
            .collect();
        if sents.is_empty() {
            sents.push(block.span);
        }
        // triggers of the block, each with its scope (its sentence; a caption is one scene)
        let mut trigs: Vec<(EventKind, usize, Span, Span)> = Vec::new();
        for i in 0..toks.len() {
            let Some((kind, last)) = trigger(body, &doc.lower, toks, i) else {
                continue;
            };
            let tspan = Span::new(toks[i].s, toks[last].e);
            // a trigger word inside an organization's name ("National Hurricane Center")
            if ents
                .within(tspan)
                .any(|m| matches!(ents.list[m.entity].kind, EntityKind::Organization(_)))
            {
                continue;
            }
            let sent = sents
                .iter()
                .copied()
                .find(|s| s.start <= tspan.start && tspan.start < s.end)
                .unwrap_or(block.span);
            let scope = if caption { block.span } else { sent };
            trigs.push((kind, last, tspan, scope));
        }
        let tdates = assign_dates(body, &trigs, &all_dates, caption, &cands);
        for (ti, &(kind, last, tspan, scope)) in trigs.iter().enumerate() {
            let date = tdates[ti];
            // place: right after ("in X", "to X", "visited X"), right before ("the X summit"), else in the sentence
            let mut place = None;
            let mut strength = 0u8;
            let mut after_end = floor_char(body, (tspan.end + 150).min(scope.end));
            {
                let win = &body[tspan.end..after_end];
                let mut cut = win.len();
                for pat in [";", " that ", " which ", " who ", " while ", " but ", ". "] {
                    if let Some(x) = win.find(pat) {
                        cut = cut.min(x);
                    }
                }
                let mut from = 0;
                while let Some(x) = win[from..].find(", ") {
                    let at = from + x;
                    if !win[at + 2..].starts_with("including") {
                        cut = cut.min(at);
                        break;
                    }
                    from = at + 2;
                }
                after_end = tspan.end + cut;
            }
            // ("in California's Riverside County": the place the possessor holds)
            let held = |m: &super::doc::Mention| {
                let rest = &body[m.span.end..];
                let poss = ["'s ", "’s "]
                    .iter()
                    .find(|p| rest.starts_with(**p))
                    .map(|p| p.len());
                poss.and_then(|n| {
                    let at = m.span.end + n;
                    // (a smaller place, not one that opens a longer name: "Wynnum's Grenada
                    // Street ground" is no country)
                    ents.within(Span::new(at, at + 1))
                        .find(|x| {
                            x.span.start == at
                                && is_place(ents, x.entity)
                                && !matches!(
                                    ents.kind(x.entity),
                                    EntityKind::Place(crate::model::PlaceKind::Country)
                                )
                                && !body[x.span.end..]
                                    .strip_prefix(' ')
                                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                        })
                        .map(|x| x.entity)
                })
                .unwrap_or(m.entity)
            };
            let mut prev_end: Option<usize> = None;
            for m in ents.within(Span::new(tspan.end, after_end)) {
                if !is_place(ents, m.entity) || m.span.start < tspan.end {
                    continue;
                }
                // "at a guest house in Lima": the city after the venue
                if let Some(pe) = prev_end {
                    let g = body[pe..m.span.start].trim();
                    if g == "in" {
                        place = Some(m.entity);
                        prev_end = Some(m.span.end);
                        continue;
                    }
                    break;
                }
                let gap = &body[tspan.end..m.span.start];
                let gap_l = gap.to_lowercase();
                let last_word = gap_l.split_whitespace().last().unwrap_or("");
                let direct = gap.trim().is_empty() && matches!(kind, EventKind::Visit);
                if (matches!(last_word, "in" | "at" | "to" | "near" | "into") || direct)
                    && !gap.contains('.')
                    && !gap.contains(';')
                {
                    // "north of X in Y": keep looking for an "in"
                    place = Some(held(m));
                    strength = 2;
                    if last_word == "in" || last_word == "at" || direct {
                        prev_end = Some(m.span.end);
                        if gazetteer_place(ents, m.entity) {
                            break;
                        }
                    }
                }
            }
            if place.is_none() {
                // "the Oslo summit", "Oslo's summit"
                if let Some(m) = ents.mentions[..ents
                    .mentions
                    .partition_point(|m| m.span.start < tspan.start)]
                    .iter()
                    .rev()
                    .take_while(|m| m.span.start >= scope.start)
                    .find(|m| m.span.end <= tspan.start && m.span.end + 3 >= tspan.start)
                {
                    let gap = &body[m.span.end..tspan.start];
                    if is_place(ents, m.entity)
                        && (gap.trim().is_empty() || gap.trim() == "'s" || gap.trim() == "’s")
                    {
                        place = Some(m.entity);
                        strength = 2;
                    }
                }
            }
            let located_in = |sp: Span| {
                ents.within(sp)
                    .filter(|m| is_place(ents, m.entity))
                    .filter(|m| {
                        let b = body[sp.start..m.span.start].trim_end().to_lowercase();
                        // (or "at his home in the neighbouring state of X", "in the city of X")
                        let of_region = b.strip_suffix(" of").is_some_and(|r| {
                            let ws: Vec<&str> = r.split_whitespace().rev().take(5).collect();
                            ws.first().is_some_and(|w| {
                                matches!(
                                    *w,
                                    "state"
                                        | "city"
                                        | "town"
                                        | "village"
                                        | "province"
                                        | "region"
                                        | "county"
                                        | "district"
                                        | "island"
                                        | "municipality"
                                )
                            }) && ws.iter().any(|w| matches!(*w, "in" | "at" | "near"))
                        });
                        b.ends_with(" in") || b.ends_with(" at") || of_region
                    })
                    .min_by_key(|m| (m.span.start as i64 - tspan.start as i64).unsigned_abs())
                    .map(held)
            };
            if place.is_none() {
                // a place of the sentence, preferring one "in" or "at", within two commas of the
                // trigger ("his election in 2014, was flown from X, Y, to a hospital in Z": not Z)
                let near = |id: EntityId| {
                    ents.within(scope).filter(|m| m.entity == id).any(|m| {
                        let (a, b) = if m.span.start < tspan.start {
                            (m.span.end, tspan.start)
                        } else {
                            (tspan.end, m.span.start)
                        };
                        body[a.min(b)..b].matches(',').count() < 2
                    })
                };
                let first = ents
                    .within(scope)
                    .find(|m| is_place(ents, m.entity))
                    .map(|m| m.entity);
                if let Some(p) = located_in(scope)
                    .filter(|&p| near(p))
                    .or(if located_kind(kind) { None } else { first })
                {
                    place = Some(p);
                    strength = 1;
                }
            }
            if place.is_none() && matches!(kind, EventKind::Election | EventKind::Legislation) {
                place = dominant_country;
            }
            if place.is_none() && located_kind(kind) {
                // the paragraph's "in X", else the article's main place
                if let Some(p) = located_in(block.span) {
                    place = Some(p);
                    strength = 1;
                } else {
                    place = dominant;
                }
            }
            let mut participants: Vec<EntityId> = Vec::new();
            for m in ents.within(scope) {
                if !is_place(ents, m.entity) && !participants.contains(&m.entity) {
                    participants.push(m.entity);
                }
            }
            // "appeared in Christchurch District Court, New Zealand": a court named after a city
            // of the article sits in that city, which says more than the country
            if kind == EventKind::Trial
                && place.map_or(true, |p| {
                    matches!(
                        ents.list[p].kind,
                        EntityKind::Place(crate::model::PlaceKind::Country)
                    )
                })
            {
                let city = participants.iter().find_map(|&o| {
                    let n = &ents.list[o].name;
                    if !matches!(ents.list[o].kind, EntityKind::Organization(_)) || !(n.ends_with(" Court") || n.ends_with(" Tribunal")) {
                        return None;
                    }
                    ents.list.iter().position(|e| {
                        matches!(e.kind, EntityKind::Place(k) if k != crate::model::PlaceKind::Country)
                            && n.len() > e.name.len()
                            && n.starts_with(e.name.as_str())
                            && n.as_bytes()[e.name.len()] == b' '
                    })
                });
                if let Some(c) = city {
                    place = Some(c);
                    strength = strength.max(1);
                }
            }
            if date.is_none() && strength < 2 {
                continue;
            }
            // (a press conference is news only with its day: "told a news conference on
            // Friday", not "said at a press conference in London")
            // (nor a march or a rally told by its verb alone: "Crowds marched in Valparaiso
            // again" is the protest the article dates elsewhere)
            if date.is_none()
                && matches!(
                    &doc.lower[tspan.start..tspan.end],
                    "conference" | "rallied" | "marched"
                )
            {
                continue;
            }
            // "Ana Silva has died", "Ana Silva, the former president, died on Friday": a death
            // is the news of the article where a person named in the sentence is what died, in
            // the days before the article (not "died in 1995", nor "ten people died")
            if matches!(&doc.lower[tspan.start..tspan.end], "died" | "dies")
                && !recent_death(doc, ents, toks, tspan, scope, date)
            {
                continue;
            }
            // a short readable name: the trigger and up to five following words
            let mut ne = tspan.end;
            let mut words = 0;
            let mut k = last + 1;
            while k < toks.len() && words < 5 && toks[k].k != TK::Punct && toks[k].s < scope.end {
                ne = toks[k].e;
                words += 1;
                k += 1;
            }
            let mut name = body[tspan.start..ne].to_string();
            if strength == 2 {
                if let Some(p) = place {
                    if !name.contains(&ents.list[p].name) {
                        name = format!("{} {}", ents.list[p].name, name);
                    }
                }
            }
            let word = body[tspan.start..tspan.end].to_lowercase();
            cands.push(Cand {
                kind,
                name,
                date,
                place,
                place_strength: strength,
                participants,
                evidence: vec![scope],
                word,
            });
        }
    }

    // merge mentions of one event. Only events of one kind (summits with meetings) can merge,
    // so each candidate is compared within its kind's bucket, and the participant and evidence
    // lists are checked through sets: a long article stays linear.
    let mut events: Vec<Cand> = Vec::new();
    let mut seen: Vec<(
        std::collections::HashSet<EntityId>,
        std::collections::HashSet<Span>,
    )> = Vec::new();
    let mut buckets: std::collections::HashMap<EventKind, Vec<usize>> = Default::default();
    let bucket_of = |k: EventKind| {
        if k == EventKind::Meeting {
            EventKind::Summit
        } else {
            k
        }
    };
    for c in cands {
        let bucket = buckets.entry(bucket_of(c.kind)).or_default();
        // (the newest events of the kind first; an article with hundreds of events of one kind
        // is a compilation, not a story, and older ones are not looked at)
        let window = &bucket[bucket.len().saturating_sub(MERGE_WINDOW)..];
        let same = window.iter().copied().find(|&k| {
            let e = &events[k];
            let kinds = e.kind == c.kind
                || (matches!(
                    (e.kind, c.kind),
                    (EventKind::Summit, EventKind::Meeting)
                        | (EventKind::Meeting, EventKind::Summit)
                ) && e.date.map(|d| d.month.is_some()).unwrap_or(false)
                    && c.date.map(|d| d.month.is_some()).unwrap_or(false));
            if !kinds
                || (c.kind == EventKind::Other && other_family(&e.word) != other_family(&c.word))
            {
                return false;
            }
            let dates_ok = compatible_date(e.date, c.date)
                || (e.date.is_none() && c.date.is_none())
                || ((e.date.is_none() || c.date.is_none())
                    && e.place.is_some()
                    && e.place == c.place
                    && e.place_strength == 2
                    && c.place_strength == 2);
            // year-only dates agree too easily
            let precise = e.date.map(|d| d.month.is_some()).unwrap_or(true)
                && c.date.map(|d| d.month.is_some()).unwrap_or(true)
                || e.date == c.date;
            let places_ok = e.place == c.place || e.place_strength < 2 || c.place_strength < 2;
            dates_ok && precise && places_ok
        });
        match same {
            Some(k) => {
                let e = &mut events[k];
                let (seen_p, seen_ev) = &mut seen[k];
                if c.kind == EventKind::Summit {
                    e.kind = EventKind::Summit;
                    e.name = c.name.clone();
                }
                e.date = more_precise(e.date, c.date);
                if c.place_strength > e.place_strength || e.place.is_none() {
                    e.place = c.place.or(e.place);
                    e.place_strength = c.place_strength.max(e.place_strength);
                }
                for p in c.participants {
                    if seen_p.insert(p) {
                        e.participants.push(p);
                    }
                }
                for ev in c.evidence {
                    if seen_ev.insert(ev) {
                        e.evidence.push(ev);
                    }
                }
            }
            None => {
                bucket.push(events.len());
                seen.push((
                    c.participants.iter().copied().collect(),
                    c.evidence.iter().copied().collect(),
                ));
                events.push(c);
            }
        }
    }
    events
        .into_iter()
        .map(|c| {
            let mut evidence = c.evidence;
            evidence.sort();
            evidence.dedup();
            Event {
                kind: c.kind,
                name: c.name,
                date: c.date,
                place: c.place,
                participants: c.participants,
                evidence,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{names, resolve};
    use crate::model::Article;

    #[test]
    fn partial_dates_are_compatible_when_one_is_a_prefix_of_the_other() {
        let d = |y, m: Option<u8>, dd: Option<u8>| {
            Some(PartialDate {
                year: y,
                month: m,
                day: dd,
            })
        };
        assert!(compatible_date(
            d(2019, None, None),
            d(2019, Some(2), Some(28))
        ));
        assert!(compatible_date(
            d(2019, Some(2), None),
            d(2019, Some(2), Some(28))
        ));
        assert!(compatible_date(
            d(2019, Some(2), Some(28)),
            d(2019, Some(2), Some(28))
        ));
        assert!(!compatible_date(
            d(2019, Some(2), Some(27)),
            d(2019, Some(2), Some(28))
        ));
        assert!(!compatible_date(
            d(2019, Some(3), None),
            d(2019, Some(2), Some(28))
        ));
        assert!(!compatible_date(d(2018, None, None), d(2019, None, None)));
        assert!(!compatible_date(None, d(2019, None, None)));
    }

    fn events(
        body: &str,
        published: Option<PartialDate>,
    ) -> Vec<(String, Option<String>, Option<String>, Vec<String>)> {
        let article = Article {
            id: "t".into(),
            body: body.to_string(),
            published,
            ..Default::default()
        };
        let doc = Doc::new(&article);
        let mut ents = names::recognize(&doc);
        resolve::resolve(&doc, &mut ents);
        extract(&doc, &mut ents)
            .into_iter()
            .map(|e| {
                (
                    e.kind.name().to_string(),
                    e.date.map(|d| d.to_string()),
                    e.place.map(|p| ents.list[p].name.clone()),
                    e.participants
                        .iter()
                        .map(|p| ents.list[*p].name.clone())
                        .collect(),
                )
            })
            .collect()
    }

    fn p() -> Option<PartialDate> {
        Some(PartialDate::ymd(2021, 3, 10))
    }

    #[test]
    fn a_time_opening_the_sentence_dates_its_event_past_the_subject_s_asides() {
        let e = events(
            "Early Saturday morning, shortly after midnight, police in Lorsk, Ohio, in the northern United States, answered many calls about a shooting at a wedding.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("2021-03-06")),
            "{e:?}"
        );
        // (not where the sentence names another date: "On Monday, the paper revealed a deal
        // whereby, on March 1, Acme bought Beta")
        let e = events(
            "On Monday, the Lorsk Post revealed a deal whereby, on March 1, the Acme Group acquired the Beta Group.",
            p(),
        );
        assert!(
            e.iter()
                .all(|x| x.0 != "Agreement" || x.1.as_deref() == Some("2021-03-01")),
            "{e:?}"
        );
    }

    #[test]
    fn the_place_a_possessor_holds_is_the_event_s() {
        let e = events(
            "On Tuesday in Oregon's Lorsk County court, a judge sentenced Ana Ruiz to life in prison.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.2.as_deref() == Some("Lorsk County")),
            "{e:?}"
        );
        // (not a country that opens a longer name)
        let e = events(
            "Lorsk defeated Wynnum 45 points to 24 in their Round 4 Sunshine Coast Rugby Union match at Wynnum's Grenada Street ground on Saturday.",
            p(),
        );
        assert!(e.iter().all(|x| x.2.as_deref() != Some("Grenada")), "{e:?}");
    }

    #[test]
    fn a_shooting_or_opening_fire_is_an_attack_but_a_player_s_shooting_is_none() {
        let e = events(
            "A gunman opened fire at a store in Oslo on February 3.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Attack"
                && x.1.as_deref() == Some("2021-02-03")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "The mass shooting in Oslo on February 3 left five dead.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        for body in [
            "His shooting in Oslo on February 3 was poor.",
            "The shooting of the film in Oslo began on February 3.",
        ] {
            let e = events(body, p());
            assert!(!e.iter().any(|x| x.0 == "Attack"), "{body}: {e:?}");
        }
    }

    #[test]
    fn a_stabbing_done_is_an_attack_but_a_stabbing_pain_is_none() {
        let e = events(
            "The mayor of Lorsk, Ana Silva, was stabbed on stage in Lorsk on Sunday night.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Attack"
                && x.1.as_deref() == Some("2021-03-07")
                && x.2.as_deref() == Some("Lorsk")),
            "{e:?}"
        );
        let e = events(
            "Police said the Lorsk Mall stabbing on March 2 was planned.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        let e = events("He felt a stabbing pain in Oslo on March 1.", p());
        assert!(!e.iter().any(|x| x.0 == "Attack"), "{e:?}");
    }

    #[test]
    fn a_shooting_named_for_its_place_is_an_attack() {
        let e = events("The Lorsk Mall shooting on March 2 left three dead.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        let e = events("The shooting began at 10:39 on March 2 in Lorsk.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.2.as_deref() == Some("Lorsk")),
            "{e:?}"
        );
    }

    #[test]
    fn a_dated_press_conference_is_an_announcement() {
        let e = events(
            "Omar Bell told a press conference in Oslo on Monday that the city was safe.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Announcement"
                && x.1.as_deref() == Some("2021-03-08")
                && x.3.contains(&"Omar Bell".to_string())),
            "{e:?}"
        );
        // (undated, it is no news of its own; a conference that is no press's is none)
        let e = events(
            "Omar Bell said at a press conference in Oslo that the city was safe.",
            p(),
        );
        assert!(!e.iter().any(|x| x.0 == "Announcement"), "{e:?}");
        let e = events(
            "Omar Bell spoke at a science conference in Oslo on Monday.",
            p(),
        );
        assert!(!e.iter().any(|x| x.0 == "Announcement"), "{e:?}");
    }

    #[test]
    fn caucuses_and_primaries_are_elections_but_not_a_primary_school_or_a_caucus_group() {
        let published = Some(PartialDate::ymd(2020, 3, 10));
        let e = events("Ana Silva won the Iowa caucuses on February 3 and the South Carolina primary on February 29.", published);
        assert!(
            e.iter().any(|x| x.0 == "Election"
                && x.1.as_deref() == Some("2020-02-03")
                && x.2.as_deref() == Some("Iowa")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|x| x.0 == "Election"
                && x.1.as_deref() == Some("2020-02-29")
                && x.2.as_deref() == Some("South Carolina")),
            "{e:?}"
        );
        for body in [
            "Primary school pupils in Iowa returned on March 1.",
            "The primary reason in Iowa on March 1 was cost.",
            "She joined the Congressional Black Caucus in Iowa in 2019.",
            "The Iowa primary debate on March 1 was dull.",
        ] {
            let e = events(body, published);
            assert!(!e.iter().any(|x| x.0 == "Election"), "{body}: {e:?}");
        }
        // (the primaries for an election: the election is the one event, with its year)
        let body = "On Thursday Ana Silva left the Democratic primaries for the 2020 United States presidential election.";
        let e = events(body, published);
        assert_eq!(e.iter().filter(|x| x.0 == "Election").count(), 1, "{e:?}");
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.1.as_deref() == Some("2020")),
            "{e:?}"
        );
    }

    #[test]
    fn one_elected_past_an_adverb_or_by_a_body_as_its_officer_is_an_election() {
        for body in [
            "Ana Silva was first elected to the state senate on Tuesday.",
            "On Tuesday the assembly elected Ana Silva as its speaker.",
        ] {
            let e = events(body, p());
            assert!(
                e.iter().any(|x| x.0 == "Election"
                    && x.1.as_deref() == Some("2021-03-09")
                    && x.3 == ["Ana Silva"]),
                "{body}: {e:?}"
            );
        }
        // (not a vote with no post after it)
        assert!(events("Voters elected him on Tuesday.", p()).is_empty());
    }

    #[test]
    fn a_death_confirmed_or_reported_is_an_announcement() {
        for body in [
            "His son Rui Vaz confirmed his father's death on Tuesday.",
            "The family reported the death of Ana Silva on Tuesday.",
        ] {
            let e = events(body, p());
            assert!(
                e.iter()
                    .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-09")),
                "{body}: {e:?}"
            );
        }
        // (not a death confirmed by someone else, nor one in a clause reported, nor a toll)
        for body in [
            "The death was confirmed on Tuesday.",
            "The confirmed death toll rose to nine on Tuesday.",
            "Police confirmed on Tuesday that the death was an accident.",
        ] {
            let e = events(body, p());
            assert!(e.iter().all(|x| x.0 != "Announcement"), "{body}: {e:?}");
        }
    }

    #[test]
    fn stepping_down_is_a_resignation() {
        let e = events(
            "Ana Silva stepped down as chair of the board on Tuesday.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-09")
                && x.3 == ["Ana Silva"]),
            "{e:?}"
        );
        // (not one denied, nor a step taken down a ladder)
        for body in [
            "Ana Silva has not stepped down from the board on Tuesday.",
            "Ana Silva stepped onto the stage on Tuesday.",
        ] {
            assert!(events(body, p()).is_empty(), "{body}");
        }
    }

    #[test]
    fn findings_or_a_study_published_are_a_publication() {
        for body in [
            "In findings published on Tuesday in the journal Reef Science, researchers said the corals recover.",
            "The study was published on Tuesday.",
        ] {
            let e = events(body, p());
            assert!(
                e.iter()
                    .any(|x| x.0 == "Publication" && x.1.as_deref() == Some("2021-03-09")),
                "{body}: {e:?}"
            );
        }
        // (research done is no publication)
        let e = events("The research was funded by the state on Tuesday.", p());
        assert!(e.iter().all(|x| x.0 != "Publication"), "{e:?}");
    }

    #[test]
    fn a_sentence_of_prison_is_a_trial() {
        let e = events(
            "Nine men were jailed in Oslo on March 2 for the abuse of two girls.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        // (a time spent in prison is none)
        let e = events("He was imprisoned in Oslo until March 2.", p());
        assert!(e.iter().all(|x| x.0 != "Trial"), "{e:?}");
    }

    #[test]
    fn a_fire_that_killed_and_a_building_that_caught_fire_are_disasters() {
        let e = events(
            "A fire at a hotel in Oslo killed at least nine people on March 2.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Disaster"
                && x.1.as_deref() == Some("2021-03-02")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events("The old cathedral in Oslo caught fire on March 2.", p());
        assert!(e.iter().any(|x| x.0 == "Disaster"), "{e:?}");
        // (a fire opened at someone is no disaster)
        let e = events(
            "Police opened fire at the crowd in Oslo on March 2, killing two.",
            p(),
        );
        assert!(e.iter().all(|x| x.0 != "Disaster"), "{e:?}");
    }

    #[test]
    fn explosions_collapses_fires_and_crashes_that_did_harm_are_events() {
        let e = events(
            "An apartment building collapsed on Monday in Oslo, killing nine.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Disaster"
                && x.1.as_deref() == Some("2021-03-08")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events("A gas explosion in Oslo on March 2 injured four.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events("A car bomb explosion in Oslo on March 2 killed four.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events("A fire broke out at a hotel in Oslo on March 2.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        // (an aircraft's or a bus's crash is a disaster, a car's an event of another kind)
        let e = events("A cargo plane, reported to belong to the army, crashed into houses in Oslo on March 2.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events("A bus operated by Acme Lines, which is run by the army's own travel agency, crashed on March 2 near Oslo.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        let e = events("Nine people died in a bus crash near Oslo on March 2.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.1.as_deref() == Some("2021-03-02")),
            "{e:?}"
        );
        let e = events(
            "A car crashed into a wall in Oslo on March 2, injuring the driver.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.2.as_deref() == Some("Oslo"))
                && !e.iter().any(|x| x.0 == "Disaster"),
            "{e:?}"
        );
        for body in [
            "The explosion in podcasting in Oslo in 2004 surprised everyone.",
            "Talks collapsed in Oslo on March 2.",
            "Soldiers opened the door in Oslo on March 2 and came under fire.",
            "Shares crashed in Oslo on March 2.",
        ] {
            let e = events(body, p());
            assert!(
                !e.iter()
                    .any(|x| matches!(x.0.as_str(), "Disaster" | "Other")),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn bombs_assaults_votes_on_laws_elections_won_and_acquisitions() {
        let e = events("A car bomb exploded in Kabul on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.2.as_deref() == Some("Kabul")),
            "{e:?}"
        );
        let e = events(
            "It was the deadliest attack since an assault in Ghazni in August 2018.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("2018-08")),
            "{e:?}"
        );
        let e = events(
            "The parliament in Lima voted 66 to 27 to legalize same-sex marriage on Friday.",
            p(),
        );
        assert!(e.iter().any(|x| x.0 == "Legislation"), "{e:?}");
        let e = events("Ana Silva was elected to Congress in 1996.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.1.as_deref() == Some("1996")),
            "{e:?}"
        );
        let e = events(
            "Acme announced the acquisition of Lorsk Foods in Lima on Monday.",
            p(),
        );
        assert!(e.iter().any(|x| x.0 == "Agreement"), "{e:?}");
        for body in [
            "Police received a bomb threat in Kabul on Monday.",
            "He was charged with sexual assault in Lima on Monday.",
            "Elected officials met the press in Lima on Monday.",
            "Voters in Lima voted for change on Monday.",
        ] {
            let e = events(body, p());
            assert!(
                !e.iter()
                    .any(|x| matches!(x.0.as_str(), "Attack" | "Election" | "Legislation")),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn emergencies_declared_hospital_stays_inductions_and_marches() {
        let e = events(
            "The governor of Lorsk declared a state of emergency on Monday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-08")),
            "{e:?}"
        );
        let e = events("Ana Silva was hospitalized in Lima on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        let e = events(
            "Thousands joined the march from the park to the harbour in Lima on Sunday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Protest" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        for body in [
            "The state of emergency in Lima ended on Monday.",
            "He left Lima in March on a Monday.",
        ] {
            let e = events(body, p());
            assert!(
                !e.iter()
                    .any(|x| matches!(x.0.as_str(), "Announcement" | "Protest")),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn verdicts_arrests_lawsuits_and_thefts() {
        let e = events("Ana Silva was convicted of fraud in Lima on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-03-08")),
            "{e:?}"
        );
        let e = events("Ana Silva pleaded guilty to fraud in Lima on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        let e = events("Police arrested two men in Lima on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        let e = events(
            "The union filed a lawsuit against the city of Lima on Monday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.1.as_deref() == Some("2021-03-08")),
            "{e:?}"
        );
        let e = events(
            "The theft of the painting took place in Lima on Monday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        for body in [
            "A convicted murderer spoke in Lima on Monday.",
            "He suffered a cardiac arrest in Lima on Monday.",
            "A lawsuit would be costly for Lima, he said on Monday.",
            "Car theft is rising in Lima, police said on Monday.",
        ] {
            let e = events(body, p());
            assert!(
                !e.iter().any(|x| matches!(x.0.as_str(), "Trial" | "Other")),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn meetings_rallies_attackers_killings_and_sentences() {
        let e = events(
            "The two leaders met in Oslo on Monday to discuss trade.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Meeting"
                && x.1.as_deref() == Some("2021-03-08")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "Protesters rallied outside parliament in Lima on Saturday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Protest" && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        let e = events("A suicide bomber killed 20 people in Kabul on Monday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.2.as_deref() == Some("Kabul")),
            "{e:?}"
        );
        let e = events(
            "The court sentenced Ana Silva to ten years in prison on Monday in Lima.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-03-08")),
            "{e:?}"
        );
        for body in [
            "The two sides met in the final in Oslo on Monday.",
            "Shares rallied in Oslo on Monday.",
            "A bomber was killed in Kabul on Monday.",
        ] {
            let e = events(body, p());
            assert!(
                !e.iter()
                    .any(|x| matches!(x.0.as_str(), "Meeting" | "Protest" | "Attack")),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn a_swearing_in_and_a_court_appearance() {
        let e = events(
            "Ana Silva was sworn in as governor in Oslo on February 3.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.1.as_deref() == Some("2021-02-03")),
            "{e:?}"
        );
        let e = events("The suspect appeared in court in Oslo on February 3.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-02-03")),
            "{e:?}"
        );
        // (an actor appears in a film, not before a court)
        let e = events(
            "Ana Silva appeared in a film shot in Oslo on February 3.",
            p(),
        );
        assert!(!e.iter().any(|x| x.0 == "Trial"), "{e:?}");
    }

    #[test]
    fn a_vote_with_no_place_of_its_own_is_the_article_s_country_s() {
        let body = "Ana Silva spoke in Lisbon about Portugal. Portugal has a new plan, and Portugal will vote. The election on February 3 was close.";
        let e = events(body, p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.2.as_deref() == Some("Portugal")),
            "{e:?}"
        );
    }

    #[test]
    fn a_court_s_ruling_is_a_trial_event_but_a_ruling_party_is_none() {
        let e = events(
            "The Oslo Appeals Court ruled on February 3 that the ban was unlawful.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-02-03")),
            "{e:?}"
        );
        let e = events(
            "On February 3 the court issued a ruling on the merger.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-02-03")),
            "{e:?}"
        );
        for body in [
            "The ruling party won in Oslo on February 3, a court said.",
            "The judge ruled out a delay on February 3.",
            "Rui Vaz ruled the country from Oslo until February 3.",
        ] {
            let e = events(body, p());
            assert!(!e.iter().any(|x| x.0 == "Trial"), "{body}: {e:?}");
        }
    }

    #[test]
    fn summit_with_place_and_date() {
        let e = events(
            "President Ana Silva met Premier Rui Vaz at the Oslo summit on Feb. 3, 2021.",
            p(),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "Summit");
        assert_eq!(e[0].1.as_deref(), Some("2021-02-03"));
        assert_eq!(e[0].2.as_deref(), Some("Oslo"));
        assert!(e[0].3.contains(&"Ana Silva".to_string()));
    }

    #[test]
    fn a_murder_or_an_assassination_done_is_an_attack_but_a_murder_charge_is_none() {
        let e = events(
            "The journalist Ana Silva was murdered in Oslo in March 2018.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Attack"
                && x.1.as_deref() == Some("2018-03")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "The assassination of Rui Vaz in Oslo in 1961 shocked the country.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("1961")),
            "{e:?}"
        );
        let e = events("Rui Vaz faces murder charges in Oslo in 2021.", p());
        assert!(!e.iter().any(|x| x.0 == "Attack"), "{e:?}");
    }

    #[test]
    fn talks_in_city_with_bare_month() {
        let e = events(
            "The working-level talks in Stockholm broke down in October.",
            p(),
        );
        assert_eq!(
            e,
            vec![(
                "Talks".into(),
                Some("2020-10".into()),
                Some("Stockholm".into()),
                vec![]
            )]
        );
    }

    #[test]
    fn visit_with_place_and_no_date_is_kept() {
        let e = events(
            "Premier Rui Vaz visited a dam in Kavala after the vote.",
            p(),
        );
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].0, "Visit");
        assert_eq!(e[0].2.as_deref(), Some("Kavala"));
    }

    #[test]
    fn a_place_two_commas_away_is_not_the_event_place() {
        let e = events("Rui Vaz, who had led Tonga since his election in 2014, was flown from the capital, Nukualofa, to a hospital in Auckland.", p());
        assert!(
            e.iter()
                .all(|x| x.0 != "Election" || x.2.as_deref() != Some("Auckland")),
            "{e:?}"
        );
    }

    #[test]
    fn trigger_without_date_or_place_is_dropped() {
        assert!(events("The talks went nowhere, analysts said.", p()).is_empty());
    }

    #[test]
    fn sanctions_need_a_verb() {
        let e = events(
            "On Feb. 2, the Treasury Department imposed new sanctions on three firms.",
            p(),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "Sanctions");
        assert_eq!(e[0].1.as_deref(), Some("2021-02-02"));
        assert!(events("Sanctions hurt the economy in January.", p()).is_empty());
    }

    #[test]
    fn a_date_across_an_as_clause_belongs_to_the_other_verb() {
        let e = events("Donations were well up on the same period of 2003, as the parties built up funds for the general election campaign.", p());
        assert!(e.iter().all(|x| x.1.as_deref() != Some("2003")), "{e:?}");
        // within its own clause the date still counts
        let e = events(
            "The parties built up funds for the general election campaign in 2003.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.1.as_deref() == Some("2003")),
            "{e:?}"
        );
    }

    #[test]
    fn a_date_of_the_main_clause_is_not_a_fronted_phrase_s() {
        let e = events("Before the pandemic in Peru, the crisis claimed 15,000 lives between January 2016 and December 2019.", p());
        assert!(
            e.iter()
                .all(|x| x.0 != "Outbreak" || x.1.as_deref() != Some("2016-01")),
            "{e:?}"
        );
        // the phrase's own date stays
        let e = events("Before the election in May 2016, the party split.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.1.as_deref() == Some("2016-05")),
            "{e:?}"
        );
    }

    #[test]
    fn nearest_date_per_trigger() {
        let e = events("Late on Sunday, the rebels announced a truce agreement after the army began an offensive on Wednesday.", p());
        let get = |k: &str| e.iter().find(|x| x.0 == k).and_then(|x| x.1.clone());
        assert_eq!(get("Announcement").as_deref(), Some("2021-03-07"));
        assert_eq!(get("Attack").as_deref(), Some("2021-03-10"));
    }

    #[test]
    fn a_date_in_the_announced_words_is_not_the_announcement_s() {
        let e = events("Yesterday, the transport secretary, Ana Silva, announced that from June 15 masks would be compulsory.", p());
        let a = e
            .iter()
            .find(|x| x.0 == "Announcement")
            .expect("an announcement");
        assert_ne!(a.1.as_deref(), Some("2021-06-15"), "{e:?}");
        assert_ne!(a.1.as_deref(), Some("2020-06-15"), "{e:?}");
        // (a relative "that" after a noun is no announced words: "the deal that was signed in 2015")
        let e = events("Iran left the nuclear deal that was signed in 2015.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Agreement" && x.1.as_deref() == Some("2015")),
            "{e:?}"
        );
    }

    #[test]
    fn what_did_not_happen_is_no_event() {
        let none = |t: &str| {
            let e = events(t, p());
            assert!(e.is_empty(), "{t}: {e:?}");
        };
        none("The firm has not yet announced when the phone will be sold in Peru.");
        none("The minister did not visit Lima in May.");
        none("The premier never visited Lima, aides said.");
        none("Suspects can be held in Lima without trial in 2021.");
        none("No elections were held in Peru in 2020.");
        none("The singer died after suffering a heart attack in Peru in October.");
        none("Last year the museum was visited by tens of thousands of people in Minsk.");
        none("The Andes Earthquake and Tsunami Blog in Lima is nominated in 2021.");
        none("In 1972 he made a rare foray into protest songs in Lima.");
        none("He finished 2003 on top of the ATP Tour rankings in Lima.");
        none("The striker impressed on trial at Lima in May.");
        none("In 1979 she was swept into power in Lima in a landslide victory.");
        none(
            "In May, the e-mails tried to make people in Lima visit fake versions of the websites.",
        );
        none("He won our trial race in Lima in May.");
        none("A trial scheme in Lima starts in May.");
        none("In May, trials in Lima are making use of TV masts to send signals to phones.");
        none("She won the national trials in Lima in May.");
        none("In May the party opened its election hub in Lima.");
        none("The Peru election commission meets in Lima in May.");
        none("Lima may strike Peru without a second UN resolution in May.");
        none("In 2016 there was no coronavirus pandemic in Lima.");
        none("In May 2020 she read the Peru Election Law in Lima.");
        none("In May the mayor of Lima was met with applause.");
        none("In May the general was developing plans to attack diplomats in Lima.");
        none("She earned a second round meeting with the champion in Lima in May.");
        none("In May the phone may be unveiled at the fair in Lima.");
        // the same words where the thing took place
        let kinds = |t: &str| events(t, p()).into_iter().map(|e| e.0).collect::<Vec<_>>();
        assert_eq!(
            kinds("The firm announced in May that the phone will be sold in Peru."),
            ["Announcement"]
        );
        assert_eq!(kinds("The minister visited Lima in May."), ["Visit"]);
        assert_eq!(
            kinds("Protest marches were held in Lima in May."),
            ["Protest"]
        );
        assert_eq!(
            kinds("The former banker is on trial for fraud in Lima in May."),
            ["Trial"]
        );
        assert_eq!(kinds("The band went on a tour of Peru in May."), ["Visit"]);
        assert_eq!(
            kinds("A landslide buried a village in Peru in May."),
            ["Disaster"]
        );
        assert_eq!(
            kinds("Rebels staged an attack in Peru in October."),
            ["Attack"]
        );
        assert_eq!(
            kinds("Hurricane Maria struck Puerto Rico in September."),
            ["Disaster"]
        );
        assert_eq!(kinds("The Minsk Summit ended on Monday."), ["Summit"]);
        assert_eq!(
            kinds("In May the square was visited by President Ana Silva."),
            ["Visit"]
        );
        assert_eq!(
            kinds("In May the mayor of Lima met with the governor."),
            ["Meeting"]
        );
        assert_eq!(
            kinds("Rebels launched an attack on Lima in May."),
            ["Attack"]
        );
        assert_eq!(
            kinds("The trials of the suspects were held in Lima in May."),
            ["Trial"]
        );
        assert_eq!(
            kinds("The election campaign in Peru ends in May."),
            ["Election"]
        );
        assert_eq!(
            kinds("There is no doubt elections in Peru in May were fair."),
            ["Election"]
        );
    }

    #[test]
    fn mentions_merge_across_paragraphs() {
        let body = "Leaders gathered at the Oslo summit in February.\n\nThe summit in Oslo ended on Feb. 3, 2021, without a deal.";
        let e = events(body, p());
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1.as_deref(), Some("2021-02-03"));
    }

    #[test]
    fn meeting_matching_a_summit_is_the_summit() {
        let body = "Talks stalled after the June summit.\n\nThe two leaders before their meeting in Lima June 2, 2020.";
        let e = events(body, p());
        let s: Vec<_> = e
            .iter()
            .filter(|x| x.0 == "Summit" || x.0 == "Meeting")
            .collect();
        assert_eq!(s.len(), 1, "{e:?}");
        assert_eq!(s[0].0, "Summit");
        assert_eq!(s[0].2.as_deref(), Some("Lima"));
    }

    #[test]
    fn phone_call_missile_test_and_outbreak() {
        let e = events(
            "On Monday, President Ana Silva and Premier Rui Vaz spoke on the phone.",
            p(),
        );
        assert_eq!(e[0].0, "Talks");
        assert_eq!(e[0].1.as_deref(), Some("2021-03-08"));
        let e = events("The army resumed missile tests in May.", p());
        assert_eq!(e[0].0, "MissileTest");
        assert_eq!(e[0].1.as_deref(), Some("2020-05"));
        let e = events(
            "The disease was first detected about two months ago in Lagos, Nigeria.",
            p(),
        );
        assert_eq!(e[0].0, "Outbreak");
        assert_eq!(e[0].1.as_deref(), Some("2021-01"));
        assert_eq!(e[0].2.as_deref(), Some("Lagos"));
    }

    #[test]
    fn trigger_inside_an_organization_name_is_ignored() {
        let e = events(
            "The National Hurricane Center issued its forecast on Monday.",
            p(),
        );
        assert!(e.iter().all(|x| x.0 != "Disaster"), "{e:?}");
    }

    #[test]
    fn clause_boundary_keeps_far_dates_away() {
        let e = events(
            "He toured a dam site where workers said the project started some 30 years ago.",
            p(),
        );
        assert!(e.iter().all(|x| x.0 != "Visit"), "{e:?}");
    }

    #[test]
    fn same_input_same_output() {
        let body = "President Ana Silva met Premier Rui Vaz at the Oslo summit on Feb. 3, 2021.\n\n\
                    Vaz said the talks in Bergen in January went well. Silva visited Lima on Monday.";
        let a = events(body, p());
        for _ in 0..5 {
            assert_eq!(events(body, p()), a);
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let inputs = [
            "",
            "’",
            "\"",
            "A",
            "In the",
            "Mr.",
            "U.S.",
            "On Feb. 30, 2019 the summit in Oslo.",
            "Jan. 14",
            "Président Élodie Müller-Ğüneş visited Zürich on Monday. Müller-Ğüneş said “ok”.",
            "日本の首相 met 習近平 at the summit in 北京 on June 1.",
            "The — summit — in — Oslo",
            "Ali al-",
            "al-Assad",
            "(FDD)",
            "X (",
            "Kim's",
            "Workers' ",
            "talks talks talks in in in",
            "Late on Sunday,",
            "2019",
            "two months ago",
            "the same day",
            "😀 Summit 😀 in Lima 😀 on May 5, 2020 😀",
        ];
        for s in inputs {
            let _ = events(s, p());
            let _ = events(s, None);
        }
    }

    #[test]
    fn missile_launch_verbs() {
        let e = events(
            "The army launched two short-range ballistic missiles on Sunday.",
            p(),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "MissileTest");
        assert_eq!(e[0].1.as_deref(), Some("2021-03-07"));
        assert!(events("She launched a charity on Sunday.", p())
            .iter()
            .all(|x| x.0 != "MissileTest"));
    }

    #[test]
    fn protests_take_the_paragraph_place() {
        let body = "Crowds marched in Valparaiso again.\n\nMore than 500 people have been arrested since the protests began in January.";
        let e = events(body, p());
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "Protest");
        assert_eq!(e[0].2.as_deref(), Some("Valparaiso"));
        assert!(events("He resigned in apparent protest in January.", p())
            .iter()
            .all(|x| x.0 != "Protest"));
        assert!(events(
            "Oslo lodged a protest through channels in Lima on Monday.",
            p()
        )
        .iter()
        .all(|x| x.0 != "Protest"));
    }

    #[test]
    fn a_date_before_and_closes_the_phrase_before_it() {
        let e = events("The president announced the plan on television on Monday and again at a rally on Tuesday.", p());
        let a = e
            .iter()
            .find(|x| x.0 == "Announcement")
            .expect("the announcement");
        assert_eq!(a.1.as_deref(), Some("2021-03-08"), "{e:?}");
        assert!(
            e.iter()
                .any(|x| x.0 == "Protest" && x.1.as_deref() == Some("2021-03-09")),
            "{e:?}"
        );
    }

    #[test]
    fn the_same_day_is_the_day_of_the_event_told_before_not_the_last_date_written() {
        let e = events(
            "A bomb attack in Kabul on Monday killed four. The judge set a hearing for April 20. A second attack hit a market in Herat on the same day.",
            p(),
        );
        let herat = e
            .iter()
            .find(|x| x.0 == "Attack" && x.2.as_deref() == Some("Herat"))
            .expect("the Herat attack");
        assert_eq!(herat.1.as_deref(), Some("2021-03-08"), "{e:?}");
    }

    #[test]
    fn the_first_attack_refers_back_to_the_dated_attack_before_it() {
        let e = events(
            "A gun attack on two churches in Lagos on Sunday killed nine. The first attack was at St Mary's Church in Ikeja at noon.",
            p(),
        );
        assert!(
            e.iter()
                .filter(|x| x.0 == "Attack")
                .all(|x| x.1.as_deref() == Some("2021-03-07")),
            "{e:?}"
        );
        // a sentence of its own dated elsewhere keeps nothing of the earlier date
        let e = events("A gun attack on a church in Lagos on Sunday killed nine. A deadly attack in Kano was reported in 2019.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Attack" && x.1.as_deref() == Some("2019")),
            "{e:?}"
        );
    }

    #[test]
    fn a_hearing_at_a_court_named_after_a_city_is_in_that_city() {
        let e = events(
            "The Lyon wine festival opened on Friday. A man appeared in Lyon Criminal Court, France on Tuesday, charged with fraud.",
            p(),
        );
        let trial = e
            .iter()
            .find(|x| x.0 == "Trial")
            .expect("a court appearance");
        assert_eq!(trial.2.as_deref(), Some("Lyon"), "{e:?}");
    }

    #[test]
    fn a_person_s_death_days_before_the_article_is_an_event_an_old_one_or_a_toll_is_not() {
        let e = events(
            "The singer Ana Ruiz died on Monday at her home in Lima.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-08")
                && x.2.as_deref() == Some("Lima")),
            "{e:?}"
        );
        let e = events(
            "Rui Vaz, the former mayor of Lima, has died, his family said on Tuesday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.1.as_deref() == Some("2021-03-09")),
            "{e:?}"
        );
        // (past a time phrase opening the sentence and the subject's apposition)
        let e = events(
            "On Monday, Rui Vaz, a politician who served as mayor of Lima for five years, died.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-08")
                && x.3.contains(&"Rui Vaz".to_string())),
            "{e:?}"
        );
        for body in [
            "Her father Rui Vaz died in 1995 in Lima.",
            "Ten people died on Monday when a bus overturned in Lima.",
            "On Monday, Rui Vaz said his father, a baker in Lima, died.",
        ] {
            let e = events(body, p());
            assert!(!e.iter().any(|x| x.0 == "Other"), "{body}: {e:?}");
        }
    }

    #[test]
    fn same_day_and_year_agreement() {
        let e = events("On Friday, the committee issued a subpoena. On the same day, the envoy resigned. In a 1994 agreement the base was shared.", p());
        let others: Vec<_> = e.iter().filter(|x| x.0 == "Other").collect();
        assert_eq!(others.len(), 2, "{e:?}"); // a subpoena and a resignation: two events, one day
        assert!(others.iter().all(|o| o.1.as_deref() == Some("2021-03-05")));
        assert!(e
            .iter()
            .any(|x| x.0 == "Agreement" && x.1.as_deref() == Some("1994")));
    }

    #[test]
    fn a_resolution_needs_a_vote_or_an_assembly() {
        let e = events(
            "On March 3, the UN Security Council adopted a resolution on the ceasefire.",
            p(),
        );
        assert!(e.iter().any(|x| x.0 == "Resolution"), "{e:?}");
        let e = events(
            "By March 2021, the image resolution of most phones will double, Gartner said.",
            p(),
        );
        assert!(e.iter().all(|x| x.0 != "Resolution"), "{e:?}");
    }

    #[test]
    fn sentences_verdicts_declarations_matches_and_marches() {
        // a sentence past a long object; a verdict of guilt
        let e = events(
            "On Monday, a judge sentenced a doctor based in Lorsk, Varna to prison for 40 years.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-03-08")),
            "{e:?}"
        );
        let e = events(
            "Ana Ruiz was found guilty in May on twelve counts of fraud.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2020-05")),
            "{e:?}"
        );
        // a declaration: a pandemic, a state of calamity
        let e = events(
            "The health agency declared the outbreak a pandemic on March 1.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-01")),
            "{e:?}"
        );
        let e = events(
            "On Monday, two towns declared a state of calamity in Lorsk.",
            p(),
        );
        assert!(e.iter().any(|x| x.0 == "Announcement"), "{e:?}");
        // a match won, dated by its day rather than its season's year
        let e = events(
            "On Saturday, Lorsk defeated Varna in round 3 of the 2021 Coast Rugby season.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.1.as_deref() == Some("2021-03-06")),
            "{e:?}"
        );
        let e = events(
            "Yesterday, Ana Ruiz won the 400 metres final at the 2021 Championships in Oslo.",
            p(),
        );
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-09")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        // (not a career's titles, nor an election lost)
        for body in [
            "Ana Ruiz won three titles in Oslo in 2019.",
            "Ana Ruiz defeated the mayor in Oslo in 2019.",
            "She won the championship in Oslo in 2019.",
        ] {
            let e = events(body, p());
            assert!(!e.iter().any(|x| x.0 == "Other"), "{body}: {e:?}");
        }
        // marches by people, an anti-something march
        let e = events("About a million people marched in Oslo on Saturday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Protest" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "Thousands joined an anti-austerity march, which filled Oslo on Saturday.",
            p(),
        );
        assert!(e.iter().any(|x| x.0 == "Protest"), "{e:?}");
        // (an election keeps its year, whatever day the sentence names)
        let e = events(
            "On Monday, Ana Ruiz said the 2020 election in Lorsk was stolen.",
            p(),
        );
        assert!(
            e.iter()
                .all(|x| x.0 != "Election" || x.1.as_deref() == Some("2020")),
            "{e:?}"
        );
        // (but takes the day it is held on)
        let e = events(
            "The 2021 general election in Lorsk will be held on May 12.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Election" && x.1.as_deref() == Some("2021-05-12")),
            "{e:?}"
        );
    }

    #[test]
    fn a_death_after_a_bare_time_or_told_by_a_pronoun_and_an_arrest_made() {
        let e = events("This morning Ana Ruiz, who served as mayor of Oslo for ten years, died at home in Oslo.", p());
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-10")
                && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "Ana Ruiz was stabbed on stage in Oslo last night. She died today.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.1.as_deref() == Some("2021-03-10")),
            "{e:?}"
        );
        // (not a pronoun deep in the sentence, nor an old death)
        let e = events("Ana Ruiz said that she died in 1990 in a novel.", p());
        assert!(!e.iter().any(|x| x.0 == "Other"), "{e:?}");
        // an arrest made; not a count over a time
        let e = events(
            "A man has been arrested in Oslo after the attack on Monday.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Other" && x.2.as_deref() == Some("Oslo")),
            "{e:?}"
        );
        let e = events(
            "Since the protests began in Oslo on Monday, 500 people have been arrested.",
            p(),
        );
        assert!(!e.iter().any(|x| x.0 == "Other"), "{e:?}");
        // the place of "in the state of X"
        let e = events("The crash was in Lyon. Ana Ruiz was arrested on Monday at her home in the neighbouring state of Ohio.", p());
        assert!(
            e.iter().any(|x| x.0 == "Other"
                && x.1.as_deref() == Some("2021-03-08")
                && x.2.as_deref() == Some("Ohio")),
            "{e:?}"
        );
    }

    #[test]
    fn endorsements_campaigns_ended_and_a_court_s_ruling_past_its_long_name() {
        let e = events(
            "On Wednesday, Ana Ruiz endorsed her former rival, Rui Vaz.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-10")),
            "{e:?}"
        );
        // (not endorsed by someone, nor a plan endorsed on a day)
        for body in [
            "On Monday, Ana Ruiz was endorsed by the mayor.",
            "The council endorsed the plan on Monday.",
        ] {
            let e = events(body, p());
            assert!(!e.iter().any(|x| x.0 == "Announcement"), "{body}: {e:?}");
        }
        let e = events(
            "On Tuesday, Ana Ruiz suspended her presidential campaign.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-09")),
            "{e:?}"
        );
        let e = events(
            "On Tuesday, Ana Ruiz ended her long struggle with illness.",
            p(),
        );
        assert!(!e.iter().any(|x| x.0 == "Announcement"), "{e:?}");
        // a court of a long name and its ruling
        let e = events(
            "Today the Supreme Court of the United Kingdom issued a ruling on the ban.",
            p(),
        );
        assert!(
            e.iter()
                .any(|x| x.0 == "Trial" && x.1.as_deref() == Some("2021-03-10")),
            "{e:?}"
        );
        // the day the sentence names, not the day of the event told before
        let e = events("The attack in Oslo was on Monday. Wednesday, the same day that the talks ended, Ana Ruiz endorsed Rui Vaz.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Announcement" && x.1.as_deref() == Some("2021-03-10")),
            "{e:?}"
        );
    }

    #[test]
    fn a_day_closing_the_sentence_dates_its_one_event_past_the_asides() {
        let e = events("A cargo plane crashed into houses in Karaj, near Tehran, the Iranian capital, yesterday.", p());
        assert!(
            e.iter()
                .any(|x| x.0 == "Disaster" && x.1.as_deref() == Some("2021-03-09")),
            "{e:?}"
        );
        // (not a bound: "until March 14" is no day of the ruling)
        let e = events("The court in Oslo issued a ruling on the ban, which lasts, in the north, until March 14.", p());
        assert!(
            !e.iter().any(|x| x.1.as_deref() == Some("2021-03-14")),
            "{e:?}"
        );
    }
}
