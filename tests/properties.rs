//! Property tests over generated articles: evidence offsets are exact, every export format
//! parses back to the same graph, and the order in which articles are loaded does not matter.

mod common;
use common::*;
use kg::model::Article;
use oxigraph::model::{Quad, Term, Triple};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};

const BASE: &str = "https://w3id.org/newskg/id/";

/// Names, some with characters that are special in IRIs, Turtle, XML or JSON.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Maria Lopez".to_string()),
        Just("Zoë Ångström".to_string()),
        Just("Seán O'Neill".to_string()),
        Just("Park Min-seo".to_string()),
        Just("Jean-Luc Picard".to_string()),
        ("[A-Z][a-z]{2,8}", "[A-Z][a-z]{2,10}").prop_map(|(a, b)| format!("{a} {b}")),
    ]
}

fn words() -> impl Strategy<Value = String> {
    "[a-zà-ÿ]{1,9}( [a-zà-ÿ]{1,9}){2,12}"
}

/// Noise a news page may hold: stray quotation marks, brackets, markup-like and IRI-breaking
/// characters, emoji, numbers with decimals and abbreviations.
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,60}",
        Just("He said \"it's <b>fine</b> & \\\"done\\\" {ok}\" — 🚀 #tag".to_string()),
        Just("The U.S. and the U.N. met on Jan. 3 at 4.5 p.m. in Washington, D.C.".to_string()),
        Just("“Unbalanced quote, she said.".to_string()),
        Just("'Single quotes' and the elites' view, it's said.".to_string()),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            words(),
            name(),
            "(an economist|a senior fellow|a spokesman|the director)",
            "[A-Z][a-z]{3,9}"
        )
            .prop_map(|(w, n, t, o)| format!("\"{w},\" said {n}, {t} at the {o} Institute.")),
        (name(), words()).prop_map(|(n, w)| format!("{n} told Reuters that {w}.")),
        (name(), words()).prop_map(|(n, w)| format!("According to {n}, {w}.")),
        (name(), "[A-Z][a-z]{3,9}")
            .prop_map(|(n, p)| format!("{n} will visit {p} on Monday for talks.")),
        noise(),
    ]
}

prop_compose! {
    fn article()(id in "[a-z0-9-]{1,12}", lead in paragraph(),
                 rest in proptest::collection::vec(paragraph(), 0..6)) -> Article {
        let mut body = format!("Headline of the day\n\n{lead}");
        for p in rest {
            body.push_str("\n\n");
            body.push_str(&p);
        }
        Article { id, body, published: kg::model::PartialDate::ymd(2024, 5, 17).into(), ..Article::default() }
    }
}

fn literal_or_term(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        t => t.to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn evidence_exact_is_the_body_between_start_and_end(a in article()) {
        let ex = kg::extract::extract(&a);
        let quads = kg::rdf::article_quads(BASE, &a, &ex);
        let mut index: HashMap<(String, &str), String> = HashMap::new();
        for q in &quads {
            index.insert((q.subject.to_string(), q.predicate.as_str()), literal_or_term(&q.object));
        }
        let get = |s: &str, p: &str| index.get(&(s.to_string(), p)).cloned();
        let evidence: BTreeSet<String> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == kg::vocab::RDF_TYPE
                && q.object.to_string() == format!("<{}Evidence>", kg::vocab::KG))
            .map(|q| q.subject.to_string())
            .collect();
        // Every claim, role and event has evidence.
        prop_assert!(evidence.len() >= ex.claims.len().max(ex.roles.len()));
        for ev in &evidence {
            let start: usize = get(ev, "http://www.w3.org/ns/oa#start").unwrap().parse().unwrap();
            let end: usize = get(ev, "http://www.w3.org/ns/oa#end").unwrap().parse().unwrap();
            let exact = get(ev, "http://www.w3.org/ns/oa#exact").unwrap();
            let slice: String = a.body.chars().skip(start).take(end - start).collect();
            prop_assert_eq!(slice, exact);
        }
    }

    #[test]
    fn every_export_format_parses_back_to_the_same_graph(a in article()) {
        let ex = kg::extract::extract(&a);
        let mut quads = kg::rdf::article_quads(BASE, &a, &ex);
        kg::rdf::sort_quads(&mut quads);
        let want_quads: HashSet<Quad> = quads.iter().cloned().collect();
        let want_triples: HashSet<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
        let prefixes = kg::vocab::prefixes(BASE);
        for name in ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"] {
            let format = kg::formats::rdf_format(name).unwrap();
            let mut bytes = Vec::new();
            kg::store::write_quads(&quads, format, &prefixes, &mut bytes).unwrap();
            let back = kg::store::parse_rdf(&bytes, format, None)
                .unwrap_or_else(|e| panic!("{name} does not parse back: {e}\n{}", String::from_utf8_lossy(&bytes)));
            if format.supports_datasets() {
                prop_assert_eq!(&back.into_iter().collect::<HashSet<_>>(), &want_quads, "{}", name);
            } else {
                let got: HashSet<Triple> = back.into_iter().map(Triple::from).collect();
                prop_assert_eq!(&got, &want_triples, "{}", name);
            }
        }
    }
}

proptest! {
    // Each case loads six articles one by one into a fresh on-disk store: few cases.
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn loading_in_any_order_gives_the_same_store(order in Just((0..6).collect::<Vec<usize>>()).prop_shuffle()) {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("articles");
        std::fs::create_dir(&files).unwrap();
        let corpus = dir.path().join("corpus.jsonl");
        write_synthetic_corpus(&corpus, 4);
        let mut paths = vec![fixtures().join("harbor.md"), fixtures().join("clinic.txt")];
        for (i, line) in std::fs::read_to_string(&corpus).unwrap().lines().enumerate() {
            let p = files.join(format!("synthetic-{i}.jsonl"));
            std::fs::write(&p, format!("{line}\n")).unwrap();
            paths.push(p);
        }
        let all = dir.path().join("all");
        load(&all, &paths.iter().map(|p| p.as_path()).collect::<Vec<_>>());
        let one_by_one = dir.path().join("one-by-one");
        for &i in &order {
            load(&one_by_one, &[&paths[i]]);
        }
        prop_assert_eq!(export(&one_by_one, "nquads"), export(&all, "nquads"));
    }
}
