//! The extractor: plain text in, [`Extraction`] out. Rule-based patterns of English news
//! prose; knows nothing of RDF.
//!
//! Stages (each in its own file):
//! - [`clean`]: classify the body's paragraphs (text, caption, heading, site chrome, repeats)
//! - [`segment`]: sentences and quotation spans
//! - [`names`] with [`gazetteer`]: people, organizations and places named in the text
//! - [`resolve`]: one entity per referent (surnames, acronyms, pronouns)
//! - [`roles`], [`claims`], [`events`] (with [`dates`]): the facts

pub mod claims;
pub mod clean;
pub mod dates;
pub mod doc;
pub mod events;
pub mod gazetteer;
pub mod lexicon;
pub mod names;
pub mod resolve;
pub mod roles;
pub mod segment;
pub mod tokens;

use crate::model::{Article, Extraction};
pub use doc::{Block, BlockKind, Doc, Entities, Mention, Quote, Sentence};

/// Extract people, organizations, places, roles, claims and events from one article.
pub fn extract(article: &Article) -> Extraction {
    let doc = Doc::new(article);
    let mut ents = names::recognize(&doc);
    resolve::resolve(&doc, &mut ents);
    let roles = roles::extract(&doc, &mut ents);
    let claims = claims::extract(&doc, &mut ents);
    let events = events::extract(&doc, &mut ents);
    Extraction {
        entities: ents.finish(),
        roles,
        claims,
        events,
    }
}
