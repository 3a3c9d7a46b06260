package detect

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstNames is a list of common given names from many countries, folded
// (lower case, no accents). A capitalised word on the list, with the
// capitalised words after it, is taken for a person's name. Names that are
// also ordinary words (May, Will, Grace) are left out, and so are assistant
// and product names (Alexa, Siri). Short forms callers give (Sam, Mike,
// Jen) are listed; those that are ordinary words too (Bill, Sue, Rob, Bob,
// Pat) are not. It is coreNames and worldFirstNames.
var firstNames = func() map[string]bool {
	m := maps.Clone(coreNames)
	for _, n := range strings.Fields(worldFirstNames) {
		m[foldWord(n)] = true
	}
	return m
}()

// coreNames are the common given names: the list below and
// moreFirstNames. A name in lower case counts only when it is one of
// them.
var coreNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`
aaron abdul abdullah adam adebayo adriana adrian ahmed aiden aisha akira alan albert alejandro alessandro alex alexander
alexandra ali alice alicia amelia amir amy ana andrea andreas andrew andrés angela anna anne antoine antonio aoife arjun
arthur astrid ava ayesha barbara beatriz benjamin bernard björn brian bruno camila camille carla carlos carmen caroline
catherine charles charlotte chen chiara chloe chloé christian christina christopher claire clara daniel daniela david
deepak diana diego dimitri dmitri dominik dorothy edward elena elias elif elizabeth ella emily emma emre enrique eric
erik ethan eva fatima felipe felix fernando finn francesca francisco françois freya gabriel gabriela george georgia
giovanni giulia greta guillaume hana hannah hans harry hassan heinrich helen helena henrik henry hiroshi hugo ian ibrahim
ingrid irene isabel isabella ivan jack jacob james jan jana javier jean jennifer jessica joanna joao joão johan johannes
john jonas jorge josé joseph juan julia julian julie jürgen kai karen karl katarzyna kate katharina kenji kevin khalid
klaus kofi kwame lars laura lea léa leon leonardo liam lina linda lisa lorenzo louis lucas lucía lucia luis luka lukas
maja manuel marco marcus margaret maria maría marie marina mario marta martin mary mateo matteo matthew max maximilian
mehmet mei michael michelle miguel mikhail mila mohamed mohammed nadia natalia nathan nicolas nikolai nina noah noor
nora olga oliver olivia olu omar oscar pablo patricia paul paula pedro peter philipp pierre pieter priya rachel rafael
rahul raj ravi rebecca ricardo richard robert roberto rosa ryan sakura samuel sandra sanne sara sarah sebastian sergei
sergio shreya simon sofia sofía sophie stefan stella stephen susan sven takeshi thomas tim timo tobias tom tomás
valentina vanessa victor vikram william wei xavier yara yasmin yuki yusuf zara zoe zoë
abigail adrienne agnes alison allison amanda angelina annabelle anthony ashley audrey barry beatrice bernadette beth
bethany bradley brandon brenda brendan bridget brittany caleb cameron carl carol cassandra cecilia charlie cheryl
christine cindy claudia colin connor courtney craig cynthia dana danielle darren deborah denise derek diane donald
donna douglas dylan edith eileen eleanor elijah elise ellen eloise emilia erin ethel eugene evelyn fiona frances
gareth gavin gemma geoffrey gerald gillian gloria gordon graham gregory gwen harold heather heidi howard imogen isaac
isla jacqueline jake janet jason jasmine jeffrey jenny jeremy jill joan joanne joel jonathan josh joshua joyce judith
judy justin kathleen katie keith kelly kenneth kerry kimberly kyle lauren leah leonard leslie lewis lillian logan
lorraine louise lucy luke lydia madeline maggie malcolm marcia marilyn marion martha maureen megan melanie melissa
mildred miriam mitchell molly monica morgan nancy naomi natalie neil nicholas nicole norman owen pamela patrick
pauline penelope philip phoebe regina rhys rita roger ronald rosemary roy russell ruth samantha scott sean sharon
sheila shirley sian sophia stanley steven stuart tanya teresa theresa timothy tina tracy trevor tyler ursula vera
veronica vincent walter wayne wendy yvonne zachary
alba alberto alfonso álvaro antonia catalina cristina eduardo emilio esperanza esteban fernanda gonzalo guadalupe
guillermo gustavo hernán ignacio inés jaime jimena joaquín josefina julieta leticia lorena lourdes luciana marcela
mariana martín nicolás patricio pilar ramón raúl rodrigo rocío silvia valeria ximena xiomara yolanda gonçalo thiago
vinícius rafaela leandro luana
adèle agathe amélie anaïs aurélie bastien benoît céline clément delphine élodie émilie étienne fabien florian hélène
jérôme julien laurent lucien mathilde maxime nathalie océane pascal rémi sébastien solène sylvie théo thibault valérie
yannick
anke bernd birgit dieter dirk elke gerhard günter heike helmut jens jörg karin kirsten lena lotte ludwig marieke
matthias monika niels ralf sabine silke stefanie thijs ulrich ute uwe wolfgang bram daan femke joost ruud anders
bjørn freja gunnar kari linnea magnus nils ola oskar ragnar sigrid solveig tove torsten vilde mikael annika emil
alessandra alessia antonella carlo daniele davide elisa emanuele federica federico filippo gianluca giorgia giuseppe
ilaria luca marcello martina massimo michele paolo riccardo roberta simone stefano tommaso vincenzo
agnieszka aleksandra anastasia andrzej bogdan dariusz ekaterina irina jakub kamil krzysztof magdalena małgorzata
marek marcin michał natasha oksana paweł piotr svetlana tatiana tomasz vladimir wojciech yuri zofia petra jiří
ondřej tereza dragan jelena nikola milica
aarav aditi aditya amit ananya anil anjali arun deepa divya gaurav harish ishaan kavya kiran krishna lakshmi manish
meera neha nikhil pooja pradeep prakash rajesh rakesh ramesh rohan sanjay santosh sunil suresh swati vijay vivek
sunita anita rekha imran ayaan farhan sana zainab
hiroko haruto yuto sota ren riku aoi yui hina takumi daiki kaito naoko keiko yoko satoshi kazuki minjun seojun jiwoo
seoyeon jisoo hyun jiho yuna soyeon jing xiaoming lei ming hao yan ling ying minh linh thanh trang anh duc huong
ahmad amina ayman bilal dalia farah fatma hamza hussein jamal karim layla leila mahmoud mariam maryam mostafa mustafa
nour rania reza salma samir tariq youssef zeynep ayşe emine burak cem deniz hakan murat ozan selin serkan arash
parisa shirin
ama abena adaeze adewale amara chidi chinedu chioma emeka efua folake ifeoma kemi kwabena kwaku kelechi ngozi nkechi
obinna olumide oluwaseun sipho thabo themba tendai wanjiru zanele funmi tunde bola segun yemi
sam ben dan joe mike chris matt jim dave steve pete tony andy nick jen jess becky liz meg abby kim pam ted fred
greg jeff ken larry gary jerry terry ron tommy danny billy johnny jimmy bobby sammy becca nate zach jon
raymond dennis bryan bruce willie randy ralph betty stephanie katherine debra carolyn kathryn janice doris beverly
kayla alexis lori aaliyah gwendolyn keisha tanisha deshawn latoya imani tiffany shaniqua darnell tyrone jaylen malik
terrence reginald lakisha tamika latisha shanice jada nia kiara tyrell demetrius cedric darius jermaine rashad jalen
trevon brianna jazmine kendra monique shanna tasha whitney kristen lindsey paige haley mackenzie kaitlyn skylar
hailey makayla mia aubrey scarlett riley avery addison theodore asher wyatt ezra grayson jaxon isaiah easton colton
landon brayden jayden declan silas everett axel
priyanka deepika sneha aishwarya nisha ritu radha sumit mahesh ganesh ajay manoj ashok varun karan akash siddharth
abhishek naveen srinivas venkat gopal anand
aiko akiko ayaka ayumi chihiro daisuke emiko haruka hideki hinata hiroki hiromi hitomi kaori kazuko kenta kenichi koji
kumiko mayumi megumi miho minoru misaki mitsuki nanami naoki natsuki noriko reiko riko ryota ryosuke sachiko saki
sayaka shinji shota tomoko tsubasa yasuko yoshiko yuka yumi yuriko yusuke yuta
jianguo xiaoling xiaoyan zhiwei jianhua haoran yuxuan zihan yichen jiahao xinyi shuang
minho jihoon seungmin donghyun hyunwoo jiyeon eunji sooyoung minji hyejin jungwoo sungmin yejin jieun haneul
quang tuan phuong hieu khanh quynh thao trung vinh
abhay akshay alok amitabh aniket ankit anupam ashwin bhavna chetan darshan dinesh girish harsha hemant jayant jyoti
kalpana kapil kishore kunal lalit nandini nitin pallavi pankaj parvati prashant preeti rajiv ranjit rashmi ritesh
sachin sandeep sanjana shalini shankar shweta smita subhash sudha tanvi vandana vinod
abdel anas basma faisal ghada hanan hiba huda jamil khaled majid nabil nasser rami rashid saeed sherif
waleed ziad
abimbola adaora adeola akua ayodele babajide chiamaka chukwuemeka damilola ebere ekow femi ifeanyi kojo lerato
lindiwe mandla mpho nomvula nokuthula oluchi simisola temitope thandiwe uchenna zodwa
alexei anatoly andrei boris darya dmitry galina igor ilya kirill ksenia larisa lyudmila nadezhda nikita oleg pavel
polina ruslan stanislav valentin viktor vladislav yevgeny yulia zhanna bohdan mykola taras olena iryna yaroslav
alexandros christos dimitris eleni georgios ioannis konstantinos nikos panagiotis stavros vasilis yannis katerina
avraham chaim eitan moshe shira yael yosef yitzhak omri itai liat
agustín alonso benjamín camilo cristóbal fabiola florencia iván marisol milagros sebastián joaquim afonso
bruna caio diogo fábio gisele jéssica leonor márcio renata tiago vitória
aksel birgitta elin eskil frida håkan ingeborg kjell lasse leif maren pernilla sindre steinar tuva
jeroen koen lieke maarten niek wouter kerstin manfred renate sönke torben volker wiebke
budi dewi fitri hendra indah joko kurniawan putri rizky siti wahyu maricel rowena
saoirse siobhan niamh caoimhe oisín cian ciarán sinéad róisín aisling orla eoin seán pádraig gráinne cormac fionn
tadhg clodagh deirdre nuala eimear ewa krystyna elżbieta grzegorz łukasz mateusz dorota beata justyna karolina
weronika wiktoria oliwia szymon bartosz dawid bożena halina danuta jadwiga stanisław zbigniew jerzy tadeusz ryszard
henryk kazimierz wiesław mirosław janusz jacek rafał sławomir leszek agata iwona urszula ewelina sylwia patrycja kinga
giuseppina concetta assunta annunziata carmela rosaria salvatore gennaro conceição lurdes joaquina adelaide
bob rick phil kathy cathy debbie kenny gina sally ebba knut torbjörn øyvind kåre ragnhild malin jukka mikko
juha pekka aino eero ciara dermot
oluwadamilare chinwe ikenna nnamdi yetunde funmilayo bukola tobi toyin kunle bongani palesa nandi sibusiso ayanda
lwazi tshepo kagiso naledi busisiwe wambui njeri kamau otieno achieng akinyi baraka zawadi halima akosua adjoa afua
kwesi abebe alemayehu tigist meron dawit yohannes mekdes tesfaye arnav vivaan saanvi riya rohit praveen meena
geeta seema kajal karthik senthil murugan lakshman subramanian balaji saravanan vignesh rahim tanvir nusrat sadia
tahmina arif shahid asif usman hira mehwish saima gurpreet harpreet jaspreet manpreet simran navjot baljit
jin-ho min-jun seo-yeon ji-woo ji-hoon seo-jun ha-eun su-bin hyun-woo ye-jin min-seo do-yoon jae-won dong-hyun
sung-min eun-ji hye-jin xiaoli xiaoming qiang somchai somsak nattapong siriporn supaporn wichai agus wayan putu
ketut rina yanti bambang rommel marites jocelyn mehdi nasrin farnaz babak dariush kourosh navid neda shahram
yousef laila samira walid mateus anahí matheus larissa juliana davi enzo heitor murilo pietro tetiana andriy
jovana marko petar zoran goran dejan vesna tuğba ebru esra gizem kerem mert merve onur tolga volkan
jane lawrence jesse ann alfie freddie archie finley teddy lily rosie poppy elsie leo bartholomew`) {
		m[foldWord(n)] = true
	}
	for _, n := range strings.Fields(moreFirstNames) {
		m[foldWord(n)] = true
	}
	return m
}()

