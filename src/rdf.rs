//! Mapping an article and its extraction to RDF quads: ontology terms and IRIs minted from
//! content (no blank nodes), all in the article's own named graph. Knows nothing of regexes.

use crate::model::{
    Article, Claim, ClaimKind, Claimant, EntityKind, Extraction, OrgKind, PartialDate, PlaceKind,
    Span,
};
use crate::vocab::{self, kg, oa, schema};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term, TermRef, TripleRef,
};
use unicode_normalization::UnicodeNormalization;

/// IRI families under the base, each with its own Turtle prefix.
pub const FAMILIES: [&str; 10] = [
    "article", "graph", "person", "org", "place", "source", "role", "claim", "event", "evidence",
];

/// Lower-case, accents dropped, runs of anything but letters and digits made one hyphen.
/// Names that differ only in case, punctuation or accents get one slug ("Kim Jong-un",
/// "Kim Jong Un"). Empty results fall back to a short content hash.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c == '\'' || c == '\u{2019}' || c == '.' {
            continue; // "O'Brien" -> obrien, "U.S." -> us
        }
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out = format!(
            "x{}",
            &sha1_smol::Sha1::from(text).digest().to_string()[..12]
        );
    }
    if out.len() > 120 {
        let cut = (0..=120)
            .rev()
            .find(|&i| out.is_char_boundary(i))
            .unwrap_or(0);
        let hash = sha1_smol::Sha1::from(text).digest().to_string();
        out = format!("{}-{}", &out[..cut], &hash[..8]);
    }
    out
}

/// Mints the IRIs of one article's nodes.
pub struct Minter<'a> {
    base: &'a str,
    article: String,
}

impl<'a> Minter<'a> {
    pub fn new(base: &'a str, article_id: &str) -> Self {
        Minter {
            base,
            article: slug(article_id),
        }
    }
    fn iri(&self, family: &str, local: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{family}/{local}", self.base))
    }
    pub fn article(&self) -> NamedNode {
        self.iri("article", &self.article)
    }
    pub fn graph(&self) -> NamedNode {
        self.iri("graph", &self.article)
    }
    pub fn entity(&self, kind: EntityKind, name: &str) -> NamedNode {
        let fam = match kind {
            EntityKind::Person => "person",
            EntityKind::Organization(_) => "org",
            EntityKind::Place(_) => "place",
        };
        self.iri(fam, &slug(name))
    }
    pub fn source(&self, label: &str) -> NamedNode {
        self.iri("source", &format!("{}--{}", self.article, slug(label)))
    }
    pub fn evidence(&self, start: usize, end: usize) -> NamedNode {
        self.iri("evidence", &format!("{}--{start}-{end}", self.article))
    }
    pub fn claim(&self, start: usize, end: usize) -> NamedNode {
        self.iri("claim", &format!("{}--{start}-{end}", self.article))
    }
}

/// Replaces blank nodes by IRIs under `{prefix}/.well-known/genid/`, numbered in order of first
/// appearance, so that parsed data (the ontology's OWL lists) stores identically every time.
pub fn skolemize(quads: Vec<Quad>, prefix: &str) -> Vec<Quad> {
    use oxigraph::model::BlankNode;
    let mut ids: std::collections::HashMap<BlankNode, NamedNode> = std::collections::HashMap::new();
    let mut iri = |b: &BlankNode| -> NamedNode {
        let n = ids.len() + 1;
        ids.entry(b.clone())
            .or_insert_with(|| NamedNode::new_unchecked(format!("{prefix}/.well-known/genid/{n}")))
            .clone()
    };
    quads
        .into_iter()
        .map(|q| {
            let subject = match q.subject {
                NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::from(iri(&b)),
                s => s,
            };
            let object = match q.object {
                Term::BlankNode(b) => Term::from(iri(&b)),
                o => o,
            };
            Quad::new(subject, q.predicate, object, q.graph_name)
        })
        .collect()
}

/// Byte offset to Unicode code point offset, in O(distance from a checkpoint).
struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    checkpoints: Vec<usize>, // code points before byte k * STEP (rounded down to a boundary)
}

