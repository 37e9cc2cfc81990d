package extract

import "strings"

// The word lists below are the drafter's knowledge of the genre: English
// reports on civil society in Russia and its neighbours. They are written
// for this package, lower case, one string a list, split on spaces.

func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// givenNames are first names, with their common transliterations.
var givenNames = wordSet(`
aleksandr aleksander alexander alexandr alexandra aleksandra alexei alexey aleksei aleksey alexey alyona alena
alisa alina alla anastasia anastasiya anatoly anatoli anatolii andrei andrey andrew angela angelina anna anton
antonina anya arkady arkadii arseny artem artyom artur boris bogdan daniil daniel danil darya daria dasha
denis dina dmitri dmitry dmitrii egor yegor ekaterina yekaterina katerina elena yelena elizaveta yelizaveta
ella elvira emil evgeny evgenii yevgeny evgenia yevgenia eugene fyodor fedor galina gennady gennadi georgy
georgii grigory grigori igor ilya inna irina ivan kamil karina kira kirill konstantin ksenia kseniya kristina
larisa lev leonid lidia lidiya lilia liliya liudmila lyudmila ludmila lyubov lubov marat margarita maria mariya
marina mark maxim maksim mikhail mikhael michael nadezhda nadia natalia natalya nataliya natasha nikita nikolai
nikolay nina oksana oleg olga pavel petr pyotr peter polina rimma roman ruslan rustam semyon sergei sergey
sofia sofya stanislav stepan svetlana taisia tamara taras tatiana tatyana timur valentin valentina valery
valeri valerii valeria varvara vasily vasili vera victor viktor viktoria victoria vitaly vitali vladimir
vladislav vyacheslav yakov yaroslav yulia yuliya julia yuri yury yurii zakhar zinaida zoya len lena
oleksandr oleksiy olena mykola mykhailo petro yevhen yevheniia yuliia dmytro serhiy serhii volodymyr
andriy taras bohdan vasyl ihor halyna kateryna oksana ales aliaksandr ihar siarhei uladzimir natallia
hanna volha tatsiana yauhen viktar raman dzmitry maryia katsiaryna palina mikalai kanstantsin valiantsin
sviatlana aliaksei zmitser yury yuras larysa nasta alena liudmila andrei pavel maksim vital
alexandru aigul aizhan aliya asel aslan azamat bakhtiyar bolat dinara erlan gulnara kairat marat nurlan
rakhat saule timur yerlan zhanna ayder akhmed akhmad magomed ramzan ruslan zarema zelimkhan aminat madina
said shamil ibragim islam murad kazbek tamerlan arsen ashot gohar armen levon giorgi nino tamar davit
farid rashid jamal ahmed mohammed muhammad ali omar fatima layla
john james robert william richard thomas charles christopher daniel paul mark steven andrew kenneth george
joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric stephen jonathan larry
justin scott brandon frank benjamin gregory samuel raymond patrick jack dennis jerry tyler aaron jose henry
adam douglas nathan zachary kyle walter harold carl jeremy keith roger gerald ethan arthur terry christian
sean lawrence austin joe noah jesse albert bryan billy bruce willie jordan dylan alan ralph gabriel roy
juan wayne eugene logan randy louis russell vincent philip bobby johnny bradley hugh ian neil nigel simon
tony martin oliver harry alfred colin graham rachel helen mary patricia jennifer linda elizabeth barbara susan
jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela anna brenda pamela
emma nicole samantha katherine christine debra catherine carolyn janet ruth maria heather diane virginia
julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances
hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail
marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla
charlotte jane claire sophie lucy kate felicity fiona hilary harriet anne eleanor ruth
hans klaus jurgen wolfgang stefan markus andreas thomas pierre jean jacques francois marie claude luc
giovanni marco luca paolo jan piotr tomasz pawel krzysztof agnieszka katarzyna malgorzata jiri petra
clare claire leyla leila elnur elchin emin rasul rauf anar ilgar khadija arzu gunel aynur nargiz sevinj
tural vusal ramil rovshan javid farhad aidan aizada aidai ainura altynai asylbek bakyt bermet cholpon
dastan elmira gulmira jyldyz kanat kubat nurbek nurzhan saltanat talgat ulan zhanar zarina azamat bakhyt
daniyar galym marlen yerzhan yerbol zhanna askar arman dilnoza dilshod farrukh gulnoza jamshid kamola
lola malika mukhammad nigora otabek rustam sardor shahlo shukhrat ulugbek zafar gulbakhor gulnara ildar
rustem rinat ravil albert airat almaz alsu dinara elvira guzel lilia liliya rezeda zulfiya artur timur
gela giorgi irakli levan lasha nika nino salome tamar tamta zurab otar ketevan maia mariam natia eka
aram arsen gayane hayk karen lilit narek tigran ani anahit armine astghik gevorg hrant mher samvel
vardan mykhailo oleksii oksana yaroslava zoryana iryna nadiya halyna liudmyla vitaliy andrii yuliya
paulina helga ingrid sven lars anders nils erik karin birgit astrid
henrik johan jonas jens mats magnus fredrik gustav ulla kerstin annika marieke maarten pieter willem
joost sanne anke femke bram ruud mikko jukka pekka matti antti timo tuomas kaisa liisa johanna katja
helena elena ana luis carlos pedro manuel francesca chiara giulia alessandro matteo lorenzo lukas tobias
felix maximilian leonie ewa marta zofia jakub mateusz michal lukasz marek jaroslav tomas ondrej petr
pavla lucie tereza eva ivana rasa ruta ausra inga janis andris kristine ilze liene martins tonu kadri
kristiina margus andrus laszlo zoltan istvan katalin agnes dorota mihai ion ioana cristina natalia
isabel ines joao miguel sofie mette rasmus soren jesper birgitte dirk jurgen ulrike sabine heike
serghei vitalie petru vasile gheorghe nicolae veaceslav valeriu dumitru constantin mihail doina mariana
corina olesea eugen radu mircea sergiu vlad adrian aurelia veronica silvia stela tudor iurie
marguerite francoise isabelle nathalie sylvie camille julien nicolas antoine mathieu sebastien olivier
philippe laurent christophe celine aurelie amelie elodie juliette manon lea chloe benoit thierry didier
abdul wahid ahmad mohammad hamid karim rahim zahra maryam nasir tariq yusuf hasan hussein erzsebet
dragana dragan milica jelena zoran goran vesna marija ivana snezana bojan nikola milan
kanybek elnura kubanychbek aibek aigerim azat baktygul begaiym chinara gulzat mirlan samat talant
zhyldyz zamira meerim aida aisuluu beksultan eldiyar ermek tilek urmat jasur sherzod bobur nodir dilfuza
gulchehra mavluda nargiza feruza shahnoza sanjar akmal bakhodir parviz parvina firuz manizha nilufar
shabnam davron khurshed bahrom mehrangez sitora maryna dzianis yana ihar petras
`)