// moreFirstNames are the given names of Faker's first-name lists (the
// English one, drawn from the US Social Security Administration's baby
// names, and the names that two or more of its German, French, Spanish,
// Italian, Portuguese, Dutch, Polish and Nordic lists share) that the
// list above lacked, less every name that is a word in the dictionaries of
// those languages (Robin, Dawn, Hunter) and the towns, brands, months and
// surnames a capitalised word would more often be (London, Alexa, June,
// Johnson). docs/decisions.md says how it was made.
const moreFirstNames = `
abagail abbie abbigail abdiel abelardo abigale abigayle adah adalberto addie adela adelbert adelia adeline adell
adella adelle adolf adolfo adolph adolphus adrain adrianna adriel adrien aglae aidan aileen aiyana akeem alaina alanis
alanna alayna albertha alden alec aleen alejandra alek alena aletha alexandre alexandrea alexandro alexane alexanne
alexys alexzander alfonzo alford alfred alfreda alfredo alisha aliya aliyah aliza allan alonzo alphonso alton alvah
alvena alvera alverta alvis alyce alycia alysa alysha alyson alyssa amalia amani amaya ambrose amely amira amiya amya
anabel anabelle anastacio andreane andreanne angeline angelita angie angus anibal anika anissa aniya aniyah annabel
annabell annalise annamae annamarie annetta annette annie ansel ansley antoinette antone antonetta antonette
antonietta antwan antwon anya araceli aracely archibald ardella ardith arely ariane arianna aric arielle arlene arlie
armand arnaldo arno arnold arnoldo arnulfo arvid arvilla aryanna asha ashlee ashleigh ashly ashlynn ashton ashtyn
aubree audie audra audreanne aurelio austen austyn ayana ayden ayla aylin bailee bailey barrett bartholome barton
baylee beaulah belinda benedict bennett bennie benny benton bernadine berneice bernhard bernice bernie berniece
bernita bertha bertrand bethel betsy bettie bettye beulah bianka billie blaise blake bobbie bradly brady braeden
brandyn brannon branson braulio braxton brayan breana breanna breanne brenden brendon brenna brennan brennon bria
briana brianne brice bridgette bridie brielle brigitte brionna britney brock broderick brooke bryana brycen bryon
buford bulah burdette burnice byron caden caitlyn caleigh callie calvin camren camron camryn camylle candace
candelario candice carissa carlee carley carli carlie carlotta carmella carmelo carolanne carole carolyne carrie
carroll carson casandra casey casimer cassandre cassidy caterina catharine cathrine cathryn cayla ceasar cecelia cecil
cecile cedrick celestine chadd chadrick chanelle charlene charley chasity chauncey chaz chelsey chelsie chesley
cheyanne cheyenne christa christelle christiana christie christophe christy chyna cierra citlalli clarabelle clare
clarence claud claudie claudine clayton clemens clemmie cleo cleora cleta cletus cleve clifford clifton clint clinton
clotilde clovis cloyd clyde colby coleman collin conner connie conor conrad constantin coralie cordelia cordell cordia
cordie corene corey corine cornelius cornell corrine cortney coty creola cristian cristopher crystel cullen cydney
cyril cyrus dagmar daija daisha dallin damaris dameon damian damion damon dandre dangelo danial daniella danika dannie
danyka daphnee daphney darby darian dariana darion darlene daron darrel darrell darrick darrin darrion darron darryl
daryl dashawn dasia davin davion davonte dawson dayana dayna dayne deangelo deanna dedric dedrick deion dejah dejon
dejuan delaney delbert delilah delmer delores delpha delphia demarcus demario demetris demond deon deondre deontae
deonte dereck derick deron deshaun desmond dessie destiney devante deven devonte devyn dewayne dewey dewitt dianna
dianne dillan dillon dion dolores domenic domenick domenico dominic dominick dominique donavon donnell dorcas doreen
dorian dorothea dorris dortha dorthy doug dovie doyle duane dudley duncan durward dustin dwayne dwight earlene earline
earnestine eddie edgar edgardo edison edmond edmund edna edwardo edwin edwina edyth edythe effie efrain efren einar
eladio elaina elaine elbert eldon eldora eldred eldridge eleanora eleanore eleazar elenor elenora eleonore elfrieda
eli elian eliane eliezer elinor elinore elisabeth elisha elissa eliza ellie elliot elliott ellis elmer elmira elmore
elna elnora elody eloisa elouise eloy elroy elsa elton elvera elvie elvira elwin elwyn elyse elyssa elza emanuel
emelia emelie emely emerson emile emiliano emmalee emmanuel emmanuelle emmett emmie emmitt emmy emory enid enoch enola
enos ephraim eriberto erich erick ericka ernest ernestina ernestine ernesto ernie ervin erwin eryn essie estefania
estel estell estella estelle estevan esther etha ethelyn ettie eudora eula eulah eulalia euna eunice eusebio evalyn
evan evangeline eveline everardo everette evie ewald ezekiel ezequiel fannie faustino favian faye felipa felton fermin
filiberto flavie flavio fletcher florencio florine flossie floy floyd francesco francis frankie freddy frederic
frederick frederik frederique fredrick fredy freeda freida frieda friedrich gabriella gabrielle gail garett garfield
garnett garrett garrick garry garth gayle genevieve genoveva georgianna geovanni geovanny geovany geraldine gerard
gerardo gerry gerson gertrude gianni gideon gilberto giles gino giovanna giovanny gisselle gladyce gladys glenda glenn
glennie godfrey golda graciela grayce gregg gregoria gregorio gretchen greyson gudrun guiseppe gussie gustave hadley
hailee hailie haleigh halie hallie hanna harriet harrison harvey hassie hattie hayden haylee hayley haylie hazle heber
heloise henri henrietta henriette herbert herman hermann herminia herminio hershel herta hertha hettie hilario hilbert
hildegard hillard hillary hilma hipolito hiram hobart hollie hollis horace horacio hosea hubert hugh humberto hyman
icie idell idella ignatius iliana imelda immanuel imogene inez irvin irving irwin isabell isabelle isac isadore isai
isaias ismael isobel issac itzel ivah izabella izaiah jabari jacey jackeline jackie jacklyn jacky jaclyn jacquelyn
jacynthe jadon jadyn jaeden jaida jaiden jailyn jairo jakayla jakob jaleel jalyn jamaal jamarcus jamel jameson jamey
jamir jamison janae janelle janessa janick janie janis janiya jannie jany jaquan jaquelin jaqueline jared jarod jaron
jarrell jarrett jarrod jarvis jasen jaunita javon javonte jayce jaycee jayda jayde jaydon jaylan jaylin jaylon jayme
jayne jayson jazlyn jazmyn jazmyne jeanette jeanie jeannie jedediah jedidiah jefferey jeffery jeffry jenifer jenna
jennie jennyfer jensen jerad jerald jeramie jeramy jerel jeremiah jermain jermey jerod jeromy jerrell jerrod jerrold
jessie jessika jessy jessyca jettie jevon jewell jillian jimmie joana joanie joann joannie joanny joany jodi jodie
joelle joesph joey johann johanna johathan johnathan johnathon johnnie johnpaul jonathon jordi jordon jordy jordyn
josefa josephine joshuah josiah josiane josianne josie jovan jovani jovanny jovany juanita judah judson julianne
juliet julius junius justen justina justine juston justus justyn juwan kacey kadin kaela kaelyn kailee kailey kailyn
kaitlin kaleb kaleigh kaley kallie kameron kamren kamron kamryn kareem karelle kariane karianne karina karine karlee
karley karlie karolann karson kasey kassandra katarina katelin katelyn katelynn katheryn kathlyn kathryne katlyn
katlynn katrina katrine kattie kavon kaya kaycee kayden kaylah kaylee kayleigh kayley kayli kaylie kaylin keagan keara
keaton keegan keeley keely keenan keira kellen kelley kelli kellie kelsi kelsie kelton kendall kendrick kenna kennedi
kennith kenton kenyatta kenyon keon keshaun keshawn kevon keyon keyshawn khalil kian kiana kianna kiarra kieran kiley
kira kirstin korbin korey kraig krista kristi kristian kristie kristin kristina kristine kristofer kristoffer
kristopher kristy krystel krystina kurtis kylee kyleigh kylie kyra lacey ladarius laisha lamont laney laron larue
laurence lauretta lauriane laurianne laurie laurine lauryn lavern laverna lavina lavinia lavon lavonne lawson layne
leann leanna leanne leatha leigh leilani lelah leland lemuel lenora lenore leola leonel leonie leonora leopold
leopoldo leora leroy lesley lesly letha letitia lexi libbie libby lilian liliana liliane lilliana lillie lilly lilyan
lindsay linnie lionel lisandro litzy lizeth lizzie llewellyn lloyd lonie lonnie lonny loraine lorene lorenz lorenza
loretta lorine lorna lottie louie louisa louvenia loyce luciano lucie lucienne lucile lucille lucinda lucious lucius
ludie luella luigi lurline luther lyla lyle lynette lynn lysanne mabel mabelle mable macey madaline madalyn maddison
madelyn madelynn madge madilyn madisen madisyn madyson maegan maeve mafalda magali magdalen maida maiya makenna
makenzie malachi malika malinda mallie mallory malvina mandy manley marcel marcella marcelle marcellus marcelo
margarete margarett margaretta margarette margie margret mariah mariane marianna marianne maribel mariela marielle
marietta marilie marilou marilyne marisa maritza marjorie marjory markus marlee marlene marley marlon martine marty
marvin maryann maryjane maryse mathew mathias matilda matilde maud maude maudie maurice mauricio maurine mavis maxie
maximillian maxine maybell maybelle maymie maynard mayra mckayla mckenna mckenzie meagan meaghan meggie meghan mekhi
melany melinda mellie melvin melvina melyna melyssa meredith merritt mertie mervin micaela micah michaela michale
micheal michel mikayla mikel millie milton mindy minnie mireille mireya misael mitchel mittie mohammad monserrat
monserrate monty moriah mortimer morton mossie mozell mozelle muhammad muriel murl myah mylene myles myriam myrl myrna
myron myrtice myrtie myrtis nadine nakia nannie naomie nasir nathanael nathanial nathaniel nathen nayeli neal nedra
nelda nellie nels neoma nettie nicholaus nichole nicklaus nickolas nicola nicolette nigel nikko niko nikolas noelia
noemi noemie noemy nola nolan norbert norberto norris norval nyah nyasia odell odie ofelia olaf oleta olin ollie omari
onie ophelia orie orland orpha orrin orval orville osbaldo osborne osvaldo oswald oswaldo otha otho otilia otis
ottilie ottis ozella pasquale pattie paxton payton pearlie pearline peggie peggy percival percy perry peyton phillip
phyllis preston priscilla quentin quincy quinn quinten quinton rachael rachelle raegan raheem rahsaan randal randall
randi randolph raoul raphael raphaelle raquel rashawn rasheed raymundo reagan reanna rebekah reece regan reggie reilly
renee ressie retha reuben reyes reymundo reyna reynold rhett rhianna rhiannon rhoda rhonda richie rickey rickie ricky
rigoberto robbie robyn rochelle roderick rodger rodney rodolfo rodrick rogelio roland rollin ronaldo ronnie ronny
roosevelt rory rosalee rosalia rosalind rosalinda rosalyn rosamond rosanna roscoe rosella roselyn rosemarie rosendo
roslyn rossie rowland roxane roxanne rozella ruben rubie rubye rudolph rufus rupert russel ruthe ruthie ryann ryder
rylan rylee ryleigh ryley sabryna sadie sadye saige sallie sammie samson sandrine santina sarina sasha saul savion
schuyler scot scottie scotty seamus sedrick selina selmer seth shaina shana shane shanel shanelle shania shanie
shaniya shannon shanny shanon shany shari shaun shawn shawna shaylee shayna shayne sheldon shelia shelley shelly
shemar sheri sheridan sherri sheryl shyann shyanne sidney sigmund sigurd simeon solon sonia sonja sonya stacey stacy
stephan stephania stephany stephon susanna suzanne syble sydnee sydni sydnie sylvester sylvia tabitha tami tammy taryn
tatyana taurean tavares taya taylor teagan telly terence teri terrance terrell terrill tessie tevin thad thaddeus thea
thelma theodora therese theresia theron thurman tiana tianna timmothy timmy titus tobin todd tomasa tommie toney tonya
torey torrance torrey tracey travis travon tremaine tremayne tressie trevion trey tricia trisha tristian tristin
trudie trycia trystan twila tyree tyreek tyrel tyrese tyrique tyshawn ubaldo ulices ulises uriah uriel vallie vaughn
velma velva vergie verla verlie vernon vicenta vicki vickie vicky vilma vincenza vinnie virgie virgil vivian viviane
vivianne vivien vivienne wallace wanda wava waylon weldon wendell werner wesley westley weston wilber wilbert wilbur
wilburn wilford wilfred wilfredo wilfrid wilhelm wilhelmine willard willis wilma wilmer wilton winifred winnifred
winston woodrow xander xzavier yadira yasmeen yasmine yazmin yesenia yessenia yvette zachariah zachery zack zackary
zackery zakary zane zaria zechariah zella zelma zena zetta zita zoey zoie zola zora achille adelina adriano ahmet
alcibiade alcide aleksander alessio aleyna alina anja anneli anouk antigone antoni ariadna aristide armin artur asya
azra bibiana catharina chantal claudio corinna cornelia cosima dalila danilo debora defne dorotea eduarda efrem
eleonora elia eliana elina eline esma evelina fabiána fabiano fabienne fabrice feliciano ferdinand finnley frederico
fredrik fynn gael gaspar gedeon georg gerrit giada giuliana guilherme gustav harald henrique ilias ilyas imke isabeau
isabela isak ismail ivo janina janine janna janne jari jeppe jesper joachim joakim jolien jona jonah joris josef
josefin josefine juliette jørgen karoline kenan klemens konrád laurens lennart lennox leyla linus lisanne lisbeth
livia luc luiza mariella marika marit marius mathis meike meryem mick mikkel milana mirco morten muhammed natan nika
niklas nikodém nila noëlle olimpia oliwier patrizia paulo pelagia rasmus rayan renato rocco romina romy rufina salome
sandro selma semih silje stefania susanne teodora teodoro theodor timoteo tristan umut viggo viktoria wilhelmina yasin
yves zuzanna`