const STEP: usize = 4096;

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let mut count = 0;
            let mut last = 0;
            for k in 0..=text.len() / STEP {
                let b = floor_boundary(text, k * STEP);
                count += text[last..b].chars().count();
                checkpoints.push(count);
                last = b;
            }
        }
        CharIndex {
            text,
            ascii,
            checkpoints,
        }
    }
    fn at(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let k = byte / STEP;
        let b = floor_boundary(self.text, k * STEP);
        self.checkpoints[k] + self.text[b..byte].chars().count()
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn str_lit(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn int_lit(n: usize) -> Term {
    Literal::new_typed_literal(
        n.to_string(),
        NamedNode::new_unchecked(format!("{}integer", vocab::XSD)),
    )
    .into()
}

pub fn date_lit(d: PartialDate) -> Term {
    let dt = match (d.month, d.day) {
        (Some(_), Some(_)) => vocab::XSD_DATE,
        (Some(_), None) => vocab::XSD_GYEARMONTH,
        _ => vocab::XSD_GYEAR,
    };
    Literal::new_typed_literal(d.to_string(), NamedNode::new_unchecked(dt)).into()
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// The types an entity carries: kg base class, kg kind (if any), schema.org type.
fn entity_types(kind: EntityKind) -> Vec<&'static str> {
    match kind {
        EntityKind::Person => vec![kg::PERSON, schema::PERSON],
        EntityKind::Organization(k) => {
            let (kgc, sc) = match k {
                OrgKind::Generic => (None, schema::ORGANIZATION),
                OrgKind::GovernmentBody => {
                    (Some(kg::GOVERNMENT_BODY), schema::GOVERNMENT_ORGANIZATION)
                }
                OrgKind::NewsOrganization => {
                    (Some(kg::NEWS_ORGANIZATION), schema::NEWS_MEDIA_ORGANIZATION)
                }
                OrgKind::ResearchInstitute => {
                    (Some(kg::RESEARCH_INSTITUTE), schema::RESEARCH_ORGANIZATION)
                }
                OrgKind::University => (Some(kg::UNIVERSITY), schema::COLLEGE_OR_UNIVERSITY),
                OrgKind::Company => (Some(kg::COMPANY), schema::CORPORATION),
                OrgKind::InternationalOrganization => {
                    (Some(kg::INTERNATIONAL_ORGANIZATION), schema::ORGANIZATION)
                }
                OrgKind::PoliticalParty => (Some(kg::POLITICAL_PARTY), schema::POLITICAL_PARTY),
            };
            let mut v = vec![kg::ORGANIZATION];
            v.extend(kgc);
            v.push(sc);
            if sc != schema::ORGANIZATION {
                v.push(schema::ORGANIZATION);
            }
            v
        }
        EntityKind::Place(k) => match k {
            PlaceKind::Generic => vec![kg::PLACE, schema::PLACE],
            PlaceKind::Country => vec![kg::PLACE, kg::COUNTRY, schema::COUNTRY, schema::PLACE],
            PlaceKind::City => vec![kg::PLACE, kg::CITY, schema::CITY, schema::PLACE],
        },
    }
}

pub fn claim_kind_name(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
    }
}

struct Out<'a> {
    graph: GraphName,
    quads: Vec<Quad>,
    minter: Minter<'a>,
    chars: CharIndex<'a>,
    article: NamedNode,
}

impl Out<'_> {
    fn add(&mut self, s: &NamedNode, p: &str, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            nn(p),
            o.into(),
            self.graph.clone(),
        ));
    }
    fn typed(&mut self, s: &NamedNode, classes: &[&str]) {
        for c in classes {
            self.add(s, vocab::RDF_TYPE, nn(c));
        }
    }
    /// An evidence node for a byte span of the body; returns its IRI.
    fn evidence(&mut self, span: Span, body: &str) -> NamedNode {
        let (start, end) = (self.chars.at(span.start), self.chars.at(span.end));
        let ev = self.minter.evidence(start, end);
        self.typed(&ev, &[kg::EVIDENCE]);
        let article = self.article.clone();
        self.add(&ev, oa::HAS_SOURCE, article);
        self.add(&ev, oa::START, int_lit(start));
        self.add(&ev, oa::END, int_lit(end));
        self.add(&ev, oa::EXACT, str_lit(span.text(body)));
        ev
    }
}