// titles are honorifics and professional titles written before a name.
var titles = wordSet(`mr mrs ms miss dr prof professor sir dame madam father archpriest bishop rabbi imam
judge justice academician lawyer attorney advocate journalist activist colonel general major captain lieutenant
sergeant senator deputy ombudsman ombudsperson pastor reverend deacon priest sheikh mufti mayor governor akim hokim
minister ambassador councillor`)

// honorifics are the titles the guidelines strip from a name.
var honorifics = wordSet(`mr mrs ms miss dr prof professor sir dame father academician`)

// orgHeads are head nouns of organisation names.
var orgHeads = wordSet(`centre center solidarity committee jury foundation fund society movement institute union council
commission group association network court ministry university agency bureau party coalition alliance
federation league service office department directorate administration chamber academy college school
trust club initiative project campaign watch fellowship partnership consortium collective assembly parliament
duma senate government prosecutor's procuracy inspectorate police guard army navy militia bank company corporation
inc ltd llc ngo charity mission team board panel tribunal ombudsman's secretariat organisation organization
colony unit prison hospital exchange endowment bulletin gazette herald chronicle times radio press media observatory
ombudsman ombudsperson commissioner clinic platform mazhilis rada sejm prosecutor's procuracy cabinet headquarters
congress community museum library archive circle church diocese eparchy home khural kenesh kenes majlis seimas saeima
riigikogu akimat hokimiyat khokimiyat hukumat jamoat municipality mayoralty prefecture confederation collegium
khyakimlik hakimlik register registry cross crescent lyceum gymnasium kindergarten orphanage hospice` /* "congress" as a body is rare: only with a clear org context */)