// foldWord lower-cases a word and removes its accents.
func foldWord(w string) string {
	f := fold(w).s
	return f
}

// findListedNames flags capitalised words that are known first names, with
// the capitalised surname words that follow them. Only the capitalised
// words that are listed names or that the lexer's word does not settle
// (Text.nameCands) and letters right after an apostrophe are looked at.
func findListedNames(t *Text, dst []Span) []Span {
	text := t.S
	t.allHits()
	ws, ap := t.nameCands, t.apos
	next := 0
	try := func(i, b int) {
		if i < next {
			return
		}
		if c := text[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			return // the common case: a word in lower case
		}
		if up, _ := upperAt(text, i); !up || !boundaryBefore(text, i) && !unspacedBefore(text, i) {
			return
		}
		next = listedNameAt(t, i, b, &dst)
	}
	for w, k := 0, 0; w < len(ws) || k < len(ap); {
		// word starts and the letters after apostrophes, in order
		if k == len(ap) || w < len(ws) && ws[w] <= ap[k]+1 {
			try(int(ws[w]), int(ws[w+1]))
			w += 2
			continue
		}
		if i := int(ap[k]) + 1; i < len(text) && (isAlpha(text[i]) || text[i] >= 0x80) {
			try(i, -1)
		}
		k++
	}
	return dst
}