/// Every quad that one article supports, in its own named graph, sorted and de-duplicated.
pub fn article_quads(base: &str, article: &Article, ex: &Extraction) -> Vec<Quad> {
    let minter = Minter::new(base, &article.id);
    let graph = GraphName::NamedNode(minter.graph());
    let art = minter.article();
    let body = article.body.as_str();
    let mut o = Out {
        graph,
        quads: Vec::new(),
        chars: CharIndex::new(body),
        article: art.clone(),
        minter,
    };

    o.typed(&art, &[kg::ARTICLE, schema::NEWS_ARTICLE]);
    o.add(&art, schema::IDENTIFIER, str_lit(&article.id));
    if let Some(t) = &article.title {
        o.add(&art, schema::HEADLINE, str_lit(t));
    }
    if let Some(d) = article.published {
        o.add(&art, schema::DATE_PUBLISHED, date_lit(d));
    }
    if let Some(p) = &article.publisher {
        o.add(&art, schema::PUBLISHER, str_lit(p));
    }
    if let Some(u) = &article.url {
        o.add(
            &art,
            schema::URL,
            Literal::new_typed_literal(u, nn(vocab::XSD_ANYURI)),
        );
    }
    if let Some(a) = &article.author {
        o.add(&art, schema::AUTHOR, str_lit(a));
    }
    if let Some(l) = &article.language {
        o.add(&art, schema::IN_LANGUAGE, str_lit(l));
    }
    o.add(&art, schema::ARTICLE_BODY, str_lit(body));

    let ents: Vec<NamedNode> = ex
        .entities
        .iter()
        .map(|e| o.minter.entity(e.kind, &e.name))
        .collect();
    for (e, iri) in ex.entities.iter().zip(&ents) {
        o.typed(iri, &entity_types(e.kind));
        o.add(iri, schema::NAME, str_lit(&e.name));
        for a in &e.aliases {
            o.add(iri, schema::ALTERNATE_NAME, str_lit(a));
        }
        o.add(iri, kg::MENTIONED_IN, art.clone());
        for m in &e.mentions {
            let ev = o.evidence(*m, body);
            o.add(iri, kg::EVIDENCE_P, ev);
        }
    }

    for r in &ex.roles {
        let holder = &ex.entities[r.holder];
        let org = r.organization.map(|i| &ex.entities[i]);
        let local = format!(
            "{}--{}--{}{}",
            slug(&holder.name),
            slug(&r.title),
            org.map(|e| slug(&e.name)).unwrap_or_else(|| "none".into()),
            if r.former { "--former" } else { "" }
        );
        let iri = o.minter.iri("role", &local);
        o.typed(&iri, &[kg::ROLE, schema::ORGANIZATION_ROLE]);
        o.add(&iri, kg::HOLDER, ents[r.holder].clone());
        o.add(&iri, kg::TITLE, str_lit(&r.title));
        if let Some(i) = r.organization {
            o.add(&iri, kg::ORGANIZATION_P, ents[i].clone());
        }
        if r.former {
            o.add(&iri, kg::FORMER, Literal::from(true));
        }
        o.add(&iri, kg::STATED_IN, art.clone());
        let ev = o.evidence(r.evidence, body);
        o.add(&iri, kg::EVIDENCE_P, ev);
    }

    for c in &ex.claims {
        claim_quads(&mut o, c, &ents, body);
    }

    for e in &ex.events {
        let place = e.place.map(|p| slug(&ex.entities[p].name));
        let first = e.evidence.first().copied().unwrap_or(Span::new(0, 0));
        let local = match (e.date, &place) {
            (None, None) => format!(
                "{}--{}--{}",
                e.kind.name().to_lowercase(),
                o.minter.article,
                o.chars.at(first.start)
            ),
            (d, p) => format!(
                "{}--{}--{}--{}",
                e.kind.name().to_lowercase(),
                d.map(|d| d.to_string()).unwrap_or_else(|| "undated".into()),
                p.as_deref().unwrap_or("nowhere"),
                slug(&e.name)
            ),
        };
        let iri = o.minter.iri("event", &local);
        let class = kg::event_class(e.kind.name());
        o.typed(&iri, &[kg::EVENT, &class, schema::EVENT]);
        o.add(&iri, schema::NAME, str_lit(&e.name));
        if let Some(d) = e.date {
            o.add(&iri, kg::DATE, date_lit(d));
        }
        if let Some(p) = e.place {
            o.add(&iri, kg::PLACE_P, ents[p].clone());
        }
        for p in &e.participants {
            o.add(&iri, kg::PARTICIPANT, ents[*p].clone());
        }
        o.add(&iri, kg::STATED_IN, art.clone());
        for sp in &e.evidence {
            let ev = o.evidence(*sp, body);
            o.add(&iri, kg::EVIDENCE_P, ev);
        }
    }

    let mut quads = o.quads;
    // The order of `sort_quads`; every quad is in the same graph, so only triples are compared.
    quads.sort_unstable_by(|a, b| quad_triple_key(a).cmp(&quad_triple_key(b)));
    quads.dedup();
    quads
}