// orgDescriptors are lower-case nouns written after or before a name that
// say the name is an organisation's ("the Citizen and the Army rights
// organisation", "the movement “For Human Rights”").
var orgDescriptors = wordSet(`organisation organization movement group foundation fund centre center
committee society association network union coalition ngo charity initiative project campaign newspaper
outlet agency portal channel magazine journal website station broadcaster clinic platform institute
bureau council commission party club trust weekly daily monthly church community congregation parish
cooperative collective squad detachment club hotline helpline newsroom shelter brigade firm publication
mission alliance federation site lab laboratory hub studio`)

// congressHeads are head nouns of events.
var congressHeads = wordSet(`congress conference forum summit hearing hearings seminar symposium workshop
roundtable round-table meeting festival school convention session colloquium consultation webinar
side-event event briefing days`)

// lawHeads are head nouns of laws and codes.
var lawHeads = wordSet(`law code act constitution bill convention covenant charter decree article statute
amendment amendments protocol`)

// resolutionHeads are nouns of documents an event adopts.
var resolutionHeads = wordSet(`resolution resolutions statement declaration appeal letter demands
recommendations communique communiqué manifesto petition memorandum document`)

// notOrgAcronyms are capitals that name things other than organisations.
var notOrgAcronyms = wordSet(`hiv aids vpn vpns slapp slapps covid lgbt lgbtq lgbti lgbtiq sms pdf gdp it ceo id
dna tb ptsd mp mps ngo ngos tv pr ok ps nb ii iii iv vi vii viii ix xi xii xx xxi am pm usa uk eu ussr rf
ad bc www http https url idp idps uah usd eur kzt kgs rub byn gel amd azn mdl tjs uzs pln`)

// leadRoles are the positions that head an organisation (LEADS).
var leadRoles = wordSet(`director head chair chairman chairwoman chairperson co-chair president leader
coordinator co-coordinator founder editor-in-chief rector chief executive-director manager
convener convenor secretary-general abbot dean commander`)

// memberRoles are positions inside an organisation (MEMBER_OF).
var memberRoles = wordSet(`co-founder co-founders founders member members staffer staffers lawyer lawyers expert experts activist activists researcher
researchers analyst analysts staff employee employees volunteer volunteers representative representatives
spokesperson spokesman spokeswoman deputy vice-chair vice-president secretary journalist journalists
correspondent editor editors fellow fellows trustee trustees board-member advocate attorney consultant
officer investigator investigators monitor monitors observer observers co-ordinator
specialist psychologist doctor historian economist sociologist professor lecturer student students
reporter reporters writer author photographer blogger
judge judges prosecutor prosecutors paralegal paralegals nurse nurses deacon priest imam pastor rabbi psychiatrist
psychiatrists physician surgeon counsel adviser advisor advisers advisors assistant intern interns trainer trainers worker workers caseworker caseworkers
mediator archivist accountant inspector inspectors teacher teachers juror jurors
head-of founder-member veteran veterans leader-of official officials delegate delegates staffer
participant participants coordinators`)

// speechVerbs are verbs whose subject spoke at an event (SPOKE_AT), and
// the prepositions or particles that may follow them before the topic.
var speechVerbs = wordSet(`spoke talked said says stated noted emphasised emphasized stressed highlighted
raised focused focussed focusing described presented reported recounted told explained argued warned
pointed drew addressed criticised criticized urged demanded proposed analysed analyzed outlined shared
delivered recalled underlined mentioned complained condemned denounced read opened closed gave discussed
called insisted suggested added concluded remarked observed answered replied asked announced welcomed
summed summarised summarized introduced spoke, presenting speaking talking expressed made
shed touched dwelt elaborated reminded appealed cited listed detailed underscored paid devoted dedicated returned examined
speaks talks notes stresses emphasises emphasizes highlights raises describes presents reports explains
argues warns points criticises criticizes recalls recounts mentions complains calls urges demands insists
focuses tells adds believes dealt lectured compared`)