// listedNameAt looks for a listed first name at i (a capital letter at a
// word boundary; the lexer's word ends at b, or b is -1), appends its span
// to dst, and returns where to go on.
func listedNameAt(t *Text, i, b int, dst *[]Span) int {
	text := t.S
	j := b
	if b < 0 || j < len(text) && (text[j] == '-' || text[j] >= 0x80) || j > i && text[j-1] == '\'' {
		j = wordEnd(text, i) // the lexer's word may end before a hyphen or ’
	}
	// a possessive is not part of the name: "per Ahmed's request"; but
	// "Ben & Jerry's" is a company's
	if w := text[i:j]; len(w) > 3 && strings.HasSuffix(w, "'s") || len(w) > 5 && strings.HasSuffix(w, "’s") {
		if i >= 2 && text[i-2:i] == "& " {
			return j
		}
		j = i + strings.LastIndexAny(w, "'’")
	}
	brand := false // the name is a word of brandNames
	if w := t.Lower[i:j]; isASCIIWord(w) {
		head, _ := t.wordKeys(i, j)
		if e := lexicon.lookup(head, w); e == nil || !e.name {
			// Jean-Baptiste, Anne-Marie: a listed name, a hyphen, a capital
			h := strings.IndexByte(w, '-')
			if h <= 1 || h+2 >= len(w) || !isUpper(text[i+h+1]) || !isLower(text[i+h+2]) || !isLower(text[i+1]) {
				return j // SAM-FS, Karl-P, MAX-RSS: no second name
			}
			head, _ := t.wordKeys(i, i+h)
			if e := lexicon.lookup(head, w[:h]); e == nil || !e.name {
				return j
			}
		} else {
			brand = e.brand
			if e.rare && j-i > 1 && isUpper(text[i+1]) {
				return j // ASAN, PRIMA: a rare name's letters in capitals
			}
		}
	} else {
		var buf [64]byte
		f := foldAppend(buf[:0], t.S[i:j])
		if !firstNames[string(f)] || accentedWord(f, t.S[i:j]) || rareNames[string(f)] && j-i > 1 && isUpper(text[i+1]) {
			return j
		}
	}
	if placeBefore(t.Lower, i) || t.Lower[i:j] == "jan" && j+1 < len(text) && text[j] == ' ' && isDigit(text[j+1]) {
		return j // San Francisco, Santa Clara; Jan 5
	}
	if j < len(text) && (isDigit(text[j]) || text[j] == '_') {
		return j // Adam7, MAX6654, Chris911: an identifier's letters
	}
	end := j
	// following surname words: capitalised, or a particle then capitalised
	for k := 0; k < 2; k++ {
		p := end
		for p < len(text) && text[p] == ' ' {
			p++
		}
		q := wordEnd(text, p)
		if q == p {
			break
		}
		next := text[p:q]
		if isParticle(next) {
			// one to three particles, then a capital: de la Cruz, van der Berg
			p2, q2 := p, q
			for n := 0; n < 3 && q2 > p2 && isParticle(text[p2:q2]); n++ {
				p2 = q2
				for p2 < len(text) && text[p2] == ' ' {
					p2++
				}
				q2 = wordEnd(text, p2)
			}
			if q2 > p2 && startsUpper(text[p2:q2]) && !t.notNameAt(p2, q2) {
				end = q2
				continue
			}
			break
		}
		if !startsUpper(next) || t.notNameAt(p, q) || q < len(text) && (isDigit(text[q]) || text[q] == '_') {
			break // (IPV6, MD5: an identifier)
		}
		if w := t.Lower[p:q]; placeNouns[w] || orgWords[w] || firmWords[next] {
			// "Marion County", "Jackson Street", "Julia Computing Inc",
			// "Louis EI": a place's or a company's name (not "Tim Rice":
			// thingNouns)
			return q
		}
		if base, ok := strings.CutSuffix(next, "'s"); ok {
			end = p + len(base)
			break // Bjorn Reese's patch: the possessive ends the name
		}
		if base, ok := strings.CutSuffix(next, "’s"); ok {
			end = p + len(base)
			break
		}
		end = q
	}
	if sentenceStart(text, i) && end == j && !nameActsAfter(t.Lower, j) && !lonelyNameOK(t, i, j) {
		// a listed name alone opening a sentence, that may be a word
		// there ("Max screen size", "Según", "PAM"), counts only when a
		// verb of speech, a comma or a possessive follows ("Max, can you")
		return j
	}
	if end == j && (placeNounAfter(t, end) || i >= 3 && introducedAt(t.Lower, i) && botAfter(t.Lower, end) || i >= 4 && t.S[i-1] == ' ' && prepositionEnds[t.Lower[i-2]] && townAfterPreposition(t, i, j) || ampersandBrand(text, end) || stateAfter(text, end) || townStateAfter(t, i, end) || articleBefore(t.Lower, i)) || brand && (end > j && brandNames[t.Lower[i:end]] || brandAt(t.Lower, i, end)) || holidayAfter(t.Lower, end) {
		// "the Georgia warehouse", "Vera support": a place's or a thing's;
		// Ben & Jerry's, Charles Schwab: a company's ("David & Brice" are people)
		return end
	}
	if firmAfter(text, end) {
		return end // "Douglas and Sons", "Oliveira S.A.", "Louis EI": a firm's
	}
	if i >= 4 && text[i-1] == ' ' {
		// (the word before is read only when it may be "at", "for", "by",
		// "in" or "near": this is asked of every listed name)
		if b := t.Lower[i-2]; b == 't' || b == 'r' || b == 'y' || b == 'n' {
			if w := wordBefore(t, i); employerAt(t, i, w) || placeAfterIn(t, i, j, end, w) {
				return end // "I work at Toy, Zemlak and Bailey": an employer's; "in Pedro do Norte": a town's
			}
		}
	}
	if i >= 4 && text[i-1] == ' ' && text[i-2] == ',' {
		i = invertedSurname(t, i, end == j)
	}
	*dst = append(*dst, Span{Start: i, End: end, Entity: Person, Priority: prioPerson})
	return end
}

