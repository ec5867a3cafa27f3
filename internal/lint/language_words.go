package lint

// Word tables for the language rules. Every list is lower-case and separated
// by white space; langLexicon folds them into one table from a word to the set
// of classes it belongs to, so the checker looks each word up once.

// langWordTable pairs a class with the words in it.
var langWordTable = []struct {
	cls   langClass
	words string
}{
	{lcModal, `would could should might ought would've could've should've might've
		wouldn't couldn't shouldn't mightn't oughtn't wouldn't've couldn't've shouldn't've`},
	{lcIf, `if`},
	{lcHad, `had`},
	{lcJudge, langJudgeWords},
	{lcBlame, `blame blamed blames blaming blameworthy culprit culprits guilty guilt
		scapegoat scapegoated scapegoating finger-pointing`},
	{lcFault, `fault faults`},
	{lcResponsible, `responsible responsibility accountable`},
	{lcObvious, `obvious`},
	{lcHindAdv, `obviously clearly plainly evidently trivially naturally predictably unsurprisingly`},
	{lcClear, `clear evident apparent`},
	{lcMinimiser, `just simply only merely`},
	{lcEveryone, `anyone anybody everyone everybody`},
	{lcEasy, `easy easily avoidable preventable`},
	{lcHuman, `human operator user pilot manual pebkac pebcak id10t`},
	{lcCause, `caused triggered introduced because due cause`},
	{lcIt, `it`},
	{lcName, langFirstNames},
	{lcPronoun, `he she someone somebody whoever`},
	{lcWeak, `we they i`},
	{lcNobody, `nobody no-one noone no`},
	{lcObjPronoun, `him her them`},
	{lcRole, `engineer engineers sre sres developer developers dev devs operator operators
		manager managers dba dbas admin admins administrator administrators sysadmin sysadmins
		intern interns hire hires member members on-call oncall on-caller oncaller responder
		reviewer reviewers approver contractor contractors consultant employee staffer
		programmer programmers coder tester analyst architect commander colleague teammate
		coworker co-worker author person`},
	{lcTeam, `team teams`},
	{lcDet, `the a an our their your his her my this that another`},
	{lcOpener, `and but because when after before since so while as until once that then if
		though although whereas where meanwhile later eventually finally also unfortunately
		ultimately first yesterday today tonight overnight again instead apparently evidently
		sadly basically honestly utc gmt am pm monday tuesday wednesday thursday friday
		saturday sunday`},
	{lcSkip, `had has have did does do also then later quickly apparently subsequently
		immediately again still already even briefly manually actually reportedly first
		finally eventually initially just simply only unfortunately somehow probably clearly
		obviously yet`},
	{lcBadAdv, `accidentally mistakenly inadvertently wrongly incorrectly carelessly
		unknowingly blindly unintentionally erroneously`},
	{lcNeg, `never not didn't hadn't haven't hasn't don't doesn't`},
	{lcDiligence, `check checked notice noticed test tested read follow followed verify verified
		review reviewed look looked tell told respond responded update updated monitor monitored
		watch watched validate validated confirm confirmed escalate escalated ask asked
		communicate communicated double-check double-checked inform informed warn warned
		wait waited run ran consult consulted document documented announce announced
		acknowledge acknowledged reply replied answer answered notify notified renew renewed
		investigate investigated heed heeded pay paid think thought consider considered
		bother bothered page paged alert alerted mention mentioned flag flagged report reported
		catch caught re-enable re-enabled handle handled restore restored back backed`},
	{lcPersonOnly, `forgot forget forgets forgotten neglected neglect panicked fat-fingered
		fatfingered misread overlooked overlook mistyped misremembered misjudged mishandled
		goofed botched bungled blundered disregarded messed screwed ignored rushed misclicked
		misspelled misnamed mislabelled mislabeled misapplied misinterpreted misunderstood
		miscalculated misestimated`},
	{lcBad, `failed missed broke took brought knocked caused deleted dropped wiped
		misconfigured corrupted crashed skipped silenced erased destroyed nuked truncated
		overwrote overrode bypassed circumvented made snoozed muted`},
	{lcCond, `pushed deployed ran merged pointed applied drained restarted scaled shipped
		approved turned switched disabled edited changed set committed removed left let
		selected released promoted configured upgraded rebooted used chose picked updated
		enabled typed entered executed rolled uploaded copied pasted targeted modified wrote
		created started kicked triggered force-pushed reverted rotated renamed moved granted
		hard-coded hardcoded introduced reintroduced accepted reused tagged cut built launched
		invoked issued replaced killed stopped shut opened closed resolved dismissed acked`},
	{lcQual, `wrong wrongly incorrectly untested unreviewed unvalidated unverified unapproved
		unauthorised unauthorized mistakenly accidentally mistake accident prematurely`},
	{lcManner, `instead without overwhelmed faster quicker anyway despite ignoring skipping
		bypassing still directly straight too against peak`},
	{lcState, `bad broken faulty buggy incorrect mistaken decommissioned deprecated retired stale
		outdated expired invalid malformed typo keys secrets credentials password passwords
		plaintext public zero`},
	{lcUndo, `reverted removed replaced disabled stopped killed closed resolved dismissed acked
		rotated renamed updated edited changed modified fixed corrected`},
	{lcParticiple, `been seen taken given written broken chosen driven eaten fallen forgotten
		gotten hidden known shown thrown drawn grown flown blown woken spoken stolen proven
		frozen risen ridden beaten bitten shaken mistaken overridden rewritten undertaken
		overtaken done gone begun run read caught brought bought taught thought sought fought
		made had put set let cut hit shut split spread sent spent lent built kept left felt
		dealt meant told sold held found bound stood understood said paid laid got won lost
		shot lit fed led met sat heard struck stuck hung dug spun come become rerun reread
		reset withheld foreseen overseen redone undone slid fled sped learnt spelt burnt`},
	{lcPast, `broke took brought ran made put set left hit cut caught wrote let told read sent
		built kept lost shut spent forgot did saw thought paid found gave got went came knew
		said sold held stood understood began chose drew drove fell felt flew froze hid led
		meant met overrode overwrote overtook rode rose shook spoke stole struck swore threw
		tore wore won woke slid split spun misread mistook withdrew rebuilt reran rewrote undid`},
	{lcBaseVerb, `restart reboot roll revert rerun re-run run read check look fix add bump flip
		toggle use click delete remove update follow open ask wait increase raise lower change
		set do fail turn disable enable drain scale kill page call apply deploy push merge
		rotate renew clear flush purge reset copy edit switch try grep search test watch glance
		notice see escalate retry pause stop start upgrade downgrade patch tweak adjust reload
		refresh rebuild redeploy type paste bounce cycle kick press tail restore failover
		cordon evict resize extend expand bounce`},
	{lcWorkNoun, `change changes deploy deployment commit commits pr prs request config
		configuration script typo mistake hotfix fix patch edit migration query command release
		rollout merge update code refactor cleanup copy-paste manifest push upgrade cron
		branch diff changeset change-set playbook terraform tweak`},
	{lcBe, `was is were are be been being seemed seems looked looks felt feels`},
	{lcPositive, `noticed spotted found fixed restored resolved identified paged caught led
		coordinated declared raised escalated helped saved discovered diagnosed mitigated
		recovered rolled reported suggested proposed ran first wrote debugged traced stopped
		contained`},
	{lcPossBad, `broke caused crashed wiped deleted dropped corrupted erased destroyed nuked
		truncated overwrote overloaded overwhelmed exhausted froze killed disabled removed
		locked filled leaked exposed flooded saturated stalled blocked deadlocked`},
	{lcSub, `because which who when while so after before until since although though if
		whereas that where`},
	{lcCoord, `and but then or`},
	{lcSignal, `alert alerts page pages warning warnings runbook checklist email emails message
		messages notification notifications advice instructions process procedure review
		ticket tickets alarm alarms error errors`},
}