// phraseVerbs are speech verbs only with their topic's phrase: "expressed
// concern about", "made a presentation on", "touched on".
var phraseVerbs = wordSet(`expressed made shed touched dwelt elaborated reminded appealed paid devoted dedicated returned`)

// topicVerbs are speech verbs whose object is the topic raised (RAISED).
// The value is the preposition that introduces the topic, or "" when the
// topic is the direct object.
var topicVerbs = map[string][]string{
	"spoke": {"of", "about", "on"}, "speaking": {"of", "about", "on"}, "talked": {"of", "about", "on"},
	"talking": {"of", "about", "on"}, "raised": {""}, "focused": {"on"}, "focussed": {"on"}, "focusing": {"on"},
	"highlighted": {""}, "described": {""}, "criticised": {""}, "criticized": {""}, "condemned": {""},
	"denounced": {""}, "demanded": {""}, "warned": {"of", "about", "against", "that", "us of", "us about", "the participants of", "the participants about"}, "addressed": {""},
	"analysed": {""}, "analyzed": {""}, "outlined": {""}, "recounted": {""}, "reported": {"on", "about"},
	"presented": {""}, "drew": {"attention to", "particular attention to", "special attention to", "the participants ’ attention to", "the participants ' attention to", "the audience ’s attention to", "the audience 's attention to", "the attention of the participants to", "the attention of the audience to"},
	"paid":      {"attention to", "particular attention to", "special attention to", "close attention to"},
	"devoted":   {"her speech to", "his speech to", "her presentation to", "his presentation to", "her talk to", "his talk to", "her report to", "his report to", "her remarks to", "his remarks to"},
	"dedicated": {"her speech to", "his speech to", "her presentation to", "his presentation to", "her talk to", "his talk to"}, "pointed": {"to", "out"}, "called": {"for"}, "urged": {""},
	"emphasised": {""}, "emphasized": {""}, "stressed": {""}, "discussed": {""}, "complained": {"of", "about"},
	"recalled": {""}, "underlined": {""}, "proposed": {""}, "explained": {""}, "shared": {""},
	"mentioned": {""}, "insisted": {"on"}, "noted": {""},
	"told":      {"the participants about", "participants about", "the audience about", "the round table about", "the conference about", "the forum about", "about", "of", "us about", "us of"},
	"expressed": {"concern about", "concern over", "concern at", "concern regarding", "alarm at", "alarm about", "alarm over", "deep concern about", "deep concern over", "regret at", "indignation at"},
	"gave":      {"a presentation on", "a presentation about", "a talk on", "a talk about", "a report on", "a speech on", "a speech about", "a lecture on", "an overview of", "an account of", "a briefing on"},
	"made":      {"a presentation on", "a presentation about", "a report on", "a speech on", "a speech about", "a statement on", "a statement about"},
	"returned":  {"to"}, "examined": {""}, "opened": {""}, "closed": {""},
	"shed": {"light on"}, "touched": {"on", "upon"}, "dwelt": {"on"}, "elaborated": {"on"},
	"reminded":   {"the participants of", "participants of", "the audience of", "of"},
	"presenting": {""}, "argued": {"for", "against"}, "appealed": {"for"}, "cited": {""}, "listed": {""},
	"detailed": {""}, "speaks": {"of", "about", "on"}, "talks": {"of", "about", "on"}, "highlights": {""},
	"raises": {""}, "describes": {""}, "presents": {""}, "reports": {"on", "about"}, "warns": {"of", "about", "against", "that"},
	"points": {"to", "out"}, "criticises": {""}, "criticizes": {""}, "recalls": {""}, "recounts": {""}, "mentions": {""},
	"complains": {"of", "about"}, "calls": {"for"}, "urges": {""}, "demands": {""}, "insists": {"on"}, "focuses": {"on"},
	"stresses": {""}, "emphasises": {""}, "emphasizes": {""}, "notes": {""}, "explains": {""},
	"tells": {"of", "about"}, "summarised": {""}, "summarized": {""}, "underscored": {""},
	"dealt": {"with"}, "lectured": {"on", "about"}, "compared": {""},
}