// firmAfter reports whether a firm's ending follows the name that ends at
// end, as it is written (its case says it is one): "Douglas and Sons",
// "Huet et Fils", "Oliveira S.A.", "Louis EI", "Kuhn GmbH".
func firmAfter(text string, end int) bool {
	if end+3 > len(text) || text[end] != ' ' {
		return false // ("Guy Eric Schalnat, Group 42": the firm is another)
	}
	r := text[end:min(len(text), end+16)]
	for _, f := range firmTails {
		if strings.HasPrefix(r, f) && (len(r) == len(f) || !isAlpha(r[len(f)]) && r[len(f)] < 0x80) {
			return true
		}
	}
	return false
}

// firmWords are the legal forms that end a firm's name, as written:
// "Louis EI", "Kuhn GmbH", "Oliveira Ltda".
var firmWords = map[string]bool{"EI": true, "SA": true, "SpA": true, "SPA": true, "AG": true, "KG": true, "BV": true,
	"NV": true, "AS": true, "AB": true, "Oy": true, "Ltda": true, "Srl": true, "SAS": true, "SARL": true, "PLC": true,
	"GmbH": true, "Group": true, "Ltd": true, "LLC": true, "Inc": true}

// employerAt reports whether the name at i, after the word w, follows
// "work at", "work for", "employed by" …: a firm's name, though made of
// its owners' ("work by" names an author).
func employerAt(t *Text, i int, w string) bool {
	if w != "at" && w != "for" && w != "by" {
		return false
	}
	k := i
	for k > 0 && t.S[k-1] == ' ' {
		k--
	}
	k -= len(w)
	switch wordBefore(t, k) {
	case "work", "works", "worked", "working", "job", "intern", "interning", "contract", "contracting":
		return w != "by" // ("work by Simon McVittie": the author)
	case "employed":
		return true
	}
	return false
}