/// Sort order of dumps: graph, subject, predicate, object; each term by its kind, then its
/// text (IRI, blank node id, or literal value, datatype and language). Allocation-free.
pub fn sort_quads(quads: &mut [Quad]) {
    quads.sort_unstable_by(|a, b| quad_key(a).cmp(&quad_key(b)));
}

/// Sorts triples the same way as [`sort_quads`] and drops duplicates.
pub fn sort_dedup_triples(triples: &mut Vec<TripleRef<'_>>) {
    triples.sort_unstable_by(|a, b| triple_key(*a).cmp(&triple_key(*b)));
    triples.dedup();
}

type TermKey<'a> = (u8, &'a str, &'a str, &'a str);

fn quad_key(q: &Quad) -> (TermKey<'_>, (TermKey<'_>, &str, TermKey<'_>)) {
    (graph_key(q.graph_name.as_ref()), quad_triple_key(q))
}

fn quad_triple_key(q: &Quad) -> (TermKey<'_>, &str, TermKey<'_>) {
    triple_key(TripleRef::new(
        q.subject.as_ref(),
        q.predicate.as_ref(),
        q.object.as_ref(),
    ))
}

fn graph_key(g: GraphNameRef<'_>) -> TermKey<'_> {
    match g {
        GraphNameRef::DefaultGraph => (0, "", "", ""),
        GraphNameRef::NamedNode(n) => (1, n.as_str(), "", ""),
        GraphNameRef::BlankNode(n) => (2, n.as_str(), "", ""),
    }
}

fn triple_key(t: TripleRef<'_>) -> (TermKey<'_>, &str, TermKey<'_>) {
    (
        term_key(t.subject.into()),
        t.predicate.as_str(),
        term_key(t.object),
    )
}

fn term_key(t: TermRef<'_>) -> TermKey<'_> {
    match t {
        TermRef::NamedNode(n) => (0, n.as_str(), "", ""),
        TermRef::BlankNode(n) => (1, n.as_str(), "", ""),
        TermRef::Literal(l) => (
            2,
            l.value(),
            l.datatype().as_str(),
            l.language().unwrap_or(""),
        ),
        #[allow(unreachable_patterns)]
        _ => (3, "", "", ""),
    }
}

fn claim_quads(o: &mut Out, c: &Claim, ents: &[NamedNode], body: &str) {
    let (start, end) = (o.chars.at(c.evidence.start), o.chars.at(c.evidence.end));
    let iri = o.minter.claim(start, end);
    o.typed(&iri, &[kg::CLAIM, schema::CLAIM]);
    let speaker = match &c.claimant {
        Claimant::Entity(i) => ents[*i].clone(),
        Claimant::Unnamed(label) => {
            let s = o.minter.source(label);
            o.typed(&s, &[kg::UNNAMED_SOURCE]);
            o.add(&s, schema::NAME, str_lit(label));
            let art = o.article.clone();
            o.add(&s, kg::MENTIONED_IN, art);
            s
        }
    };
    o.add(&iri, kg::CLAIMANT, speaker);
    o.add(&iri, kg::TEXT, str_lit(c.evidence.text(body)));
    o.add(&iri, kg::CLAIM_KIND, str_lit(claim_kind_name(c.kind)));
    if let Some(cue) = &c.cue {
        o.add(&iri, kg::CUE, str_lit(cue));
    }
    if let Some(t) = c.told_to {
        o.add(&iri, kg::TOLD_TO, ents[t].clone());
    }
    let art = o.article.clone();
    o.add(&iri, kg::STATED_IN, art);
    let ev = o.evidence(c.evidence, body);
    o.add(&iri, kg::EVIDENCE_P, ev);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_case_punctuation_and_accents() {
        assert_eq!(slug("Kim Jong-un"), slug("Kim Jong Un"));
        assert_eq!(slug("U.S. Treasury"), "us-treasury");
        assert_eq!(slug("José Müller"), "jose-muller");
        assert_eq!(slug("O'Brien"), "obrien");
        assert!(slug("🙂🙂").starts_with('x'));
        assert_ne!(slug("🙂"), slug("🙃"));
    }

    #[test]
    fn skolemized_blank_nodes_are_numbered_by_first_appearance() {
        let data = "<http://e/s> <http://e/p> [ <http://e/p> [] ] .";
        let parse = || {
            crate::store::parse_rdf(data.as_bytes(), oxigraph::io::RdfFormat::Turtle, None).unwrap()
        };
        let (q1, q2) = (parse(), parse());
        assert_ne!(q1, q2, "the parser should name anonymous nodes at random");
        let (s1, s2) = (skolemize(q1, "http://e"), skolemize(q2, "http://e"));
        assert_eq!(s1, s2);
        assert!(s1
            .iter()
            .all(|q| !q.subject.is_blank_node() && !q.object.is_blank_node()));
        assert!(s1
            .iter()
            .any(|q| q.object.to_string() == "<http://e/.well-known/genid/1>"));
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "é“a”".repeat(3000);
        let idx = CharIndex::new(&text);
        for (b, _) in text.char_indices().step_by(97) {
            assert_eq!(idx.at(b), text[..b].chars().count());
        }
        assert_eq!(idx.at(text.len()), text.chars().count());
    }

    #[test]
    fn quads_are_deterministic_and_have_no_blank_nodes() {
        let article = Article {
            id: "a 1".into(),
            body: "“Yes,” said Jane Roe.".into(),
            ..Default::default()
        };
        let ex = Extraction {
            entities: vec![crate::model::Entity {
                name: "Jane Roe".into(),
                kind: EntityKind::Person,
                aliases: vec!["Roe".into()],
                mentions: vec![Span::new(16, 24)],
            }],
            claims: vec![Claim {
                claimant: Claimant::Entity(0),
                kind: ClaimKind::Direct,
                evidence: Span::new(3, 7),
                cue: Some("said".into()),
                told_to: None,
            }],
            ..Default::default()
        };
        let a = article_quads(vocab::DEFAULT_BASE, &article, &ex);
        assert_eq!(a, article_quads(vocab::DEFAULT_BASE, &article, &ex));
        assert!(a
            .iter()
            .all(|q| !q.subject.is_blank_node() && !q.object.is_blank_node()));
        let exact: Vec<String> = a
            .iter()
            .filter(|q| q.predicate.as_str() == oa::EXACT)
            .map(|q| q.object.to_string())
            .collect();
        assert!(exact.contains(&"\"Yes,\"".to_string()), "{exact:?}");
        assert!(exact.contains(&"\"Jane Roe\"".to_string()), "{exact:?}");
        // code point offsets: the curly quote is one code point, three bytes
        assert!(a
            .iter()
            .any(|q| q.subject.to_string().ends_with("evidence/a-1--1-5>")));
    }
}