// congressVerbs are verbs whose subject is an event or its participants and
// whose object it discussed (DISCUSSED).
var discussVerbs = map[string][]string{
	"discussed": {""}, "covered": {""}, "considered": {""}, "examined": {""}, "dealt": {"with"},
	"focused": {"on"}, "focussed": {"on"}, "debated": {""}, "reviewed": {""}, "explored": {""}, "tackled": {""},
	"covering": {""}, "devoted": {"to"}, "dedicated": {"to"}, "concentrated": {"on"},
}

// passVerbs are verbs by which an event adopts a document (PASSED).
var passVerbs = wordSet(`passed adopted issued approved endorsed published sent signed released agreed
produced drew`)

// organiseVerbs say who organised an event (ORGANISED), active or passive.
var organiseVerbs = wordSet(`organised organized convened called hosted co-organised co-organized
co-hosted arranged initiated held hold holds hosts`)

// demandVerbs are what a document demands (ADDRESSES); the role is the
// demand when it is a verb of its own ("repeal", "abolish").
var demandVerbs = wordSet(`recommend demand urge call called calling demanding urging demanded demands urged urges proposed proposes calls recommended
recommends requested requests insisted appealed asks asked warns warned condemns condemned denounces
expresses expressed`)

// stopCaps are capitalised words that begin sentences or headings and are
// not names on their own.
var stopCaps = wordSet(`the a an on in at this that these those it its he she they we i you our their his
her there here when while after before during since as but and or if although though however also yet so
then thus today yesterday tomorrow now later earlier meanwhile overall only some many several most all
each every other another one two three four five six seven eight nine ten first second third fourth
fifth last next new old according among despite following for from to of by with without about against
between into through under over within across along around unlike like what which who whom whose why how
where not no nor both either neither such mr mrs ms dr prof professor associate photo source translation posted
updated read see note notes editor's monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec please because until unless whether once instead`)

// bodyKindWords name only a kind of body: "Public Organisation",
// "Charitable Foundation", "Public Association".
var bodyKindWords = wordSet(`public charitable non-governmental non-profit nonprofit organisation organization
foundation fund association union ngo`)

// romans number the sessions, panels and seminars of a series, each at
// its value.
var romans = []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// headerCaps are the kinds of text a header writes in capitals ("ALERT |
// Kyrgyzstan | 18 July 2023"): no body's acronym.
var headerCaps = wordSet(`alert urgent breaking update news statement release appeal announcement communique
bulletin report briefing digest opinion interview analysis minutes call press`)

// months maps month names to their numbers.
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12}

// countryNames are the countries and regions the genre names often.
const countryNames = `russia ukraine belarus kazakhstan kyrgyzstan uzbekistan tajikistan turkmenistan
azerbaijan armenia georgia moldova lithuania latvia estonia poland finland germany france britain
england scotland ireland spain italy netherlands belgium switzerland austria sweden norway denmark
czechia hungary romania bulgaria serbia croatia turkey israel china japan india iran iraq syria
afghanistan mongolia usa america canada europe asia crimea chechnya dagestan ingushetia tatarstan
bashkortostan buryatia yakutia karelia komi mordovia chuvashia udmurtia kalmykia tuva khakassia adygea
siberia urals caucasus kuban abkhazia ossetia transnistria karabakh montenegro albania kosovo bosnia
macedonia slovenia slovakia portugal greece cyprus luxembourg`

// countries are the places in the lexicon that are countries or regions
// rather than towns: a name may end "in Georgia", not "in Moscow".
var countries = wordSet(countryNames)

// places are countries, regions and cities the genre names often.
var places = wordSet(countryNames, `moscow petersburg kazan ekaterinburg yekaterinburg novosibirsk
nizhny novgorod samara omsk chelyabinsk rostov ufa krasnoyarsk perm voronezh volgograd krasnodar saratov
tyumen tolyatti izhevsk barnaul ulyanovsk irkutsk khabarovsk yaroslavl vladivostok makhachkala tomsk
orenburg kemerovo novokuznetsk ryazan astrakhan penza lipetsk tula kirov cheboksary kaliningrad bryansk
ivanovo magnitogorsk tver stavropol belgorod arkhangelsk vladimir sochi kursk smolensk kaluga murmansk
petrozavodsk syktyvkar grozny nalchik vladikavkaz beslan nazran pskov vologda kostroma tambov orel oryol
yakutsk magadan norilsk kyiv kiev kharkiv kharkov odesa odessa lviv dnipro donetsk luhansk lugansk
mariupol minsk almaty astana bishkek tashkent dushanbe baku yerevan tbilisi chisinau vilnius riga tallinn
batumi kutaisi gyumri vanadzor ganja sumgait osh jalal-abad karaganda shymkent aktobe pavlodar
semey khujand bukhara samarkand namangan andijan nukus zhytomyr chernihiv poltava vinnytsia kherson
zaporizhzhia mykolaiv chernivtsi ivano-frankivsk uzhhorod ternopil rivne lutsk sumy kropyvnytskyi
warsaw berlin paris london geneva strasbourg brussels vienna prague helsinki stockholm oslo washington
new-york hague sevastopol simferopol podgorica belgrade`)