// placeAfterIn reports whether the listed name text[i:j], whose span ends
// at end and whose word before is w, is a place's after "in" or "near":
// one word alone ("in Aristofane salentino"), not a possessive ("in
// Maria's name"), or a name whose next words are a particle and a
// capitalised word, as towns of Portugal and Brazil are named ("in Pedro
// do Norte").
func placeAfterIn(t *Text, i, j, end int, w string) bool {
	if w != "in" && w != "near" {
		return false
	}
	k := i
	for k > 0 && t.S[k-1] == ' ' {
		k--
	}
	switch wordBefore(t, k-len(w)) {
	case "loop", "looped", "looping", "bring", "brought", "bringing", "let", "pull", "pulled", "rope", "roped", "fill",
		"filled", "keep", "kept", "cut", "chime", "sub", "swap", "swapped":
		return false // "I'll loop in Fatima": a person brought in
	}
	s := t.S
	if end == j {
		return !(j+1 < len(s) && (s[j] == '\'' || strings.HasPrefix(s[j:], "’")))
	}
	r := t.Lower[j:min(len(s), j+5)]
	return strings.HasPrefix(r, " do ") || strings.HasPrefix(r, " da ") || strings.HasPrefix(r, " de ") || strings.HasPrefix(r, " dos ") ||
		strings.HasPrefix(r, " das ")
}

// firmTails end a firm's name written as its owners' names.
var firmTails = []string{" and Sons", " & Sons", " and Son", " & Son", " & Co", " and Co", " e Filhos", " et Fils", " und Söhne",
	" e Hijos", " y Asociados", " & Partners", " and Partners", " and Associates", " & Associates", " Group", " SpA", " SPA",
	" S.p.A.", " S.A.", " SA", " EI", " Ltda", " Ltd", " Inc", " LLC", " GmbH", " AG", " KG", " BV", " B.V.", " NV", " N.V.",
	" Srl", " S.r.l.", " SAS", " SARL", " PLC", " plc", " Oy", " A/S", " AS", " AB", " Corp", " Sp. z o.o."}

// invertedSurname returns where a name written surname first starts,
// the given name at i after ", ": a quoted display name ("Nguyen, Thi
// Lan" <lan@…>) or one after a word that names or addresses someone ("I
// have you down as Smith, John", "Attn: Müller, Karin"). The surname is
// one capitalised word that is no listed first name ("Maria, John and
// Kate" are two people) and no word the name list keeps out. Otherwise
// it returns i. After a cue word the given name must be one word alone:
// "thanks to XenoAmess, Gary Gregory" lists two people.
func invertedSurname(t *Text, i int, alone bool) int {
	text := t.S
	c := i - 2 // the comma
	a := wordStart(text, c)
	if a == c || c-a > 40 || !startsUpper(text[a:c]) || a < 2 || text[a-1] != '"' && text[a-1] != ' ' {
		return i
	}
	if text[a-1] == ' ' {
		if !alone || upperWord(text[a:c]) || innerCapital(text, a) {
			return i // (ARIN, Ben Laurie; a handle, HubertWo)
		}
		// the word before: a cue, perhaps with its colon
		e := a - 1
		if text[e-1] == ':' {
			e--
		}
		b := e
		for b > 0 && isAlpha(text[b-1]) {
			b--
		}
		if b == e || b > 0 && wordByte(text[b-1]) || !invertedCues[t.Lower[b:e]] {
			return i
		}
	}
	if t.notNameAt(a, c) || listedFirst(t, a, c) || commonWords[t.Lower[a:c]] || greetingLower[t.Lower[a:c]] || townNames[t.Lower[a:c]] {
		return i
	}
	return a
}

// invertedCues come before a name written surname first ("filed under
// Okafor, Grace", "To: Lindqvist, Sven").
var invertedCues = map[string]bool{"as": true, "to": true, "for": true, "under": true, "by": true, "attn": true,
	"attention": true, "name": true, "named": true, "holder": true, "is": true, "cc": true, "from": true}

// lonelyNameOK reports whether a listed name alone at a sentence's start,
// t.S[i:j], is a name ("Oluwaseun helped me"): a word in plain ASCII,
// capitalised only at its start, no town's and no ordinary word's (Max
// is both), not the first part of a hyphenated term (Max-Age). An
// accented word that folds to a listed name is a word of another language
// there (Según, Még, Tìm), and capitals throughout are an acronym (PAM).
func lonelyNameOK(t *Text, i, j int) bool {
	s := t.S
	for k := i + 1; k < j; k++ {
		if s[k] >= 0x80 || isUpper(s[k]) {
			return false
		}
	}
	return (j == len(s) || s[j] != '-') && !townNames[t.Lower[i:j]] && !commonWords[t.Lower[i:j]]
}

