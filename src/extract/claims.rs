//! Claims: who said what. Direct quotes with their speaker (before or after the quote,
//! pronouns, continuation quotes), reported speech ("X said (that) ...", "according to X"),
//! organizations and unnamed sources as speakers.
//!
//! Works on Text blocks only (never captions, headings, chrome, titles or repeats).
use super::doc::{BlockKind, Doc, Entities, Quote, Sentence};
use super::tokens::is_acronym;
use crate::model::{Claim, ClaimKind, Claimant, Entity, EntityId, EntityKind, OrgKind, Span};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::BTreeMap;

/// Speech verbs (finite forms and participles) that introduce what someone said.
const VERBS: &str = r"said|says|say|added|adds|told|tells|wrote|writes|tweeted|tweets|posted|continued|continues|explained|explains|noted|notes|stressed|stresses|emphasized|emphasised|emphasizes|warned|warns|urged|urges|argued|argues|believes|believe|believed|thinks|think|thought|claimed|claims|alleged|alleges|insisted|insists|announced|announces|stated|states|state|suggested|suggests|suggest|predicted|acknowledged|acknowledges|admitted|admits|conceded|revealed|confirmed|confirms|reported|reports|indicated|indicates|estimated|estimates|promised|promises|asserted|asserts|maintained|maintains|contended|cautioned|observed|remarked|replied|responded|declared|declares|recalled|recalls|recounted|recounts|commented|complained|complains|countered|lamented|testified|quipped|joked|asked|asks|informed|assured|reminded|concluded|telling|saying|adding|noting|warning|arguing|writing|stressing|explaining|insisting|announcing|claiming|stating|confirming|alleging|went on to say|went on to add|expressed concern|expressed hope|expressed confidence|expressed fears|expressed doubt|expressed optimism|expresses concern|expresses hope|expresses confidence|pointed out|points out|encouraged|encourages|called for|calls for|calling for|called on|calls on|calling on|observing|blamed|blames|blaming|ruled|reiterated|reiterates|contends|disclosed|discloses|hinted|hints|feared|mentioned|mentions|projected|forecast|forecasts|reassured|underlined|underlines|highlighted|highlights|underscored|underscores|affirmed|affirms|signalled|signaled|signals|answered|clarified|clarifies|pledged|pledges|agreed|agrees|agreeing|denied|denies|vowed|vows|shouted|exclaimed|mused|laughed|whispered|boasted|yelled|screamed|sighed|demanded|demands|requested|requests|recommended|recommends|proposed|proposes|shared|found|finds|showed|shows|remarks|observes|concedes|replies|responds|cautions|quips|jokes|laments|testifies|answers|counters|reveals|predicts|reckons|reckoned|concludes|opines|opined";

/// A title or an initial written with its period ("Mr.", "Dr.", "Sen.", "John F. Kennedy"):
/// the period ends no name.
const ABBR_DOT: &str =
    r"(?-u:\b)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|Jr|Sr|St|Mt|[A-Z])\.\s";

/// Verbs of judging in the passive, with the judge after "by": "described by X as "Q"",
/// "branded "Q" by X".
const PASSIVE_JUDGING: &str = "described|characteri[sz]ed|branded|labell?ed|dismissed|derided|hailed|praised|critici[sz]ed|condemned|denounced";

/// Verbs whose complement may be a plain noun phrase ("announced a plan"): a claim only
/// with "that", a finite clause, or (for the urging kind) "NP to VERB".
const NP_VERBS: &[&str] = &[
    "shared",
    "found",
    "finds",
    "showed",
    "shows",
    "announced",
    "announces",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "confirmed",
    "confirms",
    "revealed",
    "reveals",
    "reported",
    "reports",
    "indicated",
    "indicates",
    "estimated",
    "estimates",
    "promised",
    "promises",
    "warned",
    "warns",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "urged",
    "urges",
    "asked",
    "asks",
    "recalled",
    "recalls",
    "recounted",
    "recounts",
    "commented",
    "complained",
    "complains",
    "countered",
    "counters",
    "lamented",
    "laments",
    "testified",
    "testifies",
    "quipped",
    "quips",
    "joked",
    "jokes",
    "observed",
    "observes",
    "remarked",
    "remarks",
    "replied",
    "replies",
    "responded",
    "responds",
    "declared",
    "declares",
    "posted",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "continued",
    "continues",
    "stressing",
    "warning",
    "noted",
    "agreeing",
    "notes",
    "noting",
    "maintained",
    "maintains",
    "predicted",
    "predicts",
    "concluded",
    "concludes",
    "cautioned",
    "cautions",
    "claimed",
    "claims",
    "stated",
    "states",
    "suggested",
    "suggests",
    "adding",
    "alleged",
    "alleges",
    "added",
    "adds",
    "announcing",
    "claiming",
    "stating",
    "confirming",
    "alleging",
    "encouraged",
    "encourages",
    "called for",
    "calls for",
    "calling for",
    "called on",
    "calls on",
    "calling on",
    "observing",
    "blamed",
    "blames",
    "blaming",
    "ruled",
    "expressed concern",
    "expressed hope",
    "expressed confidence",
    "expressed fears",
    "expressed doubt",
    "expressed optimism",
    "expresses concern",
    "expresses hope",
    "expresses confidence",
    "reiterated",
    "reiterates",
    "contends",
    "denied",
    "denies",
    // the plural's present: "activists claim ...", "critics warn ..." ("claim victory", "warn
    // residents")
    "claim",
    "argue",
    "allege",
    "note",
    "report",
    "estimate",
    "predict",
    "warn",
    "fear",
    "maintain",
];
/// Verbs that report a clause only after "that": their other senses take a plain clause-like
/// object ("highlighted the fact MTV won", "the cases mentioned last week, but"). (Noun-phrase
/// verbs too, tested first, so not repeated in `NP_VERBS`.)
const THAT_ONLY_VERBS: &[&str] = &[
    "mentioned",
    "mentions",
    "highlighted",
    "highlights",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "projected",
    "answered",
    "answers",
    "agreed",
    "agrees",
    "signalled",
    "signaled",
    "signals",
    "hinted",
    "hints",
    "pledged",
    "pledges",
    "reassured",
    "forecast",
    "forecasts",
    "feared",
    "clarified",
    "clarifies",
    "disclosed",
    "discloses",
    "vowed",
    "vows",
    "affirmed",
    "affirms",
    "shouted",
    "exclaimed",
    "mused",
    "laughed",
    "whispered",
    "boasted",
    "yelled",
    "screamed",
    "sighed",
    "demanded",
    "demands",
    "requested",
    "requests",
    "recommended",
    "recommends",
    "proposed",
    "proposes",
];
/// A body the text may leave unnamed and still quote: "the army said", "the ministry said".
fn unnamed_body(head: &str) -> bool {
    matches!(
        head,
        "army"
            | "navy"
            | "military"
            | "ministry"
            | "embassy"
            | "agency"
            | "department"
            | "commission"
            | "committee"
            | "council"
            // ("the fire service", "the ambulance service", "the coast guard", "the fire
            // brigade", "the prosecutor's office")
            | "service"
            | "brigade"
            | "coastguard"
            | "guard"
            | "office"
    )
}

/// Verbs of a demand, whose clause may stand in the subjunctive ("demanded the report be
/// published").
fn demand_verb(verb: &str) -> bool {
    matches!(
        verb,
        "demanded"
            | "demands"
            | "requested"
            | "requests"
            | "recommended"
            | "recommends"
            | "proposed"
            | "proposes"
            | "insisted"
            | "insists"
            | "urged"
            | "urges"
    )
}

/// A demand's clause in the subjunctive without "that": "requested monarch butterflies be
/// given protection", "recommended the law be repealed" (not "requested permission to be
/// heard").
fn subjunctive_clause(verb: &str, clause: &str) -> bool {
    if !demand_verb(verb) {
        return false;
    }
    let words: Vec<&str> = clause.split_whitespace().take(9).collect();
    (2..words.len().saturating_sub(1)).any(|i| {
        words[i] == "be"
            && !words[..i].iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "to" | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "can"
                        // (nor past a hearer and a means: "requested GitHub via the notice
                        // they all be removed")
                        | "via"
                        | "through"
                        | "by"
                        | "from"
                        | "with"
                )
            })
    })
}

/// Verbs whose noun-phrase complement "the need to ..." or "X to do" is itself the claim.
const TO_VERBS: &[&str] = &[
    "urged",
    "urges",
    "asked",
    "asks",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "stressing",
    "warned",
    "warns",
    "encouraged",
    "encourages",
    "called for",
    "calls for",
    "calling for",
    "called on",
    "calls on",
    "calling on",
];
/// How many earlier mentions "the ministry said" looks back over for the ministry's name.
const LOOKBACK_MENTIONS: usize = 2_000;

/// Longer quotations than this (in bytes) are not looked back over.
const MAX_QUOTE_BYTES: usize = 20_000;

/// What speaks for someone after their possessive: "X's office", "X's press office", "X's
/// campaign".
const VOICES_OF: &[&str] = &[
    "office",
    "press office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aides",
    "campaign",
    "team",
    "government",
    "report",
    "statement",
    "study",
    "survey",
    "analysis",
    "website",
    "statistics",
    "data",
    "figures",
    "estimates",
    "press release",
    "announcement",
    "filing",
    "projections",
    "tally",
    "count",
    "poll",
];

/// Finite verbs of a clause in `text` (not "do", which asks as often as it asserts: "what we
/// should do").
fn finite_words(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .filter(|w| w != "do" && FINITE.contains(&w.as_str()))
        .count()
}

/// Where a saying that closes `text` begins, with its subject, its conjunction or comma:
/// "the plan was late, but added", "the club was sad, he told the BBC", "he does not feel
/// bitter, said", "the fires were set Ana Ruiz said" (the part of the words before a colon that
/// introduces the quotation after it, not of what is reported).
fn trailing_attribution(text: &str) -> Option<usize> {
    let text = text.trim_end();
    let mut ws: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in text.split(' ') {
        if !w.is_empty() {
            ws.push((pos, w));
        }
        pos += w.len() + 1;
    }
    let n = ws.len();
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // the saying: among the last six words, with only a hearer after it ("told the Financial
    // Times", "told reporters")
    let v = (n.saturating_sub(6)..n).rev().find(|&i| {
        let w = clean(ws[i].1);
        VERB_WORDS.contains(w.as_str())
            || matches!(
                w.as_str(),
                "saying"
                    | "adding"
                    | "declaring"
                    | "explaining"
                    | "exclaimed"
                    | "shouted"
                    | "admitted"
            )
    })?;
    if v + 1 < n {
        let hearer = &ws[v + 1..];
        let first = hearer[0].1;
        let told = matches!(clean(ws[v].1).as_str(), "told" | "tells" | "telling");
        let audience = first.starts_with(char::is_uppercase)
            || matches!(
                clean(first).as_str(),
                "the"
                    | "a"
                    | "an"
                    | "reporters"
                    | "journalists"
                    | "me"
                    | "us"
                    | "him"
                    | "her"
                    | "them"
            );
        if !told || !audience || hearer.len() > 5 {
            return None;
        }
    }
    // its subject: a pronoun or a name, with an adverb or two ("he later told", "Ana Ruiz said")
    let mut k = v;
    while k > 0 {
        let w = ws[k - 1].1;
        let lw = clean(w);
        let subject = matches!(
            lw.as_str(),
            "he" | "she"
                | "they"
                | "also"
                | "later"
                | "then"
                | "again"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
        ) || (w.starts_with(char::is_uppercase) && !w.ends_with(','));
        if !subject || k + 4 < v {
            break;
        }
        k -= 1;
    }
    // then a conjunction or a comma before it
    let mut cut_word = k;
    if k > 0 && matches!(clean(ws[k - 1].1).as_str(), "and" | "but") {
        cut_word = k - 1;
    }
    let comma = cut_word > 0 && ws[cut_word - 1].1.ends_with(',');
    if cut_word == v && !comma && !clean(ws[v].1).ends_with("ing") {
        // a bare verb with nothing to set it off is a word of the reported clause
        return None;
    }
    let cut = ws[cut_word].0;
    Some(text[..cut].trim_end().trim_end_matches(',').len())
}

/// Speech verbs in the plural's present that are nouns or infinitives as often, so not in
/// `VERBS` (`speech_verbs` takes them after a plural subject).
/// (A `matches!`, not a slice's `contains`: `speech_verbs` asks it of every word.)
fn plural_present(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "argue"
            | "insist"
            | "allege"
            | "contend"
            | "note"
            | "report"
            | "estimate"
            | "predict"
            | "warn"
            | "fear"
            | "maintain"
    )
}

/// Does `before` end with a plural subject ("critics", "some reports", "they", "police"),
/// past one adverb ("critics also claim")?
fn plural_subject_before(before: &str) -> bool {
    let mut ws = before.split_whitespace().rev();
    let mut w = ws.next().unwrap_or("");
    if matches!(
        w,
        "also"
            | "now"
            | "still"
            | "often"
            | "widely"
            | "generally"
            | "further"
            | "repeatedly"
            | "however"
            | "even"
            | "already"
            | "privately"
            | "publicly"
            | "frequently"
    ) {
        w = ws.next().unwrap_or("");
    }
    let lower = w.to_lowercase();
    match lower.as_str() {
        "they" | "we" | "you" | "i" | "who" | "people" | "police" | "media" | "others" | "some"
        | "many" | "both" | "most" | "children" | "men" | "women" | "staff" | "authorities" => true,
        // (not a name ending in "s": "the New York Times report that")
        "times" | "news" | "series" | "sports" | "species" | "politics" | "economics" | "its"
        | "his" | "this" | "has" | "was" | "is" | "as" | "us" | "thus" | "always" | "perhaps" => {
            false
        }
        l => {
            l.len() > 3
                && l.ends_with('s')
                && !l.ends_with("ss")
                && !l.ends_with("'s")
                && l.chars().all(|c| c.is_alphabetic() || c == '-')
        }
    }
}

/// A word that counts part of a group before "of": "most", "two", "dozens", "40".
fn quantity_word(w: &str) -> bool {
    matches!(
        w,
        "most"
            | "some"
            | "many"
            | "all"
            | "none"
            | "several"
            | "few"
            | "half"
            | "both"
            | "each"
            | "dozens"
            | "hundreds"
            | "thousands"
    ) || (w != "a" && w != "an" && super::dates::number_word(w).is_some())
}

/// A lower-case word with the form of a regular past ("rose" aside): "violated", not "need".
fn past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
}

/// A verb's irregular past form ("rose", "overran"), which `past_form` misses.
fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "fell"
            | "grew"
            | "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "knew"
            | "found"
            | "became"
            | "began"
            | "left"
            | "kept"
            | "held"
            | "brought"
            | "stood"
            | "won"
            | "lost"
            | "paid"
            | "sold"
            | "spent"
            | "meant"
            | "felt"
            | "led"
            | "ran"
            | "saw"
            | "got"
            | "sent"
            | "built"
            | "struck"
            | "broke"
            | "drove"
            | "fought"
            | "caught"
            | "bought"
            | "shot"
            | "met"
            | "chose"
            | "fled"
            | "hid"
            | "swore"
            | "overran"
            | "overtook"
            | "undertook"
            | "withdrew"
            | "threw"
            | "flew"
            | "drew"
            | "blew"
            | "forgot"
            | "froze"
            | "stole"
            | "woke"
            | "wore"
            | "tore"
            | "shook"
            | "sank"
            | "swam"
            | "drank"
            | "rang"
            | "sang"
            | "spoke"
            | "wrote"
            | "rode"
            | "sought"
            | "taught"
            | "dealt"
            | "slept"
            | "swept"
            | "wept"
            | "lent"
            | "bent"
            | "lit"
            | "sat"
            | "stuck"
            | "dug"
            | "hung"
            | "swung"
            | "spun"
            | "bled"
            | "fed"
            | "sped"
            | "told"
            | "understood"
            | "upheld"
            | "withheld"
            | "forbade"
            | "overcame"
            | "arose"
    )
}

/// Whether a word in the past stands in `text` as its verb: "the frequency of such skulls
/// suggested a pattern" (not after a determiner, "the reported death").
fn has_past_verb(text: &str) -> bool {
    let ws: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    (1..ws.len()).any(|i| {
        past_form(&ws[i])
            && !matches!(
                ws[i - 1].as_str(),
                "a" | "an" | "the" | "this" | "that" | "its" | "his" | "her" | "their"
            )
    })
}

/// Written texts that are read out or that say something ("a statement which read", "the
/// letter said"), as regex alternatives.
const TEXT_NOUNS: &str = "statement|letter|note|message|post|tweet|release|communiqu[eé]";

/// A court's texts, read out like those of `TEXT_NOUNS` ("the opinion of the court reads").
const COURT_TEXTS: &str = "ruling|decision|judgment|judgement|order|decree|verdict|opinion";

/// What follows a text read out before its quotation: a time, then "read" ("yesterday read, in
/// part,").
const READ_TAIL: &str = r"(?:(?:yesterday|today|earlier|later|on\s+[A-Z][a-z]+)\s+)?(?:read|reads)(?:,?\s+in\s+part)?\s*[,:]?\s*$";

/// Verbs that name something by a quoted phrase ("called it "a farce"", "dubbed him "the boss"").
const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "calling",
    "described",
    "describes",
    "describing",
    "dubbed",
    "dubs",
    "dubbing",
    "termed",
    "terms",
    "terming",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "branded",
    "branding",
];
/// Verbs that judge something as a quoted phrase ("characterized the talks as "calm"").
const JUDGING_VERBS: &[&str] = &[
    "characterized",
    "characterised",
    "characterizes",
    "characterises",
    "characterizing",
    "characterising",
    "dismissing",
    "denouncing",
    "hailing",
    "praising",
    "criticizing",
    "criticising",
    "condemning",
    "attacked",
    "attacks",
    "dismissed",
    "dismisses",
    "denounced",
    "denounces",
    "hailed",
    "hails",
    "praised",
    "praises",
    "criticized",
    "criticised",
    "condemned",
    "condemns",
    "slammed",
    "slams",
    "blasted",
    "blasts",
    "assailed",
    "assails",
    "decried",
    "decries",
    "lambasted",
    "lambasts",
    "derided",
    "derides",
];

/// A verb that names something by a quoted phrase, right before the phrase: "called him "a
/// disgrace"", "called the minister's plan "a farce"", "described it as "a farce"",
/// "characterized the call as "routine"", "attacked the inquiry as "a witch hunt"" (the verbs
/// of judging take "as").
static CALLED: Lazy<Regex> = Lazy::new(|| {
    // the object: a pronoun, or a few words opened by a determiner, a possessive or a name
    const OBJ: &str = r#"(?:it|this|that|them|him|her|me|us|himself|herself|itself|(?:the|his|her|its|their|our|my|this|that|these|those)(?:\s+[^\s"“”,.;:!?()]+){1,5}?|[A-Z][^\s"“”,.;:!?()]*(?:\s+[^\s"“”,.;:!?()]+){0,6}?)"#;
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<verb>{})\s+(?:{OBJ}\s+(?:as\s+)?|as\s+)(?:an?\s+|the\s+)?|(?P<judged>{})\s+(?:{OBJ}\s+)?as\s+(?:an?\s+|the\s+)?|(?P<referred>referred|refers|refer|referring)\s+to\s+(?:{OBJ}\s+)?as\s+(?:an?\s+)?)$",
        NAMING_VERBS.join("|"),
        JUDGING_VERBS.join("|")
    ))
    .unwrap()
});

/// Where the words that `CALLED` may match begin in `text`: its last ten words (a match, verb,
/// object and "as an", holds at most ten), so that its search, anchored at the end, reads a
/// short tail forward rather than the whole text backward.
fn called_tail(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == 10 {
                    return i + c.len_utf8();
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    0
}

/// Where the tail that `CALLED` matches at the end of `text` begins, if it does.
fn called_match(text: &str) -> Option<usize> {
    let off = called_tail(text);
    let tail = &text[off..];
    // (the cheap test first: one of its verbs stands among the words)
    let verb = tail
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| CALLED_VERBS.contains(w));
    if !verb || !CALLED.is_match(tail) {
        return None;
    }
    // (a name others give, "often referred to as "The Lion Man"", is nobody's saying)
    if let Some(r) = tail
        .contains("refer")
        .then(|| CALLED.captures(tail))
        .flatten()
        .and_then(|m| m.name("referred"))
    {
        let before = tail[..r.start()].trim_end();
        let passive = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            matches!(
                w,
                "was"
                    | "is"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "often"
                    | "commonly"
                    | "widely"
                    | "sometimes"
                    | "also"
                    | "affectionately"
                    | "usually"
            )
        });
        if passive {
            return None;
        }
    }
    Some(off)
}

/// `CALLED` matches at the end of `text`.
fn called_at_end(text: &str) -> bool {
    called_match(text).is_some()
}

static CALLED_VERBS: Lazy<super::lexicon::WordSet> = Lazy::new(|| {
    NAMING_VERBS
        .iter()
        .chain(JUDGING_VERBS)
        .chain(&["referred", "refers", "refer", "referring"])
        .copied()
        .collect()
});

/// A saying added after a closing attribution: ", adding that", ", saying that".
static ADDING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^,\s+(?:also\s+)?(?:adding|saying|noting|explaining|stressing)\s+(?P<that>that\s+)?",
    )
    .unwrap()
});

/// Verbs of a main clause's saying that end a reported clause before them ("X, who admitted Y,
/// said Z", "X and said Y", ", said Mr Clarke.").
const MAIN_SAYING: &str =
    "said|says|added|adds|told|tells|insisted|insists|argued|argues|warned|warns|claimed|claims";

/// Verbs of a closing attribution ("..., the minister said."); "told X" comes on top.
const SAID_BACK_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "revealed",
    "reveals",
    "added",
    "wrote",
    "confirmed",
    "announced",
    "noted",
    "stated",
    "claimed",
    "argued",
    "insisted",
    "warned",
];

/// A quotation of two to eight words, each capitalized but for short function words, with no
/// sentence punctuation inside: a title.
fn is_title_of_work(inner: &str) -> bool {
    let t = inner.trim().trim_end_matches([',', '.']);
    let n = t.split_whitespace().count();
    (2..=8).contains(&n)
        && !t.contains(['.', '!', '?', ',', ';', ':'])
        && t.split_whitespace().enumerate().all(|(i, w)| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || (i > 0
                    && matches!(
                        w,
                        "a" | "an"
                            | "the"
                            | "and"
                            | "or"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "to"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "vs"
                            | "v"
                    ))
        })
}

/// Auxiliaries and adverbs that may stand between a subject and its speech verb ("Ana Silva
/// also said", "she has repeatedly warned").
fn is_adjunct(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "again"
            // ("he has since said")
            | "since"
            | "has"
            | "had"
            | "have"
            | "previously"
            | "publicly"
            | "repeatedly"
            | "reportedly"
            | "separately"
            | "recently"
            | "further"
            | "once"
            | "would"
            | "will"
            | "even"
            | "still"
            | "simply"
            | "just"
            | "first"
    )
}

/// Words that open a fronted adverbial of time, place or manner ("Longer term,", "In the
/// meantime,", "Last week,").
const ADVERBIAL_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "for",
    "by",
    "since",
    "after",
    "before",
    "during",
    "over",
    "under",
    "within",
    "throughout",
    "as",
    "longer",
    "long",
    "short",
    "shorter",
    "last",
    "earlier",
    "later",
    "this",
    "next",
    "that",
    "meanwhile",
    "however",
    "now",
    "today",
    "yesterday",
    "overall",
    "also",
    "still",
    "moreover",
    "once",
    "until",
    "from",
    "among",
    "with",
    "without",
    "despite",
];

/// A word that opens a clause's subject right after a name ("according to the ministry she
/// died"): a pronoun, a determiner or a capitalized word.
fn opens_a_clause(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "there"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "this"
            | "these"
            | "those"
    ) || (w.starts_with(char::is_uppercase) && !matches!(w, "In" | "On" | "At" | "And" | "But"))
}

/// Whether `text` holds only words of a title ("leader", "Prime Minister", "chief
/// executive"); counts them into `words`.
fn titles_only(text: &str, words: &mut usize) -> bool {
    text.split_whitespace().all(|w| {
        *words += 1;
        super::lexicon::is_role_word(&w.to_lowercase())
            || super::lexicon::is_title_head(w)
            || super::lexicon::is_title_mod(w)
    })
}

/// A noun that names the one a story is about rather than an office: a player's position,
/// a performer's calling ("the striker", "the actress", "the teenager").
fn story_subject_noun(w: &str) -> bool {
    matches!(
        w,
        "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "forward"
            | "full-back"
            | "centre-back"
            | "fly-half"
            | "scrum-half"
            | "flanker"
            | "batsman"
            | "bowler"
            | "sprinter"
            | "runner"
            | "hurdler"
            | "swimmer"
            | "cyclist"
            | "golfer"
            | "boxer"
            | "champion"
            | "veteran"
            | "youngster"
            | "teenager"
            | "actress"
            | "actor"
            | "singer"
            | "rapper"
            | "star"
            | "comedian"
            | "novelist"
    )
}

/// A noun of nationality ("Dutchman", "Frenchwoman", "Spaniard", "Scot"), with the sex it
/// tells: (whether it is one, `Some(true)` for a woman, `Some(false)` for a man).
fn demonym_noun(w: &str) -> (bool, Option<bool>) {
    let of_adjective = |stem: &str| {
        stem.len() >= 4
            && stem.starts_with(char::is_uppercase)
            && (super::gazetteer::is_adjective(stem) || super::gazetteer::is_plural_adjective(stem))
    };
    if let Some(stem) = w.strip_suffix("woman") {
        return (of_adjective(stem), Some(true));
    }
    if let Some(stem) = w.strip_suffix("man") {
        return (of_adjective(stem), Some(false));
    }
    // (an adjective in -an or -i is a person's noun too: "the Brazilian", "the Israeli"; not
    // one in -ese, -ish or -ch, which names a people: "the Chinese", "the French")
    let adjective_noun = (w.ends_with("an") || w.ends_with('i'))
        && w.starts_with(char::is_uppercase)
        && super::gazetteer::is_adjective(w);
    let noun = adjective_noun
        || matches!(
            w,
            "Scot"
                | "Spaniard"
                | "Swede"
                | "Dane"
                | "Finn"
                | "Pole"
                | "Turk"
                | "Briton"
                | "Brit"
                | "Kiwi"
                | "Aussie"
                | "Argentine"
                | "Filipino"
                | "Czech"
                | "Serb"
                | "Croat"
                | "Slovak"
                | "Swiss"
                | "Thai"
                | "Afghan"
                | "Somali"
        );
    (noun, None)
}

/// "he" or "she" opening `text`: `Some(false)` for "He", `Some(true)` for "She".
fn opening_pronoun(text: &str) -> Option<bool> {
    let mut words = text.split_whitespace();
    match words.next() {
        Some("He") => Some(false),
        Some("She") => Some(true),
        // (after a coordinator or an adverb that links to the sentence before: "And he hit
        // back at ...", "But she said ...")
        Some("And" | "But" | "Yet" | "So" | "Then" | "Later" | "Meanwhile") => match words.next() {
            Some("he") => Some(false),
            Some("she") => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// A description opening `text` that stands for the person a story is about ("The Scot
/// initially defended ...", "The 25-year-old won ..."), before a verb: the sex it tells, if any.
fn opening_description(text: &str) -> Option<Option<bool>> {
    let mut words = text.split_whitespace();
    if words.next() != Some("The") {
        return None;
    }
    let noun = words.next()?;
    // (then a verb, past an adverb: "initially defended", "has", "won"; not another noun,
    // "The 41-year-old chart-topper")
    let mut verb = words.next()?;
    if verb.len() > 4 && verb.ends_with("ly") {
        verb = words.next()?;
    }
    let finite = verb.ends_with("ed")
        || FINITE.contains(&verb)
        || super::lexicon::is_plain_verb(verb)
        || (verb.ends_with('s') && !verb.ends_with("ss") && !verb.contains('-'));
    if !finite || !verb.starts_with(char::is_lowercase) {
        return None;
    }
    let (demonym, she) = demonym_noun(noun);
    (demonym || noun.ends_with("-year-old") || story_subject_noun(noun)).then_some(she)
}

/// Verbs that take a hearer before the clause ("told Reuters that ...").
const HEARER_VERBS: &[&str] = &[
    "told", "tells", "telling", "informed", "assured", "reminded", "warned", "warns",
];

/// The one-word speech verbs of `VERBS`.
static VERB_WORDS: Lazy<super::lexicon::WordSet> =
    Lazy::new(|| VERBS.split('|').filter(|v| !v.contains(' ')).collect());

/// Speech verbs of `VERBS` in `text`, as byte ranges, in order: what the regex
/// `\b(?:VERBS)\b` (ASCII word boundaries) finds, found by one scan over the words instead,
/// and the words of `plural_present` after a plural subject.
fn speech_verbs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // ASCII word bytes (what `\b` without Unicode takes as word characters)
    const WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
            b += 1;
        }
        t
    };
    let bytes = text.as_bytes();
    let is_word = |b: u8| WORD[b as usize];
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if !is_word(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            let word = &text[start..i];
            // the phrases of `VERBS`: "went on to say", "pointed out", "points out", "called
            // for", "called on"
            let rests: &[&str] = match word {
                "went" => &[" on to say", " on to add"],
                "expressed" => &[
                    " concern",
                    " hope",
                    " confidence",
                    " fears",
                    " doubt",
                    " optimism",
                ],
                "expresses" => &[" concern", " hope", " confidence"],
                "pointed" | "points" => &[" out"],
                "called" | "calls" | "calling" => &[" for", " on"],
                _ => &[],
            };
            for rest in rests {
                let end = i + rest.len();
                if text[i..].starts_with(rest) && bytes.get(end).is_none_or(|&b| !is_word(b)) {
                    i = end;
                    return Some((start, end));
                }
            }
            if (3..=12).contains(&word.len()) && VERB_WORDS.contains(word) {
                // ("a greater say in how the club is run", "the final say": a noun)
                let noun_say = word == "say"
                    && text[..start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "a" | "the"
                                    | "no"
                                    | "any"
                                    | "greater"
                                    | "final"
                                    | "more"
                                    | "bigger"
                                    | "real"
                                    | "little"
                                    | "equal"
                                    | "their"
                                    | "its"
                            )
                        });
                if !noun_say {
                    return Some((start, i));
                }
                continue;
            }
            // a plural's present, which is a noun or an infinitive as often ("the UN report
            // said", "to claim the title"), is a saying only after a plural subject ("critics
            // claim", "some reports claim", "others fear")
            if (4..=8).contains(&word.len())
                && plural_present(word)
                && plural_subject_before(&text[..start])
            {
                return Some((start, i));
            }
            // a finding reported by its clause: "the court found that", "the judge held that",
            // "the panel rules that" (not "found a body", "held talks", "the rules that")
            // (the cheap test first: this runs for every word)
            if text[i..].starts_with(" that ") && FINDING_VERBS.contains(&word) {
                return Some((start, i));
            }
        }
        None
    })
}

/// Verbs of a finding (a court's, a panel's, a study's), taken for a saying only before
/// "that"; "ruled" is one of `VERBS` as well ("ruled on Monday the ban was unlawful").
const FINDING_VERBS: &[&str] = &[
    "found", "finds", "finding", "held", "holds", "rules", "ruling",
];

/// Adverbials that may stand between a speech verb and what was said.
static ADVERBIAL_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?x)^(?:\s*,)?\s+(?:(?:
            (?:on|last|this|next|on\s+last|yesterday|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?
          | on\s+(?:Twitter|Facebook|Instagram|X|TV|television|state\s+television|state\s+TV|radio|social\s+media|the\s+phone|its\s+website|his\s+website|her\s+website)
          | (?:via|through|in\s+a\s+post\s+on)\s+(?:Twitter|Facebook|Instagram|X|social\s+media|a\s+spokes(?:man|woman|person)|[A-Z][\w.-]*)
          | (?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,3}?(?:statement|interview|speech|post|tweet|letter|address|announcement|briefing|conference|report|editorial|message|remarks|video|email|e-mail|commentary|column|op-ed|article|testimony|hearing|filing|submission|proceedings|trial|debate|session|sentencing)(?:\s+(?:released|issued|published|posted|filed|sent|delivered))?(?:\s+(?:with|to)\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+)?(?:(?:radio|television|TV|news|state|public|local|online)\s+)?(?:magazine|newspaper|paper|broadcaster|channel|network|station|website|radio|television|agency)(?:\s+[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d+)){0,2})?|[A-Z][\w.-]*(?:\s+(?:(?:and|of|for)\s+)?(?:[A-Z][\w.-]*|\d+)){0,4}))?
          | at\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:meeting|conference|summit|rally|briefing|event|forum|hearing|ceremony|session|news\s+conference|press\s+conference)(?:\s+in\s+(?:[A-Z]\w+|January|February|March|April|May|June|July|August|September|October|November|December))?
          | (?:in|last|this|next)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)
          | in\s+(?:(?:early|mid|late)[-\s])?(?:19|20)\d\d
          | (?:after|before|following)\s+(?:the|a|his|her|its|their)\s+(?:verdict|ruling|meeting|hearing|match|game|vote|decision|announcement|launch|race|debate|summit|talks|interview|speech|incident|crash|sentencing|trial|funeral|ceremony|event|show|concert|premiere|screening|election|attack|shooting|convention|fight|service)(?:\s+(?:was|had)\s+\w+)?
          | (?:yesterday|today|tonight|earlier|later|recently|previously|also|again|repeatedly|publicly|privately|separately|then|afterwards|now|further|too)
          | (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?
          | (?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))\s+\d{1,2}(?:[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s+\w+\s+time)?
          | to\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|supporters|the\s+crowd|parliament|the\s+BBC|[A-Z][\w.-]+)
        )(?-u:\b)
          | \((?:via|through|according\s+to)\s+[^)]{1,40}\)
          | \(\d{3,4}\s+(?:UTC|GMT)\)
        )"#,
    )
    .unwrap()
});

/// Unnamed sources: "experts", "one source", "officials", "analysts".
static UNNAMED_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)((?:(?:one|two|three|several|some|many|most|other|senior|western|local|government|military|independent|security|health|u\.?s\.?|european|american|chinese|russian|israeli|intelligence|industry|political|legal|medical|market|foreign|state)\s+)*(?:sources?|officials?|experts?|analysts?|observers?|critics?|diplomats?|residents?|witness(?:es)?|investigators?|researchers?|economists?|scientists?|archaeologists?|astronomers?|biologists?|physicists?|chemists?|geologists?|seismologists?|meteorologists?|forecasters?|historians?|epidemiologists?|[a-z]+ologists|scholars?|(?:co-?)?authors|results|findings|(?:preliminary\s+)?investigations?|inquiry|probe|lawsuits?|motions?|complaints?|petitions?|indictments?|court\s+(?:filings?|documents|papers|records)|physicians?|engineers?|paramedics|firefighters|rescuers|lawmakers?|legislators?|prosecutors?|lawyers?|organi[sz]ers?|supporters?|opponents?|advocates|proponents|sceptics|skeptics|associates|allies|relatives|family|activists?|protesters?|demonstrators?|authorities|workers?|doctors?|nurses?|teachers?|students?|soldiers?|aides?|advisers?|advisors?|campaigners?|locals|insiders|media|(?:local|national|foreign|state)\s+(?:press|news)|reports|study|survey|poll|police|neighbou?rs|bystanders|onlookers|survivors|passengers|villagers|eyewitnesses|spokes(?:man|woman|person)|a\s+spokes(?:man|woman|person)|people\s+familiar\s+with\s+[a-z ]+))(?-u:\b)",
    )
    .unwrap()
});

const PREPS: &[&str] = &[
    "of",
    "at",
    "for",
    "from",
    "with",
    "to",
    "by",
    "in",
    "on",
    "about",
    "against",
    "between",
    "into",
    "toward",
    "towards",
    "over",
    "under",
    "than",
    "like",
    "via",
    "regarding",
    "during",
    "among",
    "behind",
];
const SUBORDINATORS: &[&str] = &[
    "ever since",
    "since",
    "while",
    "when",
    "as",
    "after",
    "before",
    "although",
    "though",
    "because",
    "if",
    "once",
    "until",
    "whereas",
    "even though",
    "even as",
    "unless",
];
const AUDIENCE: &[&str] = &[
    "me",
    "us",
    "him",
    "her",
    "them",
    "you",
    "reporters",
    "journalists",
    "the press",
    "the media",
    "lawmakers",
    "supporters",
    "the crowd",
    "parliament",
    "the audience",
    "students",
    "congress",
    "the nation",
    "viewers",
    "listeners",
    "colleagues",
    "members",
    "the committee",
    "the court",
    "the council",
    "the jury",
    "senators",
    "the world",
    "the public",
    "the house",
    "the chamber",
    "delegates",
    "fans",
    "voters",
    "residents",
];
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "had", "has", "have", "could", "can", "should",
    "must", "may", "might", "did", "does", "do", "shall", "won't", "can't", "isn't", "wasn't",
    "appear", "appears", "seem", "seems",
];

pub fn extract(doc: &Doc, ents: &mut Entities) -> Vec<Claim> {
    let mut cx = Cx::new(doc);
    cx.female = person_genders(doc.body, ents);
    for si in 0..cx.sents.len() {
        cx.sentence(si, ents);
    }
    let mut out = cx.claims;
    // One claim per (speaker, evidence).
    out.sort_by_key(|c| (c.evidence, format!("{:?}", c.claimant)));
    out.dedup_by(|a, b| a.evidence == b.evidence && a.claimant == b.claimant);
    out
}

struct Cx<'d, 'a> {
    doc: &'d Doc<'a>,
    body: &'a str,
    /// Sentences of Text blocks, in order.
    sents: Vec<Sentence>,
    /// Quotes of Text blocks, in order.
    quotes: Vec<Quote>,
    /// Quotes already used (index into `quotes`).
    used: Vec<bool>,
    claims: Vec<Claim>,
    /// Speaker of the last direct quote: (claimant, sentence index, block).
    last_direct: Option<(Claimant, usize, usize)>,
    /// The last person speaker or subject and the sentence where it was found.
    last_person: Option<(EntityId, usize)>,
    /// The last claim's speaker, for "the statement said".
    last_speaker: Option<(Claimant, usize)>,
    /// Per entity: `Some(true)` for a woman, `Some(false)` for a man, as the text shows it
    /// (an honorific or a gendered noun next to a mention); `None` when it does not.
    female: Vec<Option<bool>>,
}

/// Whether each person is named as a woman or a man: by an honorific or a gendered noun right
/// before a mention ("Mrs Silva", "actress Ana Silva") or in an appositive after it ("Ana
/// Silva, the chairwoman"). Conflicting signs leave it unknown; with no sign, a common given
/// name tells it.
fn person_genders(body: &str, ents: &Entities) -> Vec<Option<bool>> {
    let mut out: Vec<Option<Option<bool>>> = vec![None; ents.list.len()];
    for m in &ents.mentions {
        if !ents.is_person(m.entity) {
            continue;
        }
        let before = body[..m.span.start].trim_end();
        let word_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let mut end = (m.span.end + 40).min(body.len());
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        let after = &body[m.span.end..end];
        let appositive = after
            .strip_prefix(", the ")
            .or_else(|| after.strip_prefix(", a "))
            .and_then(|r| r.split([' ', ',', '.']).next());
        if let Some(g) = super::lexicon::gender_sign(word_before)
            .or_else(|| appositive.and_then(super::lexicon::gender_sign))
        {
            let slot = &mut out[m.entity];
            *slot = match *slot {
                None => Some(Some(g)),
                Some(Some(h)) if h == g => Some(Some(g)),
                _ => Some(None),
            };
        }
    }
    // Without such a sign, a common given name tells it ("Sarah Jones").
    for (id, slot) in out.iter_mut().enumerate() {
        if slot.is_none() && ents.is_person(id) {
            let first = ents.list[id].name.split(' ').next().unwrap_or("");
            if let Some(Some(g)) = super::lexicon::given_name(first) {
                *slot = Some(Some(g));
            }
        }
    }
    out.into_iter().map(|g| g.flatten()).collect()
}

impl<'d, 'a> Cx<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        let text_block = |b: usize| doc.blocks.get(b).is_some_and(|x| x.kind == BlockKind::Text);
        let sents: Vec<Sentence> = doc
            .sentences
            .iter()
            .copied()
            .filter(|s| text_block(s.block))
            .collect();
        let mut quotes: Vec<Quote> = doc
            .quotes
            .iter()
            .copied()
            .filter(|q| text_block(q.block))
            .collect();
        quotes.sort_by_key(|q| q.outer.start);
        let n = quotes.len();
        Cx {
            doc,
            body: doc.body,
            sents,
            quotes,
            used: vec![false; n],
            claims: Vec::new(),
            last_direct: None,
            last_person: None,
            last_speaker: None,
            female: Vec::new(),
        }
    }

    /// Whether entity `id` may be called "she" (`she`) or "he" (`!she`).
    fn fits(&self, id: EntityId, she: Option<bool>) -> bool {
        match (she, self.female.get(id).copied().flatten()) {
            (Some(s), Some(f)) => s == f,
            _ => true,
        }
    }

    /// Indices of the quotes opening in [a, b).
    fn quotes_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let lo = self.quotes.partition_point(|q| q.outer.start < a);
        let hi = self.quotes.partition_point(|q| q.outer.start < b);
        lo..hi.max(lo)
    }

    fn in_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.outer.start <= pos);
        i > 0 && pos < self.quotes[i - 1].outer.end
    }

    fn push(
        &mut self,
        claimant: Claimant,
        kind: ClaimKind,
        evidence: Span,
        cue: Option<String>,
        told_to: Option<EntityId>,
        si: usize,
        ents: &Entities,
    ) {
        let evidence = trim_span(self.body, evidence);
        if evidence.end <= evidence.start
            || word_count(&self.body[evidence.start..evidence.end]) == 0
        {
            return;
        }
        if let Claimant::Entity(id) = claimant {
            if ents.is_person(id) {
                self.last_person = Some((id, si));
            }
        }
        self.last_speaker = Some((claimant.clone(), si));
        if kind == ClaimKind::Direct {
            self.last_direct = Some((claimant.clone(), si, self.sents[si].block));
        }
        self.claims.push(Claim {
            claimant,
            kind,
            evidence,
            cue,
            told_to,
        });
    }

    fn sentence(&mut self, si: usize, ents: &mut Entities) {
        let s = self.sents[si].span;
        let qidx: Vec<usize> = self.quotes_in(s.start, s.end).collect();
        // A sentence that lies wholly inside an earlier quote was handled with that quote.
        if qidx.is_empty() && self.in_quote(s.start) && self.in_quote(s.end.saturating_sub(1)) {
            return;
        }
        let n_before = self.claims.len();
        self.indirect(si, ents);
        for qi in qidx {
            if !self.used[qi] {
                self.direct(si, qi, ents);
            }
        }
        if self.claims.len() == n_before {
            // Remember the subject for pronouns in the next sentences; a sentence opened by
            // "He"/"She" is about whom that pronoun means, not whom it names after.
            // (so is one opened by a description that stands for the story's person: "The
            // Scot initially defended Beattie", "The 25-year-old won")
            let text = &self.body[s.start..s.end];
            let subject = match opening_pronoun(text) {
                Some(she) => self.pronoun(s.start, si, Some(she), ents),
                None => match opening_description(text) {
                    Some(she) => self.pronoun(s.start, si, she, ents),
                    None => self.subject_person(s.start, s.end, ents),
                },
            };
            if let Some(p) = subject {
                self.last_person = Some((p, si));
            }
        }
    }

    // ---------------------------------------------------------------- direct quotes

    fn direct(&mut self, si: usize, qi: usize, ents: &mut Entities) {
        let q = self.quotes[qi];
        let s = self.sents[si].span;
        let body = self.body;
        let inner = &body[q.inner.start..q.inner.end];
        let words = word_count(inner);
        if words == 0 {
            return;
        }
        // A quoted discourse word split off a quotation (`"However," he said, "the study ..."`)
        // says nothing by itself.
        if words == 1
            && super::lexicon::is_stop_cap(
                inner
                    .trim()
                    .trim_end_matches([',', '.', ';', ':', '!', '?', '…']),
            )
        {
            return;
        }
        // A short quotation in title case is the name of a work ("Decision and Order", "The
        // Art of War"), not words spoken.
        if is_title_of_work(inner) {
            return;
        }
        // Left context: from the sentence start or the previous quote's end.
        // (quotes are in text order: look back no further than any sane quotation's length)
        let prev_q_end = (0..qi)
            .rev()
            .map(|i| self.quotes[i])
            .take_while(|p| p.outer.start + MAX_QUOTE_BYTES > s.start)
            .find(|p| p.outer.end > s.start && p.outer.end <= q.outer.start)
            .map(|p| p.outer.end);
        let l_start = prev_q_end.unwrap_or(s.start);
        let left = &body[l_start..q.outer.start];
        // Right context: to the end of the sentence holding the quote's end, or the next quote.
        let end_si = (si..self.sents.len())
            .take_while(|&x| self.sents[x].span.start <= q.outer.end)
            .find(|&x| {
                q.outer.end <= self.sents[x].span.end && self.sents[x].block == self.sents[si].block
            })
            .unwrap_or(si);
        let end_sent = self.sents[end_si]
            .span
            .end
            .max(s.end.min(self.sents[end_si].span.end));
        let next_q = self
            .quotes
            .get(qi + 1)
            .filter(|n| n.outer.start < end_sent)
            .map(|n| n.outer.start);
        let r_end = next_q.unwrap_or(end_sent).max(q.outer.end);
        let right = &body[q.outer.end..r_end];

        // 1. After the quote: ", said X" / ", X said" / ", according to X".
        // (an editor's bracketed comma is a comma: `"...[,]" she wrote`)
        let inner_trail = if inner.trim_end().ends_with("[,]") {
            ','
        } else {
            inner.trim_end().chars().last().unwrap_or(' ')
        };
        let right_t = right.trim_start();
        // (a comma left out: `"Sales will rise" said Ana Ruiz.`, `"Sales will rise" she said.`,
        // after a quote opening its sentence)
        let bare_said = left.trim().is_empty() && words >= 4 && {
            let mut ws = right_t.split_whitespace();
            let (w1, w2) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            let said = |w: &str| {
                let w = w.trim_end_matches([',', '.']);
                matches!(
                    w,
                    "explained"
                        | "tweeted"
                        | "wrote"
                        | "posted"
                        | "stated"
                        | "replied"
                        | "remarked"
                ) || MAIN_SAYING.split('|').any(|v| v == w)
            };
            said(w1) || (matches!(w1, "he" | "she" | "they" | "it") && said(w2))
        } || (
            // `"We stand ready" tweeted Ana Silva "to help."`: a quotation split by its
            // inverted attribution, without commas
            left.trim().is_empty() && next_q.is_some() && {
                let w1 = right_t.split_whitespace().next().unwrap_or("");
                !w1.ends_with("ing") && VERB_WORDS.contains(w1) && word_count(right_t) <= 6
            }
        );
        // (or a semicolon: `"... ISIS remnants;" read the statement;`)
        let attributive_end = matches!(inner_trail, ',' | ';' | '!' | '?' | '—' | '–' | '-' | '…')
            || right_t.starts_with(',')
            || right_t.starts_with('—')
            || bare_said;
        // (a phrase someone was called is that caller's, whoever speaks after it: `Reminded
        // that X called him "a disgrace", Y added:`)
        let named_by = words <= 8 && called_at_end(left);
        if attributive_end && !named_by {
            if let Some((who, cue, told)) = self.post_attribution(q.outer.end, r_end, si, ents) {
                self.used[qi] = true;
                // `Ministers must deliver without "unreasonable tax rises", he added.`: words of
                // the speaker's own before the quote (no saying of theirs) make one mixed claim
                let own = left.trim();
                let lead = own.split_whitespace().next().unwrap_or("");
                // (not "as X put it": only the words quoted are X's)
                if prev_q_end.is_none()
                    && cue != "put it"
                    && word_count(own) >= 3
                    && !own.ends_with([',', ':', '—', '–'])
                    && lead.starts_with(char::is_uppercase)
                    && inner.trim_start().starts_with(|c: char| c.is_lowercase())
                    && speech_verbs(own).next().is_none()
                    && !called_at_end(left)
                {
                    let start = q.outer.start - left.len() + (left.len() - left.trim_start().len());
                    self.push(
                        who,
                        ClaimKind::Mixed,
                        Span::new(start, q.outer.end),
                        Some(cue),
                        told,
                        si,
                        ents,
                    );
                    self.mark_end(end_si);
                    return;
                }
                self.push(who, ClaimKind::Direct, q.inner, Some(cue), told, si, ents);
                self.mark_end(end_si);
                return;
            }
        }
        // `X released a statement which read, in part, "..."`: the statement's issuer
        static STATEMENT_READ: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r"(?-u:\b)(?:{TEXT_NOUNS})\s+(?:which|that)\s+(?:read|reads|said|says)(?:,\s+in\s+part)?\s*[,:]\s*$")).unwrap()
        });
        if left.contains(" read") || left.contains(" said") {
            if let Some(m) = STATEMENT_READ.find(left) {
                // ("The commission objected. It released a statement which said, ...": "It" or
                // "They" is the organization of the sentences before)
                let pronoun =
                    body[s.start..].starts_with("It ") || body[s.start..].starts_with("They ");
                let who = self
                    .opening_subject(s.start, l_start + m.start(), ents)
                    .or_else(|| {
                        if pronoun {
                            self.org_subject_before(si, ents)
                                .or_else(|| self.last_org_speaker(si, ents))
                        } else {
                            None
                        }
                    });
                if let Some(who) = who {
                    self.read_out(who, si, qi, end_si, ents);
                    return;
                }
            }
        }
        // `Acme released a statement. It read, "..."`: the text the sentence before named, read
        // out, is the issuer's (the body that opened that sentence)
        if si > 0 && l_start == s.start && left.trim_start().starts_with("It read") {
            static IT_READ: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"^\s*It\s+(?:read|reads)(?:,?\s+in\s+part)?\s*[,:]?\s*$").unwrap()
            });
            static TEXT: Lazy<Regex> =
                Lazy::new(|| Regex::new(&format!(r"(?-u:\b)(?:{TEXT_NOUNS})(?-u:\b)")).unwrap());
            let prev = self.sents[si - 1].span;
            if IT_READ.is_match(left) && TEXT.is_match(&body[prev.start..prev.end]) {
                if let Some(who) = self.opening_subject(prev.start, prev.end, ents) {
                    self.read_out(who, si, qi, end_si, ents);
                    return;
                }
            }
        }
        // `Berg's statement read: "..."`, `Part of the judge's ruling reads "..."`: the
        // possessor of the text read out is its speaker
        static OWN_TEXT_READ: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r"(?P<who>[\w.’'-]+)(?:'s|’s|')\s+(?:[\w-]+\s+){{0,2}}(?:{TEXT_NOUNS}|{COURT_TEXTS})\s+{READ_TAIL}")).unwrap()
        });
        // `The opinion of the court, released on Wednesday, read in part, "..."`, `A statement
        // from Acme read: "..."`: the body or person the text is of or from
        static TEXT_OF_READ: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r#"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}(?:{TEXT_NOUNS}|{COURT_TEXTS})\s+(?:of|from|by|issued\s+by|released\s+by)\s+(?P<who>[^,;:"“”]+?)(?:,[^,;:"“”]{{1,60}},)?\s+{READ_TAIL}"#)).unwrap()
        });
        if left.contains(" read") {
            if let Some(m) = TEXT_OF_READ.captures(left) {
                let who = m.name("who").unwrap();
                let who = self
                    .resolve_subject(l_start + who.start(), l_start + who.end(), si, ents)
                    .filter(|c| matches!(c, Claimant::Entity(id) if !matches!(ents.kind(*id), EntityKind::Place(_))));
                if let Some(who) = who {
                    self.read_out(who, si, qi, end_si, ents);
                    return;
                }
            }
        }
        if left.contains(" read") {
            if let Some(m) = OWN_TEXT_READ.captures(left) {
                let who = m.name("who").unwrap();
                // (from the possessor's article on: "the judge's", "Ana Ruiz's")
                let before = left[..who.start()]
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == ' ' || c == '.');
                let at = if left[..who.start()].to_lowercase().ends_with("the ") {
                    who.start() - 4
                } else {
                    before.len()
                };
                let at = left[at..].len() - left[at..].trim_start().len() + at;
                if let Some(who) = self.resolve_subject(l_start + at, l_start + who.end(), si, ents)
                {
                    self.read_out(who, si, qi, end_si, ents);
                    return;
                }
            }
        }
        // 2. Before the quote: "X said:" / "X said, " / "X told Reuters" / "X, ..., defended it,".
        // (or "X said he was "humbled" and "...I will never ...": a quote joined by "and" to the
        // clause just reported is the same speaker's)
        let before = match self.pre_attribution(l_start, q.outer.start, si, ents) {
            Some(found) => Some(found),
            None => self
                .claims
                .last()
                .filter(|c| c.evidence.start >= s.start && c.evidence.end <= q.outer.start)
                .filter(|c| {
                    // (or by "and" and a verb of its own: `tweeted "We are heartbroken" and
                    // offered "condolences to ..."`)
                    let gap = body[c.evidence.end..q.outer.start]
                        .trim_start_matches(['"', '”'])
                        .trim();
                    let verb_after = gap.strip_prefix("and ").is_some_and(|v| {
                        v.len() > 4
                            && v.ends_with("ed")
                            && v.chars().all(|c| c.is_ascii_lowercase())
                    });
                    c.kind != ClaimKind::Direct && gap == "and" || verb_after
                })
                .map(|c| (c.claimant.clone(), c.cue.clone(), c.told_to)),
        };
        if let Some((who, cue, told)) = before {
            self.used[qi] = true;
            self.push(who, ClaimKind::Direct, q.inner, cue, told, si, ents);
            self.mark_end(end_si);
            return;
        }
        // The second half of a quotation split by a bare attribution (`"We stand ready"
        // tweeted Ana Silva "to help."`) is the first half's speaker's.
        if let (Some(_), Some((who, dsi, _))) = (prev_q_end, self.last_direct.clone()) {
            let between = left.trim();
            // (or a participle of saying between commas: `"...", also noting, "..."`)
            let participle = {
                let ws: Vec<&str> = between
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .collect();
                ws.last()
                    .is_some_and(|v| v.ends_with("ing") && VERB_WORDS.contains(v))
                    && ws[..ws.len() - 1].iter().all(|w| is_adjunct(w))
            };
            let bare =
                !between.contains(['.', ';', ':', ',']) && speech_verbs(between).next().is_some();
            // (or a text read out: `"...," reads Judge Ruiz's statement, "..."`)
            let read_out = matches!(
                between
                    .trim_start_matches([',', ' '])
                    .split_whitespace()
                    .next(),
                Some("reads" | "read")
            ) && !between.contains(['.', ':']);
            if dsi == si
                && self.used[qi - 1]
                && word_count(between) <= 6
                && (bare || participle || read_out)
            {
                self.used[qi] = true;
                self.push(who, ClaimKind::Direct, q.inner, None, None, si, ents);
                self.mark_end(end_si);
                return;
            }
        }
        // `called the deal "void" and "absurd"`: a phrase joined to a phrase someone called
        // something is theirs too
        if let (Some(_), true) = (prev_q_end, is_conjunction(left)) {
            let prev = self.quotes[qi - 1];
            let called = self.claims.last().filter(|c| {
                c.evidence == trim_span(body, prev.inner)
                    && c.cue
                        .as_deref()
                        .is_some_and(|v| NAMING_VERBS.contains(&v) || JUDGING_VERBS.contains(&v))
            });
            if let Some(c) = called {
                let (who, cue) = (c.claimant.clone(), c.cue.clone());
                self.used[qi] = true;
                self.push(who, ClaimKind::Direct, q.inner, cue, None, si, ents);
                return;
            }
        }
        // `X justified the plan as "fair": "..."`: a quotation after a colon, past an earlier
        // quotation of the sentence, is the sentence subject's
        if prev_q_end.is_some() && left.trim_end().ends_with(':') {
            if let Some(who) = self.opening_subject(s.start, q.outer.start, ents) {
                self.used[qi] = true;
                self.push(who, ClaimKind::Direct, q.inner, None, None, si, ents);
                self.mark_end(end_si);
            }
            return;
        }
        // 3. Quote opening the sentence with no attribution: continuation of the previous speaker
        // (a quote that the sentence goes on about is a phrase: "\"Law and order\" was a theme").
        let goes_on = right.chars().any(|c| c.is_alphanumeric());
        if (left.trim().is_empty() || prev_q_end.is_some() && is_conjunction(left))
            && goes_on
            && words <= 6
            && !matches!(inner_trail, '.' | '!' | '?' | ',')
        {
            return;
        }
        if left.trim().is_empty() || prev_q_end.is_some() && is_conjunction(left) {
            // (a word or two quoted without a stop of its own is a term: `not "community" or
            // "enterprise".`)
            if words <= 2 && !matches!(inner_trail, '.' | '!' | '?' | ',') {
                return;
            }
            if let Some(who) = self.continuation(si, qi, prev_q_end.is_some(), ents) {
                self.used[qi] = true;
                self.push(who, ClaimKind::Direct, q.inner, None, None, si, ents);
                self.mark_end(end_si);
                return;
            }
            return;
        }
        // The judge of a passive named after the quote: `Ruiz, described as "reckless" by the
        // union, ...`, `a plan branded "a farce" by critics`
        static JUDGED_AS: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r"(?-u:\b)(?:(?:{PASSIVE_JUDGING})\s+as|called|dubbed|termed|branded|labell?ed)\s+(?:an?\s+)?$")).unwrap()
        });
        static BY_AGENT: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r#"^[,.]?\s*by\s+(?P<agent>[^\s"“”,.;:!?()]+(?:\s+[^\s"“”,.;:!?()]+){0,5}?)\s*(?:[,.;:!?)]|$)"#).unwrap()
        });
        if right_t.starts_with("by ") || right_t.starts_with(", by ") {
            if let (Some(_), Some(m)) = (JUDGED_AS.find(left), BY_AGENT.captures(right_t)) {
                let agent = m.name("agent").unwrap();
                let at = r_end - right_t.len();
                if let Some(who) =
                    self.resolve_subject(at + agent.start(), at + agent.end(), si, ents)
                {
                    self.used[qi] = true;
                    self.push(
                        who,
                        ClaimKind::Direct,
                        q.inner,
                        Some("described".into()),
                        None,
                        si,
                        ents,
                    );
                    return;
                }
            }
        }
        // 4. A partial quote inside a sentence with a speech verb: the sentence subject.
        if let Some((who, cue)) = self.partial(l_start, q.outer.start, words, si, ents) {
            self.used[qi] = true;
            self.push(who, ClaimKind::Direct, q.inner, cue, None, si, ents);
        }
    }

    /// The entity that opens the clause at `a` (after a fronted phrase of a preposition and its
    /// comma, and "the"), when it is the subject of a verb before `b`: "In a statement, the
    /// ministry justified it as ...".
    fn opening_subject(&self, a: usize, b: usize, ents: &Entities) -> Option<Claimant> {
        let body = self.body;
        let mut p = a;
        let first = body[a..b]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if PREPS.contains(&first.as_str()) {
            p = a + body[a..b].find(", ")? + 2;
        } else if matches!(
            first.trim_end_matches(','),
            "earlier" | "later" | "meanwhile" | "separately" | "then"
        ) {
            // ("Earlier Tory leader Ana Ruiz sent ...": an adverb of time opening the sentence)
            let lead = body[a..b].len() - body[a..b].trim_start().len();
            p = a + lead + first.len();
            p += body[p..b].len() - body[p..b].trim_start().len();
        }
        if body[p..b].starts_with("the ") || body[p..b].starts_with("The ") {
            p += 4;
        }
        // (past a title and the body it is at: "Tory leader Michael Howard", "Prime Minister
        // Ana Ruiz")
        let titled = mentions_in(ents, p, b)
            .iter()
            .find(|x| ents.is_person(x.entity))
            .filter(|x| {
                let mut q = p;
                let mut words = 0;
                for x2 in mentions_in(ents, p, x.span.start) {
                    if x2.span.start < q {
                        continue;
                    }
                    if !titles_only(&body[q..x2.span.start], &mut words) {
                        return false;
                    }
                    q = x2.span.end;
                }
                x.span.start > p && titles_only(&body[q..x.span.start], &mut words) && words > 0
            })
            .copied();
        let m = match titled {
            Some(t) => t,
            None => *mentions_in(ents, p, p + 1)
                .iter()
                .find(|m| m.span.start == p)?,
        };
        // a verb after the name: a word in the past or present tense of the next few
        let verb = body[m.span.end..b].split_whitespace().take(3).any(|w| {
            w.ends_with("ed")
                    || w.ends_with('s')
                    || FINITE.contains(&w)
                    // (an irregular past: "sent", "gave")
                    || (titled.is_some() && super::lexicon::is_plain_verb(w))
        });
        verb.then_some(Claimant::Entity(m.entity))
    }

    /// The person sentence `si` opens with, before `end`: first, or after a fronted time or
    /// the role it stands in apposition to ("On Monday, Ana Ruiz ...", "The mayor of Lima, Ana
    /// Ruiz, ..."), then a lower-case word (the verb).
    fn sentence_subject(&self, si: usize, end: usize, ents: &Entities) -> Option<EntityId> {
        let body = self.body;
        let s = self.sents[si].span;
        let m = mentions_in(ents, s.start, end)
            .iter()
            .find(|m| m.span.end <= end && ents.is_person(m.entity))?;
        let before = body[s.start..m.span.start].trim();
        let lead_ok = before.is_empty()
            || (before.ends_with(',')
                && word_count(before) <= 8
                && finite_words(before) == 0
                && !before.contains(['"', '“', '”']));
        let after = body[m.span.end..end].trim_start();
        // (past its apposition: "Ana Ruiz, the mayor, gave ...")
        let after = if let Some(r) = after.strip_prefix(',') {
            r.find(',').map_or(r, |k| &r[k + 1..]).trim_start()
        } else {
            after
        };
        let verb = after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        (lead_ok && verb).then_some(m.entity)
    }

    /// The last direct quote ends in sentence `end_si` (a quote may span sentences).
    fn mark_end(&mut self, end_si: usize) {
        if let Some(d) = self.last_direct.as_mut() {
            d.1 = d.1.max(end_si);
        }
        if let Some(p) = self.last_person.as_mut() {
            p.1 = p.1.max(end_si);
        }
    }

    /// Quote `qi` of sentence `si` is a text `who` issued, read out ("Acme's statement read:
    /// "...""): a direct claim with the cue "read".
    fn read_out(
        &mut self,
        who: Claimant,
        si: usize,
        qi: usize,
        end_si: usize,
        ents: &mut Entities,
    ) {
        self.used[qi] = true;
        let inner = self.quotes[qi].inner;
        self.push(
            who,
            ClaimKind::Direct,
            inner,
            Some("read".to_string()),
            None,
            si,
            ents,
        );
        self.mark_end(end_si);
    }

    fn post_attribution(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<(Claimant, String, Option<EntityId>)> {
        // Each pattern twice: plain, and with the periods of titles and initials ("said Dr.
        // Ruiz.") and an apposition opening with a possessive; the second only where the text
        // holds a period before a space or a possessive (the same matches, at less cost).
        fn who(full: bool) -> String {
            if full {
                format!("(?:{ABBR_DOT}|[^,.;:!?“”])")
            } else {
                "[^,.;:!?“”]".to_string()
            }
        }
        static INVERTED: Lazy<[Regex; 2]> = Lazy::new(|| {
            [false, true].map(|full| {
                let w = who(full);
                Regex::new(&format!(
                    r"^\s*[,.!?—–-]?\s*(?P<verb>{VERBS})\s+(?P<who>{w}+)"
                ))
                .unwrap()
            })
        });
        static NORMAL: Lazy<[Regex; 2]> = Lazy::new(|| {
            // (an apposition after the name, opening with an article or a possessive, may lack
            // its closing comma: `"...," Ana Ruiz, a member of the council said`, `"...," Ana
            // Ruiz, Acme's chief executive said`)
            [false, true].map(|full| {
                let w = who(full);
                let (inner, poss) = if full {
                    (format!("(?:{ABBR_DOT}|[^.;:!?“”])"), r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?:'s|’s)")
                } else {
                    ("[^.;:!?“”]".to_string(), "")
                };
                Regex::new(&format!(r"^\s*[,.!?—–-]?\s*(?P<who>{w}+?(?:,{inner}+?,|,\s+(?:a|an|the{poss})\s{w}+?)?)\s+(?:also\s+|later\s+|then\s+|again\s+|has\s+|had\s+|have\s+)?(?P<verb>{VERBS})(?-u:\b)")).unwrap()
            })
        });
        static ACCORDING: Lazy<[Regex; 2]> = Lazy::new(|| {
            [false, true].map(|full| {
                let w = who(full);
                Regex::new(&format!(r"^\s*[,.]?\s*according\s+to\s+(?P<who>{w}+)")).unwrap()
            })
        });
        let body = self.body;
        let r = &body[a..b];
        let full = r
            .char_indices()
            .any(|(i, c)| c == '.' && r[i + 1..].starts_with(char::is_whitespace))
            || r.contains("'s")
            || r.contains("’s");
        let (inverted, normal, according) = (
            &INVERTED[full as usize],
            &NORMAL[full as usize],
            &ACCORDING[full as usize],
        );
        // (a participle is never inverted: `"...", claiming such abuse meant X` reports more
        // words, it names no speaker)
        if let Some(m) = inverted
            .captures(r)
            .filter(|m| !m.name("verb").unwrap().as_str().ends_with("ing"))
        {
            let verb = m.name("verb").unwrap();
            let who = m.name("who").unwrap();
            let (ws, we) = (a + who.start(), a + who.end());
            // "said on Monday X": skip adverbials.
            let ws = skip_adverbials(body, ws, we);
            // ("said EEF chief economist, Steve Radley.": the name after the role's comma)
            let after = &body[we..b];
            if let Some(rest) = after.strip_prefix(", ") {
                let at = we + 2;
                if let Some(m) = mentions_in(ents, at, at + 1)
                    .iter()
                    .find(|m| m.span.start == at && ents.is_person(m.entity))
                    .copied()
                {
                    let tail = body[m.span.end..b].trim_start();
                    if tail.is_empty()
                        || tail.starts_with(['.', ',', ';', '"', '“', '”'])
                        || rest.len() == m.span.end - at
                    {
                        return Some((Claimant::Entity(m.entity), verb.as_str().to_string(), None));
                    }
                }
            }
            // ("said University of California, San Diego's chancellor, Pradeep Khosla.": the
            // person after a title and its comma, past commas inside the employer's name)
            let clause_end = body[ws..b]
                .find(['.', ';', '"', '“', '”'])
                .map_or(b, |k| ws + k);
            let titled = mentions_in(ents, ws, clause_end)
                .iter()
                .find(|m| ents.is_person(m.entity))
                .copied()
                .filter(|m| {
                    let lead = body[ws..m.span.start].trim_end();
                    lead.strip_suffix(',')
                        .and_then(|l| l.split_whitespace().last())
                        .is_some_and(|w| super::lexicon::is_role_word(&w.to_lowercase()))
                });
            if let Some(m) = titled {
                return Some((Claimant::Entity(m.entity), verb.as_str().to_string(), None));
            }
            if let Some(c) = self.resolve_phrase(ws, we, si, true, ents) {
                return Some((c, verb.as_str().to_string(), None));
            }
            if let Some(c) = self
                .named_in_phrase(ws, we, ents)
                .or_else(|| unnamed_head(&body[ws..we]))
            {
                return Some((c, verb.as_str().to_string(), None));
            }
        }
        if let Some(m) = according.captures(r) {
            let who = m.name("who").unwrap();
            if let Some(c) = self.resolve_phrase(a + who.start(), a + who.end(), si, true, ents) {
                return Some((c, "according to".into(), None));
            }
        }
        // `"ground to a halt" — as the court's decision put it`, `"...," as Ana Ruiz put it`
        static AS_PUT: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^\s*[,—–-]?\s*as\s+(?P<who>[^,.;:!?“”—–]+?)\s+(?:(?:has|had)\s+)?(?:put|puts)\s+it(?-u:\b)").unwrap()
        });
        if let Some(m) = r.contains(" put").then(|| AS_PUT.captures(r)).flatten() {
            let who = m.name("who").unwrap();
            let (ws, we) = (a + who.start(), a + who.end());
            if let Some(c) = self
                .resolve_phrase(ws, we, si, true, ents)
                .or_else(|| self.named_in_phrase(ws, we, ents))
            {
                return Some((c, "put it".into(), None));
            }
        }
        // `"...," a BBC statement read.`: a written statement "reads"
        static READ: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r"^\s*[,.!?—–-]?\s*(?P<who>(?:a|an|the|its|his|her|their)\s+(?:[\w'’.-]+\s+){{0,3}}(?:{TEXT_NOUNS}|notice|sign))\s+(?P<verb>read|reads)(?-u:\b)")).unwrap()
        });
        // (inverted: `"...," reads a club press release`, `"...," reads Judge Ruiz's statement`)
        static READS_INVERTED: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r"^\s*[,.!?—–-]?\s*(?P<verb>read|reads)\s+(?P<who>(?:a|an|the|its|his|her|their|(?P<owner>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)(?:'s|’s|'))\s+(?:[\w'’.-]+\s+){{0,3}}(?:{TEXT_NOUNS}|notice))(?-u:\b)")).unwrap()
        });
        if let Some(m) = r
            .contains("read")
            .then(|| READ.captures(r).or_else(|| READS_INVERTED.captures(r)))
            .flatten()
        {
            // (the owner of the text where one is named: "Judge Ruiz's statement"; or its author:
            // "reads a statement from Ana Ruiz")
            let who = m.name("owner").or(m.name("who")).unwrap();
            let from = m
                .name("owner")
                .is_none()
                .then(|| {
                    let after = &body[a + who.end()..b];
                    let from = after
                        .trim_start()
                        .strip_prefix("from ")
                        .or_else(|| after.trim_start().strip_prefix("by "))?;
                    let at = b - after.len()
                        + (after.len() - after.trim_start().len())
                        + (after.trim_start().len() - from.len());
                    let end = at + from.find([',', '.', ';', '"', '“']).unwrap_or(from.len());
                    Some((at, end))
                })
                .flatten();
            if let Some(c) = from.and_then(|(fa, fb)| self.resolve_phrase(fa, fb, si, true, ents)) {
                return Some((c, m.name("verb").unwrap().as_str().to_string(), None));
            }
            if let Some(c) = self.resolve_subject(a + who.start(), a + who.end(), si, ents) {
                return Some((c, m.name("verb").unwrap().as_str().to_string(), None));
            }
        }
        if let Some(m) = normal.captures(r) {
            let verb = m.name("verb").unwrap();
            let who = m.name("who").unwrap();
            // (`"...," while Trump noted his "strength"`: a clause of its own, about something else)
            let contrast = matches!(
                who.as_str().split_whitespace().next(),
                Some("while" | "whereas" | "although" | "though")
            );
            if word_count(who.as_str()) <= 25 && !contrast {
                let vend = a + verb.end();
                let told = if HEARER_VERBS.contains(&verb.as_str()) {
                    self.hearer(vend, b, ents).and_then(|x| x.0)
                } else {
                    None
                };
                if let Some(c) = self.resolve_subject(a + who.start(), a + who.end(), si, ents) {
                    return Some((c, verb.as_str().to_string(), told));
                }
            }
        }
        None
    }

    fn pre_attribution(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<(Claimant, Option<String>, Option<EntityId>)> {
        let body = self.body;
        let left = &body[a..b];
        // The last speech verb whose complement is just this quote.
        let verbs: Vec<(usize, usize)> = speech_verbs(left)
            .map(|(s, e)| (a + s, a + e))
            .filter(|&(s, e)| {
                !self.in_quote(s) && !(after_auxiliary(&body[a..s]) && !body[s..e].ends_with("ing"))
            })
            .collect();
        for &(vs, ve) in verbs.iter().rev() {
            let verb = &body[vs..ve];
            let mut p = ve;
            let mut told = None;
            if HEARER_VERBS.contains(&verb) {
                if let Some((t, e)) = self.hearer(ve, b, ents) {
                    told = t;
                    p = e;
                }
            }
            p = skip_adverbials(body, p, b);
            let rest = body[p..b].trim();
            let rest = rest.strip_prefix("that").map(str::trim).unwrap_or(rest);
            let rest = rest.trim_start_matches([',', ':', '—', '–']).trim();
            // (or a possessive the quote completes: `Trump noted his "strength and wisdom"`)
            let by_noting = rest.is_empty()
                || rest == "by"
                || rest.ends_with("that")
                || matches!(rest, "his" | "her" | "their" | "its");
            if by_noting {
                // `Asked whether he thought so he said: "..."`: a pronoun right before the verb
                // that introduces the quote is its subject, whatever stands before it
                let before = body[a..vs].trim_end();
                let pron = before
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if matches!(pron, "he" | "she") && rest.is_empty() {
                    let at = a + before.len() - pron.len();
                    if let Some(id) = self.pronoun(at, si, Some(pron == "she"), ents) {
                        if told != Some(id) {
                            return Some((Claimant::Entity(id), Some(verb.to_string()), told));
                        }
                    }
                }
                let subj_start = self.clause_start(a, vs);
                if let Some(c) = self.resolve_subject(subj_start, vs, si, ents) {
                    // the hearer is not the speaker ("He told Ms Silva:" is not Ms Silva speaking)
                    if told.is_some_and(|t| c == Claimant::Entity(t)) {
                        return None;
                    }
                    return Some((c, Some(verb.to_string()), told));
                }
                // `Sadiq Khan gave his condolences, adding, "..."`: a participle of saying after
                // a comma is said by the person the sentence opens with
                if verb.ends_with("ing") && body[a..vs].trim_end().ends_with(',') && rest.is_empty()
                {
                    if let Some(id) = self.sentence_subject(si, vs, ents) {
                        return Some((Claimant::Entity(id), Some(verb.to_string()), told));
                    }
                }
            }
            // "He continued by noting that" — the verb nearest the quote decides.
            break;
        }
        // `Ana Ruiz praised their "very decisive action"`: the quoted object of a verb of praise
        // or blame is the subject's words
        static JUDGING: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"\s(?:also\s+)?(?P<verb>thanked|praised|condemned|welcomed|hailed|criticised|criticized|denounced|applauded|commended|lauded|slammed|blasted|decried|lambasted|attacked)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|an?\s+)?$").unwrap()
        });
        // (the cheap test first: the words end with the verb or a determiner after it)
        let last = left.trim_end().rsplit(' ').next().unwrap_or("");
        let judging = matches!(last, "the" | "his" | "her" | "their" | "its" | "a" | "an")
            || last.ends_with("ed");
        if let Some(m) = judging.then(|| JUDGING.captures(left)).flatten() {
            let vs = a + m.get(0).unwrap().start();
            let subj_start = self.clause_start(a, vs);
            if let Some(c) = self.resolve_subject(subj_start, vs, si, ents) {
                return Some((c, Some(m.name("verb").unwrap().as_str().to_string()), None));
            }
        }
        // "X, on Twitter, defended his decision, "...": a colon or comma right before the quote,
        // with a person as the clause subject.
        let lt = left.trim_end();
        if (lt.ends_with(',') || lt.ends_with(':')) && word_count(lt) >= 2 {
            // after "told", the speaker stands before the verb ("One resident told Ana Silva of
            // the Courier, ..." is the resident speaking, not Ana Silva)
            // (an inverted "said Ana Silva," names its speaker after the verb: read below)
            if let Some(&(vs, ve)) = verbs
                .last()
                .filter(|&&(vs, ve)| HEARER_VERBS.contains(&&body[vs..ve]))
            {
                let subj_start = self.clause_start(a, vs);
                if let Some(c) = self.resolve_subject(subj_start, vs, si, ents) {
                    return Some((c, Some(body[vs..ve].to_string()), None));
                }
            }
            let subj_start = self.clause_start(a, b);
            // "In his message, he praised the general: "...": a pronoun subject and a colon
            // (after a fronted phrase: "In his message, he ...")
            let clause = body[subj_start..b].trim_start();
            let clause = match clause.rfind(", ") {
                Some(k)
                    if PREPS.contains(
                        &clause
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_lowercase()
                            .as_str(),
                    ) =>
                {
                    &clause[k + 2..]
                }
                _ => clause,
            };
            let first = clause.split_whitespace().next().unwrap_or("");
            let cue = || verbs.last().map(|&(s, e)| body[s..e].to_string());
            if lt.ends_with(':')
                && matches!(first, "he" | "she" | "He" | "She")
                && word_count(clause) <= 12
                && !clause.contains(['"', '“', '”'])
            {
                let at = b - clause.len();
                if let Some(id) =
                    self.pronoun(at, si, Some(first.eq_ignore_ascii_case("she")), ents)
                {
                    return Some((Claimant::Entity(id), cue(), None));
                }
            }
            if let Some(c) = self.resolve_subject_strict(subj_start, b, si, ents) {
                return Some((c, cue(), None));
            }
            // `The ministry issued the following statement: "..."`: the issuer of a text
            // (a body too) whose words follow the colon
            static ISSUED: Lazy<Regex> = Lazy::new(|| {
                Regex::new(&format!(r"\s(?:made|issued|released|published|posted|put\s+out|gave)\s+(?:the\s+following|an?|this|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{TEXT_NOUNS}|announcement|remarks|comments?|update)(?:\s+on\s+\w+)?\s*:\s*$")).unwrap()
            });
            if lt.ends_with(':') {
                if let Some(m) = ISSUED.find(clause) {
                    let at = b - clause.len();
                    // (an account's owner, not its platform: "the ministry's Twitter account",
                    // "an official government Facebook page")
                    static ACCOUNT: Lazy<Regex> = Lazy::new(|| {
                        Regex::new(r"(?:'s|’s)?\s+(?:official\s+)?(?:Twitter|X|Facebook|Instagram|YouTube|Telegram|Weibo|WeChat|TikTok)\s+(?:account|page|feed|channel|handle)$").unwrap()
                    });
                    let subject = &clause[..m.start()];
                    let end = ACCOUNT.find(subject).map_or(m.start(), |x| x.start());
                    // (an account no one is named for is nobody's: "an official account")
                    let account = end < m.start();
                    if let Some(c) = self
                        .resolve_subject(at, at + end, si, ents)
                        .filter(|c| !account || matches!(c, Claimant::Entity(_)))
                    {
                        return Some((c, Some("issued".into()), None));
                    }
                }
            }
        }
        None
    }

    /// A quote with no attribution of its own.
    fn continuation(
        &mut self,
        si: usize,
        qi: usize,
        same_sentence: bool,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        let block = self.sents[si].block;
        // "X said the reasons may be political. "...": a quote right after someone else's
        // reported speech in the same paragraph goes on with it
        if let (Some((who, ssi)), false) = (self.last_speaker.clone(), same_sentence) {
            let newer = self.last_direct.as_ref().is_none_or(|d| d.1 < ssi);
            if newer && ssi + 1 == si && self.sents[ssi].block == block {
                return Some(who);
            }
        }
        // "Mr Vaz, who grew up in Lima, agreed. "...": the previous sentence of the paragraph,
        // with a verb of saying but no claim of its own, names a new speaker
        if !same_sentence && si > 0 && self.last_speaker.as_ref().is_none_or(|x| x.1 + 1 < si) {
            let p = self.sents[si - 1];
            let text = &self.body[p.span.start..p.span.end];
            let says = text.split(|c: char| !c.is_alphabetic()).any(|w| {
                super::lexicon::is_speech_verb(w)
                    || matches!(w, "disagreed" | "concurred" | "elaborated" | "went")
            });
            if says
                && p.block == block
                && !self.in_quote(p.span.start)
                && self.quotes_in(p.span.start, p.span.end).is_empty()
            {
                if let Some(id) = self.subject_person(p.span.start, p.span.end, ents) {
                    if self
                        .last_direct
                        .as_ref()
                        .is_none_or(|d| d.0 != Claimant::Entity(id))
                    {
                        return Some(Claimant::Entity(id));
                    }
                }
            }
        }
        if let Some((who, dsi, dblock)) = self.last_direct.clone() {
            let close = same_sentence
                || dsi + 2 >= si
                    && (dblock == block
                        || self.prev_text_block(block) == Some(dblock) && self.quote_only(dsi));
            if close && (dblock == block || self.paragraph_is_quote(qi)) {
                return Some(who);
            }
        }
        // The previous sentence of the paragraph names the speaker ("X criticized it. "...").
        if si > 0 {
            let p = self.sents[si - 1];
            let prev_block_ok = p.block == block
                || (self.prev_text_block(block) == Some(p.block)
                    && self.body[p.span.start..p.span.end]
                        .trim_end()
                        .ends_with(':'));
            if prev_block_ok && !self.in_quote(p.span.start) {
                if let Some(id) = self.subject_person(p.span.start, p.span.end, ents) {
                    return Some(Claimant::Entity(id));
                }
            }
        }
        None
    }

    fn prev_text_block(&self, block: usize) -> Option<usize> {
        (0..block)
            .rev()
            .find(|&b| self.doc.blocks[b].kind == BlockKind::Text)
    }

    /// Is the paragraph holding quote `qi` made of this quote only (plus punctuation)?
    fn paragraph_is_quote(&self, qi: usize) -> bool {
        let q = self.quotes[qi];
        let b = self.doc.blocks[q.block].span;
        self.body[b.start..q.outer.start].trim().is_empty()
    }

    /// Was sentence `si` (where a direct quote was) in a paragraph that ends inside a quote,
    /// or a quote-led paragraph (so the next paragraph may continue it)?
    fn quote_only(&self, si: usize) -> bool {
        let _ = si;
        true
    }

    fn partial(
        &mut self,
        a: usize,
        b: usize,
        words: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<(Claimant, Option<String>)> {
        let body = self.body;
        let left = &body[a..b];
        if let Some((off, m)) =
            called_match(left).and_then(|off| Some((off, CALLED.captures(&left[off..])?)))
        {
            let verb = m
                .name("verb")
                .or_else(|| m.name("judged"))
                .or_else(|| m.name("referred"))
                .unwrap();
            let vs = a + off + verb.start();
            let mut start = self.clause_start(a, vs);
            // ("the decision, which Ana Silva has referred to as "a stunt"": the relative
            // clause's subject)
            // (or "that": "sanctions that it described as "hostile policy"")
            if let Some(k) = [" which ", " that "]
                .iter()
                .filter_map(|r| body[start..vs].rfind(r).map(|k| start + k + r.len()))
                .max()
            {
                if (1..=5).contains(&word_count(&body[k..vs])) {
                    start = k;
                }
            }
            // Not a passive ("was called").
            let before = body[start..vs].trim_end();
            // ("also called X" names; "also characterized the deaths as" judges)
            let passive = before.ends_with(" was")
                || before.ends_with(" is")
                || before.ends_with(" been")
                || before.ends_with(" be")
                || before.ends_with(" commonly")
                || before.ends_with(" often")
                || (before.ends_with(" also")
                    && (m.name("verb").is_some()
                        || after_auxiliary(before.trim_end_matches(" also"))));
            if !passive {
                if let Some(c) = self.resolve_subject(start, vs, si, ents) {
                    return Some((c, Some(verb.as_str().to_string())));
                }
            }
            return None;
        }
        // The judge of a passive: "a pattern described by the bulletin as "confused"", "the
        // plan, branded by Ana Silva as "a farce""
        static JUDGED_BY: Lazy<Regex> = Lazy::new(|| {
            Regex::new(&format!(r#"(?-u:\b)(?:{PASSIVE_JUDGING})\s+by\s+(?P<agent>[^\s"“”,.;:!?()]+(?:\s+[^\s"“”,.;:!?()]+){{0,5}}?)\s+as\s+(?:an?\s+)?$"#)).unwrap()
        });
        // (the cheap test first: the words end with "as", "as a" or "as an" and hold "by")
        let t = left.trim_end();
        let ends_as = t.ends_with(" as") || t.ends_with(" as a") || t.ends_with(" as an");
        let tail = if ends_as {
            called_tail(left)
        } else {
            left.len()
        };
        if ends_as && left[tail..].contains(" by ") {
            if let Some(agent) = JUDGED_BY
                .captures(&left[tail..])
                .and_then(|m| m.name("agent"))
            {
                let (s, e) = (a + tail + agent.start(), a + tail + agent.end());
                return self
                    .resolve_subject(s, e, si, ents)
                    .map(|c| (c, Some("described".to_string())));
            }
        }
        if words <= 4 {
            return None; // scare quotes
        }
        let verbs: Vec<(usize, usize)> = speech_verbs(left)
            .map(|(s, e)| (a + s, a + e))
            .filter(|&(s, e)| {
                !self.in_quote(s) && !(after_auxiliary(&body[a..s]) && !body[s..e].ends_with("ing"))
            })
            .collect();
        if let Some(&(vs, ve)) = verbs.first() {
            let start = self.clause_start(a, vs);
            if let Some(c) = self.resolve_subject(start, vs, si, ents) {
                return Some((c, Some(body[vs..ve].to_string())));
            }
        }
        None
    }

    // ---------------------------------------------------------------- reported speech

    fn indirect(&mut self, si: usize, ents: &mut Entities) {
        let s = self.sents[si].span;
        let body = self.body;
        let text = &body[s.start..s.end];
        // a question asks, it reports no saying: "Had the federation ever warned you to ...?",
        // "Why did the minister say the talks had failed?"
        if is_question(text) {
            return;
        }
        // "According to X, CLAUSE."
        // (also after a clause and a coordinator: "X said nothing, but, according to Y, CLAUSE.",
        // "X was ill for months, and according to Y, CLAUSE.")
        static ACC_FRONT: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:(?P<adv>[A-Z][\w’'-]*(?:\s+[\w’'$-]+){0,4}(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)\s*,\s*|[^,;]*(?:,\s*(?:but|and)|;\s*(?:but|and)?|\s(?:but|and))\s*,?\s*)?[Aa]ccording\s+to\s+(?P<who>[^,]+),\s*").unwrap()
        });
        // "CLAUSE, according to X." / "CLAUSE, X said." / "CLAUSE, Reuters reports."
        static ACC_BACK: Lazy<Regex> = Lazy::new(|| {
            // (anchored where "according to" opens the tail: `acc_back` tries each in turn)
            Regex::new(
                r"^,?\s+according\s+to\s+(?P<who>[^,;:]+?)(?:,\s*(?P<app>[^,;:]+?))?\s*[.!?]?\s*$",
            )
            .unwrap()
        });
        static SAID_BACK: Lazy<Regex> = Lazy::new(|| {
            let verbs = SAID_BACK_VERBS.join("|");
            // (anchored at the last comma, where the caller slices the sentence: a forward search
            // of the short tail, not a reverse one from the end over the sentence)
            Regex::new(&format!(r"^,\s*(?P<who>[^,;:“”]+?)\s+(?P<verb>{verbs}|told\s+[^,.]+)(?P<adv>(?:\s+(?:on|in|last|this|late)\s+\w+(?:\s+\w+)?|\s+(?:yesterday|today|earlier|later)|\s+\([^)]*\))*)\s*[.!?]?\s*$")).unwrap()
        });

        // Verbs of this sentence outside quotes.
        let mut produced: Vec<Span> = Vec::new();
        let mut found_verb_claim = false;
        for (ms, me) in speech_verbs(text) {
            let (vs, ve) = (s.start + ms, s.start + me);
            if self.in_quote(vs) || produced.iter().any(|p| p.start <= vs && vs < p.end) {
                continue;
            }
            let verb = &text[ms..me];
            // Not a verb after a determiner ("an added precaution"), nor a passive ("is said").
            // the three words before the verb, nearest first
            let mut back = body[s.start..vs].trim_end().rsplit(char::is_whitespace);
            let (w1, w2, w3) = (
                back.next().unwrap_or(""),
                back.next().unwrap_or(""),
                back.next().unwrap_or(""),
            );
            let prev_word = w1.to_lowercase();
            // "he was told by police that CLAUSE": a passive "told" reports the agent's saying
            if verb == "told" && matches!(prev_word.as_str(), "was" | "were" | "been" | "being") {
                if self.told_by(vs, ve, si, &mut produced, ents) {
                    found_verb_claim = true;
                }
                continue;
            }
            // "It was reported he was in a coma", "It is understood that ...": a report no one
            // is named for
            // (the cheap test first: this runs for every verb)
            let lead = body[s.start..vs].trim();
            // (past a fronted time: "On September 25, it was reported ...")
            let lead = match lead.rsplit_once(", ") {
                Some((front, rest))
                    if rest.len() <= 12
                        && front.len() <= 40
                        && finite_words(front) == 0
                        && !front.contains(['"', '“', ',']) =>
                {
                    rest
                }
                _ => lead,
            };
            let lead = if lead.len() <= 12 {
                lead.to_lowercase()
            } else {
                String::new()
            };
            if matches!(
                lead.as_str(),
                "it was" | "it is" | "it has been" | "it had been"
            ) && matches!(
                verb,
                "reported"
                    | "announced"
                    | "said"
                    | "claimed"
                    | "alleged"
                    | "confirmed"
                    | "understood"
                    | "believed"
                    | "revealed"
            ) {
                // (past a time: "It was announced last July that"; a clause must follow, after
                // "that" or opening with its subject: not "It is said to be", "It is announced
                // every six months")
                let mut c0 = skip_adverbials(body, ve, s.end);
                let rest = &body[c0..s.end];
                let that = rest.strip_prefix(" that ");
                if let Some(r) = that {
                    c0 = s.end - r.len();
                }
                let opener = rest.split_whitespace().next().unwrap_or("");
                let clause =
                    that.is_some() || (opens_a_clause(opener) && !matches!(opener, "to" | "that"));
                let end = self.clause_end(c0, s, vs);
                if clause && end > c0 && word_count(&body[c0..end]) >= 3 && !self.in_quote(c0) {
                    self.push_clause(
                        Claimant::Unnamed("reports".to_string()),
                        Span::new(c0, end),
                        verb,
                        si,
                        ents,
                    );
                    found_verb_claim = true;
                }
                continue;
            }
            if matches!(
                prev_word.as_str(),
                "a" | "an"
                    | "the"
                    | "this"
                    | "that"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "of"
                    | "these"
                    | "those"
                    | "such"
                    | "no"
            ) {
                continue;
            }
            // (nor a participle after an indefinite noun: "whether a manifesto posted online was
            // written by him", "an attack reported on Monday"; but "a spokesman posted")
            if matches!(
                verb,
                "posted" | "reported" | "announced" | "tweeted" | "wrote"
            ) && matches!(w2.to_lowercase().as_str(), "a" | "an")
                && w1.chars().all(|c| c.is_ascii_lowercase())
                && !names_a_role(w1)
                && !UNNAMED_RE.is_match(w1)
            {
                continue;
            }
            // (nor a passive or a progressive with an adverb: "was recently ruled", "is widely
            // thought", "is currently writing")
            if after_auxiliary(&body[s.start..vs]) {
                continue;
            }
            // (nor what someone was asked: "Asked whether he thought the plan would work, ...")
            if matches!(w3.to_lowercase().as_str(), "asked" | "questioned")
                && matches!(w2.to_lowercase().as_str(), "whether" | "if")
            {
                continue;
            }
            // A negated or refused saying reports no claim: "did not say whether", "declined to
            // say if", "never said that".
            // (Beliefs stay: "does not believe the tax is fair" reports a view, denial and all.)
            let saying = [
                "say", "said", "tell", "told", "comment", "confirm", "disclose", "reveal",
                "specif", "explain", "elaborat", "state", "announce",
            ]
            .iter()
            .any(|v| verb.starts_with(v));
            // (and a saying left open: "too early to say whether", "hard to tell if", "has yet
            // to say where", "if I have something to say")
            let withheld = w1 == "to"
                && matches!(
                    w2.to_lowercase().as_str(),
                    "declined"
                        | "declines"
                        | "refused"
                        | "refuses"
                        | "unable"
                        | "reluctant"
                        | "failed"
                        | "fails"
                        | "yet"
                        | "early"
                        | "soon"
                        | "premature"
                        | "hard"
                        | "difficult"
                        | "impossible"
                        | "something"
                        | "nothing"
                        | "anything"
                        | "much"
                        | "little"
                        | "more"
                );
            let negated = matches!(prev_word.as_str(), "not" | "never")
                || prev_word.ends_with("n't")
                || prev_word.ends_with("n’t");
            if saying && (negated || withheld) {
                continue;
            }
            // "has neither admitted nor denied wrongdoing": nothing said either way
            if prev_word == "neither"
                || (prev_word == "nor" && body[s.start..vs].to_lowercase().contains("neither "))
            {
                continue;
            }
            // A denied belief keeps its denial: "I don't think X" claims "don't think X", not X.
            let denial_at = negated.then(|| {
                let w1_at = body[s.start..vs].trim_end().len() - w1.len() + s.start;
                // ("does not believe": the auxiliary too)
                let aux = w1.eq_ignore_ascii_case("not")
                    && matches!(
                        w2.to_lowercase().as_str(),
                        "do" | "does"
                            | "did"
                            | "is"
                            | "was"
                            | "are"
                            | "were"
                            | "would"
                            | "could"
                            | "will"
                    );
                if aux {
                    body[s.start..w1_at].trim_end().len() - w2.len() + s.start
                } else {
                    w1_at
                }
            });
            // Nor does a supposed one: "if they said no, they were not called again".
            if matches!(w2.to_lowercase().as_str(), "if" | "unless")
                || matches!(prev_word.as_str(), "if" | "unless")
            {
                continue;
            }
            // A relative clause without its pronoun: "an injury he said he suffered" (the noun
            // before the speaker is the clause's object, not a claim of its own)
            // (but not after a noun of the saying's occasion or time: "In a statement she said",
            // "The next day it said")
            if matches!(w1, "he" | "she" | "they" | "we" | "it")
                && matches!(
                    w3.to_lowercase().as_str(),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "that"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "some"
                        | "any"
                        | "every"
                )
                && w2.len() > 2
                && w2.chars().all(|c| c.is_ascii_lowercase())
                && !super::lexicon::is_function_word(w2)
                && !super::lexicon::is_occasion_noun(w2)
                && !is_adjunct(w2)
                && !w2.ends_with("ly")
            {
                continue;
            }
            // Plural nouns that look like verbs ("states", "notes"): only right after a subject.
            // ("calls for" also after a verb that takes them up: "repeated calls for", "renewed
            // his party's calls for"; not "rejected calls for", "prompted calls for")
            let taken_up = verb.starts_with("calls") && {
                let before: Vec<&str> =
                    body[s.start..vs].split_whitespace().rev().take(3).collect();
                let k = before
                    .iter()
                    .position(|w| {
                        !(matches!(*w, "his" | "her" | "their" | "its" | "the" | "our")
                            || w.ends_with("'s")
                            || w.ends_with("’s"))
                    })
                    .unwrap_or(0);
                before.get(k).is_some_and(|w| {
                    matches!(
                        *w,
                        "repeated"
                            | "repeats"
                            | "renewed"
                            | "renews"
                            | "reiterated"
                            | "reiterates"
                            | "echoed"
                            | "echoes"
                            | "joined"
                            | "joins"
                            | "led"
                            | "leads"
                            | "made"
                            | "makes"
                    )
                })
            };
            if matches!(
                verb,
                "states"
                    | "state"
                    | "notes"
                    | "claims"
                    | "reports"
                    | "thinks"
                    | "believes"
                    | "says"
                    | "remarks"
                    | "replies"
                    | "answers"
                    | "jokes"
                    | "quips"
                    | "counters"
                    | "laments"
                    | "cautions"
                    | "calls for"
                    | "calls on"
            ) && !taken_up
                && !self.adjacent_subject(s.start, vs, ents)
            {
                continue;
            }
            // ("Estimates by Acme state": a plural "state" only after a name; "the police state
            // powers" is a noun)
            let named_before = |end: usize| {
                mentions_in(ents, s.start, end)
                    .iter()
                    .any(|m| m.span.end == end)
            };
            if verb == "state" && !named_before(s.start + body[s.start..vs].trim_end().len()) {
                continue;
            }
            // Post-attribution of a quote earlier in the sentence: ", said X" / ", X said".
            if let Some(q) = self.quotes[self.quotes_in(s.start, vs)]
                .iter()
                .rev()
                .find(|q| q.outer.end <= vs)
            {
                let between = &body[q.outer.end..vs];
                // (not a clause of its own after a contrast: `"...", while Ana Ruiz said ...`,
                // which the quote's attribution does not take either)
                let contrast = matches!(
                    between
                        .trim_start_matches(|c: char| c.is_ascii_punctuation()
                            || c.is_whitespace()
                            || matches!(c, '”' | '’'))
                        .split_whitespace()
                        .next(),
                    Some("while" | "whereas" | "although" | "though")
                );
                if !between.contains(['.', ';'])
                    && word_count(between) <= 14
                    && !between.contains(" and ")
                    && !between.contains(" but ")
                    && !contrast
                {
                    continue;
                }
            }
            // "The plan will fail, said Ana Ruiz, a banker.": an unquoted clause before an
            // inverted attribution that ends the sentence
            if w1.ends_with(',') && SAID_BACK_VERBS.contains(&verb) {
                let after = &body[ve..s.end];
                // (only a name and its apposition follow: "said the ward was full" reports a
                // clause of its own)
                let first = after.split_whitespace().next().unwrap_or("");
                let names = first.starts_with(char::is_uppercase)
                    || matches!(
                        first,
                        "the"
                            | "a"
                            | "an"
                            | "one"
                            | "two"
                            | "three"
                            | "some"
                            | "several"
                            | "many"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                    )
                    || super::lexicon::is_voice_noun(first)
                    || super::lexicon::is_role_word(first.strip_suffix('s').unwrap_or(first));
                // (and the name comes first, in a few words of no verb: not "warned Mr Brown not
                // to spend", "said his office contacted police")
                let head: Vec<&str> = after
                    .split(',')
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .collect();
                let plain_name = head.len() <= 6
                    && !head.iter().any(|w| {
                        let w = w.trim_end_matches(['.', '!', '?']);
                        matches!(w, "to" | "not" | "which" | "who" | "that" | "and")
                            || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
                    });
                if names
                    && plain_name
                    && !after.contains(['"', '“', '”', ';'])
                    && finite_words(after) == 0
                    && (1..=14).contains(&word_count(after))
                {
                    let who_len = after.trim_end().trim_end_matches(['.', '!', '?']).len();
                    let cut = s.start + body[s.start..vs].trim_end().len() - 1;
                    if let Some(c) = self.resolve_phrase(ve, ve + who_len, si, true, ents) {
                        let c0 = self.front_start(s.start, cut);
                        if cut > c0
                            && word_count(&body[c0..cut]) >= 3
                            && !self.in_quote(c0)
                            && self.quotes_in(c0, cut).is_empty()
                        {
                            let span = Span::new(c0, cut);
                            self.push_clause(c, span, verb, si, ents);
                            produced.push(span);
                            found_verb_claim = true;
                        }
                    }
                    continue;
                }
            }
            // "ruling that", "finding that" report a finding only as a participle after a comma
            // ("..., ruling that the ban was lawful"; not "a court ruling that threw out")
            if matches!(verb, "ruling" | "finding") && !w1.ends_with(',') {
                continue;
            }
            let mut p = ve;
            let mut told = None;
            if HEARER_VERBS.contains(&verb) {
                if let Some((t, e)) = self.hearer(ve, s.end, ents) {
                    told = t;
                    p = e;
                }
            }
            let before_adverbials = p;
            p = skip_adverbials(body, p, s.end);
            let after_time = p > before_adverbials;
            let mut rest = &body[p..s.end];
            let lead = rest.len() - rest.trim_start().len();
            p += lead;
            rest = &body[p..s.end];
            let mut has_that = false;
            // ("that, as president, he should": an aside after "that" opens the clause)
            // (not "that" as the subject: "said that was the only contact")
            let that_subject = rest
                .strip_prefix("that ")
                .and_then(|r| r.split_whitespace().next())
                .is_some_and(|w| FINITE.contains(&w));
            if let Some(r) = rest
                .strip_prefix("that ")
                .or_else(|| rest.strip_prefix("that, "))
                .filter(|_| !that_subject)
            {
                has_that = true;
                p += rest.len() - r.len();
                rest = r;
            } else if rest.starts_with(',')
                && !rest
                    .trim_start_matches(',')
                    .trim_start()
                    .starts_with(['"', '“'])
            {
                // "said, in a statement, that"; but "said on Saturday, about 20 buildings
                // collapsed": a time, a comma, then the clause itself
                let next = rest[1..].trim_start();
                let head = next.split([',', ';']).next().unwrap_or("");
                let clause = head
                    .split_whitespace()
                    .map(|w| w.trim_end_matches(['.', '!', '?']))
                    .any(|w| {
                        FINITE.contains(&w.to_lowercase().as_str())
                            || (w.len() > 4 && w.ends_with("ed"))
                    });
                let first = next.split_whitespace().next().unwrap_or("").to_lowercase();
                let relative = matches!(
                    first.as_str(),
                    "that" | "which" | "who" | "whom" | "whose" | "where" | "when" | "while" | "as"
                );
                // ("about 20 buildings": a number, not a preposition)
                let number = next
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
                // ("said in its report, the fault makes the province active": after where it
                // was said, a subject opens the clause, whatever the tense of its verb)
                let skipped = body[before_adverbials..p].trim_start();
                let medium = skipped.starts_with("in ")
                    && matches!(
                        skipped.split_whitespace().last().unwrap_or(""),
                        "statement"
                            | "report"
                            | "interview"
                            | "speech"
                            | "post"
                            | "tweet"
                            | "letter"
                            | "address"
                            | "announcement"
                            | "briefing"
                            | "release"
                            | "update"
                            | "bulletin"
                            | "message"
                            | "remarks"
                    );
                let subject = medium
                    && opens_a_clause(next.split_whitespace().next().unwrap_or(""))
                    && head.split_whitespace().count() >= 4;
                // ("told CNN, neighbors from other lodges tried to help": past the hearer, a
                // comma, then the clause with its verb; not a list of hearers, "told CNN, Fox
                // and the BBC that ...")
                // (nor a clause of the article's own, "told reporters, although he ...")
                let heard = before_adverbials > ve
                    && clause
                    && !SUBORDINATORS.contains(&first.as_str())
                    && !matches!(first.as_str(), "but" | "and" | "so" | "adding" | "saying")
                    && !head.split_whitespace().any(|w| w == "that" || w == "and");
                if !((after_time || heard)
                    && (clause || subject)
                    && (!PREPS.contains(&first.as_str()) || number)
                    && !relative)
                {
                    continue;
                }
                p += rest.len() - next.len();
                rest = &body[p..s.end];
            }
            let mut rest_t = rest.trim_start();
            // "called on Monday for ...": a day, not a hearer called on
            if verb.ends_with(" on")
                && body[ve..s.end].split_whitespace().next().is_some_and(|w| {
                    let w = w.trim_end_matches([',', '.']);
                    super::dates::weekday_number(w).is_some()
                        || super::dates::month_number(w).is_some()
                })
            {
                continue;
            }
            // "when asked about it" is said of the one asked; "asked the court to delay" is a
            // request, not a claim
            // (nor is "asked the minister whether ...": a question)
            if verb.starts_with("ask")
                && (matches!(
                    prev_word.as_str(),
                    "when" | "if" | "as" | "after" | "once" | "before" | "unless"
                ) || rest_t.split_whitespace().take(5).any(|w| w == "to")
                    || rest_t.split_whitespace().take(6).any(|w| {
                        matches!(
                            w,
                            "whether"
                                | "if"
                                | "why"
                                | "how"
                                | "what"
                                | "when"
                                | "who"
                                | "where"
                                | "which"
                        )
                    }))
            {
                continue;
            }
            // "told them of its existence", "spoke about the plan": no reported clause
            // (but "said about 440 people were missing": "about" a number is "some")
            let object = rest_t
                .strip_prefix("of ")
                .or_else(|| rest_t.strip_prefix("about "));
            if object.is_some_and(|o| !o.starts_with(|c: char| c.is_ascii_digit())) {
                continue;
            }
            // "explained why he thinks ...", "argued against the deal": an indirect question or a
            // stance, no reported clause
            if matches!(
                rest_t.split_whitespace().next(),
                Some("why" | "how" | "against")
            ) {
                continue;
            }
            // "the mission, which NASA said might take place in May": the clause's subject is the
            // relative pronoun before the speaker, and what the speaker said of it is the
            // predicate after the verb ("might take place in May")
            let relative_speaker = || {
                let before = &body[s.start..vs];
                [" which ", " that ", " who "]
                    .iter()
                    .filter_map(|r| before.rfind(r))
                    .max()
                    .is_some_and(|r| {
                        let speaker = &before[r..];
                        !speaker.contains(',') && speaker.split_whitespace().count() <= 6
                    })
            };
            // (after "which" or "who" and a speaker named or "he"/"she": not after "that", which
            // may open a reported clause instead ("said ... and that the media reports were
            // wrong"), nor the writer's "which I think is right", nor an "it" or "they" that may
            // be the sentence's subject or another's)
            // (where the words after the last "which" or "who" begin)
            let rel_at = [" which ", " who "]
                .iter()
                .filter_map(|r| body[s.start..vs].rfind(r).map(|k| s.start + k + r.len()))
                .max();
            let relative_named = rel_at.is_some_and(|k| {
                !matches!(
                    body[k..vs].trim(),
                    "I" | "we" | "you" | "it" | "they" | "we've" | "they've" | "I've"
                )
            });
            let predicate = rest_t
                .split_whitespace()
                .next()
                .is_some_and(|w| w != "do" && FINITE.contains(&w));
            let relative_predicate = predicate && relative_speaker();
            if relative_predicate && !relative_named {
                continue;
            }
            // ("told us what we should do": a question's answer, not what was said; "said what
            // happened was a tragedy" stays)
            // (but "told them what was needed was a plan" is: a second finite verb)
            if rest_t.starts_with("what ") && !verb.starts_with("sa") && finite_words(rest_t) < 2 {
                continue;
            }
            // "told the press after the launch", "said after the win: \"...\"": a time or place
            // after the verb and no clause of the speaker's own before any quote
            let opens_adjunct = rest_t.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "after"
                        | "before"
                        | "during"
                        | "at"
                        | "in"
                        | "on"
                        | "from"
                        | "with"
                        | "outside"
                        | "inside"
                )
            }) && !rest_t.starts_with("at least ")
                && !rest_t.starts_with("at most ");
            if !has_that
                && opens_adjunct
                && finite_words(rest_t.split(['"', '“']).next().unwrap_or("")) == 0
                && !rest_t.contains(" that ")
            {
                continue;
            }
            // "believes in the project", "think tank": no reported clause
            if (matches!(verb, "believe" | "believes" | "believed") && rest_t.starts_with("in "))
                || (verb == "think" && rest_t.starts_with("tank"))
            {
                continue;
            }
            // "stated to the CBC in late June that ...": the hearer and the time, then the clause
            if !TO_VERBS.contains(&verb) && rest_t.starts_with("to ") {
                // (a hearer: a name or an audience, "to the CBC", "to reporters"; not "alleges to
                // be the leader of a group that", "posted to forums that")
                let hearer = rest_t[3..].trim_start_matches("the ");
                let named = hearer.starts_with(|c: char| c.is_uppercase())
                    || AUDIENCE.iter().any(|w| hearer.starts_with(w));
                if let Some(k) = rest_t.find(" that ").filter(|&k| {
                    named
                        && word_count(&rest_t[..k]) <= 8
                        && !rest_t[..k].contains([',', ';', ':', '"', '“'])
                }) {
                    let skip = rest.len() - rest_t.len() + k + " that ".len();
                    p += skip;
                    rest = &body[p..s.end];
                    rest_t = rest.trim_start();
                    has_that = true;
                }
            }
            if !TO_VERBS.contains(&verb) && (rest_t.starts_with("to ") || rest_t.starts_with("by "))
            {
                continue; // "said to be", "added by"
            }
            // "said that \"every expert\" agreed ...": a quoted phrase opening a clause that goes
            // on is a mixed claim, not a direct quote
            let qs = p + (rest.len() - rest_t.len());
            // (also without "that": `said "superior" tactics could spread`, a short quote the
            // sentence goes on from in lower case)
            let quote_opens_clause =
                self.quotes[self.quotes_in(qs, qs + 1)]
                    .first()
                    .is_some_and(|q| {
                        let after = body[q.outer.end.min(s.end)..s.end].trim_start();
                        q.outer.start == qs
                            && q.outer.end < s.end
                            && if has_that {
                                word_count(after) >= 3 && !after.starts_with(',')
                            } else {
                                word_count(&body[q.inner.start..q.inner.end]) <= 5
                                    && !body[q.inner.start..q.inner.end]
                                        .trim_end()
                                        .ends_with([',', '.', '!', '?', ';', ':'])
                                    && word_count(after) >= 2
                                    && after.starts_with(|c: char| c.is_lowercase())
                                    && !matches!(
                                        after.split_whitespace().next(),
                                        Some("he" | "she" | "they" | "it" | "we" | "i")
                                    )
                            }
                    });
            if rest_t.is_empty()
                || (!quote_opens_clause
                    && rest_t.starts_with([',', ':', '"', '“', '.', ';', '(', '—']))
            {
                continue; // a direct quote follows, or nothing
            }
            // A reported clause has its own subject: "the child he says is his" is a relative
            // clause, not a claim.
            let first = rest_t
                .split(|c: char| !c.is_alphabetic() && c != '\'')
                .next()
                .unwrap_or("");
            if !has_that
                && !relative_predicate
                && matches!(
                    first,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "had"
                        | "have"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "should"
                        | "must"
                )
            {
                continue;
            }
            // Object-taking verbs must introduce a clause.
            let clause_end = self.clause_end(p, s, vs);
            if clause_end <= p {
                continue;
            }
            // What is called for ends where the subject's next verb or a contrast begins ("called
            // for calm and said ...", "called for an apology but the mayor refused")
            let clause_end = if verb.starts_with("call") || verb.starts_with("encourag") {
                static NEXT: Lazy<Regex> = Lazy::new(|| {
                    Regex::new(&format!(r",?\s+(?:(?:and|but)\s+(?:also\s+)?(?:{MAIN_SAYING}|{VERBS})(?-u:\b)|but\s|while\s|whereas\s)")).unwrap()
                });
                NEXT.find(&body[p..clause_end])
                    .map_or(clause_end, |m| p + m.start())
            } else {
                clause_end
            };
            // "Ana Ruiz, who said the plan was late, resigned": a saying in a relative clause set
            // off by commas ends at the comma that closes it, before the main verb
            // (only where the sentence's own verb is still to come: not "... was endorsed by the
            // Forum, who say British artists face hurdles, thanks to ...")
            let embedded = || {
                let before = body[s.start..vs].trim_end();
                let before = before[..before.len() - prev_word.len()].trim_end();
                let before = if matches!(prev_word.as_str(), "have" | "has" | "had") {
                    before[..before.len() - w2.len()].trim_end()
                } else {
                    before
                };
                finite_words(before) == 0 && !has_past_verb(before)
            };
            // (also "X, who have denied the charges, can expect ...")
            // (and "The plan, which Ana Ruiz says will cost $5m, was approved": the predicate said
            // of the relative pronoun)
            let relative = (matches!(prev_word.as_str(), "who" | "which") && w2.ends_with(','))
                || (matches!(prev_word.as_str(), "have" | "has" | "had")
                    && matches!(w2, "who" | "which")
                    && w3.ends_with(','))
                || (relative_predicate
                    && body[s.start..vs]
                        .rfind(", which ")
                        .or_else(|| body[s.start..vs].rfind(", who "))
                        .is_some());
            let clause_end = if relative && embedded() {
                let rel = body[p..clause_end]
                    .match_indices(", ")
                    .map(|(k, _)| k)
                    .find(|&k| {
                        let next = body[p + k + 2..clause_end]
                            .split_whitespace()
                            .next()
                            .unwrap_or("");
                        // (not inside a quotation, nor in a list: "was late, costly and unfair")
                        let quoted = body[p..p + k].matches(['"', '“', '”']).count() % 2 == 1;
                        let list = body[p + k + 2..clause_end]
                            .split_whitespace()
                            .take(3)
                            .any(|w| matches!(w, "and" | "or"));
                        next.starts_with(|c: char| c.is_ascii_lowercase())
                            && !quoted
                            && !list
                            && !matches!(
                                next,
                                "and"
                                    | "but"
                                    | "or"
                                    | "which"
                                    | "who"
                                    | "as"
                                    | "because"
                                    | "although"
                                    | "though"
                                    | "while"
                                    | "if"
                                    | "when"
                                    | "since"
                                    | "so"
                            )
                    });
                rel.map_or(clause_end, |k| p + k)
            } else {
                clause_end
            };
            // (a predicate said of a relative pronoun ends where a clause with a subject of its
            // own goes on: "which they said was due to a lack of airtime, and he accused ...")
            let clause_end = if relative_predicate {
                [", and ", ", but ", "; "]
                    .iter()
                    .filter_map(|c| body[p..clause_end].find(c).map(|k| (k, c.len())))
                    .filter(|&(k, l)| {
                        body[p + k + l..clause_end]
                            .split_whitespace()
                            .next()
                            .is_some_and(opens_a_clause)
                    })
                    .map(|(k, _)| p + k)
                    .min()
                    .unwrap_or(clause_end)
            } else {
                clause_end
            };
            // `explained the reason for the name: "..."`, `tweeted he was unaware of it: "..."`:
            // a colon before a quotation ends what is reported; the quotation is a direct quote
            // of its own, and a phrase with no verb before the colon is only its topic
            let clause_end = match body[p..clause_end].find(": ").filter(|&k| {
                body[p + k + 2..clause_end].starts_with(['"', '“'])
                    && !body[p..p + k].contains(['"', '“'])
            }) {
                Some(k)
                    if !has_that
                        && finite_words(&body[p..p + k]) == 0
                        && !has_past_verb(&body[p..p + k]) =>
                {
                    continue
                }
                Some(k) => match trailing_attribution(&body[p..p + k]) {
                    // (and without the saying that introduces the quotation: "said the plan
                    // was late, but added:", "said the club was sad, he told the BBC:")
                    Some(cut) if word_count(&body[p..p + cut]) < 3 => continue,
                    Some(cut) => p + cut,
                    None => p + k,
                },
                None => clause_end,
            };
            let clause = &body[p..clause_end];
            // Verbs of other senses too report a clause only after "that": "mentioned that"
            // (not "the cases mentioned last week"), "highlighted that" (not "highlighted the
            // fact"), "agreed that", "answered that"
            if THAT_ONLY_VERBS.contains(&verb) && !has_that && !subjunctive_clause(verb, clause) {
                continue;
            }
            // "blamed the weather for the delay", "blames the crash on the pilot": whom or what
            // someone blamed, and for what, is the claim
            let blamed = verb.starts_with("blam") && {
                let words: Vec<&str> = clause.split_whitespace().take(12).collect();
                words.iter().skip(1).any(|w| matches!(*w, "for" | "on"))
            };
            if verb.starts_with("blam") && !has_that && !blamed {
                continue;
            }
            // "ruled the ban was unlawful": a short subject, then its verb (not "ruled out a
            // deal", "ruled the country for a decade and was ...")
            if verb == "ruled" && !has_that {
                let words: Vec<String> = clause
                    .split_whitespace()
                    .take(6)
                    .map(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                            .to_lowercase()
                    })
                    .collect();
                // (or a verb in the past: "ruled the male-only draft violated the law")
                let verb_at = words
                    .iter()
                    .position(|w| FINITE.contains(&w.as_str()) || past_form(w));
                if words.first().is_some_and(|w| w == "out")
                    || verb_at.is_none_or(|i| i == 0 || i > 4)
                {
                    continue;
                }
            }
            // "called for an end to the fighting": what someone called for is their claim, a
            // noun phrase and all (but not a word or two: "called for calm")
            let called_for = verb.ends_with(" for") && word_count(clause) >= 4;
            if NP_VERBS.contains(&verb)
                && !has_that
                && !blamed
                && !called_for
                && !self.looks_like_clause(clause, verb)
            {
                continue;
            }
            if matches!(verb, "think" | "believe" | "say" | "thought") {
                // "I think", "they say" only with a named subject below.
            }
            // (the speaker of a predicate said of a relative pronoun is the phrase after the
            // pronoun: "a situation which critics say is fair" is the critics', not a body named
            // before)
            let subj_start = match rel_at.filter(|_| relative_predicate) {
                Some(k) => k,
                None => self.clause_start(s.start, vs),
            };
            let who = match self.resolve_subject(subj_start, vs, si, ents) {
                Some(w) => w,
                None => continue,
            };
            // (a verdict is no finding of fact: "if the court found in favour of the studios")
            // (nor "found it difficult to say": a judgement of the speaker's own doing, unlike
            // "found it was raining")
            if matches!(verb, "found" | "finds") && !has_that && {
                let mut ws = clause.split_whitespace();
                match (ws.next(), ws.next()) {
                    (Some("in" | "against" | "for" | "on" | "at" | "with"), _) => true,
                    (Some("it"), Some(w)) => !FINITE.contains(&w) && !past_form(w),
                    _ => false,
                }
            } {
                continue;
            }
            // (a person "showed" what they did, not what they said: "showed he can control a
            // game"; results, a survey or a body show findings)
            if matches!(verb, "showed" | "shows")
                && matches!(&who, Claimant::Entity(id) if ents.is_person(*id))
            {
                continue;
            }
            if word_count(clause) < 3 {
                continue;
            }
            // (no clause, only how it was said: "quoted him as saying via his lawyers.")
            let first = clause
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            if word_count(clause) <= 4
                && matches!(
                    first.as_str(),
                    "via"
                        | "through"
                        | "by"
                        | "in"
                        | "on"
                        | "at"
                        | "with"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                )
                && !clause.contains(',')
            {
                continue;
            }
            // ("denied that the plan was late": the denial, verb and all, is the claim)
            let denial_at = denial_at.or_else(|| matches!(verb, "denied" | "denies").then_some(vs));
            let span = Span::new(denial_at.unwrap_or(p), clause_end);
            let inside = self.quotes_in(p, clause_end);
            let kind = if inside.is_empty() {
                ClaimKind::Indirect
            } else {
                ClaimKind::Mixed
            };
            for i in inside {
                self.used[i] = true;
            }
            // "Both X and Y urged ...": one claim for each.
            let others = self.co_subjects(subj_start, vs, &who, si, ents);
            self.push(who, kind, span, Some(verb.to_string()), told, si, ents);
            // (the speaker an "it" or "he" after this stands for is the first named)
            let (last_speaker, last_person) = (self.last_speaker.clone(), self.last_person);
            for o in others {
                self.push(o, kind, span, Some(verb.to_string()), told, si, ents);
            }
            (self.last_speaker, self.last_person) = (last_speaker, last_person);
            produced.push(span);
            found_verb_claim = true;
        }
        // ("CLAUSE, Ana Ruiz said, adding that CLAUSE.": the saying after the participle is
        // found, the clause before the attribution is read below)
        // (the last comma, and the length of ", adding that " after it: looked for here only
        // after a saying was found, else once below)
        let last_comma = text.rfind(',').unwrap_or(text.len());
        // (without "that" only where the verb scan found the saying: ", adding it was late")
        let adding_at = |bare: bool| {
            ADDING
                .captures(&text[last_comma..])
                .filter(|c| bare || c.name("that").is_some())
                .map(|c| c.get(0).unwrap().end())
        };
        let adding = if found_verb_claim {
            adding_at(true)
        } else {
            None
        };
        let adding_found = adding.is_some();
        if found_verb_claim && !adding_found {
            self.said_inside(si, ents, true);
            return;
        }
        // According to X, CLAUSE.
        // (after a coordinator, the clause must have a subject of its own, not go on with a
        // verb: "... and, according to the agency, is now worth $3bn")
        let coordinated = |m: &regex::Captures| {
            let lead = &text[..m.name("who").map_or(0, |w| w.start())];
            let opener = text[m.get(0).map_or(0, |x| x.end())..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let l = opener.to_lowercase();
            let verb = FINITE.contains(&l.as_str()) || l.ends_with("ed") || l.ends_with("ly");
            !(lead.contains(" and") || lead.contains(" but")) || !verb
        };
        // (a fronted adverbial of one word, or of a few that open as adverbials do: "Longer
        // term, according to X, ...", "In the long run, according to X, ..."; not a clause:
        // "The plan failed, according to X, because ...")
        // (and a place it names may stand in apposition: "On Sunday in London, England,
        // according to X, ..."; no longer adverbial opens the sentence)
        let adverbial = |m: &regex::Captures| {
            m.name("adv").is_none_or(|a| {
                let (adv, place) = match a.as_str().split_once(", ") {
                    Some((adv, _)) => (
                        adv,
                        Some((s.start + a.start() + adv.len() + 2, s.start + a.end())),
                    ),
                    None => (a.as_str(), None),
                };
                let first = adv.split_whitespace().next().unwrap_or("").to_lowercase();
                let placed = place.is_none_or(|(ps, pe)| {
                    adv.split_whitespace().count() <= 4
                        && mentions_in(ents, ps, pe).iter().any(|x| {
                            x.span.start == ps
                                && x.span.end == pe
                                && matches!(ents.kind(x.entity), EntityKind::Place(_))
                        })
                });
                placed
                    && (!adv.contains(' ')
                        || first.ends_with("ly")
                        || ADVERBIAL_OPENERS.contains(&first.as_str()))
            })
        };
        if let Some(m) = text
            .contains("ccording to")
            .then(|| ACC_FRONT.captures(text))
            .flatten()
            .filter(|m| coordinated(m) && adverbial(m))
            // (not where the sources go on past the comma: "According to reports from the
            // ministry on Friday, and Vyasna, a rights group, on Thursday, ...")
            .filter(|m| {
                let rest = &text[m.get(0).unwrap().end()..];
                !rest.starts_with("and ") && !rest.starts_with("or ")
            })
        {
            let who = m.name("who").unwrap();
            let mut c0 = s.start + m.get(0).unwrap().end();
            let mut named_source = None;
            // "According to Ana Ruiz, the mayor of Lisbon, the bridge ...": the appositive that
            // names the source's role is no part of the claim
            if let Some(comma) = body[c0..s.end].find(',').filter(|&k| k <= 90) {
                let phrase: Vec<&str> = body[c0..c0 + comma].split_whitespace().collect();
                // (or a possessor, also one ending in "s'": "According to Windsor Locks' first
                // selectman, Chris Kervick, ...")
                let possessor = |w: &&str| {
                    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
                };
                let opens = phrase.first().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their"
                    )
                }) || phrase.iter().take(3).any(possessor);
                let role = phrase.iter().any(|w| names_a_role(w));
                // (or the source's name after its role: "According to the city's mayor, Ana
                // Ruiz, ...")
                let lead = body[c0..c0 + comma].len() - body[c0..c0 + comma].trim_start().len();
                // (the source a role: "According to official statements, Trump, now ..." names
                // the clause's subject)
                // (or a relative: "According to his wife, Amanda, ...")
                let who_role = who
                    .as_str()
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| names_a_role(w) || super::lexicon::is_kin_noun(w));
                let named = mentions_in(ents, c0 + lead, c0 + comma)
                    .iter()
                    .find(|m| {
                        who_role
                            && m.span.start == c0 + lead
                            && m.span.end == c0 + comma
                            && ents.is_person(m.entity)
                    })
                    .map(|m| m.entity);
                if (opens && role && finite_words(&body[c0..c0 + comma]) == 0 && phrase.len() <= 8)
                    || named.is_some()
                {
                    c0 += comma + 1;
                }
                named_source = named;
            }
            // (and a relative clause about the source: "According to the Lorsk Times, which cited
            // unnamed officials, 40 people died")
            if let Some(comma) = body[c0..s.end].find(',').filter(|&k| k <= 90) {
                let phrase = body[c0..c0 + comma].trim();
                if matches!(phrase.split_whitespace().next(), Some("which" | "who"))
                    && !self.in_quote(c0)
                {
                    c0 += comma + 1;
                }
            }
            // (and a time between commas: "..., during the weekend, police were ...")
            if let Some(comma) = body[c0..s.end].find(',').filter(|&k| k <= 40) {
                let phrase = body[c0..c0 + comma].trim();
                let first = phrase.split_whitespace().next().unwrap_or("");
                if matches!(
                    first,
                    "during" | "over" | "on" | "last" | "this" | "earlier" | "later" | "in"
                ) && word_count(phrase) <= 4
                    && finite_words(phrase) == 0
                {
                    c0 += comma + 1;
                }
            }
            // ("According to an advance text, he told delegates: "...": the clause names its own
            // speaker, whose words they are)
            let own_speaker = speech_verbs(&body[c0..s.end]).any(|(vs, ve)| {
                let after = &body[c0 + ve..s.end];
                let colon_quote = after.find(':').is_some_and(|k| {
                    after[k + 1..].trim_start().starts_with(['"', '“'])
                        && !after[..k].contains(['"', '“'])
                });
                !self.in_quote(c0 + vs) && colon_quote
            });
            // ("According to its press release, the NBA was ...": the body the clause opens with
            // owns the text)
            let owner = body[s.start + who.start()..s.start + who.end()]
                .trim_start()
                .starts_with("its ")
                .then(|| {
                    let at = c0 + (body[c0..].len() - body[c0..].trim_start().len());
                    let at = if body[at..].starts_with("the ") {
                        at + 4
                    } else {
                        at
                    };
                    mentions_in(ents, at, at + 1)
                        .iter()
                        .find(|m| matches!(ents.kind(m.entity), EntityKind::Organization(_)))
                        .map(|m| m.entity)
                })
                .flatten();
            let source = match named_source.or(owner) {
                Some(id) => Some(Claimant::Entity(id)),
                None => {
                    self.resolve_phrase(s.start + who.start(), s.start + who.end(), si, true, ents)
                }
            };
            if let Some(c) = source.filter(|_| !own_speaker) {
                let end = self.clause_end(c0, s, c0);
                let qs = c0 + (body[c0..].len() - body[c0..].trim_start().len());
                if body[qs..].starts_with(['"', '“']) {
                    // "According to X, "QUOTE" ...": the quote is X's, word for word
                    if let Some(qi) = self
                        .quotes_in(qs, qs + 1)
                        .find(|&qi| self.quotes[qi].outer.start == qs)
                    {
                        if !self.used[qi] {
                            self.used[qi] = true;
                            let q = self.quotes[qi];
                            self.push(
                                c,
                                ClaimKind::Direct,
                                q.inner,
                                Some("according to".to_string()),
                                None,
                                si,
                                ents,
                            );
                        }
                    }
                } else if end > c0 && word_count(&body[c0..end]) >= 3 {
                    self.push_clause(c, Span::new(c0, end), "according to", si, ents);
                }
            }
            return;
        }
        // "In a situational report of the council, the quake damaged 143 buildings.": the
        // report's author says the clause after it
        static IN_REPORT: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|bulletin|update|briefing|release|advisory|assessment|study|survey|analysis)\s+(?:(?:released|issued|published)\s+)?(?:of|by|from)\s+(?P<who>[^,;:“”]+?)(?:\s+(?:on|in|last|this)\s+\w+)?,\s+").unwrap()
        });
        if let Some(m) = text
            .starts_with(['I', 'i'])
            .then(|| IN_REPORT.captures(text))
            .flatten()
        {
            let who = m.name("who").unwrap();
            let c0 = s.start + m.get(0).unwrap().end();
            let end = self.clause_end(c0, s, c0);
            let clause = &body[c0..end];
            // (a clause with a verb of its own, and no speaker of its own: not "In a report by
            // the council, Ana Ruiz said ...")
            let verb = finite_words(clause) > 0 || has_past_verb(clause);
            let own_speaker = speech_verbs(clause).next().is_some();
            if verb
                && !own_speaker
                && word_count(clause) >= 4
                && !self.in_quote(c0)
                && self.quotes_in(c0, end).is_empty()
            {
                if let Some(c) =
                    self.resolve_phrase(s.start + who.start(), s.start + who.end(), si, true, ents)
                {
                    self.push_clause(c, Span::new(c0, end), "according to", si, ents);
                    return;
                }
            }
        }
        // "X was ill for months and according to the ministry she died on Friday": a named
        // source with no comma after it, and a clause of its own after the name
        static ACC_MID: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?:^|[,;]?\s*(?:but|and)\s+|;\s*)[Aa]ccording\s+to\s+").unwrap()
        });
        if let Some(m) = text
            .contains("ccording to")
            .then(|| ACC_MID.find(text))
            .flatten()
        {
            let from = s.start + m.end();
            let named = mentions_in(ents, from, s.end).iter().find(|n| {
                let gap = &body[from..n.span.start];
                gap.is_empty() || gap == "the " || gap == "The "
            });
            if let Some(n) = named.copied() {
                let rest = &body[n.span.end..s.end];
                let opener = rest
                    .strip_prefix(' ')
                    .and_then(|r| r.split_whitespace().next())
                    .unwrap_or("");
                if opens_a_clause(opener)
                    && word_count(rest) >= 4
                    && !rest.trim_start().starts_with(['"', '“'])
                {
                    if let Some(c) = self.resolve_phrase(n.span.start, n.span.end, si, true, ents) {
                        let c0 = n.span.end + 1;
                        let end = self.clause_end(c0, s, c0);
                        if end > c0 && word_count(&body[c0..end]) >= 3 {
                            self.push_clause(c, Span::new(c0, end), "according to", si, ents);
                            return;
                        }
                    }
                }
            }
        }
        // (an apposition after the source names its role: "according to Ana Ruiz, the
        // city's mayor"; not a clause that goes on: "according to police, and ...", nor the
        // rest of a predicate: "largely Kurdish and, according to Turkey, supportive of it")
        let app_ok = |app: &str| {
            let first = app.split_whitespace().next().unwrap_or("").to_lowercase();
            let names = matches!(
                first.as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            ) || app.trim_start().starts_with(char::is_uppercase);
            // (or a phrase that adds to the report: "according to officials, ranging in age
            // from 11 to 75", "according to the council's report, which counted 76 villages")
            let adds = first == "which"
                || (matches!(
                    first.as_str(),
                    "some" | "many" | "most" | "all" | "none" | "several"
                ) && app.contains(" of whom"))
                || (first.len() > 5
                    && first.ends_with("ing")
                    && app.trim_start().starts_with(char::is_lowercase));
            (names && finite_words(app) == 0) || adds
        };
        // (the leftmost "according to" the rest of the sentence follows to its end, as one
        // search for `,?\s+according to ...$` would find, each tried forward from its comma)
        let acc_back = || {
            text.match_indices("according to").find_map(|(i, _)| {
                let lead = text[..i].trim_end();
                if lead.len() == i {
                    return None;
                }
                let j = if lead.ends_with(',') {
                    lead.len() - 1
                } else {
                    lead.len()
                };
                ACC_BACK.captures(&text[j..]).map(|m| (j, m))
            })
        };
        if let Some((off, m)) = text
            .contains("according to")
            .then(acc_back)
            .flatten()
            .filter(|(_, m)| m.name("app").is_none_or(|a| app_ok(a.as_str())))
        {
            let who = m.name("who").unwrap();
            let cut = s.start + off + m.get(0).unwrap().start();
            // ("..., according to Wasef archaeologists have not found any": the comma after
            // the source left out, the clause after the name is what the source says)
            if finite_words(who.as_str()) > 0 && word_count(who.as_str()) >= 5 {
                let ws = s.start + off + who.start();
                let named = mentions_in(ents, ws, ws + 1)
                    .iter()
                    .find(|x| {
                        x.span.start == ws && !matches!(ents.kind(x.entity), EntityKind::Place(_))
                    })
                    .copied();
                if let Some(x) = named {
                    let rest = body[x.span.end..s.end].trim_start();
                    let start = s.end - rest.len();
                    if rest.starts_with(char::is_lowercase)
                        && !self.in_quote(start)
                        && finite_words(rest) > 0
                    {
                        let end = trim_span(body, Span::new(start, s.end)).end;
                        self.push_clause(
                            Claimant::Entity(x.entity),
                            Span::new(start, end),
                            "according to",
                            si,
                            ents,
                        );
                        return;
                    }
                }
            }
            if let Some(c) = self.resolve_phrase(
                s.start + off + who.start(),
                s.start + off + who.end(),
                si,
                true,
                ents,
            ) {
                let c0 = self.front_start(s.start, cut);
                // (`X called the plan "a farce", according to Y`: the phrase is X's, a quote)
                let named = self.quotes[self.quotes_in(c0, cut)]
                    .iter()
                    .any(|q| q.outer.start >= c0 && called_at_end(&body[c0..q.outer.start]));
                if cut > c0 && word_count(&body[c0..cut]) >= 3 && !self.in_quote(c0) && !named {
                    self.push_clause(c, Span::new(c0, cut), "according to", si, ents);
                }
            }
            return;
        }
        // "The company's Polish unit, according to Gazeta Wyborcza, is too big for a sale.": a
        // source between the subject and its verb reports the whole sentence
        static ACC_INNER: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?P<subj>[^,;:“”]{3,80}?),\s+according\s+to\s+(?P<who>[^,;:“”]+?)(?:\s+(?:on|in|last|this)\s+\w+)?,\s+(?P<verb>[a-z][\w’']*)\s").unwrap()
        });
        if let Some(m) = text
            .contains("according to")
            .then(|| ACC_INNER.captures(text))
            .flatten()
        {
            let subj = m.name("subj").unwrap().as_str();
            let verb = m.name("verb").unwrap().as_str();
            // (the subject a noun phrase, with no verb of its own; the sentence goes on with a
            // verb: "is", "has", "plans", "will")
            let verb_like = FINITE.contains(&verb) || verb.ends_with('s') || verb.ends_with("ed");
            // (or between the verb and what it says of the subject: "One child was, according
            // to the fire service, among the dead")
            let after_verb = finite_words(subj) == 1
                && subj
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| FINITE.contains(&w));
            if (finite_words(subj) == 0 && verb_like || after_verb)
                && word_count(subj) <= 10
                && !self.in_quote(s.start)
            {
                let who = m.name("who").unwrap();
                if let Some(c) =
                    self.resolve_phrase(s.start + who.start(), s.start + who.end(), si, true, ents)
                {
                    let c0 = self.front_start(s.start, s.start + who.start());
                    let end = trim_span(body, Span::new(c0, s.end)).end;
                    if word_count(&body[c0..end]) >= 6 {
                        self.push_clause(c, Span::new(c0, end), "according to", si, ents);
                        return;
                    }
                }
            }
        }
        if self.said_inside(si, ents, false) {
            return;
        }
        // Only the tail after the last comma can hold a closing attribution.
        let adding = if found_verb_claim {
            adding
        } else {
            adding_at(false)
        };
        let mut tail_at = last_comma;
        // ("CLAUSE, officials told state media, adding that CLAUSE.": the attribution is the
        // part before the participle, and what it adds is said too, unless found above)
        let mut added = None;
        if let Some(len) = adding {
            if let Some(prev) = text[..tail_at].rfind(',') {
                added = Some(s.start + tail_at + len);
                tail_at = prev;
            }
        }
        let text = if added.is_some() {
            &text[..last_comma]
        } else {
            text
        };
        // (a cheap necessary condition first: one of SAID_BACK's verbs is in the tail)
        // (a word of its own: the regex wants a space before it and no letter after)
        let tail_ok = text.len() - tail_at <= 160
            && text[tail_at..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w == "told" || SAID_BACK_VERBS.contains(&w))
            && word_count(&text[tail_at..]) <= 14;
        if let Some(m) = tail_ok
            .then(|| SAID_BACK.captures(&text[tail_at..]))
            .flatten()
        {
            let who = m.name("who").unwrap();
            let who = (tail_at + who.start())..(tail_at + who.end());
            let verb = m
                .name("verb")
                .unwrap()
                .as_str()
                .split_whitespace()
                .next()
                .unwrap_or("said")
                .to_string();
            let cut = s.start + tail_at + m.get(0).unwrap().start();
            // The sentence must not be a quote (handled as direct speech).
            if self.quotes[self.quotes_in(s.start, cut)]
                .iter()
                .any(|q| q.outer.end <= cut && q.outer.end + 2 >= cut)
            {
                return;
            }
            // Nor a quote that ends at the attribution after an opening phrase and a comma
            // (`When she was cast, "I was speechless," she said.`); a quote that continues the
            // sentence (`The plan was "a disgrace," she said.`) makes it a mixed claim.
            let holder = self.quotes.partition_point(|q| q.outer.start <= cut);
            let mut cut = cut;
            if holder > 0 && cut < self.quotes[holder - 1].outer.end {
                let q = self.quotes[holder - 1];
                // (a quote opened before the sentence holds all of it: direct speech)
                if q.outer.start <= s.start
                    || body[s.start..q.outer.start]
                        .trim_end()
                        .ends_with([',', ':'])
                {
                    return;
                }
                // the claim takes the whole quote: `was "a total disgrace,"`
                cut = self.quotes[holder - 1].outer.end;
            }
            if let Some(c) = self.resolve_subject(s.start + who.start, s.start + who.end, si, ents)
            {
                let c0 = self.front_start(s.start, cut);
                if cut > c0 && word_count(&body[c0..cut]) >= 3 && !self.in_quote(c0) {
                    self.push_clause(c.clone(), Span::new(c0, cut), &verb, si, ents);
                    if let Some(from) = added.filter(|_| !adding_found) {
                        let end = self.clause_end(from, s, from);
                        if word_count(&body[from..end]) >= 3 && !self.in_quote(from) {
                            self.push_clause(c, Span::new(from, end), &verb, si, ents);
                        }
                    }
                }
            }
        }
    }

    /// "he was told by police that CLAUSE", "was told by Minister Ana Ruiz of "...": the agent
    /// after "by" told it. `vs..ve` is "told"; a clause found is added to `produced`.
    fn told_by(
        &mut self,
        vs: usize,
        ve: usize,
        si: usize,
        produced: &mut Vec<Span>,
        ents: &mut Entities,
    ) -> bool {
        let body = self.body;
        let s = self.sents[si].span;
        if !body[ve..s.end].starts_with(" by ") {
            return false;
        }
        let by = ve + 4;
        let mut lim = (by + 80).min(s.end);
        while !body.is_char_boundary(lim) {
            lim -= 1;
        }
        let region = &body[by..lim];
        // the agent runs to "that" or to "of" before a quotation
        let cut = region
            .find(" that ")
            .map(|k| (k, false))
            .or_else(|| {
                region
                    .find(" of \"")
                    .or_else(|| region.find(" of “"))
                    .map(|k| (k, true))
            })
            .filter(|&(k, _)| k > 0 && !region[..k].contains([',', ';']));
        let Some((k, quoted)) = cut else {
            return false;
        };
        let Some(who) = self.resolve_phrase(by, by + k, si, true, ents) else {
            return false;
        };
        if quoted {
            let at = by + k + 4;
            let Some(qi) = self
                .quotes_in(at, s.end)
                .find(|&qi| self.quotes[qi].outer.start == at && !self.used[qi])
            else {
                return false;
            };
            let inner = self.quotes[qi].inner;
            self.used[qi] = true;
            self.push(
                who,
                ClaimKind::Direct,
                inner,
                Some("told".into()),
                None,
                si,
                ents,
            );
            return true;
        }
        let p = by + k + 6;
        let end = self.clause_end(p, s, vs);
        if self.in_quote(p) || word_count(&body[p..end]) < 3 {
            return false;
        }
        self.push_clause(who, Span::new(p, end), "told", si, ents);
        produced.push(Span::new(vs, end));
        true
    }

    fn push_clause(&mut self, who: Claimant, span: Span, cue: &str, si: usize, ents: &Entities) {
        let inside = self.quotes_in(span.start, span.end);
        let kind = if inside.is_empty() {
            ClaimKind::Indirect
        } else {
            ClaimKind::Mixed
        };
        for i in inside {
            self.used[i] = true;
        }
        self.push(who, kind, span, Some(cue.to_string()), None, si, ents);
    }

    /// Start of a fronted clause: skip a leading time adverbial ("This month, ").
    fn front_start(&self, s: usize, cut: usize) -> usize {
        static LEAD: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:(?:This|Last|Next|Earlier|Later)\s+(?:week|month|year|morning)|On\s+\w+(?:\s+\d+)?|In\s+\w+(?:\s+\d+)?|Yesterday|Today|Meanwhile|However|Despite\s+the\s+\w+|But)\s*,\s*").unwrap()
        });
        match LEAD.find(&self.body[s..cut]) {
            Some(m) => s + m.end(),
            None => s,
        }
    }

    /// Is a person, organization, pronoun or unnamed source named right before `vs`?
    fn adjacent_subject(&self, start: usize, vs: usize, ents: &Entities) -> bool {
        let before = self.body[start..vs].trim_end();
        let end = start + before.len();
        if mentions_in(ents, start, end)
            .iter()
            .any(|m| m.span.end == end && !matches!(ents.kind(m.entity), EntityKind::Place(_)))
        {
            return true;
        }
        // ("One news site, Znak.com, claims": a name in apposition, between commas)
        if let Some(inner) = before.strip_suffix(',') {
            let end = start + inner.len();
            if mentions_in(ents, start, end).iter().any(|m| {
                m.span.end == end
                    && self.body[start..m.span.start].trim_end().ends_with(',')
                    && !matches!(ents.kind(m.entity), EntityKind::Place(_))
            }) {
                return true;
            }
        }
        let w = before
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        matches!(w.as_str(), "he" | "she" | "it" | "they") || UNNAMED_RE.is_match(&w)
    }

    /// Does a complement of a noun-phrase verb read as a reported clause?
    fn looks_like_clause(&self, clause: &str, verb: &str) -> bool {
        let mut parts = clause.split([',', ':', ';']);
        let head: &str = parts.next().unwrap_or("");
        // (past a relative clause between commas: "reported the landing at Fath, which has a
        // short runway, was a mistake")
        let joined;
        let head = match (parts.next(), parts.next()) {
            (Some(rel), Some(rest))
                if matches!(rel.split_whitespace().next(), Some("which" | "who")) =>
            {
                joined = format!("{head} {rest}");
                joined.as_str()
            }
            _ => head,
        };
        let mut lw: Vec<String> = head
            .split_whitespace()
            .take(14)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
            })
            .collect();
        // (the complement ends where a verb goes on with the saying's subject: "promised tax cuts
        // but have yet to say where they will fall")
        if let Some(k) = (1..lw.len().saturating_sub(1)).find(|&k| {
            matches!(lw[k].as_str(), "but" | "and") && FINITE.contains(&lw[k + 1].as_str())
        }) {
            lw.truncate(k);
        }
        // (a purpose or a reason is no saying: "declared last Friday so he could fund a wall")
        let purpose = |k: usize| {
            lw[k] == "so"
                && lw.get(k + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you"
                    )
                })
        };
        if purpose(0) || matches!(lw.first().map(String::as_str), Some("because" | "although")) {
            return false;
        }
        // (nor past a subordinating conjunction after the object: "announced their decision
        // although she had already resigned", "declared an emergency so he could build")
        if let Some(k) = (1..lw.len()).find(|&k| {
            purpose(k)
                || matches!(
                    lw[k].as_str(),
                    "although"
                    | "though"
                    | "because"
                    | "whereas"
                    | "unless"
                    | "until"
                    | "despite"
                    // (nor in a relative clause of the object: "found five people who were
                    // interested", "showed form which matched his best")
                    | "who"
                    | "which"
                    | "while"
                    | "even"
                )
        }) {
            lw.truncate(k);
        }
        // "posted a message on Friday announcing he had tested positive": an object, and the
        // participle after it reports the words
        // (not after "to": "claiming a right to have a say")
        // ("stated its intention to leave the market": a purpose declared is what was said)
        // (and plans announced: "announced plans to shift its focus", "announced his
        // intentions to build")
        let purpose_noun = |w: &str| {
            matches!(
                w,
                "intention"
                    | "intentions"
                    | "intent"
                    | "plan"
                    | "plans"
                    | "desire"
                    | "wish"
                    | "commitment"
                    | "determination"
            )
        };
        if lw.len() >= 3
            && matches!(lw[0].as_str(), "its" | "his" | "her" | "their" | "our")
            && purpose_noun(&lw[1])
            && lw[2] == "to"
        {
            return true;
        }
        if lw.len() >= 3 && lw[0] == "plans" && lw[1] == "to" {
            return true;
        }
        // (a demand's clause in the subjunctive: "requested monarch butterflies be given
        // protection", "recommended the law be repealed")
        let finite = (0..lw.len()).find(|&i| {
            (FINITE.contains(&lw[i].as_str()) || (demand_verb(verb) && i > 0 && lw[i] == "be"))
                && (i == 0 || lw[i - 1] != "to")
        });
        let reporting = lw.iter().position(|w| {
            matches!(
                w.as_str(),
                "saying"
                    | "announcing"
                    | "stating"
                    | "claiming"
                    | "warning"
                    | "noting"
                    | "declaring"
                    | "confirming"
                    | "explaining"
                    | "arguing"
                    | "calling"
                    | "urging"
                    | "asking"
                    | "demanding"
                    | "insisting"
                    | "accusing"
                    | "alleging"
                    | "agreeing"
            )
        });
        if matches!(lw.first().map(String::as_str), Some("a" | "an"))
            && reporting.is_some_and(|r| finite.is_none_or(|f| r < f))
        {
            return false;
        }
        if finite.is_some() {
            return true;
        }
        // a long subject ends at a comma: "added its bid for the bank, was being considered"
        // (past asides of a few words set off by commas: "claimed Iran, especially, amongst
        // other outside parties, is influencing")
        let parts: Vec<&str> = clause.split([',', ':', ';']).take(4).collect();
        let verb_after_asides = (1..parts.len()).find_map(|k| {
            let first = parts[k].split_whitespace().next().unwrap_or("");
            if FINITE.contains(&first) {
                return Some(true);
            }
            (word_count(parts[k]) > 4 || finite_words(parts[k]) > 0).then_some(false)
        });
        if verb_after_asides == Some(true) {
            return true;
        }
        // a verb in the past after a short subject: "added underlying lending rose by 4%", "added
        // the targets aimed to cut waits" (not after a conjunction: "added four goals as the
        // side cruised")
        let past = |w: &str| past_form(w) || irregular_past(w);
        // (a count as the subject, however long: "reported the number of cases in the outbreak
        // rose to 58", "confirmed the death toll had climbed")
        let count = lw.len() > 3
            && lw[0] == "the"
            && (matches!(lw[1].as_str(), "number" | "total") && lw[2] == "of" || lw[2] == "toll");
        if count
            && lw[3..lw.len().min(12)].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "rose"
                        | "fell"
                        | "grew"
                        | "reached"
                        | "climbed"
                        | "jumped"
                        | "doubled"
                        | "tripled"
                        | "increased"
                        | "decreased"
                        | "dropped"
                        | "stood"
                        | "topped"
                        | "exceeded"
                        | "hit"
                )
            })
        {
            return true;
        }
        // (an object with a participle is none: "posted a podcast dedicated to him", "a
        // reported death", "proteins found only in slugs", "the deal he brokered")
        // (a participle used as a noun is the subject: "most of the deceased suffocated", "the
        // accused denied it")
        let first_past = lw.iter().take(6).position(|w| past(w)).map(|i| {
            if i >= 1 && lw[i - 1] == "the" && lw.get(i + 1).is_some_and(|n| past(n)) {
                i + 1
            } else {
                i
            }
        });
        // (a share of a group is one subject: "reported most of the victims drowned", "said two of
        // the miners died")
        let share = if lw.len() > 2 && lw[1] == "of" && quantity_word(&lw[0]) {
            2
        } else {
            0
        };
        if let Some(i) = first_past.filter(|&i| i > share) {
            let tied = lw[share..i].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "as" | "after"
                        | "when"
                        | "before"
                        | "while"
                        | "to"
                        | "and"
                        | "with"
                        | "by"
                        | "for"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "from"
                )
            });
            let object = matches!(
                lw[0].as_str(),
                "a" | "an" | "someone" | "somebody" | "something" | "one" | "against"
            ) || lw[i] == "based"
                || (i >= 1
                    && matches!(
                        lw[i - 1].as_str(),
                        "a" | "an"
                            | "the"
                            | "this"
                            | "that"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                            | "who"
                            | "which"
                    ))
                || lw
                    .get(i + 1)
                    .is_some_and(|n| n == "only" || (n == "by" && lw[i].ends_with("ed")));
            if i >= 1 && !tied && !object {
                return true;
            }
        }
        // a verb in the present before an object pronoun: "noted the commission's scope allows
        // it to act", "added the rule lets them stay" (not after a determiner or a preposition:
        // "the bus takes them")
        // (or a determiner or a number after a noun phrase's verb: "noted the register shows
        // 82% of victims", "added the law requires a permit")
        let det_object = |i: usize| {
            matches!(lw[0].as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their")
                && i >= 2
                // (not after a count: "a record loss of 68m euros ($89m)")
                && lw[1..i].iter().all(|w| w.chars().all(char::is_alphabetic))
                && (matches!(lw[i + 1].as_str(), "a" | "an" | "the" | "no")
                    || lw[i + 1].starts_with(|c: char| c.is_ascii_digit()))
        };
        let present = (1..lw.len().min(9).saturating_sub(1)).any(|i| {
            let w = lw[i].as_str();
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("'s")
                && (matches!(lw[i + 1].as_str(), "it" | "him" | "them" | "us" | "me")
                    || det_object(i))
                && !matches!(lw[i - 1].as_str(), "a" | "an" | "the" | "of" | "in" | "on" | "at" | "for" | "to" | "with" | "by" | "from" | "and" | "or")
                // (nor in a relative clause of an object: "announced a bus that takes them")
                && !lw[..i].iter().any(|w| matches!(w.as_str(), "that" | "which" | "who" | "whose"))
        });
        if present {
            return true;
        }
        // a subject pronoun is never an object: "claimed he acted in self defence"
        if lw.len() >= 3 && matches!(lw[0].as_str(), "he" | "she" | "they" | "we" | "i") {
            return true;
        }
        // nor "it" before a verb in the past: "stated it scheduled the cuts" (but "stated it
        // clearly")
        if lw.len() >= 3 && lw[0] == "it" && past(&lw[1]) {
            return true;
        }
        if TO_VERBS.contains(&verb) && lw.iter().take(8).any(|w| w == "to") {
            return true;
        }
        // "urged the order be lifted": a subjunctive "be".
        if matches!(verb, "urged" | "urges" | "asked" | "asks")
            && lw.iter().take(8).any(|w| w == "be")
        {
            return true;
        }
        false
    }

    /// "In the wake of the storm, Ana Ruiz said, the port was closed for a week.": a saying set
    /// off by commas inside sentence `si` (only "as X said," with `only_as`, when the sentence
    /// holds another saying). True when it found one.
    fn said_inside(&mut self, si: usize, ents: &mut Entities, only_as: bool) -> bool {
        let s = self.sents[si].span;
        let body = self.body;
        let text = &body[s.start..s.end];
        if only_as && !text.contains(", as ") {
            return false;
        }
        static SAID_INNER: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?P<a>[^,;:“”]{3,120}?),\s+(?P<who>[^,;:“”]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|added|argued|noted|warned|explained|insisted|claimed|stressed|described|reported|confirmed|estimated|suggested|predicted|believes)(?:\s+(?:on|last|this)\s+\w+)?,\s+(?P<rest>[^“”]+)$").unwrap()
        });
        if let Some(m) =
            (text.contains(" said, ") || text.contains(" says, ") || text.contains("ed, "))
                .then(|| SAID_INNER.captures(text))
                .flatten()
                .filter(|m| !only_as || m.name("who").unwrap().as_str().starts_with("as "))
        {
            let who = m.name("who").unwrap();
            // ("... if, as Ana Ruiz has suggested, exams stay": the words after "as X said" are
            // what X said)
            let as_said = who.as_str().starts_with("as ");
            let rest = m.name("rest").unwrap().as_str();
            let opener = rest.split_whitespace().next().unwrap_or("");
            let a = m.name("a").unwrap().as_str();
            // ("..., Mr Panke said, implying that ...": a participle after it is a saying of its
            // own, and the words before the attribution are the claim)
            let participle = opener.len() > 4 && opener.ends_with("ing");
            // ("..., investigators have said, and should not have flown": the claim goes on after
            // "and", unless a saying of its own follows: "..., he said, and added that ...")
            let second = rest.split_whitespace().nth(1).unwrap_or("");
            // (a gerund that opens a clause of its own goes on too: "..., he said, and paying
            // back this loan seems realistic")
            let goes_on = matches!(opener, "and" | "but")
                && !super::lexicon::is_speech_verb(second)
                && (!second.ends_with("ing") || finite_words(rest) > 0);
            let clause = goes_on
                || opens_a_clause(opener)
                || opener.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(
                        opener,
                        "and" | "but" | "or" | "which" | "who" | "when" | "while"
                    );
            // (the words after "as X said" are X's even after another's saying: "Some fear it
            // could fail if, as Ana Ruiz has suggested, ...")
            if clause
                && word_count(rest) >= 4
                && (as_said || speech_verbs(a).next().is_none())
                && !self.in_quote(s.start)
            {
                // (not a place inside a description: "the Colorado centre has argued")
                let skip = if as_said { 3 } else { 0 };
                let found = self.resolve_phrase(
                    s.start + who.start() + skip,
                    s.start + who.end(),
                    si,
                    false,
                    ents,
                );
                let place_in_words = |c: &Claimant| match c {
                    Claimant::Entity(id) => {
                        matches!(ents.kind(*id), EntityKind::Place(_))
                            && !ents.list[*id]
                                .name
                                .eq_ignore_ascii_case(who.as_str().trim_start_matches("the "))
                    }
                    _ => false,
                };
                if let Some(c) = found.filter(|c| !place_in_words(c)) {
                    let (c0, end) = if as_said {
                        let r = m.name("rest").unwrap();
                        (
                            s.start + r.start(),
                            trim_span(body, Span::new(s.start, s.end)).end,
                        )
                    } else if participle {
                        (
                            self.front_start(s.start, s.start + a.len()),
                            s.start + a.len(),
                        )
                    } else {
                        (s.start, trim_span(body, Span::new(s.start, s.end)).end)
                    };
                    if word_count(&body[c0..end]) >= 3 {
                        self.push_clause(c, Span::new(c0, end), "said", si, ents);
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The body or person that issued the text "the statement" (or "the release", "the
    /// communique") at `a` names: the subject of the last "X released a statement" (issued,
    /// published, put out) in the 2,000 bytes before it, an organization or a person named in
    /// that sentence before the verb.
    fn issuer_before(&self, a: usize, phrase: &str, ents: &Entities) -> Option<EntityId> {
        static ISSUED: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?-u:\b)(?:released|issued|published|put\s+out|sent\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?P<noun>statement|release|communiqu[eé])(?-u:\b)").unwrap()
        });
        let phrase = phrase.trim();
        if !phrase.starts_with("the ") {
            return None;
        }
        let mut lo = a.saturating_sub(2000);
        while !self.body.is_char_boundary(lo) {
            lo += 1;
        }
        let m = ISSUED
            .captures_iter(&self.body[lo..a])
            .last()
            .filter(|m| phrase.ends_with(&m["noun"]))?;
        let at = lo + m.get(0).unwrap().start();
        let si = self
            .sents
            .partition_point(|x| x.span.start <= at)
            .checked_sub(1)?;
        let from = self.sents[si].span.start;
        mentions_in(ents, from, at)
            .iter()
            .rev()
            .find(|x| {
                x.span.end <= at
                    && matches!(
                        ents.kind(x.entity),
                        EntityKind::Organization(_) | EntityKind::Person
                    )
            })
            .map(|x| x.entity)
    }

    /// Where a reported clause starting at `p` ends (exclusive) within sentence `s`.
    fn clause_end(&self, p: usize, s: Span, verb_start: usize) -> usize {
        let body = self.body;
        let mut end = s.end;
        let text = &body[p..s.end];
        static CUTS: Lazy<Regex> = Lazy::new(|| {
            let cuts = [
                r"(?:,|;)?\s+according\s+to(?-u:\b)".to_string(),
                r";\s".into(),
                r",\s+with\s".into(),
                r",\s+while\s".into(),
                // (", as Ana Ruiz has suggested, ...": another's saying set off by commas)
                r",\s+as\s+(?:[A-Z][\w'’-]+\s+){1,4}(?:has\s+|had\s+)?(?:said|suggested|argued|warned|claimed|noted|reported|put\s+it)(?-u:\b)".into(),
                // ("... wanted Cahill, before Agassi confirmed he would play on": another's saying
                // in a clause of time)
                r"\s+(?:while|before|after|until)\s+(?:[A-Z][\w'’-]+\s+){1,4}(?:said|says|wrote|writes|told|added|argued|warned|claimed|confirmed|announced|insisted|revealed|admitted)(?-u:\b)".into(),
                // ("... he would drop the bid, before reversing course": what the speaker did next)
                r",\s+(?:before|after)\s+[a-z]+ing\s".into(),
                // ("... despite Znak.com claiming ...": another's saying)
                r"\s+despite\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:claiming|saying|insisting|arguing|stating|reporting)(?-u:\b)".into(),
                r",\s+whereas\s".into(),
                // ("..., however, an inquiry concluded ...": a clause of its own)
                r",\s+however,\s".into(),
                r",\s+but\s+[A-Z][a-z]".into(),
                r",\s+but\s+(?:[a-z]+\s+){0,3}(?:say|says|said|argue|argues|argued|believe|believes|insist|insists|claim|claims|warn|warns|warned)(?-u:\b)".into(),
                r",\s+per\s".into(),
                // "X but (on Wednesday) said Y", "X and said Y": a second saying of the speaker's
                r"\s+but\s+(?:(?:on|last|this|later|then|also|earlier|yesterday|today)\s+(?:[A-Z][a-z]+\s+|week\s+|month\s+|year\s+)?)?(?:said|says|added|insisted|argued|warned)\s+\w+".into(),
                r"\s+and\s+(?:(?:he|she|they|we)\s+)?(?:said|added|insisted|argued|warned|noted|claimed|suggested|stated|indicated|explained|stressed|confirmed|found|observed|concluded)\s+\w+".into(),
                // ", said Mr Clarke.": an inverted attribution
                format!(r",\s+(?:{MAIN_SAYING})\s+[A-Z]"),
                // (", the report added.", ", he said.": an attribution closing the sentence)
                r",\s+(?:he|she|they|it|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|added|says|adds|wrote|noted|continued)\s*[.!?]?\s*$".into(),
                r"\s+during\s+(?:a|an|the|his|her|its|their)\s".into(),
                r"\s+and\s+(?:spoke|met|left|went|visited|returned|declined|refused|told|called|asked)(?-u:\b)".into(),
                r",\s+(?:[a-z]+ing)\s".into(),
                // ("said he was "humbled" by the results and "...I will never ..."": a quote of
                // its own)
                r#"\s+and\s+["“](?:\.\.\.|…)?\s*[A-Z]"#.into(),
                // ("tweeted "We are heartbroken" and offered "condolences to ..."": a second
                // quote, object of a verb of its own)
                r#"\s+and\s+[a-z]+ed\s+["“]"#.into(),
                // ("he would not run and Weld has decided to run": another's clause, kept only
                // after a finite verb of the reported clause, not "the bank and Acme have agreed")
                r"\s+and\s+(?:[A-Z][A-Za-z'’-]+\s+){1,3}(?:has|had|have)\s+[a-z]+ed(?-u:\b)".into(),
            ];
            Regex::new(&cuts.join("|")).unwrap()
        });
        for m in CUTS.find_iter(text) {
            let at = p + m.start();
            if self.in_quote(at) {
                continue;
            }
            // (nor a gerund opening the clause past a fronted phrase, before its verb: "announced
            // that from June 15, wearing a face covering would become compulsory")
            if m.as_str().ends_with("ing ")
                && m.as_str().starts_with(',')
                && matches!(
                    body[p..at].split_whitespace().next(),
                    Some(
                        "from"
                            | "on"
                            | "in"
                            | "at"
                            | "after"
                            | "before"
                            | "since"
                            | "by"
                            | "until"
                            | "during"
                            | "starting"
                            | "beginning"
                            | "under"
                    )
                )
                && finite_words(&body[p..at]) == 0
                && !has_past_verb(&body[p..at])
                && finite_words(&body[at..s.end]) > 0
            {
                continue;
            }
            // (nor a consequence the speaker draws: "the virus spread, leading to
            // encephalitis", "..., causing delays")
            if m.as_str().ends_with("ing ")
                && ["including", "leading", "resulting", "causing"]
                    .iter()
                    .any(|w| m.as_str().contains(w))
            {
                continue;
            }
            // ("but said to be costly": a passive, no saying)
            if (m.as_str().trim_start().starts_with("but")
                || m.as_str().trim_start().starts_with("and"))
                && m.as_str().ends_with(" to")
            {
                continue;
            }
            let another = m
                .as_str()
                .trim_start()
                .strip_prefix("and ")
                .is_some_and(|r| {
                    r.starts_with(char::is_uppercase)
                        && r.split_whitespace()
                            .any(|w| matches!(w, "has" | "had" | "have"))
                });
            if another && finite_words(&body[p..at]) == 0 {
                continue;
            }
            // ("O'Rourke, a former Representative who gained recognition during his run, does
            // not plan": inside an appositive still open, "during" belongs to it)
            if m.as_str().trim_start().starts_with("during")
                && body[p..at].matches(", ").count() % 2 == 1
            {
                continue;
            }
            // (", but did not believe X": a denial goes on with the claim, it reports none)
            if m.as_str().starts_with(", but")
                && m.as_str().split_whitespace().any(|w| {
                    matches!(w, "not" | "never" | "did" | "does" | "do") || w.ends_with("n't")
                })
            {
                continue;
            }
            end = at;
            break;
        }
        // A quoted phrase closing with a comma, then narration (“…,” with ...).
        static AFTER_QUOTE: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r#",["”]\s+(?:with|while|whereas|as|in|after|before|prompting|meaning|and\s+(?:the|a|an|his|her|its|their))\s"#).unwrap()
        });
        if let Some(m) = AFTER_QUOTE.find(&body[p..end]) {
            end = p
                + m.start()
                + 1
                + body[p + m.start() + 1..]
                    .chars()
                    .next()
                    .map_or(0, |c| c.len_utf8());
        }
        // A reported clause inside a fronted subordinate clause ends at its comma.
        let sent = &body[s.start..verb_start];
        // the longest subordinator and its space fit in the first 16 characters
        let head: String = sent.chars().take(16).flat_map(char::to_lowercase).collect();
        let opens = |w: &str| head.strip_prefix(w).is_some_and(|r| r.starts_with(' '));
        if SUBORDINATORS.iter().any(|w| opens(w)) && !sent.contains(',') {
            if let Some(c) = body[p..end].find(", ") {
                if !self.in_quote(p + c) {
                    end = p + c;
                }
            }
        }
        // A reported clause of a relative clause ("Ana Silva, who admitted she was tired, said
        // ...") ends where the main clause's verb comes back after a comma.
        static MAIN_VERB: Lazy<Regex> =
            Lazy::new(|| Regex::new(&format!(r"^,\s+(?:{MAIN_SAYING})\s")).unwrap());
        if sent
            .rfind(", who ")
            .is_some_and(|w| !sent[w + 6..].contains(','))
        {
            if let Some(c) = body[p..end]
                .match_indices(", ")
                .map(|(c, _)| c)
                .find(|&c| MAIN_VERB.is_match(&body[p + c..end]) && !self.in_quote(p + c))
            {
                end = p + c;
            }
        }
        // Trailing post-attribution inside the clause (", the statement said").
        end
    }

    /// Start of the clause holding a verb at `vs`: after a previous quote in the sentence.
    fn clause_start(&self, a: usize, vs: usize) -> usize {
        let mut start = a;
        for q in &self.quotes[self.quotes_in(a, vs)] {
            let full = self.body[q.inner.start..q.inner.end]
                .trim_end()
                .ends_with([',', '.', '!', '?', '…']);
            if q.outer.end <= vs && q.outer.end > start && full {
                start = q.outer.end;
            }
        }
        // ("... including Nokia and Samsung while Virgin said": the saying's clause opens after
        // "while" or "whereas")
        if let Some(k) = [" while ", " whereas "]
            .iter()
            .filter_map(|w| self.body[start..vs].rfind(w).map(|k| start + k + w.len()))
            .max()
        {
            // (not a participle, "while campaigning in Michigan, called": the subject is before)
            let participle = self.body[k..vs]
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
            if (1..=8).contains(&word_count(&self.body[k..vs])) && !participle {
                start = k;
            }
        }
        // ("A and B were both considered but B suggested he would not run": a clause of its
        // own after "but", opening with a name)
        if let Some(k) = self.body[start..vs].rfind(" but ").map(|k| start + k + 5) {
            let first = self.body[k..vs].split_whitespace().next().unwrap_or("");
            if (1..=4).contains(&word_count(&self.body[k..vs]))
                && first.starts_with(char::is_uppercase)
            {
                start = k;
            }
        }
        // ("The firm collapsed in 2002 and prosecutors claim ...": a clause of its own after
        // "and", opened by an unnamed source, when a verb comes before it)
        if let Some(k) = self.body[start..vs].rfind(" and ").map(|k| start + k + 5) {
            let subject = self.body[k..vs].trim_end();
            // (not "X and others", "X and other researchers": one subject of two)
            let unnamed = matches!(subject, "some" | "many" | "most")
                || !subject.starts_with("other")
                    && UNNAMED_RE
                        .find(subject)
                        .is_some_and(|m| m.start() == 0 && m.end() == subject.len());
            let verb_before = unnamed
                && self.body[start..k - 5].split_whitespace().skip(1).any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    w != "do" && FINITE.contains(&w)
                        || irregular_past(w)
                        || w.len() > 4 && past_form(w)
                });
            if (1..=3).contains(&word_count(&self.body[k..vs])) && verb_before {
                start = k;
            }
        }
        start
    }

    /// The hearer after "told": an entity or an audience noun; returns (entity, end offset).
    fn hearer(
        &mut self,
        ve: usize,
        limit: usize,
        ents: &mut Entities,
    ) -> Option<(Option<EntityId>, usize)> {
        let body = self.body;
        let rest = &body[ve..limit];
        let lead = rest.len() - rest.trim_start().len();
        let start = ve + lead;
        let r = &body[start..limit];
        let rl = r.to_lowercase();
        for a in AUDIENCE {
            // (not an acronym written like one, "told US TV": the country, not "us"; nor "the
            // public's view": a possessor, not the audience)
            if rl.starts_with(a)
                && rl[a.len()..]
                    .starts_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                && !is_acronym(&r[..a.len()])
            {
                return Some((None, start + a.len()));
            }
        }
        // ("told it this was unconfirmed": "it" is the hearer when a clause's subject follows,
        // but not in "told it was")
        if let Some(next) = rl
            .strip_prefix("it ")
            .and_then(|x| x.split_whitespace().next())
        {
            if matches!(
                next,
                "this"
                    | "that"
                    | "these"
                    | "those"
                    | "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "there"
                    | "its"
                    | "his"
                    | "their"
                    | "our"
                    | "no"
            ) {
                return Some((None, start + 2));
            }
        }
        // A medium described before its name ("told US TV network Fox News", "told state
        // broadcaster CCTV", "told Spanish newspaper El Pais"): the name is the hearer.
        static DESCRIBED_MEDIUM: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)?(?:(?:TV|television|radio|news|state|state-run|state-owned|public|private|local|online|business|financial|daily|weekly|national|regional)\s+){0,2}(?:network|broadcaster|channel|station|newspaper|paper|daily|weekly|magazine|website|agency|tabloid|outlet|show|programme|program)\s+[A-Z0-9]").unwrap()
        });
        if let Some(m) = DESCRIBED_MEDIUM.find(r) {
            let at = start + m.end() - 1;
            if let Some(e) = mentions_in(ents, at, at + 1)
                .iter()
                .find(|e| e.span.start == at)
                .copied()
            {
                return Some((Some(e.entity), medium_end(body, e.span.end, limit)));
            }
            return Some((None, medium_name_end(body, at - 1, limit)));
        }
        // An entity named right after the verb ("told Reuters", "told the Daily Mail").
        // ("told the Daily Mail", "told Ms Silva": a leading article or honorific is skipped)
        let skip = [
            "the ", "mr ", "mrs ", "ms ", "dr ", "sir ", "lord ", "lady ", "mr. ", "mrs. ", "ms. ",
            "dr. ",
        ]
        .iter()
        .find(|p| rl.starts_with(*p))
        .map_or(0, |p| p.len());
        let mut mstart = start + skip;
        // ("told host Mika Berg", "told reporter Ana Silva": the role before the hearer's name)
        if let Some((w, _)) = body[mstart..limit].split_once(' ') {
            let at = mstart + w.len() + 1;
            if w.len() > 2
                && w.chars().all(|c| c.is_ascii_lowercase())
                && super::lexicon::is_role_word(w)
                && mentions_in(ents, at, at + 1)
                    .iter()
                    .any(|m| m.span.start == at && ents.is_person(m.entity))
            {
                mstart = at;
            }
        }
        if let Some(m) = mentions_in(ents, start, mstart + 1)
            .iter()
            .find(|m| m.span.start == mstart || m.span.start == start)
            .copied()
        {
            let mut end = m.span.end;
            // "VOA Korean": a capitalized word glued to the outlet's name.
            static CAPW: Lazy<Regex> = Lazy::new(|| Regex::new(r"^ [A-Z][a-z]+(?-u:\b)").unwrap());
            if let Some(x) = CAPW.find(&body[end..limit]) {
                let w = &body[end + 1..end + x.end()];
                if !matches!(
                    w,
                    "The" | "That" | "He" | "She" | "It" | "They" | "We" | "I"
                ) {
                    end += x.end();
                }
            }
            // ("told Labour members the Tories ...", "told BBC staff": the group of the named
            // one heard it, and is no part of the claim)
            static GROUP: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"^\s+(?:members|supporters|delegates|MPs|activists|colleagues|voters|staff|workers|officials|leaders|ministers|executives|investors|shareholders|fans|students|employees|lawmakers|senators|diplomats)(?-u:\b)").unwrap()
            });
            if let Some(g) = GROUP.find(&body[m.span.end..limit]) {
                return Some((Some(m.entity), m.span.end + g.end()));
            }
            let end = medium_name_end(body, medium_end(body, end, limit), limit);
            // ("told Anadolu Agency, a local news outlet, that ...": the medium's description
            // between commas is no part of the claim)
            static DESCRIBED_AFTER: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"^,\s+(?:a|an|the)\s+[^,;:]{0,40}?(?:outlet|newspaper|paper|agency|broadcaster|network|channel|station|daily|weekly|website|magazine|service|tabloid),\s+that\s").unwrap()
            });
            if let Some(x) = DESCRIBED_AFTER.find(&body[end..limit]) {
                let comma = body[end..end + x.end()].rfind(',').unwrap_or(0);
                return Some((Some(m.entity), end + comma + 1));
            }
            return Some((Some(m.entity), end));
        }
        // A gathering or a medium addressed ("told a news conference", "told the party's
        // annual rally", "told a local radio station"): no one named, and no part of the claim.
        static GATHERING: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|briefing|meeting|rally|gathering|hearing|summit|assembly|audience|crowd|convention|congress|forum|seminar|session|interview|programme|program|show|podcast|radio|station|newspaper|paper|magazine|website|channel)(?-u:\b)").unwrap()
        });
        // (then where it met or whose it was, "a meeting of the Police Authority", "an audience in
        // the UK", or a medium's own name, "the newspaper Clarin", before the reported words)
        static PLACE_TAIL: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w'’.-]*){0,5}").unwrap()
        });
        if let Some(m) = GATHERING
            .find(r)
            .filter(|m| !r[m.end()..].starts_with(['\'', '’']))
        {
            let end = start + m.end();
            if let Some(t) = PLACE_TAIL
                .find(&body[end..limit])
                .filter(|t| opens_clause(body, end + t.end(), limit))
            {
                return Some((None, end + t.end()));
            }
            return Some((
                None,
                medium_name_end(body, medium_end(body, end, limit), limit),
            ));
        }
        // An outlet not recognized: an acronym or "X News/Times/Post/...".
        static OUTLET: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:the\s+)?(?P<name>[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?|(?:[A-Z][\w.-]+\s+){0,3}(?:News|Times|Post|Journal|Herald|Tribune|Agency|Radio|TV|Television|Telegraph|Guardian|Gazette|Magazine|Daily|Network|Press))(?-u:\b)").unwrap()
        });
        if let Some(m) = OUTLET.captures(r) {
            let name = m.name("name").unwrap();
            let span = Span::new(start + name.start(), start + name.end());
            let id = match ents.by_name(name.as_str()) {
                Some(id) => id,
                None => {
                    ents.list.push(Entity {
                        name: name.as_str().to_string(),
                        kind: EntityKind::Organization(OrgKind::NewsOrganization),
                        aliases: vec![],
                        mentions: vec![],
                    });
                    ents.list.len() - 1
                }
            };
            ents.add_mention(span, id);
            return Some((Some(id), medium_end(body, span.end, limit)));
        }
        // Someone not recognized, named right before the reported clause ("told Wikinews that",
        // "telling Kerrville the plan"): the name is the hearer's, not part of the claim.
        static NAMED_HEARER: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r#"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2}(?:\s+(?:that|the|a|an|he|she|it|they|we|there|this|his|her|their|its)\s|\s*[,:]\s*["“])"#).unwrap()
        });
        if let Some(m) = NAMED_HEARER.find(r) {
            // the name ends before the clause's first word, or before the comma or colon
            let matched = &r[..m.end()];
            let name_end = match matched.find([',', ':']) {
                Some(p) => p,
                None => matched.trim_end().rfind(char::is_whitespace).unwrap_or(0),
            };
            return Some((None, start + r[..name_end].trim_end().len()));
        }
        None
    }

    // ---------------------------------------------------------------- speakers

    /// The person who is the subject of the text [a, b), if any.
    fn subject_person(&self, a: usize, b: usize, ents: &Entities) -> Option<EntityId> {
        self.candidates(a, b, ents)
            .into_iter()
            .find(|&(id, st, _)| ents.is_person(id) && !self.character_at(st))
            .map(|x| x.0)
    }

    /// A name at `st` is a fictional character someone plays, no one who speaks ("loosing
    /// the character of Anya Jenkins", "playing Hamlet").
    fn character_at(&self, st: usize) -> bool {
        let before = self.body[..st].trim_end();
        let mut from = before.len().saturating_sub(16);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
        let tail = before[from..].to_ascii_lowercase();
        [
            "character of",
            "role of",
            "the part of",
            "character",
            "playing",
        ]
        .iter()
        .any(|w| tail.ends_with(w))
    }

    /// "X's office", "X's press office", "X's spokesman", "X's campaign" in `body[a..b]`: X,
    /// for whom they speak.
    fn voice_possessor(&self, a: usize, b: usize, ents: &Entities) -> Option<EntityId> {
        let body = self.body;
        ents.mentions[mention_range(ents, a, b)]
            .iter()
            .filter(|m| m.span.start >= a && m.span.end <= b)
            .find(|m| {
                let after = body[m.span.end..b].to_lowercase();
                let rest = after
                    .strip_prefix("'s ")
                    .or_else(|| after.strip_prefix("’s "))
                    .unwrap_or("");
                if VOICES_OF.iter().any(|w| rest.starts_with(w)) {
                    return true;
                }
                // (past a word or two that say which: "X's situation report", "X's latest
                // official statement"; a whole word, not "X's report-card")
                let mut tail = rest;
                (0..2).any(|_| {
                    let Some((w, r)) = tail.split_once(' ') else {
                        return false;
                    };
                    tail = r;
                    !w.is_empty()
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !matches!(w, "and" | "or")
                        && VOICES_OF.iter().any(|v| {
                            tail.strip_prefix(v).is_some_and(|t| {
                                t.is_empty() || t.starts_with([' ', ',', '.', ';', ':'])
                            })
                        })
                })
            })
            .map(|m| m.entity)
    }

    /// Candidate speakers named in [a, b): (entity, start, end), not possessive, not the
    /// object of a preposition, not inside a quote.
    fn candidates(&self, a: usize, b: usize, ents: &Entities) -> Vec<(EntityId, usize, usize)> {
        let body = self.body;
        let mut out = Vec::new();
        // (the end of the last person or organization a preposition governs: "allies of Ana
        // Silva and Rui Vaz", "researchers from Acme University and Beta College" govern both;
        // "a win at Carrow Road and Rui Vaz said" does not)
        let mut governed_end = None;
        let broad = |id: EntityId| match ents.kind(id) {
            EntityKind::Person => 0,
            EntityKind::Organization(_) => 1,
            EntityKind::Place(_) => 2,
        };
        for m in mentions_in(ents, a, b) {
            if m.span.start < a || m.span.end > b || self.in_quote(m.span.start) {
                continue;
            }
            // (past a short form in brackets: "from the Georgia Institute of Technology (GT)
            // and ...")
            let joined = |g: usize| {
                let between = body[g..m.span.start].trim();
                let between = match between.strip_prefix('(').and_then(|r| r.split_once(')')) {
                    Some((short, rest)) if short.len() <= 12 => rest.trim(),
                    _ => between,
                };
                matches!(between, "and" | "or")
            };
            if governed_end.is_some_and(|(g, kind): (usize, u8)| {
                kind == broad(m.entity) && kind < 2 && g <= m.span.start && joined(g)
            }) {
                governed_end = Some((m.span.end, broad(m.entity)));
                continue;
            }
            // (so is the short form in brackets of a name just governed, where another name
            // joins them: "from the Acme Institute (AI) and Beta College")
            if governed_end
                .is_some_and(|(g, _)| g <= m.span.start && body[g..m.span.start].trim() == "(")
                && body[m.span.end..b]
                    .strip_prefix(')')
                    .is_some_and(|r| r.starts_with(" and ") || r.starts_with(" or "))
            {
                continue;
            }
            let after = &body[m.span.end..b.max(m.span.end)];
            if after.starts_with("'s")
                || after.starts_with("’s")
                || after.starts_with("' ")
                || after.starts_with("’ ")
            {
                continue;
            }
            // (nor a possessor joined to another's possessive: "Baloch and Waseem's mother")
            if let Some(rest) = after.strip_prefix(" and ") {
                let at = b.max(m.span.end) - rest.len();
                let joint = mentions_in(ents, at, at + 1).iter().any(|o| {
                    o.span.start == at
                        && (body[o.span.end..].starts_with("'s")
                            || body[o.span.end..].starts_with("’s"))
                });
                if joint {
                    continue;
                }
            }
            let before = body[a..m.span.start].trim_end();
            let mut words = before
                .rsplit(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty());
            let mut w = words.next().unwrap_or("").to_lowercase();
            if matches!(w.as_str(), "the" | "a" | "an") {
                w = words.next().unwrap_or("").to_lowercase();
            }
            // ("in China's Guangdong Province": a place after a possessor is governed by the
            // possessor's preposition)
            if matches!(ents.kind(m.entity), EntityKind::Place(_)) {
                while matches!(w.as_str(), "the" | "a" | "an")
                    || ((w.ends_with("'s") || w.ends_with("’s")) && w.len() > 3)
                {
                    w = words.next().unwrap_or("").to_lowercase();
                }
            }
            if PREPS.contains(&w.as_str()) {
                governed_end = Some((m.span.end, broad(m.entity)));
                continue;
            }
            governed_end = None;
            // ("Another former Trump adviser, Sebastian Gorka, said": a person named as a
            // modifier of a role word holds no part of the subject)
            // (only inside a noun phrase, after a lower-case word: not "Dr Mike Watts head of
            // exploration said", a name then its post)
            // (or before a title and the name it is set off with: "James Hardie chairwoman,
            // Meredith Hellicar, said")
            // (the cheap tests first: this runs for every mention)
            let modifier = ents.is_person(m.entity)
                && after
                    .split_whitespace()
                    .next()
                    .map(|w| w.trim_end_matches([',', ';', ':']))
                    .is_some_and(|w| {
                        w.chars().all(|c| c.is_lowercase()) && super::lexicon::is_role_word(w)
                    });
            let inside_phrase = || {
                let title_then_name =
                    after
                        .trim_start()
                        .split_once(", ")
                        .is_some_and(|(t, rest)| {
                            t.split_whitespace().count() <= 3
                                && rest.starts_with(char::is_uppercase)
                                && mentions_in(ents, b - rest.len(), b - rest.len() + 1)
                                    .iter()
                                    .any(|n| ents.is_person(n.entity))
                        });
                title_then_name
                    || body[a..m.span.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
            };
            if modifier && inside_phrase() {
                continue;
            }
            out.push((m.entity, m.span.start, m.span.end));
        }
        out
    }

    /// Resolve the subject of a speech verb from the words [a, b) before it.
    fn resolve_subject(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        self.resolve_inner(a, b, si, false, ents)
    }

    /// Like `resolve_subject`, but only a person named in the clause or a pronoun.
    fn resolve_subject_strict(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        self.resolve_inner(a, b, si, true, ents)
    }

    fn resolve_inner(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        strict: bool,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        let body = self.body;
        // ("Other Republicans have urged", "Many Democrats said": some of a party's members,
        // not the party)
        {
            static SOME_MEMBERS: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"^\s*(?:[Oo]ther|[Mm]any|[Ss]ome|[Ss]everal|[Mm]ost|[Ff]ew|[Aa]\s+few|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens\s+of|[Ss]cores\s+of)\s+(?P<party>[A-Z][a-z]+)(?P<mps>\s+MPs)?(?-u:\b)").unwrap()
            });
            // (a party's members: "Republicans", "Tories", "Labour MPs", "Tory MPs")
            let members = |m: &regex::Captures| {
                let p = m.name("party").unwrap().as_str();
                if m.name("mps").is_some() {
                    matches!(p, "Labour" | "Tory")
                } else {
                    p == "Tories"
                        || p.strip_suffix('s')
                            .is_some_and(super::lexicon::party_adjective)
                }
            };
            // (the members open the subject, and no one else is named after them: "Other
            // Republicans have broken with Trump and have urged")
            // (the cheap test first: this runs for every subject)
            let region = &body[a..b];
            if let Some(m) = SOME_MEMBERS
                .is_match(region)
                .then(|| SOME_MEMBERS.captures(region))
                .flatten()
                .filter(|m| members(m))
            {
                let m = m.get(0).unwrap();
                if !mentions_in(ents, a + m.end(), b)
                    .iter()
                    .any(|x| ents.is_person(x.entity))
                {
                    let phrase = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
                    return Some(Claimant::Unnamed(phrase.to_lowercase()));
                }
            }
        }
        // ("LSE shareholders fear", "Acme customers say": a group of a body's, not its voice)
        {
            let region = body[a..b].trim_end();
            if let Some((head_at, head)) = region.rsplit_once(' ').map(|(r, h)| (r.len(), h)) {
                let group = matches!(
                    head,
                    "shareholders"
                        | "investors"
                        | "customers"
                        | "clients"
                        | "fans"
                        | "supporters"
                        | "users"
                        | "passengers"
                        | "voters"
                        | "residents"
                        | "employees"
                        | "creditors"
                        | "subscribers"
                        | "viewers"
                        | "readers"
                );
                let owner = group.then(|| {
                    mentions_in(ents, a, a + head_at).iter().rev().find(|m| {
                        m.span.end == a + head_at
                            && matches!(ents.kind(m.entity), EntityKind::Organization(_))
                    })
                });
                if let Some(Some(m)) = owner {
                    // (the body's name opens the subject, past "the" or a fronted adverb:
                    // "Meanwhile, LSE shareholders")
                    let lead = body[a..m.span.start]
                        .rsplit(',')
                        .next()
                        .unwrap_or("")
                        .trim();
                    if lead.is_empty() || lead.eq_ignore_ascii_case("the") {
                        let phrase = &body[m.span.start..a + region.len()];
                        return Some(Claimant::Unnamed(phrase.to_string()));
                    }
                }
            }
        }
        // "drafted by Ana Ruiz, who said", "Ana Ruiz who later said": the one named right before
        // "who" is the subject of the saying
        {
            let region = body[a..b].trim_end();
            let region = region
                .strip_suffix(" later")
                .or_else(|| region.strip_suffix(" also"))
                .or_else(|| region.strip_suffix(" then"))
                .unwrap_or(region);
            let which = region == "which" || region.ends_with(" which");
            let who_at = if region == "who" || region == "which" {
                Some(a)
            } else {
                region
                    .strip_suffix(" who")
                    .or_else(|| region.strip_suffix(" which"))
                    .map(|r| a + r.len())
            };
            if let Some(w) = who_at {
                // (the name may stand before the region, past the comma that opened it)
                let before = body[..w].trim_end().trim_end_matches(',').trim_end();
                // (a person named right up to `end`)
                let person_ending_at = |end: usize| {
                    let upto = ents.mentions.partition_point(|m| m.span.start < end);
                    ents.mentions[..upto]
                        .iter()
                        .rev()
                        .take(4)
                        .find(|m| m.span.end == end && ents.is_person(m.entity))
                        .map(|m| Claimant::Entity(m.entity))
                };
                if let Some(c) = person_ending_at(before.len()).filter(|_| !which) {
                    return Some(c);
                }
                // (or before an apposition that describes them: "led by Ana Ruiz, a biologist
                // at Acme University, who said")
                // (looked for in the last 160 bytes only: an apposition is short)
                let mut from = before.len().saturating_sub(160);
                while !before.is_char_boundary(from) {
                    from -= 1;
                }
                let appos = [", a ", ", an ", ", the "]
                    .iter()
                    .filter_map(|p| before[from..].rfind(p).map(|k| from + k))
                    .max()
                    .filter(|&k| {
                        let ap = &before[k + 2..];
                        ap.len() <= 120 && !ap.contains([',', ';', '"', '“', '”', '.', '!', '?'])
                    });
                if let Some(c) = appos.and_then(person_ending_at).filter(|_| !which) {
                    return Some(c);
                }
                // ("spoke to the Navy, who told it", "Reuters, which reported": a body named
                // right before the relative, after its comma; or one unnamed, "the army")
                if before.len() < w {
                    let upto = ents
                        .mentions
                        .partition_point(|m| m.span.start < before.len());
                    if let Some(m) = ents.mentions[..upto].iter().rev().take(4).find(|m| {
                        m.span.end == before.len()
                            && matches!(ents.kind(m.entity), EntityKind::Organization(_))
                    }) {
                        return Some(Claimant::Entity(m.entity));
                    }
                }
                static BODY_BEFORE: Lazy<Regex> =
                    Lazy::new(|| Regex::new(r"(?:^|\s)[Tt]he\s+([A-Za-z]+)$").unwrap());
                if before.len() < w {
                    if let Some(m) = BODY_BEFORE.captures(before) {
                        let head = m[1].to_lowercase();
                        if unnamed_body(&head) || head == "police" {
                            return Some(Claimant::Unnamed(head));
                        }
                    }
                }
            }
        }
        // "Coles, in its March 8 media release, reported": an aside between commas that opens
        // with a preposition says where or when, and the subject stands before it
        let region = body[a..b].trim_end();
        if let Some(inner) = region.strip_suffix(',') {
            if let Some(c) = inner.rfind(", ") {
                let aside = &inner[c + 2..];
                // ("Ruiz, 45, said": the age set off by commas)
                if c > 0
                    && !aside.is_empty()
                    && aside.len() <= 3
                    && aside.bytes().all(|x| x.is_ascii_digit())
                {
                    if let Some(found) = self.resolve_inner(a, a + c, si, strict, ents) {
                        return Some(found);
                    }
                }
                // (or with "both" or "all" before it: "Acme and Beta, both in Ohio, reported")
                let mut aw = aside.split_whitespace();
                let mut first = aw.next().unwrap_or("");
                if matches!(first, "both" | "all") {
                    first = aw.next().unwrap_or("");
                }
                if c > 0
                    && PREPS.contains(&first)
                    && !aside.contains(',')
                    && !inner[..c].trim().is_empty()
                {
                    let found = self.resolve_inner(a, a + c, si, strict, ents);
                    // (a relative aside, "for which X gave access", names no subject at all)
                    let relative = aside
                        .split_whitespace()
                        .nth(1)
                        .is_some_and(|w| matches!(w, "which" | "whom" | "whose"));
                    if found.is_some() || relative {
                        return found;
                    }
                }
            }
        }
        // "..., with analysts saying CLAUSE", "with local media reporting CLAUSE": the one
        // after "with" says what the participle reports
        if let Some(c) = self.with_participle_subject(a, b, si, ents) {
            return c;
        }
        if let Some(c) = self.participle_subject(a, b, si, ents) {
            return c;
        }
        // "he insisted talks were going on, but added ...", "said X but on Wednesday said Y": a
        // verb right after "but" or "and" shares the subject of the claim before it
        {
            let mut words = body[a..b].split_whitespace().rev().map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            let time = |w: &str| {
                matches!(
                    w,
                    "on" | "last" | "this" | "week" | "month" | "year" | "yesterday" | "today"
                ) || matches!(
                    w,
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
            };
            if matches!(
                words.find(|w| !is_adjunct(w) && !time(w)).as_deref(),
                Some("but" | "and")
            ) {
                if let Some((c, _)) = self.last_speaker.clone().filter(|&(_, ssi)| ssi == si) {
                    return Some(c);
                }
                // ("I bought my son Max a phone ... and thought": the writer, whom no name gives)
                if body[a..b].split_whitespace().any(|w| w == "I") {
                    return None;
                }
            }
        }
        // "..., said Mr Ross, but the test revealed that": a coordinated clause with a subject
        // of its own; whoever the sentence named before it is not that subject
        let coordinated = [
            " but ",
            "; ",
            ", yet ",
            ", while ",
            ", whereas ",
            ", and ",
            ", however, ",
        ]
        .iter()
        .filter_map(|c| body[a..b].rfind(c).map(|p| a + p + c.len()))
        .max();
        if let Some(pos) = coordinated {
            let first = body[pos..b]
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|w| !is_adjunct(&w.to_lowercase()));
            if let Some(first) = first {
                let lower = first.to_lowercase();
                if matches!(lower.as_str(), "he" | "she") {
                    return self
                        .pronoun(pos, si, Some(lower == "she"), ents)
                        .map(Claimant::Entity);
                }
                // a subject of its own: a name, a pronoun, a noun phrase ("but the test
                // revealed"); not a verb going on with the sentence's ("but added that")
                let own_subject = first.starts_with(char::is_uppercase)
                    || matches!(
                        lower.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "my"
                            | "many"
                            | "some"
                            | "most"
                            | "several"
                            | "few"
                            | "all"
                            | "both"
                            | "each"
                            | "every"
                            | "no"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "you"
                            | "one"
                    );
                if own_subject {
                    return self.resolve_region(pos, pos, b, si, strict, ents);
                }
            }
        }
        // ("In findings published in the journal Nature, an international team of scientists
        // report": a group after a fronted phrase is the subject, not a body the phrase names)
        if let Some(k) = body[a..b].rfind(", ") {
            let t = a + k + 2;
            let tail = body[t..b].trim_end();
            let group = ["a ", "A ", "an ", "An ", "the ", "The "]
                .iter()
                .any(|d| tail.starts_with(d));
            let of_members = tail.find(" of ").is_some_and(|j| {
                matches!(
                    tail[..j].rsplit(' ').next(),
                    Some("team" | "group" | "panel" | "consortium" | "coalition" | "network")
                )
            });
            if group && of_members && mentions_in(ents, t, b).is_empty() {
                return self.resolve_region(t, t, b, si, strict, ents);
            }
        }
        // "X was fired after the company announced ...": the verb's subject follows the last
        // subordinating conjunction when no comma closes that clause; when nothing there names
        // it, the whole region is read
        let whole = a;
        let mut sub = a;
        let mut pos = a;
        let mut pieces = body[a..b].split(' ').peekable();
        while let Some(w) = pieces.next() {
            let starts = pos;
            pos += w.len() + 1;
            let conj = (4..=8).contains(&w.len())
                && [
                    "after", "before", "because", "when", "while", "although", "though", "until",
                    "unless", "whereas",
                ]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c));
            if conj && pieces.peek().is_some() {
                sub = starts + w.len();
            }
        }
        if sub > whole
            && (body[sub..b].contains([',', ';', '—', '–', '(', ')'])
                || body[sub..b].contains(" - "))
        {
            sub = whole;
        }
        if sub > whole {
            if let Some(c) = self.resolve_region(sub, whole, b, si, strict, ents) {
                return Some(c);
            }
        }
        self.resolve_region(whole, whole, b, si, strict, ents)
    }

    /// The subject of a participle after "with" that closes the region `body[a..b]` (", with
    /// some local press claiming"): `Some(None)` when the phrase after "with" names no one.
    fn with_participle_subject(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<Option<Claimant>> {
        let body = self.body;
        if !participle_at(body, b) {
            return None;
        }
        let region = body[a..b].trim_end();
        let cut = region.rfind([',', ';', '(']).map_or(0, |c| c + 1);
        let tail = &region[cut..];
        let lead = tail.len() - tail.trim_start().len();
        let phrase = tail.trim_start().strip_prefix("with ")?;
        let n = phrase.split_whitespace().count();
        if n == 0 || n > 5 || cut == 0 {
            return None;
        }
        let start = a + cut + lead + "with ".len();
        // (a phrase that names no one says nothing, "with 40% saying"; but "the latter" and
        // "the former" point back, and the whole region is read for them)
        let back = matches!(phrase.split_whitespace().nth(1), Some("latter" | "former"));
        match self.resolve_inner(start, b, si, false, ents) {
            Some(c) => Some(Some(c)),
            None if back => None,
            None => Some(None),
        }
    }

    /// "He urged Ana Silva to act, saying ...", "The actor thanked Ana Silva, adding: ...": a
    /// participle after a comma says what the main clause's subject said, and a name in that
    /// clause's object is not it. The subject here is a pronoun opening the clause, or a
    /// description ("the actor") before a verb in the past whose object is the first name.
    /// `None` where this does not apply; `Some(None)` where the subject is no one we know.
    fn participle_subject(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<Option<Claimant>> {
        let body = self.body;
        if !(participle_at(body, b) && body[a..b].trim_end().ends_with(',')) {
            return None;
        }
        let mut words = Vec::new();
        let mut pos = a;
        for w in body[a..b].split(' ') {
            if !w.is_empty() {
                words.push((
                    pos,
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase(),
                ));
            }
            pos += w.len() + 1;
        }
        // ("Mr Blair has failed, he claimed, saying ...": the saying set off by commas before
        // the participle names its subject, not the words it reports)
        let n = words.len();
        if n >= 3 && super::lexicon::is_speech_verb(&words[n - 1].1) {
            let (pat, pw) = &words[n - 2];
            let comma_before = body[a..*pat].trim_end().ends_with(',');
            if comma_before && matches!(pw.as_str(), "he" | "she") {
                return Some(
                    self.pronoun(*pat, si, Some(pw == "she"), ents)
                        .map(Claimant::Entity),
                );
            }
        }
        let first = words.iter().position(|(_, w)| {
            !is_adjunct(w) && !matches!(w.as_str(), "and" | "but" | "so" | "")
        })?;
        let (at, w) = &words[first];
        if matches!(w.as_str(), "he" | "she") {
            return Some(
                self.pronoun(*at, si, Some(w == "she"), ents)
                    .map(Claimant::Entity),
            );
        }
        if !matches!(w.as_str(), "the" | "a" | "an") {
            return None;
        }
        // the words from the determiner to the first name after a verb in the past: a noun,
        // then the verb (a name before the determiner, "Smith, the ...", is no description's;
        // a place may qualify the noun: "An All England club spokesperson denied Ana Ruiz")
        for (id, st, _) in self.candidates(a, b, ents) {
            let Some(k) = words
                .iter()
                .position(|&(p, _)| p >= st)
                .filter(|&k| k > first)
            else {
                return None;
            };
            let before = &words[first + 1..k];
            let verb_before = before.last().is_some_and(|(_, v)| {
                v.len() > 3 && v.ends_with("ed") && !super::lexicon::is_role_word(v)
            });
            if before.len() >= 2 && verb_before {
                return Some(self.resolve_description(a, before[before.len() - 1].0, si, ents));
            }
            if !matches!(ents.kind(id), EntityKind::Place(_)) {
                return None;
            }
        }
        None
    }

    /// The claimant named in `body[a..b]`; `whole` is where the sentence's subject region
    /// starts when `a` is after a subordinating conjunction.
    fn resolve_region(
        &mut self,
        a: usize,
        whole: usize,
        b: usize,
        si: usize,
        strict: bool,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        let body = self.body;
        let seg = &body[a..b];
        // ("the paper quoted an executive at Acme as saying": the one quoted, not the paper)
        // (active: not "was quoted by the paper as", "is quoted in a newspaper as")
        const QUOTED: &str = " quoted ";
        if let Some(k) = seg.rfind(QUOTED) {
            let at = k + QUOTED.len();
            let inner = seg[at..].trim_end();
            let passive = seg[..k]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "was" | "is" | "were" | "are" | "been" | "being"));
            if let Some(who) = inner.strip_suffix(" as").filter(|w| {
                let first = w.split_whitespace().next().unwrap_or("");
                !passive && !first.is_empty() && !PREPS.contains(&first)
            }) {
                if let Some(c) = self.resolve_phrase(a + at, a + at + who.len(), si, true, ents) {
                    return Some(c);
                }
            }
        }
        let words: Vec<&str> = seg.split_whitespace().collect();
        // The word before the verb (skipping auxiliaries and adverbs) may be a pronoun.
        let mut k = words.len();
        while k > 0 {
            let w = words[k - 1]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if is_adjunct(&w) || matches!(w.as_str(), "both" | "all" | "") {
                k -= 1;
            } else {
                break;
            }
        }
        if k > 0 {
            let last = words[k - 1]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            // (after a phrase of the saying's occasion or time: "In a statement he", "The next
            // day she")
            let after_occasion = (2..=6).contains(&k)
                && super::lexicon::is_occasion_noun(&words[k - 2].to_lowercase());
            // (or after a fronted phrase of place or time with no verb: "On live television he",
            // "At a rally in Lima on Monday she")
            let after_fronted = (2..=9).contains(&k)
                && PREPS.contains(&words[0].to_lowercase().as_str())
                && finite_words(&words[..k - 1].join(" ")) == 0
                && !matches!(
                    words[k - 2].to_lowercase().as_str(),
                    "and" | "but" | "or" | "that" | "which" | "who"
                );
            if matches!(last.as_str(), "he" | "she")
                && (k == 1
                    || !words[k - 2].ends_with(|c: char| c.is_alphanumeric())
                    || k <= 3
                    || after_occasion
                    || after_fronted
                    || self.only_adjuncts_before(&words[..k - 1]))
            {
                return self
                    .pronoun(b, si, Some(last == "she"), ents)
                    .map(Claimant::Entity);
            }
            // "Researchers said ... They reported, ...": "they" opening the sentence goes on
            // with the unnamed group that spoke in the sentence before
            if last == "they" && k <= 2 && !strict {
                if let Some((Claimant::Unnamed(label), lsi)) = &self.last_speaker {
                    let plural = label.ends_with('s')
                        || matches!(
                            label.rsplit(' ').next(),
                            Some("police" | "media" | "press" | "news" | "people")
                        );
                    if plural && *lsi + 1 == si {
                        return Some(Claimant::Unnamed(label.clone()));
                    }
                }
                // (or with a group that opened one of the last sentences: "The researchers
                // observed flies ... They found", "Here, scientists scanned 158 skulls. They
                // found")
                if let Some(label) = self.group_subject_before(si, a) {
                    return Some(Claimant::Unnamed(label));
                }
                // (or with a body whose name is a plural, "the Chilean Armed Forces said ...
                // They said")
                if let Some((Claimant::Entity(id), lsi)) = &self.last_speaker {
                    let name = &ents.list[*id].name;
                    let head = name.rsplit(' ').next().unwrap_or("");
                    let plural = head.len() > 3
                        && head.ends_with('s')
                        && !head.ends_with("ss")
                        && !head.ends_with("us")
                        && !head.ends_with("is")
                        && head.starts_with(char::is_uppercase);
                    if plural
                        && *lsi + 1 == si
                        && matches!(ents.kind(*id), EntityKind::Organization(_))
                    {
                        return Some(Claimant::Entity(*id));
                    }
                }
            }
            if last == "it" && (k <= 3 || after_occasion) && !strict {
                // "Qantas shares fell after it warned": "it" is the organization of the main clause
                let main_org = (whole < a).then(|| {
                    self.candidates(whole, a, ents)
                        .into_iter()
                        .rev()
                        .find(|&(id, _, _)| matches!(ents.kind(id), EntityKind::Organization(_)))
                });
                if let Some(Some((id, _, _))) = main_org {
                    return Some(Claimant::Entity(id));
                }
                return self
                    .last_org_speaker(si, ents)
                    .or_else(|| self.org_subject_before(si, ents));
            }
        }
        let cands = self.candidates(a, b, ents);
        // "Although the company's statement said ..., observers said": an unnamed source right
        // before the verb, after a comma closing what came before, is the subject
        if k > 1 {
            let last = words[k - 1]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let before = words[..k - 1].last().copied().unwrap_or("");
            if before.ends_with(',')
                && UNNAMED_RE
                    .find(&last)
                    .is_some_and(|m| m.start() == 0 && m.end() == last.len())
            {
                return Some(Claimant::Unnamed(last));
            }
        }
        // "He stood up and said", "She then met a judge and said": the pronoun opening the
        // clause is the subject of both verbs (where no one else is named in between)
        // (and "He ended by saying ...")
        let by_ing = seg.trim_end().ends_with(" by")
            && body[b..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|v| v.ends_with("ing"));
        if cands.is_empty()
            && a == whole
            && (seg.trim_end().ends_with(" and") || by_ing)
            && words.len() <= 10
        {
            let first = words
                .iter()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .find(|w| !is_adjunct(w));
            if let Some(p @ ("he" | "she")) = first.as_deref() {
                return self
                    .pronoun(a, si, Some(p == "she"), ents)
                    .map(Claimant::Entity);
            }
        }
        // "Senator Ana Ruiz's campaign said": the one it speaks for (the voice right before the
        // verb, not "Labour's campaign, despite a new book saying")
        if cands.is_empty() {
            let last = body[a..b]
                .split_whitespace()
                .rfind(|w| !is_adjunct(w))
                .unwrap_or("");
            if VOICES_OF.contains(&last) {
                if let Some(id) = self.voice_possessor(a, b, ents) {
                    // ("Mexico's government said": the country's government)
                    if last == "government"
                        && matches!(
                            ents.kind(id),
                            EntityKind::Place(crate::model::PlaceKind::Country)
                        )
                    {
                        // (named from the country to "government", whatever opens the clause)
                        let end = a + body[a..b]
                            .rfind("government")
                            .map_or(b - a, |k| k + "government".len());
                        let start = mentions_in(ents, a, end)
                            .iter()
                            .rev()
                            .find(|m| m.entity == id)
                            .map_or(a, |m| m.span.start);
                        return Some(Claimant::Entity(super::resolve::government_of(
                            id,
                            Span::new(start, end),
                            body,
                            ents,
                        )));
                    }
                    return Some(Claimant::Entity(id));
                }
            }
        }
        // "Some of the protesters Wikinews interviewed said": a name between a noun and a verb in
        // the past is the subject of a relative clause; the noun before it speaks
        if let Some(&(_, st, e)) = cands.last() {
            let tail: Vec<&str> = body[e..b].split_whitespace().collect();
            let noun_before = body[a..st]
                .split_whitespace()
                .rev()
                .find(|w| !w.eq_ignore_ascii_case("the"))
                .is_some_and(|w| {
                    w.len() > 2
                        && w.chars().all(|c| c.is_ascii_lowercase())
                        && !super::lexicon::is_function_word(w)
                        && !PREPS.contains(&w)
                        && !is_adjunct(w)
                });
            if tail.len() == 1 && tail[0].len() > 4 && tail[0].ends_with("ed") && noun_before {
                return self.resolve_description(a, st, si, ents);
            }
        }
        // Whoever is named right before the verb is its subject, whatever was named before:
        // a person ("businessman and Trump loyalist Ana Silva said"), unless a preposition ties
        // the name to a noun before it ("a spokesman for Ana Silva said"); an organization only
        // after a comma ("Following the takeover of firm X, Y said").
        if let Some(&(id, st, e)) = cands.last() {
            let adjacent = body[e..b].split_whitespace().all(is_adjunct);
            let before = body[a..st].trim_end();
            let after_comma = before.ends_with(',');
            let after_preposition = before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| PREPS.contains(&w));
            // "Ana Silva, who presents The Show, said": the name ends a relative clause
            let in_relative = before.contains(", who ") || before.contains(", which ");
            let person = ents.is_person(id) && !after_preposition && !in_relative;
            // ("the mission, which NASA said ...": a relative pronoun before it opens its clause)
            let after_relative = before.ends_with(" which") || before.ends_with(" that");
            let org = !strict
                && matches!(ents.kind(id), EntityKind::Organization(_))
                && (after_comma || after_relative)
                && !in_relative;
            if adjacent && st > a && (person || org) {
                return Some(Claimant::Entity(id));
            }
        }
        if let Some(&(id, _, _)) = cands.iter().find(|&&(id, _, _)| ents.is_person(id)) {
            return Some(Claimant::Entity(id));
        }
        if strict {
            return None;
        }
        let orgs: Vec<&(EntityId, usize, usize)> = cands
            .iter()
            .filter(|&&(id, _, _)| matches!(ents.kind(id), EntityKind::Organization(_)))
            .collect();
        // "The Acme Records founder said", "the England striker said": a person described by
        // the organization or place
        if let Some(&(_, st, e)) = cands.last() {
            if body[a..st].trim().eq_ignore_ascii_case("the") {
                if let Some(c) = self.described_person(e, b, si, ents) {
                    return Some(c);
                }
            }
        }
        // (or by its possessive: "Ohio's governor has promised")
        if cands.is_empty() {
            let lead = a + (body[a..b].len() - body[a..b].trim_start().len());
            let possessor = mentions_in(ents, lead, b).first().filter(|m| {
                m.span.start == lead && !ents.is_person(m.entity) && {
                    let r = &body[m.span.end..b];
                    r.starts_with("'s ") || r.starts_with("’s ")
                }
            });
            if let Some(m) = possessor {
                // (the person named with that role: "Ohio Governor Ana Ruiz")
                let e = m.span.end
                    + if body[m.span.end..].starts_with("'s") {
                        2
                    } else {
                        4
                    };
                if let Some(words) = role_words(&body[e..b]) {
                    if let Some(p) = self.person_with_role_near(a, si, &words.join(" "), ents) {
                        return Some(Claimant::Entity(p));
                    }
                }
            }
        }
        // (not an organization that only describes a person: "the Tory leader said" is the
        // person so described, "the Labour peer and former minister said" nobody we know; its
        // spokesperson or officials speak for it)
        if let Some(&&(id, st, e)) = orgs.first() {
            // ("A Labour source told", "Acme insiders said": someone of the body, unnamed, is no
            // voice of the body)
            let rest = body[e..b].trim();
            if matches!(rest, "source" | "sources" | "insider" | "insiders") {
                let name = body[st..e].trim();
                return Some(Claimant::Unnamed(format!("{name} {rest}")));
            }
            match self.role_after_org(e, b) {
                None => return Some(Claimant::Entity(id)),
                Some(role) => {
                    if let Some(p) = self.person_with_role_near(a, si, &role, ents) {
                        return Some(Claimant::Entity(p));
                    }
                }
            }
        }
        // A place right before the verb ("Turkey said").
        if let Some(&(id, _, e)) = cands.last() {
            if body[e..b].trim().is_empty() {
                return Some(Claimant::Entity(id));
            }
        }
        // A known noun phrase ("the ministry", "one leading Karachi broker"), with no person
        // or organization named in it.
        self.resolve_description(a, b, si, ents)
    }

    /// "the Acme Records founder", "the Acme chief executive": the words from `e` (the end of
    /// an organization's name) to `b` are a role other than a spokesperson's, so the phrase
    /// means a person, and a definite one: whom a pronoun there would mean. Without such a
    /// person, an unnamed source of that role.
    fn described_person(&self, e: usize, b: usize, si: usize, ents: &Entities) -> Option<Claimant> {
        let words = role_words(&self.body[e..b])?;
        let role = *words.last()?;
        if super::lexicon::is_voice_noun(role) {
            return None;
        }
        Some(match self.pronoun(e, si, None, ents) {
            Some(id) => Claimant::Entity(id),
            None => Claimant::Unnamed(words.join(" ")),
        })
    }

    /// The person a definite description names ("the lawyer added"): whom a pronoun here would
    /// name, or else the person named most recently (within a few mentions), provided `role`
    /// stands right before one of their mentions ("lawyer Ana Silva", "the lawyer Ana Silva")
    /// or in an apposition right after it ("Ana Silva, the lawyer for ...").
    fn person_with_role_near(
        &self,
        a: usize,
        si: usize,
        role: &str,
        ents: &Entities,
    ) -> Option<EntityId> {
        let role = role.trim();
        let body = self.body;
        // (the whole description must be there: "the foreign secretary" is not the home secretary)
        let words: Vec<&str> = role.split_whitespace().collect();
        // (with a portfolio before it, a minister is a secretary: "Foreign Secretary Ana Ruiz
        // ... the foreign minister said")
        let same = |x: &str, y: &str| {
            x.eq_ignore_ascii_case(y)
                || (words.len() >= 2
                    && [x.to_lowercase(), y.to_lowercase()]
                        .iter()
                        .all(|w| matches!(w.as_str(), "minister" | "secretary")))
        };
        let at = |ws: &[String]| {
            ws.windows(words.len())
                .position(|w| w.iter().zip(&words).all(|(x, y)| same(x, y)))
        };
        let holds = |ws: &[String]| at(ws).is_some();
        let clean = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_string()
        };
        let has_role = |m: &super::doc::Mention| {
            // (right before: "Prime Minister Tony Blair", "the lawyer Mr Ruiz")
            let mut before: Vec<String> = body[..m.span.start]
                .split_whitespace()
                .rev()
                .map(clean)
                .skip_while(|w| super::lexicon::is_honorific(w))
                .take(words.len())
                .collect();
            before.reverse();
            let rest = &body[m.span.end..];
            let after: Vec<String> = rest.strip_prefix(", ").map_or_else(Vec::new, |r| {
                r.split_whitespace()
                    .take(words.len() + 5)
                    .map(clean)
                    .collect()
            });
            // (an apposition, not the subject of the next clause: "Echoing Ana Silva, the
            // minister said")
            let apposition = at(&after).is_some_and(|i| {
                after.get(i + words.len()).is_none_or(|w| {
                    !super::lexicon::is_speech_verb(w)
                        && !matches!(
                            w.as_str(),
                            "is" | "was" | "has" | "had" | "will" | "would" | "also"
                        )
                })
            });
            holds(&before) || apposition
        };
        let mentions = &ents.mentions[..ents.mentions.partition_point(|x| x.span.start < a)];
        if let Some(id) = self.pronoun(a, si, None, ents) {
            if mentions.iter().filter(|m| m.entity == id).any(has_role) {
                return Some(id);
            }
        }
        mentions
            .iter()
            .rev()
            .take(LOOKBACK_MENTIONS)
            .filter(|m| m.span.end <= a && ents.is_person(m.entity))
            .find(|m| has_role(m))
            .map(|m| m.entity)
    }

    /// The words from `e` (the end of an organization's name) to `b` when they name a person's
    /// role at it ("leader", "co-chairman", "peer and former minister"), not its voice
    /// ("spokesman", "officials").
    fn role_after_org(&self, e: usize, b: usize) -> Option<String> {
        let rest = self.body[e..b].trim();
        let words: Vec<&str> = rest
            .split_whitespace()
            .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            .collect();
        (words.iter().any(|w| super::lexicon::is_role_word(w))
            && !words.iter().any(|w| super::lexicon::is_voice_noun(w)))
        .then(|| words.join(" "))
    }

    fn only_adjuncts_before(&self, words: &[&str]) -> bool {
        // "However, he" / "In a statement, she" / "Both he and"
        words.last().is_some_and(|w| w.ends_with(','))
    }

    /// A speaker phrase after an inverted verb ("said Ana Ruiz, a nurse") or after
    /// "according to": a named entity, a pronoun, an unnamed source.
    fn resolve_phrase(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        allow_any: bool,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        let body = self.body;
        let seg = body[a..b].trim();
        let first = seg.split_whitespace().next().unwrap_or("").to_lowercase();
        if matches!(first.as_str(), "he" | "she") {
            return self
                .pronoun(a, si, Some(first == "she"), ents)
                .map(Claimant::Entity);
        }
        // "a statement released by X", "a report from X": X's
        static STATEMENT_BY: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)^(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:statement|report|release|letter|communiqu[eé]|announcement|post|tweet)\s+(?:(?:on|in|last|this|late|early)\s+\w+\s+)?(?:(?:released|issued|published|posted|sent|put\s+out)\s+)?(?:by|from)\s+").unwrap()
        });
        if let Some(m) = STATEMENT_BY.find(seg) {
            let a2 = a + (body[a..b].len() - body[a..b].trim_start().len()) + m.end();
            // (a place there only qualifies the author: "a report by UK think-tank Demos")
            return self.resolve_phrase(a2, b, si, allow_any, ents).filter(|c| !matches!(c, Claimant::Entity(id) if matches!(ents.kind(*id), EntityKind::Place(_))));
        }
        let possessor = self.voice_possessor(a, b, ents);
        let cands: Vec<(EntityId, usize, usize)> = ents.mentions[mention_range(ents, a, b)]
            .iter()
            .filter(|m| m.span.start >= a && m.span.end <= b)
            .filter(|m| {
                let after = &body[m.span.end..b];
                !(after.starts_with("'s")
                    || after.starts_with("’s")
                    || after.starts_with("' ")
                    || after.starts_with("’ "))
            })
            .map(|m| (m.entity, m.span.start, m.span.end))
            .collect();
        // ("Richard and Judy executive producer Amanda Ross": a person named right after a
        // lower-case title at the phrase's end is the one the title describes, whatever names
        // the show or firm before it)
        if cands.len() >= 2 {
            let &(lid, ls, le) = cands.last().unwrap();
            let title_word = body[a..ls].split_whitespace().next_back().is_some_and(|w| {
                w.chars().all(|c| c.is_ascii_lowercase()) && super::lexicon::is_role_word(w)
            });
            // (not past a preposition: "Herbert Hansen of Respond's partner Keyobs" is Hansen)
            let prep = body[a..ls]
                .split_whitespace()
                .any(|w| matches!(w, "of" | "from" | "at" | "for" | "with" | "in"));
            if ents.is_person(lid)
                && title_word
                && !prep
                && body[le..b].trim().is_empty()
                && !body[a..ls].contains([',', ';', '('])
            {
                return Some(Claimant::Entity(lid));
            }
        }
        // The phrase opens with the name: that one; but a place or organization that only
        // qualifies a person's title gives way to the person ("Santa Barbara County Sheriff
        // Ana Silva", "Acme spokesman Rui Vaz").
        if let Some(&(id, s, e)) = cands.first() {
            let lead = body[a..s].trim().to_lowercase();
            // (a place that qualifies an organization gives way to it too: "UK-based
            // consultancy Analysys", "US think-tank Demos")
            let person_after = !ents.is_person(id)
                && cands[1..]
                    .iter()
                    .find(|&&(p, _, _)| {
                        ents.is_person(p)
                            || (matches!(ents.kind(id), EntityKind::Place(_))
                                && !matches!(ents.kind(p), EntityKind::Place(_)))
                    })
                    .is_some_and(|&(_, ps, _)| !body[e..ps].contains([',', ';', '(']));
            if (lead.is_empty() || lead == "the") && !person_after {
                // "said the Acme Records founder": a person described by the organization
                if lead == "the"
                    && !ents.is_person(id)
                    && !cands[1..].iter().any(|&(p, _, _)| ents.is_person(p))
                {
                    if let Some(c) = self.described_person(e, b, si, ents) {
                        return Some(c);
                    }
                    if let Some(role) = self.role_after_org(e, b) {
                        return self
                            .person_with_role_near(a, si, &role, ents)
                            .map(Claimant::Entity);
                    }
                }
                return Some(Claimant::Entity(id));
            }
        }
        if let Some(&(id, _, _)) = cands.iter().find(|&&(id, _, _)| ents.is_person(id)) {
            return Some(Claimant::Entity(id));
        }
        if let Some(id) = possessor.filter(|_| cands.is_empty()) {
            return Some(Claimant::Entity(id));
        }
        if allow_any {
            if let Some(&(id, _, _)) = cands
                .iter()
                .find(|&&(id, _, _)| !matches!(ents.kind(id), EntityKind::Place(_)))
            {
                return Some(Claimant::Entity(id));
            }
        }
        if let Some(c) = self.named_in_phrase(a, b, ents) {
            return Some(c);
        }
        self.resolve_description(a, b, si, ents)
    }

    /// An unnamed source, a definite description of a known organization ("the ministry"),
    /// or a statement whose author was just named.
    fn resolve_description(
        &mut self,
        a: usize,
        b: usize,
        si: usize,
        ents: &mut Entities,
    ) -> Option<Claimant> {
        let body = self.body;
        let seg = &body[a..b];
        // (without a comma or space left at its end)
        let seg_t = seg.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
        let lower = seg.to_lowercase();
        static DEF: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)(?:(?-u:\b)(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?|^\s*)(?P<head>ministry|embassy|newspaper|agency|academy|college|association|society|federation|league|authority|bureau|hospital|museum|police|department|company|government|administration|army|navy|military|party|committee|council|court|commission|office|organization|organisation|foundation|institute|university|bank|group|union|board|firm|network|paper|broadcaster|station|channel|website|site|publication|magazine|service|white house|kremlin|pentagon)(?-u:\b)").unwrap()
        });
        // ("A report by the Lorsk Institute found", "a statement from the ministry said": the
        // author)
        static BY: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)^\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:statement|report|study|survey|analysis|review|letter|release|estimates?|figures|data|statistics|projections?|forecasts?)|(?:estimates|figures|data|statistics|projections|forecasts))\s+(?:(?:released|issued|published|commissioned|conducted)\s+)?(?:by|from)\s+").unwrap()
        });
        if let Some(m) = BY
            .find(seg)
            .filter(|m| m.end() < seg.len() && !BY.is_match(&seg[m.end()..]))
        {
            // (the author's phrase alone, strictly shorter and no report of its own: no loop back
            // here, however long the text)
            let author = self.resolve_phrase(a + m.end(), b, si, true, ents);
            if let Some(c) = author.filter(|c| !matches!(c, Claimant::Entity(id) if matches!(ents.kind(*id), EntityKind::Place(_)))) {
                return Some(c);
            }
        }
        static STATEMENT: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)^\s*(?:the|a|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|announcement|communique|letter|release)(?:\s+(?:also|later|further|then|again))*\s*$").unwrap()
        });
        if STATEMENT.is_match(seg) {
            // ("The Turkish statement called for ...": the country its adjective names, where
            // the article names that country)
            let adjective = seg.split_whitespace().nth(1).unwrap_or("");
            if adjective.starts_with(char::is_uppercase) {
                if let Some(id) = super::resolve::country_of_adjective(adjective, ents) {
                    return Some(Claimant::Entity(id));
                }
            }
            // ("the statement" after "X released a statement saying ...": X's, not the last
            // speaker's, a spokesperson quoted in between)
            if let Some(id) = self.issuer_before(a, &lower, ents) {
                return Some(Claimant::Entity(id));
            }
            if let Some((c, ssi)) = self.last_speaker.clone() {
                if ssi + 3 >= si {
                    return Some(c);
                }
            }
            return None;
        }
        if let Some(m) = DEF.captures(seg) {
            let head = m.name("head").unwrap().as_str().to_lowercase();
            // The most recently named organization whose name holds the head word.
            let best = ents.mentions[..ents.mentions.partition_point(|x| x.span.start < a)]
                .iter()
                .rev()
                .take(LOOKBACK_MENTIONS)
                .filter(|x| {
                    x.span.end <= a && matches!(ents.kind(x.entity), EntityKind::Organization(_))
                })
                .find(|x| {
                    // (for "the company", the name as the text writes it: "Walt Disney" is no
                    // "company" where the article says "the company" of another firm)
                    let name = ents.list[x.entity].name.to_lowercase();
                    let written = !matches!(head.as_str(), "company" | "group" | "firm")
                        || body[x.span.start..x.span.end]
                            .to_lowercase()
                            .split_whitespace()
                            .any(|w| w == head);
                    written
                        && name
                            .split_whitespace()
                            .any(|w| w == head || (head.contains(' ') && name.contains(&head)))
                })
                .map(|x| x.entity);
            // ("Peugeot warned ... The firm also said": the company named last, in this sentence
            // or the two before it)
            // (and "the radio station said", "the channel said": the news organization named
            // last, "shows on Radio 1" too)
            let news = matches!(
                head.as_str(),
                "station"
                    | "channel"
                    | "broadcaster"
                    | "network"
                    | "newspaper"
                    | "paper"
                    | "website"
                    | "site"
                    | "publication"
                    | "magazine"
            );
            let best = best.or_else(|| {
                if !matches!(head.as_str(), "company" | "firm" | "group") && !news {
                    return None;
                }
                let lo = self.sents[si.saturating_sub(2)].span.start;
                // (not a firm governed by a preposition: "fighting battles against Microsoft")
                let governed = |x: &super::doc::Mention| body[..x.span.start].split_whitespace().next_back().is_some_and(|w| PREPS.contains(&w.to_lowercase().as_str()));
                ents.mentions[..ents.mentions.partition_point(|x| x.span.start < a)]
                    .iter()
                    .rev()
                    .take_while(|x| x.span.start >= lo)
                    .find(|x| {
                        let kind_fits = if news {
                            matches!(ents.kind(x.entity), EntityKind::Organization(OrgKind::NewsOrganization))
                                // ("the website": a site named by its address)
                                || (matches!(head.as_str(), "website" | "site") && super::tokens::is_web_address(&ents.list[x.entity].name))
                        } else {
                            matches!(ents.kind(x.entity), EntityKind::Organization(OrgKind::Company | OrgKind::Generic))
                        };
                        kind_fits && (news || !governed(x))
                    })
                    .map(|x| x.entity)
            });
            if let Some(id) = best {
                let g = m.get(0).unwrap();
                ents.add_mention(Span::new(a + g.start(), a + g.end()), id);
                return Some(Claimant::Entity(id));
            }
            // "the German government said": the country the article names, by the stem its
            // adjective shares with the country's name or alias
            if head == "government" {
                let adjective = seg[..m.name("head").unwrap().start()]
                    .split_whitespace()
                    .last()
                    .unwrap_or("");
                let g = m.get(0).unwrap();
                let phrase = Span::new(
                    a + g.start() + (g.as_str().len() - g.as_str().trim_start().len()),
                    a + g.end(),
                );
                if let Some(id) = super::resolve::country_of_adjective(adjective, ents) {
                    return Some(Claimant::Entity(super::resolve::government_of(
                        id, phrase, body, ents,
                    )));
                }
                // ("the government of American Samoa said": the place named after "of")
                let head_end = a + m.name("head").unwrap().end();
                if body[head_end..b].starts_with(" of ") {
                    let at = head_end + 4;
                    let place = mentions_in(ents, at, at + 1)
                        .iter()
                        .find(|x| {
                            x.span.start == at
                                && matches!(ents.kind(x.entity), EntityKind::Place(_))
                        })
                        .copied();
                    if let Some(x) = place {
                        return Some(Claimant::Entity(super::resolve::government_of(
                            x.entity,
                            Span::new(phrase.start, x.span.end),
                            body,
                            ents,
                        )));
                    }
                }
                // ("The government said", bare: the country the article has named most so far)
                if lower.trim().trim_end_matches(',') == "the government" {
                    let mut counts: BTreeMap<EntityId, usize> = BTreeMap::new();
                    for x in &ents.mentions[..ents.mentions.partition_point(|x| x.span.start < a)] {
                        if matches!(
                            ents.kind(x.entity),
                            EntityKind::Place(crate::model::PlaceKind::Country)
                        ) {
                            *counts.entry(x.entity).or_default() += 1;
                        }
                    }
                    let best = counts
                        .iter()
                        .map(|(&id, &c)| (c, std::cmp::Reverse(id)))
                        .max()
                        .map(|(_, std::cmp::Reverse(id))| id);
                    if let Some(id) = best {
                        return Some(Claimant::Entity(super::resolve::government_of(
                            id, phrase, body, ents,
                        )));
                    }
                }
            }
            // "The crew were Iranians, the army said": a body no one named is an unnamed source,
            // where the subject is that body alone ("the army", "the defence ministry")
            let phrase = lower.trim().trim_end_matches(',').trim();
            let alone = phrase
                .strip_prefix("the ")
                .is_some_and(|r| r.split_whitespace().count() <= 2 && r.ends_with(head.as_str()));
            if alone && unnamed_body(&head) {
                return Some(Claimant::Unnamed(
                    phrase.trim_start_matches("the ").to_string(),
                ));
            }
        }
        // "the lawyer added": the person just named with that role ("Ana Silva, the lawyer
        // for the family, ...")
        // (or by nationality: "the Russian added" after "Russian Ana Silva")
        static THE_ROLE: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^\s*[Tt]he\s+((?:[a-z-]+\s+){0,2}([a-z-]+|[A-Z][a-z]+|\d+-year-old))\s*$")
                .unwrap()
        });
        // (past an auxiliary or an adverb before the verb: "the governor has promised", "the
        // lawyer later added")
        let mut seg_r = seg_t;
        while let Some((rest, last)) = seg_r.rsplit_once(' ') {
            if matches!(
                last,
                "has" | "had" | "have" | "also" | "later" | "then" | "again" | "further"
            ) {
                seg_r = rest.trim_end();
            } else {
                break;
            }
        }
        // (past a fronted phrase with no verb of its own: "Speaking at a rally, the prime
        // minister said", "At the summit, the president said")
        let the_role = THE_ROLE.captures(seg_r).or_else(|| {
            let (head, tail) = seg_r.rsplit_once(", ")?;
            (!head.contains(['"', '“', '”', ',']) && finite_words(head) == 0)
                .then(|| THE_ROLE.captures(tail))
                .flatten()
        });
        if let Some(m) = the_role {
            let role = m.get(2).unwrap().as_str();
            let nationality =
                role.starts_with(char::is_uppercase) && super::gazetteer::is_adjective(role);
            // ("the Dutchman said", "the Spaniard added", "the 25-year-old said": the person the
            // story is about, whom "he" or "she" would name here, where no one was introduced
            // so)
            // (the noun alone after "the", no modifier before it)
            let bare = m.get(1).unwrap().as_str() == role;
            let (demonym, she) = demonym_noun(role);
            let aged = bare && role.ends_with("-year-old");
            // (or a player's position or a performer's calling, which name the one the story
            // is about: "the defender told The Guardian", "said the actress")
            let calling = bare && story_subject_noun(role);
            if demonym || aged || calling {
                if let Some(id) = self.person_with_role_near(a, si, role, ents) {
                    return Some(Claimant::Entity(id));
                }
                // (not a person named before it in its sentence, whom "he" would name: "Van
                // Nistelrooy is fit, but the Scot admitted" is the manager)
                let from = self.sents[si].span.start.min(a);
                return self.pronoun(from, si, she, ents).map(Claimant::Entity);
            }
            // (or a relative the article named: "Her father, Rui Ruiz, ... the father said")
            let kin = bare && super::lexicon::is_kin_noun(role);
            if (nationality || kin || super::lexicon::is_role_word(role))
                && !super::lexicon::is_voice_noun(role)
            {
                if let Some(id) =
                    self.person_with_role_near(a, si, m.get(1).unwrap().as_str(), ents)
                {
                    return Some(Claimant::Entity(id));
                }
                // (a local office no one named holds is someone the text leaves unnamed: "The
                // local health minister said"; a bare "the prime minister" or "the singer" is
                // whoever the reader knows)
                let phrase = m.get(1).unwrap().as_str();
                let local = matches!(
                    phrase.split_whitespace().next(),
                    Some(
                        "local"
                            | "regional"
                            | "provincial"
                            | "district"
                            | "municipal"
                            | "county"
                            | "city"
                            | "village"
                            | "state"
                            | "hospital"
                            | "school"
                    )
                );
                if local && !nationality {
                    return Some(Claimant::Unnamed(phrase.to_lowercase()));
                }
            }
        }
        // (the last source noun before a preposition is the head: "a family spokesperson",
        // "a spokesman for the fans' group")
        let pp = [" for ", " of ", " at ", " from ", " with "]
            .iter()
            .filter_map(|p| lower.find(p))
            .min()
            .unwrap_or(lower.len());
        let head = UNNAMED_RE
            .captures_iter(&lower)
            .filter(|m| m.get(1).is_some_and(|g| g.start() < pp))
            .last();
        // (not a possessor: "the police's internal investigators" are investigators)
        let not_possessor = || {
            UNNAMED_RE.captures_iter(&lower).find(|m| {
                m.get(1).is_some_and(|g| {
                    !lower[g.end()..].starts_with("'s") && !lower[g.end()..].starts_with("’s")
                })
            })
        };
        if let Some(m) = head.or_else(not_possessor) {
            let g = m.get(1).unwrap();
            let mut text = g.as_str().trim().to_string();
            if let Some(t) = text.strip_prefix("a ") {
                text = t.to_string();
            }
            // Only a subject-like phrase: short, or the source noun opens it.
            // (after a fronted phrase and its comma: "In findings published on Monday,
            // researchers said")
            // (a possessor counts as one word: "the prime minister's official spokesman")
            let pre = lower[..g.start()].rsplit(',').next().unwrap_or("");
            let words_before = match pre.rfind("'s ").or_else(|| pre.rfind("’s ")) {
                Some(k) => 1 + word_count(&pre[k..].split_once(' ').map_or("", |x| x.1)),
                None => word_count(pre),
            };
            let words_after = word_count(&lower[g.end()..]);
            // (a long modifier is still the source's when it opens with a preposition and
            // holds only names and the small words between them: "researchers from the Acme
            // Institute of Technology and Beta College, both in Ohio, said")
            let names_only = || {
                seg[g.end()..].split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c == '(')
                        || matches!(
                            w.trim_end_matches(','),
                            "the" | "of" | "and" | "or" | "in" | "at" | "from" | "for" | "both"
                        )
                })
            };
            let after_limit = if [" from ", " at ", " of ", " in "]
                .iter()
                .any(|p| lower[g.end()..].starts_with(p))
                && lower.len() == seg.len()
                && names_only()
            {
                16
            } else {
                6
            };
            // A title before a name ("Prosecutor Ana Silva", "one of their lawyers, Rui
            // Vaz") or a noun inside a relative clause ("The MP, who consulted his lawyers,")
            // is no source.
            let names_next = lower.len() == seg.len() && {
                let next = seg[g.end()..].trim_start_matches([',', ' ']);
                next.starts_with(|c: char| c.is_uppercase()) && !next.starts_with("I ")
            };
            let in_relative = word_count(&lower[..g.start()]) > 3
                && [", who ", ", which "]
                    .iter()
                    .any(|r| lower[..g.start()].contains(r));
            // ("He warned his supporters against complacency, saying": a pronoun is the subject)
            // (but "it said X, but analysts said", "it has critics who say": the noun is a subject)
            let pronoun_subject = matches!(
                lower.split_whitespace().next(),
                Some("he" | "she" | "they" | "it" | "we" | "i")
            ) && ![",", " and ", " but ", ";"]
                .iter()
                .any(|c| lower[..g.start()].contains(c))
                && !lower[g.end()..].trim_start().starts_with("who ");
            // ("A spokesman for the World Bank said": the organization speaks through its
            // spokesperson; for a person it stays the spokesperson's; "an official from the
            // agency" or "officials at Acme" likewise)
            let after_noun = lower[g.end()..].trim_start();
            let speaks_for = if text.starts_with("spokes") {
                after_noun.starts_with("for ")
            } else {
                text.trim_start_matches("senior ").starts_with("official")
                    && ["from ", "at ", "with "]
                        .iter()
                        .any(|p| after_noun.starts_with(p))
            };
            if speaks_for && lower.len() == seg.len() {
                let from = a + g.end();
                let org = mentions_in(ents, from, b)
                    .iter()
                    .find(|m| {
                        m.span.end <= b
                            && matches!(ents.kind(m.entity), EntityKind::Organization(_))
                    })
                    .map(|m| m.entity);
                if let Some(id) = org {
                    return Some(Claimant::Entity(id));
                }
            }
            // The source is the subject: it opens the phrase or stands next to the verb.
            if ((words_before <= 3 && words_after <= after_limit) || words_after <= 1)
                && !names_next
                && !in_relative
                && !pronoun_subject
            {
                return Some(Claimant::Unnamed(text));
            }
        }
        // "One of the children", "some of the victims": someone unnamed of a group
        static ONE_OF: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^\s*(?:[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Mm]ost)\s+of\s+(?:the|his|her|their|its)\s+((?:[a-z-]+\s+)?(?:[a-z-]+s|children|people|men|women))\s*$").unwrap()
        });
        if let Some(m) = ONE_OF.captures(seg_t) {
            return Some(Claimant::Unnamed(m.get(1).unwrap().as_str().to_string()));
        }
        // "one leading broker", "a senior Acme banker": someone unnamed, by a role word
        // right before the verb
        if let Some((phrase, head)) = someone(seg_t) {
            // (or someone the story met: "one interviewee said", "an MP told the BBC")
            if super::lexicon::is_role_word(head) || is_someone_met(head) {
                return Some(Claimant::Unnamed(phrase.to_lowercase()));
            }
        }
        // "The mother said", "the father of the boy said": a relative the text leaves unnamed
        let lower_t = lower.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
        if let Some(rest) = lower_t.strip_prefix("the ") {
            let mut ws = rest.split_whitespace();
            let kin = ws.next().unwrap_or("");
            let after = ws.next();
            if super::lexicon::is_kin_noun(kin)
                && (after.is_none() || after == Some("of"))
                && rest.split_whitespace().count() <= 5
            {
                return Some(Claimant::Unnamed(kin.to_string()));
            }
        }
        // "Several said", "others said": a bare quantifier of the people just described
        if matches!(
            lower_t,
            "several" | "others" | "some" | "several others" | "some others"
        ) {
            return Some(Claimant::Unnamed(lower_t.to_string()));
        }
        // "his agent", "her lawyer": someone unnamed, by a role word after a possessive (an
        // organization's "its chairman" is the organization's, below)
        static THEIR_ROLE: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)^\s*(?:his|her|their)\s+((?:[a-z-]+\s+){0,2}([a-z-]+))\s*$").unwrap()
        });
        // (also after a fronted phrase and its comma: "After the funeral, his son said",
        // "Although known to have lived abroad, his daughter said")
        let fronted_tail = seg_t.rsplit_once(", ").and_then(|(front, tail)| {
            let first = front.split_whitespace().next()?.to_lowercase();
            let opener = PREPS.contains(&first.as_str())
                || SUBORDINATORS.contains(&first.as_str())
                || (first.len() > 4 && (first.ends_with("ed") || first.ends_with("ing")))
                || matches!(first.as_str(), "known" | "though" | "despite");
            opener.then_some(tail)
        });
        if let Some(m) = THEIR_ROLE
            .captures(seg_t)
            .or_else(|| fronted_tail.and_then(|t| THEIR_ROLE.captures(t)))
        {
            let head = m.get(2).unwrap().as_str();
            // (a relative too: "his daughter reported")
            if super::lexicon::is_role_word(head) || super::lexicon::is_kin_noun(head) {
                // named right after: "said his father, Abdullah Kurdi"
                let rest = &body[b..];
                let gap = rest.len() - rest.trim_start_matches([',', ' ']).len();
                if rest.starts_with(',') {
                    // (an apposition closed by punctuation, not the subject of a clause:
                    // "according to his agent, Hunter had ...")
                    if let Some(mm) = mentions_in(ents, b + gap, b + gap + 1).iter().find(|x| {
                        x.span.start == b + gap && ents.is_person(x.entity) && {
                            let after = body[x.span.end..].trim_start();
                            after.is_empty() || after.starts_with([',', '.', ';', '"', '”'])
                        }
                    }) {
                        return Some(Claimant::Entity(mm.entity));
                    }
                }
                // (a relative the article named before with that word: "his daughter Nettie
                // Baker" earlier, then "his daughter said")
                if super::lexicon::is_kin_noun(head) {
                    let pattern = format!(" {head} ");
                    let mut named =
                        memchr::memmem::find_iter(body[..a].as_bytes(), pattern.as_bytes())
                            .filter_map(|k| {
                                let at = k + pattern.len();
                                let at = at
                                    + (body[at..].len()
                                        - body[at..].trim_start_matches([',', ' ']).len());
                                mentions_in(ents, at, at + 1)
                                    .iter()
                                    .find(|x| x.span.start == at && ents.is_person(x.entity))
                                    .map(|x| x.entity)
                            })
                            .collect::<Vec<_>>();
                    named.sort_unstable();
                    named.dedup();
                    // (only one such relative)
                    if let [id] = named.as_slice() {
                        return Some(Claimant::Entity(*id));
                    }
                }
                return Some(Claimant::Unnamed(m.get(1).unwrap().as_str().to_lowercase()));
            }
        }
        // "a protester using the pseudonym X": a named person inside (handled by caller);
        // "a spokesman for the ministry": the organization.
        None
    }

    /// "a protester using the pseudonym Katya", "a nurse named Ana": a person not yet known.
    fn named_in_phrase(&mut self, a: usize, b: usize, ents: &mut Entities) -> Option<Claimant> {
        static NAMED: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?-u:\b)(?:pseudonym|named|called|nicknamed|identified\s+(?:only\s+)?as|gave\s+(?:his|her|their)\s+name\s+as|name\s+of)\s+(?P<n>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})").unwrap()
        });
        let m = NAMED.captures(&self.body[a..b])?;
        let n = m.name("n").unwrap();
        let span = Span::new(a + n.start(), a + n.end());
        let id = match ents.by_name(n.as_str()) {
            Some(id) => id,
            None => {
                ents.list.push(Entity {
                    name: n.as_str().to_string(),
                    kind: EntityKind::Person,
                    aliases: vec![],
                    mentions: vec![],
                });
                ents.list.len() - 1
            }
        };
        if !mentions_in(ents, span.start, span.end)
            .iter()
            .any(|x| x.span == span)
        {
            ents.add_mention(span, id);
        }
        Some(Claimant::Entity(id))
    }

    /// The organization opening the sentence before `si` as its subject ("Acme welcomed the
    /// plan. \"...,\" it said.").
    fn org_subject_before(&self, si: usize, ents: &Entities) -> Option<Claimant> {
        let p = self.sents[si.checked_sub(1)?].span;
        let (id, st, _) = *self.candidates(p.start, p.end, ents).first()?;
        // (its subject: first, after a determiner at most, "The administrator told BBC News" is
        // the administrator's)
        // (past a time: "This Thursday the commission criticized ...", "On Monday, Acme ...")
        let lead_text = self.body[p.start..st].trim();
        let lw: Vec<&str> = lead_text.split_whitespace().collect();
        let timed = lw.len() >= 2
            && matches!(
                lw[0].to_lowercase().as_str(),
                "this" | "last" | "next" | "on" | "early" | "late"
            )
            && (super::lexicon::is_weekday_word(lw[1].trim_end_matches(','))
                || matches!(
                    lw[1].trim_end_matches(','),
                    "week" | "month" | "year" | "morning" | "evening"
                ));
        let lead = if timed { lw.len() - 2 } else { lw.len() };
        (matches!(ents.kind(id), EntityKind::Organization(_)) && lead <= 1 && !self.in_quote(st))
            .then_some(Claimant::Entity(id))
    }

    /// A group of unnamed people ("the researchers", "scientists") as the subject that opens
    /// sentence `si` (before `a`) or one of the two before it, the nearest first.
    fn group_subject_before(&self, si: usize, a: usize) -> Option<String> {
        static GROUP: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"^(?:[A-Z][^,.;]{0,60},\s+)?(?:[Tt]he\s+|[Tt]hese\s+|[Mm]any\s+|[Ss]ome\s+)?(?:[a-z-]+\s+)?(researchers|scientists|authors|investigators|experts|archaeologists|astronomers|biologists|scholars|engineers|doctors|police)\s+[a-z]").unwrap()
        });
        (si.saturating_sub(2)..=si).rev().find_map(|k| {
            let span = self.sents[k].span;
            let end = if k == si { a.max(span.start) } else { span.end };
            let text = &self.body[span.start..end];
            // (not "they" itself opening this sentence)
            GROUP
                .captures(text)
                .map(|m| m.get(1).unwrap().as_str().to_string())
        })
    }

    fn last_org_speaker(&self, si: usize, ents: &Entities) -> Option<Claimant> {
        if let Some((Claimant::Entity(id), ssi)) = self.last_speaker.clone() {
            if ssi + 2 >= si && matches!(ents.kind(id), EntityKind::Organization(_)) {
                return Some(Claimant::Entity(id));
            }
        }
        None
    }

    /// "he"/"she" at byte `pos`: the subject of the previous sentence when a person, else the
    /// last person named (outside quotes) before `pos`.
    /// `she`: `Some(true)` for "she", `Some(false)` for "he" (people named as the other are
    /// skipped), `None` when it does not matter.
    fn pronoun(
        &self,
        pos: usize,
        si: usize,
        she: Option<bool>,
        ents: &Entities,
    ) -> Option<EntityId> {
        let s = self.sents[si].span;
        let person_in = |a: usize, b: usize| {
            self.candidates(a, b, ents)
                .into_iter()
                .find(|&(id, st, _)| {
                    ents.is_person(id) && self.fits(id, she) && !self.character_at(st)
                })
                .map(|x| x.0)
        };
        // A person named earlier in this same sentence; but not in words the pronoun closes
        // ("Mr Blair's plan was a mistake, he said": the words reported, not their speaker).
        let mut before = self.body[s.start..pos.clamp(s.start, s.end)].trim_end();
        if let Some(r) = ["he", "she"]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .filter(|r| r.ends_with(|c: char| !c.is_alphanumeric()))
        {
            before = r.trim_end();
        }
        let closes = before.ends_with([',', '"', '”']);
        // (the words before an introducing colon still name the speaker: `Ana Ruiz told
        // VOA: "...," she said`)
        let same_hi = if closes {
            before.rfind(':').map(|c| s.start + c)
        } else {
            Some(pos.min(s.end))
        };
        if let Some(id) = same_hi.and_then(|h| person_in(s.start, h)) {
            return Some(id);
        }
        if let Some((id, psi)) = self.last_person {
            // (or with only quoted sentences between: the same speaker's words go on)
            let quoted_between = psi < si
                && (psi + 1..si).all(|k| {
                    let sp = self.sents[k].span;
                    self.in_quote(sp.start)
                        || self.body[sp.start..sp.end]
                            .trim_start()
                            .starts_with(['"', '“'])
                });
            if (psi + 1 >= si || quoted_between) && psi <= si && self.fits(id, she) {
                return Some(id);
            }
        }
        if si > 0 {
            let p = self.sents[si - 1].span;
            // The previous sentence's subject is itself "he"/"she" ("He sees Owen as ..."): the
            // same person, whoever that sentence named after it.
            let prev_she = opening_pronoun(&self.body[p.start..p.end]);
            if prev_she.is_some() && (she.is_none() || she == prev_she) {
                return self.pronoun(p.start, si - 1, prev_she, ents);
            }
            if let Some(id) = person_in(p.start, p.end) {
                return Some(id);
            }
        }
        let lo = self.sents[si.saturating_sub(8)].span.start;
        let hi = if closes {
            same_hi.unwrap_or(s.start).min(pos)
        } else {
            pos
        };
        mentions_in(ents, lo, hi)
            .iter()
            .rfind(|m| {
                m.span.end <= hi
                    && ents.is_person(m.entity)
                    && !self.in_quote(m.span.start)
                    && self.fits(m.entity, she)
                    && self.doc.block_kind_at(m.span.start) == Some(BlockKind::Text)
                    && !self.character_at(m.span.start)
            })
            .map(|m| m.entity)
            .or_else(|| {
                self.last_person
                    .map(|x| x.0)
                    .filter(|&id| self.fits(id, she))
            })
    }

    /// Further subjects joined by "and" ("Both he and the commissioner urged ...").
    fn co_subjects(
        &mut self,
        a: usize,
        b: usize,
        first: &Claimant,
        si: usize,
        ents: &mut Entities,
    ) -> Vec<Claimant> {
        let body = self.body;
        let seg = &body[a..b];
        if !seg.contains(" and ") {
            return vec![];
        }
        let mut out = Vec::new();
        let lower = seg.to_lowercase();
        let starts_pronoun = lower.trim_start().starts_with("both he ")
            || lower.trim_start().starts_with("both she ")
            || lower.trim_start().starts_with("he and ")
            || lower.trim_start().starts_with("she and ");
        if starts_pronoun {
            let she = lower.trim_start().starts_with("both she ")
                || lower.trim_start().starts_with("she and ");
            if let Some(p) = self.pronoun(a, si, Some(she), ents) {
                let c = Claimant::Entity(p);
                if &c != first {
                    out.push(c);
                }
            }
        }
        // people joined to the first speaker by "and" or commas ("Both X and Y", "X, Y and Z"),
        // not others named earlier in the sentence ("for both X and Wigan, Lindsay said")
        let cands = self.candidates(a, b, ents);
        let Claimant::Entity(fid) = first else {
            return out;
        };
        let Some(fi) = cands.iter().position(|c| c.0 == *fid) else {
            return out;
        };
        // a list of names: joined by commas, its last two by "and"
        // (bodies often with their article: "The Investigative Committee and the FSB said")
        let joint = |from: usize, to: usize| match body[from..to].trim() {
            "and" | ", and" | "and the" | ", and the" => Some(true),
            "," | ", the" => Some(false),
            _ => None,
        };
        let mut chain = Vec::new();
        // backwards ("Ana Silva and Rui Vaz said", with Rui Vaz the speaker): "and" comes first
        let mut next_start = cands[fi].1;
        let mut saw_and = false;
        for &(id, st, e) in cands[..fi].iter().rev() {
            match joint(e, next_start) {
                Some(and) if saw_and || and => saw_and = true,
                _ => break,
            }
            chain.push(id);
            next_start = st;
        }
        chain.reverse();
        // forwards ("Ana Silva, Rui Vaz and Lea Holt said"): up to the name after "and"
        let mut prev_end = cands[fi].2;
        let mut ahead = Vec::new();
        for &(id, st, e) in &cands[fi + 1..] {
            match joint(prev_end, st) {
                Some(and) => {
                    ahead.push(id);
                    if and {
                        chain.append(&mut ahead);
                        break;
                    }
                }
                None => break,
            }
            prev_end = e;
        }
        // (people with a person, organizations with an organization)
        let org = |id: EntityId| matches!(ents.kind(id), EntityKind::Organization(_));
        for id in chain {
            let c = Claimant::Entity(id);
            let same_kind = (ents.is_person(id) && ents.is_person(*fid)) || (org(id) && org(*fid));
            if same_kind && &c != first && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// The words of a description that ends in a role ("chief executive", "lawyer"): up to three
/// lower-case words, the role last, before the verb or a passive that goes on after it ("the
/// Acme boss is quoted as").
fn role_words(text: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = text
        .split_whitespace()
        .take_while(|w| !matches!(*w, "is" | "was" | "has" | "had" | "who"))
        .collect();
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    (words.len() <= 3
        && words.iter().all(plain)
        && words
            .last()
            .is_some_and(|w| super::lexicon::is_role_word(w)))
    .then_some(words)
}

/// "a protester", "one resident of the town": an unnamed speaker described by a noun.
fn unnamed_head(phrase: &str) -> Option<Claimant> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !matches!(first.as_str(), "a" | "an" | "one" | "another") || words.len() < 2 {
        return None;
    }
    let mut head = Vec::new();
    for w in &words[1..] {
        let lw = w.to_lowercase();
        if matches!(
            lw.as_str(),
            "using"
                | "who"
                | "with"
                | "from"
                | "in"
                | "at"
                | "of"
                | "for"
                | "named"
                | "that"
                | "on"
                | "by"
                | "quoted"
                | "cited"
                | "interviewed"
                | "speaking"
                | "which"
        ) || head.len() >= 3
        {
            break;
        }
        head.push(lw);
    }
    if head.is_empty()
        || head
            .iter()
            .any(|w| w.chars().next().is_some_and(|c| !c.is_alphabetic()))
    {
        return None;
    }
    Some(Claimant::Unnamed(head.join(" ")))
}

/// Range of `ents.mentions` starting in [a, b) (mentions are sorted by start).
fn mention_range(ents: &Entities, a: usize, b: usize) -> std::ops::Range<usize> {
    let lo = ents.mentions.partition_point(|m| m.span.start < a);
    let hi = ents.mentions.partition_point(|m| m.span.start < b);
    lo..hi.max(lo)
}

fn mentions_in(ents: &Entities, a: usize, b: usize) -> &[super::doc::Mention] {
    &ents.mentions[mention_range(ents, a, b)]
}

/// "told the BBC News website", "told GMTV's Sunday programme": where the medium named after
/// an outlet ending at `end` ends (the medium is the hearer's too), else `end`.
fn medium_end(body: &str, end: usize, limit: usize) -> usize {
    static MEDIUM: Lazy<Regex> =
        // ("told BBC Radio 4's Today Programme", "told Radio 4's World At One": a station's
        // number and a programme's capitalized name)
        Lazy::new(|| {
            Regex::new(r"^(?:(?: \d{1,2})?(?:['’]s)?(?: [A-Z][\w'’.-]*){0,3} (?i:website|programme|program|show|newspaper|paper|channel|station|podcast|magazine)(?-u:\b)| \d{1,2}['’]s(?: the)?(?: (?:[A-Z][\w'’.-]*|at|of)){1,4}(?-u:\b)|['’]s (?:the )?[A-Z][\w'’.-]*(?: (?:with|of|at|and|the|on) [A-Z][\w'’.-]*| [A-Z][\w'’.-]*){0,4}(?: (?i:website|programme|program|show|podcast))?(?-u:\b))").unwrap()
        });
    MEDIUM
        .find(&body[end..limit])
        .map_or(end, |x| end + x.end())
}

/// The word at `at` is a participle in "-ing" ("saying", "claiming").
fn participle_at(body: &str, at: usize) -> bool {
    let verb = body[at..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    verb.len() > 4 && verb.ends_with("ing")
}

/// Whether the reported words open at `at`: a comma or colon, "that", or a subject's first
/// word.
fn opens_clause(body: &str, at: usize, limit: usize) -> bool {
    let t = body[skip_adverbials(body, at, limit)..limit].trim_start();
    t.starts_with([',', ':'])
        || t.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "that"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "the"
                    | "there"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
            )
        })
}

/// After a medium's noun ("the newspaper", "the BBC World Service programme"), its own name
/// ("Clarin", "Go Digital") where the reported words open right after it.
fn medium_name_end(body: &str, end: usize, limit: usize) -> usize {
    static NAME_TAIL: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^\s+[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}").unwrap());
    let medium = body[..end].split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w,
            "programme"
                | "program"
                | "show"
                | "podcast"
                | "radio"
                | "station"
                | "newspaper"
                | "paper"
                | "magazine"
                | "website"
                | "channel"
                | "network"
                | "broadcaster"
                | "agency"
                | "tabloid"
                | "outlet"
                | "daily"
                | "weekly"
        )
    });
    match NAME_TAIL.find(&body[end..limit]) {
        Some(t) if medium && opens_clause(body, end + t.end(), limit) => end + t.end(),
        _ => end,
    }
}

/// A sentence that asks: it ends with a question mark and opens with an auxiliary or a
/// question word, outside quotation marks ("Did the minister say ...?", not "\"Why?\" she
/// asked.").
fn is_question(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('?')
        && matches!(
            t.split_whitespace()
                .find(|w| w.starts_with(char::is_alphabetic)),
            Some(
                "Had"
                    | "Has"
                    | "Have"
                    | "Did"
                    | "Do"
                    | "Does"
                    | "Is"
                    | "Was"
                    | "Were"
                    | "Are"
                    | "Will"
                    | "Would"
                    | "Could"
                    | "Can"
                    | "Should"
                    | "Why"
                    | "How"
                    | "What"
                    | "When"
                    | "Where"
                    | "Who"
            )
        )
}

fn is_conjunction(s: &str) -> bool {
    let t = s
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | '—' | '–'));
    matches!(
        t.trim(),
        "" | "and" | "or" | "but" | "and then" | "adding" | "and added"
    )
}

fn skip_adverbials(body: &str, mut p: usize, limit: usize) -> usize {
    loop {
        let r = &body[p..limit];
        match ADVERBIAL_RE.find(r) {
            // (a bare day, "said Monday that", but not a possessive: "said Monday's vote was fair")
            Some(m) if m.end() > 0 && !r[m.end()..].starts_with(['\'', '’']) => p += m.end(),
            _ => break,
        }
    }
    p
}

/// Does `before` end in an auxiliary "be", with or without an adverb ("was", "is widely",
/// "was recently")? A verb after it is a passive ("was recently ruled "unfair"") or, in -ing, a
/// progressive ("was saying", "is currently writing").
fn after_auxiliary(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let aux = |w: &str| {
        ["is", "was", "were", "are", "be", "been", "being"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    match words.next() {
        Some(w) if aux(w) => true,
        // (past an adverb: "was recently ruled", "was also denied")
        Some(w)
            if (w.ends_with("ly") && w.len() > 3)
                || matches!(w, "also" | "still" | "already" | "twice" | "once") =>
        {
            words.next().is_some_and(aux)
        }
        _ => false,
    }
}

/// Does `w` (a word of the text, punctuation and case aside) name a role or a voice ("mayor",
/// "spokesman", "officials")?
fn names_a_role(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    super::lexicon::is_role_word(&w) || super::lexicon::is_voice_noun(&w)
}

/// "one leading broker", "a senior Acme banker": the words after the leftmost "a", "an", "one"
/// or "another" (a word of its own) that one to four words follow to the end, the last of
/// them letters or hyphens only: (those words, the last word). What the regex
/// `(?i)\b(?:a|an|one|another)\s+((?:[\w-]+\s+){0,3}([a-z-]+))$` finds, without its reverse
/// search over the phrase.
fn someone(seg: &str) -> Option<(&str, &str)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in seg.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                pieces.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        pieces.push((st, seg.len()));
    }
    let n = pieces.len();
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let (ls, le) = *pieces.last()?;
    let last = &seg[ls..le];
    if !last.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    (n.saturating_sub(5)..n.saturating_sub(1)).find_map(|k| {
        let p = &seg[pieces[k].0..pieces[k].1];
        let det = ["a", "an", "one", "another"].iter().any(|d| {
            p.len() >= d.len()
                && p.is_char_boundary(p.len() - d.len())
                && p[p.len() - d.len()..].eq_ignore_ascii_case(d)
                && p[..p.len() - d.len()]
                    .bytes()
                    .last()
                    .is_none_or(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        });
        let words_ok = pieces[k + 1..n - 1]
            .iter()
            .all(|&(a, b)| seg[a..b].chars().all(word));
        (det && words_ok).then(|| (&seg[pieces[k + 1].0..le], last))
    })
}

/// A person the story met but did not name, by the one noun that describes them after "one"
/// or "a" ("one interviewee", "a passer-by", "an MP"): not a post, so not among the role words.
fn is_someone_met(w: &str) -> bool {
    w == "MP"
        || matches!(
            w,
            "interviewee"
                | "respondent"
                | "participant"
                | "attendee"
                | "passer-by"
                | "bystander"
                | "onlooker"
                | "eyewitness"
                | "witness"
                | "resident"
                | "local"
                | "villager"
                | "survivor"
                | "victim"
                | "parent"
                | "voter"
                | "fan"
                | "shopper"
                | "customer"
                | "employee"
                | "worker"
                | "commuter"
                | "passenger"
                | "neighbour"
                | "neighbor"
                | "marcher"
                | "demonstrator"
                | "mourner"
                | "volunteer"
                | "patient"
        )
}

/// Words of `text` that hold a letter or a digit ("-" and "..." are no words).
fn word_count(s: &str) -> usize {
    // (one pass: a run of non-space characters counts once, at its first letter or digit)
    let mut n = 0;
    let mut counted = false;
    for c in s.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            n += 1;
            counted = true;
        }
    }
    n
}

/// Trim whitespace and a trailing comma from a claim span.
fn trim_span(body: &str, s: Span) -> Span {
    let t = &body[s.start..s.end];
    let lead = t.len() - t.trim_start().len();
    let mut e = s.start + t.trim_end().len();
    let st = s.start + lead;
    while e > st && body[st..e].ends_with([',', ';', ':']) {
        e -= 1;
        e = st + body[st..e].trim_end().len();
    }
    Span::new(st.min(e), e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    /// The word scan finds exactly what the regex over `VERBS` finds.
    #[test]
    fn speech_verb_scan_equals_the_regex() {
        let re = Regex::new(&format!(r"(?-u:\b)(?:{VERBS})(?-u:\b)")).unwrap();
        let texts = [
            "He said, she says; they say. It was said_ by someone who unsaid it.",
            "Officials went on to say that the minister pointed out the flaw, as he points out often.",
            "went on to sayings pointed outward points out_ Said SAID said-so 1said said1 résumé-said",
            "The report notes states claims: reports, “thinks” (believes) — admits/asks told.",
            "She went on to say  twice; he pointed  out; wentt on; warnings warning",
            "He went on to add that it rained; she went on to address it; went on to adding",
            "They called for calm and called on police, calling for callers; calls once, called formally.",
            "She expressed concern that it failed, expressed hope, expresses confidence; expressed concerns, expressed.",
        ];
        for t in texts {
            let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = speech_verbs(t).collect();
            assert_eq!(got, want, "{t}");
            assert!(!got.is_empty());
        }
    }

    /// `someone` finds what the regex it replaces finds.
    #[test]
    fn someone_equals_the_regex() {
        let re =
            Regex::new(r"(?i)(?-u:\b)(?:a|an|one|another)\s+((?:[\w-]+\s+){0,3}([a-z-]+))\s*$")
                .unwrap();
        for t in [
            "one leading broker",
            "a senior Acme banker",
            "An MP",
            "said another Lorsk-based oil trader",
            "a b c d e f",
            "Ana said a",
            "banana trader",
            "(a spokesman",
            "a well-known 4th-year student",
            "one of the traders",
            "one Acme's banker",
            "a very senior and respected banker",
            "an  analyst",
            "a résumé writer",
        ] {
            let want = re
                .captures(t)
                .map(|m| (m.get(1).unwrap().as_str(), m.get(2).unwrap().as_str()));
            assert_eq!(someone(t), want, "{t}");
        }
    }

    /// Build a Doc and hand-made Entities: each (name, kind, forms) is found in the body.
    fn run(
        body: &str,
        names: &[(&str, EntityKind, &[&str])],
    ) -> (
        Vec<(String, String, ClaimKind, Option<String>, Option<String>)>,
        Entities,
    ) {
        let article = Article {
            id: "t".into(),
            body: body.to_string(),
            ..Default::default()
        };
        let doc = Doc::new(&article);
        let mut ents = Entities::default();
        for (name, kind, forms) in names {
            ents.list.push(Entity {
                name: name.to_string(),
                kind: *kind,
                aliases: vec![],
                mentions: vec![],
            });
            let id = ents.list.len() - 1;
            let mut spans = Vec::new();
            for f in forms.iter().copied().chain(std::iter::once(*name)) {
                for (i, _) in body.match_indices(f) {
                    let e = i + f.len();
                    let ok_b = i == 0 || !body[..i].chars().last().unwrap().is_alphanumeric();
                    let ok_e =
                        e == body.len() || !body[e..].chars().next().unwrap().is_alphanumeric();
                    if ok_b && ok_e {
                        spans.push(Span::new(i, e));
                    }
                }
            }
            spans.sort();
            // Drop spans inside longer ones.
            let all = spans.clone();
            for s in spans {
                if !all
                    .iter()
                    .any(|o| *o != s && o.start <= s.start && s.end <= o.end)
                {
                    ents.add_mention(s, id);
                }
            }
        }
        let claims = extract(&doc, &mut ents);
        let out = claims
            .iter()
            .map(|c| {
                let who = match &c.claimant {
                    Claimant::Entity(id) => ents.list[*id].name.clone(),
                    Claimant::Unnamed(s) => format!("*{s}"),
                };
                (
                    who,
                    c.evidence.text(body).to_string(),
                    c.kind,
                    c.cue.clone(),
                    c.told_to.map(|t| ents.list[t].name.clone()),
                )
            })
            .collect();
        (out, ents)
    }

    const P: EntityKind = EntityKind::Person;
    const O: EntityKind = EntityKind::Organization(OrgKind::Generic);
    const N: EntityKind = EntityKind::Organization(OrgKind::NewsOrganization);
    const C: EntityKind = EntityKind::Place(crate::model::PlaceKind::Country);

    fn has(
        out: &[(String, String, ClaimKind, Option<String>, Option<String>)],
        who: &str,
        text: &str,
    ) -> bool {
        out.iter().any(|c| c.0 == who && c.1 == text)
    }

    #[test]
    fn an_apposition_opening_with_a_possessive_may_lack_its_closing_comma() {
        let who = [("Ana Ruiz", P, &["Ruiz"][..]), ("Acme", O, &[][..])];
        let (o, _) = run(
            "Ana Ruiz runs Acme.\n\n\"The market should change now,\" Ms Ruiz, Acme's chief executive said.",
            &who,
        );
        assert!(has(&o, "Ana Ruiz", "The market should change now"), "{o:?}");
        assert_eq!(o[0].3.as_deref(), Some("said"), "{o:?}");
    }

    #[test]
    fn quote_then_said_name() {
        let (o, _) = run(
            "\"The bridge will open in May,\" said Ana Ruiz, the mayor of Riverton.",
            &[("Ana Ruiz", P, &[])],
        );
        assert_eq!(o.len(), 1);
        assert!(has(&o, "Ana Ruiz", "The bridge will open in May"), "{o:?}");
        assert_eq!(o[0].2, ClaimKind::Direct);
        assert_eq!(o[0].3.as_deref(), Some("said"));
    }

    #[test]
    fn a_title_or_initial_with_its_period_ends_no_speaker_s_name() {
        let people = [
            ("Ana Ruiz", P, &["Ruiz"][..]),
            ("John Q. Public", P, &[][..]),
        ];
        for (body, who) in [
            (
                "Ana Ruiz runs the clinic.\n\n\"The wards are full again,\" said Dr. Ruiz.",
                "Ana Ruiz",
            ),
            (
                "Ana Ruiz runs the clinic.\n\n\"The wards are full again,\" Ms. Ruiz said.",
                "Ana Ruiz",
            ),
            (
                "Ana Ruiz runs the clinic.\n\n\"The wards are full again,\" said John Q. Public.",
                "John Q. Public",
            ),
            (
                "Ana Ruiz runs the clinic.\n\n\"The wards are full again,\" according to Dr. Ruiz.",
                "Ana Ruiz",
            ),
        ] {
            let (o, _) = run(body, &people);
            assert!(has(&o, who, "The wards are full again"), "{body}: {o:?}");
        }
    }

    #[test]
    fn calling_for_urging_and_encouraging_report_what_was_asked() {
        let ana = [("Ana Ruiz", P, &["Ruiz"][..])];
        let (o, _) = run("Ana Ruiz, the mayor of Riverton, spoke on Friday, calling for the dam's builders to be brought to court.", &ana);
        assert!(
            has(&o, "Ana Ruiz", "the dam's builders to be brought to court."),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz encouraged the council to publish its accounts.",
            &ana,
        );
        assert!(
            has(&o, "Ana Ruiz", "the council to publish its accounts."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz called on the ministers to drop the levy.", &ana);
        assert!(
            has(&o, "Ana Ruiz", "the ministers to drop the levy."),
            "{o:?}"
        );
        // what is called for ends before the subject's next saying
        let (o, _) = run(
            "Ana Ruiz called for the port to reopen and said the strike would end soon.",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "the port to reopen"), "{o:?}");
        assert!(has(&o, "Ana Ruiz", "the strike would end soon."), "{o:?}");
        // a day after "called on" is no hearer; a plain noun phrase called for is no claim
        let (o, _) = run("Ana Ruiz called on Monday to congratulate the team.", &ana);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run("Ana Ruiz called for calm.", &ana);
        assert!(o.is_empty(), "{o:?}");
        // a longer noun phrase is what she asked for
        let (o, _) = run(
            "Ana Ruiz called for an end to the fighting in the north.",
            &ana,
        );
        assert!(
            has(&o, "Ana Ruiz", "an end to the fighting in the north."),
            "{o:?}"
        );
    }

    #[test]
    fn a_quoted_phrase_that_someone_called_or_judged_something_is_theirs() {
        let ana = [
            ("Ana Ruiz", P, &["Ruiz"][..]),
            ("Omar Bell", P, &["Bell"][..]),
            ("Varkan Post", O, &[][..]),
        ];
        let (o, _) = run(
            "Ruiz called Bell's plan a \"betrayal of the voters,\" according to the Varkan Post.",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "betrayal of the voters"), "{o:?}");
        assert!(!o.iter().any(|c| c.0 == "Varkan Post"), "{o:?}");
        let (o, _) = run(
            "Ruiz characterized the talks with Bell as \"calm and useful.\"",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "calm and useful."), "{o:?}");
        let (o, _) = run(
            "Ruiz, speaking on the radio, attacked the inquiry as \"a waste of money.\"",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "a waste of money."), "{o:?}");
        // "calls" as a noun names nothing: the quote is the speaker's after it
        let (o, _) = run(
            "As the firm handled ten million calls a day checking was \"quite a job\", Ruiz added.",
            &ana,
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Ana Ruiz" && c.1.contains("checking was")),
            "{o:?}"
        );
    }

    #[test]
    fn a_participle_of_calling_two_joined_phrases_and_a_quote_after_a_colon() {
        let ana = [
            ("Ana Ruiz", P, &["Ruiz"][..]),
            ("Omar Bell", P, &["Bell"][..]),
            ("Lorsk Ministry of Energy", O, &[][..]),
        ];
        let (o, _) = run("Ana Ruiz left the talks early, calling the offer \"a cheap trick\" and a waste of time.", &ana);
        assert!(has(&o, "Ana Ruiz", "a cheap trick"), "{o:?}");
        let (o, _) = run(
            "Ruiz called the levy \"unfair\" and \"plainly unlawful\".",
            &ana,
        );
        assert!(
            has(&o, "Ana Ruiz", "unfair") && has(&o, "Ana Ruiz", "plainly unlawful"),
            "{o:?}"
        );
        let (o, _) = run(
            "Ruiz denounced the levy as \"unfair\" and \"plainly unlawful\".",
            &ana,
        );
        assert!(
            has(&o, "Ana Ruiz", "unfair") && has(&o, "Ana Ruiz", "plainly unlawful"),
            "{o:?}"
        );
        let body = "In a note sent on Friday, the Lorsk Ministry of Energy defended the cut, which Omar Bell had signed, as \"prudent\": \"The grid cannot carry more load this winter.\"";
        let (o, _) = run(body, &ana);
        assert!(
            has(
                &o,
                "Lorsk Ministry of Energy",
                "The grid cannot carry more load this winter."
            ),
            "{o:?}"
        );
        assert!(!o.iter().any(|c| c.0 == "Omar Bell"), "{o:?}");
    }

    #[test]
    fn the_issuer_of_a_text_before_a_colon_says_the_quote_after_it() {
        let names = [
            ("Lorsk Ministry of Energy", O, &[][..]),
            ("Twitter", O, &[][..]),
        ];
        for body in [
            "The Lorsk Ministry of Energy issued the following statement: \"The grid is safe.\"",
            "The Lorsk Ministry of Energy made an announcement on Friday: \"The grid is safe.\"",
            "The Lorsk Ministry of Energy's Twitter account posted this update: \"The grid is safe.\"",
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, "Lorsk Ministry of Energy", "The grid is safe."), "{body}: {o:?}");
        }
        // (the platform of an account is not its owner)
        let (o, _) = run(
            "An official government Twitter account made the following announcement: \"The grid is safe.\"",
            &names,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn the_quoted_object_of_praise_or_blame_is_the_subject_s_words() {
        let names = [("Ana Ruiz", P, &["Ruiz"][..]), ("Lorsk Party", O, &[][..])];
        for (body, who, text) in [
            (
                "Ana Ruiz thanked \"the nurses for their quiet courage\".",
                "Ana Ruiz",
                "the nurses for their quiet courage",
            ),
            (
                "The Lorsk Party criticised \"reckless promises\" on tax.",
                "Lorsk Party",
                "reckless promises",
            ),
            (
                "Ana Ruiz also condemned the \"complete folly\" of the plan.",
                "Ana Ruiz",
                "complete folly",
            ),
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, who, text), "{body}: {o:?}");
        }
        // (not a quote that only names something: "visited the "Green Zone"")
        let (o, _) = run("Ana Ruiz visited the \"Green Zone\" of the city.", &names);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_statement_which_read_and_a_participle_between_two_quotes() {
        let ana = [
            ("Ana Ruiz", P, &["Ruiz"][..]),
            ("Lorsk Ministry of Energy", O, &[][..]),
        ];
        let (o, _) = run("The Lorsk Ministry of Energy issued a statement which read, in part, \"The grid is safe.\"", &ana);
        assert!(
            has(&o, "Lorsk Ministry of Energy", "The grid is safe."),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz said, \"The grid is safe\", also noting, \"the winter was mild\".",
            &ana,
        );
        assert!(
            has(&o, "Ana Ruiz", "The grid is safe") && has(&o, "Ana Ruiz", "the winter was mild"),
            "{o:?}"
        );
    }

    #[test]
    fn a_quote_split_by_a_bare_attribution_or_exclaimed_before_it() {
        let ana = [("Ana Ruiz", P, &["Ruiz"][..])];
        let (o, _) = run(
            "\"We are ready\" wrote Ruiz \"to help whoever asks us for it.\"",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "We are ready"), "{o:?}");
        assert!(
            has(&o, "Ana Ruiz", "to help whoever asks us for it."),
            "{o:?}"
        );
        let (o, _) = run(
            "\"Open the gates now!\" Ruiz told the crowd on Friday.",
            &ana,
        );
        assert!(has(&o, "Ana Ruiz", "Open the gates now!"), "{o:?}");
    }

    #[test]
    fn quote_then_name_said_and_told() {
        let (o, _) = run(
            "“Beds are scarce,” hospital director Omar Bell told Reuters. “We need help.”",
            &[("Omar Bell", P, &[]), ("Reuters", N, &[])],
        );
        assert!(has(&o, "Omar Bell", "Beds are scarce"), "{o:?}");
        assert!(has(&o, "Omar Bell", "We need help."), "{o:?}");
        let first = o.iter().find(|c| c.1 == "Beds are scarce").unwrap();
        assert_eq!(first.4.as_deref(), Some("Reuters"));
        assert_eq!(first.3.as_deref(), Some("told"));
    }

    #[test]
    fn name_said_colon_and_comma_before_quote() {
        let (o, _) = run("Ana Ruiz said: “Taxes will fall.”\n\nOmar Bell, a surgeon at the clinic, said, \"The ward is full.\"", &[("Ana Ruiz", P, &[]), ("Omar Bell", P, &[])]);
        assert!(has(&o, "Ana Ruiz", "Taxes will fall."), "{o:?}");
        assert!(has(&o, "Omar Bell", "The ward is full."), "{o:?}");
    }

    #[test]
    fn pronoun_speakers() {
        let body = "Mayor Ana Ruiz visited the clinic on Monday. \"We will double the budget,\" she said.\n\n\"It is a start,\" he added, after Omar Bell arrived.";
        let (o, _) = run(body, &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &[])]);
        assert!(has(&o, "Ana Ruiz", "We will double the budget"), "{o:?}");
        // "he added" after the sentence naming Ruiz: the subject of the previous sentence.
        assert!(o.iter().any(|c| c.1 == "It is a start"), "{o:?}");
    }

    #[test]
    fn a_pronoun_after_reported_words_is_not_a_person_they_name() {
        let body = "Omar Bell spoke at the rally on Monday.\n\n\"It will fail\", the opposition leader said. Mr Ruiz's plan was \"a costly mistake,\" he added.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.starts_with("Mr Ruiz's plan")),
            "{o:?}"
        );
        let body = "Omar Bell spoke on Monday. At a dinner hosted by finance minister Ana Ruiz, he said the budget was too small.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(has(&o, "Omar Bell", "the budget was too small."), "{o:?}");
        // the subject before an introducing colon is still the speaker
        let body = "Ana Ruiz spoke first. Omar Bell told VOA: \"The ward is full,\" he said.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(
            o.iter().all(|c| c.0 == "Omar Bell" || c.0 == "Ana Ruiz"),
            "{o:?}"
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1 == "The ward is full"),
            "{o:?}"
        );
    }

    #[test]
    fn he_continued_resolves_to_previous_subject() {
        let body = "Omar Bell, a surgeon, said the ward was full. However, he continued, \"We will not turn anyone away.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            has(&o, "Omar Bell", "We will not turn anyone away."),
            "{o:?}"
        );
        assert!(has(&o, "Omar Bell", "the ward was full."), "{o:?}");
    }

    #[test]
    fn continuation_quotes() {
        let body = "“The deal is fair,” said trade minister Lea Holt.\n\n“It opens markets for farmers and it protects workers.”\n\nThe vote is next week.";
        let (o, _) = run(body, &[("Lea Holt", P, &["Holt"])]);
        assert!(has(&o, "Lea Holt", "The deal is fair"), "{o:?}");
        assert!(
            has(
                &o,
                "Lea Holt",
                "It opens markets for farmers and it protects workers."
            ),
            "{o:?}"
        );
        assert_eq!(o.len(), 2);
    }

    #[test]
    fn two_quotes_one_attribution() {
        let body = "\"Prices rose,\" said Lea Holt. \"Wages did not.\" The shops closed early.";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(has(&o, "Lea Holt", "Prices rose"));
        assert!(has(&o, "Lea Holt", "Wages did not."), "{o:?}");
    }

    #[test]
    fn said_then_two_quotes_joined_by_and() {
        let body = "Lea Holt said on Friday \"We asked for a fair deal\" and \"We got one.\"";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(has(&o, "Lea Holt", "We asked for a fair deal"), "{o:?}");
        assert!(has(&o, "Lea Holt", "We got one."), "{o:?}");
    }

    #[test]
    fn partial_quote_in_reported_speech() {
        let body = "Governor Sam Ortiz spoke about the dam. He urged residents to prepare for \"a long and difficult winter without power.\"";
        let (o, _) = run(body, &[("Sam Ortiz", P, &["Ortiz"])]);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "Sam Ortiz");
        assert!(o[0]
            .1
            .contains("a long and difficult winter without power."));
    }

    #[test]
    fn relative_clause_after_says_is_no_claim() {
        let body = "Ana Ruiz went to court on Monday. The judge asked about the car Ana Ruiz says was hers before the divorce.";
        let (o, _) = run(body, &[("Ana Ruiz", P, &["Ana Ruiz"])]);
        assert!(o.is_empty(), "{o:?}");
        let ok =
            "Ana Ruiz went to court on Monday. Ana Ruiz says the car was hers before the divorce.";
        let (o, _) = run(ok, &[("Ana Ruiz", P, &["Ana Ruiz"])]);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].1, "the car was hers before the divorce.");
    }

    #[test]
    fn indirect_said_that() {
        let body = "Lea Holt said that the tariffs would be lifted next year.\n\nOmar Bell told VOA the hospital lacked nurses.";
        let (o, _) = run(body, &[("Lea Holt", P, &[]), ("Omar Bell", P, &[])]);
        assert!(
            has(&o, "Lea Holt", "the tariffs would be lifted next year."),
            "{o:?}"
        );
        let b = o.iter().find(|c| c.0 == "Omar Bell").unwrap();
        assert_eq!(b.1, "the hospital lacked nurses.");
        assert_eq!(b.2, ClaimKind::Indirect);
        assert_eq!(b.4.as_deref(), Some("VOA"));
    }

    #[test]
    fn indirect_with_appositive_and_adverbials() {
        let body = "Omar Bell, a former adviser to the Riverton Health Board, said on Tuesday the clinic would close.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &[]), ("Riverton Health Board", O, &[])],
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert!(has(&o, "Omar Bell", "the clinic would close."), "{o:?}");
        // (where it was said: a hearing, a trial, a debate)
        let body = "Omar Bell clarified in the proceedings that the fine was not linked to the \
                    earlier case. Omar Bell said during the debate that taxes would rise.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(
                &o,
                "Omar Bell",
                "the fine was not linked to the earlier case."
            ),
            "{o:?}"
        );
        assert!(has(&o, "Omar Bell", "taxes would rise."), "{o:?}");
        // (when: a clock time, with its time zone in brackets; how: via someone, in brackets)
        let body = "Riverton Power announced via Twitter around 11:30 am (1830 UTC), phase one \
                    had been completed. Riverton Power said (via a spokesman) the plan had \
                    failed. Riverton Power stated it scheduled the cuts in response to the \
                    storm. Riverton Power stated it clearly.";
        let (o, _) = run(body, &[("Riverton Power", O, &[])]);
        assert!(
            has(&o, "Riverton Power", "phase one had been completed."),
            "{o:?}"
        );
        assert!(has(&o, "Riverton Power", "the plan had failed."), "{o:?}");
        assert!(
            has(
                &o,
                "Riverton Power",
                "it scheduled the cuts in response to the storm."
            ),
            "{o:?}"
        );
        assert_eq!(o.len(), 3, "{o:?}");
    }

    #[test]
    fn a_negated_or_refused_saying_is_no_claim() {
        for body in [
            "Lea Holt did not say whether the plant would close.",
            "Lea Holt declined to say if she would stand again.",
            "Lea Holt wouldn't say when the port would reopen.",
            "Lea Holt has yet to say where the cuts will fall.",
            "Lea Holt reads the forums daily, and when she has something to say she posts it there.",
            "Lea Holt found it difficult to say the plan had failed.",
        ] {
            let (o, _) = run(body, &[("Lea Holt", P, &[])]);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // a saying left open is no claim, the saying around it is one
        for (body, claim) in [
            (
                "Lea Holt said it was hard to say the port had failed.",
                "it was hard to say the port had failed.",
            ),
            (
                "Lea Holt said it is too early to say the plan has failed.",
                "it is too early to say the plan has failed.",
            ),
        ] {
            let (o, _) = run(body, &[("Lea Holt", P, &[])]);
            assert!(o.len() == 1 && has(&o, "Lea Holt", claim), "{body}: {o:?}");
        }
        // the next saying in the sentence counts, and a negated belief is still a view, which
        // keeps its denial (the claim is not that the tax should rise)
        let (o, _) = run(
            "Lea Holt did not say when the deal would close, but said it was signed.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "it was signed."), "{o:?}");
        let (o, _) = run(
            "Lea Holt does not believe the tax should rise.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            has(&o, "Lea Holt", "does not believe the tax should rise."),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt said she didn't think the deal would pass.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            has(&o, "Lea Holt", "she didn't think the deal would pass."),
            "{o:?}"
        );
    }

    #[test]
    fn a_request_a_question_or_the_one_asked_is_no_claim() {
        for body in [
            "Lea Holt asked the court to delay the case.",
            "The plan was dropped when asked to explain it, Lea Holt wrote nothing.",
        ] {
            let (o, _) = run(body, &[("Lea Holt", P, &[])]);
            assert!(
                o.iter().all(|c| c.3.as_deref() != Some("asked")),
                "{body}: {o:?}"
            );
        }
        // nor is a question: it asserts nothing (the saying joined to it still counts)
        let (o, _) = run("Lea Holt asked the minister whether the plan was legal, and said that the office had seen a paper.", &[("Lea Holt", P, &[])]);
        assert!(
            o.len() == 1 && has(&o, "Lea Holt", "the office had seen a paper."),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt asked why the board had agreed to the deal.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        // nor is a supposed saying
        let (o, _) = run(
            "Lea Holt spoke on Monday. If she says the deal is legal, the board will sign it.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn according_to_front_and_back() {
        let body = "According to Lea Holt, the port will reopen in March.\n\nThe port lost money for three years, according to Holt.";
        let (o, _) = run(body, &[("Lea Holt", P, &["Holt"])]);
        assert!(
            has(&o, "Lea Holt", "the port will reopen in March."),
            "{o:?}"
        );
        assert!(
            has(&o, "Lea Holt", "The port lost money for three years"),
            "{o:?}"
        );
        assert!(o.iter().all(|c| c.3.as_deref() == Some("according to")));
        // the appositive naming the source's role is no part of the claim
        let (o, _) = run(
            "According to Lea Holt, the mayor's former spokeswoman, the port will reopen in March.",
            &[("Lea Holt", P, &["Holt"])],
        );
        assert!(
            has(&o, "Lea Holt", "the port will reopen in March."),
            "{o:?}"
        );
        let (o, _) = run(
            "According to Lea Holt, the president is wrong and the port will close.",
            &[("Lea Holt", P, &["Holt"])],
        );
        assert!(
            has(
                &o,
                "Lea Holt",
                "the president is wrong and the port will close."
            ),
            "{o:?}"
        );
        // after a fronted adverbial of a few words; not after a clause
        for lead in ["Longer term", "In the long run", "Last week", "Separately"] {
            let (o, _) = run(
                &format!("{lead}, according to Lea Holt, the port will reopen in March."),
                &[("Lea Holt", P, &["Holt"])],
            );
            assert!(
                has(&o, "Lea Holt", "the port will reopen in March."),
                "{lead}: {o:?}"
            );
        }
        let (o, _) = run(
            "The port closed early, according to Lea Holt, because the cranes broke.",
            &[("Lea Holt", P, &["Holt"])],
        );
        assert!(!has(&o, "Lea Holt", "because the cranes broke."), "{o:?}");
        // (with a place in apposition in the adverbial; not a clause with a name after a comma)
        let places: &[(&str, EntityKind, &[&str])] = &[
            ("Lea Holt", P, &["Holt"]),
            ("Lima", C, &[]),
            ("Peru", C, &[]),
        ];
        let (o, _) = run(
            "On Sunday in Lima, Peru, according to Lea Holt, the port reopened.",
            places,
        );
        assert!(has(&o, "Lea Holt", "the port reopened."), "{o:?}");
        let (o, _) = run(
            "In the speech, Ana Ruiz, according to Lea Holt, attacked the plan.",
            &[("Lea Holt", P, &["Holt"]), ("Ana Ruiz", P, &[])],
        );
        assert!(o.iter().all(|c| c.1 != "attacked the plan."), "{o:?}");
    }

    #[test]
    fn agreeing_reports_a_clause_not_an_object_and_rejected_calls_are_no_saying() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lea Holt", P, &["Holt"]), ("Lorsk Teachers Union", O, &[])];
        let (o, _) = run("The Lorsk Teachers Union issued a statement agreeing the issue should be decided by the courts.", who);
        assert!(
            has(
                &o,
                "Lorsk Teachers Union",
                "the issue should be decided by the courts."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt ended speculation by agreeing a long-term contract that takes her to 2030.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run("Lea Holt rejected calls for the exam to be scrapped.", who);
        assert!(o.is_empty(), "{o:?}");
        // (calls taken up are the subject's)
        let (o, _) = run(
            "Lea Holt repeated her union's calls for the exam to be scrapped.",
            who,
        );
        assert!(has(&o, "Lea Holt", "the exam to be scrapped."), "{o:?}");
        let (o, _) = run(
            "The Lorsk Teachers Union calls for the exam to be scrapped.",
            who,
        );
        assert!(!o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_person_modifying_a_role_word_is_not_the_speaker_and_a_quote_completing_a_possessive_is_the_verb_s(
    ) {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Tom Baker", P, &["Baker"]),
            ("Lea Holt", P, &[]),
        ];
        let (o, _) = run("Ana Ruiz spoke. Another former Ruiz adviser, Tom Baker, also spoke and urged supporters to remain hopeful after the ruling.", who);
        assert!(o.iter().all(|c| c.0 != "Ana Ruiz"), "{o:?}");
        let (o, _) = run(
            "Lea Holt chairwoman, Tom Baker, said the deal was fair and sensible.",
            who,
        );
        assert!(
            has(&o, "Tom Baker", "the deal was fair and sensible."),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt, while campaigning in Lima, called the plan \"a betrayal of the people.\"",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.iter().any(|c| c.0 == "Lea Holt"), "{o:?}");
        // (a saying after "while" has the subject after it)
        let (o, _) = run("Handsets come from makers including Acme and Lorsk Daily while Lea Holt said more than a million people use the service.", &[("Acme", O, &[]), ("Lorsk Daily", O, &[]), ("Lea Holt", P, &[])]);
        assert!(o.iter().all(|c| c.0 == "Lea Holt"), "{o:?}");
        // (but a name, then its post, is the speaker)
        let (o, _) = run(
            "Acme spoke. \"The field looks very strong,\" Dr Tom Baker head of exploration said.",
            &[("Tom Baker", P, &[]), ("Acme", O, &[])],
        );
        assert!(o.iter().any(|c| c.0 == "Tom Baker"), "{o:?}");
        // (and a predicate said of a relative pronoun is its own speaker's)
        let (o, _) = run(
            "Acme has no control, a situation which critics say is fair and proper.",
            &[("Acme", O, &[])],
        );
        assert!(o.iter().all(|c| c.0 != "Acme"), "{o:?}");
        let (o, _) = run("Tom Baker told the BBC Ruiz \"was a great woman,\" while Lea Holt noted her \"strength, passion and wisdom\" on Twitter.", who);
        assert!(
            o.iter()
                .any(|c| c.0 == "Lea Holt" && c.1 == "strength, passion and wisdom"),
            "{o:?}"
        );
        // (what the speaker did next is no part of the claim)
        let (o, _) = run(
            "Ana Ruiz announced she would drop the bid, before reversing course the next day.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "she would drop the bid"), "{o:?}");
    }

    #[test]
    fn a_report_no_one_is_named_for_estimates_by_a_body_and_an_intention_stated() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &[]),
            ("Acme", O, &[]),
            ("Lorsk Daily", O, &[]),
        ];
        let (o, _) = run(
            "Ana Ruiz died on Monday. It was reported she was in a coma at the time.",
            who,
        );
        assert!(
            o.iter()
                .any(|c| c.1 == "she was in a coma at the time." && c.0 != "Ana Ruiz"),
            "{o:?}"
        );
        let (o, _) = run(
            "Estimates by Acme state about 350 stores are closed each year.",
            who,
        );
        assert!(
            has(&o, "Acme", "about 350 stores are closed each year."),
            "{o:?}"
        );
        let (o, _) = run(
            "Acme stated its intention to leave the Lorsk market altogether.",
            who,
        );
        assert!(
            has(
                &o,
                "Acme",
                "its intention to leave the Lorsk market altogether."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Lorsk Daily reported in mid-2019, 62 Acme outlets had closed within a year.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Daily",
                "62 Acme outlets had closed within a year."
            ),
            "{o:?}"
        );
        // (nor an infinitive or a habit: "It is said to be keen", "It is announced every year")
        let (o, _) = run("Acme was founded in 1990. It is said to be keen on buying a stake. It is announced every six months and is worked out by hand.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "It was announced last July that three Lorsk agencies would be merged.",
            who,
        );
        assert!(
            o.iter()
                .any(|c| c.1 == "three Lorsk agencies would be merged."),
            "{o:?}"
        );
        let (o, _) = run(
            "Hence the far too great police state powers have to be resisted.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        // (a passive with a subject of its own is no report: "The plan was announced")
        let (o, _) = run("The plan was announced on Monday by the mayor.", who);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_inverted_attribution_past_a_comma_in_the_employer_s_name() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Pedro Alves", P, &["Alves"]),
            ("University of Lorsk", O, &[]),
        ];
        let (o, _) = run("\"Walter was the most brilliant scientist I have ever known,\" said University of Lorsk, North Campus's chancellor, Pedro Alves.", who);
        assert!(
            o.iter()
                .any(|c| c.0 == "Pedro Alves" && c.1.starts_with("Walter was the most brilliant")),
            "{o:?}"
        );
    }

    #[test]
    fn two_bodies_joined_by_and_both_say_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Committee", O, &[]),
            ("Security Service", O, &["LSS"]),
            ("Ana Ruiz", P, &[]),
        ];
        let (o, _) = run("The Lorsk Committee and the Security Service (LSS) said they believe gas was the cause.", who);
        assert!(
            has(&o, "Lorsk Committee", "they believe gas was the cause."),
            "{o:?}"
        );
        assert!(
            has(&o, "Security Service", "they believe gas was the cause."),
            "{o:?}"
        );
        // (a person and a body are no pair of speakers: "Ana Ruiz and the committee")
        let (o, _) = run(
            "Ana Ruiz and the Lorsk Committee said the plan was sound.",
            who,
        );
        assert!(
            !(has(&o, "Ana Ruiz", "the plan was sound.")
                && has(&o, "Lorsk Committee", "the plan was sound.")),
            "{o:?}"
        );
    }

    #[test]
    fn a_speaker_in_apposition_claims_and_a_saying_after_despite_is_another_s() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Daily", O, &[]), ("Acme Group", O, &[])];
        let (o, _) = run(
            "One news site, Lorsk Daily, claims officials have blamed the blast on sabotage.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Daily",
                "officials have blamed the blast on sabotage."
            ),
            "{o:?}"
        );
        let (o, _) = run("Acme Group says it has found no trace of fraud despite Lorsk Daily claiming a source saw the books.", who);
        assert!(
            o.iter()
                .any(|c| c.0 == "Acme Group" && c.1 == "it has found no trace of fraud"),
            "{o:?}"
        );
    }

    #[test]
    fn an_apposition_after_the_speaker_without_its_closing_comma() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lea Holt", P, &["Holt"])];
        let (o, _) = run("\"Patent rights protect inventors but not here,\" Lea Holt, a Green member of the city council said in a statement.", who);
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "Patent rights protect inventors but not here"
                && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
    }

    #[test]
    fn reporting_verbs() {
        for v in [
            "warned", "argued", "believes", "thinks", "noted", "added", "insisted", "claimed",
        ] {
            let body = format!("Lea Holt {v} that farm incomes will keep falling this year.");
            let (o, _) = run(&body, &[("Lea Holt", P, &[])]);
            assert!(
                has(&o, "Lea Holt", "farm incomes will keep falling this year."),
                "{v}: {o:?}"
            );
            assert_eq!(o[0].3.as_deref(), Some(v));
        }
        let (o, _) = run(
            "Lea Holt stressed the need to protect small farms during a meeting in Capitol City.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            has(&o, "Lea Holt", "the need to protect small farms"),
            "{o:?}"
        );
    }

    #[test]
    fn noun_phrase_object_is_not_a_claim() {
        let (o, _) = run(
            "The Riverton council announced a new budget for schools.",
            &[("Riverton council", O, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "The Riverton council announced the schools would reopen.",
            &[("Riverton council", O, &[])],
        );
        assert_eq!(o.len(), 1, "{o:?}");
    }

    #[test]
    fn organizations_as_speakers() {
        let body = "\"The strike must end,\" the Daily Clarion newspaper said.\n\nThe Ministry of Health said in a statement that clinics would stay open. The ministry said the vaccine supply was enough.";
        let (o, _) = run(
            body,
            &[("Daily Clarion", N, &[]), ("Ministry of Health", O, &[])],
        );
        assert!(has(&o, "Daily Clarion", "The strike must end"), "{o:?}");
        assert!(
            has(&o, "Ministry of Health", "clinics would stay open."),
            "{o:?}"
        );
        assert!(
            has(&o, "Ministry of Health", "the vaccine supply was enough."),
            "{o:?}"
        );
        // (a clause ends before an attribution that closes its sentence)
        let body = "The Ministry of Health met. The ministry believed the clinics might close, the report added.";
        let (o, _) = run(body, &[("Ministry of Health", O, &[])]);
        assert!(
            has(&o, "Ministry of Health", "the clinics might close"),
            "{o:?}"
        );
        // (past a hyphenated word before the head)
        let body = "The Lorsk Court of Appeal heard the case on Monday. The three-judge court said the law was void.";
        let (o, _) = run(body, &[("Lorsk Court of Appeal", O, &[])]);
        assert!(
            has(&o, "Lorsk Court of Appeal", "the law was void."),
            "{o:?}"
        );
    }

    #[test]
    fn with_someone_saying_names_who_says_it() {
        let body = "The ferry sank near the harbour, with local press claiming it was overloaded. \
                    Shares fell 4%, with analysts saying the results were weak. \
                    The vote was close, with Ana Ruiz insisting that the count was fair. \
                    The rally ended early, with police saying. Ana Ruiz won the vote, with 40% \
                    saying they did not trust her. \
                    Inquiries were opened by the Riverton Police and the Acme Board, with the \
                    latter yesterday confirming they were \"not travelling to the scene\".";
        let (o, _) = run(
            body,
            &[
                ("Ana Ruiz", P, &[]),
                ("Riverton Police", O, &[]),
                ("Acme Board", O, &[]),
            ],
        );
        assert!(has(&o, "*local press", "it was overloaded."), "{o:?}");
        assert!(has(&o, "*analysts", "the results were weak."), "{o:?}");
        assert!(has(&o, "Ana Ruiz", "the count was fair."), "{o:?}");
        // (a phrase that names no one leaves the speaker to the other rules)
        assert!(
            has(
                &o,
                "Acme Board",
                "they were \"not travelling to the scene\"."
            ),
            "{o:?}"
        );
        assert_eq!(o.len(), 4, "{o:?}");
    }

    #[test]
    fn a_quote_joined_by_and_to_a_reported_clause_is_its_own_claim_of_the_same_speaker() {
        let body = "Ana Ruiz said she was \"humbled\" by the result and \"...I will work night \
                    and day. We will not fail.\" Omar Bell said the plan was \"reckless\" and \
                    \"costly\" for the city.";
        let (o, _) = run(body, &[("Ana Ruiz", P, &[]), ("Omar Bell", P, &[])]);
        assert!(
            has(&o, "Ana Ruiz", "she was \"humbled\" by the result"),
            "{o:?}"
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "...I will work night and day. We will not fail."
            ),
            "{o:?}"
        );
        // (two quoted words inside one clause stay in it)
        assert!(
            has(
                &o,
                "Omar Bell",
                "the plan was \"reckless\" and \"costly\" for the city."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn according_to_a_relative_then_their_name() {
        let (o, _) = run(
            "According to his wife, Lea Holt, he died of a lung disorder.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "he died of a lung disorder."), "{o:?}");
    }

    #[test]
    fn according_to_local_news_but_not_to_a_list_of_sources() {
        let (o, _) = run(
            "According to local news, the schools across the area were closed.",
            &[],
        );
        assert!(
            has(
                &o,
                "*local news",
                "the schools across the area were closed."
            ),
            "{o:?}"
        );
        // (not where the sources go on past the comma)
        let (o, _) = run(
            "According to reports from the ministry on Friday, and the rights group on \
             Thursday, around 18,000 people attended the rally.",
            &[],
        );
        assert!(o.iter().all(|c| !c.1.starts_with("and ")), "{o:?}");
    }

    #[test]
    fn who_after_an_apposition_is_the_person_it_describes() {
        let body = "The study was led by Ana Ruiz, a biologist at Lorsk University, who said the \
                    reef would recover. He met Omar Bell, a friend. Later a man who said he was \
                    a doctor arrived.";
        let (o, _) = run(
            body,
            &[
                ("Ana Ruiz", P, &[]),
                ("Lorsk University", O, &[]),
                ("Omar Bell", P, &[]),
            ],
        );
        assert!(has(&o, "Ana Ruiz", "the reef would recover."), "{o:?}");
        assert!(o.iter().all(|c| c.0 != "Omar Bell"), "{o:?}");
    }

    #[test]
    fn researchers_from_named_bodies_are_an_unnamed_source() {
        let ents: &[(&str, EntityKind, &[&str])] = &[
            ("Riverton Institute of Technology", O, &["RIT"]),
            ("Beta College", O, &[]),
            ("Ohio", C, &[]),
        ];
        for body in [
            "In findings published on Monday, researchers from the Riverton Institute of \
             Technology (RIT) and Beta College, both in Ohio, reported that the reefs recover.",
            "Researchers from the Riverton Institute of Technology and Beta College reported \
             the reefs appear to recover.",
        ] {
            let (o, _) = run(body, ents);
            assert_eq!(o.len(), 1, "{body}: {o:?}");
            assert_eq!(o[0].0, "*researchers", "{body}: {o:?}");
            assert!(o[0].1.starts_with("the reefs "), "{body}: {o:?}");
        }
    }

    #[test]
    fn they_goes_on_with_the_unnamed_group_that_just_spoke() {
        let body = "The researchers said the reef was recovering. They reported, \"The fish \
                    clean the coral.\" Officials said the road was closed. The trucks waited. \
                    They said it would reopen soon.";
        let (o, _) = run(body, &[]);
        assert!(
            has(&o, "*researchers", "The fish clean the coral."),
            "{o:?}"
        );
        assert!(
            !o.iter().any(|c| c.1.starts_with("it would reopen")),
            "{o:?}"
        );
    }

    #[test]
    fn unnamed_sources() {
        let body = "Experts said the drought would worsen. \"Nobody is ready,\" one source told the Herald Times.\n\nHospital officials say the wards are full.";
        let (o, _) = run(body, &[]);
        assert!(has(&o, "*experts", "the drought would worsen."), "{o:?}");
        assert!(has(&o, "*one source", "Nobody is ready"), "{o:?}");
        assert!(
            o.iter()
                .any(|c| c.0 == "*officials" && c.1 == "the wards are full."),
            "{o:?}"
        );
        let s = o.iter().find(|c| c.0 == "*one source").unwrap();
        assert_eq!(s.4.as_deref(), Some("Herald Times"));
    }

    #[test]
    fn more_unnamed_sources_and_where_they_are_none() {
        let (o, _) = run(
            "Prosecutors said the firm hid its losses. Opponents say the law is unfair.",
            &[],
        );
        assert!(has(&o, "*prosecutors", "the firm hid its losses."), "{o:?}");
        assert!(has(&o, "*opponents", "the law is unfair."), "{o:?}");
        // a title before a name, a noun in a relative clause, and an object after a pronoun
        // subject are no sources
        let (o, _) = run(
            "Prosecutor Lea Holt said the firm hid its losses.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.iter().all(|c| c.0 == "Lea Holt"), "{o:?}");
        let (o, _) = run(
            "An early opponent, MP Lea Holt, said the bill was better now.",
            &[],
        );
        assert!(o.iter().all(|c| !c.0.starts_with("*opponent")), "{o:?}");
        let (o, _) = run("Omar Bell spoke first. The MP, who consulted his lawyers, told reporters he would stay.", &[("Omar Bell", P, &[])]);
        assert!(o.iter().all(|c| !c.0.starts_with('*')), "{o:?}");
        let (o, _) = run("Omar Bell spoke first. He warned his supporters against complacency, saying the race was close.", &[("Omar Bell", P, &[])]);
        assert!(o.iter().all(|c| !c.0.starts_with('*')), "{o:?}");
    }

    #[test]
    fn recounting_complaining_and_joking_are_sayings() {
        for (body, claim) in [
            (
                "Omar Bell recounted, \"When we put the coating on, it just slides down.\"",
                "When we put the coating on, it just slides down.",
            ),
            (
                "\"You have to work seven days to earn a weekend,\" quipped Omar Bell.",
                "You have to work seven days to earn a weekend",
            ),
            (
                "Omar Bell complained that the offer for the firm was too low.",
                "the offer for the firm was too low.",
            ),
            (
                "Omar Bell countered that such deals had been struck twice.",
                "such deals had been struck twice.",
            ),
        ] {
            let (o, _) = run(body, &[("Omar Bell", P, &[])]);
            assert!(has(&o, "Omar Bell", claim), "{body}: {o:?}");
        }
    }

    #[test]
    fn a_saying_followed_by_how_it_was_said_is_no_claim() {
        let body = "The firm was sold, said founder Omar Bell. \"It was sold in the old ways. The firm has been destroyed,\" the agency quoted Mr Bell as saying via his lawyers.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(o.iter().all(|c| !c.1.starts_with("via")), "{o:?}");
    }

    #[test]
    fn the_named_one_s_group_heard_it_and_is_no_part_of_the_claim() {
        let body = "Omar Bell told Acme Party members the Tories offered a \"hard right agenda\".";
        let (o, _) = run(body, &[("Omar Bell", P, &[]), ("Acme Party", O, &[])]);
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.starts_with("the Tories offered")),
            "{o:?}"
        );
    }

    #[test]
    fn a_bracketed_comma_ends_a_quote_before_its_attribution() {
        let body = "Omar Bell spoke on Monday. Ana Ruiz wrote a post. \"As women we must stand up for ourselves[,]\" Ruiz wrote on social media.";
        let (o, _) = run(body, &[("Omar Bell", P, &[]), ("Ana Ruiz", P, &["Ruiz"])]);
        assert!(
            o.iter().any(|c| c.0 == "Ana Ruiz"
                && c.1.starts_with("As women we must stand up for ourselves")
                && c.3.as_deref() == Some("wrote")),
            "{o:?}"
        );
    }

    #[test]
    fn a_post_attribution_without_its_comma() {
        let body = "Omar Bell wrote a report. \"Phones are becoming a mainstream technology\" said Omar Bell, director of the project.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(
                &o,
                "Omar Bell",
                "Phones are becoming a mainstream technology"
            ),
            "{o:?}"
        );
        let body =
            "Omar Bell wrote a report. \"Phones are becoming a mainstream technology\" he said.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(
                &o,
                "Omar Bell",
                "Phones are becoming a mainstream technology"
            ),
            "{o:?}"
        );
        // (and after a verb of writing: `"..." tweeted the mayor`)
        let body = "Omar Bell wrote a report.\n\n\"Phones are becoming a mainstream technology\" tweeted Mayor Ana Ruiz.";
        let (o, _) = run(body, &[("Omar Bell", P, &[]), ("Ana Ruiz", P, &[])]);
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "Phones are becoming a mainstream technology"
            ),
            "{o:?}"
        );
        // (a quoted phrase the sentence goes on about is none)
        let body = "Omar Bell wrote a report. \"Phones for all the people\" said nothing new, critics wrote.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            o.iter().all(|c| c.1 != "Phones for all the people"),
            "{o:?}"
        );
    }

    #[test]
    fn the_station_or_the_channel_is_the_news_organization_named_last() {
        let body = "The DJs will host shows on Radio Orla. \"It is widely accepted that no one can replace him,\" said the radio station.";
        let (o, _) = run(
            body,
            &[(
                "Radio Orla",
                EntityKind::Organization(OrgKind::NewsOrganization),
                &[],
            )],
        );
        assert!(
            has(
                &o,
                "Radio Orla",
                "It is widely accepted that no one can replace him"
            ),
            "{o:?}"
        );
        // (not a company)
        let body = "The DJs will host shows for Acme Group. \"It is widely accepted that no one can replace him,\" said the radio station.";
        let (o, _) = run(body, &[("Acme Group", O, &[])]);
        assert!(o.iter().all(|c| c.0 != "Acme Group"), "{o:?}");
    }

    #[test]
    fn an_unnamed_source_after_a_comma_is_the_subject_not_a_firm_before_it() {
        let body = "Acme Group said the decision raised risks. Although the company's statement said it would watch developments, observers said they thought Acme Group would pull out.";
        let (o, _) = run(body, &[("Acme Group", O, &[])]);
        assert!(
            has(&o, "*observers", "they thought Acme Group would pull out."),
            "{o:?}"
        );
    }

    #[test]
    fn a_pronoun_before_two_joined_verbs_is_the_subject_of_the_saying() {
        let body = "Omar Bell spoke on Monday. He then approached a director and said, \"I want you to make a horror film.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(&o, "Omar Bell", "I want you to make a horror film."),
            "{o:?}"
        );
        let body = "Omar Bell spoke on Monday. He ended by saying \"we are ready to take more steps towards peace.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(
                &o,
                "Omar Bell",
                "we are ready to take more steps towards peace."
            ),
            "{o:?}"
        );
        let body =
            "Omar Bell spoke on Monday. He stood up and said the plan would cost far too much.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(&o, "Omar Bell", "the plan would cost far too much."),
            "{o:?}"
        );
        // (not a pronoun inside a reported clause: the coach said it)
        let body = "Omar Bell fell in the box. The coach insisted he was fouled when he fell and said the referee had made a wrong decision.";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            o.iter()
                .all(|c| !(c.0 == "Omar Bell" && c.1.contains("wrong decision"))),
            "{o:?}"
        );
    }

    #[test]
    fn it_after_a_quote_is_the_organization_opening_the_sentence_before() {
        let body = "The Acme Group welcomed the new rules on Monday. \"This move today is the best of both worlds,\" it said.";
        let (o, _) = run(body, &[("Acme Group", O, &[])]);
        assert!(
            has(
                &o,
                "Acme Group",
                "This move today is the best of both worlds"
            ),
            "{o:?}"
        );
        // (not one the sentence only mentions, nor its subject's possessor)
        for body in [
            "Shares in the Acme Group fell on Monday. \"This move today is the best of both worlds,\" it said.",
            "The administrator told Acme Group on Monday that costs were high. \"This move today is the best of both worlds,\" it said.",
            "The Acme Group's own staff rejected the plan. \"This move today is the best of both worlds,\" it said.",
        ] {
            let (o, _) = run(body, &[("Acme Group", O, &[])]);
            assert!(o.iter().all(|c| c.0 != "Acme Group"), "{body}: {o:?}");
        }
    }

    #[test]
    fn one_of_a_group_and_a_local_office_named_first_are_unnamed_sources() {
        let body =
            "Four men were jailed. One of the victims said, \"I was treated like a toy by them.\"";
        let (o, _) = run(body, &[]);
        assert!(
            has(&o, "*victims", "I was treated like a toy by them."),
            "{o:?}"
        );
        let body = "Aviation Minister Omar Bell said 18 people died. The local health minister said, \"The injured have been taken to hospitals.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(
                &o,
                "*local health minister",
                "The injured have been taken to hospitals."
            ),
            "{o:?}"
        );
        // (but not an office the reader knows, nor a local one someone named holds)
        let (o, _) = run(
            "The prime minister said, \"The injured have been taken to hospitals.\"",
            &[],
        );
        assert!(o.iter().all(|c| !c.0.starts_with('*')), "{o:?}");
        let body = "The local health minister, Omar Bell, visited. The local health minister said, \"The injured have been taken to hospitals.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(
            has(&o, "Omar Bell", "The injured have been taken to hospitals."),
            "{o:?}"
        );
    }

    #[test]
    fn a_place_after_a_possessor_and_a_preposition_is_no_speaker() {
        let body = "Doctors treating patients in Lorsk's Tavan Province reported that the virus spreads fast.";
        let (o, _) = run(
            body,
            &[
                ("Lorsk", C, &[]),
                (
                    "Tavan Province",
                    EntityKind::Place(crate::model::PlaceKind::Generic),
                    &[],
                ),
            ],
        );
        assert!(
            o.iter().all(|c| c.0 != "Tavan Province" && c.0 != "Lorsk"),
            "{o:?}"
        );
        // an organization after a possessor still speaks ("War on Want's Ana Ruiz" style names)
        let (o, _) = run(
            "Lorsk's Acme Group said profits rose sharply this year.",
            &[("Lorsk", C, &[]), ("Acme Group", O, &[])],
        );
        assert!(
            has(&o, "Acme Group", "profits rose sharply this year."),
            "{o:?}"
        );
    }

    #[test]
    fn a_national_government_speaks_for_its_country() {
        let body = "The envoy fell ill in Germany. On Wednesday, the German government said the envoy had been poisoned.";
        let (o, _) = run(body, &[("Germany", C, &[])]);
        assert!(
            has(&o, "Government of Germany", "the envoy had been poisoned."),
            "{o:?}"
        );
        // not a country the article does not name
        let (o, _) = run(
            "The envoy fell ill. The French government said the envoy had been poisoned.",
            &[("Germany", C, &[])],
        );
        assert!(o.iter().all(|c| !c.0.contains("Germany")), "{o:?}");
    }

    #[test]
    fn a_quoted_discourse_word_split_off_a_quote_is_no_claim() {
        let body = "\"However,\" Omar Bell told reporters, \"this study does lay groundwork for more work.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &[])]);
        assert!(o.iter().all(|c| c.1 != "However"), "{o:?}");
        assert!(
            has(
                &o,
                "Omar Bell",
                "this study does lay groundwork for more work."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn someone_unnamed_by_a_possessive_role_and_according_to_after_but() {
        let (o, _) = run(
            "Omar Bell died on Monday. His agent said he had been ill for months.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "*agent", "he had been ill for months."), "{o:?}");
        let (o, _) = run(
            "The family gave no cause, but, according to his agent, Bell had undergone surgery.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "*agent", "Bell had undergone surgery."), "{o:?}");
    }

    #[test]
    fn a_family_and_associates_are_unnamed_sources_and_the_head_noun_wins() {
        let (o, _) = run(
            "The singer has died at the age of 79, his family said.",
            &[],
        );
        assert!(o.iter().any(|c| c.0 == "*family"), "{o:?}");
        let (o, _) = run(
            "Omar Bell fell ill on Thursday. His associates have alleged he was poisoned.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "*associates", "he was poisoned."), "{o:?}");
        // the last source noun before a preposition is the head
        let (o, _) = run(
            "The prime minister's official spokesman said the talks would go on.",
            &[],
        );
        assert!(has(&o, "*spokesman", "the talks would go on."), "{o:?}");
        // a coordinated clause has its own subject
        let (o, _) = run(
            "Omar Bell turned himself in, and his lawyers have claimed he acted in self defence.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "*lawyers", "he acted in self defence."), "{o:?}");
        // "alleged" reports a claim; a subject pronoun opens a clause without "that"
        let (o, _) = run(
            "Omar Bell admitted he used to play truant. Prosecutors alleged he hid the money.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "Omar Bell", "he used to play truant."), "{o:?}");
        assert!(has(&o, "*prosecutors", "he hid the money."), "{o:?}");
    }

    #[test]
    fn a_station_number_and_programme_name_belong_to_the_hearer() {
        let (o, _) = run(
            "Omar Bell told BBC Radio 4's Today Programme it was not fair to blame the public.",
            &[("Omar Bell", P, &[]), ("BBC Radio", N, &[])],
        );
        assert!(
            has(&o, "Omar Bell", "it was not fair to blame the public."),
            "{o:?}"
        );
        let (o, _) = run(
            "Omar Bell told BBC Radio 4's World at One the plan was dead.",
            &[("Omar Bell", P, &[]), ("BBC Radio", N, &[])],
        );
        assert!(has(&o, "Omar Bell", "the plan was dead."), "{o:?}");
    }

    #[test]
    fn according_to_a_statement_by_someone_s_office_and_a_quote() {
        let body = "President Lea Holt spoke on Monday. According to a statement released by Holt's office, \"ending the threat from the militia\" is the aim of the operation.";
        let (o, _) = run(body, &[("Lea Holt", P, &["Holt"])]);
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "ending the threat from the militia"
                && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
        let (o, _) = run(
            "According to a report by Acme Research, exports fell by a fifth.",
            &[("Acme Research", O, &[])],
        );
        assert!(
            has(&o, "Acme Research", "exports fell by a fifth."),
            "{o:?}"
        );
    }

    #[test]
    fn a_definite_description_names_the_person_with_that_role() {
        let body = "Omar Bell, the lawyer for the two sprinters, said the case was weak. The lawyer added that he had proof. The lawyer has also promised that the fees will be paid.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(has(&o, "Omar Bell", "he had proof."), "{o:?}");
        assert!(has(&o, "Omar Bell", "the fees will be paid."), "{o:?}");
        let body =
            "Home Secretary Omar Bell spoke first. The home secretary said the law was needed.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(has(&o, "Omar Bell", "the law was needed."), "{o:?}");
        // not someone with another role, nor someone the description only follows
        let body =
            "Home Secretary Omar Bell spoke first. The foreign secretary said the law was needed.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(o.iter().all(|c| c.0 != "Omar Bell"), "{o:?}");
        // an organization that describes a person is not the speaker: the person is
        let body = "Acme Party leader Omar Bell spoke first. The Acme Party leader argued that the plan was wrong.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"]), ("Acme Party", O, &[])]);
        assert!(has(&o, "Omar Bell", "the plan was wrong."), "{o:?}");
        let (o, _) = run("During the debate, the Acme Party peer and former minister argued that the plan was wrong.", &[("Acme Party", O, &[])]);
        assert!(o.iter().all(|c| c.0 != "Acme Party"), "{o:?}");
        // (a place's or a body's possessive before the role: "Ohio's governor")
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Omar Bell", P, &["Bell"]),
            ("Lorsk", C, &[]),
            ("Acme", O, &[]),
        ];
        let body = "Lorsk Governor Omar Bell spoke first. Lorsk's governor has promised the roads will reopen. Acme's chief executive said the plan would work.";
        let (o, _) = run(body, who);
        assert!(has(&o, "Omar Bell", "the roads will reopen."), "{o:?}");
        assert!(
            o.iter()
                .all(|c| c.1 != "the plan would work." || c.0 != "Omar Bell"),
            "{o:?}"
        );
        let body = "Echoing Omar Bell, the minister said reform was needed. The minister added that the law would pass.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            o.iter()
                .all(|c| c.1 != "the law would pass." || c.0 != "Omar Bell"),
            "{o:?}"
        );
    }

    #[test]
    fn a_relative_clause_without_its_pronoun_is_no_claim() {
        let (o, _) = run(
            "Omar Bell is suing the studio over an injury he said he suffered while filming.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(o.is_empty(), "{o:?}");
        // but a time word or a possessed noun before the speaker is no relative clause
        let (o, _) = run(
            "Omar Bell refused at first. But now he claims the club should be punished.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(&o, "Omar Bell", "the club should be punished."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz toured the plant on Monday, where the firm has seen momentum that reinforced the role it believed the plant could play.", &[("Ana Ruiz", P, &["Ruiz"])]);
        assert!(o.is_empty(), "{o:?}");
        // nor a noun of the saying's occasion or time
        let (o, _) = run(
            "Omar Bell resigned on Monday. In a statement he said the board had misled him.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "Omar Bell", "the board had misled him."), "{o:?}");
        let (o, _) = run(
            "Acme Corp said the report was false. The next day it said the figures were wrong.",
            &[("Acme Corp", O, &[])],
        );
        assert!(has(&o, "Acme Corp", "the figures were wrong."), "{o:?}");
    }

    #[test]
    fn a_relative_speaks_unnamed_or_by_the_name_in_apposition() {
        let (o, _) = run(
            "Omar Bell died on Wednesday. \"He had a wonderful life,\" his son said.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(has(&o, "*son", "He had a wonderful life"), "{o:?}");
        let (o, _) = run("Omar Bell died on Wednesday. \"This day is very hard for me,\" said his father, Rui Bell, after the ceremony.", &[("Omar Bell", P, &[]), ("Rui Bell", P, &[])]);
        assert!(has(&o, "Rui Bell", "This day is very hard for me"), "{o:?}");
        // a name after the comma that opens the clause is its subject, not an apposition
        let (o, _) = run(
            "According to his agent, Omar Bell had undergone surgery.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(&o, "*agent", "Omar Bell had undergone surgery."),
            "{o:?}"
        );
    }

    #[test]
    fn local_alone_is_no_source() {
        let (o, _) = run(
            "The airport was evacuated and local police warned people to stay inside.",
            &[],
        );
        assert!(o.iter().all(|c| c.0 != "*local"), "{o:?}");
        let (o, _) = run("Locals said the river had never been so high.", &[]);
        assert!(
            has(&o, "*locals", "the river had never been so high."),
            "{o:?}"
        );
    }

    #[test]
    fn someone_unnamed_ends_before_a_participle() {
        let (o, _) = run(
            "\"Free downloads have killed new bands,\" said one musician quoted by the report.",
            &[],
        );
        assert!(o.iter().any(|c| c.0 == "*musician"), "{o:?}");
    }

    #[test]
    fn the_nationality_names_the_person_it_stood_before() {
        let body = "Russian Omar Bell beat the champion on Sunday. The Russian added that he was not worried by his ankle.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            has(&o, "Omar Bell", "he was not worried by his ankle."),
            "{o:?}"
        );
    }

    #[test]
    fn a_participle_speaks_for_the_main_clause_subject_not_its_object() {
        let people: &[(&str, EntityKind, &[&str])] = &[
            ("Mary Jones", P, &["Jones"]),
            ("John Carter", P, &["Carter"]),
        ];
        let (o, _) = run("Mary Jones won the prize. She thanked John Carter for his help, adding: \"We could not have done it alone.\"", people);
        assert!(
            has(&o, "Mary Jones", "We could not have done it alone.") && o.len() == 1,
            "{o:?}"
        );
        let (o, _) = run(
            "Mary Jones won the prize. She praised John Carter, saying the team had done well.",
            people,
        );
        assert!(
            has(&o, "Mary Jones", "the team had done well.") && o.len() == 1,
            "{o:?}"
        );
        // a description as the subject: not the name it thanked (nobody known here)
        let (o, _) = run(
            "The producers defended John Carter, saying his comments were jokes.",
            people,
        );
        assert!(o.iter().all(|c| c.0 != "John Carter"), "{o:?}");
        // the name as the subject still speaks
        let (o, _) = run("John Carter thanked Mary Jones for her help, adding: \"We could not have done it alone.\"", people);
        assert!(
            has(&o, "John Carter", "We could not have done it alone."),
            "{o:?}"
        );
        // "that," with an aside opens the clause
        let (o, _) = run(
            "John Carter argued that, as mayor, he could not be sued.",
            people,
        );
        assert!(
            has(&o, "John Carter", "as mayor, he could not be sued."),
            "{o:?}"
        );
    }

    #[test]
    fn an_interview_with_a_described_outlet_is_no_part_of_the_claim() {
        let people: &[(&str, EntityKind, &[&str])] = &[("John Carter", P, &[])];
        for body in [
            "John Carter said in an interview with US magazine Weekly Times recently that he rarely watched films.",
            "John Carter said in an interview with French radio station Europe 1 that he rarely watched films.",
            "John Carter said in an interview with state television that he rarely watched films.",
        ] {
            let (o, _) = run(body, people);
            assert!(has(&o, "John Carter", "he rarely watched films.") && o.len() == 1, "{body}: {o:?}");
        }
    }

    #[test]
    fn a_relative_clause_s_report_ends_where_the_main_verb_comes_back() {
        let people: &[(&str, EntityKind, &[&str])] = &[
            ("John Carter", P, &["Carter"]),
            ("Mary Jones", P, &["Jones"]),
        ];
        let (o, _) = run("John Carter, who admitted he was not the first choice, said he regarded the film as his best work.", people);
        assert!(
            has(&o, "John Carter", "he was not the first choice")
                && has(&o, "John Carter", "he regarded the film as his best work."),
            "{o:?}"
        );
        // a relative clause inside the reported words stays in them
        let (o, _) = run(
            "John Carter said the man, who later fled, claimed he was acting alone.",
            people,
        );
        assert!(
            has(
                &o,
                "John Carter",
                "the man, who later fled, claimed he was acting alone."
            ) && o.len() == 1,
            "{o:?}"
        );
        // an inverted attribution after reported words ends them
        let (o, _) = run(
            "The lawyer for Mary Jones had said the rules were unfair, said Mr Carter.",
            people,
        );
        assert!(o.iter().all(|c| !c.1.contains("said Mr Carter")), "{o:?}");
    }

    #[test]
    fn a_gathering_or_medium_told_is_no_part_of_the_claim() {
        let people: &[(&str, EntityKind, &[&str])] = &[("John Carter", P, &["Carter"])];
        for (body, claim) in [
            ("John Carter told a news conference: \"We will win the vote.\"", "We will win the vote."),
            ("John Carter told his monthly news conference Britain would keep the veto.", "Britain would keep the veto."),
            ("John Carter told a meeting of the Lakeside Water Authority it would be unwise to wait.", "it would be unwise to wait."),
            ("John Carter told an audience in the Midlands that the policy was unchanged.", "the policy was unchanged."),
            ("John Carter told the local newspaper Clarin it would not accept the change.", "it would not accept the change."),
        ] {
            let (o, _) = run(body, people);
            assert!(has(&o, "John Carter", claim) && o.len() == 1, "{body}: {o:?}");
        }
        let (o, _) = run(
            "John Carter told the Radio Lakeside programme Go Digital he hoped to win.",
            &[("John Carter", P, &[]), ("Radio Lakeside", N, &[])],
        );
        assert!(has(&o, "John Carter", "he hoped to win."), "{o:?}");
        // a medium described before its name, with no article
        for body in [
            "John Carter told US TV network Lakeside News on Sunday that he hoped to win.",
            "John Carter told state broadcaster LTV that he hoped to win.",
            "John Carter told US TV show 60 Minutes that he hoped to win.",
        ] {
            let (o, _) = run(body, people);
            assert!(has(&o, "John Carter", "he hoped to win."), "{body}: {o:?}");
        }
        // a possessive goes on to whom it was told: "the show's director"
        let (o, _) = run(
            "John Carter told the show's director: \"We will not die for this show.\"",
            people,
        );
        assert!(o.iter().all(|c| !c.1.starts_with("'s")), "{o:?}");
    }

    #[test]
    fn a_verb_after_but_shares_the_subject_and_ends_the_claim_before_it() {
        let people: &[(&str, EntityKind, &[&str])] = &[
            ("John Carter", P, &["Carter"]),
            ("Mary Jones", P, &["Jones"]),
        ];
        let (o, _) = run("John Carter said he does not want higher taxes but on Wednesday said other promises would wait.", people);
        assert!(
            has(&o, "John Carter", "he does not want higher taxes")
                && has(&o, "John Carter", "other promises would wait."),
            "{o:?}"
        );
        let (o, _) = run("John Carter spoke on Monday. Answering critic Mary Jones, he insisted talks were going on, but added the door was open.", people);
        assert!(
            has(&o, "John Carter", "talks were going on")
                && has(&o, "John Carter", "the door was open."),
            "{o:?}"
        );
        let (o, _) = run("John Carter claimed a vaccine was near and said people were learning to live with the virus.", people);
        assert!(
            has(&o, "John Carter", "a vaccine was near")
                && has(
                    &o,
                    "John Carter",
                    "people were learning to live with the virus."
                ),
            "{o:?}"
        );
        // "yesterday night" is the saying's time
        let (o, _) = run(
            "John Carter said yesterday night that twenty people had been killed.",
            people,
        );
        assert!(
            has(&o, "John Carter", "twenty people had been killed."),
            "{o:?}"
        );
        // "during" inside an appositive still open belongs to it
        let (o, _) = run("Reports said John Carter, a former senator who gained fame during his 2018 run, does not plan to run.", people);
        assert!(
            o.iter().any(|c| c.1.ends_with("does not plan to run.")),
            "{o:?}"
        );
        // a passive "said to be" goes on with the claim; "that" before a verb is its subject
        let (o, _) = run(
            "John Carter said the plan was good but said to be costly.",
            people,
        );
        assert!(
            has(
                &o,
                "John Carter",
                "the plan was good but said to be costly."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "John Carter confirmed he had attended the meeting but said that was his only contact.",
            people,
        );
        assert!(
            has(&o, "John Carter", "that was his only contact."),
            "{o:?}"
        );
    }

    #[test]
    fn an_aside_opening_with_a_preposition_is_not_the_subject() {
        let (o, _) = run(
            "Lakemart, in its March 8 media release, reported that many stores were selling out.",
            &[("Lakemart", O, &[])],
        );
        assert!(
            has(&o, "Lakemart", "many stores were selling out."),
            "{o:?}"
        );
        // a relative aside names no subject ("for which X gave access")
        let (o, _) = run(
            "Excerpts from the book, for which John Carter gave access, revealed the plan was old.",
            &[("John Carter", P, &[])],
        );
        assert!(o.iter().all(|c| c.0 != "John Carter"), "{o:?}");
    }

    #[test]
    fn a_relative_saying_with_its_subject_gone_claims_the_predicate() {
        let people: &[(&str, EntityKind, &[&str])] =
            &[("John Carter", P, &[]), ("Lakeside Agency", O, &[])];
        let (o, _) = run("John Carter was picked for the mission, which Lakeside Agency said might take place in May.", people);
        assert!(
            has(&o, "Lakeside Agency", "might take place in May."),
            "{o:?}"
        );
        assert_eq!(o.len(), 1, "{o:?}");
        // (and it ends where a clause of its own begins)
        let (o, _) = run("John Carter lost the ads, which Lakeside Agency has said were cut for lack of airtime, and he was angry.", people);
        assert!(
            o.iter().any(|c| c.0 == "Lakeside Agency"
                && c.1.starts_with("were cut for lack of airtime")
                && !c.1.contains("angry")),
            "{o:?}"
        );
        let (o, _) = run(
            "The mission, which Lakeside Agency says will cost $5m, was approved.",
            people,
        );
        assert!(has(&o, "Lakeside Agency", "will cost $5m"), "{o:?}");
        // a whole clause after "which X said" stays one
        let (o, _) = run(
            "John Carter joined the mission, which Lakeside Agency said the crew would fly in May.",
            people,
        );
        assert!(
            has(&o, "Lakeside Agency", "the crew would fly in May."),
            "{o:?}"
        );
        // an occasion before a quote is the saying's ("told the BBC after the verdict")
        let (o, _) = run(
            "John Carter told the BBC after the verdict \"My client is relieved.\"",
            people,
        );
        assert!(has(&o, "John Carter", "My client is relieved."), "{o:?}");
    }

    #[test]
    fn the_firm_is_the_company_named_last() {
        let orgs: &[(&str, EntityKind, &[&str])] = &[("Brindley", O, &[]), ("Lakemart", O, &[])];
        let (o, _) = run(
            "Brindley reported a loss. The firm also said it would hire staff.",
            orgs,
        );
        assert!(has(&o, "Brindley", "it would hire staff."), "{o:?}");
        // not a firm governed by a preposition
        let (o, _) = run(
            "Brindley was fighting a case against Lakemart. The company said it would appeal.",
            orgs,
        );
        assert!(has(&o, "Brindley", "it would appeal."), "{o:?}");
        // "neither admitted nor denied" says nothing
        let (o, _) = run(
            "Brindley paid the fine. The firm has neither admitted nor denied wrongdoing.",
            orgs,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_contrasting_clause_after_a_quote_names_another_speaker() {
        let people: &[(&str, EntityKind, &[&str])] =
            &[("John Carter", P, &[]), ("Mary Jones", P, &[])];
        let (o, _) = run("John Carter told Radio Lakeside Cummings \"was a great man,\" while Mary Jones noted his \"strength and wisdom\" on Twitter.", &[("John Carter", P, &[]), ("Mary Jones", P, &[]), ("Radio Lakeside", N, &[])]);
        assert!(
            o.iter()
                .any(|c| c.0 == "John Carter" && c.1.contains("was a great man")),
            "{o:?}"
        );
        assert!(
            o.iter()
                .all(|c| c.0 != "Mary Jones" || !c.1.contains("great man")),
            "{o:?}"
        );
        // a clause after "According to X," that names its own speaker is that speaker's
        let (o, _) = run("John Carter spoke. According to a text released by officials, he told delegates: \"We must be united.\"", people);
        assert!(has(&o, "John Carter", "We must be united."), "{o:?}");
        // "told the world" names no hearer and no claim
        let (o, _) = run("\"Let us discuss this emergency first,\" John Carter told the world on Thursday via Twitter.", people);
        assert!(
            has(&o, "John Carter", "Let us discuss this emergency first") && o.len() == 1,
            "{o:?}"
        );
    }

    #[test]
    fn an_inverted_role_then_a_name_is_that_person() {
        let (o, _) = run("\"Rates helped,\" said Lakeside chief economist, Steve Radley. \"The Bank should cut rates.\"", &[("Steve Radley", P, &[])]);
        assert!(
            has(&o, "Steve Radley", "Rates helped")
                && has(&o, "Steve Radley", "The Bank should cut rates."),
            "{o:?}"
        );
    }

    #[test]
    fn a_verb_after_and_in_the_writer_s_first_person_has_no_named_speaker() {
        let (o, _) = run("I bought my son John Carter a phone, partly because I am supposed to know about technology and thought I should see how it works.", &[("John Carter", P, &[])]);
        assert!(o.iter().all(|c| c.0 != "John Carter"), "{o:?}");
    }

    #[test]
    fn mixed_claim() {
        let body = "Lea Holt said the deal was \"a win for every farmer in the valley\" and a loss for no one.";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].2, ClaimKind::Mixed);
        assert_eq!(
            o[0].1,
            "the deal was \"a win for every farmer in the valley\" and a loss for no one."
        );
    }

    #[test]
    fn scare_quotes_are_not_claims() {
        let body = "The plan, dubbed the \"green corridor\" by locals, will cost millions. The \"fair deal\" was signed.";
        let (o, _) = run(body, &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn added_with_an_object_reports_nothing() {
        for body in [
            "Fly-half Omar Bell added four conversions as the side kept their start going.",
            "Omar Bell added a second goal with a shot in injury time.",
            "Omar Bell added the trophy to his long list of titles.",
            "Omar Bell renewed his support for the plan, and added a call for new talks.",
        ] {
            let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // but a clause after it is reported
        let (o, _) = run(
            "Elsewhere, the Lisbon Bankers Association added underlying lending rose by 4% in May.",
            &[("Lisbon Bankers Association", O, &[])],
        );
        assert!(
            has(
                &o,
                "Lisbon Bankers Association",
                "underlying lending rose by 4% in May."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Omar Bell spoke on Monday. He added the new targets intended to cut waiting times.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(
                &o,
                "Omar Bell",
                "the new targets intended to cut waiting times."
            ),
            "{o:?}"
        );
        let (o, _) = run("Omar Bell added its bid to buy a stake in the Lisbon bank, was being studied by regulators.", &[("Omar Bell", P, &["Bell"])]);
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.starts_with("its bid")),
            "{o:?}"
        );
    }

    #[test]
    fn an_object_with_a_participle_is_no_reported_clause() {
        for body in [
            "Omar Bell posted a podcast dedicated to the victims.",
            "Omar Bell warned against players being too closely linked with politicians.",
            "Omar Bell wrote the screenplay based on his novel.",
            "Omar Bell observed eleven proteins found only in slug glue.",
        ] {
            let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // the participle that reports the words makes the claim
        let (o, _) = run(
            "Omar Bell posted a message on Friday announcing he had tested positive.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            o.len() == 1 && has(&o, "Omar Bell", "he had tested positive."),
            "{o:?}"
        );
        // (an infinitive is no finite verb: "claiming a right to have a say")
        let (o, _) = run(
            "Omar Bell called for talks, claiming a right for Lorsk to have a say in the projects.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(o.is_empty(), "{o:?}");
        // (a participle after a quotation names no speaker)
        let body = "Omar Bell rebuffed the Acme Party's description of him as an \"attack dog\", claiming such abuse meant Acme Party was rattled.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"]), ("Acme Party", O, &[])]);
        assert!(o.iter().all(|c| c.0 != "Acme Party"), "{o:?}");
        let (o, _) = run(
            "Omar Bell attacked the mayor for the tweet, claiming he used it to distract voters.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(&o, "Omar Bell", "he used it to distract voters."),
            "{o:?}"
        );
    }

    #[test]
    fn a_word_or_two_quoted_after_another_is_a_term() {
        let body = "\"We will grow,\" Omar Bell said. The new system is not \"open\" or \"free\".";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            o.len() == 1 && has(&o, "Omar Bell", "We will grow"),
            "{o:?}"
        );
    }

    #[test]
    fn a_written_statement_reads() {
        let body = "Viewers complained he was \"lewd\" and \"rude\". \"The singer had been asked to tone his act down,\" a Daily Clarion statement read. \"He ignored this.\"";
        let (o, _) = run(body, &[("Daily Clarion", O, &[])]);
        assert!(
            has(
                &o,
                "Daily Clarion",
                "The singer had been asked to tone his act down"
            ),
            "{o:?}"
        );
        assert!(has(&o, "Daily Clarion", "He ignored this."), "{o:?}");
    }

    #[test]
    fn an_indirect_question_or_a_stance_is_no_claim() {
        for body in [
            "Omar Bell explained why he paused before striking the ball.",
            "Omar Bell explained how the tricks had been used in various scenes.",
            "Omar Bell argued against the bid by the agency to publish the list.",
        ] {
            let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // "whether ... or ..., CLAUSE" opens a claim
        let (o, _) = run(
            "Omar Bell said whether voters chose Acme or Zeta, it would end in defeat.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.starts_with("whether")),
            "{o:?}"
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_without_its_pronoun_is_not_the_speaker() {
        let (o, _) = run("Some of the protesters the Daily Clarion interviewed said they had come to defend their rights.", &[("Daily Clarion", O, &[])]);
        assert!(
            has(&o, "*protesters", "they had come to defend their rights."),
            "{o:?}"
        );
        let (o, _) = run(
            "The officials Ana Ruiz consulted said the plan was legal.",
            &[("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(has(&o, "*officials", "the plan was legal."), "{o:?}");
        // (but a name right before its verb is its subject)
        let (o, _) = run(
            "Last week the Daily Clarion reported the plan was legal.",
            &[("Daily Clarion", O, &[])],
        );
        assert!(has(&o, "Daily Clarion", "the plan was legal."), "{o:?}");
    }

    #[test]
    fn people_a_preposition_governs_together_are_not_the_speaker() {
        let body = "The sources, all allies of Omar Bell and Rui Vaz, said the mayor felt the war had undermined him.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Rui Vaz", P, &["Vaz"])],
        );
        assert!(
            o.iter().all(|c| c.0 != "Omar Bell" && c.0 != "Rui Vaz"),
            "{o:?}"
        );
        // (a place the preposition governs does not carry over to the person after "and")
        let body = "The side won at Carrow Road and Omar Bell said the league was tough.";
        let (o, _) = run(
            body,
            &[
                ("Omar Bell", P, &["Bell"]),
                (
                    "Carrow Road",
                    EntityKind::Place(crate::model::PlaceKind::Generic),
                    &[],
                ),
            ],
        );
        assert!(has(&o, "Omar Bell", "the league was tough."), "{o:?}");
    }

    #[test]
    fn a_phrase_someone_was_called_is_the_caller_s() {
        let body = "Reminded that Omar Bell called him \"a disgrace\", Rui Vaz added: \"I don't respond to anything.\"";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Rui Vaz", P, &["Vaz"])],
        );
        assert!(has(&o, "Omar Bell", "a disgrace"), "{o:?}");
        assert!(has(&o, "Rui Vaz", "I don't respond to anything."), "{o:?}");
    }

    #[test]
    fn a_claim_ends_where_but_opens_another_saying() {
        let body = "Critics say the treaty is a step towards a federal state, but advocates say it makes the union work.";
        let (o, _) = run(body, &[]);
        assert!(
            has(
                &o,
                "*critics",
                "the treaty is a step towards a federal state"
            ),
            "{o:?}"
        );
        assert!(has(&o, "*advocates", "it makes the union work."), "{o:?}");
        // (a denial goes on with the claim)
        let body = "Omar Bell said the mayor should resign, but did not believe the council was strong enough to force him.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            o.len() == 1 && o[0].1.starts_with("the mayor should resign, but"),
            "{o:?}"
        );
        // (the speaker goes on after "but": "admitted X, but said Y" is two claims)
        let body = "Omar Bell admitted sales were \"below where we would expect\", but said profits should still rise.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            has(
                &o,
                "Omar Bell",
                "sales were \"below where we would expect\""
            ),
            "{o:?}"
        );
        assert!(has(&o, "Omar Bell", "profits should still rise."), "{o:?}");
    }

    #[test]
    fn reported_words_around_a_quote_make_one_mixed_claim() {
        let body = "Ministers had to be sure councils could deliver without \"unreasonable tax rises\", Omar Bell added.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(o.len() == 1 && o[0].1 == "Ministers had to be sure councils could deliver without \"unreasonable tax rises\"" && o[0].2 == ClaimKind::Mixed, "{o:?}");
        // (a whole sentence quoted after narration stays a direct quote)
        let body = "The town may find a friend in Lisbon \"We support the plan and we will say so,\" said Omar Bell.";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
        assert!(
            has(&o, "Omar Bell", "We support the plan and we will say so"),
            "{o:?}"
        );
    }

    #[test]
    fn a_time_or_place_after_the_verb_opens_no_claim() {
        for body in [
            "Omar Bell told the press after the launch.",
            "Omar Bell said on accepting his award.",
        ] {
            let (o, _) = run(body, &[("Omar Bell", P, &["Bell"])]);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // the quote after it is the speaker's, word for word
        let (o, _) = run(
            "Omar Bell said after the 4-0 win: \"We have a lot of faith in the side.\"",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            o.len() == 1 && has(&o, "Omar Bell", "We have a lot of faith in the side."),
            "{o:?}"
        );
        // a clause after it is reported ("at least" counts)
        let (o, _) = run(
            "Omar Bell said during his years in the city he had seen mayors come and go.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.contains("he had seen mayors")),
            "{o:?}"
        );
        let (o, _) = run(
            "Omar Bell said at least 71 people died in the flood.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(&o, "Omar Bell", "at least 71 people died in the flood."),
            "{o:?}"
        );
    }

    #[test]
    fn told_what_is_a_question_unless_a_clause_follows() {
        let (o, _) = run(
            "Omar Bell told us what we should do.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Omar Bell told reporters what was needed was one approach.",
            &[("Omar Bell", P, &["Bell"])],
        );
        assert!(
            has(&o, "Omar Bell", "what was needed was one approach."),
            "{o:?}"
        );
    }

    #[test]
    fn a_claim_ends_where_while_names_another_speaker() {
        let body = "Omar Bell said the victims were young while Interior Minister Rui Vaz wrote he had ordered checks.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Rui Vaz", P, &["Vaz"])],
        );
        assert!(has(&o, "Omar Bell", "the victims were young"), "{o:?}");
    }

    #[test]
    fn a_campaign_or_an_office_speaks_for_its_owner() {
        let (o, _) = run(
            "Senator Lea Holt's campaign said she was ending her bid today.",
            &[("Lea Holt", P, &["Holt"])],
        );
        assert!(
            has(&o, "Lea Holt", "she was ending her bid today."),
            "{o:?}"
        );
        // (not an owner named earlier in the sentence)
        let body = "The PM insisted nothing would derail Acme Party's campaign, despite a new book saying he has upset the chancellor.";
        let (o, _) = run(body, &[("Acme Party", O, &[])]);
        assert!(o.iter().all(|c| c.0 != "Acme Party"), "{o:?}");
    }

    #[test]
    fn a_hearer_and_a_time_before_that_open_the_clause() {
        let (o, _) = run("Detective Lea Holt stated to the Daily Clarion in late June that the closure drove up prices.", &[("Lea Holt", P, &["Holt"]), ("Daily Clarion", O, &[])]);
        assert!(has(&o, "Lea Holt", "the closure drove up prices."), "{o:?}");
        // (but not "alleges to be the leader of a group that ...")
        let (o, _) = run("Acme Corp has a complaint against Zeta Bank, which it alleges to be the leader of a group that was behind the bid.", &[("Acme Corp", O, &[]), ("Zeta Bank", O, &[])]);
        assert!(o.iter().all(|c| !c.1.starts_with("was behind")), "{o:?}");
    }

    #[test]
    fn a_study_a_survey_or_a_poll_is_an_unnamed_source() {
        let (o, _) = run(
            "The study reported the organisms were reproducing normally.",
            &[],
        );
        assert!(
            has(&o, "*study", "the organisms were reproducing normally."),
            "{o:?}"
        );
        let (o, _) = run(
            "A survey by the institute suggested buyers could not afford a home.",
            &[],
        );
        assert!(
            has(&o, "*survey", "buyers could not afford a home."),
            "{o:?}"
        );
    }

    #[test]
    fn police_and_neighbours_are_unnamed_sources() {
        let (o, _) = run(
            "Further charges may be laid in the future, police said.",
            &[],
        );
        assert!(
            has(&o, "*police", "Further charges may be laid in the future"),
            "{o:?}"
        );
        let (o, _) = run(
            "Neighbours told reporters that the area is usually quiet.",
            &[],
        );
        assert!(
            has(&o, "*neighbours", "the area is usually quiet."),
            "{o:?}"
        );
        // (a possessor is not the source: "the police's internal investigators")
        let (o, _) = run("The head of the police's internal investigators told the court \"Basic checks were not done.\"", &[]);
        assert!(
            has(&o, "*investigators", "Basic checks were not done."),
            "{o:?}"
        );
    }

    #[test]
    fn a_time_then_a_comma_before_the_reported_clause() {
        let (o, _) = run(
            "Local officials said on Saturday, about 20 buildings collapsed.",
            &[],
        );
        assert!(
            has(&o, "*local officials", "about 20 buildings collapsed."),
            "{o:?}"
        );
        // (not a relative clause: "said in an interview with the Clarion, which was conducted by ...")
        let body = "Omar Bell said in an interview with the Daily Clarion, which was conducted by its editor.";
        let (o, _) = run(
            body,
            &[("Omar Bell", P, &["Bell"]), ("Daily Clarion", O, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_title_in_quotation_marks_is_no_claim() {
        let body = "The court ruled against the city.\n\n– District Judge Ana Ruiz, \"Opinion and Order on the Motion to Dismiss\"";
        let (o, _) = run(body, &[("Ana Ruiz", P, &["Ruiz"])]);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz wrote \"The Long Road Home to the Valley\" in 2001.",
            &[("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(o.is_empty(), "{o:?}");
        // but a short sentence quoted is words spoken
        let (o, _) = run(
            "\"We Will Not Give Up on the valley,\" Ana Ruiz said.",
            &[("Ana Ruiz", P, &["Ruiz"])],
        );
        assert!(
            has(&o, "Ana Ruiz", "We Will Not Give Up on the valley"),
            "{o:?}"
        );
    }

    #[test]
    fn called_it_is_a_claim() {
        let (o, _) = run(
            "Senator Ray Dunn called it \"a disgrace\".",
            &[("Ray Dunn", P, &[])],
        );
        assert!(has(&o, "Ray Dunn", "a disgrace"), "{o:?}");
        let (o, _) = run("The virus was commonly called \"the harbour flu.\"", &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn no_claims_from_captions_or_headings() {
        let body = "Mayor Ana Ruiz says \"we are ready\" at the port. (AP Photo/Jo Lane)\n\nAna Ruiz said the port was safe.";
        let (o, _) = run(body, &[("Ana Ruiz", P, &[])]);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].1, "the port was safe.");
    }

    #[test]
    fn subordinate_clause_ends_reported_speech() {
        let body = "Ever since Lea Holt said at a rally in May that the mine would close, the town has been shrinking.";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(has(&o, "Lea Holt", "the mine would close"), "{o:?}");
    }

    #[test]
    fn post_clause_attribution() {
        let body =
            "The clinic will hire forty nurses next year, the Ministry of Health said on Monday.";
        let (o, _) = run(body, &[("Ministry of Health", O, &[])]);
        assert!(
            has(
                &o,
                "Ministry of Health",
                "The clinic will hire forty nurses next year"
            ),
            "{o:?}"
        );
    }

    #[test]
    fn inverted_with_unnamed_person_phrase() {
        let body = "\"We were never warned,\" said a resident using the name Pell.";
        let (o, _) = run(body, &[("Pell", P, &[])]);
        assert!(has(&o, "Pell", "We were never warned"), "{o:?}");
    }

    #[test]
    fn the_org_founder_is_a_person_not_the_org() {
        let body = "Tom Reyes built the label in 1978. He sold it in 1992. \"I never cared for money,\" said the Acme Records founder.";
        let (o, _) = run(body, &[("Tom Reyes", P, &[]), ("Acme Records", O, &[])]);
        assert!(has(&o, "Tom Reyes", "I never cared for money"), "{o:?}");
        let body = "Tom Reyes built the label in 1978. The Acme Records founder said he never cared for money.";
        let (o, _) = run(body, &[("Tom Reyes", P, &[]), ("Acme Records", O, &[])]);
        assert!(has(&o, "Tom Reyes", "he never cared for money."), "{o:?}");
        // a spokesman speaks for the organization
        let body = "Tom Reyes built the label in 1978. \"I never cared for money,\" the Acme Records founder is quoted as saying.";
        let (o, _) = run(body, &[("Tom Reyes", P, &[]), ("Acme Records", O, &[])]);
        assert!(has(&o, "Tom Reyes", "I never cared for money"), "{o:?}");
        let body = "\"We never cared for money,\" said the Acme Records spokesman.";
        let (o, _) = run(body, &[("Acme Records", O, &[])]);
        assert!(has(&o, "Acme Records", "We never cared for money"), "{o:?}");
    }

    #[test]
    fn the_hearer_named_with_an_affiliation_is_not_the_speaker() {
        let body = "One resident told Ana Silva of the Valley Courier, \"We are used to it.\"";
        let (o, _) = run(body, &[("Ana Silva", P, &[]), ("Valley Courier", N, &[])]);
        assert!(!o.iter().any(|c| c.0 == "Ana Silva"), "{o:?}");
        assert!(
            o.iter()
                .any(|c| c.0.ends_with("resident") && c.1 == "We are used to it."),
            "{o:?}"
        );
    }

    #[test]
    fn an_unknown_outlet_and_its_programme_are_the_hearer() {
        let body =
            "Leave would grow to nine months by 2027, Ms Hewitt told KXTV's Sunday programme.";
        let (o, _) = run(body, &[("Ann Hewitt", P, &["Hewitt"])]);
        assert!(
            has(&o, "Ann Hewitt", "Leave would grow to nine months by 2027"),
            "{o:?}"
        );
        assert!(!o.iter().any(|c| c.1.contains("Sunday programme")), "{o:?}");
    }

    #[test]
    fn a_coordinated_clause_has_its_own_subject() {
        let body = "Small prints are cheaper in shops, said Mr Ross, but the test revealed that large prints were cheaper at home.";
        let (o, _) = run(body, &[("Nick Ross", P, &["Ross"])]);
        assert!(
            !o.iter()
                .any(|c| c.0 == "Nick Ross" && c.1.contains("large prints")),
            "{o:?}"
        );
        // without a subject of its own, the clause goes on with the sentence's
        let body = "The race went to Tom Bell, coached by Nick Ross but the athlete told us that he would not run again.";
        let (o, _) = run(body, &[("Nick Ross", P, &["Ross"]), ("Tom Bell", P, &[])]);
        assert!(!o.iter().any(|c| c.0 == "Nick Ross"), "{o:?}");
        let body = "Nick Ross praised the shops, but added that large prints were cheaper at home.";
        let (o, _) = run(body, &[("Nick Ross", P, &["Ross"])]);
        assert!(
            has(&o, "Nick Ross", "large prints were cheaper at home."),
            "{o:?}"
        );
        let body =
            "Spam was still growing, said Mr Ross, but he did not think that e-mail would fail.";
        let (o, _) = run(body, &[("Nick Ross", P, &["Ross"])]);
        assert!(
            has(&o, "Nick Ross", "did not think that e-mail would fail."),
            "{o:?}"
        );

        // (", however," joins clauses as "but" does)
        let body = "The army denied all claims that Nick Ross was killed, however, an Acme Agency report eventually concluded evidence supported his murder.";
        let (o, _) = run(
            body,
            &[("Nick Ross", P, &["Ross"]), ("Acme Agency", O, &[])],
        );
        assert!(
            has(&o, "Acme Agency", "evidence supported his murder."),
            "{o:?}"
        );
    }

    #[test]
    fn a_quote_after_reported_speech_goes_on_with_its_speaker() {
        let body = "\"Growth is strong,\" said Tom Bell. One leading broker said the real reasons may be political. \"If you file a case, money will not go there.\"";
        let (o, _) = run(body, &[("Tom Bell", P, &[])]);
        assert!(
            o.iter()
                .any(|c| c.0 == "*leading broker" && c.1 == "the real reasons may be political."),
            "{o:?}"
        );
        assert!(
            o.iter()
                .any(|c| c.0.ends_with("broker") && c.1.starts_with("If you file")),
            "{o:?}"
        );
    }

    #[test]
    fn a_quote_after_a_sentence_naming_a_new_person_is_theirs() {
        let body = "\"Savings are gone,\" said Tom Bell. Ana Ruiz, who grew up in Lima, agreed. \"I will think twice before I deposit dollars.\"";
        let (o, _) = run(body, &[("Tom Bell", P, &[]), ("Ana Ruiz", P, &[])]);
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "I will think twice before I deposit dollars."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_quote_after_a_sentence_about_someone_stays_with_the_speaker() {
        let body = "\"He is fit,\" said Tom Bell. Ana Ruiz looks certain to get the call. \"I took lessons from 2001.\"";
        let (o, _) = run(body, &[("Tom Bell", P, &[]), ("Ana Ruiz", P, &[])]);
        assert!(has(&o, "Tom Bell", "I took lessons from 2001."), "{o:?}");
    }

    #[test]
    fn a_given_name_tells_whom_she_means() {
        let body = "Tom Bell met Sarah Okafor on Monday. \"We agreed on nothing,\" she said.";
        let (o, _) = run(body, &[("Sarah Okafor", P, &[]), ("Tom Bell", P, &[])]);
        assert!(has(&o, "Sarah Okafor", "We agreed on nothing"), "{o:?}");
        let body = "Sarah Okafor met Tom Bell on Monday. \"We agreed on nothing,\" he said.";
        let (o, _) = run(body, &[("Sarah Okafor", P, &[]), ("Tom Bell", P, &[])]);
        assert!(has(&o, "Tom Bell", "We agreed on nothing"), "{o:?}");
    }

    #[test]
    fn possessive_is_not_subject() {
        let body = "Bell's sister, Dana Cruz, said on radio, \"He did nothing wrong.\"";
        let (o, _) = run(body, &[("Omar Bell", P, &["Bell"]), ("Dana Cruz", P, &[])]);
        assert!(has(&o, "Dana Cruz", "He did nothing wrong."), "{o:?}");
        // (nor a possessor joined by "and" to another's possessive)
        let who = [
            ("Omar Bell", P, &["Bell"][..]),
            ("Dana Cruz", P, &["Cruz"][..]),
            ("Ida Moss", P, &[][..]),
        ];
        let body = "Omar Bell met Dana Cruz. Bell and Cruz's mother, Ida Moss, said the verdict was unfair.";
        let (o, _) = run(body, &who);
        assert!(has(&o, "Ida Moss", "the verdict was unfair."), "{o:?}");
        let body = "Omar Bell met Dana Cruz. Bell and Cruz's mother said the verdict was unfair.";
        let (o, _) = run(body, &who);
        assert!(o.iter().all(|c| c.0 != "Omar Bell"), "{o:?}");
    }

    #[test]
    fn joint_subjects() {
        let body = "Omar Bell wrote to the board. Both he and the city treasurer Dana Cruz urged the fees be cut.";
        let (o, _) = run(body, &[("Omar Bell", P, &[]), ("Dana Cruz", P, &[])]);
        assert!(has(&o, "Omar Bell", "the fees be cut."), "{o:?}");
        assert!(has(&o, "Dana Cruz", "the fees be cut."), "{o:?}");
    }

    #[test]
    fn the_statement_said_goes_to_its_author() {
        let body = "Lea Holt, in a statement, announced the mine would close. The statement also said jobs would be moved to Ashford.";
        let (o, _) = run(body, &[("Lea Holt", P, &[]), ("Ashford", C, &[])]);
        assert!(has(&o, "Lea Holt", "the mine would close."), "{o:?}");
        assert!(
            has(&o, "Lea Holt", "jobs would be moved to Ashford."),
            "{o:?}"
        );
    }

    #[test]
    fn quote_after_attributed_multi_sentence_quote() {
        let body = "\"The port is closed [...] Nobody works. The ships wait\", Lea Holt continued. \"[W]e need a plan. Now.\"";
        let (o, _) = run(body, &[("Lea Holt", P, &["Holt"])]);
        assert!(
            has(
                &o,
                "Lea Holt",
                "The port is closed [...] Nobody works. The ships wait"
            ),
            "{o:?}"
        );
        assert!(has(&o, "Lea Holt", "[W]e need a plan. Now."), "{o:?}");
    }

    #[test]
    fn sentence_after_quote_paragraph_is_not_attribution() {
        let body = "\"Nobody works here.\"\n\nLea Holt said the ships would wait.";
        let (o, _) = run(body, &[("Lea Holt", P, &["Holt"])]);
        assert!(has(&o, "Lea Holt", "the ships would wait."), "{o:?}");
    }

    #[test]
    fn inverted_speaker_introduced_by_pseudonym() {
        let body =
            "\"We were never warned,\" said a resident using the pseudonym Marta. \"Nobody came.\"";
        let (o, ents) = run(body, &[]);
        assert!(has(&o, "Marta", "We were never warned"), "{o:?}");
        assert!(has(&o, "Marta", "Nobody came."), "{o:?}");
        assert!(ents.by_name("Marta").is_some_and(|id| ents.is_person(id)));
        let (o, _) = run("\"It was loud,\" said a shop owner.", &[]);
        assert!(has(&o, "*shop owner", "It was loud"), "{o:?}");
    }

    #[test]
    fn narration_after_quoted_phrase_is_cut() {
        let body = "A nurse told the Herald Times the ward \"was nearly empty by noon,\" with patients moved to other towns.";
        let (o, _) = run(body, &[]);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].1, "the ward \"was nearly empty by noon,\"");
        let (o, _) = run(
            "Lea Holt said the plant would close, leaving hundreds without work.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "the plant would close"), "{o:?}");
    }

    #[test]
    fn bare_police_resolves_to_named_force() {
        let body =
            "Riverton Police arrested two men. The men were later released, police said on Sunday.";
        let (o, _) = run(body, &[("Riverton Police", O, &[])]);
        assert!(
            has(&o, "Riverton Police", "The men were later released"),
            "{o:?}"
        );
    }

    #[test]
    fn scare_quote_before_verb_keeps_subject() {
        let body = "The Ministry of Health sent its \"warmest wishes\" and said the clinics were \"fully staffed\" for winter.";
        let (o, _) = run(body, &[("Ministry of Health", O, &[])]);
        assert!(
            has(
                &o,
                "Ministry of Health",
                "the clinics were \"fully staffed\" for winter."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn unnamed_source_must_be_subject() {
        let body = "While local media cover the flood, which claimed the lives of ten people in the valley, rescuers are busy.";
        let (o, _) = run(body, &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn verb_lookalikes_are_not_speech() {
        let (o, _) = run(
            "Lea Holt skipped the fair as an added precaution against the flu.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Lea Holt is said to be the favourite for the post.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Voters in six states say the roads are worse than last year.",
            &[],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Lea Holt told me the harvest had failed.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "the harvest had failed."), "{o:?}");
        let (o, _) = run(
            "Lea Holt said on Sunday morning the harvest had failed.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "the harvest had failed."), "{o:?}");
    }

    #[test]
    fn no_panic_without_entities() {
        for body in [
            "\"",
            "said",
            "He said.",
            "“Yes,” he said. “No.”",
            "According to , x.",
            ", said .",
        ] {
            let _ = run(body, &[]);
        }
    }

    #[test]
    fn an_unrecognized_hearer_is_not_part_of_the_claim() {
        let (o, _) = run(
            "Lea Holt told Gazetteville that the bridge would reopen in May.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            has(&o, "Lea Holt", "the bridge would reopen in May."),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt told MPs the budget was balanced.",
            &[("Lea Holt", P, &[])],
        );
        assert!(has(&o, "Lea Holt", "the budget was balanced."), "{o:?}");
    }

    #[test]
    fn believing_in_something_and_think_tanks_are_no_claims() {
        let (o, _) = run(
            "Lea Holt believes in free trade and open borders for all.",
            &[("Lea Holt", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        for body in [
            "A Riverton think tank warned the plan would fail.",
            "Lea Holt's think tank warned the plan would fail.",
            "Lea Holt, whose think tank called the deal a failure, resigned.",
            "Lea Holt runs a think tank that called the deal a failure.",
        ] {
            let (o, _) = run(body, &[("Lea Holt", P, &[])]);
            assert!(o.iter().all(|c| !c.1.starts_with("tank")), "{body}: {o:?}");
        }
    }

    #[test]
    fn a_closing_attribution_after_a_quote_opened_in_an_earlier_sentence() {
        // the comma before the attribution lies in a quote that opened before this sentence
        let body = "\"We will win. We have the votes, the money and the will,\" Lea Holt said.";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(
            o.iter()
                .all(|c| c.0 == "Lea Holt" && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
        assert!(
            o.iter().any(|c| c.1.contains("the money and the will")),
            "{o:?}"
        );
    }

    #[test]
    fn a_quote_after_an_opening_phrase_and_a_comma_is_direct() {
        let (o, _) = run(
            "When she was cast, \"I swear I was speechless,\" Lea Holt told an audience.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "I swear I was speechless"
                && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
        assert!(o.iter().all(|c| !c.1.starts_with("When")), "{o:?}");
        // a quote that continues the sentence makes it mixed, and the claim takes the whole quote
        let (o, _) = run(
            "The plan was \"a total disgrace,\" Lea Holt said.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "The plan was \"a total disgrace,\""
                && c.2 == ClaimKind::Mixed),
            "{o:?}"
        );
    }

    #[test]
    fn a_quoted_phrase_opening_a_reported_clause_is_a_mixed_claim() {
        let (o, _) = run(
            "Lea Holt said that \"every independent expert\" agreed the plan would fail.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "\"every independent expert\" agreed the plan would fail."
                && c.2 == ClaimKind::Mixed),
            "{o:?}"
        );
        // a quote that is the whole clause stays a direct quote
        let (o, _) = run(
            "Lea Holt said that \"the plan will fail.\"",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Lea Holt" && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
        // without "that": a short quote the clause goes on from in lower case
        let (o, _) = run(
            "Lea Holt said \"superior\" tactics could encourage bullying.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "\"superior\" tactics could encourage bullying."
                && c.2 == ClaimKind::Mixed),
            "{o:?}"
        );
        let (o, _) = run(
            "Lea Holt said \"We could not win,\" and the flag is at half-mast.",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter().any(|c| c.0 == "Lea Holt"
                && c.1 == "We could not win"
                && c.2 == ClaimKind::Direct),
            "{o:?}"
        );
    }

    #[test]
    fn the_hearer_s_medium_is_not_part_of_the_claim() {
        let (o, _) = run(
            "Lea Holt told the Riverton Herald website the plan was dead.",
            &[("Lea Holt", P, &[]), ("Riverton Herald", N, &[])],
        );
        assert!(has(&o, "Lea Holt", "the plan was dead."), "{o:?}");
        assert!(
            o.iter().any(|c| c.4.as_deref() == Some("Riverton Herald")),
            "{o:?}"
        );
    }

    #[test]
    fn the_name_right_before_the_verb_is_the_subject() {
        let (o, _) = run(
            "Businessman and Silva loyalist Rui Vaz said the court should decide.",
            &[("Ana Silva", P, &["Silva"]), ("Rui Vaz", P, &[])],
        );
        assert!(has(&o, "Rui Vaz", "the court should decide."), "{o:?}");
        let (o, _) = run(
            "After the takeover of Acme Corp, Globex said it would cut jobs.",
            &[("Acme Corp", O, &[]), ("Globex", O, &[])],
        );
        assert!(has(&o, "Globex", "it would cut jobs."), "{o:?}");
        // a name tied to a noun by a preposition is not the subject
        let (o, _) = run(
            "A spokesman for Rui Vaz said the court should decide.",
            &[("Rui Vaz", P, &[])],
        );
        assert!(!o.iter().any(|c| c.0 == "Rui Vaz"), "{o:?}");
        // nor is an organization named inside an appositive without a comma
        let (o, _) = run(
            "Lea Holt, head of policy at the charity Globex said the plan was unfair.",
            &[("Lea Holt", P, &[]), ("Globex", O, &[])],
        );
        assert!(has(&o, "Lea Holt", "the plan was unfair."), "{o:?}");
    }

    #[test]
    fn co_speakers_are_joined_to_the_speaker_by_and() {
        let (o, _) = run(
            "Lea Holt and Rui Vaz said the plan was unfair.",
            &[("Lea Holt", P, &[]), ("Rui Vaz", P, &[])],
        );
        assert!(
            has(&o, "Lea Holt", "the plan was unfair.")
                && has(&o, "Rui Vaz", "the plan was unfair."),
            "{o:?}"
        );
        let (o, _) = run("Although the deal suits both Rui Vaz and Globex, Lea Holt said money was not the point.", &[("Lea Holt", P, &[]), ("Rui Vaz", P, &[]), ("Globex", O, &[])]);
        assert!(has(&o, "Lea Holt", "money was not the point."), "{o:?}");
        assert!(!o.iter().any(|c| c.0 == "Rui Vaz"), "{o:?}");
        let (o, _) = run(
            "Lea Holt, Rui Vaz and Ana Silva said the plan was unfair.",
            &[
                ("Lea Holt", P, &[]),
                ("Rui Vaz", P, &[]),
                ("Ana Silva", P, &[]),
            ],
        );
        assert_eq!(o.len(), 3, "{o:?}");
    }

    #[test]
    fn a_place_qualifying_a_title_gives_way_to_the_person() {
        let (o, _) = run(
            "\"The fire is out,\" said Riverton County Sheriff Ana Silva.",
            &[("Riverton County", C, &[]), ("Ana Silva", P, &[])],
        );
        assert!(has(&o, "Ana Silva", "The fire is out"), "{o:?}");
    }

    #[test]
    fn a_named_programme_of_the_hearer_is_not_part_of_the_claim() {
        let (o, _) = run(
            "Rui Vaz told Riverton Radio 4's Morning Show programme the plan would work.",
            &[("Rui Vaz", P, &[]), ("Riverton Radio", N, &[])],
        );
        assert!(has(&o, "Rui Vaz", "the plan would work."), "{o:?}");
    }

    #[test]
    fn the_subject_of_a_subordinate_clause_is_its_speaker() {
        let (o, _) = run(
            "Rui Vaz left the board after Globex said sales had fallen.",
            &[("Rui Vaz", P, &[]), ("Globex", O, &[])],
        );
        assert!(has(&o, "Globex", "sales had fallen."), "{o:?}");
        // "it" after the conjunction is the organization of the main clause
        let (o, _) = run(
            "Rui Vaz praised Globex after it warned that sales would slow.",
            &[("Rui Vaz", P, &[]), ("Globex", O, &[])],
        );
        assert!(has(&o, "Globex", "sales would slow."), "{o:?}");
    }

    #[test]
    fn a_hearer_named_before_a_quote_is_not_part_of_it() {
        let (o, _) = run(
            "Earlier, Lea Holt told TheGazette, \"We will organise a party for everyone.\"",
            &[("Lea Holt", P, &[])],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Lea Holt" && c.1.starts_with("We will organise")),
            "{o:?}"
        );
    }

    #[test]
    fn he_and_she_skip_people_named_as_the_other() {
        let body = "Minister Mrs Lea Holt announced the plan. Mr Rui Vaz attacked it on Monday. \"The plan is a disaster,\" she said.";
        let (o, _) = run(body, &[("Lea Holt", P, &[]), ("Rui Vaz", P, &[])]);
        assert!(has(&o, "Lea Holt", "The plan is a disaster"), "{o:?}");
        // the gender sign may stand after the name, and multi-byte text around it is fine
        let body = "Lea Holt, the chairwoman, met Rui Vaz in Zürich. Mr Vaz left first. \"It went well,\" she said.";
        let (o, _) = run(body, &[("Lea Holt", P, &[]), ("Rui Vaz", P, &["Vaz"])]);
        assert!(has(&o, "Lea Holt", "It went well"), "{o:?}");
    }

    #[test]
    fn a_quoted_phrase_the_sentence_is_about_is_no_claim() {
        let body = "Lea Holt said the plan would work. \"Law and order\" was a common theme at the meeting.";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(!o.iter().any(|c| c.1 == "Law and order"), "{o:?}");
        // a whole quoted sentence still continues the speaker
        let body = "Lea Holt said the plan would work. \"We will deliver it.\"";
        let (o, _) = run(body, &[("Lea Holt", P, &[])]);
        assert!(has(&o, "Lea Holt", "We will deliver it."), "{o:?}");
    }

    #[test]
    fn telling_someone_of_something_is_no_claim() {
        let (o, _) = run(
            "Rui Vaz told them of its existence last year.",
            &[("Rui Vaz", P, &[])],
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Rui Vaz said about 440 people were still missing.",
            &[("Rui Vaz", P, &[])],
        );
        assert!(
            has(&o, "Rui Vaz", "about 440 people were still missing."),
            "{o:?}"
        );
    }

    #[test]
    fn he_after_a_sentence_opened_by_he_is_the_same_person() {
        let body = "Rui Vaz met the board on Monday. He sees Tom Berg as the ideal replacement. \"He is a great leader,\" he said.";
        let (o, _) = run(body, &[("Rui Vaz", P, &[]), ("Tom Berg", P, &[])]);
        assert!(has(&o, "Rui Vaz", "He is a great leader"), "{o:?}");
    }

    #[test]
    fn a_court_s_ruling_or_finding_is_its_claim() {
        let courts: &[(&str, EntityKind, &[&str])] =
            &[("Hill Court", O, &[]), ("Ana Ruiz", P, &[])];
        let (o, _) = run(
            "The Hill Court ruled on Monday the merger could proceed.",
            courts,
        );
        assert!(has(&o, "Hill Court", "the merger could proceed."), "{o:?}");
        let (o, _) = run(
            "The Hill Court found that the ban was unlawful, ruling that it must end.",
            courts,
        );
        assert!(
            has(&o, "Hill Court", "the ban was unlawful") && has(&o, "Hill Court", "it must end."),
            "{o:?}"
        );
        let (o, _) = run("Judge Ana Ruiz held that the contract was void.", courts);
        assert!(has(&o, "Ana Ruiz", "the contract was void."), "{o:?}");
        // a finding of things, a ruling noun, a ruler and a passive are none
        for body in [
            "Ana Ruiz found a wallet in the street.",
            "Ana Ruiz held talks with the Hill Court.",
            "Ana Ruiz ruled out a deal with the Hill Court.",
            "Ana Ruiz ruled the town for a decade and was loved by many.",
            "Ana Ruiz will appeal a Hill Court ruling that cut her pay.",
            "The film was recently ruled \"too long\" by the Hill Court.",
        ] {
            let (o, _) = run(body, courts);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
    }

    #[test]
    fn whom_someone_blamed_and_for_what_is_their_claim() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Delta Air", O, &[])];
        let (o, _) = run("Ana Ruiz blamed the weather for the delay.", who);
        assert!(has(&o, "Ana Ruiz", "the weather for the delay."), "{o:?}");
        let (o, _) = run("Delta Air blames the crash on pilot error.", who);
        assert!(has(&o, "Delta Air", "the crash on pilot error."), "{o:?}");
        // blame without its reason, or blame taken, is no claim
        let (o, _) = run(
            "Ana Ruiz was blamed for the delay. Ruiz blamed herself.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_unquoted_clause_before_an_inverted_attribution() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Tom Berg", P, &["Berg"]),
            ("Acme Bank", O, &[]),
        ];
        let (o, _) = run(
            "The economy will grow next year, said Ana Ruiz, an economist at Acme Bank.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "The economy will grow next year") && o.len() == 1,
            "{o:?}"
        );
        // the speaker named after a description of them
        let (o, _) = run(
            "It is not for the court to decide the matter, argued the bank's lawyer, Tom Berg.",
            who,
        );
        assert!(
            has(
                &o,
                "Tom Berg",
                "It is not for the court to decide the matter"
            ) && o.len() == 1,
            "{o:?}"
        );
        // a subject with an apposition, then its own verb and clause, is the usual order
        let (o, _) = run(
            "He spoke as Tom Berg, the bank's chief, warned Ana Ruiz not to sell.",
            who,
        );
        assert!(!o.iter().any(|c| c.1.starts_with("He spoke")), "{o:?}");
        let (o, _) = run(
            "Tom Berg, a banker, said his office called police after the theft.",
            who,
        );
        assert!(
            has(&o, "Tom Berg", "his office called police after the theft."),
            "{o:?}"
        );
    }

    #[test]
    fn according_to_a_source_and_its_apposition_at_the_end() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"]), ("Lisbon", C, &[])];
        let (o, _) = run(
            "Prices will rise next year, according to Ana Ruiz, the mayor of Lisbon.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "Prices will rise next year"), "{o:?}");
        // the rest of a predicate after the source is no apposition
        let (o, _) = run(
            "The group is small and, according to Ana Ruiz, loyal to the mayor.",
            who,
        );
        assert!(!has(&o, "Ana Ruiz", "The group is small and"), "{o:?}");
    }

    #[test]
    fn according_to_a_source_after_and_or_with_no_comma_reports_the_clause_after_it() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Ministry of Health", O, &[])];
        for body in [
            "Ana Ruiz was treated in Lima for months and according to the Ministry of Health she died at a clinic on Friday.",
            "Ana Ruiz was treated in Lima for months, and according to the Ministry of Health, she died at a clinic on Friday.",
            "According to the Ministry of Health she died at a clinic on Friday.",
        ] {
            let (o, _) = run(body, who);
            assert!(has(&o, "Ministry of Health", "she died at a clinic on Friday.") && o.len() == 1, "{body}: {o:?}");
        }
        // a verb that goes on with the subject before the coordinator: no clause of its own
        let (o, _) = run("The clinic grew fast and, according to the Ministry of Health, is now the largest in Lima.", who);
        assert!(!o.iter().any(|c| c.1.starts_with("is now")), "{o:?}");
    }

    #[test]
    fn a_saying_or_a_source_set_off_by_commas_inside_the_sentence_reports_all_of_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Lorsk Post", O, &[]),
            ("Lorsk", C, &[]),
        ];
        let (o, _) = run(
            "In the wake of the storm, Ana Ruiz said, the port was closed for a week.",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "In the wake of the storm, Ana Ruiz said, the port was closed for a week."
            ) && o.len() == 1,
            "{o:?}"
        );
        // ("as X said," opens what X said)
        let (o, _) = run(
            "Some fear it could fail if, as Ana Ruiz has suggested, the old exams stay in place.",
            who,
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Ana Ruiz" && c.1.starts_with("the old exams stay in place")),
            "{o:?}"
        );
        // (other verbs of reporting set off the same way)
        let (o, _) = run(
            "The crash began, Ana Ruiz described, in the northbound lanes of the road.",
            who,
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "Ana Ruiz" && c.1.starts_with("The crash began")),
            "{o:?}"
        );
        let (o, _) = run(
            "The company's Polish unit, according to the Lorsk Post, is too big for a single sale.",
            who,
        );
        assert!(has(&o, "Lorsk Post", "The company's Polish unit, according to the Lorsk Post, is too big for a single sale.") && o.len() == 1, "{o:?}");
        // a participle after the saying is a saying of its own: the words before are the claim
        let (o, _) = run(
            "Prices will rise in the spring, Ana Ruiz said, implying that wages would not.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "Prices will rise in the spring"),
            "{o:?}"
        );
        // after an auxiliary, and going on past "and"
        let (o, _) = run(
            "The new jet was not airworthy, investigators have said, and should not have flown.",
            who,
        );
        assert!(o.iter().any(|c| c.1 == "The new jet was not airworthy, investigators have said, and should not have flown."), "{o:?}");
        // a place inside a description is no source
        let (o, _) = run(
            "A series of shocks, the Lorsk centre has argued, have shown that contagion is rare.",
            who,
        );
        assert!(!o.iter().any(|c| c.0 == "Lorsk"), "{o:?}");
    }

    #[test]
    fn he_after_a_claim_and_before_a_participle_is_the_speaker_not_a_name_in_the_claim() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Tom Howard", P, &["Howard"]), ("Ana Blair", P, &["Blair"])];
        let body = "Tom Howard spoke on Monday. Mr Blair has failed to act, he claimed, saying he has the wrong plan.";
        let (o, _) = run(body, who);
        assert!(
            o.iter().filter(|c| c.0 != "").all(|c| c.0 == "Tom Howard"),
            "{o:?}"
        );
        // and quoted sentences between keep the same speaker for "he" after them
        let body = "Tom Howard spoke about Mr Blair on Monday. \"We will win.\" \"We will govern.\" The party, he said, can cut crime and raise pay.";
        let (o, _) = run(body, who);
        assert!(
            has(
                &o,
                "Tom Howard",
                "The party, he said, can cut crime and raise pay."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_statement_named_by_a_country_s_adjective_is_that_country_s() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Post", O, &[]), ("Germany", C, &[])];
        let body = "According to the Lorsk Post, Germany has two million refugees. The German statement called for a safe zone to be set up in the north.";
        let (o, _) = run(body, who);
        assert!(
            has(&o, "Germany", "a safe zone to be set up in the north."),
            "{o:?}"
        );
        assert!(
            !o.iter()
                .any(|c| c.0 == "Lorsk Post" && c.1.contains("safe zone")),
            "{o:?}"
        );
    }

    #[test]
    fn a_hearer_described_between_commas_before_that() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Post", O, &[])];
        let (o, _) = run("A hospital official told the Lorsk Post, a local newspaper, that two of the dead were doctors.", who);
        assert!(
            o.iter().any(|c| c.1 == "two of the dead were doctors."),
            "{o:?}"
        );
    }

    #[test]
    fn the_foreign_minister_is_the_foreign_secretary_named_before() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Tom Berg", P, &["Berg"])];
        let body = "Foreign Secretary Ana Ruiz arrived in Lima with Tom Berg. The foreign minister said Peru would charge the gunman.";
        let (o, _) = run(body, who);
        assert!(
            has(&o, "Ana Ruiz", "Peru would charge the gunman."),
            "{o:?}"
        );
        // (a portfolio must be there: a secretary alone is no minister)
        let body = "Secretary Ana Ruiz arrived in Lima with Tom Berg. The minister said Peru would charge the gunman.";
        let (o, _) = run(body, who);
        assert!(
            !has(&o, "Ana Ruiz", "Peru would charge the gunman."),
            "{o:?}"
        );
    }

    #[test]
    fn a_body_no_one_named_is_an_unnamed_source() {
        let (o, _) = run(
            "The plane crashed near Lorsk. The entire crew were Varkans, the army said.",
            &[],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "*army" && c.1 == "The entire crew were Varkans"),
            "{o:?}"
        );
        // a named body of that kind is the source
        let who: &[(&str, EntityKind, &[&str])] = &[("Varkan Army", O, &[])];
        let (o, _) = run(
            "The Varkan Army sent troops. The entire crew were Varkans, the army said.",
            who,
        );
        assert!(
            has(&o, "Varkan Army", "The entire crew were Varkans"),
            "{o:?}"
        );
    }

    #[test]
    fn they_released_a_statement_is_the_organization_of_the_sentence_before() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Heritage Commission", O, &[]),
            ("Lorsk Post", O, &[]),
        ];
        let body = "The Lorsk Post said the plan was new. This Thursday the Lorsk Heritage Commission objected to the plan. They released a statement which said, \"The building must stay a museum.\"";
        let (o, _) = run(body, who);
        assert!(
            has(
                &o,
                "Lorsk Heritage Commission",
                "The building must stay a museum."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn the_administration_is_the_one_named_before() {
        let who: &[(&str, EntityKind, &[&str])] = &[(
            "Vargas administration",
            EntityKind::Organization(OrgKind::GovernmentBody),
            &[],
        )];
        let (o, _) = run("The Vargas administration sued the state. Days later the administration said it would appeal the ruling.", who);
        assert!(
            has(&o, "Vargas administration", "it would appeal the ruling."),
            "{o:?}"
        );
    }

    #[test]
    fn a_participle_after_an_indefinite_noun_is_no_saying() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let body = "According to the Riverton mayor, Ana Ruiz, during the weekend, police were investigating whether a manifesto posted online to a message board was written by the suspect.";
        let (o, _) = run(body, who);
        assert!(!o.iter().any(|c| c.3.as_deref() == Some("posted")), "{o:?}");
        // the claim is the source's, past her name and the time
        assert!(
            o.iter()
                .any(|c| c.0 == "Ana Ruiz" && c.1.starts_with("police were investigating")),
            "{o:?}"
        );
        // (a name after a source that is no role is the clause's subject)
        let (o, _) = run("According to official statements, Ana Ruiz, now in Lisbon, will keep working from home.", who);
        assert!(
            !o.iter()
                .any(|c| c.0 == "Ana Ruiz" && c.1.starts_with("now in Lisbon")),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz met the press. A spokesman posted that the talks had failed.",
            who,
        );
        assert!(o.iter().any(|c| c.1 == "the talks had failed."), "{o:?}");
    }

    #[test]
    fn a_pronoun_subject_before_a_colon_and_a_quote_speaks_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("Ana Ruiz closed the plant. In her message, she thanked the staff: \"You were the best team I ever had.\"", who);
        assert!(
            has(&o, "Ana Ruiz", "You were the best team I ever had."),
            "{o:?}"
        );
    }

    #[test]
    fn the_possessor_of_a_statement_read_out_is_its_speaker() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &["Bell"])];
        let (o, _) = run("Omar Bell resigned on Monday. Ruiz's statement read: \"We thank him for his years of service.\"", who);
        assert!(
            has(&o, "Ana Ruiz", "We thank him for his years of service."),
            "{o:?}"
        );
        assert!(!o.iter().any(|c| c.0 == "Omar Bell"), "{o:?}");
        let (o, _) = run("Omar Bell lost the case. Part of the judge's ruling reads \"The contract was void from the start.\"", &[("Omar Bell", P, &["Bell"])]);
        assert!(
            !o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.starts_with("The contract")),
            "{o:?}"
        );
    }

    #[test]
    fn a_release_read_after_the_quote_is_the_speaker_s() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Riverton Rovers", O, &["Rovers"])];
        let (o, _) = run("Riverton Rovers sacked their coach. \"We wish him well in the future,\" reads a Rovers press release.", who);
        assert!(
            has(&o, "Riverton Rovers", "We wish him well in the future"),
            "{o:?}"
        );
    }

    #[test]
    fn a_pronoun_right_before_the_verb_of_a_colon_quote_speaks_it() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &["Bell"])];
        let (o, _) = run("Ana Ruiz met Omar Bell's team. Asked whether she thought Bell would win she said: \"Nobody can tell yet.\"", who);
        assert!(has(&o, "Ana Ruiz", "Nobody can tell yet."), "{o:?}");
        // what she was asked is no claim of hers
        assert!(
            !o.iter().any(|c| c.1.starts_with("Bell would win")),
            "{o:?}"
        );
    }

    #[test]
    fn a_colon_before_a_quotation_ends_the_reported_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        // a phrase with no verb before the colon is only the quotation's topic
        let (o, _) = run(
            "Ana Ruiz explained the reason for the name: \"It was my grandmother's village.\"",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "It was my grandmother's village."),
            "{o:?}"
        );
        assert!(!o.iter().any(|c| c.2 == ClaimKind::Indirect), "{o:?}");
        // a clause before the colon is reported, without the saying that brings the quotation
        let (o, _) = run(
            "Ana Ruiz said the bridge would be late, but added: \"It will be worth the wait.\"",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "the bridge would be late"), "{o:?}");
        assert!(has(&o, "Ana Ruiz", "It will be worth the wait."), "{o:?}");
    }

    #[test]
    fn he_after_a_fronted_phrase_of_place_or_time_is_the_speaker() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Omar Bell", P, &["Bell"]), ("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("Omar Bell lost the vote to Ana Ruiz. On live television on Sunday he said the count had been fair.", who);
        assert!(has(&o, "Omar Bell", "the count had been fair."), "{o:?}");
    }

    #[test]
    fn indicated_reports_a_clause_and_a_second_saying_after_and_is_its_own() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Fire Service", O, &[]), ("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "The Lorsk Fire Service indicated the injuries were minor.",
            who,
        );
        assert!(
            has(&o, "Lorsk Fire Service", "the injuries were minor."),
            "{o:?}"
        );
        // (a noun phrase indicated is no claim)
        let (o, _) = run("Ana Ruiz indicated her support for the plan.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz indicated no other cars were involved and suggested the driver lost control.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "no other cars were involved"), "{o:?}");
        assert!(has(&o, "Ana Ruiz", "the driver lost control."), "{o:?}");
    }

    #[test]
    fn a_verb_in_the_present_before_an_object_pronoun_makes_a_clause() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Post", N, &[]), ("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "The Lorsk Post noted the new law allows them to appeal twice.",
            who,
        );
        assert!(
            has(&o, "Lorsk Post", "the new law allows them to appeal twice."),
            "{o:?}"
        );
        // (an object with a relative clause is no claim)
        let (o, _) = run(
            "Ana Ruiz announced the launch of a bus that takes them to the shore.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_saying_in_a_relative_clause_ends_at_the_comma_that_closes_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Riverton Police", O, &[]),
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Omar Bell", P, &["Bell"]),
        ];
        let (o, _) = run("Riverton Police, which said on Monday a new lead was likely, face questions over the delay.", who);
        assert!(has(&o, "Riverton Police", "a new lead was likely"), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz, who said the plan was late, resigned on Friday.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "the plan was late"), "{o:?}");
        // (a list goes on past its comma; a relative clause closing the sentence keeps it all)
        let (o, _) = run(
            "Omar Bell, who said the plan was late, costly and unfair, left the council.",
            who,
        );
        assert!(
            has(&o, "Omar Bell", "the plan was late, costly and unfair"),
            "{o:?}"
        );
        let (o, _) = run("The plan was backed by the mayor and by Omar Bell, who says the port faces delays, thanks to the storm.", who);
        assert!(!o.iter().any(|c| c.1 == "the port faces delays"), "{o:?}");
    }

    #[test]
    fn a_quotation_split_by_a_statement_read_out_is_the_statement_owner_s() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let body = "Ana Ruiz ruled against the city. \"While the old rules may have made sense,\" reads Judge Ruiz's statement, \"the time for them has passed.\"";
        let (o, _) = run(body, who);
        assert!(
            has(&o, "Ana Ruiz", "While the old rules may have made sense"),
            "{o:?}"
        );
        assert!(
            has(&o, "Ana Ruiz", "the time for them has passed."),
            "{o:?}"
        );
    }

    #[test]
    fn a_saying_after_a_quote_and_a_contrast_is_a_claim_of_its_own() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &["Bell"])];
        let (o, _) = run("Ana Ruiz spoke of \"about forty people under the rubble\", while the deputy governor Omar Bell said 68 people were missing.", who);
        assert!(has(&o, "Omar Bell", "68 people were missing."), "{o:?}");
        assert!(
            !o.iter()
                .any(|c| c.0 == "Omar Bell" && c.1.contains("rubble")),
            "{o:?}"
        );
    }

    #[test]
    fn estimated_and_promised_report_a_clause_but_not_a_noun_phrase() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Lorsk Party", O, &[])];
        let (o, _) = run("Ana Ruiz estimated the repairs would take a week.", who);
        assert!(
            has(&o, "Ana Ruiz", "the repairs would take a week."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz promised each family will be paid in full.", who);
        assert!(
            has(&o, "Ana Ruiz", "each family will be paid in full."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz estimated the cost at ten million.", who);
        assert!(o.is_empty(), "{o:?}");
        // (a verb after "but" goes on with the subject: the tax cuts are no clause)
        let (o, _) = run(
            "The Lorsk Party has promised large tax cuts but have yet to say where they will fall.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn the_one_named_right_before_who_says_what_the_relative_clause_reports() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("The bill was drafted by Ana Ruiz who said on the floor, \"It follows decades of work from campaigners\".", who);
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "It follows decades of work from campaigners"
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "The plan was praised by Ana Ruiz, who said the vote was late.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "the vote was late."), "{o:?}");
    }

    #[test]
    fn a_role_before_the_hearer_s_name_is_the_hearer_s() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &["Bell"])];
        let (o, _) = run(
            "Ana Ruiz told host Omar Bell \"No, it is not true. It never happened at all.\"",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "No, it is not true. It never happened at all."
            ),
            "{o:?}"
        );
        assert_eq!(o[0].4.as_deref(), Some("Omar Bell"), "{o:?}");
    }

    #[test]
    fn also_before_a_verb_of_judging_is_no_passive_but_also_called_names() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("Ana Ruiz also characterized the deaths as \"crushing\" and wrote \"May God protect their parents and loved ones.\"", who);
        assert!(has(&o, "Ana Ruiz", "crushing"), "{o:?}");
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "May God protect their parents and loved ones."
            ),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz lives on the island, also called \"the jewel of the north sea\", with her sons.", who);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_release_read_out_between_commas_keeps_the_speaker_for_the_second_half() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Riverton Rovers", O, &["Rovers"])];
        let body = "Riverton Rovers mourned their coach. \"He was respected and loved in every way\", reads a Rovers press release, \"a fierce talent and a very kind soul\".";
        let (o, _) = run(body, who);
        assert!(
            has(
                &o,
                "Riverton Rovers",
                "He was respected and loved in every way"
            ),
            "{o:?}"
        );
        assert!(
            has(
                &o,
                "Riverton Rovers",
                "a fierce talent and a very kind soul"
            ),
            "{o:?}"
        );
    }

    #[test]
    fn the_company_is_not_a_firm_whose_full_name_only_holds_the_word() {
        let co = EntityKind::Organization(OrgKind::Company);
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Films Company", co, &["Lorsk Films"]),
            ("Varkan Cable", co, &[]),
        ];
        let body = "Movies from Lorsk Films will be on offer. Varkan Cable said it had not ruled out a recorder. \"A recorder is no service on demand,\" said a spokesman for the company.";
        let (o, _) = run(body, who);
        assert!(
            has(&o, "Varkan Cable", "A recorder is no service on demand"),
            "{o:?}"
        );
    }

    #[test]
    fn a_judge_ruled_a_clause_with_a_verb_in_the_past_and_the_website_is_the_site_named_before() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Lorsknews.com", O, &[])];
        let (o, _) = run(
            "Judge Ana Ruiz ruled the male-only draft violated the constitution.",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "the male-only draft violated the constitution."
            ),
            "{o:?}"
        );
        let (o, _) = run("Judge Ana Ruiz ruled the country for a decade.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run("The news site Lorsknews.com covered the fire. The website further reported its source claimed a fourth man escaped.", who);
        assert!(
            has(
                &o,
                "Lorsknews.com",
                "its source claimed a fourth man escaped."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn according_to_a_place_s_title_and_the_name_after_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Rui Vaz", P, &["Vaz"])];
        let (o, _) = run("According to Varkton Falls' first selectman, Rui Vaz, there were ten passengers aboard the aircraft.", who);
        assert!(
            has(
                &o,
                "Rui Vaz",
                "there were ten passengers aboard the aircraft."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_person_right_after_a_lower_case_title_ends_the_inverted_attribution() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Karl Weber", P, &["Weber"]),
            ("Omar Bell", P, &["Bell"]),
            ("Lorsk Media", O, &[]),
        ];
        let (o, _) = run("\"We think this year's books will do better,\" said Ruiz and Bell executive producer Karl Weber.", who);
        assert!(
            has(
                &o,
                "Karl Weber",
                "We think this year's books will do better"
            ),
            "{o:?}"
        );
        // (past a preposition the first one named is the speaker)
        let (o, _) = run("\"A map is a working document,\" explains Ana Ruiz of Lorsk Media's partner Karl Weber.", who);
        assert!(has(&o, "Ana Ruiz", "A map is a working document"), "{o:?}");
    }

    #[test]
    fn more_verbs_of_saying_report_a_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        for v in [
            "reiterated",
            "disclosed",
            "hinted",
            "contends",
            "underscored",
            "affirmed",
            "signalled",
            "clarified",
            "agreed",
            "mentioned",
        ] {
            let (o, _) = run(
                &format!("Ana Ruiz {v} that the economy would shrink this year."),
                who,
            );
            assert!(
                has(&o, "Ana Ruiz", "the economy would shrink this year."),
                "{v}: {o:?}"
            );
        }
        // (some only after "that": "the cases mentioned last week", "highlighted the fact")
        let (o, _) = run("The figure is less than the cases Ana Ruiz mentioned last week, but will cover the biggest deals.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz highlighted the fact the firm won an award in 2004.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_denial_keeps_its_verb_and_a_passive_one_is_none() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Omar Bell", P, &["Bell"])];
        let (o, _) = run("Ana Ruiz denied that the plan was late.", who);
        assert!(
            has(&o, "Ana Ruiz", "denied that the plan was late."),
            "{o:?}"
        );
        let (o, _) = run(
            "Omar Bell was also denied the gold medal when he could not catch Ana Ruiz.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        // (in a relative clause after "have", the claim ends at its comma)
        let (o, _) = run("Ana Ruiz and Omar Bell, who have denied that they took drugs, can expect a decision soon.", who);
        assert!(has(&o, "Ana Ruiz", "denied that they took drugs"), "{o:?}");
    }

    #[test]
    fn expressed_concern_or_hope_that_reports_a_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz expressed concern that the economy would shrink this year.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "the economy would shrink this year."),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz expressed hope that the talks would resume soon.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "the talks would resume soon."), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz expressed concern over the plan and its cost.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_verb_of_manner_attributes_a_quote_and_a_statement_from_someone_is_theirs() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        for v in ["exclaimed", "shouted", "whispered", "boasted", "laughed"] {
            let (o, _) = run(
                &format!("\"We will not give up on the people of this city,\" Ana Ruiz {v}."),
                who,
            );
            assert!(
                has(
                    &o,
                    "Ana Ruiz",
                    "We will not give up on the people of this city"
                ),
                "{v}: {o:?}"
            );
        }
        // (as reported speech only before "that": "shouted the things most kept hidden")
        let (o, _) = run("Ana Ruiz shouted the things most kept hidden.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "\"We will not give up on the people of this city,\" reads a statement from Ana Ruiz.",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "We will not give up on the people of this city"
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_government_speaks_for_its_country() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk", C, &[]), ("Varkan", C, &[])];
        let (o, ents) = run(
            "On Monday, Lorsk's government said eight of its citizens died in the attack.",
            who,
        );
        assert!(
            has(
                &o,
                "Government of Lorsk",
                "eight of its citizens died in the attack."
            ),
            "{o:?}"
        );
        assert!(
            ents.list
                .iter()
                .any(|e| e.name == "Government of Lorsk" && e.aliases == ["Lorsk's government"]),
            "{:?}",
            ents.list
        );
        // (bare, the country the article has named most so far)
        let (o, _) = run("Lorsk condemned the attack in Varkan. Lorsk recalled its envoy. The government said eight citizens died.", who);
        assert!(
            has(&o, "Government of Lorsk", "eight citizens died."),
            "{o:?}"
        );
        // (one government however often it speaks, named "the United ..." with its article)
        let who: &[(&str, EntityKind, &[&str])] = &[("Czech Republic", C, &[])];
        let (o, ents) = run("The Czech Republic voted. The Czech government said taxes will rise. The Czech government also said jobs will go.", who);
        assert!(
            has(&o, "Government of the Czech Republic", "taxes will rise."),
            "{o:?}"
        );
        assert!(
            has(&o, "Government of the Czech Republic", "jobs will go."),
            "{o:?}"
        );
        assert_eq!(
            ents.list
                .iter()
                .filter(|e| e.name == "Government of the Czech Republic")
                .count(),
            1
        );
        // ("the government of X": the place named after "of")
        let (o, _) = run(
            "The government of Lorsk issued a statement saying the vote was fair.",
            &[(
                "Lorsk",
                EntityKind::Place(crate::model::PlaceKind::Generic),
                &[],
            )],
        );
        assert!(
            has(&o, "Government of Lorsk", "the vote was fair."),
            "{o:?}"
        );
    }

    #[test]
    fn a_spokesman_for_an_organization_speaks_for_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Council", O, &[]), ("Rui Vaz", P, &[])];
        let (o, _) = run(
            "A spokesman for the Lorsk Council said: \"We have sent out the ballot papers.\"",
            who,
        );
        assert!(
            has(&o, "Lorsk Council", "We have sent out the ballot papers."),
            "{o:?}"
        );
        let (o, _) = run(
            "A spokeswoman for the Lorsk Council said the ballots were late.",
            who,
        );
        assert!(has(&o, "Lorsk Council", "the ballots were late."), "{o:?}");
        // (a person's spokesman stays the spokesman's)
        let (o, _) = run("A spokesman for Rui Vaz said the ballots were late.", who);
        assert!(!o.iter().any(|c| c.0 == "Rui Vaz"), "{o:?}");
    }

    #[test]
    fn a_demand_or_a_proposal_that_reports_a_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("Ana Ruiz demanded that the minister resign at once.", who);
        assert!(has(&o, "Ana Ruiz", "the minister resign at once."), "{o:?}");
        let (o, _) = run("Ana Ruiz proposed that the vote be delayed by a week.", who);
        assert!(
            has(&o, "Ana Ruiz", "the vote be delayed by a week."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz demanded an apology from the minister.", who);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_bare_day_after_the_verb_is_no_part_of_the_claim() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz said Monday that the economy would shrink this year.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "the economy would shrink this year."),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz said Monday's vote was fair to everyone.", who);
        assert!(
            has(&o, "Ana Ruiz", "Monday's vote was fair to everyone."),
            "{o:?}"
        );
    }

    #[test]
    fn an_age_between_the_name_and_the_verb() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz lost. \"We will never surrender to them,\" Ruiz, 45, said.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "We will never surrender to them"),
            "{o:?}"
        );
        let (o, _) = run("Ana Ruiz, 45, said the vote had been stolen from her.", who);
        assert!(
            has(&o, "Ana Ruiz", "the vote had been stolen from her."),
            "{o:?}"
        );
    }

    #[test]
    fn a_report_s_author_and_a_relative_clause_after_the_source() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Institute", O, &[]), ("Lorsk Times", N, &[])];
        let (o, _) = run(
            "A report by the Lorsk Institute found that prices rose by 5% last year.",
            who,
        );
        assert!(
            has(&o, "Lorsk Institute", "prices rose by 5% last year."),
            "{o:?}"
        );
        let (o, _) = run(
            "The Lorsk Institute's report said prices rose by 5% last year.",
            who,
        );
        assert!(
            has(&o, "Lorsk Institute", "prices rose by 5% last year."),
            "{o:?}"
        );
        let (o, _) = run(
            "According to the Lorsk Times, which cited unnamed officials, 40 people died.",
            who,
        );
        assert!(has(&o, "Lorsk Times", "40 people died."), "{o:?}");
    }

    #[test]
    fn someone_met_and_a_bare_quantifier_are_unnamed_sources() {
        let (o, _) = run("One interviewee said the bus fares were too high and several said they wanted the council to listen.", &[]);
        assert!(
            o.iter()
                .any(|c| c.0 == "*interviewee" && c.1.starts_with("the bus fares were too high")),
            "{o:?}"
        );
        let (o, _) = run(
            "An MP told the Lorsk Times, \"Nobody in this house wanted the bill.\"",
            &[],
        );
        assert!(
            has(&o, "*mp", "Nobody in this house wanted the bill."),
            "{o:?}"
        );
        let (o, _) = run("Others said the strike would last a week.", &[]);
        assert!(has(&o, "*others", "the strike would last a week."), "{o:?}");
        // (not a bare "many" or "most": a belief held widely is no one's saying)
        let (o, _) = run("Many said the strike would last a week.", &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_report_as_the_source_of_the_clause_after_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Relief Agency", O, &["LRA"]),
            ("Ana Ruiz", P, &["Ruiz"]),
        ];
        let (o, _) = run(
            "In a situational report of the LRA, the floods destroyed 40 bridges and 12 schools.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Relief Agency",
                "the floods destroyed 40 bridges and 12 schools."
            ),
            "{o:?}"
        );
        let (o, _) = run("In a report by the Lorsk Relief Agency on Monday, Ana Ruiz said the floods were the worst in years.", who);
        assert!(o.iter().all(|c| c.0 == "Ana Ruiz"), "{o:?}");
        // "said in its report, CLAUSE": a subject opens the clause, whatever its tense
        let (o, _) = run(
            "The LRA said in its report, the eastern valley remains cut off from the capital.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Relief Agency",
                "the eastern valley remains cut off from the capital."
            ),
            "{o:?}"
        );
        // (but not a place in the words after the comma: "said in its report, in March")
        let (o, _) = run(
            "The LRA said in its report, in the eastern valley, that roads remain shut.",
            who,
        );
        assert!(
            o.iter().all(|c| !c.1.starts_with("in the eastern")),
            "{o:?}"
        );
    }

    #[test]
    fn according_to_a_source_and_a_phrase_that_adds_to_its_report() {
        let (o, _) = run("Sixty people were injured on Monday according to health officials, ranging in age from 11 to 75.", &[]);
        assert!(
            has(
                &o,
                "*health officials",
                "Sixty people were injured on Monday"
            ),
            "{o:?}"
        );
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Relief Agency", O, &["LRA"])];
        let (o, _) = run("Forty villages were flooded according to an LRA report on Saturday, which counted 300 homes lost.", who);
        assert!(
            has(&o, "Lorsk Relief Agency", "Forty villages were flooded"),
            "{o:?}"
        );
    }

    #[test]
    fn said_in_a_filing_to_a_body_with_and_in_its_name() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Motors", O, &[]),
            ("Securities and Exchange Commission", O, &[]),
        ];
        let (o, _) = run("Lorsk Motors said in a financial filing to the Securities and Exchange Commission that the inquiry began in March.", who);
        assert!(
            has(&o, "Lorsk Motors", "the inquiry began in March."),
            "{o:?}"
        );
    }

    #[test]
    fn a_relative_left_unnamed_and_a_participle_of_saying_after_another_verb() {
        let (o, _) = run(
            "The father said \"I love my children and they love me.\"",
            &[],
        );
        assert!(
            has(&o, "*father", "I love my children and they love me."),
            "{o:?}"
        );
        let (o, _) = run("The mother of the boy said the school was closed.", &[]);
        assert!(has(&o, "*mother", "the school was closed."), "{o:?}");
        // (a relative with a possessor is the possessor's, not unnamed: handled elsewhere)
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz gave her condolences on Twitter, adding, \"An inquiry is underway.\"",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "An inquiry is underway."), "{o:?}");
        let (o, _) = run("The mayor of Lima, Ana Ruiz, visited the site, saying \"We will rebuild every house.\"", who);
        assert!(has(&o, "Ana Ruiz", "We will rebuild every house."), "{o:?}");
    }

    #[test]
    fn went_on_to_add_a_quotation() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz spoke first. She went on to add \"The caves hold fresh water all year.\"",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "The caves hold fresh water all year."),
            "{o:?}"
        );
    }

    #[test]
    fn a_body_s_website_or_statistics_speak_for_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Health Agency", O, &["LHA"])];
        let (o, _) = run(
            "Mortality averaged around 50% according to the LHA's statistics.",
            who,
        );
        assert!(
            has(&o, "Lorsk Health Agency", "Mortality averaged around 50%"),
            "{o:?}"
        );
        let (o, _) = run(
            "The LHA's website said: \"There is no cure for the disease.\"",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Health Agency",
                "There is no cure for the disease."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_closing_attribution_then_adding_that_gives_both_clauses() {
        let (o, _) = run("A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work.", &[]);
        assert!(
            has(&o, "*officials", "A total of 39 are confirmed dead"),
            "{o:?}"
        );
        assert!(has(&o, "*officials", "rescuers ended their work."), "{o:?}");
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "The bridge will close in May, Ana Ruiz said, adding that repairs would take a year.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "The bridge will close in May"), "{o:?}");
        assert!(has(&o, "Ana Ruiz", "repairs would take a year."), "{o:?}");
        assert_eq!(o.len(), 2, "{o:?}");
    }

    #[test]
    fn it_was_reported_after_a_fronted_time() {
        let (o, _) = run(
            "On September 25, it was reported the singer was in hospital.",
            &[],
        );
        assert!(has(&o, "*reports", "the singer was in hospital."), "{o:?}");
        // (not a clause before the comma: "Ana Ruiz left, it was reported" is read elsewhere)
        let (o, _) = run(
            "Ana Ruiz was ill, and it was reported the singer was in hospital.",
            &[],
        );
        assert!(!o.iter().any(|c| c.0 == "*reports"), "{o:?}");
    }

    #[test]
    fn has_since_said_some_of_whom_and_a_network_s_projections() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Omar Bell", P, &["Bell"]), ("Lorsk News", O, &[])];
        let (o, _) = run(
            "Omar Bell was arrested in May. He has since said his confession was forced.",
            who,
        );
        assert!(has(&o, "Omar Bell", "his confession was forced."), "{o:?}");
        let (o, _) = run(
            "Nine people died and 35 were rescued, according to officials, some of whom were hurt.",
            who,
        );
        assert!(
            has(&o, "*officials", "Nine people died and 35 were rescued"),
            "{o:?}"
        );
        let (o, _) = run(
            "Ruiz won in four states, according to Lorsk News's projections.",
            who,
        );
        assert!(has(&o, "Lorsk News", "Ruiz won in four states"), "{o:?}");
    }

    #[test]
    fn called_a_long_named_object_a_quoted_word() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Omar Bell", P, &["Bell"]), ("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Omar Bell called Prime Minister Ana Ruiz's proposed trade deal \"lousy\".",
            who,
        );
        assert!(has(&o, "Omar Bell", "lousy"), "{o:?}");
    }

    #[test]
    fn a_reported_clause_past_a_relative_clause_between_commas() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Herald", O, &[])];
        let (o, _) = run("The Lorsk Herald reported the landing at Varna, which has a short runway, was a mistake.", who);
        assert!(
            has(
                &o,
                "Lorsk Herald",
                "the landing at Varna, which has a short runway, was a mistake."
            ),
            "{o:?}"
        );
        // (a thing announced, with a relative clause, and no verb of its own after it)
        let (o, _) = run(
            "The Lorsk Herald announced a new edition, which has more pages, and a website.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_participle_used_as_a_noun_is_the_reported_clause_s_subject() {
        let (o, _) = run("Police reported the accused performed two attacks.", &[]);
        assert!(
            has(&o, "*police", "the accused performed two attacks."),
            "{o:?}"
        );
        let (o, _) = run("Police reported the injured included two children.", &[]);
        assert!(
            has(&o, "*police", "the injured included two children."),
            "{o:?}"
        );
        // (still no clause: a thing reported with a participle before it)
        let (o, _) = run("Police reported the stolen car.", &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn scientists_and_emergency_crews_are_unnamed_sources() {
        for (body, who) in [
            (
                "The astronomers say that the comet will return in 2061.",
                "*astronomers",
            ),
            (
                "Two people died, according to firefighters.",
                "*firefighters",
            ),
            ("Engineers said the bridge was safe.", "*engineers"),
        ] {
            let (o, _) = run(body, &[]);
            assert_eq!(o.len(), 1, "{body}: {o:?}");
            assert_eq!(o[0].0, who, "{body}: {o:?}");
        }
    }

    #[test]
    fn the_academy_or_the_league_is_the_body_named_with_that_word() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Academy of Sciences", O, &[]),
            ("Northern Football League", O, &[]),
        ];
        let (o, _) = run(
            "The Lorsk Academy of Sciences gave the prize. Since then, according to the \
             academy, nine more comets have been found. The Northern Football League met. The \
             league said the season would start in May.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Academy of Sciences",
                "nine more comets have been found."
            ),
            "{o:?}"
        );
        assert!(
            has(
                &o,
                "Northern Football League",
                "the season would start in May."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn shared_that_reports_a_clause_and_shared_a_thing_does_not() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run("Ana Ruiz shared that she was prone to panic.", who);
        assert!(has(&o, "Ana Ruiz", "she was prone to panic."), "{o:?}");
        let (o, _) = run("Ana Ruiz shared her lunch with the team.", who);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_object_then_a_subordinate_clause_is_no_reported_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Herald", O, &[])];
        let (o, _) = run(
            "The Lorsk Herald announced its decision although the editor had resigned.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        // (a clause of its own is still one)
        let (o, _) = run(
            "The Lorsk Herald announced the editor had resigned because of the strike.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Herald",
                "the editor had resigned because of the strike."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn a_question_reports_no_saying() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Herald", O, &[])];
        for body in [
            "Had the Lorsk Herald ever warned you to stop writing?",
            "(Reporter) Did the Lorsk Herald say the editor had resigned?",
        ] {
            let (o, _) = run(body, who);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
        // (a statement is still read)
        let (o, _) = run("The Lorsk Herald said the editor had resigned.", who);
        assert_eq!(o.len(), 1, "{o:?}");
    }

    #[test]
    fn said_on_last_wednesday_skips_the_time() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Acme Holdings", O, &[])];
        let (o, _) = run(
            "Acme Holdings said on last Wednesday they'd run out of stock.",
            who,
        );
        assert!(
            has(&o, "Acme Holdings", "they'd run out of stock."),
            "{o:?}"
        );
    }

    #[test]
    fn another_named_subject_with_has_ends_the_reported_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Mark Smith", P, &["Smith"]),
            ("Acme", O, &[]),
        ];
        let (o, _) = run(
            "Ana Ruiz and Mark Smith were both considered but Smith suggested he would not run \
             and Ruiz has decided to run.",
            who,
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert!(has(&o, "Mark Smith", "he would not run"), "{o:?}");
        // (a subject of two names, before any verb of the clause, stays whole)
        let (o, _) = run("Mark Smith said the bank and Acme have agreed to pay.", who);
        assert!(
            has(&o, "Mark Smith", "the bank and Acme have agreed to pay."),
            "{o:?}"
        );
    }

    #[test]
    fn referred_to_as_a_quoted_phrase_is_the_referrer_s_words() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Mark Smith", P, &["Smith"])];
        for body in [
            "Mark Smith referred to the plan as \"a stunt\".",
            "The minister criticized the plan, which Smith has referred to as \"a stunt\".",
        ] {
            let (o, _) = run(body, who);
            assert!(has(&o, "Mark Smith", "a stunt"), "{body}: {o:?}");
        }
        // (a name others give is nobody's saying)
        let (o, _) = run(
            "Mark Smith, often referred to as \"The Boss\", left on Monday.",
            who,
        );
        assert!(o.iter().all(|c| c.1 != "The Boss"), "{o:?}");
    }

    #[test]
    fn found_and_showed_report_findings() {
        for (body, who, text) in [
            (
                "The researchers observed the birds and they found the flies had a hard time.",
                "*researchers",
                "the flies had a hard time.",
            ),
            (
                "Results showed the flies hovered over both animals.",
                "*results",
                "the flies hovered over both animals.",
            ),
            (
                "Egyptologists have reported the birds were sacrificed.",
                "*egyptologists",
                "the birds were sacrificed.",
            ),
        ] {
            let (o, _) = run(body, &[]);
            assert!(has(&o, who, text), "{body}: {o:?}");
        }
        let who: &[(&str, EntityKind, &[&str])] = &[("Mark Smith", P, &["Smith"])];
        for body in [
            "Police found the body in a car on Monday.",
            "Mark Smith showed he can control a game.",
            "Mark Smith found five people who were interested.",
            "If the court found in favour of the studios, they would sue.",
        ] {
            let (o, _) = run(body, who);
            assert!(o.is_empty(), "{body}: {o:?}");
        }
    }

    #[test]
    fn investigations_suggest_a_finding() {
        let (o, _) = run(
            "Preliminary investigations suggest a new feature was forcing the nose down.",
            &[],
        );
        assert!(
            has(
                &o,
                "*preliminary investigations",
                "a new feature was forcing the nose down."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn according_to_a_name_then_a_clause_without_a_comma() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"])];
        let (o, _) = run(
            "Ana Ruiz led the study. While some writers mentioned feeding bread to ibises, \
             according to Ruiz archaeologists have not yet found any hatchery structures.",
            who,
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "archaeologists have not yet found any hatchery structures."
            ),
            "{o:?}"
        );
    }

    #[test]
    fn meaning_after_a_quoted_phrase_is_the_writer_s_gloss() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Mark Smith", P, &["Smith"])];
        let (o, _) = run(
            "Mark Smith said there were \"fine people on both sides,\" meaning both groups.",
            who,
        );
        assert!(
            has(
                &o,
                "Mark Smith",
                "there were \"fine people on both sides,\""
            ),
            "{o:?}"
        );
    }

    #[test]
    fn some_of_a_party_s_members_are_no_party() {
        let who: &[(&str, EntityKind, &[&str])] = &[(
            "Republican Party",
            EntityKind::Organization(OrgKind::PoliticalParty),
            &["Republicans"],
        )];
        let (o, _) = run("Many Republicans said the vote was fair.", who);
        assert!(has(&o, "*many republicans", "the vote was fair."), "{o:?}");
        // (the members as a whole are the party's voice)
        let (o, _) = run("Republicans said the vote was rigged.", who);
        assert!(has(&o, "Republican Party", "the vote was rigged."), "{o:?}");
    }

    #[test]
    fn a_body_before_which_or_who_is_the_speaker_of_the_relative() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Lorsk Ministry", O, &[]),
            ("Acme Corp", O, &[]),
            ("Ana Ruiz", P, &[]),
        ];
        let (o, _) = run(
            "The reporter spoke to the Lorsk Ministry, which told her the blaze was deliberate.",
            who,
        );
        assert!(
            has(&o, "Lorsk Ministry", "the blaze was deliberate."),
            "{o:?}"
        );
        let (o, _) = run(
            "Investors sold shares in Acme Corp, which said its profits had fallen sharply.",
            who,
        );
        assert!(
            has(&o, "Acme Corp", "its profits had fallen sharply."),
            "{o:?}"
        );
        // (a person's employer before "which" is the speaker, not the person)
        let (o, _) = run(
            "He met Ana Ruiz of Acme Corp, which said the price would rise.",
            who,
        );
        assert!(has(&o, "Acme Corp", "the price would rise."), "{o:?}");
        // (but a person described by an apposition that names a body stays the speaker)
        let (o, _) = run(
            "The study was led by Ana Ruiz, a chemist at Acme Corp, who said the dye was safe.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "the dye was safe."), "{o:?}");
    }

    #[test]
    fn an_unnamed_body_before_who_or_which_speaks_not_the_main_subject() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Post", N, &["the paper"])];
        let (o, _) = run(
            "The Lorsk Post said the ship was late. The paper also spoke to the Navy, who told \
             it this was as yet unconfirmed.",
            who,
        );
        assert!(has(&o, "*navy", "this was as yet unconfirmed."), "{o:?}");
        let (o, _) = run("The Navy said the ship was lost.", &[]);
        assert!(has(&o, "*navy", "the ship was lost."), "{o:?}");
    }

    #[test]
    fn a_relative_named_before_with_that_word_speaks_later() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Tom Baker", P, &["Baker"]), ("Nettie Baker", P, &[])];
        let (o, _) = run(
            "Tom Baker died on Sunday, as confirmed with his daughter Nettie Baker. Although \
             known to have lived abroad, his daughter said he died at home.",
            who,
        );
        assert!(has(&o, "Nettie Baker", "he died at home."), "{o:?}");
        // (a relative never named is an unnamed source, also after a fronted phrase)
        let (o, _) = run("After the funeral, his son said he died at home.", who);
        assert!(has(&o, "*son", "he died at home."), "{o:?}");
    }

    #[test]
    fn told_it_before_a_clause_is_a_hearer() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Navy", O, &["the Navy"])];
        let (o, _) = run(
            "The paper spoke to the Navy, who told it this was as yet unconfirmed.",
            who,
        );
        assert!(
            has(&o, "Lorsk Navy", "this was as yet unconfirmed."),
            "{o:?}"
        );
        // ("told it was": "it" is the clause's subject)
        let (o, _) = run(
            "Ana Ruiz told reporters it was over.",
            &[("Ana Ruiz", P, &[])],
        );
        assert!(has(&o, "Ana Ruiz", "it was over."), "{o:?}");
    }

    #[test]
    fn the_agent_of_a_passive_judgement_after_the_quote_is_the_speaker() {
        let names = [("Lea Holt", P, &["Holt"][..]), ("Lorsk Party", O, &[][..])];
        for (body, who, text) in [
            (
                "The plan was described as \"deeply reckless\" by the Lorsk Party.",
                "Lorsk Party",
                "deeply reckless",
            ),
            (
                "The plan, branded \"a farce\" by Lea Holt, passed on Monday.",
                "Lea Holt",
                "a farce",
            ),
            (
                "The claim was dismissed as \"ridiculous\" by Judge Lea Holt.",
                "Lea Holt",
                "ridiculous",
            ),
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, who, text), "{body}: {o:?}");
        }
        // (a quote a place is known by is no one's judgement: "known as "the Rock" by locals")
        let (o, _) = run(
            "The hill, known as \"the Big Rock\" by Lea Holt, is tall.",
            &names,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn the_agent_of_a_passive_judgement_is_the_speaker() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Marine Bulletin", N, &[]), ("Ana Silva", P, &[])];
        let (o, _) = run(
            "The database shows a new signal, with a pattern described by Marine Bulletin as              \"rather hectic and kind of confused\".",
            who,
        );
        assert!(
            has(&o, "Marine Bulletin", "rather hectic and kind of confused"),
            "{o:?}"
        );
        let (o, _) = run(
            "The plan was dismissed by Ana Silva as \"pure fantasy\".",
            who,
        );
        assert!(has(&o, "Ana Silva", "pure fantasy"), "{o:?}");
        let (o, _) = run(
            "The law, described by critics as \"draconian\", passed.",
            who,
        );
        assert!(has(&o, "*critics", "draconian"), "{o:?}");
    }

    #[test]
    fn an_official_from_a_body_speaks_for_it() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Beta Rail", O, &[]), ("Ohio", C, &[])];
        let (o, _) = run(
            "An official from Beta Rail stated: \"We are working with the police on this.\"",
            who,
        );
        assert!(
            has(&o, "Beta Rail", "We are working with the police on this."),
            "{o:?}"
        );
        let (o, _) = run("Officials at Beta Rail said the line was closed.", who);
        assert!(has(&o, "Beta Rail", "the line was closed."), "{o:?}");
        // (a place is no body that speaks through an official)
        let (o, _) = run("An official from Ohio said the vote was fair.", who);
        assert!(has(&o, "*official", "the vote was fair."), "{o:?}");
    }

    #[test]
    fn a_legal_filing_is_an_unnamed_source() {
        let (o, _) = run("The lawsuit claims the order is unconstitutional.", &[]);
        assert!(
            has(&o, "*lawsuit", "the order is unconstitutional."),
            "{o:?}"
        );
        let (o, _) = run(
            "Two groups filed a motion claiming the order violated their rights.",
            &[],
        );
        assert!(
            has(&o, "*motion", "the order violated their rights."),
            "{o:?}"
        );
        let (o, _) = run("Court documents say the man fled to Lisbon.", &[]);
        assert!(
            has(&o, "*court documents", "the man fled to Lisbon."),
            "{o:?}"
        );
    }

    #[test]
    fn a_purpose_after_the_object_is_no_saying() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Rui Vaz", P, &[])];
        let (o, _) = run(
            "On Friday, Rui Vaz declared a state of emergency so he could begin building a wall.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "States sued over the emergency Rui Vaz declared so he could build a wall.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        // ("so" inside a clause is kept)
        let (o, _) = run(
            "Rui Vaz declared the tax was so high that nobody paid.",
            who,
        );
        assert!(
            has(&o, "Rui Vaz", "the tax was so high that nobody paid."),
            "{o:?}"
        );
    }

    #[test]
    fn a_document_published_on_a_day_is_an_adverbial() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Silva", P, &[])];
        let (o, _) = run(
            "Ana Silva argued in a report published on Tuesday that the region needed more jobs.",
            who,
        );
        assert!(
            has(&o, "Ana Silva", "the region needed more jobs."),
            "{o:?}"
        );
    }

    #[test]
    fn they_after_a_body_named_as_a_plural_goes_on_with_it() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Armed Forces", O, &[]), ("Lorsk Ministry", O, &[])];
        let (o, _) = run(
            "The Lorsk Armed Forces said on Sunday that 36 people were infected. They said the \
             patients were moved to the coast.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Armed Forces",
                "the patients were moved to the coast."
            ),
            "{o:?}"
        );
        // (a body named in the singular is no "they": the protesters are)
        let (o, _) = run(
            "The Lorsk Ministry said 20 protesters were arrested. They said they had been beaten.",
            who,
        );
        assert!(!o.iter().any(|c| c.1 == "they had been beaten."), "{o:?}");
    }

    #[test]
    fn a_count_is_the_subject_of_a_reported_clause() {
        let (o, _) = run(
            "On Thursday officials reported the number of cases in the outbreak rose to 58.",
            &[],
        );
        assert!(
            has(
                &o,
                "*officials",
                "the number of cases in the outbreak rose to 58."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Police confirmed the death toll in the northern province had climbed to twelve.",
            &[],
        );
        assert!(
            has(
                &o,
                "*police",
                "the death toll in the northern province had climbed to twelve."
            ),
            "{o:?}"
        );
        // (a count alone is an object)
        let (o, _) = run("Officials announced the number of new cases.", &[]);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_demand_in_the_subjunctive_reports_a_clause() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Ana Ruiz", P, &["Ruiz"]), ("Acme", O, &[])];
        let (o, _) = run("Ana Ruiz demanded the report be published.", who);
        assert!(has(&o, "Ana Ruiz", "the report be published."), "{o:?}");
        let (o, _) = run(
            "In 2014 Ana Ruiz requested monarch butterflies be given federal protection.",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "monarch butterflies be given federal protection."
            ),
            "{o:?}"
        );
        // (not an infinitive, nor past a hearer and a means)
        let (o, _) = run(
            "Ana Ruiz requested permission to be heard by the court.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "Ana Ruiz requested Acme via the notice they all be removed.",
            who,
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn present_tense_verbs_of_saying() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Rui Vaz", P, &[])];
        let (o, _) = run(
            "Ana Ruiz left early. \"I think the food has improved,\" Rui Vaz remarks.",
            who,
        );
        assert!(has(&o, "Rui Vaz", "I think the food has improved"), "{o:?}");
        let (o, _) = run("Rui Vaz reckons the economy will grow next year.", who);
        assert!(
            has(&o, "Rui Vaz", "the economy will grow next year."),
            "{o:?}"
        );
        let (o, _) = run("Rui Vaz predicts that prices will fall.", who);
        assert!(has(&o, "Rui Vaz", "prices will fall."), "{o:?}");
        // (a noun, not a verb, after a preposition: "in remarks to the BBC, said")
        let (o, _) = run(
            "Rui Vaz, in remarks to the BBC, said \"A lot of people have lost their homes\".",
            who,
        );
        assert!(o.iter().all(|c| c.3.as_deref() != Some("remarks")), "{o:?}");
        assert!(
            has(&o, "Rui Vaz", "A lot of people have lost their homes"),
            "{o:?}"
        );
    }

    #[test]
    fn a_judgement_as_a_quoted_phrase_with_the_object_relativized_or_an_article() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Lorsk Post", N, &[])];
        // (the object a relative pronoun: "which X describes as")
        let (o, _) = run(
            "The bill would send fugitives to a legal system which the Lorsk Post describes as \
             \"marred by allegations of torture\".",
            who,
        );
        assert!(
            has(&o, "Lorsk Post", "marred by allegations of torture"),
            "{o:?}"
        );
        let (o, _) = run(
            "That was a rate of progress Ms Ruiz described as \"painful\".",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "painful"), "{o:?}");
        // (after "as the", and with more verbs of judging)
        let (o, _) = run(
            "In a later speech, Ana Ruiz assailed the event as the \"darkest convention in history.\"",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "darkest convention in history."),
            "{o:?}"
        );
        // (the subject of a relative clause opened by "that", not the main clause's)
        let (o, _) = run(
            "After Ana Ruiz denied the request, Lorsk resumed its tests in protest against \
             sanctions that it described as \"hostile policy.\"",
            &[("Ana Ruiz", P, &["Ruiz"]), ("Lorsk", C, &[])],
        );
        assert!(!o.iter().any(|c| c.0 == "Ana Ruiz"), "{o:?}");
        // (a passive still names no one)
        let (o, _) = run("The plan was described as \"a disaster\".", who);
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn plans_announced_authors_publications_and_irregular_pasts() {
        let who: &[(&str, EntityKind, &[&str])] = &[
            ("Acme Corp", O, &[]),
            ("Ana Ruiz", P, &["Ruiz"]),
            ("Lorsk Herald", N, &[]),
        ];
        let (o, _) = run(
            "Acme Corp announced plans to shift its focus away from cars.",
            who,
        );
        assert!(
            has(&o, "Acme Corp", "plans to shift its focus away from cars."),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz announced her intentions to build a new system.",
            who,
        );
        assert!(
            has(&o, "Ana Ruiz", "her intentions to build a new system."),
            "{o:?}"
        );
        // (a plan alone is no claim)
        let (o, _) = run("Acme Corp announced plans for a new plant.", who);
        assert!(o.is_empty(), "{o:?}");
        let (o, _) = run(
            "The authors proposed that the bird glided before it flew.",
            who,
        );
        assert!(
            has(&o, "*authors", "the bird glided before it flew."),
            "{o:?}"
        );
        let (o, _) = run(
            "The Lorsk Herald said the jet was late. The industry publication stated the \
             aircraft overran the runway.",
            who,
        );
        assert!(
            has(&o, "Lorsk Herald", "the aircraft overran the runway."),
            "{o:?}"
        );
    }

    #[test]
    fn they_goes_on_with_a_group_that_opened_a_sentence_before() {
        let (o, _) = run(
            "Here, researchers evaluated scans of 158 species. They found frogs with similar \
             niches had similar skulls.",
            &[],
        );
        assert!(
            has(
                &o,
                "*researchers",
                "frogs with similar niches had similar skulls."
            ),
            "{o:?}"
        );
        // (not a group three sentences back)
        let (o, _) = run(
            "The researchers scanned 158 species. The scans took a year. The frogs came from \
             Peru. They found frogs with similar niches had similar skulls.",
            &[],
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn an_occasion_after_the_verb_is_no_part_of_the_claim() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Ana Ruiz", P, &["Ruiz"]), ("Lorsk Post", N, &[])];
        let (o, _) = run(
            "Ana Ruiz told the Lorsk Post after the event that the best part is \"bringing a \
             character to life\".",
            who,
        );
        assert!(
            has(
                &o,
                "Ana Ruiz",
                "the best part is \"bringing a character to life\"."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Ana Ruiz said after the election that she would resign.",
            who,
        );
        assert!(has(&o, "Ana Ruiz", "she would resign."), "{o:?}");
    }

    #[test]
    fn a_body_s_anonymous_source_is_unnamed() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Lorsk Party", O, &["Lorsk"])];
        let (o, _) = run("A Lorsk source told the paper the leader would stay.", who);
        assert!(has(&o, "*Lorsk source", "the leader would stay."), "{o:?}");
        let (o, _) = run("Lorsk Party insiders said the deal was close.", who);
        assert!(
            has(&o, "*Lorsk Party insiders", "the deal was close."),
            "{o:?}"
        );
        // (the body itself still speaks)
        let (o, _) = run("The Lorsk Party said taxes would not rise.", who);
        assert!(has(&o, "Lorsk Party", "taxes would not rise."), "{o:?}");
    }

    #[test]
    fn its_text_read_out_or_cited_is_the_issuer_s() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Lorsk Federation", O, &[]), ("Rui Vaz", P, &["Vaz"])];
        let (o, _) = run(
            "The Lorsk Federation released a statement on the arrest. It read, \"We have always \
             condemned any form of violence.\"",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Federation",
                "We have always condemned any form of violence."
            ),
            "{o:?}"
        );
        let (o, _) = run(
            "Rui Vaz spoke first. According to its press release, the Lorsk Federation would \
             resume play in June.",
            who,
        );
        assert!(
            has(
                &o,
                "Lorsk Federation",
                "the Lorsk Federation would resume play in June."
            ),
            "{o:?}"
        );
        // ("opines" is a verb of saying)
        let (o, _) = run("\"The vote is lost,\" Rui Vaz opines.", who);
        assert!(has(&o, "Rui Vaz", "The vote is lost"), "{o:?}");
    }

    #[test]
    fn told_by_the_agent_that_or_of_a_quotation() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Mark Smith", P, &["Smith"])];
        let (o, _) = run("He was told by Mark Smith that the road was closed.", who);
        assert!(has(&o, "Mark Smith", "the road was closed."), "{o:?}");
        let (o, _) = run(
            "He was told by Minister Mark Smith of \"about 40 people under the rubble\", while \
             others waited.",
            who,
        );
        assert!(
            has(&o, "Mark Smith", "about 40 people under the rubble"),
            "{o:?}"
        );
        let (o, _) = run("She was told by police that her son had died.", &[]);
        assert!(has(&o, "*police", "her son had died."), "{o:?}");
    }

    #[test]
    fn a_gerund_clause_after_said_and_projections_by_a_body() {
        let who: &[(&str, EntityKind, &[&str])] =
            &[("Mark Smith", P, &["Smith"]), ("Lorsk Herald", O, &[])];
        let (o, _) = run(
            "Orders won't leave idle capacity for years, Smith said, and paying back this loan \
             seems realistic.",
            who,
        );
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "Mark Smith", "{o:?}");
        assert!(
            o[0].1.ends_with("paying back this loan seems realistic."),
            "{o:?}"
        );
        let (o, _) = run(
            "Projections by the Lorsk Herald indicated he won the primaries in Utah.",
            who,
        );
        assert!(
            has(&o, "Lorsk Herald", "he won the primaries in Utah."),
            "{o:?}"
        );
    }

    #[test]
    fn a_consequence_the_speaker_draws_stays_in_the_claim() {
        let who: &[(&str, EntityKind, &[&str])] = &[("Mark Smith", P, &["Smith"])];
        let (o, _) = run(
            "Mark Smith said the virus spread quickly, leading to brain inflammation.",
            who,
        );
        assert!(
            has(
                &o,
                "Mark Smith",
                "the virus spread quickly, leading to brain inflammation."
            ),
            "{o:?}"
        );
        // (another participle is what the speaker did next)
        let (o, _) = run(
            "Mark Smith said the virus spread quickly, adding to the fear.",
            who,
        );
        assert!(has(&o, "Mark Smith", "the virus spread quickly"), "{o:?}");
    }

    #[test]
    fn a_clause_after_the_hearer_and_a_comma_is_what_was_told() {
        let names = [("Lea Holt", P, &["Holt"][..]), ("Varkan Radio", O, &[][..])];
        let (o, _) = run(
            "Lea Holt told Varkan Radio, farmers from the nearby villages tried to help.",
            &names,
        );
        assert!(
            has(
                &o,
                "Lea Holt",
                "farmers from the nearby villages tried to help."
            ),
            "{o:?}"
        );
        // (not a clause of the article's own, nor a list of hearers)
        for body in [
            "Rain may fall, Lea Holt told Varkan Radio, although she could not say when.",
            "Lea Holt told Varkan Radio, the Post and the Times that the harvest failed.",
        ] {
            let (o, _) = run(body, &names);
            assert!(
                !o.iter()
                    .any(|c| c.1.starts_with("although") || c.1.starts_with("the Post")),
                "{body}: {o:?}"
            );
        }
    }

    #[test]
    fn a_report_of_an_organization_named_with_a_word_before_it_is_the_organization_s() {
        let names = [("Lorsk Health Agency", O, &["LHA"][..])];
        for body in [
            "According to the LHA's situation report, the virus claimed 600 lives.",
            "According to the LHA's latest weekly report, the virus claimed 600 lives.",
        ] {
            let (o, _) = run(body, &names);
            assert!(
                has(&o, "Lorsk Health Agency", "the virus claimed 600 lives."),
                "{body}: {o:?}"
            );
        }
    }

    #[test]
    fn a_nationality_noun_or_an_age_names_the_person_the_story_is_about() {
        let names = [("Rui Vaz", P, &["Vaz"][..]), ("Tom Berg", P, &["Berg"][..])];
        for (body, text) in [
            (
                "Rui Vaz won the race in Lorsk on Sunday.\n\n\"It was the best day of my life,\" the Brazilian said.",
                "It was the best day of my life",
            ),
            (
                "Rui Vaz won the race in Lorsk on Sunday.\n\n\"It was the best day of my life,\" the Dutchman said.",
                "It was the best day of my life",
            ),
            (
                "Rui Vaz won the race in Lorsk on Sunday.\n\n\"It was the best day of my life,\" said the 25-year-old.",
                "It was the best day of my life",
            ),
            (
                "Rui Vaz won the race in Lorsk on Sunday.\n\n\"It was the best day of my life,\" the defender told the Lorsk Post.",
                "It was the best day of my life",
            ),
            // (not the person named before it in its sentence)
            (
                "Rui Vaz spoke about his team. Tom Berg is fit again, but the Spaniard admitted he was unsure whether to pick him.",
                "he was unsure whether to pick him.",
            ),
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, "Rui Vaz", text), "{body}: {o:?}");
        }
    }

    #[test]
    fn a_quote_after_a_colon_past_a_quoted_phrase_is_the_titled_subject_s() {
        let names = [("Ana Ruiz", P, &["Ruiz"][..]), ("Green Party", O, &[][..])];
        for body in [
            "Earlier Green Party leader Ana Ruiz sent the mayor her \"warmest wishes\", saying: \"We look to the mayor to unite the city.\"",
            "Prime Minister Ana Ruiz gave the crew her \"warmest wishes\", saying: \"We look to the mayor to unite the city.\"",
        ] {
            let (o, _) = run(body, &names);
            assert!(
                has(&o, "Ana Ruiz", "We look to the mayor to unite the city."),
                "{body}: {o:?}"
            );
        }
    }

    #[test]
    fn a_place_qualifying_the_subject_s_noun_leaves_the_participle_to_the_subject() {
        let (o, _) = run(
            "Tim Berg runs the club. An All Lorsk club spokesperson denied Berg made the remark, insisting: \"He definitely did not say it.\"",
            &[("Tim Berg", P, &["Berg"][..]), ("Lorsk", C, &[][..])],
        );
        assert!(
            o.iter()
                .any(|c| c.1 == "He definitely did not say it." && c.0 != "Tim Berg"),
            "{o:?}"
        );
    }

    #[test]
    fn a_description_past_a_fronted_phrase_names_the_person_with_that_role() {
        let names = [("Ana Ruiz", P, &["Ruiz"][..])];
        for (body, text) in [
            (
                "Mayor Ana Ruiz spoke on Monday.\n\nSpeaking at a rally, the mayor said the plan was fair.",
                "the plan was fair.",
            ),
            (
                "Mayor Ana Ruiz spoke on Monday.\n\nIn her budget statement, the mayor said: \"We will win.\"",
                "We will win.",
            ),
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, "Ana Ruiz", text), "{body}: {o:?}");
        }
    }

    #[test]
    fn a_possessor_before_the_source_noun_counts_as_one_word() {
        let (o, _) = run(
            "The prime minister's official spokesman rejected the claims, saying: \"It is false.\"",
            &[],
        );
        assert!(has(&o, "*spokesman", "It is false."), "{o:?}");
    }

    #[test]
    fn a_relative_named_before_speaks_as_the_father_or_the_mother() {
        let names = [("Ana Ruiz", P, &[][..]), ("Rui Ruiz", P, &[][..])];
        let (o, _) = run(
            "Ana Ruiz, 14, died on Monday. Her father, Rui Ruiz, spoke to reporters.\n\n\"She was a happy girl,\" the father said.",
            &names,
        );
        assert!(has(&o, "Rui Ruiz", "She was a happy girl"), "{o:?}");
    }

    #[test]
    fn a_text_of_or_from_a_body_read_out_is_the_body_s() {
        let names = [
            ("Acme Group", O, &["Acme"][..]),
            ("Lorsk Supreme Court", O, &[][..]),
        ];
        for (body, who, text) in [
            (
                "The opinion of the Lorsk Supreme Court, released on Wednesday, read in part, \"The oath of office is void.\"",
                "Lorsk Supreme Court",
                "The oath of office is void.",
            ),
            (
                "A statement from the Acme Group read: \"We will fight this ruling in court.\"",
                "Acme Group",
                "We will fight this ruling in court.",
            ),
            (
                "Acme's official statement yesterday read \"We are very sorry to report the loss of our friend.\"",
                "Acme Group",
                "We are very sorry to report the loss of our friend.",
            ),
        ] {
            let (o, _) = run(body, &names);
            assert!(has(&o, who, text), "{body}: {o:?}");
        }
    }

    #[test]
    fn a_pronoun_after_and_or_but_opening_the_sentence_carries_its_subject_on() {
        let names = [("Tom Berg", P, &["Berg"][..]), ("Rui Vaz", P, &["Vaz"][..])];
        for opener in ["And he", "But he"] {
            let body = format!(
                "Tom Berg, who leads the No campaign, said the plan was rushed. {opener} hit back at Mr Vaz's claim that it would help. \"It can push paper around but it cannot move people,\" he said."
            );
            let (o, _) = run(&body, &names);
            assert!(
                has(
                    &o,
                    "Tom Berg",
                    "It can push paper around but it cannot move people"
                ),
                "{body}: {o:?}"
            );
        }
    }

    #[test]
    fn a_sentence_opened_by_the_story_s_description_carries_its_person_on() {
        let names = [("Tom Berg", P, &["Berg"][..]), ("Rui Vaz", P, &["Vaz"][..])];
        let body = "Lorsk manager Tom Berg will discipline striker Rui Vaz after all. The Scot initially defended Vaz, saying he was provoked. But he has had a rethink. He said: \"I should set the record straight.\"";
        let (o, _) = run(body, &names);
        assert!(
            has(&o, "Tom Berg", "I should set the record straight."),
            "{o:?}"
        );
        // (not a noun after the description: "The 41-year-old chart-topper told ...")
        assert_eq!(
            opening_description("The 41-year-old chart-topper told reporters"),
            None
        );
        assert_eq!(
            opening_description("The Dutchman initially defended him"),
            Some(Some(false))
        );
    }

    #[test]
    fn the_one_a_paper_quoted_as_saying_is_the_speaker_not_the_paper() {
        let names = [("Lorsk Times", N, &[][..]), ("Acme Corp", O, &["Acme"][..])];
        let (o, _) = run(
            "The Lorsk Times quoted an executive at Acme Corp as saying the group would make a cash bid.",
            &names,
        );
        assert!(
            has(&o, "Acme Corp", "the group would make a cash bid."),
            "{o:?}"
        );
        // (but the paper a passive names is no speaker: "was quoted by the Lorsk Times as")
        let people = [("Ana Ruiz", P, &["Ruiz"][..]), ("Lorsk Times", N, &[][..])];
        let (o, _) = run(
            "Chief executive Ana Ruiz was quoted by the Lorsk Times as saying the carrier could no longer afford it.",
            &people,
        );
        assert!(
            has(&o, "Ana Ruiz", "the carrier could no longer afford it."),
            "{o:?}"
        );
    }

    #[test]
    fn word_count_counts_the_runs_between_spaces_that_hold_a_letter_or_a_digit() {
        for (text, n) in [
            ("", 0),
            ("  - ... ", 0),
            ("the plan, he said - twice.", 5),
            ("a\u{a0}b\u{2003}c\td\ne", 5),
            ("«Ça va», dit-il 3 fois", 5),
            ("\u{2014} it was 1980s-era \u{2014}", 3),
        ] {
            let expected = text
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
                .count();
            assert_eq!(expected, n, "{text:?}");
            assert_eq!(word_count(text), n, "{text:?}");
        }
    }

    #[test]
    fn a_programme_named_after_the_hearer_s_possessive_is_the_hearer_s() {
        let names = [("Ana Ruiz", P, &["Ruiz"][..]), ("BBC", N, &[][..])];
        let (o, _) = run(
            "Ana Ruiz told the BBC's Breakfast with Frost programme she aspired to the job.",
            &names,
        );
        assert!(has(&o, "Ana Ruiz", "she aspired to the job."), "{o:?}");
        let (o, _) = run(
            "\"The shock is not enormous,\" Ana Ruiz, an economist, told the BBC's World Business Report.",
            &names,
        );
        assert!(o.iter().all(|c| !c.1.starts_with("'s")), "{o:?}");
        // (a programme's name may open with "the": "Radio 4's the World at One")
        let (o, _) = run(
            "Ana Ruiz told BBC Radio 4's the World at One her concern was the cost.",
            &names,
        );
        assert!(has(&o, "Ana Ruiz", "her concern was the cost."), "{o:?}");
    }

    #[test]
    fn say_after_a_determiner_is_a_noun_not_a_saying() {
        let names = [("Tom Berg", P, &["Berg"][..])];
        let (o, _) = run(
            "Tom Berg wants a greater say in how the club is run.",
            &names,
        );
        assert!(o.is_empty(), "{o:?}");
        // (but a pronoun's saying is one: "while some say ...")
        let (o, _) = run(
            "Some scientists think birds came from trees, while some say flight grew up from the ground.",
            &names,
        );
        assert!(o.iter().any(|c| c.1.starts_with("flight grew up")), "{o:?}");
    }

    #[test]
    fn a_plural_s_present_says_only_after_a_plural_subject() {
        let (o, _) = run(
            "The dam burst on Monday. Activists claim safety rules are routinely ignored. Critics also warn the repairs will fail.",
            &[],
        );
        assert!(
            has(&o, "*activists", "safety rules are routinely ignored."),
            "{o:?}"
        );
        assert!(has(&o, "*critics", "the repairs will fail."), "{o:?}");
        // (a noun after a name or a determiner, an infinitive: no saying)
        let names = [
            ("United Nations", O, &["UN"][..]),
            ("Tom Berg", P, &["Berg"][..]),
        ];
        let (o, _) = run(
            "The UN report said that the rules were ignored. Tom Berg hopes to claim the title. The claim was denied.",
            &names,
        );
        assert!(
            has(&o, "United Nations", "the rules were ignored."),
            "{o:?}"
        );
        assert_eq!(o.len(), 1, "{o:?}");
    }

    #[test]
    fn a_share_of_a_group_and_a_count_after_a_noun_open_a_reported_clause() {
        let (o, _) = run(
            "The ferry sank on Monday. Local media reported most of the passengers drowned. Police said two of the crew survived.",
            &[],
        );
        assert!(
            has(&o, "*local media", "most of the passengers drowned."),
            "{o:?}"
        );
        assert!(has(&o, "*police", "two of the crew survived."), "{o:?}");
        let (o, _) = run(
            "The study was released on Monday. The study notes the register shows 82% of victims knew their attacker.",
            &[],
        );
        assert!(
            o.iter().any(|c| c.1.starts_with("the register shows 82%")),
            "{o:?}"
        );
        // (a number after a unit is no clause: "posted a record loss of 68m euros ($89m)")
        let (o, _) = run(
            "Acme posted a record loss of 68m euros ($89m; £47m) in the year.",
            &[("Acme", O, &[][..])],
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn another_s_saying_in_a_clause_of_time_ends_the_reported_clause() {
        let names = [
            ("Tom Berg", P, &["Berg"][..]),
            ("Ana Ruiz", P, &["Ruiz"][..]),
        ];
        let (o, _) = run(
            "Some reports claim Tom Berg first wanted a new coach, before Ruiz confirmed she would stay on.",
            &names,
        );
        assert!(
            has(&o, "*some reports", "Tom Berg first wanted a new coach"),
            "{o:?}"
        );
        assert!(has(&o, "Ana Ruiz", "she would stay on."), "{o:?}");
        // (and one set off by commas after "as")
        let (o, _) = run(
            "Some fear the reform could fail if, as Ana Ruiz has suggested, the old exams stay in place.",
            &names,
        );
        assert!(has(&o, "Ana Ruiz", "the old exams stay in place."), "{o:?}");
        assert!(has(&o, "*some", "the reform could fail if"), "{o:?}");
    }

    #[test]
    fn an_unnamed_source_after_and_opens_a_saying_of_its_own() {
        let names = [("Acme Telecom", O, &["Acme"][..])];
        let (o, _) = run(
            "Acme Telecom said it would sell. The phone company collapsed in 2002 and prosecutors claim that losses were hidden.",
            &names,
        );
        assert!(has(&o, "*prosecutors", "losses were hidden."), "{o:?}");
        assert!(
            o.iter()
                .all(|c| c.1 != "losses were hidden." || c.0 != "Acme Telecom"),
            "{o:?}"
        );
        // (but "X and other researchers" is one subject)
        let names = [("Ana Ruiz", P, &["Ruiz"][..])];
        let (o, _) = run(
            "A study conducted by Ana Ruiz and other researchers concluded the tools were older than thought.",
            &names,
        );
        assert!(o.iter().all(|c| !c.0.starts_with("*other")), "{o:?}");
    }

    #[test]
    fn a_source_between_a_verb_and_its_complement_reports_the_sentence() {
        let (o, _) = run(
            "The bridge fell on Monday. One child was, according to the fire service, among the dead.",
            &[],
        );
        assert!(
            has(
                &o,
                "*fire service",
                "One child was, according to the fire service, among the dead."
            ),
            "{o:?}"
        );
        // (and a service no one named says what it said: "the ambulance service said")
        let (o, _) = run(
            "The bridge fell on Monday. The ambulance service said nine people were hurt.",
            &[],
        );
        assert!(
            has(&o, "*ambulance service", "nine people were hurt."),
            "{o:?}"
        );
    }

    #[test]
    fn a_second_quote_after_and_and_a_verb_is_the_same_speaker_s() {
        let names = [("Tom Berg", P, &["Berg"][..])];
        let (o, _) = run(
            "Mayor Tom Berg tweeted \"We are heartbroken\" and offered \"our deepest sympathy to the families.\"",
            &names,
        );
        assert!(
            has(&o, "Tom Berg", "our deepest sympathy to the families."),
            "{o:?}"
        );
        assert!(o.iter().all(|c| !c.1.contains("offered")), "{o:?}");
    }

    #[test]
    fn the_statement_is_its_issuer_s_past_a_spokesperson_quoted_between() {
        let names = [("Lorsk Navy", O, &[][..])];
        let (o, _) = run(
            "On Friday, the Lorsk Navy released a statement saying the ship had sunk. A spokesperson told reporters the crew was safe. \"No sailors were injured,\" the statement said.",
            &names,
        );
        assert!(has(&o, "*spokesperson", "the crew was safe."), "{o:?}");
        assert!(has(&o, "Lorsk Navy", "No sailors were injured"), "{o:?}");
        // (a quotation closed by a semicolon before "read the statement", and the one after)
        let (o, _) = run(
            "On Friday, the Lorsk Navy released a statement saying the ship had sunk. A spokesperson told reporters the crew was safe. \"No sailors were injured. We thank the rescuers;\" read the statement; \"we will not be deterred.\"",
            &names,
        );
        assert!(
            has(
                &o,
                "Lorsk Navy",
                "No sailors were injured. We thank the rescuers"
            ),
            "{o:?}"
        );
        assert!(has(&o, "Lorsk Navy", "we will not be deterred."), "{o:?}");
    }

    #[test]
    fn as_someone_put_it_names_the_speaker_of_the_words_quoted() {
        let names = [("Lorsk Court", O, &[][..]), ("Tom Berg", P, &["Berg"][..])];
        let (o, _) = run(
            "The Lorsk Court ruled on Monday. For four days, traffic \"ground to a halt\" — as the court put it — on the bridge. Prices had \"gone through the roof,\" as Mayor Tom Berg put it.",
            &names,
        );
        assert!(has(&o, "Lorsk Court", "ground to a halt"), "{o:?}");
        assert!(has(&o, "Tom Berg", "gone through the roof"), "{o:?}");
        // (the words quoted alone: the rest of the sentence is the writer's)
        assert!(o.iter().all(|c| !c.1.contains("traffic")), "{o:?}");
    }

    #[test]
    fn a_reported_clause_s_verb_may_follow_asides_set_off_by_commas() {
        let (o, _) = run(
            "Protests went on. Protesters have claimed Lorsk, especially, amongst other outside powers, is unduly influencing the government.",
            &[],
        );
        assert!(
            o.iter()
                .any(|c| c.0 == "*protesters" && c.1.starts_with("Lorsk, especially")),
            "{o:?}"
        );
        // (a list of objects set off by commas reports nothing)
        let (o, _) = run(
            "Acme announced new stores, new jobs, new prices, and a bonus for its staff.",
            &[("Acme", O, &[][..])],
        );
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_gerund_past_a_fronted_phrase_opens_the_reported_clause() {
        let names = [("Tom Berg", P, &["Berg"][..])];
        let (o, _) = run(
            "Yesterday, Tom Berg announced that from June 15, wearing a mask would become compulsory on buses.",
            &names,
        );
        assert!(
            has(
                &o,
                "Tom Berg",
                "from June 15, wearing a mask would become compulsory on buses."
            ),
            "{o:?}"
        );
        // (but a participle after an object goes on with the speaker)
        let (o, _) = run(
            "Tom Berg blamed the council for the delays, saying there was no money left.",
            &names,
        );
        assert!(has(&o, "Tom Berg", "there was no money left."), "{o:?}");
    }

    #[test]
    fn a_body_s_shareholders_are_a_group_of_their_own_not_its_voice() {
        let names = [("Acme", O, &[][..])];
        let (o, _) = run(
            "Acme made a bid. Meanwhile, Acme shareholders fear that the deal would create a monopoly.",
            &names,
        );
        assert!(
            has(
                &o,
                "*Acme shareholders",
                "the deal would create a monopoly."
            ),
            "{o:?}"
        );
        // (but its officials speak for it)
        let (o, _) = run(
            "Acme made a bid. Acme officials said that the deal would go ahead.",
            &names,
        );
        assert!(has(&o, "Acme", "the deal would go ahead."), "{o:?}");
    }

    #[test]
    fn a_team_after_a_fronted_phrase_speaks_not_the_journal_it_names() {
        let names = [("Lorsk Science", N, &[][..])];
        let (o, _) = run(
            "In findings published on Wednesday in the journal Lorsk Science, an international team of scientists report ancient farmers kept geese.",
            &names,
        );
        assert!(
            has(&o, "*scientists", "ancient farmers kept geese."),
            "{o:?}"
        );
        // (but a body named as the subject after the phrase speaks)
        let (o, _) = run(
            "In a statement on Wednesday, Lorsk Science said ancient farmers kept geese.",
            &names,
        );
        assert!(
            has(&o, "Lorsk Science", "ancient farmers kept geese."),
            "{o:?}"
        );
    }
}
