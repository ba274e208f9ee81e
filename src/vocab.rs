//! Every vocabulary IRI kg writes, in one place.

pub const KG: &str = "https://w3id.org/newskg/ns#";
pub const SCHEMA: &str = "http://schema.org/";
pub const OA: &str = "http://www.w3.org/ns/oa#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";

/// Default base under which kg mints instance IRIs.
pub const DEFAULT_BASE: &str = "https://w3id.org/newskg/id/";
/// The ontology's IRI, also the name of the graph that holds it.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/newskg/ns";

pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const XSD_DATE: &str = "http://www.w3.org/2001/XMLSchema#date";
pub const XSD_GYEARMONTH: &str = "http://www.w3.org/2001/XMLSchema#gYearMonth";
pub const XSD_GYEAR: &str = "http://www.w3.org/2001/XMLSchema#gYear";
pub const XSD_ANYURI: &str = "http://www.w3.org/2001/XMLSchema#anyURI";

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: &str = concat!($ns, $local);)*
    };
}

/// kg: classes and properties (declared in `ontology/kg.ttl`).
pub mod kg {
    terms!("https://w3id.org/newskg/ns#";
        ARTICLE = "Article", PERSON = "Person", ORGANIZATION = "Organization",
        UNNAMED_SOURCE = "UnnamedSource", PLACE = "Place", COUNTRY = "Country", CITY = "City",
        GOVERNMENT_BODY = "GovernmentBody", NEWS_ORGANIZATION = "NewsOrganization",
        RESEARCH_INSTITUTE = "ResearchInstitute", UNIVERSITY = "University", COMPANY = "Company",
        INTERNATIONAL_ORGANIZATION = "InternationalOrganization",
        POLITICAL_PARTY = "PoliticalParty", ROLE = "Role", CLAIM = "Claim", EVENT = "Event",
        EVIDENCE = "Evidence",
        MENTIONED_IN = "mentionedIn", HOLDER = "holder", TITLE = "title",
        ORGANIZATION_P = "organization", FORMER = "former", STATED_IN = "statedIn",
        CLAIMANT = "claimant", TEXT = "text", CUE = "cue", CLAIM_KIND = "claimKind",
        TOLD_TO = "toldTo", DATE = "date", PLACE_P = "place", PARTICIPANT = "participant",
        EVIDENCE_P = "evidence",
    );
    /// An event class's IRI from its local name ("Summit").
    pub fn event_class(local: &str) -> String {
        format!("{}{local}", super::KG)
    }
}

/// schema.org terms.
pub mod schema {
    terms!("http://schema.org/";
        NAME = "name", ALTERNATE_NAME = "alternateName", IDENTIFIER = "identifier",
        HEADLINE = "headline", DATE_PUBLISHED = "datePublished", PUBLISHER = "publisher",
        URL = "url", ARTICLE_BODY = "articleBody", AUTHOR = "author", IN_LANGUAGE = "inLanguage",
        NEWS_ARTICLE = "NewsArticle", PERSON = "Person", ORGANIZATION = "Organization",
        GOVERNMENT_ORGANIZATION = "GovernmentOrganization",
        NEWS_MEDIA_ORGANIZATION = "NewsMediaOrganization",
        RESEARCH_ORGANIZATION = "ResearchOrganization",
        COLLEGE_OR_UNIVERSITY = "CollegeOrUniversity", CORPORATION = "Corporation",
        POLITICAL_PARTY = "PoliticalParty", PLACE = "Place", COUNTRY = "Country", CITY = "City",
        CLAIM = "Claim", EVENT = "Event", ORGANIZATION_ROLE = "OrganizationRole",
    );
}

/// Web Annotation terms.
pub mod oa {
    terms!("http://www.w3.org/ns/oa#";
        HAS_SOURCE = "hasSource", START = "start", END = "end", EXACT = "exact",
    );
}

/// Prefixes used when writing Turtle-family formats and when parsing saved queries.
pub fn prefixes(base: &str) -> Vec<(String, String)> {
    let mut p: Vec<(String, String)> = [
        ("kg", KG),
        ("schema", SCHEMA),
        ("oa", OA),
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("xsd", XSD),
        ("owl", OWL),
        ("org", ORG),
        ("prov", PROV),
        ("sem", SEM),
        ("dcterms", DCTERMS),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    for fam in crate::rdf::FAMILIES {
        p.push((fam.to_string(), format!("{base}{fam}/")));
    }
    p
}