// langJudgeWords judge a person or their work.
const langJudgeWords = `careless carelessly carelessness sloppy sloppily sloppiness lazy lazily
	laziness negligent negligently negligence reckless recklessly recklessness incompetent
	incompetently incompetence stupid stupidly stupidity dumb irresponsible irresponsibly
	irresponsibility unprofessional unprofessionally boneheaded bone-headed clueless idiotic
	idiot idiots moron morons moronic foolish foolishly inept ineptitude ineptly amateurish
	thoughtless thoughtlessly half-baked half-assed shoddy slapdash cowboy inexcusable
	unforgivable inattentive inattention ill-advised ill-considered inexperienced blunder
	blunders screw-up screwup screw-ups cock-up rookie silly brainless dim-witted heedless
	heedlessly slipshod lackadaisical complacent complacency rubber-stamp rubber-stamped
	rubber-stamping amateur bonehead`

// langBuiltinPhrases are fixed phrases; "*" marks a gap of up to three words.
var langBuiltinPhrases = []struct {
	rule, text string
	drop       bool
}{
	{langJudgement, "poor judgement", false}, {langJudgement, "poor judgment", false},
	{langJudgement, "bad judgement", false}, {langJudgement, "bad judgment", false},
	{langJudgement, "poor decision", false}, {langJudgement, "bad decision", false},
	{langJudgement, "poor choice", false}, {langJudgement, "bad choice", false},
	{langJudgement, "bad call", false}, {langJudgement, "basic mistake", false},
	{langJudgement, "stupid mistake", false}, {langJudgement, "careless mistake", false},
	{langJudgement, "amateur mistake", false}, {langJudgement, "schoolboy error", false},
	{langJudgement, "dropped the ball", false}, {langJudgement, "asleep at the wheel", false},
	{langJudgement, "cut corners", false}, {langJudgement, "cutting corners", false},
	{langJudgement, "corner cutting", false}, {langJudgement, "lack of care", false},
	{langJudgement, "not paying attention", false}, {langJudgement, "wasn't paying attention", false},
	{langBlame, "mistake made by", false}, {langBlame, "mistakes made by", false},
	{langBlame, "error made by", false}, {langBlame, "errors made by", false},
	{langBlame, "point the finger", false}, {langBlame, "pointed the finger", false},
	{langBlame, "pointing fingers", false}, {langBlame, "pointed fingers", false},
	{langHindsight, "of course", true}, {langHindsight, "clear as day", false},
	{langHindsight, "plain as day", false}, {langHindsight, "plain to see", false},
	{langHindsight, "staring * in the face", false}, {langHindsight, "all * had to do", false},
	{langHindsight, "all * needed to do", false}, {langHindsight, "writing on the wall", false},
	{langHindsight, "should have known better", false}, {langHindsight, "goes without saying", false},
	{langHindsight, "needless to say", true},
	{langHindsight, "in plain sight", false}, {langHindsight, "right in front of", false},
	{langHindsight, "take a genius", false}, {langHindsight, "takes a genius", false},
	{langJudgement, "lack of attention", false}, {langJudgement, "lack of diligence", false},
	{langJudgement, "lack of discipline", false}, {langJudgement, "any competent", false},
	{langJudgement, "rubber stamp", false}, {langJudgement, "rubber stamped", false},
	{langHindsight, "no-brainer", false}, {langHindsight, "self-evident", false},
	{langHindsight, "not rocket science", false}, {langHindsight, "any fool", false},
	{langHindsight, "just a matter of", false}, {langHindsight, "simply a matter of", false},
	{langJudgement, "no excuse", false},
	{langHumanError, "people problem", false},
}