// introducedAt reports whether the name at i follows "I'm", "I am" or
// "is", as a bot introduces itself ("I'm Ava, a virtual assistant").
func introducedAt(lower string, i int) bool {
	w := lower[i-3 : i]
	return w == "'m " || w == "am " || w == "is " || strings.HasSuffix(lower[:i], "’m ")
}

// townNames are listed given names that are towns too, in lower case.
var townNames = map[string]bool{"charlotte": true, "florence": true, "austin": true, "jackson": true, "madison": true,
	"savannah": true, "sydney": true, "victoria": true, "adelaide": true, "eugene": true, "regina": true, "aurora": true,
	"phoenix": true, "lincoln": true, "elizabeth": true, "orlando": true, "tyler": true, "dallas": true, "houston": true,
	"paris": true, "chelsea": true, "brooklyn": true, "raleigh": true, "santiago": true, "alexandria": true,
	"augusta": true, "salem": true, "marion": true, "camden": true, "chester": true, "milan": true, "valencia": true,
	"sofia": true, "florencia": true, "lourdes": true, "beverly": true, "helena": true, "tiberias": true, "jordan": true,
	"georgia": true, "virginia": true, "carolina": true, "preston": true, "dudley": true, "clifton": true, "carson": true,
	"milton": true, "quincy": true, "irving": true, "clayton": true, "kendall": true}

// townAfterPreposition reports whether the lone listed name text[i:j] is
// a town's after "in", "near", "outside" or "around": "the Marriott in
// Charlotte".
func townAfterPreposition(t *Text, i, j int) bool {
	switch wordBefore(t, i) {
	case "in", "near", "outside", "around", "downtown":
		return townNames[t.Lower[i:j]]
	case "to", "from":
		// after a verb of travel or shipping: "flying to Charlotte",
		// "we ship from Regina" ("talked to Charlotte" is a person)
		k := i - 1
		for k > 0 && t.S[k-1] == ' ' {
			k--
		}
		for k > 0 && isAlpha(t.S[k-1]) {
			k--
		}
		return townNames[t.Lower[i:j]] && travelVerbs[wordBefore(t, k)]
	}
	return false
}

// travelVerbs come before "to" or "from" and a town: "flying to
// Charlotte", "we ship from Regina".
var travelVerbs = map[string]bool{"fly": true, "flying": true, "flew": true, "flown": true, "move": true, "moved": true,
	"moving": true, "travel": true, "travelling": true, "traveling": true, "travelled": true, "traveled": true,
	"drive": true, "drove": true, "driving": true, "relocated": true, "relocating": true, "ship": true, "ships": true,
	"shipped": true, "shipping": true, "going": true, "went": true, "heading": true, "headed": true, "commute": true,
	"commuting": true, "trip": true, "flight": true, "flights": true, "train": true, "bus": true}

// townStateAfter reports whether a US state's code, in capitals and
// without a comma, follows a town's name ending at end ("Eugene OR",
// "Savannah GA").
func townStateAfter(t *Text, i, end int) bool {
	s := t.S
	return end+3 <= len(s) && s[end] == ' ' && isUpper(s[end+1]) && isUpper(s[end+2]) && usStates[s[end+1:end+3]] &&
		(end+3 == len(s) || !isAlpha(s[end+3])) && townNames[t.Lower[i:end]]
}

// prepositionEnds are the last letters of the words townAfterPreposition
// asks for: a lone listed name is read back only after one of them.
var prepositionEnds = [256]bool{'n': true, 'r': true, 'e': true, 'd': true, 'o': true, 'm': true}

// ampersandBrand reports whether " & ", a capitalised word and "'s"
// follow text[:end]: Ben & Jerry's.
func ampersandBrand(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " & ") {
		return false
	}
	k := end + 3
	if k >= len(text) || !isUpper(text[k]) {
		return false
	}
	for k < len(text) && isAlpha(text[k]) {
		k++
	}
	return strings.HasPrefix(text[k:], "'s") || strings.HasPrefix(text[k:], "’s")
}

// placeNouns after a lone listed name make it a place's: "the Georgia
// warehouse", "the Charlotte branch".
var placeNouns = map[string]bool{"warehouse": true, "office": true, "offices": true, "store": true, "branch": true,
	"airport": true, "station": true, "state": true, "county": true, "campus": true, "location": true, "site": true,
	"division": true, "region": true, "district": true, "facility": true, "plant": true, "depot": true, "hub": true,
	"mall": true, "street": true, "road": true, "avenue": true, "hotel": true, "hospital": true, "university": true,
	"college": true, "school": true, "center": true, "centre": true, "area": true, "city": true, "airlines": true,
	"font": true, "typeface": true}

// thingNouns are things named after people: "Jasmine rice", "the Violet
// theme". Unlike placeNouns, they are surnames too (Tim Rice).
var thingNouns = map[string]bool{
	"rice": true, "tea": true, "oil": true, "soap": true, "sauce": true, "cake": true, "coffee": true, "flavor": true,
	"flavour": true, "scent": true, "perfume": true, "candle": true, "theme": true, "collection": true, "edition": true,
	"series": true, "alert": true, "scanner": true, "plugin": true, "app": true, "league": true, "earrings": true,
	"boots": true, "shoes": true, "dress": true, "color": true, "colour": true, "shade": true, "gold": true}

// placeNounAfter reports whether one of placeNouns (places, and things
// named after people) or orgWords follows
// t.S[:end] after a space.
func placeNounAfter(t *Text, end int) bool {
	s := t.S
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(s) && isAlpha(s[k]) {
		k++
	}
	w := t.Lower[end+1 : k]
	return k > end+1 && (placeNouns[w] || thingNouns[w] || orgWords[w])
}

// articleBefore reports whether an article comes right before the word at
// i: before a lone listed name it makes the name a thing's or a place's
// ("the Victoria line", "la Rosa de los vientos", "der Jordan").
func articleBefore(lower string, i int) bool {
	if i < 3 || lower[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && i-1-k < 4 && lower[k-1] >= 'a' && lower[k-1] <= 'z' {
		k--
	}
	if k > 0 && isAlpha(lower[k-1]) {
		return false
	}
	switch lower[k : i-1] {
	case "the", "la", "el", "il", "lo", "le", "der", "die", "das", "los", "las", "les", "het":
		return true
	}
	return false
}

// stateAfter reports whether a US state's code follows a name ending at
// end: "the Charlotte, NC warehouse", "Austin, TX" name towns.
func stateAfter(s string, end int) bool {
	if end+4 > len(s) || s[end] != ',' || s[end+1] != ' ' || end+4 < len(s) && isAlpha(s[end+4]) {
		return false
	}
	return usStates[s[end+2:end+4]]
}

// usStates are the two-letter codes of the US states and Washington DC.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for c := range strings.FieldsSeq("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC") {
		m[c] = true
	}
	return m
}()