// placeHeads make a capitalised span a place ("Perm Region", "Republic of Tatarstan").
var placeHeads = wordSet(`region oblast krai kray republic district province city town village county
territory okrug river lake sea peninsula mountains steppe delta basin`)

// softPlaceHeads end the names of places and of bodies alike ("Fergana
// Valley", "Green Valley"): a place only after a town's name or a
// preposition of place.
var softPlaceHeads = wordSet(`valley street avenue square island bay gulf`)

// nationalities are adjectives of nations and regions; the guidelines say
// they are not names.
var nationalities = wordSet(`russian russians ukrainian belarusian kazakh kyrgyz uzbek tajik turkmen azerbaijani
montenegrin albanian bosnian belgian irish portuguese serbian croatian slovak slovenian czech hungarian
romanian bulgarian greek turkish dutch swedish norwegian danish italian spanish swiss austrian canadian
armenian georgian moldovan lithuanian latvian estonian polish finnish german french british english
european american chinese chechen dagestani ingush tatar tatars bashkir buryat yakut crimean soviet
uyghur uyghurs kurdish kurds roma jewish asian african caucasian
siberian caucasian muslim christian orthodox jewish islamic western eastern northern southern federal
international national regional municipal state czech slovak swedish norwegian danish dutch swiss austrian
italian spanish hungarian romanian bulgarian serbian croatian slovenian greek turkish afghan afghans iranian
israeli japanese korean canadian karakalpak kalmyk mari komi udmurt chuvash ossetian kabardian balkar avar
lezgin abkhaz karelian veps evenk yakut sakha nenets khanty mansi dolgan
selkup nganasan chukchi koryak itelmen tuvan khakas sami gagauz circassian adyghe dungan pamiri`)

// surnameEndings are endings of Slavic and neighbouring surnames.
var surnameEndings = []string{"ova", "eva", "yova", "ina", "yna", "skaya", "skaia", "tskaya", "ov", "ev", "yov",
	"in", "yn", "sky", "ski", "skiy", "skii", "skyi", "tsky", "enko", "uk", "yuk", "chuk", "ich", "vich",
	"ko", "dze", "shvili", "ian", "yan", "aev", "aeva", "iev", "ieva", "idi", "ova", "aya", "kh", "ets",
	// Belarusian and Lithuanian
	"enka", "onak", "auskas", "iauskas", "evičius", "avičius", "aitis", "ytė", "aitė", "iūtė", "ienė", "uvienė",
	// Czech, Slovak and Polish; Tajik
	"ová", "ská", "cká", "ský", "cký", "ska", "cka", "wicz", "zoda", "zada",
	// Belarusian in Latin letters: Harbachou, Dzmitryieu, Rudak
	"ou", "eu", "ak"}

// patronymicEndings mark the middle name of a Russian full name.
var patronymicEndings = []string{"ovich", "evich", "ovna", "evna", "ichna", "yevich", "yevna", "ievich", "ievna", "inichna",
	"ivna", "ovych", "evych", "yovych", "ivych", "avich", "auna", "aunа", "ogly", "kyzy"}

// investigateVerbs say that someone monitored or documented a matter (INVESTIGATED).
var investigateVerbs = wordSet(`monitored documented investigated inspected recorded examined studied
surveyed audited verified collected monitors documents investigates inspects records`)

func hasSuffixAny(w string, ends []string) bool {
	for _, e := range ends {
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
