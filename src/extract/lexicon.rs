//! Word lists of English news prose: titles, role nouns, organization and place head words,
//! speech verbs, capitalized function words. Looked up by binary search in sorted tables.

use crate::model::OrgKind;
use once_cell::sync::Lazy;

fn table(words: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = words.split_whitespace().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// FNV-1a: a fast hash for short words (lookups only; nothing iterates these sets).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;
pub type WordSet = std::collections::HashSet<&'static str, FnvBuild>;

macro_rules! list {
    ($name:ident, $fn:ident, $words:expr) => {
        static $name: Lazy<WordSet> = Lazy::new(|| table($words).into_iter().collect());
        pub fn $fn(w: &str) -> bool {
            $name.contains(w)
        }
    };
}

// Speech verbs that open an inverted attribution ("Remarked Acme scientist Ana Silva, "...""):
// never the first word of a name, even one with a body's head word after it.
list!(
    INVERTING_VERBS,
    is_inverting_verb,
    "Added Remarked Explained Noted Wrote Replied Commented Recalled
    Insisted Continued Warned Concluded"
);

/// Capitalized words that start sentences or headings but name nothing (the inverting verbs
/// among them).
pub fn is_stop_cap(w: &str) -> bool {
    is_stop_cap_word(w) || is_inverting_verb(w)
}

list!(STOP_CAPS, is_stop_cap_word, "A An The This That These Those It Its He She They We I You His Her Their Our My Your
    In On At For But And Or Nor So Yet As If When While After Before Since Until According To From With Without Of By
    Into Onto Over Under Despite Following Among Amid During Through Throughout About Around Across Against Along
    Also Even However Meanwhile Moreover Furthermore Still Instead Thus Then Now Here There Where What Who Whom Whose
    Why How Which Whether Although Though Because Unless Once Every Each Both Either Neither Many Most Some Several Few
    Any All No Not Another Other Such One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next
    Late Early Earlier Later Previously Recently Currently Today Yesterday Tomorrow Tonight Reportedly Normally
    Needless Far Near Just Only Well Yes Please Let Let's Is Are Was Were Be Been Has Have Had Do Does Did Will Would
    Can Could May Might Must Shall Should Source Sources Photo Photos Image Images Video Read More See Also Share
    Breaking News Advertisement Click Related Updated Posted Editor Note Image Copyright Getty Caption Reporting
    Writing Editing Additional Mr Mrs Ms Dr R&B Q&A Together Regarding Unlike Like Whenever Wherever Whatever Nobody Nothing
    Everyone Everybody Everything Someone Somebody Something Anyone Anything Nobody None Sanctions Experts Officials
    Analysts Critics Supporters Residents People Citizens Families Visitors Government Police Troops Forces Another
    Given Based Inside Outside Within Beyond Above Below Between Toward Towards Via Per Up Down Out Off Back Again
    Already Always Never Often Sometimes Usually Perhaps Maybe Indeed Certainly Clearly Apparently Finally Initially
    Overall Similarly Likewise Nevertheless Nonetheless Otherwise Accordingly Consequently Therefore Hence Besides
    Shortly Soon Long Since Ever Almost Nearly Only Especially Particularly Internet God Christmas Easter Ramadan
    Afterwards Afterward Thereafter Subsequently Additionally Ultimately Eventually Separately Notably Importantly
    I'm I've I'd I'll Lastly Firstly Secondly Thirdly Elsewhere Alternatively Admittedly Unsurprisingly Surprisingly Interestingly
    Nations Called Named Dubbed Known Founded Located Launched");

// Religions and faiths: "in Islam" names no place.
list!(
    RELIGIONS,
    is_religion,
    "Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism Protestantism
    Shintoism Taoism Jainism Zoroastrianism"
);

// Capitalized adjectives and group nouns that are not names on their own.
list!(NON_NAME_CAPS, is_non_name_cap, "Northern Southern Eastern Western North South East West Central Upper Lower
    Democratic Republican Conservative Liberal Communist Socialist Islamic Christian Muslim Catholic Jewish Sunni
    Shia Shiite Kurds Democrats Republicans Conservatives Liberals Communists Socialists Islamists Federal National
    Constitution Caliphate Economy Internet State Government Administration Summit Act Bill Democrat Republican
    Hurricane Typhoon Storm Cyclone Tropical Amongst Whilst Whereas Muslims Christians Jews Hindus Buddhists
    Debates Protesters Demonstrators Activists Voters Lawmakers Legislators Senators Members Students Workers
    Presidents Ministers Governors Leaders Officials Officers Judges Mayors Ambassadors Envoys Women Men Children");

list!(COMPASS_POINTS, is_compass_point, "North South East West");

list!(MONTHS, is_month_word, "January February March April May June July August September October November December
    Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.");

list!(
    WEEKDAYS,
    is_weekday_word,
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
);

// Capitalized title words that can stand before a name (with `is_title_head`, also the short
// forms `title_in_full` knows, written with their period: "Sen.", "Det.").
list!(TITLE_HEADS, is_title_head_word, "MP MSP MEP MLA DJ President Vice Minister Secretary Chancellor Premier Senator Representative
    Representatives Congressman Congresswoman Governor Mayor Ambassador Envoy Speaker Leader Whip Chairman
    Chairwoman Chairperson Chair Director Commissioner Chief Commander General Admiral Colonel Captain
    Lieutenant Sergeant Judge Justice King Queen Prince Princess Emperor Empress Pope Archbishop Bishop
    Cardinal Rabbi Imam Sheikh President-elect Secretary-General Director-General Spokesman Spokeswoman Spokesperson
    Mr. Mrs. Ms. Dr. Professor Sir Lord Lady Dame Officer Detective Inspector Superintendent Constable CEO
    Founder Treasurer Marshal Deputy Senators Attorney Commander-in-Chief Councillor Councilman Councilwoman Delegate
    Lawmaker Adviser Advisor Mr Mrs Ms Dr Prof Reverend Father Sister Brother Honorable Hon. Sultan Emir Shah Ayatollah Patriarch
    Chief-Justice Crown-Prince Taoiseach Minister-President Sheikha Gen Col Lt Capt Sgt Maj Brig Cpl Adm Cdr Cmdr
    Lt-Col Lt-Gen Maj-Gen Brig-Gen Monsignor Monsenor Monseñor Mgr Comrade Cde Manager Det Supt Insp
    Member");

/// A capitalized title word that can stand before a name: "President", "Sen.", "Lt".
pub fn is_title_head(w: &str) -> bool {
    is_title_head_word(w) || (w.ends_with('.') && title_in_full(w).is_some())
}

// Capitalized words that may precede a title head inside a title ("Prime", "Foreign", "Minority").
list!(TITLE_MODS, is_title_mod, "Prime Vice Foreign Home Defence Defense Finance Interior Justice Health Trade
    Deputy Assistant Under Acting Interim Senior Chief Executive Supreme Special Presidential Minority Majority
    Secretary Attorney General Lord Grand Crown Police Crime Commissioner Permanent Principal Associate First High
    State Press Security National Senate House Party Foreign-Affairs Economy Economic Environment Education
    Labour Labor Energy Culture Transport Transportation Agriculture Commerce Treasury Defence Home Education Navy
    Army Air Royal Chief-of-Staff Head Managing Parliamentary Opposition Democratic Republican Labour Conservative
    Shadow Cabinet Commons Lords Solicitor Surgeon Advocate District Work Pensions Development International
    Media Sport Business Constitutional Communities Science Technology Det Det. Ch Ch. Technical
    Operating Financial Marketing Medical Scientific Creative Commercial Legal
    Investment");

// Department complements that follow "Secretary of", "Minister of", "Speaker of the".
list!(TITLE_COMPLEMENTS, is_title_complement, "State Defense Defence Health Energy Commerce Labor Labour
    Agriculture Education Interior Transportation Treasury Justice Finance Foreign Homeland Veterans House Staff
    Trade Culture Environment Housing Security Affairs War Navy Army Unification National Intelligence Public
    Internal External Economic Defense-Affairs Tourism Sports Science Technology Industry Communications
    Information Planning Oil Petroleum Mines Fisheries Immigration Power Water Youth Infrastructure Economy Transport
    Digital Development Welfare");

// Lower-case nouns naming a position or occupation.
list!(ROLE_NOUNS, is_role_noun, "leader president director professor analyst researcher scientist economist astronaut cosmonaut
    expert adviser advisor attorney lawyer official officer spokesman spokeswoman spokesperson minister secretary
    ambassador envoy diplomat chief executive head chairman chairwoman chairperson chair member fellow scholar
    historian journalist reporter correspondent editor writer author columnist commentator photographer prosecutor
    judge senator lawmaker legislator representative congressman congresswoman governor mayor general commander
    colonel founder co-founder partner manager consultant specialist strategist engineer doctor physician nurse
    epidemiologist virologist anthropologist sociologist psychologist philosopher activist advocate protester campaigner
    organizer organiser student lecturer dean chancellor counsel aide assistant deputy coordinator negotiator
    administrator commissioner constable inspector detective sheriff superintendent candidate challenger nominee
    politician motorcyclist driver pilot soldier veteran entrepreneur businessman businesswoman investor banker
    trader owner CEO president-elect secretary-general director-general commander-in-chief whistleblower
    whistle-blower vice-president premier chancellor king queen prince princess dictator ruler monarch strongman
    spy agent defector researcher academic economist physicist chemist biologist lecturer teacher principal
    coach player captain athlete artist singer actor actress filmmaker director producer designer architect
    officer administrator executive vice-chairman chairman emeritus rapporteur observer monitor mediator
    representative delegate lobbyist pollster analyst adviser advisor director-general secretary-general
    inspector-general attorney-general surgeon paramedic firefighter policeman policewoman officer guard
    sergeant lieutenant major admiral marshal brigadier premier envoy emissary consul attaché attache
    treasurer comptroller auditor clerk registrar curator librarian archivist priest pastor bishop archbishop cardinal
    imam rabbi cleric monk nun pope broadcaster presenter host anchor anchorman anchorwoman newsreader
    immunologist spokesperson commentator musician composer novelist poet comedian rapper footballer
    cricketer boxer golfer swimmer runner sprinter marathoner cyclist climber explorer astronaut
    oceanographer researcher investigator attorney barrister solicitor magistrate coroner
    wrestler dancer skater skier jockey gymnast weightlifter fencer rower surfer snowboarder
    chef influencer blogger vlogger youtuber podcaster playwright screenwriter lyricist drummer
    conductor choreographer sculptor painter illustrator animator astronomer geographer biographer
    inventor mountaineer fisherman
    striker midfielder defender goalkeeper keeper winger fly-half scrum-half full-back flanker centre-back
    batsman bowler jockey referee umpire boss broker dealer farmer shopkeeper selectman selectwoman alderman
    alderwoman councillor councilor councilman councilwoman assemblyman assemblywoman undergraduate undergrad
    postgraduate intern trainee apprentice personality jock programmer maintainer justice");

// Relatives: a cue that a name is a person, but not a role.
list!(KIN_NOUNS, is_kin_noun, "mother father son daughter wife husband brother sister widow widower
    grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin fiancé fiancée fiance fiancee
    partner girlfriend boyfriend spouse parents");

// Nouns for those who speak for an organization rather than as themselves: "the Acme
// spokesman said" is the organization's voice, not a person to look for.
list!(
    VOICE_NOUNS,
    is_voice_noun,
    "spokesman spokeswoman spokesperson spokespeople representative official officials
    source sources"
);

// Nouns of a time: "The next day she said", "Last year actor Ana Silva".
list!(
    TIME_NOUNS,
    is_time_noun,
    "day days week weeks month months year years morning afternoon evening night
    weekend time moment season"
);

// Nouns for the occasion of a saying: "In a statement he said".
list!(SAYING_OCCASIONS, is_saying_occasion, "statement interview speech post tweet letter address announcement
    briefing conference report editorial message remarks video email e-mail commentary column op-ed article
    testimony hearing broadcast podcast programme program show radio blog memo release filing court");

/// A noun for the occasion or the time of a saying: "In a statement he said", "The next day she
/// said" (not the object of a relative clause, as in "an injury he said he suffered").
pub fn is_occasion_noun(w: &str) -> bool {
    is_saying_occasion(w) || is_time_noun(w)
}

// Nouns for a person that stand right before a name without being a role: "Ohio man Ana
// Silva", "local resident Rui Vaz", "the teenager Ana Silva".
list!(PERSON_NOUNS, is_person_noun, "man woman boy girl teenager teen youth resident pensioner
    retiree grandmother grandfather mother father schoolboy schoolgirl toddler baby star superstar celebrity
    model sailor witness eyewitness bystander survivor passenger victim motorist driver customer patient
    villager neighbour neighbor countryman countrywoman compatriot teammate team-mate classmate");

// Verbs of saying: a capitalized name right before or after one is a speaker.
list!(SPEECH_VERBS, is_speech_verb, "said says told tells wrote writes tweeted tweets added adds continued
    continues stated states explained explains argued argues noted notes asked asks replied replies warned warns
    stressed stresses claimed claims thinks believes insisted insists emphasized emphasised urged urges declared
    declares complained complains acknowledged acknowledges recalled recalls predicted predicts suggested suggests
    admitted admits denied denies responded responds answered answers commented comments remarked remarks
    announced announces confirmed confirms reported reports indicated indicates testified testifies posted posts observed observes
    cautioned cautions conceded concedes countered counters agreed agrees lamented laments speculated recounted
    recounts quipped joked");

// Words that head an organization's name, with the kind they suggest.
static ORG_HEADS: Lazy<std::collections::HashMap<&'static str, OrgKind, FnvBuild>> =
    Lazy::new(|| {
        use OrgKind::*;
        let v = vec![
            ("Institute", ResearchInstitute),
            ("Institution", ResearchInstitute),
            ("Foundation", ResearchInstitute),
            ("Center", ResearchInstitute),
            ("Centre", ResearchInstitute),
            ("Council", Generic),
            ("University", University),
            ("College", University),
            ("School", University),
            ("Academy", University),
            ("Department", GovernmentBody),
            ("Ministry", GovernmentBody),
            ("Agency", GovernmentBody),
            ("Commission", GovernmentBody),
            ("Committee", GovernmentBody),
            ("Office", GovernmentBody),
            ("Bureau", GovernmentBody),
            ("Administration", GovernmentBody),
            ("Assembly", GovernmentBody),
            ("Parliament", GovernmentBody),
            ("Court", GovernmentBody),
            ("Police", GovernmentBody),
            ("Army", GovernmentBody),
            ("Navy", GovernmentBody),
            ("Force", GovernmentBody),
            ("Forces", Generic),
            ("Guard", GovernmentBody),
            ("Embassy", GovernmentBody),
            ("Consulate", GovernmentBody),
            ("Authority", GovernmentBody),
            ("Service", GovernmentBody),
            ("Senate", GovernmentBody),
            ("Congress", GovernmentBody),
            ("Cabinet", GovernmentBody),
            ("Corporation", Company),
            ("Corp", Company),
            ("Corp.", Company),
            ("Company", Company),
            ("Co.", Company),
            ("Inc", Company),
            ("Inc.", Company),
            ("Ltd", Company),
            ("Ltd.", Company),
            ("Group", Company),
            ("Holdings", Company),
            ("Bank", Company),
            ("Airlines", Company),
            ("Motors", Company),
            ("Industries", Company),
            ("Enterprises", Company),
            ("Hotel", Company),
            ("Hospital", Generic),
            ("Party", PoliticalParty),
            ("Fund", Generic),
            ("Association", Generic),
            ("Organization", Generic),
            ("Organisation", Generic),
            ("Federation", Generic),
            ("Union", Generic),
            ("League", Generic),
            ("Alliance", Generic),
            ("Society", Generic),
            ("Network", Generic),
            ("Movement", Generic),
            ("Front", Generic),
            ("Coalition", Generic),
            ("Units", Generic),
            ("Brigade", Generic),
            ("Brigades", Generic),
            ("Militia", Generic),
            ("News", NewsOrganization),
            ("Times", NewsOrganization),
            ("Post", NewsOrganization),
            ("Herald", NewsOrganization),
            ("Journal", NewsOrganization),
            ("Tribune", NewsOrganization),
            ("Gazette", NewsOrganization),
            ("Magazine", NewsOrganization),
            ("Broadcasting", NewsOrganization),
            ("Television", NewsOrganization),
            ("Radio", NewsOrganization),
            ("Programme", Generic),
            ("Program", Generic),
            ("Museum", Generic),
            ("Commissariat", GovernmentBody),
            ("Directorate", GovernmentBody),
            ("Secretariat", GovernmentBody),
            ("Tribunal", GovernmentBody),
            ("Board", Generic),
            ("Trust", Generic),
            ("Command", GovernmentBody),
            ("Unit", Generic),
            ("Chiefs", GovernmentBody),
            ("Cooperation", Generic),
            ("Forum", Generic),
            ("Initiative", Generic),
            ("Sun", NewsOrganization),
            ("Mirror", NewsOrganization),
            ("Express", NewsOrganization),
            ("Observer", NewsOrganization),
            ("Chronicle", NewsOrganization),
            ("Standard", NewsOrganization),
            ("Examiner", NewsOrganization),
            ("Inquirer", NewsOrganization),
            ("Courier", NewsOrganization),
            ("Globe", NewsOrganization),
            ("Tribe", Generic),
            ("Tribes", Generic),
            ("Nation", Generic),
            ("Chamber", Generic),
            ("Guards", Generic),
            ("Corps", Generic),
            ("Library", Generic),
            ("Railways", Company),
            ("Confederation", Generic),
            ("Archive", Generic),
            ("Archives", Generic),
            ("Observatory", ResearchInstitute),
            ("Insider", NewsOrganization),
            ("Charity", Generic),
            ("Orchestra", Generic),
            ("Laboratory", ResearchInstitute),
            ("Clinic", Generic),
            ("Patrol", GovernmentBody),
            ("Survey", ResearchInstitute),
            ("Bulletin", NewsOrganization),
            ("Telegraph", NewsOrganization),
            ("Dispatch", NewsOrganization),
            ("Enquirer", NewsOrganization),
            ("Advertiser", NewsOrganization),
            ("Sentinel", NewsOrganization),
        ];
        v.into_iter().collect()
    });

pub fn org_head(w: &str) -> Option<OrgKind> {
    ORG_HEADS.get(w).copied()
}

// Words that end a company's (or party's) name but may also stand inside a longer name
// ("Daiwa Securities", but "Securities and Exchange Commission"): an organization only when
// they end the capitalized run.
static NAME_TAILS: Lazy<std::collections::HashMap<&'static str, OrgKind, FnvBuild>> = Lazy::new(
    || {
        use OrgKind::*;
        let companies = "Warehouse Stores Systems Technologies Technology Software Pharmaceuticals Solutions Partners
        Airways Petroleum Tobacco Foods Entertainment Studios Pictures Records Electronics Telecom
        Telecommunications Securities Investments Ventures Laboratories Labs Insurance Media Communications
        Brands Financial Resources Logistics Pharma Healthcare Properties Realty Chemicals Minerals Mining Re
        International Relations Research Consulting Associates Analytics Advisors Advisers Capital
        Markets Economics Strategies Services Brothers Bros";
        let mut m: std::collections::HashMap<&'static str, OrgKind, FnvBuild> =
            companies.split_whitespace().map(|w| (w, Company)).collect();
        m.insert("Dems", PoliticalParty);
        m.insert("Project", Generic);
        // sports clubs: "Bolton Wanderers"
        for &w in CLUB_WORDS.iter() {
            m.insert(w, Generic);
        }
        m
    },
);

pub fn name_tail(w: &str) -> Option<OrgKind> {
    NAME_TAILS.get(w).copied()
}

// Buildings and sites: a place head only after "the" or a preposition ("Charlotte Church" is a singer).
list!(
    BUILDING_HEADS,
    is_building_head,
    "Mosque Cathedral Church Temple Stadium Arena Airport Palace Bridge Hall
    Tower Castle Prison Harbour Harbor Station Shrine Monastery Square Base"
);

list!(PLACE_HEADS, is_place_head, "County Province Prefecture District Region Island Islands River Lake
    Mountains Mountain Valley Sea Ocean Bay Gulf Strait Peninsula Desert Canal Coast Plateau Basin Municipality
    Oblast Governorate Territory Territories Township Village Heights Square Mosque Cathedral Church Temple
    Stadium Arena Airport Palace Bridge Hall Tower Castle Prison Harbour Harbor Station Shrine Monastery Base
    Republic Kingdom Emirate Principality Sultanate Penitentiary Jail Camp");

// Possessors that stay inside a name: "Workers' Party", "People's Daily".
list!(NAME_POSSESSORS, is_name_possessor, "Workers People Peoples Children Women Veterans Farmers Citizens
    Men Soldiers Traders Employers Teachers Writers Journalists Nurses Doctors Sheriff Marshal Coroner
    Attorney Prosecutor");

// Lower-case words that join parts of one name.
list!(
    PARTICLES,
    is_particle,
    "al el bin ibn van von der de da del du di la le dos das y"
);

// Common lower-case determiners, pronouns and verbs that end a title phrase when read backwards.
list!(FUNCTION_WORDS, is_function_word, "a an the this that these those its his her their our my your
    of for to in on at by with from as and or but nor is are was were be been being has have had do does did
    will would can could may might must shall should who whom whose which what when where while said says told
    wrote tweeted added according also not no than then there here it he she they we i you him them us me
    about after before since until into onto over under among between through during including including
    below above beneath beside behind beyond alongside near like unlike amid despite toward towards against
    without within across around along upon
    via per up down out off just only even still again once both either neither each every all any some
    many most more less few several such own same other another how why whether if so because although plus");

// Verbs often read right before "role noun + name" ("met bassist Ana Silva", "thanked coach
// Rui Vaz"): a title read backwards stops at them. Regular past forms in -ed stop it anyway.
list!(PLAIN_VERBS, is_plain_verb, "met meet meets saw see sees became become becomes beat beats won win wins
    hit hits left leave leaves took take takes gave give gives sent send sends thank thanks praise praises
    blame blames name names call calls hire hires fire fires join joins replace replaces succeed succeeds
    accuse accuses urge urges back backs slam slams quote quotes interview interviews sue sues
    welcome welcomes visit visits appoint appoints elect elects nominate nominates endorse endorses face faces
    meeting seeing becoming beating winning hitting leaving taking giving sending thanking praising blaming
    naming calling hiring firing joining replacing accusing urging backing quoting interviewing suing
    welcoming appointing electing nominating endorsing facing eye eyes eyeing say claim argue warn insist
    suggest allege believe think fear hope expect deny admit predict tell ask lost lose loses losing sold sell
    sells bought buy buys brought bring brings caught catch catches made make makes kept keep keeps told
    include includes including featuring features starring stars");

// Nouns that only a company stands after: "chipmaker Intel", "analysts Gartner".
list!(COMPANY_NOUNS, is_company_noun, "firm company giant retailer supermarket chain bank lender insurer airline
    carrier brokerage consultancy analysts manufacturer conglomerate regulator watchdog charity label carmaker
    chipmaker drugmaker automaker planemaker steelmaker operator bookmaker miner winemaker brewer
    distributor telecoms");

// Goods that companies produce and trade: "oil producer", "steel exporter".
list!(COMMODITIES, is_commodity, "oil crude gas steel aluminium aluminum copper gold silver coal iron nickel zinc
    sugar coffee cocoa cotton wheat grain rice beef meat dairy milk food beer wine chip chips car cars vehicle
    drug drugs power energy electricity software handset phone computer tyre tire cement paper timber fuel
    diesel petrol uranium diamond diamonds platinum palm rubber fertiliser fertilizer chemical chemicals");

// Nouns that name a work before its title: "the movie Vera Drake", "her album Ana".
// (not "single", "play", "series", "books": the sports page and verbs use them too)
list!(
    WORK_NOUNS,
    is_work_noun,
    "film movie movies album albums novel novels book song songs musical musicals opera
    sitcom documentary documentaries"
);

/// A honorific or a gendered noun that tells a person's gender: `Some(true)` for a woman
/// ("Mrs", "actress"), `Some(false)` for a man ("Sir", "congressman").
pub fn gender_sign(w: &str) -> Option<bool> {
    match w.trim_end_matches('.') {
        "Mrs" | "Ms" | "Miss" | "Lady" | "Dame" | "Queen" | "Princess" | "Duchess" | "Baroness"
        | "Sister" | "actress" | "chairwoman" | "spokeswoman" | "businesswoman"
        | "congresswoman" | "sportswoman" | "policewoman" | "councilwoman" | "anchorwoman"
        | "Actress" | "Chairwoman" | "Congresswoman" => Some(true),
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Duke" | "Baron" | "Father" | "Brother"
        | "businessman" | "congressman" | "policeman" | "councilman" | "anchorman"
        | "Congressman" => Some(false),
        _ => None,
    }
}

// Last words of names of things that may open with a given name ("Davis Cup", "Stanley
// Park", "Marshall Plan", "Jesse Owens Awards"): such a name is no person.
list!(THING_TAILS, is_thing_tail, "Cup Cups Trophy Prize Prizes Award Awards Show Plan Park Hills Street Road
    Avenue Boulevard Drive Parade Gardens Garden Place Square Crescent Terrace Row Festival Games Championship
    Championships Open Series Stakes Memorial Bowl Medal Medals Doctrine Act Report Lecture Theatre Theater
    Gallery Museum Centre Center Hotel Cinema Stadium Arena Fund Trust Syndrome Disease Building House Tower
    Estate Grove Wharf Dock Docks Collection Hospital Clinic Library School Academy Institute Prison Airport
    Station Bridge Island Islands Bay Lake River Valley Mountain Mountains Falls Beach County Fields Rules Law
    Telescope Observatory Mission Rover Probe Satellite Spacecraft Ballet Opera Orchestra Choir Quartet");

// Words that name an occasion, a compact or a facility, never part of a person's name
// ("Election Day", "Abraham Accords", "General Election", "Correctional Facility").
list!(OCCASION_WORDS, is_occasion_word, "Election Elections Referendum Summit War Wars Accord Accords Treaty Pact
    Agreement Declaration Charter Olympics Paralympics Championship Championships Tournament Festival Awards
    Prize Conference Convention Games Cup Facility Facilities Olympiad Olympiads Marathon Prix Expo");

// Acronyms of things, titles and trades, never of an employer: "TV presenter Ana Silva".
list!(COMMON_ACRONYMS, is_common_acronym, "LGBT LGBTQ LGBTI TV PR HR IT HIV AIDS CEO CFO COO CTO MP MPs MEP MSP AM PM DJ MC PC GP
    QC VIP DVD CD SMS MMS IPTV GDP IVF DNA PhD MBA OBE MBE CBE UFO GB MB KB SSL VAT IQ ID PIN ATM VR AI 3G 4G 5G");

// Words that follow a town's name in a sports club's ("Manchester United", "Bolton
// Wanderers", "Plymouth Argyle").
list!(
    CLUB_WORDS,
    is_club_word,
    "United Rovers Wanderers Athletic Albion Rangers Hotspur Argyle
    Orient FC AFC Harlequins Tigers Saracens Warriors Celtic Dragons Harriers"
);

// Capitalized words before a role that name an award, a contest or a field, not an employer
// ("Oscar nominee", "Olympic champion", "Film director").
list!(FIELD_WORDS, is_field_word, "Oscar Oscars Olympic Olympics Grammy Grammys Emmy Emmys Bafta Baftas Nobel
    Pulitzer Booker Golden World Film Opera Century Life Pop Rock Jazz Soul Blues Rap Hip-hop Art Fashion
    Comedy Drama Music Sport Sports Rugby Football Cricket Tennis Golf Boxing Athletics Swimming Squad Team
    Under-21 Under-21s");

// Common given names with the sex they mostly name (`scripts/given-names.py`: the 1990 US
// Census lists and a hand-made list of international news).
static GIVEN_NAMES: Lazy<std::collections::HashMap<&'static str, Option<bool>, FnvBuild>> =
    Lazy::new(|| {
        include_str!("given-names.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, sex) = l.split_once(' ')?;
                Some((
                    name,
                    match sex {
                        "f" => Some(true),
                        "m" => Some(false),
                        _ => None,
                    },
                ))
            })
            .collect()
    });

/// A common given name: `Some(Some(true))` if it mostly names women, `Some(Some(false))` men,
/// `Some(None)` either.
pub fn given_name(w: &str) -> Option<Option<bool>> {
    GIVEN_NAMES.get(w).copied()
}

// Common surnames that are no English words (`scripts/surnames.py`: the 1990 US Census list
// less the words of an English word list).
static SURNAMES: Lazy<WordSet> = Lazy::new(|| {
    include_str!("surnames.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect()
});

/// A common surname that is no English word ("Hewitt", "Smith"; not "Brown" or "Street").
pub fn is_common_surname(w: &str) -> bool {
    SURNAMES.contains(w)
}

/// A monarch's title, before a given name: "Prince Charles", "Queen Rania".
pub fn is_royal_title(w: &str) -> bool {
    matches!(
        w,
        "Prince" | "Princess" | "King" | "Queen" | "Emperor" | "Empress"
    )
}

/// The full word of a title's abbreviation ("Sen." or "Sen" -> "Senator", "Lt-Gen" ->
/// "Lieutenant General"), for a title word written short.
pub fn title_in_full(w: &str) -> Option<&'static str> {
    Some(match w.trim_end_matches('.') {
        "Sen" => "Senator",
        "Rep" => "Representative",
        "Gov" => "Governor",
        "Gen" => "General",
        "Lt" => "Lieutenant",
        "Col" => "Colonel",
        "Capt" => "Captain",
        "Sgt" => "Sergeant",
        "Adm" => "Admiral",
        "Prof" => "Professor",
        "Rev" => "Reverend",
        "Maj" => "Major",
        "Brig" => "Brigadier",
        "Cpl" => "Corporal",
        "Cdr" | "Cmdr" => "Commander",
        "Supt" => "Superintendent",
        "Insp" => "Inspector",
        "Det" => "Detective",
        "Ch" => "Chief",
        "Atty" => "Attorney",
        "Lt-Col" => "Lieutenant Colonel",
        "Lt-Gen" => "Lieutenant General",
        "Maj-Gen" => "Major General",
        "Brig-Gen" => "Brigadier General",
        _ => return None,
    })
}

/// A title with its abbreviated words written in full: "Sen." -> "Senator", "Det Supt" ->
/// "Detective Superintendent"; other words as they are.
pub fn title_written_in_full(title: &str) -> String {
    if !title.split(' ').any(|w| title_in_full(w).is_some()) {
        return title.to_string();
    }
    title
        .split(' ')
        .map(|w| title_in_full(w).unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A form of address, no position: "Mr", "Dr", "Sir", "Madam".
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Sir"
            | "Dame"
            | "Lady"
            | "Lord"
            | "Honorable"
            | "Honourable"
            | "Hon"
            | "Madam"
            | "Monsieur"
            | "Monsignor"
            | "Monsenor"
            | "Monseñor"
            | "Mgr"
            | "Comrade"
            | "Cde"
    )
}

pub fn lower_is_function(w: &str) -> bool {
    is_function_word(w)
}

/// A party's adjective that may stand before a name: "Republican Cory Gardner".
pub fn party_adjective(w: &str) -> bool {
    matches!(
        w,
        "Republican"
            | "Democrat"
            | "Democratic"
            | "Conservative"
            | "Labour"
            | "Liberal"
            | "Socialist"
            | "Communist"
    )
}

/// A lower-case word that names an occupation, by list or by ending ("anthropologist").
pub fn is_role_word(w: &str) -> bool {
    if is_role_noun(w) {
        return true;
    }
    // "co-author", "co-chair", "Co-host"
    if let Some(rest) = w.strip_prefix("co-").or_else(|| w.strip_prefix("Co-")) {
        return is_role_noun(rest);
    }
    let lw = w;
    lw.len() > 6
        && (lw.ends_with("ologist")
            || lw.ends_with("ician")
            || lw.ends_with("ist")
            || lw.ends_with("writer")
            || matches!(
                lw,
                "filmmaker"
                    | "film-maker"
                    | "policymaker"
                    | "policy-maker"
                    | "peacemaker"
                    | "kingmaker"
            ))
        && !matches!(
            lw,
            "insist"
                | "assist"
                | "resist"
                | "consist"
                | "persist"
                | "subsist"
                | "checklist"
                | "playlist"
                | "shortlist"
                | "blacklist"
                | "wishlist"
        )
        && lw.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Singular of a plural role noun ("aides" -> "aide", "chairmen" -> "chairman").
pub fn singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("men") {
        return format!("{s}man");
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.ends_with("ss") {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix('s') {
        return s.to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer() {
        assert!(is_stop_cap("According"));
        // (a speech verb opening an inverted attribution: "Remarked Acme scientist Ana Silva, ...")
        assert!(is_stop_cap("Remarked"));
        assert!(!is_stop_cap("Okafor"));
        assert!(is_month_word("Feb."));
        assert!(is_weekday_word("Sunday"));
        assert!(is_title_head("Secretary-General"));
        assert!(is_title_mod("Prime"));
        assert!(is_role_word("anthropologist"));
        assert!(is_role_word("analyst"));
        assert!(!is_role_word("table"));
        assert!(is_role_word("cyclist"));
        assert!(!is_role_word("insist"));
        assert!(is_speech_verb("tweeted"));
        assert!(is_kin_noun("husband"));
        assert_eq!(org_head("Institute"), Some(OrgKind::ResearchInstitute));
        assert_eq!(org_head("Party"), Some(OrgKind::PoliticalParty));
        assert_eq!(org_head("Kim"), None);
        assert!(is_place_head("County"));
        assert!(is_name_possessor("Workers"));
        assert!(is_particle("al"));
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("aides"), "aide");
        assert_eq!(singular("chairmen"), "chairman");
        assert_eq!(singular("Representatives"), "Representative");
        assert_eq!(singular("secretaries"), "secretary");
        assert_eq!(singular("boss"), "boss");
    }
}