// Guard sets: words around a trigger that make it technical or harmless.
var (
	langLazyTech = langSet(`loading load loaded loads initialization initialisation init
		initialized initialised evaluation evaluated eval iterator iterators instantiation
		deletion expiry expiration sync fetch fetching fetched mode binding import imports
		compilation allocation allocated computed creation created parsing parsed resolution
		resolved val static property properties connection connections writes write freeing
		free sweep by loader`)
	langDumbTech = langSet(`pipe pipes terminal terminals client clients proxy switch
		switches device devices cache mode`)
	langCallNext   = langSet(`from by and but on in that which at for overall all`)
	langBlameTools = langSet(`git svn hg cvs bzr p4 gitlab github annotate`)
	langBlameTech  = langSet(`view views output annotation annotations annotate history tool
		command data page tab panel layer gutter info information line lines log sidebar ui
		pane window mode --porcelain porcelain`)
	langHumanTech = langSet(`rate rates budget message messages code codes handling handler counter counters
		page pages count counts log logs metric metrics response responses class type types
		field fields string strings`)
	langNegators = langSet(`no not never nobody none without neither nor hardly barely
		nothing less far`)
	langFaultVerbs   = langSet(`lies lay lie rests rested rest belongs sits`)
	langPossPronoun  = langSet(`his her their my your our`)
	langNotPossFault = langSet(`nobody's one's anybody's anyone's`)
	langClearlyPrev  = langSet(`not more less most very so as how too should must will would
		can could shall to may might cannot`)
	langComm = langSet(`state states stated show shows showed shown label labels labelled
		labeled document documents documented mark marks marked indicate indicates indicated
		communicate communicates communicated explain explains explained identify identifies
		identified define defines defined describe describes described display displays
		displayed highlight highlights highlighted worded written visible separate separated
		readable legible named name signpost signposted see seen distinguish distinguishes
		distinguished outline outlined specify specified list listed announce announced
		announces flagged noted warned called`)
	langShowVerbs = langSet(`shows show showed shown displays displayed displaying states
		stated visible see seen saw reads read appears indicates indicated marks marked
		labelled labels explains explained documents documented describes described says said
		logs logged highlights highlighted`)
	langObviousPrevOK = langSet(`was is were are be been seemed seems looked looks felt feels
		so pretty fairly completely quite very rather immediately perfectly blindingly`)
	langObviousNextOK = langSet(`that to from in enough`)
	langObviousNouns  = langSet(`fix answer cause solution choice thing mistake problem sign
		signs step move conclusion explanation`)
	langObviousBefore = langSet(`became become becomes becoming only`)
	langMinimised     = langSet(`needed need needs required requires`)
	langEasyVerbs     = langSet(`spot see catch avoid prevent notice detect`)
	langEasilyVerbs   = langSet(`avoided prevented spotted caught detected noticed seen
		avoidable preventable`)
	langEveryoneVerbs = langSet(`see tell know spot notice have`)
	langIfOnlyVerbs   = langSet(`had were hadn't did didn't knew would could`)
	langParticles     = langSet(`down offline out`)
	langWithoutOK     = langSet(`downtime impact issue issues incident incidents errors error
		problems problem loss interruption interruptions disruption data customer user
		further additional delay delays trouble difficulty any`)
	langMistakeNouns = langSet(`mistake mistakes error errors typo typos blunder mess`)
	langRoleNeeds    = map[string]string{"hire": "new", "hires": "new", "member": "team", "members": "team"}
	langLyVerbs      = langSet(`apply reply rely supply multiply comply fly tally rally bully`)
	langModalSkip    = langSet(`not never also even still easily probably certainly surely much far just simply
		definitely realistically reasonably likely possibly maybe perhaps all both really
		n't`)
	langCleftBe      = langSet(`was is`)
	langWorseOutcome = langSet(`worse larger bigger wider greater longer severe catastrophic
		disastrous`)
	langBearVerbs = langSet(`bear bears bore shoulder shoulders shouldered carry carries
		carried`)
	langHoldVerbs  = langSet(`held hold holds holding`)
	langHumanNouns = langSet(`error errors mistake mistakes slip slips failure failures`)
	langNoOne      = langSet(`no nobody noone no-one`)
	langBenign     = langSet(`stale unused obsolete orphaned orphan leftover duplicate
		duplicated temporary old planned scheduled cleanup clean-up reclaim free intentionally
		deliberately safely runbook expected agreed maintenance incorrect corrupted corrupt broken
		faulty stuck bad invalid misconfigured erroneous offending problematic force unblock
		recover restore fix stop clear release resolve mitigate unstick`)
	langFailedOK = langSet(`reach contact connect get access log login reproduce load locate
		obtain join open authenticate ssh find`)
	langKnowVerbs = langSet(`predicted known foreseen anticipated expected seen noticed
		detected spotted guessed realised realized imagined caught`)
	langDiscover = langSet(`noticed spotted found identified diagnosed discovered caught confirmed
		detected traced debugged reported flagged realised realized explained described
		documented highlighted investigated`)
	langHumanDiligence = langSet(`check checked notice noticed read follow followed verify verified
		review reviewed look looked tell told ask asked consult consulted bother bothered think
		thought consider considered double-check double-checked heed heeded`)
	langTooNext = langSet(`low high short long small large big aggressive aggressively early
		late soon fast quickly tight loose many much few`)
	langLive    = langSet(`production prod primary live main`)
	langWeakBad = langSet(`deleted wiped erased destroyed nuked truncated overwrote overrode
		bypassed circumvented skipped silenced snoozed muted broke misconfigured corrupted`)
	langClearNext    = langSet(`that from`)
	langLeftOnNext   = langSet(`in for at overnight after during and until all`)
	langPersonalWork = langSet(`change changes commit commits pr prs typo mistake hotfix
		script edit patch deploy deployment fix merge push copy-paste refactor cleanup tweak`)
	langWorkNext      = langSet(`in to of for on from that which with at`)
	langQuantifiers   = langSet(`one some two three several each both all either any`)
	langHindsightKnow = langSet(`known`)
	langObviousAdj    = langSet(`obvious clear evident apparent`)
	langMightCause    = langSet(`caused due related triggered the a an`)
	langCausePreps    = map[string]string{
		"caused": "by", "triggered": "by", "introduced": "by", "because": "of", "due": "to",
	}
)