// brandNames are companies and brands named as people are, lower case.
var brandNames = map[string]bool{"charles schwab": true, "travis ci": true, "ralph lauren": true, "calvin klein": true,
	"tommy hilfiger": true, "martha stewart": true, "betty crocker": true, "tory burch": true, "kate spade": true,
	"michael kors": true, "marc jacobs": true, "hugo boss": true, "giorgio armani": true, "estee lauder": true,
	"john deere": true, "louis vuitton": true, "coco chanel": true, "jack daniel": true, "harry potter": true,
	"ronald mcdonald": true, "tommy bahama": true, "morgan stanley": true, "goldman sachs": true,
	"merrill lynch": true, "jimmy choo": true, "johnnie walker": true, "jim beam": true, "stella artois": true,
	"alexander mcqueen": true, "tommy john": true, "jack wolfskin": true, "mary kay": true, "oscar mayer": true,
	"air jordan": true, "edward jones": true, "mario kart": true, "alan wake": true, "max payne": true, "lara croft": true,
	"trader joe": true, "papa john": true, "sam's club": true, "carl's jr": true, "fred meyer": true, "tim hortons": true,
	"harris teeter": true, "jenny craig": true, "marie callender": true, "papa murphy": true,
	// fashion and beauty houses
	"oscar de la renta": true, "carolina herrera": true, "vera wang": true, "diane von furstenberg": true,
	"stella mccartney": true, "vera bradley": true, "betsey johnson": true, "kenneth cole": true,
	"steve madden": true, "sam edelman": true, "anne klein": true, "christian louboutin": true,
	"christian dior": true, "bobbi brown": true, "laura mercier": true, "charlotte tilbury": true,
	"ann arbor": true, "milton keynes": true, "lloyd's of london": true, "carson city": true, "quincy market": true} // (towns, read the same way)

// holidayAfter reports whether a name ending at end names a day: "Martin
// Luther King Jr. Day", "Saint Patrick's Day", "Columbus Day".
func holidayAfter(lower string, end int) bool {
	// (asked of every name: most are followed by a space and a word
	// that starts with neither d nor j)
	if end+4 > len(lower) || lower[end] == ' ' && lower[end+1] != 'd' && lower[end+1] != 'j' ||
		lower[end] != ' ' && lower[end] != '\'' && lower[end] != 0xe2 {
		return false
	}
	rest := lower[end:]
	for _, p := range []string{" jr.", " jr", "'s", "’s"} {
		rest = strings.TrimPrefix(rest, p)
	}
	return strings.HasPrefix(rest, " day") && (len(rest) == 4 || !isAlpha(rest[4]))
}

// brandsOf maps each word of brandNames (and a possessive word's name:
// "sam" of "sam's club") to the brands that hold it, in order.
var brandsOf = func() map[string][]string {
	m := map[string][]string{}
	for _, b := range slices.Sorted(maps.Keys(brandNames)) {
		for w := range strings.FieldsSeq(b) {
			m[w] = append(m[w], b)
			if k := strings.IndexByte(w, '\''); k > 0 {
				m[w[:k]] = append(m[w[:k]], b)
			}
		}
	}
	return m
}()

// brandAt reports whether lower[i:j], a word or words, lies inside a
// brand of brandNames there: a record's Kate is not the Kate of "Kate
// Spade", its Lauren not the Lauren of "Ralph Lauren".
func brandAt(lower string, i, j int) bool {
	// a brand's word must start or end the match
	first, last := lower[i:j], lower[i:j]
	if k := strings.IndexByte(first, ' '); k >= 0 {
		first, last = first[:k], last[strings.LastIndexByte(last, ' ')+1:]
	}
	return brandAround(lower, i, j, brandsOf[first]) || last != first && brandAround(lower, i, j, brandsOf[last])
}

// brandAround reports whether one of brands starts at i or ends at j in
// lower, longer than lower[i:j].
func brandAround(lower string, i, j int, brands []string) bool {
	for _, b := range brands {
		if len(b) <= j-i {
			continue
		}
		// the brand starts at i, or ends at j
		if strings.HasPrefix(lower[i:], b) && (i+len(b) == len(lower) || !isAlpha(lower[i+len(b)])) ||
			j >= len(b) && lower[j-len(b):j] == b && (j == len(b) || !isAlpha(lower[j-len(b)-1])) {
			return true
		}
	}
	return false
}

// accentedWord reports whether w, folded as f to a listed first name, is
// a common word whose accents were folded away: Portuguese "Olá"
// (Ola), "Março" (Marco), Italian "Sarà" (Sara), French "Marié" (Marie).
func accentedWord(f []byte, w string) bool {
	switch string(f) {
	case "ola", "marco", "sara", "marie":
	default:
		return false // most names: no word folds to them
	}
	switch strings.ToLower(w) {
	case "olá", "março", "sarà", "marié":
		return true
	}
	return false
}

// placeWord reports whether w (lower case) makes the name after it a
// place's: San Francisco, Santa Clara, São Paulo, Saint Louis, Fort
// William, Lake Louise.
func placeWord(w string) bool {
	switch w {
	case "san", "santa", "são", "sao", "saint", "st.", "sankt", "fort", "port", "lake", "mount", "mt.", "cape":
		return true
	}
	return false
}

// placeBefore reports whether the word before i (lower case) is a
// placeWord. It is asked for every listed name found, so it reads at
// most six bytes back before it compares.
func placeBefore(lower string, i int) bool {
	k := i
	for k > 0 && lower[k-1] == ' ' {
		k--
	}
	if k == i || k == 0 {
		return false
	}
	e := k
	if lower[e-1] == '.' {
		e-- // "st.", "mt."
	}
	a := e
	for a > 0 && e-a <= 5 && (isLower(lower[a-1]) || lower[a-1] >= 0x80) {
		a--
	}
	if a == e || e-a > 5 || a > 0 && (isAlpha(lower[a-1]) || lower[a-1] >= 0x80 || lower[a-1] == '\'' || lower[a-1] == '-') {
		return false // no word, or a longer one than any placeWord
	}
	return placeWord(lower[a:k])
}

func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		j += size
	}
	for j > i && (text[j-1] == '\'' || text[j-1] == '-') {
		j--
	}
	return j
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "dos", "das", "bin", "ibn", "al", "ter", "ten",
		"los", "las", "des", "do":
		return true
	}
	return false
}

// wordStart returns where the word ending at i starts.
func wordStart(text string, i int) int {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		j -= size
	}
	return j
}

// isASCIIWord reports whether w has no multi-byte character.
func isASCIIWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return false
		}
	}
	return true
}

// isLower reports whether c is an ASCII lower-case letter.
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
