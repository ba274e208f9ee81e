//! A general gazetteer: countries, capitals and major cities, regions, international
//! bodies, news agencies and outlets, well-known government bodies, nationality adjectives.
//!
//! The tables are plain text (one referent a line: `canonical|alias|alias`), parsed once into a
//! sorted vector searched by binary search.

use crate::model::{OrgKind, PlaceKind};
use once_cell::sync::Lazy;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GKind {
    Org(OrgKind),
    Place(PlaceKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub canonical: &'static str,
    pub kind: GKind,
}

const COUNTRIES: &str = "\
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC|mainland China
Colombia
Comoros
Democratic Republic of the Congo|DR Congo|DRC
Republic of the Congo|Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia|The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran
Iraq
Ireland|Republic of Ireland
Israel
Italy
Ivory Coast|Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK|Democratic People's Republic of Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|Palestinian Territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines|The Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Lucia
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|ROK
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria|Syrian Arab Republic
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE
United Kingdom|UK|U.K.|Britain|Great Britain
United States|US|U.S.|USA|U.S.A.|United States of America|America
Uruguay
Uzbekistan
Vanuatu
Vatican City|Vatican
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
Soviet Union|USSR
";

/// Capitals and other major cities.
const CITIES: &str = "\
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|Brussels
Sarajevo|Brasilia|Brasília|Sao Paulo|São Paulo|Rio de Janeiro|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Santiago
Beijing|Shanghai|Wuhan|Guangzhou|Shenzhen|Chongqing|Tianjin|Chengdu|Nanjing|Hangzhou|Xi'an|Harbin|Dalian|Dandong|Shenyang
Bogota|Bogotá|Havana|Prague|Copenhagen|Cairo|Alexandria|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|Munich
Frankfurt|Hamburg|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|Bangalore|Chennai|Jakarta|Tehran|Baghdad
Mosul|Basra|Erbil|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Naples|Venice|Tokyo|Osaka|Kyoto|Hiroshima|Nagasaki|Amman|Nairobi
Kuwait City|Beirut|Tripoli|Benghazi|Vilnius|Kuala Lumpur|Mexico City|Rabat|Casablanca|Kathmandu|Amsterdam|The Hague|Rotterdam
Wellington|Auckland|Abuja|Lagos|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|Lima|Manila|Warsaw|Krakow|Lisbon|Doha
Bucharest|Moscow|St. Petersburg|Saint Petersburg|Vladivostok|Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Bratislava|Ljubljana
Mogadishu|Johannesburg|Cape Town|Pretoria|Seoul|Busan|Incheon|Panmunjom|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Geneva
Zurich|Bern|Damascus|Aleppo|Raqqa|Idlib|Homs|Taipei|Bangkok|Tunis|Ankara|Istanbul|Kampala|Kyiv|Kiev|Kharkiv|Odessa|Dubai
Abu Dhabi|London|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Belfast|Cardiff|Washington|Washington, D.C.|New York|New York City
Los Angeles|Chicago|Houston|San Francisco|Boston|Seattle|Miami|Atlanta|Philadelphia|Detroit|Dallas|Denver|Las Vegas|Honolulu
Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Harare|Lusaka|Pyongyang|Kaesong|Wonsan|Hamhung|Chongjin|Sinuiju|Nampo
Hong Kong|Macau|Macao|Singapore City|Ulaanbaatar|Tashkent|Astana|Almaty|Bishkek|Dushanbe|Ashgabat|Yangon|Naypyidaw|Vientiane
Dili|Port Moresby|Suva|Montevideo|Asuncion|La Paz|Quito|Caracas|Managua|San Jose|Guatemala City|Tegucigalpa|San Salvador
Kingston|Port-au-Prince|Santo Domingo|Luxembourg City|Monte Carlo|Valletta|Nicosia|Chisinau|Riga|Tallinn|Skopje|Podgorica
Pristina|Zagreb|Brazzaville|Kinshasa|Bamako|Niamey|Ouagadougou|Conakry|Freetown|Monrovia|Abidjan|Lome|Cotonou|Yaounde
Libreville|Windhoek|Gaborone|Maputo|Lilongwe|Antananarivo|Dodoma|Dar es Salaam|Juba|Asmara|Djibouti City|Nouakchott
Kandahar|Herat|Peshawar|Quetta|Gaza City|Ramallah|Hebron|Haifa|Kobani|Deir ez-Zor|Sochi|Minneapolis|Phoenix|San Diego|Austin
Fukushima|Sapporo|Nagoya|Yokohama|Okinawa|St. Louis|Saint Louis|New Orleans|Baltimore|Pittsburgh|Cleveland|Nashville|Sacramento|Portland
";

const REGIONS: &str = "\
Europe
Asia
Africa
North America
South America
Latin America
Central America
Middle East
Near East
Far East
East Asia
South Asia
Southeast Asia
Central Asia
Oceania
Antarctica
Arctic
Caribbean
Balkans
Scandinavia
Korean Peninsula|Korean peninsula
Persian Gulf
Gulf of Mexico
Mediterranean|Mediterranean Sea
Eastern Mediterranean|East Mediterranean
Western Europe
Eastern Europe
Central Europe
North Africa
West Africa
East Africa
Southern Africa
Horn of Africa
Sub-Saharan Africa
Red Sea
Baltic Sea
North Sea
English Channel
Irish Sea
Java Sea
Arabian Sea
Bay of Bengal
Gulf of Thailand
Taiwan Strait
Strait of Malacca
Bosphorus
Suez Canal
Panama Canal
Aegean Sea|Aegean
Strait of Hormuz
Gulf of Aden
Himalayas
Andes
Crete
Sicily
Sardinia
Corsica
Bali
Sumatra
Borneo
Mindanao
Luzon
Hainan
Zanzibar
Tenerife
Mallorca|Majorca
Canary Islands|Canaries
Balearic Islands
Galapagos Islands|Galápagos Islands|Galapagos
Faroe Islands
Black Sea
Caspian Sea
South China Sea
East China Sea
Yellow Sea
Sea of Japan
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Sahara
Sahel
Scotland
England
Wales
Northern Ireland
Gaza|Gaza Strip
West Bank
Golan Heights
Crimea
Donbas|Donbass
Kashmir
Tibet
Xinjiang
Kurdistan
Hokkaido
Siberia
Alaska
Hawaii
California
Texas
Florida
Nevada
Ohio
Michigan
Pennsylvania
Virginia
Arizona
Massachusetts
Illinois
Oregon
Quebec
Ontario
Bavaria
Catalonia
New South Wales
Queensland
Tasmania
Western Australia
South Australia
Northern Territory
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
Punjab
Sindh
Kerala
Gujarat
Maharashtra
Karnataka
West Bengal
Tamil Nadu
Uttar Pradesh
Madhya Pradesh
Andhra Pradesh
Bihar
Assam
Odisha
Rajasthan
Telangana
Haryana
Jharkhand
Chhattisgarh
Goa
Jammu and Kashmir
Sichuan
Guangdong
Hubei
Yunnan
Bavaria
Lombardy
Andalusia
Kurdistan Region
Alabama
Arizona
Arkansas
Colorado
Connecticut
Delaware
Idaho
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Minnesota
Mississippi
Missouri
Montana
Nebraska
Oklahoma
Tennessee
Utah
Vermont
Wisconsin
Wyoming
New Hampshire
New Jersey
New Mexico
North Carolina
South Carolina
North Dakota
South Dakota
Rhode Island
West Virginia
District of Columbia
Puerto Rico
Guam
American Samoa
Northern Mariana Islands
U.S. Virgin Islands|US Virgin Islands
Greenland
Gibraltar
Bermuda
Falkland Islands|Falklands
New Caledonia
French Polynesia
Walt Disney World|Disney World
Disneyland
Yorkshire
North Yorkshire
South Yorkshire
West Yorkshire
East Yorkshire
Lancashire
Merseyside
Greater Manchester
Cumbria
Northumberland
Tyne and Wear
County Durham
Lincolnshire
Nottinghamshire
Derbyshire
Leicestershire
Staffordshire
Shropshire
Warwickshire
West Midlands
Worcestershire
Herefordshire
Gloucestershire
Oxfordshire
Buckinghamshire
Bedfordshire
Hertfordshire
Cambridgeshire
Northamptonshire
Norfolk
Suffolk
Essex
Surrey
Sussex
East Sussex
West Sussex
Hampshire
Berkshire
Wiltshire
Cornwall
Isle of Wight
Greater London
Pembrokeshire
Carmarthenshire
Anglesey
Aberdeenshire
Lanarkshire
Ayrshire
Perthshire
County Antrim
County Armagh
County Tyrone
County Fermanagh
County Londonderry
County Down
County Cork
County Kerry
County Galway
County Mayo
County Donegal
";

const INTL: &str = "\
United Nations|UN|U.N.
UNICEF|United Nations Children's Fund
UN Security Council|United Nations Security Council|U.N. Security Council|Security Council
UN General Assembly|United Nations General Assembly|U.N. General Assembly|UNGA
UN Human Rights Council|United Nations Human Rights Council
UNESCO|United Nations Educational, Scientific and Cultural Organization
UNHCR|UN Refugee Agency
World Food Programme|World Food Program|WFP
Food and Agriculture Organization|FAO
World Bank
International Monetary Fund|IMF
World Health Organization|WHO
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
North Atlantic Treaty Organization|NATO
European Union|EU
European Commission
European Parliament
European Central Bank|ECB
Organization of the Petroleum Exporting Countries|OPEC
Association of Southeast Asian Nations|ASEAN
African Union
Arab League
Organization of American States|OAS
Red Cross|International Committee of the Red Cross|ICRC
International Criminal Court|ICC
International Court of Justice|ICJ
European Court of Justice|ECJ|Court of Justice of the European Union
European Court of Human Rights|ECHR
Office of the United Nations High Commissioner for Human Rights|OHCHR|Office of the UN High Commissioner for Human Rights|UN Human Rights Office
Mercosur
Interpol
Amnesty International|Amnesty
Human Rights Watch
Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|Médecins sans frontières|MSF
Greenpeace
Transparency International
Oxfam
Save the Children
Christian Aid
International Crisis Group
Reporters Without Borders|RSF
Committee to Protect Journalists|CPJ
World Economic Forum|WEF
International Energy Agency|IEA
Organisation for Economic Co-operation and Development|OECD
International Olympic Committee|IOC
FIFA
UEFA
International Labour Organization|ILO
International Organization for Migration|IOM
UN Development Programme|United Nations Development Programme|UNDP
UN Environment Programme|United Nations Environment Programme|UNEP
World Meteorological Organization|WMO
International Federation of Red Cross and Red Crescent Societies|IFRC
Asian Development Bank|ADB
African Development Bank
Shanghai Cooperation Organisation|SCO
Gulf Cooperation Council|GCC
Organization for Security and Co-operation in Europe|OSCE
Council of Europe
Commonwealth of Nations
Group of Seven|G7|G-7
Group of 20|G20|G-20
Islamic State|ISIS|ISIL|Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Daesh
al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda
Taliban
Hamas
Hezbollah
Boko Haram
";

const NEWS: &str = "\
Reuters
Associated Press|AP
Agence France-Presse|AFP
Yonhap|Yonhap News Agency
Korean Central News Agency|KCNA
Xinhua|Xinhua News Agency
TASS
RIA Novosti
Interfax
Kyodo|Kyodo News
BBC|BBC News|British Broadcasting Corporation
CNN
ESPN
ABC News|ABC
Voice of America|VOA
Radio Free Asia|RFA
Radio Free Europe|RFE/RL
Al Jazeera
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Bloomberg|Bloomberg News
The Guardian|Guardian
Financial Times
The Economist
Daily Mail
The Daily Telegraph|The Telegraph|Daily Telegraph
The Independent
Fox News
NBC News|NBC
ABC News
CBS News|CBS
MSNBC
NPR
PBS
Politico
Axios
USA Today
Los Angeles Times
Newsweek
The Atlantic
Der Spiegel
Le Monde
NHK
Korea Herald
Korea Times
JoongAng Ilbo
Chosun Ilbo
South China Morning Post
Global Times
People's Daily
China Daily
CCTV
Sky News
Deutsche Welle
France 24
Euronews
Nikkei
ProPublica
PolitiFact
Snopes
Wikinews
The Hill
The Times
Business Insider
Slate
HuffPost|Huffington Post|The Huffington Post
BuzzFeed News|BuzzFeed
Vox
The Daily Beast
Breitbart News|Breitbart
TMZ
Variety
Rolling Stone
The Verge
Wired
TechCrunch
The Intercept
Haaretz
The Jerusalem Post|Jerusalem Post
The Times of Israel|Times of Israel
The Times of India|Times of India
The Hindu
Hindustan Times
Al Arabiya
Asahi Shimbun
Yomiuri Shimbun
Le Figaro
El País|El Pais
Corriere della Sera
Die Welt
Süddeutsche Zeitung
Bild
Russia Today|RT
Sputnik
Anadolu Agency|Anadolu
Press TV
Islamic Republic News Agency|IRNA
Tasnim News Agency|Tasnim
Fars News Agency
Channel NewsAsia
The Straits Times|Straits Times
The Sydney Morning Herald|Sydney Morning Herald
Australian Broadcasting Corporation
Canadian Broadcasting Corporation|CBC|CBC News
The Globe and Mail|Globe and Mail
Toronto Star
The Irish Times|Irish Times
The Scotsman
Evening Standard
Daily Mirror
Daily Express
ITV|ITV News
Channel 4|Channel 4 News
CNBC
C-SPAN
Univision
Telemundo
Al-Monitor
Kathimerini
Folha de S.Paulo|Folha
O Globo
Clarín|Clarin
Express Tribune|The Express Tribune
Geo News
Jakarta Post|The Jakarta Post
Bangkok Post|The Bangkok Post
Arab News
Gulf News
Khaleej Times
Al-Ahram|Al Ahram
Asharq Al-Awsat
Kyiv Independent|The Kyiv Independent
Kyiv Post
Meduza
Kommersant
Izvestia
Novaya Gazeta
Gazeta Wyborcza
La Repubblica
La Stampa
Le Parisien
Frankfurter Allgemeine Zeitung|FAZ
Aftenposten
Dagens Nyheter
CTV News
Radio-Canada
Radio New Zealand|RNZ
New Zealand Herald|The New Zealand Herald
SBS News
United Press International|UPI
EFE|Agencia EFE
ANSA
Deutsche Presse-Agentur|dpa
Press Trust of India|PTI
Bernama
Antara
Mail & Guardian
News24
Daily Nation
Premium Times
Philippine Daily Inquirer
Rappler
Daily Star|The Daily Star
KBS|Korean Broadcasting System
NK News
Daily NK
";

const GOV: &str = "\
White House
Kremlin
Pentagon
Congress
Senate
House of Representatives
House of Commons|Commons
House of Lords
State Department|Department of State
Treasury Department|Department of the Treasury|Treasury
Justice Department|Department of Justice
Defense Department|Department of Defense
Department of Homeland Security
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Internal Revenue Service|IRS
Federal Reserve
National Aeronautics and Space Administration|NASA
Environmental Protection Agency|EPA
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Securities and Exchange Commission|SEC
Federal Communications Commission|FCC
Federal Trade Commission|FTC
Supreme Court
Parliament
Downing Street
Home Office
Foreign Office
Bundestag
Duma|State Duma
Knesset
National Assembly
House of Assembly
House of Delegates
House of Councillors
Chamber of Deputies
Legislative Assembly
Legislative Council
Federation Council
Lok Sabha
Rajya Sabha
Sejm
Storting
Riksdag
Folketing
Verkhovna Rada
Politburo
Blue House
Holy See
Legislative Yuan
Executive Yuan
National Diet
Bundesrat
Transport for London|TfL
";

// Major political parties, with the short names the news uses for them.
const PARTIES: &str = "\
Labour Party|Labour|New Labour|UK Labour Party
Conservative Party|Conservatives|Tories|Tory|Tory Party
Liberal Democrats|Lib Dems|Lib Dem|Liberal Democrat Party|Liberal Democrat
Scottish National Party|SNP
UK Independence Party|UKIP
Plaid Cymru
Sinn Féin|Sinn Fein
Democratic Unionist Party|DUP
Democratic Party|Democrats
Republican Party|Republicans|GOP
Libertarian Party
Green Party
Communist Party of China|Chinese Communist Party|CCP
Workers' Party of Korea|Workers’ Party of Korea
United Russia
Bharatiya Janata Party|BJP
Indian National Congress
African National Congress|ANC
Likud
Christian Democratic Union|CDU
Alternative for Germany|AfD
Justice and Development Party|AKP
";

const COMPANIES: &str = "\
General Motors|GM
General Electric|GE
General Mills
General Dynamics
Google
Facebook
Twitter
Apple
Microsoft
Amazon
Samsung
Huawei
Toyota
Volkswagen
Boeing
Airbus
Walmart
ExxonMobil|Exxon Mobil|Exxon
Chevron
Royal Dutch Shell
Saudi Aramco|Aramco
Gazprom
Rosneft
Petrobras
Apple Inc.
Meta Platforms
Alphabet Inc.
Netflix
Tesla
IBM
Intel
Nvidia
Oracle Corporation
Sony
Nintendo
Nokia
Ericsson
Siemens
BMW
Mercedes-Benz
Daimler
Honda
Nissan
Hyundai
Renault
Uber
Airbnb
Spotify
TikTok
ByteDance
Alibaba
Tencent
Baidu
Xiaomi
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Novartis
Bayer
Nestlé|Nestle
Unilever
Coca-Cola
PepsiCo
McDonald's
Starbucks
Goldman Sachs
JPMorgan Chase|JPMorgan
Morgan Stanley
Citigroup
HSBC
Deutsche Bank
Credit Suisse
Mastercard
PayPal
eBay
Yahoo
YouTube
Instagram
WhatsApp
LinkedIn
Lockheed Martin
Raytheon
FedEx
AT&T
Verizon
Vodafone
Qualcomm
Lenovo
Panasonic
Ryanair
Lufthansa
British Airways
Delta Air Lines
American Airlines
United Airlines
Walt Disney Company|Disney|Walt Disney
Paramount Pictures|Paramount
Marvel Entertainment|Marvel
Marvel Studios
Marvel Comics
DC Comics
Hasbro
Mattel
Lego|LEGO|Lego Group
Comcast
NBCUniversal
ViacomCBS
Time Warner
Nike
Adidas
Chrysler
Fiat Chrysler Automobiles|Fiat Chrysler
Volvo
Audi
Porsche
BP
Glencore
Rio Tinto
BHP
Barclays
Lloyds Banking Group|Lloyds
Santander
Bank of America
Wells Fargo
American Express
Berkshire Hathaway
Procter & Gamble
L'Oréal|L’Oréal
LVMH
IKEA|Ikea
Tesco
Carrefour
Costco
Hewlett-Packard
Cisco Systems|Cisco
Adobe
Salesforce
SpaceX
Blue Origin
Reddit
Sanofi
GlaxoSmithKline|GSK
Roche
Eli Lilly
Monsanto
Halliburton
Lidl
Aldi
Kaufland
Auchan
Ahold Delhaize
Sainsbury's|Sainsbury
Asda
Marks & Spencer|M&S
Inditex
H&M
Bosch
Philips
BASF
Foxconn
";

/// Nationality and demonym adjectives: never entities, but they precede titles
/// ("Turkish President") and tell a country.
const ADJECTIVES: &str = "\
North Korean|South Korean|Korean|Chinese|Japanese|American|British|English|Scottish|Welsh|Irish|French|German|Italian
Spanish|Portuguese|Russian|Ukrainian|Polish|Turkish|Syrian|Iraqi|Iranian|Israeli|Palestinian|Egyptian|Saudi|Jordanian
Lebanese|Kurdish|Afghan|Pakistani|Indian|Bangladeshi|Indonesian|Malaysian|Vietnamese|Thai|Filipino|Australian|Canadian
Mexican|Brazilian|Argentine|Argentinian|Chilean|Colombian|Venezuelan|Cuban|Nigerian|Kenyan|Ethiopian|South African|Dutch
Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Greek|Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian
Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Mongolian|Tibetan|Taiwanese|Singaporean|Burmese|Cambodian|Libyan|Tunisian
Algerian|Moroccan|Sudanese|Somali|Yemeni|Qatari|Emirati|Kuwaiti|Omani|Bahraini|European|Asian|African|Arab|Western
Soviet|Belarusian|Lithuanian|Latvian|Estonian|Slovak|Slovenian|Icelandic|Peruvian|Ecuadorian|Bolivian|Haitian|Jamaican
Ghanaian|Senegalese|Ugandan|Tanzanian|Zimbabwean|Rwandan|Congolese|Nepalese|Sri Lankan|New Zealand
Martian|Lunar|Solar|Hungarian|Malian|Nigerien|Chadian|Kosovar|Bosnian|Albanian|Macedonian|Cypriot|Maltese|Luxembourgish
";

struct Tables {
    /// Every prefix (at a character boundary) of every surface, for `has_prefix`.
    prefixes: std::collections::HashSet<&'static str, super::lexicon::FnvBuild>,
    /// First words of all surfaces (with and without a leading "the"), sorted.
    first_words: std::collections::HashSet<String, super::lexicon::FnvBuild>,
    /// exact lookups
    exact: std::collections::HashMap<&'static str, Entry, super::lexicon::FnvBuild>,
    adjectives: super::lexicon::WordSet,
    max_words: usize,
}

fn push_lines(
    out: &mut Vec<(&'static str, Entry)>,
    text: &'static str,
    kind: GKind,
    per_name: bool,
) {
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let names: Vec<&'static str> = line
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if per_name {
            for n in names {
                out.push((n, Entry { canonical: n, kind }));
            }
        } else {
            let canonical = names[0];
            for n in names {
                out.push((n, Entry { canonical, kind }));
            }
        }
    }
}

static TABLES: Lazy<Tables> = Lazy::new(|| {
    let mut entries = Vec::new();
    push_lines(
        &mut entries,
        COUNTRIES,
        GKind::Place(PlaceKind::Country),
        false,
    );
    push_lines(&mut entries, CITIES, GKind::Place(PlaceKind::City), true);
    push_lines(
        &mut entries,
        REGIONS,
        GKind::Place(PlaceKind::Generic),
        false,
    );
    push_lines(
        &mut entries,
        INTL,
        GKind::Org(OrgKind::InternationalOrganization),
        false,
    );
    push_lines(
        &mut entries,
        NEWS,
        GKind::Org(OrgKind::NewsOrganization),
        false,
    );
    push_lines(
        &mut entries,
        GOV,
        GKind::Org(OrgKind::GovernmentBody),
        false,
    );
    push_lines(
        &mut entries,
        PARTIES,
        GKind::Org(OrgKind::PoliticalParty),
        false,
    );
    push_lines(&mut entries, COMPANIES, GKind::Org(OrgKind::Company), false);
    // first definition wins on a clash (countries before cities: "Singapore", "Luxembourg")
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries.dedup_by(|a, b| a.0 == b.0);
    let max_words = entries
        .iter()
        .map(|e| e.0.split(' ').count())
        .max()
        .unwrap_or(1);
    let adjectives = ADJECTIVES
        .lines()
        .flat_map(|l| l.split('|'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut first_words: Vec<String> = Vec::new();
    for (n, _) in &entries {
        let mut ws = n.split(' ');
        if let Some(f) = ws.next() {
            first_words.push(super::tokens::norm_key(f));
            if f == "The" {
                first_words.push("the".to_string());
            }
        }
    }
    let first_words = first_words.into_iter().collect();
    let exact = entries.iter().map(|(n, e)| (*n, *e)).collect();
    let prefixes = entries
        .iter()
        .flat_map(|(n, _)| n.char_indices().map(|(i, c)| &n[..i + c.len_utf8()]))
        .collect();
    Tables {
        prefixes,
        first_words,
        exact,
        adjectives,
        max_words,
    }
});

/// Exact lookup of a surface form (curly apostrophes normalized, single spaces).
/// Whether `surface` has a curly apostrophe, a whitespace other than a space or a double space,
/// which `norm_key` folds (a byte scan first: only a non-ASCII byte, a tab or a double space
/// can call for it).
fn needs_norm(surface: &str) -> bool {
    let bytes = surface.as_bytes();
    let odd = bytes
        .iter()
        .any(|&b| b >= 0x80 || (b.is_ascii_whitespace() && b != b' '));
    (odd && surface
        .contains(|c: char| c == '\u{2019}' || c == '\u{2018}' || (c.is_whitespace() && c != ' ')))
        || bytes.windows(2).any(|w| w == b"  ")
}

pub fn lookup(surface: &str) -> Option<Entry> {
    let t = &*TABLES;
    let owned;
    let key = if needs_norm(surface) {
        owned = super::tokens::norm_key(surface);
        owned.as_str()
    } else {
        surface
    };
    t.exact.get(key).copied().or_else(|| {
        // "The Guardian" may appear as "the Guardian" inside a sentence
        key.strip_prefix("the ")
            .and_then(|k| t.exact.get(format!("The {k}").as_str()).copied())
    })
}

/// Whether some gazetteer name begins with this text (`surface` as in `lookup`).
pub fn has_prefix(surface: &str) -> bool {
    let t = &*TABLES;
    let owned;
    let key = if surface
        .contains(|c: char| c == '\u{2019}' || c == '\u{2018}' || (c.is_whitespace() && c != ' '))
    {
        owned = super::tokens::norm_key(surface);
        owned.as_str()
    } else {
        surface
    };
    t.prefixes.contains(key)
        || key
            .strip_prefix("the ")
            .map(|k| has_prefix(&format!("The {k}")))
            .unwrap_or(false)
}

/// Whether some gazetteer name begins with this word (a fast reject before `lookup`).
pub fn is_first_word(w: &str) -> bool {
    let t = &*TABLES;
    if w.bytes().any(|b| b >= 0x80) && w.contains('\u{2019}') {
        return t.first_words.contains(&super::tokens::norm_key(w));
    }
    t.first_words.contains(w)
}

/// The most words any gazetteer name has.
pub fn max_words() -> usize {
    TABLES.max_words
}

/// A nationality adjective ("Turkish", "North Korean").
pub fn is_adjective(surface: &str) -> bool {
    TABLES.adjectives.contains(surface)
}

/// A nationality adjective in the plural, used as a noun: "Ethiopians", "Kenyans".
pub fn is_plural_adjective(w: &str) -> bool {
    w.len() > 4 && w.strip_suffix('s').is_some_and(is_adjective)
}

/// Country-naming words usable as a prefix of a government body ("U.S. Treasury").
pub fn is_country(surface: &str) -> bool {
    matches!(
        lookup(surface),
        Some(Entry {
            kind: GKind::Place(PlaceKind::Country),
            ..
        })
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_aliases_resolve_to_canonical() {
        for (s, c) in [
            ("US", "United States"),
            ("U.S.", "United States"),
            ("United States of America", "United States"),
            ("Britain", "United Kingdom"),
            ("U.K.", "United Kingdom"),
            ("DPRK", "North Korea"),
            ("Republic of Korea", "South Korea"),
            ("Burma", "Myanmar"),
        ] {
            let e = lookup(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(e.canonical, c);
            assert_eq!(e.kind, GKind::Place(PlaceKind::Country));
        }
    }

    #[test]
    fn cities_regions_and_bodies() {
        assert_eq!(
            lookup("Nairobi").unwrap().kind,
            GKind::Place(PlaceKind::City)
        );
        assert_eq!(
            lookup("Singapore").unwrap().kind,
            GKind::Place(PlaceKind::Country)
        );
        assert_eq!(
            lookup("Middle East").unwrap().kind,
            GKind::Place(PlaceKind::Generic)
        );
        assert_eq!(lookup("U.N.").unwrap().canonical, "United Nations");
        // (national agencies the news names by their initials)
        let nasa = lookup("NASA").unwrap();
        assert_eq!(
            (nasa.canonical, nasa.kind),
            (
                "National Aeronautics and Space Administration",
                GKind::Org(OrgKind::GovernmentBody)
            )
        );
        assert_eq!(
            lookup("WHO").unwrap().canonical,
            "World Health Organization"
        );
        assert_eq!(
            lookup("AP").unwrap().kind,
            GKind::Org(OrgKind::NewsOrganization)
        );
        assert_eq!(lookup("Commons").unwrap().canonical, "House of Commons");
        assert_eq!(
            lookup("House of Assembly").unwrap().kind,
            GKind::Org(OrgKind::GovernmentBody)
        );
        assert_eq!(
            lookup("Lok Sabha").unwrap().kind,
            GKind::Org(OrgKind::GovernmentBody)
        );
        assert_eq!(
            lookup("Eastern Mediterranean").unwrap().kind,
            GKind::Place(PlaceKind::Generic)
        );
        assert_eq!(lookup("Majorca").unwrap().canonical, "Mallorca");
        assert_eq!(
            lookup("ECJ").unwrap().canonical,
            "European Court of Justice"
        );
        assert_eq!(
            lookup("OHCHR").unwrap().kind,
            GKind::Org(OrgKind::InternationalOrganization)
        );
        assert_eq!(lookup("the Guardian").unwrap().canonical, "The Guardian");
        assert_eq!(
            lookup("Department of the Treasury").unwrap().canonical,
            "Treasury Department"
        );
        assert_eq!(
            lookup("Kremlin").unwrap().kind,
            GKind::Org(OrgKind::GovernmentBody)
        );
        assert_eq!(
            lookup("People’s Daily").unwrap().canonical,
            "People's Daily"
        );
        assert!(lookup("Swadeshi").is_none());
        assert!(lookup("Kim").is_none());
        assert!(max_words() >= 6);
    }

    #[test]
    fn the_holy_see_is_a_body_and_the_vatican_a_country() {
        assert_eq!(
            lookup("Holy See").unwrap().kind,
            GKind::Org(OrgKind::GovernmentBody)
        );
        assert!(is_country("Vatican"));
        assert_eq!(
            lookup("Legislative Yuan").unwrap().kind,
            GKind::Org(OrgKind::GovernmentBody)
        );
        assert_eq!(lookup("TfL").unwrap().canonical, "Transport for London");
    }

    #[test]
    fn adjectives_are_not_places() {
        assert!(is_adjective("North Korean"));
        assert!(is_adjective("Chinese"));
        assert!(lookup("Chinese").is_none());
        assert!(is_country("U.S."));
        assert!(!is_country("Hanoi"));
    }
}
