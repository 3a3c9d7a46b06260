package detect

import "strings"

// nicknameGroups lists given names (folded) and the short forms people go
// by: a record's Christopher is "Chris" in the chat, its Bill is
// "William" in the signature. Each line is a name, a colon and its short
// forms. A short form maps back to its names only, not to the other short
// forms of those names (a Bob is seldom a Rob).
var nicknameGroups = []string{
	// English
	"abigail: abby abbie gail", "albert: al bert bertie", "alexander: alex xander sandy sasha",
	"alexandra: alex lexi sandy sasha", "alfred: alf alfie fred", "alison: ally allie", "allison: ally allie",
	"amanda: mandy", "andrew: andy drew", "angela: angie", "anthony: tony", "barbara: barb babs",
	"beatrice: bea trixie", "benjamin: ben benny benji", "caroline: carrie", "carolyn: carrie",
	"cassandra: cassie", "catherine: cathy kate katie cat", "charles: charlie chuck chas chaz",
	"christian: chris", "christina: chris tina chrissy", "christine: chris tina chrissy",
	"christopher: chris topher kit", "cynthia: cindy", "daniel: dan danny", "david: dave davey davy",
	"deborah: deb debbie", "dominic: dom", "donald: don donnie", "dorothy: dot dottie dolly",
	"douglas: doug", "edward: ed eddie ted teddy ned", "eleanor: ellie nell nora",
	"elizabeth: liz lizzie lizzy beth betty betsy eliza libby bess", "eugene: gene", "evelyn: evie",
	"florence: flo", "frances: fran frannie", "francis: frank fran", "frederick: fred freddie freddy",
	"gabriel: gabe", "gabriella: gabby gabi", "gabrielle: gabby gabi", "gerald: gerry jerry",
	"gregory: greg", "harold: hal harry", "harriet: hattie", "henry: hank harry hal",
	"isabel: izzy bella", "isabella: izzy bella", "isabelle: izzy bella", "jacob: jake",
	"jacqueline: jackie", "james: jim jimmy jamie", "jennifer: jen jenn jenny", "jessica: jess jessie",
	"john: jack johnny", "jonathan: jon jonny", "joseph: joe joey", "josephine: jo josie", "joshua: josh",
	"judith: judy", "katherine: kate katie kathy kat", "kathryn: kate katie kathy kat",
	"kenneth: ken kenny", "kimberly: kim", "laurence: larry laurie", "lawrence: larry laurie",
	"leonard: leo len lenny", "lillian: lily lil", "louis: lou", "louise: lou lulu",
	"madeleine: maddie maddy", "madeline: maddie maddy", "margaret: maggie meg peggy marge margie greta",
	"martin: marty", "matthew: matt matty", "maximilian: max", "melissa: mel missy",
	"michael: mike mikey mick mickey micky", "mitchell: mitch", "nathaniel: nate nat", "nicholas: nick nicky nico",
	"nicole: nicky nikki", "olivia: liv livvy", "pamela: pam", "patricia: pat patty trish tricia",
	"patrick: pat paddy", "penelope: penny", "peter: pete", "philip: phil", "phillip: phil",
	"raymond: ray", "rebecca: becky becca", "richard: rick ricky rich richie dick", "robert: rob bob bobby robbie bert",
	"ronald: ron ronnie", "rosemary: rosie", "samantha: sam sammy", "samuel: sam sammy", "sandra: sandy",
	"stanley: stan", "stephen: steve stevie", "steven: steve stevie", "susan: sue susie suzy",
	"suzanne: sue susie suzy", "terence: terry", "terrence: terry", "teresa: terry tess tessa",
	"theresa: terry tess tessa", "theodore: ted teddy theo", "thomas: tom tommy", "timothy: tim timmy",
	"valerie: val", "victoria: vicky vicki tori", "vincent: vince vinny", "walter: walt wally",
	"william: will bill billy liam", "zachary: zach zack",
	// Spanish, Italian, German
	"alejandro: alex", "eduardo: lalo", "enrique: quique", "fernando: nando", "francisco: paco pancho",
	"guillermo: memo", "ignacio: nacho", "jesus: chuy", "jose: pepe", "manuel: manny manolo", "roberto: beto",
	"giuseppe: beppe peppe pino", "giovanni: gianni", "friedrich: fritz", "heinrich: heinz", "johannes: hans",
	"katharina: katja kathi",
	// Russian, in Latin letters
	"aleksandr: sasha", "alexandr: sasha", "aleksei: alyosha lyosha", "alexei: alyosha lyosha",
	"alexey: alyosha lyosha", "anastasia: nastya", "dmitri: dima", "dmitry: dima", "ekaterina: katya",
	"yekaterina: katya", "evgeny: zhenya", "yevgeny: zhenya", "ivan: vanya", "mikhail: misha",
	"natalia: natasha", "natalya: natasha", "sergei: seryozha", "sergey: seryozha", "vladimir: vova volodya",
}

// nickWords are short forms that are also words, in English or in other
// languages a chat may be in ("ron" is rum, "nacho" a snack, "mike" a
// microphone): as the nickname of a record's name they must start with a
// capital. Those in nickStrict, or in commonWords, often open a sentence
// as words ("Will the…", "Memo: …") and must be capitalised mid-sentence.
var nickWords = map[string]bool{
	"al": true, "ed": true, "jo": true, "pat": true, "patty": true, "dick": true, "dolly": true, "nat": true,
	"mike": true, "mick": true, "ken": true, "dom": true, "lou": true, "flo": true, "mel": true, "bea": true,
	"lil": true, "liv": true, "kat": true, "bert": true, "deb": true, "fran": true, "josh": true, "stan": true,
	"terry": true, "tess": true, "gabby": true, "ally": true, "nacho": true, "pino": true, "nell": true, "missy": true,
	"ted": true, "tom": true, "greg": true, "fritz": true, "heinz": true, "hal": true, "harry": true, "jerry": true,
	"marge": true, "matt": true, "nick": true, "paddy": true, "rick": true, "ron": true, "barb": true, "wally": true,
	"joe": true, "jimmy": true, "bobby": true, "kay": true, "chas": true, "babs": true, "gail": true, "bess": true,
	"trixie": true,
}

// nickStrict are the short forms that must be capitalised mid-sentence.
var nickStrict = map[string]bool{
	"will": true, "bill": true, "pat": true, "max": true, "rich": true, "frank": true, "jack": true, "don": true,
	"ray": true, "art": true, "memo": true, "kit": true, "gene": true, "cat": true, "chuck": true, "drew": true,
	"dot": true, "val": true, "len": true, "sandy": true, "penny": true, "lily": true, "bella": true,
}

// nicknames maps a folded given name to the names the same person may go
// by (nicknameGroups, both ways).
var nicknames = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range nicknameGroups {
		name, short, ok := strings.Cut(g, ":")
		if !ok {
			panic("detect: nickname line without a colon: " + g)
		}
		for _, s := range strings.Fields(short) {
			m[name] = append(m[name], s)
			m[s] = append(m[s], name)
		}
	}
	return m
}()
