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

#[cfg(test)]
mod tests {
    use super::*;

    /// A character an actor plays is no antecedent of "she" (the whole pipeline: the
    /// character's sex comes from the pronouns the article uses).
    #[test]
    fn a_character_someone_plays_is_no_antecedent_of_a_pronoun() {
        let text = "Title\n\nEmma Lorne talked of being cast in a television pilot while a \
                    guest actor on a series. Faced with loosing the character of Anya Pell, the \
                    producers finally committed to making her a regular. \"It was a good day,\" \
                    she recalls.\n";
        let article = crate::reader::parse_text(text, "t").unwrap();
        let ex = extract(&article);
        let speaker = ex
            .claims
            .iter()
            .find(|c| c.evidence.text(text).starts_with("It was a good day"))
            .map(|c| match c.claimant {
                crate::model::Claimant::Entity(id) => ex.entities[id].name.clone(),
                _ => String::new(),
            });
        assert_eq!(speaker.as_deref(), Some("Emma Lorne"), "{:?}", ex.claims);
    }

    /// Regression: a body's short name ("Organisation", for the World Trade Organisation)
    /// found again inside another body's name gave a claim's subject a name that starts
    /// before its determiner, and a slice out of order panicked (found by
    /// `scripts/bench-large-article.sh`).
    #[test]
    fn a_short_name_found_inside_another_name_does_not_panic() {
        let text = "Title\n\nThe FAO has urged the World Trade Organisation to swiftly \
                    conclude negotiations.\n\nEurope's economic difficulties have been \
                    highlighted by the Organisation for Economic Co-operation and Development, \
                    which argued in a report published on Tuesday that the continent could \
                    only achieve US living standards by freeing up its labour markets.\n";
        let article = crate::reader::parse_text(text, "t").unwrap();
        let ex = extract(&article);
        assert!(ex
            .entities
            .iter()
            .any(|e| e.name == "Organisation for Economic Co-operation and Development"));
    }
}
