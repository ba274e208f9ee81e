//! Plain data at the boundaries between stages: what the reader produces, and what the
//! extractor hands to the RDF mapping. Nothing here knows about regexes or RDF.
//!
//! Spans are **byte** offsets into [`Article::body`] (end exclusive, always on `char`
//! boundaries). The RDF mapping converts them to Unicode code point offsets.

use serde::Serialize;

/// A calendar date, possibly partial ("2019", "2019-02", "2019-02-28").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// One article as read from disk, before any extraction.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    /// Stable identifier: front matter `id`, JSON `id`, or the file name without extension.
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub author: Option<String>,
    pub language: Option<String>,
    /// The text that offsets point into (`schema:articleBody`): LF line ends, no BOM.
    pub body: String,
    /// Where it came from, for messages ("data/a.txt", "corpus.jsonl:12").
    #[serde(skip)]
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum OrgKind {
    Generic,
    GovernmentBody,
    NewsOrganization,
    ResearchInstitute,
    University,
    Company,
    InternationalOrganization,
    PoliticalParty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum PlaceKind {
    Generic,
    Country,
    City,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EntityKind {
    Person,
    Organization(OrgKind),
    Place(PlaceKind),
}

/// A person, organization or place found in one article.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// Canonical name ("Matthew Ha", "Foundation for Defense of Democracies").
    pub name: String,
    pub kind: EntityKind,
    /// Other forms used in the article ("Ha", "FDD"), without the canonical name.
    pub aliases: Vec<String>,
    /// Every place in the body where the entity is named (not pronouns).
    pub mentions: Vec<Span>,
}

/// Index into [`Extraction::entities`].
pub type EntityId = usize;

#[derive(Debug, Clone, Serialize)]
pub struct Role {
    pub holder: EntityId,
    /// Lower-case unless a proper title ("research analyst", "President", "Secretary of State").
    pub title: String,
    pub organization: Option<EntityId>,
    pub former: bool,
    /// The text that states the role ("Matthew Ha, a research analyst at the FDD").
    pub evidence: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ClaimKind {
    Direct,
    Indirect,
    Mixed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Claimant {
    Entity(EntityId),
    /// An unnamed source, described as in the text ("experts", "one source").
    Unnamed(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub claimant: Claimant,
    pub kind: ClaimKind,
    /// The words inside the quotation marks, or the reported clause: exactly `evidence` of the body.
    pub evidence: Span,
    /// The speech verb or phrase ("said", "told", "according to").
    pub cue: Option<String>,
    /// The outlet or audience told ("Reuters" in "told Reuters").
    pub told_to: Option<EntityId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EventKind {
    Summit,
    Talks,
    Meeting,
    Visit,
    Sanctions,
    MissileTest,
    Publication,
    Legislation,
    Resolution,
    Election,
    Agreement,
    Attack,
    Protest,
    Announcement,
    Opening,
    Outbreak,
    Disaster,
    Trial,
    Famine,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 20] = [
        EventKind::Summit,
        EventKind::Talks,
        EventKind::Meeting,
        EventKind::Visit,
        EventKind::Sanctions,
        EventKind::MissileTest,
        EventKind::Publication,
        EventKind::Legislation,
        EventKind::Resolution,
        EventKind::Election,
        EventKind::Agreement,
        EventKind::Attack,
        EventKind::Protest,
        EventKind::Announcement,
        EventKind::Opening,
        EventKind::Outbreak,
        EventKind::Disaster,
        EventKind::Trial,
        EventKind::Famine,
        EventKind::Other,
    ];
    /// The ontology class's local name.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Summit => "Summit",
            EventKind::Talks => "Talks",
            EventKind::Meeting => "Meeting",
            EventKind::Visit => "Visit",
            EventKind::Sanctions => "Sanctions",
            EventKind::MissileTest => "MissileTest",
            EventKind::Publication => "Publication",
            EventKind::Legislation => "Legislation",
            EventKind::Resolution => "Resolution",
            EventKind::Election => "Election",
            EventKind::Agreement => "Agreement",
            EventKind::Attack => "Attack",
            EventKind::Protest => "Protest",
            EventKind::Announcement => "Announcement",
            EventKind::Opening => "Opening",
            EventKind::Outbreak => "Outbreak",
            EventKind::Disaster => "Disaster",
            EventKind::Trial => "Trial",
            EventKind::Famine => "Famine",
            EventKind::Other => "Other",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub kind: EventKind,
    /// A short readable name ("Hanoi summit", "visit to Yangdok").
    pub name: String,
    pub date: Option<PartialDate>,
    pub place: Option<EntityId>,
    pub participants: Vec<EntityId>,
    /// Every mention of the event in the article (at least one).
    pub evidence: Vec<Span>,
}

/// Everything the extractor found in one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub roles: Vec<Role>,
    pub claims: Vec<Claim>,
    pub events: Vec<Event>,
}
