package detect

import "strings"

// worldFirstNames are given names of many countries that firstNames and
// moreFirstNames lack: the first-name lists of Faker (@faker-js/faker
// 10.6.0, MIT licence) for the locales written in Latin letters (English,
// German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
// Nordic, Czech, Slovak, Hungarian, Romanian, Croatian, Latvian,
// Slovenian, Serbian, Yoruba, Zulu, Afrikaans, Indonesian, Uzbek,
// Azerbaijani, Kurdish), of four letters or more, less every name that is
// a word in the word lists of English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Swedish, Norwegian or Danish, in lower case
// or capitalised (a town, a brand, a figure of history: Asia, Dior, Otto),
// and a few found in prose (Serif, Palatino). docs/decisions.md says how
// the list was made.
//
// They are rarer than the others, and read more strictly (rareNames): a
// word in capitals (ASAN, PRIMA) is no name by them.
const worldFirstNames = `
aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aalok aamod aanand aanandaswarup aanandinii aanjaneya
aanuoluwapo aaratrika aarya aaryan aasha aashritha aatmaj aatmaja aatreya aayushmaan aayushman abadon abakay abani
abar abay abayomi abbondanzio abbondio abbos abderrahmane abdone abdou abdoul abdoulaye abdourahmane abdramane
abdulahad abdulazim abdulaziz abdulboriy abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil abdulkarim
abdulla abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid abdurrahiym abdurrahmon
abdurrauf abdurrazzoq abdussamad abebi abeiku abelin abendam abeni abenzio abhaidev abhaya abhirath abhisyanta
abibatou abibo abidin abigaelle abigel abiodun abiola abiona abisola abisoye abluc abosede aboubacar aboubakar
abrahamo abramio abramo absar absolon abyasa abılay acace acacie acar acario acaryatanaya accursio acela acelya
achaire achalesvara acharyanandana acharyasuta achiles achintya achraf achyut acilia acilio acim aciscolo acrisio acuk
aculina acun acıg acık acılay adalan adalard adalardo adalbald adalbaude adalberon adaldı adalfredo adalgisa adalgiso
adalmıs adalric adalrico adalsinde adame adaugo adberilgen addo adebankole adebiyi adebola adebowale adeboye adebukola
adedaramola adedayo adedeji adedoyin adegoke adegrin adegrine adekitan adekola adekunle adelardo adelasia adelberto
adelchi adeleke adelfo adelgardo adelie adeliya adelmo adelphe adeltrude adelya adenet adenike adeniyi adeodat
adeodato adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adheesh adhemar
adhiarja adhiraj adhrit adiarja adib adiba adigun adika adikara adikavi adile adin adinata adinath aditeya
adityanandan adityanandana adlı adlıbeg adolphie adone adraman adrastee adrehilde adriena adrijana adrione adripathi
adsız adunni advaya adwitiya adwoa adıguzel adık adıkutlu adıkutlutas afanasi afanasie afaq affan afitap afolarin
afruza afsar afsin afsın afzuna agabay agabio agafia agah agakagan agalak agamennone agapet agapito agasti agastya
agathange agathon agazio agca agenore agesilao agilbert agilberte aglamıs agnan agnane agneflete agnesa agneya
agnimitra agniprava agnivesh agnos agostina agrata agripina agripino agrippin agrippine ahalya ahenk ahilya ahlem
ahror ahsen aiace aidano aimone ainars aishani aissa aissata aissatou aisyah ajala ajan ajana ajani ajda ajeet ajeng
ajiman ajimat ajimin ajiono ajit ajla ajlin ajna ajoke akalp akanmu akanni akarsana akas akata akbas akbatur akbay
akboga akboru akbudak akbugra akbulak akca akcakoca akcora akdemir akdogan akif akifa akinkunmi akinlabi akinwale
akkun akkunlu akkurt akmal akofa akorfa akos akpıra akroor akshainie akshaj akshat akshata akshayakeerti akshita aksil
aksungur aktan aktekin aktimur akula akumaa akunna akvelina akwasi akwesi akıbudak akım akın akıncı akıner alaba
alaban alaboru aladag alade aladino aladogan alakurt alamanno alambana alamu alassane alayunt alayuntlu albane
alberade alberic alberico alboino albrico alceo alcestiso alcidie alcime alcina alcine aldegonde aldemir aldobrando
aldogan aldric aldıgerey aleandro aleardo aleaume alejandrin alemka alenia alenka aleodor aleramo alesea aleska alessa
aleth alevtina alexandr alexandru alexej alfio alfonz algirds algis algiso algu alican alico alienor aliette alighiero
aliona alioune alisan alisher alisir alissia aljaz aljosa alkaboluk alkaevli alkası alkıs alliaume almerigo almila
almira almire almiro aloise aloisio aloizs alojzije aloyse alpagut alpamıs alparsbeg alpata alpay alpaya alpaykagan
alpbamsı alpbilge alpdirek alpdogan alperen alpertunga alpgerey alphan alphee alphonsine alpike alpilig alpinien
alpkara alpkuluk alpkutlu alpsalcı alptegin alptugrul alptunga alpturan alptutuk alpulug alpurungu alpurungututuk
alpyoruk alpıs alsu altankagan altankan altay altemur althee altmıskara altuga altın altınkagan altınkan altınoba
altıntamgan altıntamgantarkan altıntarkan altıntay alverede alviero alvise alya alyah alyssia alzbeta alımga amabela
amac amadea amadeo amady amael amahle amaliane amalija amalric amalthee amandin amandine amanzio amaranaath amarande
amaranthe amaresh amarnath amat amath amauri ambrine ambroise ambroz amdy amedee amedeu ameliane amelien amelya ameth
ameyatma amicie aminat aminata aminte amintore aminu amleto amodini amogh amoke amone amope ampelio amra amrak
amritambu amul amza ana-maria anaadi anacleto anae anael anaelle anagh anaida anamaria anamarija anamika anandamayi
anang ananta anasooya anass anastase anastasie anastasije anastaz anastazie anastazija anastazio anasuya ancelin
anceline anci ancica ancilla ancuk ancuta andac andarıman andelin andelina andelko andelo andeol andjelina andoche
andraz andreea andri andrian andrijana andrin andris andzejs andzs anej anesa anezka angadreme anggabaya anggun anghel
anghelina angilbe angilberte angilran angoustan anicee anicette aniello anilaabh anilabh anish anisoara anjaneya
anjela anjolaoluwa anjushree anjushri ankal ann-christin ann-marie annaelle annagrazia annalena anne-laure annibal
annonciade anora anrijs ansbert ansberte anselma anselme ansgary anshula anslavs ansovino anstrudie antea antelmo
anthelme anthelmette antide antim antimo antino antioco antoaneta antonela antonello antonija antono antti anuar anuja
anunay anuraag anurag anuska anusuya anuta anvar anwesha anze anđela anđelika anđelina apak apatarkan apolena
apollinare apollinary apolline appia appoline aprancur apuleio aqil arabela arabelle araboga arademir araldo aratone
arbay arcadi arcadii archambaud archan archimede archippo arcibaldo arcuk ardıc aresio argimiro argu argıl arialdo
ariberto aricie arij arijs arike arin arindam arinola ariste aristeo aristid aristione aristita aristofane arkadijs
arkın arkıs armagan armance armandine armelle armine arnac arnaude arnesh arnost arnostka arnould arolde aronne arpat
arrigo arsal arsene arsenije arsinoe arsipatra arslanargun arslanboru arslansungur arslantegin arslanyabgu arslon
arsun arsıl artanto artawan arthaud artheme arthurine arthus artiom artuk artukac artut artıınal aruk arunthavanathan
arwa arya arzen arıboga arık arıkagan arıkdoruk arın arınc asadulloh asake asanboga asantudun asantugrul asartegin
ascanio ascelin asceline asdrubale asel asella ashlesh asija asil asilbek asimodeo asirwada asirwanda asiya askın
aslesha aslijan asliya aslım asmaa asmadi asmianto asmuni asolat asrı assil assya astalogul astianatte astou astrida
asuela asug asuk aswani asıg asıkbulmus asım atakagan atakan atalan atalay ataldı ataleo atalmıs atanas atanasio
atanazie atasagun atasu ataullah atberilgen athanase athanasie athenais atinuke atlı atlıbeg atlıkagan atmaca atmaja
atmanand atmananda atreyee atreyi atsız attilano attilio atuncu atıf atıgay atıkutlu atıkutlutas atıla atılgan atım
atımer atıs aubertine auberto aubry audebert audeline audouin audran augucjo augustino aulia aurelien aurelienne
aurelija aureliu aurelle aurian auriane ausilia ausiliatrice auxane auxence avadhesh avan avani avantika avaz averardo
aviel avigaelle avital avluc avni avoye avram avsar awaz awero awesi axenia axinte ayacı ayah ayan ayaz aybalta ayban
aybars aybeg aydan aydarkagan aydogan aydogdu aydogmus aydın aydınalp ayebatari ayem aygul aygun aygırak ayinde ayinke
ayize aykagan aykal aykan aykurt aykut aylan ayleen ayline ayluc ayluctarkan aymane aymard aymardine aymen aymeric
aymon aymonde aynur ayodeji ayoka ayomide ayomikun ayotude ayren ayruk aysar aysıl aysılıg aytac aytak aytug ayushmati
ayvaz ayyıldız ayıtmıs ayız ayızdag azak azamat azban azeglio azelia azelie azeline azelio azgan azganaz azime azizhan
azmi azubuike azıl baaba baalaaditya baalagopaal babacan babacar babasola babatunji babawale babeta babila babır
baccayman bacman badabul badis badr badruk badur bafana bafode bagaalp bagan bagasatulu bagatarkan bagatengrikagan
bagatur bagaturcigsi bagaturgerey bagaturipi bagatursepi bagaısbara bagdagul bagiya bagtas bagus bagya bagıs bahadır
bahodir bahriddin bahtiyar bahula bahuraksa bahuwarna bahuwirya baidehi baijayanti bajragin bakagul bakda bakhtiyor
bakiadi bakianto bakidin bakijan bakiman bakiono baksı bakti baktiadi baktianto baktiono bakula bakır bakırsokum
balaaditya balaban balachandra baladitya balagopal balagovind balakatay balamani balamantri balamır balangga balapati
baldassarre balderico baldomero baldovino baldu balgopal balidin balijan balint balkık baltacı baltar baltur baltır
balın bamsı banara banawa banawi bancar bandhu bandhul banel bangizwe banji bankim bankimchandra bankole banuta
baraktore barbala barbarigo barbeg barboga barbol barbora barbulsun barcadogdu barcadogmus barcadurdu barcadurmus
barcan barcatoyun barchinoy bardomiano bardıbay bargan barica barkdogdu barkdogmus barkdurdu barkdurmus barkın barlas
barlıbay barmaklak barmaklı barno barsaba barsbeg barsboga barsgan barsimeo barskan barsurungu barthelemy bartimee
bartolo bartolomej bartu barımtay barın barıs basademir basan basanti basanyalavac basarab basbug bascı basgan basileo
baskurt baskın baskırt basmıl bassiano bassilla bastiano bastugrul bastı basut bathilde batilda batrak battal batuhan
batuk baturalp baucido bawer bayancar bayankagan bayazıt baybars baybayık baybicen bayboga baybora baybure baydar
baydemir baydur baykal baykara baykoca baykuzu baymunke bayna baynal baypure bayrac bayruk bayrı bayrın baysungur
baytara baytas bayuncur bayur bayurku bayutmus bayuttu bayık bayıncur bayındır bazil bazır beatrico beatus beceapa
beckem bedir bedirhan bediz bedran bedreddin bedri bedrich bedriska begarslan begbars begbilgeciksin begboga begcur
begdemir begdilli begdurmus begil begitutuk begkulu beglen begni begoyim begtas begtegin begtuzun behcet behic behlul
behram behrem behruz behzat bekazıl bekbekec bekec bekecarslan bekecarslantegin bekectegin beklemis bekmurod bektur
belcim belcir belemir belguc belimir bellino beltir beltramo beltun benadik bence bendeguz benedikta benedita benett
bengi bengu benicio benli benlidemir benyamin beranger berangere berard berardo bercem berceste berdan berdibeg
berendey berenico berfin berginsenge berinay berislav beritan berivan berkan berkay berke berkin berkis berkyaruk
bermek beronico berran bertalan berti bertille bertilo bertoldo bertolfo besentegin besim besir besra betemir beti
betta beya beyizci beyrek beyrem bhaanumati bhaasvan bhaaswar bhadra bhadrak bhadraksh bhadran bhagavaan bhagirathi
bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj bhargava bhargavi bhasvan bhaswar bhaumik
bhavani bhaves bheeshma bhekimuzi bhekizizwe bhekumbuso bhilangana bhima bhisham bhishma bhoj bhoopat bhoopati
bhooshan bhooshit bhramar bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio biborka bice
bigna bilel bilgebayuncur bilgebeg bilgeciksin bilgekagan bilgekan bilgekulucur bilgekutluk bilgetacam bilgetamgacı
bilgetardu bilgetegin bilgetonyukuk bilgez bilgeısbara bilgeısbaratamgan bilgic bilgin bilig biligkongulsengun biljana
bilol bilva bilwa binafsha binbegi bineta binta bintou birane birino birjesh bisenija biserka bishnu bivoj blagica
blagoje blahomil blahomila blahomir blahomira blahoslav blahoslava blandine blanduzia blazej blazena boban bobana
bobur bodhan bogacuk boglarka bogoljub bohemond bohuchval bohumir bohumira bohuse bohuslav bohuslava bojislava bokde
boke bolatito boldaz boldizsar boleslav boleslava boleslavs bolmus bolsun bolukbası bolun boluwatife bonagiunta
bonaldo bonaventura bonavita boncuk bonginkosi bongul bongulboga bonifac borbala borcul borislav borislava borivoj
borivoje borko borlukcu bornak boroka bortecine bortolo borubars borusengun bosiljka botan botir botond bouba boubacar
bouchard boyan boyankulu boylabaga boylabagatarkan boylakutlutarkan bozan bozboru bozdogan bozetech bozetecha bozica
bozidar bozidara bozislav bozkus bozok bradut brahmaanand brahmabrata brahmanandam brahmdev brajen brajendra brajesh
brancaleone brandusa branimir branimira branislav branislava brankica bratislav breno bretislav bretislava briac
brieuc brigita brigito brijesh britt-marie bronislav bronislava bronislavs brunehaut brunehilde brunilde bucan bucur
budag buddhana budhil budimir budislav budivoj budunlu budus budustudun bugday bugduz bugduzemen buge bugra
bugrakarakagan bugubilge bukak bukaktutuk bukduz bukebuyrac bukebuyruc bukey buktegin bukusboga bulacapan buldur
bulgak bulmaz bulmus buluc bulug buluk bulus bumen bumın bunmi bunsuz bunul bunyamin burcak burgucan burgut burhan
burhon burkay burkek burkut burley burluk burslan burulday burulgu busayo busulgan butak butuk buyan buyancuk
buyandemir buyankara buyat buyrac buyruc buyruk buzac buzactutuk bystrik bıckı bıckıcı bıdın bıtaybıkı bıtrı cabdar
cablı caetana cagak cagan cagatay cagdas cager cagla caglar caglayan cagru cagrı cagrıbeg cagrıhan cagrıtegin cagıl
cahid cahya cahyadi cahyanto cahyo cahyono caius caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa calanico
calapkulu calebe calixte callum calogera calogero calpurnia camden camelien camil camilia camillien canalp candra
candrakanta canel cangul cankan cankız cannur cansel cansu cansın cantemir cantidio canziano caraka caribert carles
carleton carloman carloto carminho carolin caronte carponio carub casian casiana casilda caslav cassien cassiopea
cassiopee castille cataleya catalin catinca catrinel catur caturangga caua cavid cawisadi cawisono cawuk cayadi
cazimir cebe cecco cecep cedomir cedrik cedrin celal celaleddin celasun celian celien celil celinia cemal cemali
cemani cemen cemeti cemgen cemil cemplunk cenek cengkal cengkir cenk cenka cerasela ceren cesaire cesminaz cestmir
cestmira cetinel cetiner cevahir ceyda ceyhun ceykun ceyla ceylin ceylinaz cezmi chaanakya chaaruchandra chahine
chahinez chaitan chakor chakradhar chakravartee chakravarti chakrika chanakya chanda chandak chandan chandani chandi
chandini chandira chandni chandraayan chandrabhaga chandrabhan chandradev chandrakala chandraketu chandrakin
chandramani chandramauli chandramohan chandran chandranath chandrani chandraprabha chandraswaroopa chandravati chapal
chapala charl charlaine charleen charuchandra charumati charuvrat charvi chaten chatur chatura chaturaanan chaturbhuj
chayenne chayma cheick cheick-oumar cheikhou chekhouna cherechi cherubino chetanaanand chiaffredo chidaakaash
chidaatma chidambar chidambaram chidananda childebert chilperic chimamanda chinmayanand chinmayananda chinyere
chiranjeev chiranjeeve chiril chirill chirine chisom chitraksh chitrali chitramala chitrangada chizoba chrabros
chraniboj chranibor chranislav chranislava christodule christop chrudos chrysole chrysostome chukwu chval ciaobella
cicek cicem cici cigdem cihad cihansah cilay cilenti ciler cilvenaz cimen cino cinthia ciprian cipriana cirano ciriaco
ciril cirilla cirillo cirino cisil cistoslav cistoslava civan ciya clarenzio claudien clavdia cleandre cleandro clelia
clelie clemenzia cleofe cleonico cleophee clery climaco clinio clodomiro clodoveo clorinda clotaire clothilde cobulmak
cocukboru codrin codrina codrut codruta cointa cokramayul coline colmanno colmazio colombano colpan colu constatin
consuela coralia coraline corbiniano coreno corentin corentine cornelio corneliu corvin cosimo coskuner cosma cosmin
cosmina costache costel costin coumba cremenzio crenguta crescenzia crescenzio crespignano crispino cristaldo cristea
cristofor crocefissa cronida csaba csanad csenge csongor ctibor ctibora ctirad ctirada ctislav ctislava cubeyr cumhur
cunegonda cuneyt cuniberto cuzia cvetka cvijan cvijetin cyprien cyra cyrian cyriaque cyrielle cyrila cyrine cıgıl
cılasun cıngır dabiziv dacian daciana daciano dacin dadap daevi daevika dafina dagel daghan dagoberto daiana dainuvite
daiwik daksha dakshayani daliborka dalida dalima daliman dalimil dalimila dalimin dalimir dalimira daliono dalmazio
damayanti damife damilare damin damir damjan damjanka damla damocle damodara damola danang dandak dandapaani daniil
danijela danil daniswara danjuma danu danuja danuse danyl daouda darasimi dariati darija darijan darimin darina darine
darinka darleen darmaji darman darmana darmanto darshwana darsirah dartono daruna daryani datta davino davorin davriya
davron davud dayaamay dayaananda dayaanidhi dayamayee dayan dayane decebal deeksha deenabandhu deepali deepan
deepankar deependra deepesh deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy deeptimoyee deevakar dejana
delal delinda demba demilade demiralp demirhan demostene deneval denisz denizalp deodata deodato depold derin dersim
dervis derya desanka desimir despina detrich devadatt devagya devajyoti devak devangana devani devasree devdan devesh
deveshwar devika devran devvrat dexx dezider dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh
dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar diah dianora diara diarra
dicle diclehan didem didina dieudonne dieudonnee dieynaba digambar digdaya dijana dikmen diksha dilafruz dilan dilara
dilaver dilay dilbar dilber dilberay dildar dildora dilek dilfuza dilhan dilmurod dilnoza dilorom dilovan dilrabo
dilruba dimaz dimitrii dimitrije dimitrina dinakar dinc dincer dinda dinkar dinu diocleziano diodata diogene dionigi
dionyz dionyzos dipa dipali dipankar dipendra dipesh diptendu direnc diri dirja diroj dirok ditte-marie ditya divaakar
divakar diviska divjot divna diyor diyora dizik djayden djeneba djenna djibril dluhos dmitrii dobrila dobroslav
dobroslava dochia dodato doganay doganer doinita dolunay domagoj domenik domezio domitille domiziano domnica donaldo
dondu donka dorana dorel dorin dorinel dorli doroteja doroteo dorottya doru doubrava doubravka dounia dovud doyinsola
dragica draginja dragisa dragoje dragojlo dragoljub dragos dragoslav dragutin drahomil drahomila drahomir drahomira
drahon drahos drahoslav drahoslava drahotin drahotina drahuse drahutin drajat draupadi druina drzimir drzislav duanne
dubravka dubravko duccio ducu duduzile duilio dulari dulina dumisani dumitra dumitrana dumitrita dumitru dundar
durdane durdona durgeshwari durodola durriye duru dururbunsuz dusan dusana dusanka dusica dusko duuk duygu dwaipayan
dwaipayana dyah dylano dzile dzirkstite eberardo ebiere ebin ebiowei ebkızı ebren ebunoluwa ebuzer ecaterina ecclesio
ecehan ecem ecevit ecmel ecvet edelberga edgaro edhem edilberto editta ediz edmondo edoardo edvige edzus eekalabya
eeva efim efimia efisio efken eflah efrosinia efsun eftalya eftimia eftimie egemen eginardo egisto egizia egor egrim
eizens ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekec ekim ekin ekmel ekrem ekundayo elaide elakshi
elanur elbek elcin eldor elettra eleuthere eliabeth eliah eliahou eliano eliel eliette elifio elija elimena eliodoro
elion eliona elior eliott elisabeta elisaveta elisee eliska elizabeta elizabeto elizaveta elizej elizeus elkin ellada
ellen-margrethe elmurod elnur eloa eloan eloane elodia elona elone elouan elpidio elti eluh elvan elvezio elvino elya
elyanora elyas elyes elyne elynn elyor elzear emanoil emanuelly emanuil emas embuh emced emel emerance emerencie
emeric emerich emese emilien emilija emilijan emirhan emmerico emmi emong empluk emrah emrullah enakshi endah enderun
endrigo enecone enguerrand enie enimia enio eniola enis enise enora ensar ensio enteng enyo eracla eraclide eraldo
eralp erardo eray erazim erazmus erberk erberto ercin ercolano ercument erda erdeni erdenikatun erdeniozuk erdinc erel
eremia erenia erentuz ergenekatun ergin ergun erguner erhan erinc erkam erman ermanno ermenegarda ermenegilda
ermenegildo ermilo ermins ernecjo ernestino ersan ersilia ersin ertan ertenozuk ertugrul ervina erwan erwann esat
esenbike esha eshana eshita esin esmeray esmira esref esterina estiawan estiono esuperio esupofo eszter etela eterie
ethann etil eubert eudes eudochia eudoxe eudoxie eufebio eufronio eufrozina eugeniu eunika euridice eusebe eusebia
eusebie eusebiu eusebius euseo eustatiu eustorgio eustosio eustracjusz eutalia eutalio evaldo evandro evanghelina
evann evar evarist evariste evasio evdochia evdokija eveliina evelino evgheni evghenia evghenii evidio evodio evran
evrard evremondo evren evsen evzen evzenie ewatomi ewell ewenn eyal eyiz eylul eymen eyram eysan eytan eythan eyup
ezio ezrak fabijan fabricia fabricio fadekemi faderera fadi fady fadıl fahrettin fahri fahriddin fahriye fahrunissa
faik faiq faizah falih famiano fanika fanni fantin fanyana farangiz fardau farhunnisa farruh fasih fathonah fatim
fatimata fatin fatou fatouma fatoumata faustina faustine fayen fayenne faysal fayzbek fazilat fazilet fazio fazliddin
fazlı fazullah fazıl febi febriana febrina fedai fehime fehintola fehmi felician felicien femm feodosia ferah feramus
feramuz feray ferhan ferhat feride feridun feriel feriha ferit fermiano ferruh feruza feryel festo fevronia fevzi
feyyaz feyza feyzullah fiammetta fibikemi fidan fidelius fidenziano fidenzio fiete fiifi fikayomi fikret fikri fikriye
filibert filipp filiz filofteia filotije fily finia finlay finnja fiordaliso fiorenza fiorenziano fiorenzo firdavs
firdevs fitrat fitria fitriani flaminia flavian flaviana flavien flaviu flavius fleano floare floarea flodoard
florenta florestan florica floridia flurin flurina fode folafoluwa folashade folco folu fotih fotima foulques francisc
francisko frantisek frantiska frederiko frenkie fridrich frontiniano frusina fruzsina fuat fulbert fulberto fulcran
fuldem fulden fulgence fulgenzio fulvia fulvio fulya funani funmilade fureyya furseo furuzan fuscolo fusun fuzuli
gabino gabrijela gadang gadis gaduh gaelle gaglioffo gajaadhar gajabahu gajana gajbaahu galak galang galdino galeazzo
galfryd galih galiono gallicano galuh galur gamani gamanto gambira gamblang gamze ganak ganaka ganapati gandewa
gandharv gandharva gandi ganep gangesh gangsa gangsar ganjaran gantar garan garang garik garika garimberto garud
garuda gasper gasti gastone gastono gati gatien gatik gatot gatsha gaud gaudenzia gaudenzio gaudino gauraang gaurang
gauranga gautam gautami gautiero gavino gavril gavrilo gavxar gawati gayatri gazanfer gbadebo gbeminiyi gbemisola
gbolahan gbowoade geanina gedeone gederts geetanjali gejza gelila gelin gelincik gellert gelsomina geltrude gelu
geminiano genadij gencer genesia genesio genoveffa genziano geoffroy georgel georgeta georgo geraldina gerasim
gerasimo geraud gerazim gerazym gerberge gergely gerino gerolamo geronzio gervais gesualdo gevheri ghaliyati
ghanaanand ghanashyam ghani ghanshyam ghenadi ghenadie ghennadi gheorghe gheorghi gheorghii gheorghina gheorghita
gherardo gherghina gherman ghislain giacinta giacobbe giadero gianbattista gianina gianmarco gianmaria gianmario
gianna gianpaolo gianpiero gianpietro gianuario giasone gibran gica gicu gifty gigliola gilang giliola gillo giobbe
gioberto gioele gion giona gionata giorgian giorgiana giosuele gioventino giovenzio girardo girart giray girija girik
girika girindra giriraaj giriraj girja gisella gislebert gitanjali giuditta giulitta giuseppa gligorije gobinda
godeberta goffredo gokalp gokben gokboru gokce gokcegol gokcen gokcicek gokmen goknur goksin gomberto gondebaud
gondulfo gonenc gonerio gongor gonsalwy gonthier gontran gonul gonzague gopaal gopee gopi gorakhanatha gorakhnath
goranka gorazd gordan gorkem gorun goswamee goswami gottardo gotum goundo gouranga goutam govinda gozde gracian
graciana graciliano gradimir granville gratian gratiana gratiela graziana grazina grga grgo grgur grigore grigori
grimaldo griselda grizelda grozdana gualberto gualtiero gubio gudakesa gudakesha gudrite guenda guendalina guenievre
guerin guerrino guher guiberto guilhem guilhemine guillermina guiscardo gulay gulbahar gulbaxor gulben gulchexra
gulcin guldem guldeste gulegen gulemen gulgun gulhan guljamol guljaxon gulnaz gulnora gulnoza guloy gulpembe gulriz
gulsen gulseren gulsora gulsum gultekin gulumser gulzira gulzoda gumesindo gumus gunars gunay guncicek gundelinda
gundogdu gundogmus guner gunes guniz gunnur gunsel gunseli gunyaruk gurbuz gurcan gurdal gurdev gurhan gurol gursel
gustavine gustavino guven guvenalp guvercin guzey gvendolina gvozden gwenaelle gıyas habbab hacib hadja hadriel
hadrien hafi hafsa hafshah hafız hairyanto hakem hakkı haldun halim halis haluk hamdullah hami hamidou hamima hamish
hammad hamsini hamzah hanae handan hanefi hannabel hannu hans-peter hans-rudolf hans-ulrich hansjorg hanspeter
hansruedi hansueli haralamb haralambie hardana hardouin harimurti harinakshi harinarayan harit harita harja harjasa
harjaya harjo harouna haroune harsana harsanto harsaya hartaka hartana haseki hasibi hasim hasin hasmet hassane hastal
hatip hatouma hattab hawar hayali hayati haydar hazar hazım hedelin hedviga hedvigo hedvika heema hektoro helie helin
heloisa hendri heracleea herluin hermiono heru heryanto hesti heval hevi hicabi hidaya hikmat hilarion hildebert hilmi
hilola himadri himani himawan himeno himmet hincmar hippolyte hiranmay hiranmaya hiranya hisam hlengiwe hojimurod
honorine honorius horac horea horia hortenzia hortenzie horymir horymira hosiyat hostimil hostimila hostimir hostimira
hostislav hostislava hostivit hoyt hozan hrvoj hrvoje hrvojka huccet hudavendigar hudayi hugues huguette hulusi hulya
humaira humay humayun humeyra hunor hurkan hurram hurshida hursit husameddin husamettin husida husnida husniya husnora
husnu husrev huzeyfe hvalimir hvezdoslav hvezdoslava hyacinta hypolit hıfzı hızır iacob iacopone iacov iancu ianina
ianira ianna ianos iaroslav iaroslava iasmina ibidapo ibironke ibodulloh iboja ibou ibra ibrani ibrohim ibukunoluwa
ibun icha iclal idan idil idir idowu idrissa ieremia ifeanyichukwu ifeoluwa iffar iffet ifora ifunanya iginia iginio
igino ignac ignacie ignat ignata ignjat igori ihsan ihtiyor ihvan ikbal ikeme ikeoluwa ikhidie ikhsan ikicitoyun ikin
ikrime ilacın ilai ilarie ilario ilarion ilay ilayda ilbey ilbilge ildebrando ildegarda ildegonda ildika ildike ileana
ilenia ilgegu ilgmars ilgın ilhami iliane ilies ilija ilinca ilinka iljana ilkay ilkben ilknur ilko ilksen ilkyaz
illidio ilmari ilmars ilqar ilva ilyan ilyana ilyane ilyass ilyes ilyess ilyos imen imene imge immacolata immacolato
imoleoluwa imrane imrich imron inanc inara inars inaya inci indrikis inesa inessa ingrida inguna inioluwa inja inkeri
innocenzo inocenc inocentiu insa intan inyoni inza ioan ioana ioanina iolanda iole ionel ionela ionelia ionne ionut
iorio iosefina iosif iraida irawati iremide irenej ireneo ireneus ireti iretioluwa iriana iridenta irinc irinckol
irinel irmak irmeli irnanto iroda irsad irtis irwan isabelly isacco isaia ischirione isee iseoluwa iseult ishola iside
isidore isioma isisa ismaele ismaelo ismaila ismerie ismet ismoil isom isotta israa issiaka isıg isık isıl isılay isın
isıner itil itunuoluwa itır iulia iulian iuliana iuliu iuri iurie iurii iustin iustina iustinian ivancica ivanna ivano
ivanoe ivek iven iveta ivetta ivica ivna ivona ixtiyar iyabode iyad iyadunni iyanuoluwa iyed iyinoluwa iyık iyıktag
izaias izako izel izidor izidora iztok izzet izzettin jaakko jabal jabulile jacobo jadesola jadran jadrana jadranka
jadranko jaelynn jaeman jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet jahnu jailey
jaiman jaimini jaivey jakelino jakobo jakov jakubina jalol jalou jamalia jamiro jamol jamshid janaina janeta janica
janja janjo janosch japhet jarmil jarmila jarolim jarolima jaromil jarwa jarwadi jarwi jasenko jasmani jasnena jassim
jasur jaswadi jati jatmiko jautrite javi javlon javohir jaxx jayadi jayeng jaylano jaylinn jayvano jazeps jazzlyn
jazzlynn jean-claude jean-daniel jean-francois jean-jacques jean-louis jeannel jefri jehanne jekabs jela jelica
jelisaveta jella jenel jennah jenovefa jergus jernej jeromo jeronym jesa jesika jesslyn jesslynn jevgenijs jevrosima
jezdimir jibril jidde jihane jilji jimram jinane jinawi jindra jindrich jindriska jinte jinthe jitender jitendra jitka
jiyan joakimo jocelyne jocjo joelina joeline johancjo johanino johano jolayemi joleen jonatano jono jonte joojo
jordane jorga jorin joscha joschua josiko josko joso josselin josuo josy joud jourdain jovanka jovin joza joze jozica
jozsef judicael judita judito juhani juho julan julide julieto juliino julija julijana julijs julika julina jumadi
jumagul jumari junayd junon juraj jurgis jusma jusra justeno jusuf juwon jyotis jyotsana kaarina kabil kacung kadem
kadiatou kadidia kadidiatou kadrican kadriye kadı kailash kairav kalea kalervo kalevi kalidou kalinda kalyani kamalesh
kamaria kambali kamber kamelya kamidin kamla kamlesh kamol kamoliddin kamran kamuran kanchan kancı kanda kanishka
kanti kapgar karahan karam karamba karamoko kardi kargılac karimah kariman karja karl-emil karl-johan karlotta
karlıgac karmela karmeno karoliina karsa karsana kartik kartika karunanidhi karya kashyap kashyapi kasian kasiran
kasiyah kasusra kasım katariina katell katerino katica katija katunkız kawaca kawaya kawtar kayaalp kayacık kayca
kayliah kayna kaynak kayode kayra kayun kazanc kazkatun kazım keba keerti kehinde keji kekik keklik keles kelya kelyan
kemalettin kemba kenari kensi kenzi kenzie kenzy kepez keremsah kerim kesme kessaf ketsia kevser keyan keyken keyla
kezlik kgabu khadidiatou khadidja khadim khady khanyisile khethiwe khoudia khulekani kiandra kiano kikelomo kilyan
kincso kirana kiraz kirilo kirti kiyan klanjo klarencjusz klaudian klaudino klaudo klementina klementino kliment
klitemnestro klotildo kocer koksal kolawole koloman kolumban kolumbin kolumbina komil komila komron konsuela konzuela
koralia koray korina korinna korkut kosmas krasava krasomil krasomila krasoslav kresimir kresomysl kreuzo krimhildo
krishnadas krishnadasa krisjanis kristiina kristijan kristino kristyna krisztian krisztofer krsto kruno krunoslav
krystof ksantipo ksenija kubad kubilay kubra kubura kuddusi kujoe kumari kumru kumuda kumush kuncara kunhuta kunthara
kurnia kursad kusuma kutbettin kuzey kuzman kveta kveton kvetos kvetoslav kvetoslava kvetuse kvido kwadwo kwamena
kwintyn kyan kyano kyliann kyllian kyllikki kımız kımızalma kımızalmıla kımızın kırcicek kırgavul kırlangıc kısmet
kıvanc kıvılcım kıymet kızdurmus kızılalma laal labuh lachlan lacramioara ladislao ladislav ladislava ladji lahna
laksana lakshmidhar lakshminath laksita lalie lalita lamih lanang lancilotto landolfo lanfranco langgeng lanjar lantar
larina lasma lasmanto lasmono lassana laswi latife latika latofat laurane laureline laurenc laurenco laurentiu laurenz
laurian lauriano laurin lautone lavanya lavinio lavize lawrencia laxman laxmi layana layanah laylo lazare laziz
lazzaro leandr leandre leano leart ledion leela leelou leina lembah lemide lempi lenya leo-paul leonids leonilda
leonis leonne leontin leonzio leopoldino leposava lere lerzan lesana lesek lestari leticie letterio leufroy levana
levio levke levoslav leya leyan leyna liah libena libora liboria liborio liboslav liboslava libusa libuse lidania
lidija lidmila lidya lietald liksma lili-rose liliya lilou lilwenn lily-rose lilya linoi linoy lintang lioara lior
liora lirik lirone lison lital liuba liubov liubovi liudmila liusea livie livija livino liviu livius liya liyah liyam
liyan liyana lizz ljiljana ljuba ljubica ljubisa ljubomir ljudevit loane lobar lodovica lodovico lohan loise lolade
loredana loreen lorella loreta lorian loriana lorik lothaire lou-ann lou-anne louan louane louay loubna louis-marie
louison louka loula louna lounis lovorka lovro luan lubica lubos luboslav luboslava lucentiu lucica lucija lucijan
lucilla lucretiu ludano ludise ludivine ludivoj ludmila ludolphe ludomil ludomila ludoslav ludoslava ludovikino
ludoviko ludovit luena luhung luigia lujza lukhona lukita lukman lukrecie lukrecius luluh lulut luminita lumir lumira
lungelo lungu lurhur lutfan lutfi lutfiya lutfullah lutfulloh luthfi lutibor luwar luwes lwandle lyam lyan lyana lylia
lylou maad maayane mabela mabruk macaire maccabeo mactar madhuri madid madina madita madlaina madleen madlen mael
maelie maeline maelis maelle maely maelyne maelys maffeo maggiorino maguelone maguette mahamadou mahan mahault
mahendra mahesa maheswar mahfud mahir mahmut mahrus mahulena mahzan mahzun maica mailin mailo maily mailys maimouna
maimunah maiorico maira maissa maissane maiwenn makhtar makinwa maksimo makso maksud makuta malco malea malick malisa
mallaury maloxat malti malvino mamady mamoudou mamour manah mancio mandaakin mandakini manelle manetto mangala
mangalya manik manikya manil manilio manisha manjusha manlio manoah manona mansvet maphikelela maqsud marah maram
marc-antoine marcheta marcis mardon mareike mareme margana margers margita margrit mariadi mariama mariame maricarmen
maricica marie-ange marie-lou mariem marieme marijan marijana marilu marinela marinjo marinko marioara mariuca marjane
marjatta marjeta marketa markika markku marolo maros marsito marsudi martaka martana martani marteno marton marwa
marwane marwata marwen marwin maryadi maryanto marzia marzio mashxura masinka massamba massinissa matej mathuys mathys
matija matiss matjaz matous matroniano mattea mattheo matyas maugis mauricette maurilio mavdud mavlon mavluda mawuena
mawusi maxbuba maxellende maxence maxens maxfuza maximilien maximillia maxmilian maxsuma mayane mayeul mayline maylis
mayoor maysa mayson mayssa mayte mazbut mazhar mazlum mbalienhle mbaye mecislav mecislava medardo mederic medoro
medoune medya meenakshi meghnad meghnath mehriban mehtap meire meissa melchiade melchiorre melda melenija melezio
melichar melih meliksah melissandre melitina mellina melnic meltem melvil melvyn memduh menahem menaka menardo menelao
mennone menodora meral meric meriem merih merjem merovee merwan meryam mestan metello metodej metrofane mevlut meyra
mhambi micjo mickael miha mihael mihaela mihailo mihajlo mihaly mihnea mihriban mijat mikail mikolas mikulas miladin
milanka milanko mileta miley milhan milisav milivoj miljan miljana miljenko milojica milomir milon milorad milota
milovan milovin miluse milutin mimma minakshi minervina minervino mioara miodrag miomir mirac miray miraziz mirkelam
mirocleto miromil miromila miroslava mirtil mirziyo misaele misbah mislav mitar mithat mitja mitrut mizgin mlađana
mnata mnislav mnislava mobolaji moctar modibo modou modrite modupe mofifoluwa mohamadou mohamed-ali mohamed-amine
mohana mohinder mohini mohir moisette mojca mojisola mojisoluwa mojzis momir momira monaldo monvids moradeke morayo
morenike moric morolake moseo mosinmileoluwa mosunmola motunrayo mouctar mouhamadou mouhamed mouhameth mouhammadou
moustapha moxidil moxigul moxina moxinur moxira moyosore mpilo mpumelelo msizi mstislav mthunzi muammer muattar
muaviye muaz muazzam mubina mudite muesser mufid mufiz mugur mugurel muhamado muharrem muhsin muhterem muhtesem muhtor
muhyiddin mujdat mujde mujgan mujur mukadder mukaddes mukerrem mukesh muktedi muktedir muktefi mukul mulya mulyanto
mulyono mumpuni mumtaz munevver munif muriela murod mursinin mursita murti musawenkosi musir muslih mustika mustofa
musulmon mutahhar mutasım muteber mutemed mutia muttalib muyassar muyiwa muzaffar muzaffer muzdad muziano mylo myrtil
mısra nabila nadalina nadege nadezda nael naelle naemi nafisa nafiz nagabhushanam nahel nahil nahla najam najla
najmiddin najwa nala nalar nalini namazio namık nandor naneta naoufal naoufel napoleone naradi narayan nardi narendra
nargiza narimon narin narinder narji narseo narsete nasab nasiba nasim nasriddin nasrullah nassim nastja natalija
natasa natiq naudet naura navin nawel nawfel nayel nayla nazan nazario nazariusz nazif nazim nazlı nazmi nazrulloh
nazzareno nazzaro nazım nađa ndleleni ndondoloza nebojsa necat necati necdet nechifor necib necla necmettin nedeljko
nedim nedjeljka nedjeljko nefeli nehemie nehir nehoslav nejat nejc nejla nelea nelia nelio nellea nelya nemanja nenad
neopolo neoterio nepomuk nerea nereo nergis nermine nesim neslisah nesrin nesrine nevena nevenka nevio nevzat newell
neyla nezamysl nhlakanipho niame nicanor nicarete niceforo nicephore niceto nicezio nichifor nicoara nicodemo nicodim
nicolaie nicoleen nicoleta nicon nicu niculina niculita nicusor nicuta niels-christian niene nigar nigora nihad nihal
nihan niklavs nikolao nikolasz nikolcjo nilam nilde nilgun nilufar nimakoah nimit nineli niniano ninioluwa ninthe
niouma niranjan nirbhay nistiman nives niyaga niyazi niyilolawa nizamettin nizomiddin njegomirka nkanyezi nkosenye
nkosingiphile nkosinhle nkosiyabo noaho noami noan noar nodira noelie nofoto noha noham nohan noila nolann nolhan
nolwazi nonhlanhla nonjabulo nonkululeko norhane norica norina norwood nosir nosirjon nostriano nouha noura nourane
noviana nozima nozipho nqobile nrima nthabiseng ntokozo ntombizodwa nuccia nudem nugraha nukhet nunziata nural nuran
nuray nurbek nuredin nurettin nurgul nurgun nuriddin nurlan nursel nurseli nurul nurullah nusa nusratulloh nusret
nyana nyoman oana obanijesu obid obioma obren octav octavian octaviu oddone odelia oderico odidone odilon odolen
odunayo ofelya ognjana ognjen ogooluwa oguz oguzhan ojars ojaswini okiki oktavian oktavie oktavius okto oladara
oladare oladimeji olaide olajumoke olakunle olamide olanrewaju olansile olaoluwa olasunmbo olatunbosun olavi olayinka
olbram olcay oldrich oldriska oleksandr olesea olgerts olgica oliga olimpian olimpiu olindo oliviero olivija oliviu
ololade olufeyisayo olufunke olufunmi olufunmilayo olumorotimi olusola olutomiwa oluwafemi oluwagbemiga oluwakemi
oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseyi oluwatimilehin oluwatobiloba oluwatofunmi
oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympie omad omana omawunmi ombeline ombline ombretta omobobola
omobolanle omodunni omolabake omolara omolola omosalewa omotara omotayo omotola omotolani omotoun omowumi ondrejka
onofrio onome onorina onorio onoriode oormila opan opemipo opeoluwa opeyemi ophelie opung oqil orell orenzio oreofe
oriande orietta orif orlane ornella oronzo orsino orsola orsolina ortansa ortensio orvokki orzu oskari oskaro osmondo
osunleke otabek otakar otakara othmane otilija ottavio oumar oumayra oumou oury ousmane oussama ovidiu oxana oybek
oyenike oyga oyindamola oyindasola oyku oynur oysha ozanne ozcan ozden ozer ozge ozgur ozhan ozkan ozlem ozlen oznur
ozod ozoda ozodbek ozren pacome pacomio padmi paiman paivi pakize palmazio pammachio panagachie pancario pancrazio
pandu pangeran pangestu pankrac pantaleo pantaleone pantelei paramartha paramita paraschiva parascovia parman parmenio
parsival parsla paterniano patricie patricija patriko patroclo patru paul-antoine paul-arthur paulica pauliina pauside
pavica pavils pavlin pavlina pavol payidar pelaghia peleo pelhrim pelin pelinsu pelumi pembe pepo perceval perica
pericle perihan perkasa perran perrine persida pertev perver pervin perzida peteris petrana petrica petrija petrisor
petronila petronilla petronille petronius petruse petrut petruta petteri petula peyami pharell philani phileas
philemon philibert philine philomene philothee philou phiwokwakhe piera pierangelo piergiorgio piermarco pierre-alain
pierre-alexandre pierre-andre pierre-antoine pierre-louis pierrick piersilvio pippo piraye pirjo pirkko polidoro
polissena pollione polyxena pompeo pompilia pompiliu pomponio ponziano ponzio poornima porzia porziano postumio praba
prabawa prabowo prabu prakosa pramila pranata pranawa pranay prasanna prascovia prasetya prasetyo prassede prathamesh
pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava prayag prayitna prayoga prayogo preity
prem premysl priamo pribyslav pribyslava primoz priscila prita priyala procopio prokles protasio providenci prudenzia
prudenzio prvoslav puji puneet pupolo puput purnima purushottam purwa purwadi purwanto pushti pusicio puspa puspita
puti pınar qizilgul qobil qori qosim quartilla qudrat quentine querano quintia quintiliano quintilio quintino
quinziano quinzio quirin quirino quitterie radan radana radegast radeke radenko radhost radika radim radimir radimira
radisa radislav radislava radit raditya radivoj radivoje radmil radmila radmilo radojka radolfo radomil radomila
radosav radoslav radoslava radovan radovana radslava raducu radul raduz radvan rafet rafila rageshwari rageswari
raharja rahayu rahel rahelo rahime rahma rahmat rahmawati rahmi rahsan raif raihan raimondo rainald rainaldo rainelda
rainhard rainold rajab rajan rajana rajendra rajinder rajna rajsa rakita rakıp raluca ramaa ramata ramatoulaye
rameshwar ramiz ramziddin ramziya rangga ranim ranjeet ranolfo ranya rapulane rasheedah rasifa rasim rasit rasko rati
ratibor ratih ratimir ratmir ravshan rawane raxmatulloh rayane rayen rayxona rayyan razvan refah refet reghina
reginaldo reha rehor rehorka rejan rejean rejeanne relja remig remilekun remondo remzi rendy rengin renja resat resid
respati respicio restu resul reybaud reyhan rezzan riaan riana ricario richelmo ridwan rifat rigard rini ristana rizki
rizvon robaldo robertina robiya rodiano rodica rodoljub rodolphe rodrigue rohana rokhaya rokia roko rolande rolfo
romanita romee romilda romoaldo romola romolo romul ronak ronke rosa-maria rosana roselin rosman rosmunda rossana
rostislav rostislava rotaru rotimi roxelana rozalija rozamunda rozita roziya rozvita rubiano rudite rudra ruedi
ruggero ruhsar rukhmani rukmin rukneddin rumena ruperto rupinder rusins ruslana rustam rustu ruxanda ruxandra ruya
ruza ruzena ruzica ryad rıdvan rıfat rıfkı rıza saadat saadi saban sabar sabazio sabele saboxat saboxon sacid sada
sadar sadberk sadettin sadi sadoqat sadri sadriddin sadullah sadık saer safae saffet saffiro safia safiatou safietou
safiya safouan safouane safura sahap sahinalp sahsuvar saiful saim saiq sakari sakir sakıp saladino salamoun salif
salimah salimata salimatou saliou saloh salomena salomey salomoun salsabila salustio saly samandar samed sameer samiah
samih samil samim samiya samsul samukelisiwe sandu sanele sanjin sanobar sansone sanya sanziana saodat sarala sarani
sarbello sardor sarisha sarla sarlota sarmite saroja sarra sartika sarvar sarvin sarvinoz saso satu satya satyen
saulcerite savanah saveta savin savina savinien savino savva saxida saxona sayan sayyora scholastika scholastique
scolastica sebastjan sebestian sebnem secaeddin secil seckin seckou secondiano secondina sedef sedrik sefer seff sefik
seghei segilola segolene sehlevent sehrazat sekinat sekou selahattin selale selami selcan selda selvi selyan semenica
semion semplicio sempronio semra semsi senay senesio sengul sennur senol sephora septi serafettin serafima seraina
serap serapione serban serbulent seref serenus sergen sergey serghei sergi serhad sermet sermin serpil sertac sertap
servac servan servidio serviliano settar settimio setya seval sevara sevda severiano sevgi sevil sevinc sevket sevki
sevtap sevval sexmus seyban seyda seydou seye seyfettin seyfi seyfullah seyma seynabou seyyit sfiso shahboz
shahobiddin shahriyor shahzod shaily shaima shakila shakti shakuntala shalewa shamsiddin shantanu sharda sharmila
shashi shashikala shay shayan shayma sheela shekoni sher sherine sherly sherzod shirel shirine shiv shivakari shobhana
shodiyor shola shresth shresthi shreyashi shridevi shrishti shubha shubhaprada shukrulloh shwet shyrel sibongile
sibyla siddarth siddhi siddhran sidiq sidoine sidy sifiso sigebert sigfrido sigismond sigismondo sihab sihabeddin
sihem siir sijuade silvere silvestr silvestro silvian silviana silvija silviu simea simeona simeone simge similoluwa
simina simonetta simonida sinasi sindisiwe sinenhlanhla sinesio sinfronio sinkler sintia sipan siphephelo siphiwe
sireno siricio sirin sirine sirineu sirojiddin sisto sithembiso sixt sixtine siyanda sizakele sizani skaidrite slamet
slavena slaviboj slavibor slavka slavko slavoboj slavoj slavoljub slavomil slavomila slavomir slavomira slađana
slobodanka smaranda smeralda smiljana smriti sname snejana snezana snjezana soan sobeslav sobeslava sobit sodiq sofija
sofinjo sofronia sofronie sohan sohane sohib sokhna solal soleh solenn solocone solveiga somnath somu songul sonjo
soof soraia sorana sorin sorina sostene sosteneo sostrato sotira souleyman souleymane sowande spartaco speranta
speranzio spidola spiridon spirydion spytihnev srboljub srecko sredoje stanislava stasta steeve stefanino stelian
steliana steluta stepanida stepanka stephaans stiliano stipan stiriaco stjepan strahinja stribor subhashini subhasini
subhi subodh subomi sucheta sudeva sue-marie suelen suheyl suhrob sujata sukanya sukru sulaymon sulton suman sumayyah
sumitra sunay suncica surano sururi suryakant suryakanta suryakantam susheel sushil sushma suyuna suzana svatava
svatoboj svatobor svatomir svatopluk svatoslav svatoslava sveatoslav svebor svetislav svetla svetluse svetolik
svetomir svetoslav svetozar svitlana sviturno swapnil swarnalata swassane sweta syahrini sylviane syrine szabolcs
szofi szofia szonja sıdkı sıla sırrı tabris taceddin taddeo tadej tadeo tadija tahlia tahsin taib taide taisia taiwo
talay talip talis talivaldis talrits talya tamina tamino tammaro tancrede tancredi tanirika tanju tansu tantri
tanushree tanushri tanyeli tapani tarcisio tarsilla tarun tarık tasdik taskın tasnim tasnime taswir tatana taufan
taufik tayfun tayler tayyar taziana taziano tazio teea teguh teije tejas tejumola tekinalp telchide telemaco telica
tellervo temel temidayo teobaldo teodata teodolinda teodorik teodosia teodoto teodoz teodozie teogene teohari teoman
teona terenc terencius terenzio tereze terezia terezie terezija terezo tesifonte tesnim tesnime teudosia tevfik tevhid
tezcan tezel tezer thabisa thadie thalea thamsanqa thando thanina theodorik theodose theodosie theofan theofil
theofila theophane theophile theophraste theotime thibaud thibert thibo thierno thije thilo thobeka thorge thulani
thulisile tibaldo tiberia tiberiu tiburcius tiburzio tichomil tichomir tichon ticone tidiane tiguida tihomir tijana
tilen tillmann timbul timea timofei timoleon timotej timothe timothee tincuta tiphaine tiril tirone tirta tirtayasa
titien titilayo titilope titin titouan tizian tiziana tiziano tjark tjasa tobia tobiloba tohir tokunbo tolomeo
tolulope tolunay toluwalope toluwani toluwanimi tomaska tomaso tomaz tomiloba tomislava tomori tonci toncica tonija
tonnin torkvat torquato toyip traian trasea trilochan trilochana trilok trilokanath trilokesh triloki tristano trpimir
trpko tsabita tsipora tuana tudorita tudosia tufan tugay tugiman tugrul tugtekin tuhfe tulay tulin tulliano tullio
tumer tunahan tunay tunc tuomas turgay turibio turkay turker turkes turold tushar tussio tutku tuulikki tvrtko tybalt
tymeo tyron tınas ubaydulloh ubertino uberto uchita uchqun udai udit ueli ufuk ugis ugolina ugolino uhra ujjawal
ujjwal ukbe ulberto ulderico ulduz ulfet ulfo ulgen uliana uliva ulku ulpiano ulrico ulstano ulus uluthando ulva ulvi
ulviye ulwazi ulya umang umay umaya umid umidulloh umit ummiye umran umur umuralp unal unggul unjani unsel unseli
upendra upik uqbaloy urdino urfon uriele urmila ursicio urska ursmaro usha usmon usyi utama utku uttam uygu uzayr
uzbegim uzeyir uzodimma vaha vahdet vahid vahide vaidehi vaijayanthi vaijayanti vaishnavi vaishno vaishvi valburga
valdemara valentyn valentyna valeri valeriano valerico valerii valerija valerijs valeriu valfredo valfrido valtena
valtr valtteri vanesa vanya varalakshmi varvara vasanti vasil vasile vasili vasilica vasilie vasilina vasilisa vasja
vasko vasliddin vasudev vasudeva vasudha vasundhara vatroslav vavrinec veaceslav vecdi veceaslav veceslav vedang
vedanga vedanshi vedasto vedat vedran vedrana veduna vefa vefik vehbi velana velaphi veleslav veleslava velibor
velimir velimira velio velislav velislava venance venanzio vencel venceslao venceslas venceslav venceslava vendelin
vendelina vendula vendulka venek venerio veniamin venka venuse venustiano verdiana verecondo verenzio vergiliu
verginia veriana verica veridiana veroniko veroslav veroslava verulo veselinka vesile veslava vesma vespasiano veysel
veysi vezio vianney vicdan vicentia vicentiu victorin vidak vidhur vidhya vidiano vidone vidur vidya vieroslava vijeko
vijolite viktorie viktorija viktorin viktoro vilcjo vildan vilem vilema vilemina vilfredo vilhelmino vilhelmo viliam
viliana vilibald viliberto viljem vilmos vimal vimala viman vinay vincenc vincentiu vinciane vindonio vinebaldo
vinfrido vinicio vinsen vinz violina viorel viorela viorelia viorica virag virgile virgiliu virman virone visarion
viscardo vishwamitra visnja vitalico vitalie vitalii vitalijs vitalina vitazoslav vitezslav vitezslava vitold vitoslav
vittore vittoriano vivaldo vizbulite vjekoslav vjenceslav vlada vladan vladana vladek vladena vladilena vladimer
vladimiro vladivoj vladlen vladlena vlado vlaicu vlasta vlastimil vlastimila vlastimir vlastimira vlastislav
vlastislava vlatka vlatko vodingo voichita voicu vojen vojin vojislava vojmil vojmir vojmira vojslav vojslava vojtech
vojteska voldemars volfango volfgang vorsila vosil vratislav vratislava vratko vreni vrinda vrund vseboj vsebor vserad
vseslav vsevolod vujadin vujica vukan vukasin vukica vukota vulmaro vulpiano vuslat vusumuzi vyas waino wakiman
waleran waluyo waly wandrille waqila wardaya wardi warji warley warsita wasis wassim wawan welat wibke widya wilfryd
winfield wira wirda wisnu wissam wissem wulan wulandari wuraola wyman xalima xatun xaver xaverie xaverius xaviere
xebat xezal xochitl yacine yacouba yaelle yagmur yago yagız yahyo yakubu yalcın yalgın yamileth yamina yance yango
yanis yanni yannic yaprak yarah yaretzi yaron yasemin yassir yazid yejide yekta yelda yeliz yener yenthe yesim yessi
yetkin yewande yibanathi yinthe ylan ylvi ylvie yoan yoann yoav yoel yogendra yogesh yoginder yohan yohann yona yonca
yono yoqub yorbek yoro yorqin yosra yossef yosun youcef youmna youna yousra youssou youssouf youssouph youssoupha
yozida yoznur ysaline ysee yseult yuce yucel yuksel yuliana yumni yuni yunita yusiv yıldırım yıldız yılmaz zabedeo
zabir zaccheo zachar zacharia zacharie zache zadig zaenab zafer zahar zaharia zahide zahit zakariya zakarya zakelina
zakir zalindra zamfir zamfira zamir zamira zanis zanita zanobi zarije zarko zaur zavida zavis zayn zayneb zayniddin
zbislav zbyhnev zbyhneva zbysek zbyska zbyslav zbyslava zdena zdenko zderad zdeslav zdeslava zdik zdirad zdislav
zdislava zdravko zehra zeinab zejnep zekai zekeriyya zekiye zelaya zelibor zelie zeliha zelimir zelimira zelinda
zelislav zelislava zeljka zeljko zelmir zelmira zeltite zenebio zenija zenovia zente zenzele zephirin zerdest zerrin
zerya zeteny zetico zeyd zeynab zeyneb zeynel ziedite zigfrida zigfrids zigmars zigmund zigrida zihni zikmund zilan
zilola zinovia zithulele zitomir zitomira zitoslav zitoslava zivan zivana ziver ziya ziyad ziyanda ziyo zlatica zlatka
zlatko zlatomir zlatomira zlatuse zobuhle zoeva zohid zohir zoia zokir zorka zoroslav zoroslava zosim zosima zosimo
zoyir zrinislav zrinko zselyke zsofia zsolt zsombor zubayr zubeyde zubeyr zubite zuhal zulaikha zulal zuleyha zulfa
zulfikar zumrut zuxra zuzana zvezdana zvonimir zvonimira zvonko zyad đina đorđe đura đurađ đurda đurica`

// rareNames are worldFirstNames, folded.
var rareNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(worldFirstNames) {
		if f := foldWord(n); !coreNames[f] {
			m[f] = true
		}
	}
	return m
}()