// langCondExtra lists, for some verbs, further words that make the action a
// bad outcome ("left the flag enabled", "introduced a leak").
var langCondExtra = map[string]map[string]bool{
	"left":         langSet(`enabled open running exposed unlocked unattended`),
	"let":          langSet(`lapse lapsed expire expired slip burn fill`),
	"introduced":   langSet(`bug bugs leak regression error race deadlock vulnerability outage crash`),
	"reintroduced": langSet(`bug bugs leak regression error race deadlock vulnerability outage crash`),
	"triggered":    langSet(`outage incident failure crash storm cascade`),
	"caused":       langSet(`outage incident failure crash storm cascade loss downtime`),
	"led":          langSet(`outage incident failure crash storm cascade loss downtime`),
	"resulted":     langSet(`outage incident failure crash storm cascade loss downtime`),
	"made":         langMistakeNouns,
}

// langOutcomeNouns are what a person can be "responsible for" in a blaming
// sentence.
var langOutcomeNouns = langSet(`outage outages incident incidents failure failures downtime
	loss breakage crash crashes problem problems mess breach disruption degradation issue
	mistake error errors regression regressions bug bugs leak`)

// langFirstNames are common first names from many cultures. Names that are
// also common English words or product names (Will, May, Grace, Ruby, Julia,
// Max, Jasmine, Travis) are left out: a capitalised word that is not listed
// counts as a person only when the document names it or a person-only verb
// follows it.
const langFirstNames = `
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald
timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander raymond patrick dennis jerry tyler aaron jose adam
henry nathan douglas zachary peter kyle walter ethan jeremy harold keith noah gerald carl
terry sean arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel
logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
johnny bob tom tim mike dave steve chris matt nick ben sam alex andy pete jim jimmy ted tony
phil greg jeff ken dan danny jake josh zach liam oliver harry charlie oscar leo archie alfie
freddie theo finn luke owen isaac lucas ollie callum connor rhys gareth dafydd emma olivia
ava isabella sophia mia charlotte amelia harper evelyn abigail emily elizabeth sofia ella
scarlett chloe camila penelope layla lillian nora zoey mila aubrey hannah lily eleanor
natalie leah zoe stella hazel ellie audrey skylar violet claire bella lucy anna samantha
caroline aaliyah allison maya sarah madelyn adeline ariana elena gabriella naomi alice sadie
hailey eva emilia quinn piper everly cora kaylee lydia arianna eliana peyton melanie gianna
isabelle valentina clara vivian mackenzie madeline brielle delilah isla katherine sophie
josephine liliana maria mary patricia jennifer linda barbara susan jessica karen nancy lisa
betty margaret sandra ashley kimberly donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley brenda pamela nicole
helen katie kate jane jenny jen beth liz becky meg megan rachel holly fiona kirsty siobhan
aoife niamh ciara sinead maría josé carlos luis miguel jorge pedro javier alejandro diego
fernando pablo sergio raúl raul andrés andres rafael manuel francisco antonio ricardo
eduardo roberto mateo santiago sebastián sebastian tomás tomas gonzalo joaquín joaquin
ignacio lucía lucia sofía isabel carmen ana paula marta alba daniela gabriela mariana
fernanda ximena valeria andrea catalina rocío rocio pilar beatriz lourdes guadalupe
alejandra natalia adriana verónica veronica marco marcos álvaro alvaro iker enrique esteban
emilio julio cristina inés ines nuria montserrat joão joao thiago tiago rodrigo gustavo
bruno felipe rafaela letícia leticia larissa vinicius caio luana giulia luca giuseppe
giovanni francesca chiara alessandro matteo lorenzo davide federico alessia martina sara
elisa paolo stefano riccardo nicola enrico jean pierre théo antoine nicolas julien mathieu
guillaume céline celine camille chloé manon léa lea amélie amelie élodie elodie aurélie
aurelie margaux benoît benoit françois francois olivier thierry yves sylvie nathalie lukas
jonas leon felix maximilian elias niklas tobias florian stefan markus andreas jürgen juergen
klaus uwe dieter hans fritz heinz anke anja katrin sabine ursula petra monika birgit heike
greta hanna lena frieda johanna sven lars anders nils erik magnus björn bjorn henrik mikael
johan oskar astrid ingrid sigrid freya elin linnea maja karin kristin liv signe mette søren
soren jens kasper rasmus mads pieter daan bram joost thijs sanne femke lotte anouk ruben
dmitri dmitry ivan sergei sergey alexei alexey andrei andrey nikolai mikhail vladimir yuri
oleg pavel igor boris anatoly olga natasha tatiana svetlana irina ekaterina katya anastasia
daria polina ksenia yulia piotr pawel paweł tomasz krzysztof marek michał michal agnieszka
katarzyna magdalena joanna zofia jakub ondřej ondrej petr jiří jiri lucie tereza dragan
nikola marija jovana luka mateja bogdan andriy oksana taras mykola vasyl nikos giorgos
dimitris kostas eleni mehmet mustafa ahmet hüseyin huseyin emre burak elif zeynep ayşe ayse
fatma emine merve selin deniz cem murat kerem ozan yusuf mohammed muhammad mohamed ahmed
ahmad ali omar hassan hussein khalid youssef ibrahim abdullah karim tariq tarek samir nabil
rami hamza bilal faisal fatima aisha ayesha zainab mariam maryam noor leila amira yasmin
yasmine salma rania huda hana dina nadia lina rana reem farah samira jamal walid ziad majid
anas idris reza mehdi amir dariush parisa shirin farhad hossein nasrin soraya arash babak
kian navid neda roya sina yosef avi noa tamar yael shira eitan ariel oren itai moshe rivka
chaya dov priya rahul amit anjali arjun aditya rohan vikram ravi raj rajesh suresh ramesh
sanjay vijay anil sunil deepak kiran pooja neha sneha divya kavya ananya aarav vivaan ishaan
krishna lakshmi meera nisha shreya sanjana aishwarya arun karthik ganesh mahesh naveen
prakash rakesh venkat srinivas harish nikhil varun akash ankit gaurav manish mohit rohit
sachin saurabh abhishek harpreet gurpreet manpreet jaspreet simran sunita anita geeta sita
radha kapil imran farhan ayaan zara sana asha usha deepa rekha swati tanvi ritu payal aarti
vandana kamala sushma aryan anand ashok bharat dinesh gopal hari jagdish kishore madhu
mukesh pankaj rajiv sandeep shankar sudhir tarun uday vinod yash kunal parth pranav
siddharth tushar vishal arnav reyansh anjana wei chen li wang zhang liu yang huang zhao zhou
xu hu guo lin gao luo zheng liang xie tang feng deng cao peng zeng xiao jie hao ming xin yan
yu lei jing mei ling hui fang xiu yun qing ying kenji hiroshi takeshi satoshi yuki haruto
yuto sota ren kaito riku daiki kazuki takumi shota ryo akira naoki kenta yusuke daisuke
takashi hiro sakura yui hina aoi mio rin emi aiko akiko keiko yoko haruka misaki ayumi yumi
mayu saki kana kaori tomoko minji jisoo jiwoo seojun minjun hyun jiho seoyeon jimin yuna
soyeon eunji hyejin sungmin donghyun jaehyun kim lee choi jung kang cho yoon jang lim thanh
minh linh anh duc tuan trang huong nguyen tran phuong quang bao khanh somchai anong niran
arief budi siti dewi putri agus rizky wayan ketut nyoman maricel oluwaseun seun chinedu
chidi chioma ngozi emeka ifeoma adebayo ayodele folake funmilayo tunde yetunde kwame kofi
kwabena ama akua abena kojo esi efua amara zuri wanjiru wambui njeri kamau otieno achieng
akinyi baraka juma amani imani neema zawadi thabo sipho themba lerato naledi palesa bongani
nomvula zanele thandiwe tendai tatenda chipo farai rudo abebe tesfaye selam meron yonas
dawit almaz mekdes amadou moussa fatou aminata ibrahima mamadou awa ousmane cheikh aissatou
binta adama kwesi ade bola dayo femi kunle sola tope uche obinna nkechi adaeze chiamaka
ebuka ikenna oluwatobi damilola temitope babajide ayo nnamdi kasia chukwuma jelani kamaria
zola hadiza halima musa sani bello usman garba yakubu marcus jana jin mateus luiz otávio
otavio bernardo heitor davi enzo lorena bianca giovana isadora manuela rebeca vitória
vitoria clarice renata tatiane jéssica aleksandr artem maksim nikita kirill egor ilya denis
anton konstantin vadim viktor ruslan timur arseniy evgeny yevgeny gleb lev ludmila lyudmila
galina nadezhda vera alina kristina margarita veronika arina sofiya milena zlata wojciech
kacper szymon bartosz mateusz dawid filip łukasz lukasz grzegorz przemysław karolina
aleksandra weronika wiktoria martyna dorota ewa iwona bogdana radu mihai ionut florin cosmin
ioana andreea alexandra gergő gergo bence ádám zsolt lászló laszlo gábor gabor péter eszter
zsófia zsofia réka matej marko ivana nikolina goran zoran tomislav stjepan jelena snežana
kemal orhan hakan serkan volkan tolga onur berk arda ceren ebru gizem büşra hasan mahmoud
mahmud osama yazan tamer hany sherif amr ayman wael nour mona heba shaima laila aziz rashid
nasser sultan saeed saad fahad turki hind lamia abdul abdulrahman abdulaziz zaid qasim osman
dawood younis ilyas haroon bahram kaveh omid peyman ramin shahram behnam mina ladan leyla
golnar azadeh chaim mordechai yitzhak shmuel ari eli gideon noam yonatan tal liat efrat adi
hila keren sivan aanya diya ira kiara myra saanvi aadhya avni anvi riya isha tara nandini
poonam prachi shilpa smita sonal trisha vidya yamini vikas vinay ajay abhay alok amol anupam
ashwin chetan devendra girish hemant jayesh kamal lalit manoj mayank nitin omkar pradeep
rahim rajat ranjit sameer santosh shyam sumit tejas umesh vivek yogesh sanjiv sandip subhash
sudhakar jaya padma meenakshi revathi kavitha sangeetha priyanka khoa phong thao vy diep
hanh hieu nhung thuy jun-ho ji-ho seo-yeon hye-jin min-jun ji-woo jae-won sang-woo dong-hyun
min-seo su-bin ha-eun xiaoming xiaoli xiaohong jianguo guoqiang haoran zihan yuxuan zixuan
yichen haoyu jiayi ruoxi xinyi yutong shuang lili yanyan weiwei tingting hiroki haruki
kenichi shinji takahiro tatsuya tetsuya tomohiro yoshiro yuji ayaka chihiro eri erika kumiko
mai mariko megumi midori miho minako noriko reiko sachiko satomi shiori tomomi yoshiko yuka
yukiko aroha tane wiremu hemi ngaire rangi kalani keoni leilani makana noelani adwoa afia
efe ekene eze ifeanyi kelechi oluwafemi olumide rotimi segun tobi wale yemi zainabu adaora
nneka obiageli amaka ugo nonso ebere asante kwaku kwadwo yaa adjoa abla akosua afua mthunzi
sibusiso lwazi ayanda busisiwe nokuthula nandi lindiwe thulani vusi wanjiku nyambura muthoni
kipchoge kiprop chebet jepchirchir atieno omondi odhiambo haile mulugeta tigist bethlehem
eyerusalem genet kidist lulit rahel tsion seydou souleymane oumar boubacar mariama kadiatou
dieynaba khady ndeye rosario soledad consuelo esperanza milagros luz itzel citlali yolanda
alonso arturo benito camilo cristóbal cristobal darío dario emiliano fabián fabian gerardo
héctor hector hernán hernan horacio ismael leonardo lisandro martín martin maximiliano
nahuel octavio osvaldo ramiro renato rubén salvador teodoro tobías ulises agustín agustin
bautista benicio facundo franco valentino brendan cian conor darragh eoin fionn oisin ronan
seamus tadhg cormac declan ewan fraser hamish iain lachlan murray ross struan angus alasdair
gwen bronwen carys cerys eira ffion lowri nia seren tobiah silas abby adrian aidan aiden
alana aldo alec alfonso alfred alicia alison allan alonzo andre angelo angie annie arlo
ashton avery bailey barry beatrice benedict bernard bethany blake bonnie brad bradley brett
bridget brooke caitlin calvin cameron candice carla carlo carolyn casey cassie catherine
cecilia cedric celeste chantal charlene chelsea cheryl christina christine cindy claudia
clayton clifford colin colleen courtney craig curtis cyrus damian damon dana dane daphne
darius darren deanna debbie delia derek desmond devin diana diane dominic donovan doris
dustin dwayne eddie edgar edith edwin eileen elaine eliza ellen elliot elliott eloise elsa
emil erica erin ernest esther ethel evan everett faye felicity floyd frances frankie freddy
gavin gemma geoffrey gilbert gina giselle glenn gloria gordon graham harriet harvey heidi
herbert howard ian imogen irene jacqueline jaime jamie janet janice jared jay jeanette jenna
jeremiah jerome jill joan jocelyn joel jolene jon josie joyce judith judy julian juliana
julie juliet justine kara karl kasey katrina kay keira kelly kendra kenny kieran kirk
kristen kurt lana laurel lauren leigh leonard leslie lindsay lionel lola lorraine louise
lucille lynn mabel maddie malcolm mandy marcia margot marian marie marilyn marion marjorie
marla marlon marshall martha marvin mathew maureen maxine melinda melvin meredith michele
milo miranda molly monica morgan muriel nadine neil nelson nichole nigel noel ophelia orla
otis patsy pauline percy perry phoebe phyllis preston priscilla quentin quincy rachael
ramona randall raquel reggie regina rhonda ricky rita rodney roland ronnie rory rosalind
rowan roxanne ruth sabrina sasha selena serena seth shane shannon shaun sheila shelby sidney
silvia sonia spencer stacy stanley stuart suzanne sylvia tabitha tamara tammy tanya teresa
terrence tessa theresa tiffany tina toby todd tommy tracy trevor troy tyrone valerie vanessa
vaughn vernon vicky victor wanda wendy wesley whitney wilbur wilfred willa winston xavier
yvette yvonne zane zelda aarush advait akhil alankar anirudh ankita arvind bhavna charu
darshan deepika dhruv gautam indira jyoti keshav lavanya madhav nandan neelam nitya padmini
pallavi pritam raghav rakhi ranjana rashmi sahil sanya shashank shruti sonali sourav sukanya
tanmay ujjwal vaibhav varsha vedant vinita jasper ezra micah caleb levi asher jonah simon
abel zoë mara nina rosa alma ida lara maren nele romy thea
`
